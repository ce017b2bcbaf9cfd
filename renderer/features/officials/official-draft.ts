import type { Country, Official, OfficialInput, OfficialPatch } from '../../../shared/model/official';
import { dateBoundProblem, isBackwards } from '../library/date-bounds';

export interface OfficeDraft {
  /** Keeps each row's inputs attached to it while rows above are removed. */
  key: number;
  title: string;
  start: string;
  end: string;
}

/** The editor's fields as typed; nothing is trimmed or checked until the researcher saves. */
export interface OfficialDraft {
  name: string;
  aliases: string[];
  country: Country | '';
  offices: OfficeDraft[];
  affiliation: string;
  notes: string;
  wikidata: string;
}

/** Problems by field: `name`, `wikidata`, `offices.<key>.title|start|end`. */
export type DraftErrors = Partial<Record<string, string>>;

let nextKey = 1;

export function emptyOffice(): OfficeDraft {
  return { key: nextKey++, title: '', start: '', end: '' };
}

export function draftOf(official: Official | null): OfficialDraft {
  if (!official) return { name: '', aliases: [], country: '', offices: [], affiliation: '', notes: '', wikidata: '' };
  return {
    name: official.name,
    aliases: [...official.aliases],
    country: official.country ?? '',
    offices: official.offices.map((office) => ({ key: nextKey++, title: office.title, start: office.start ?? '', end: office.end ?? '' })),
    affiliation: official.affiliation ?? '',
    notes: official.notes,
    wikidata: official.wikidata ?? '',
  };
}

/** Accents and case aside, as the registry matches names. */
export const foldName = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * The draft as the contract's input, or the problems to show beside the fields. The core checks
 * everything again; this saves a round trip and says what is wrong in place.
 */
export function inputOf(draft: OfficialDraft): { input: OfficialInput; errors: null } | { input: null; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'A person needs a name.';
  const wikidata = draft.wikidata.trim();
  if (wikidata !== '' && !/^Q\d+$/.test(wikidata)) errors.wikidata = 'Use a Wikidata id such as Q123.';
  const offices = draft.offices.map((office) => {
    const title = office.title.trim();
    const start = office.start.trim();
    const end = office.end.trim();
    if (title === '') errors[`offices.${office.key}.title`] = 'An office needs a title.';
    const startProblem = dateBoundProblem(start);
    const endProblem = dateBoundProblem(end);
    if (startProblem) errors[`offices.${office.key}.start`] = startProblem;
    if (endProblem) errors[`offices.${office.key}.end`] = endProblem;
    else if (!startProblem && isBackwards(start || undefined, end || undefined)) errors[`offices.${office.key}.end`] = 'It ends before it starts.';
    return { title, start: start || null, end: end || null };
  });
  if (Object.keys(errors).length > 0) return { input: null, errors };
  const affiliation = draft.affiliation.trim();
  return {
    input: {
      name,
      aliases: draft.aliases.filter((alias) => foldName(alias) !== foldName(name)),
      country: draft.country === '' ? null : draft.country,
      offices,
      affiliation: affiliation === '' ? null : affiliation,
      notes: draft.notes,
      wikidata: wikidata === '' ? null : wikidata,
    },
    errors: null,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what changed, so that an undo puts back exactly those fields; null when nothing did. */
export function patchOf(official: Official, input: OfficialInput): OfficialPatch | null {
  const patch: OfficialPatch = {};
  if (input.name !== official.name) patch.name = input.name;
  if (!same(input.aliases, official.aliases)) patch.aliases = input.aliases;
  if (input.country !== official.country) patch.country = input.country;
  if (!same(input.offices, official.offices)) patch.offices = input.offices;
  if (input.affiliation !== official.affiliation) patch.affiliation = input.affiliation;
  if (input.notes !== official.notes) patch.notes = input.notes;
  if (input.wikidata !== official.wikidata) patch.wikidata = input.wikidata;
  return Object.keys(patch).length === 0 ? null : patch;
}
