import type { Official } from '../../shared/model/official';
import { SUGGESTION_PAGE_MAX, type SuggestionQueue } from '../../shared/model/suggestion';
import type { CoreHandle } from '../core/api/core-handle';
import { call } from './call';

const COUNTRIES: Record<string, string> = { mx: 'Mexico', us: 'United States', other: 'other' };

function describe(official: Official): string {
  const offices = official.offices.map((office) => [office.title, [office.start, office.end].filter(Boolean).join('–')].filter(Boolean).join(' '));
  const lines = [`${official.uid}  ${official.name}${official.country ? ` (${COUNTRIES[official.country]})` : ''}`];
  if (official.aliases.length > 0) lines.push(`  also: ${official.aliases.join('; ')}`);
  if (offices.length > 0) lines.push(`  offices: ${offices.join('; ')}`);
  lines.push(`  ${official.mentions} mention${official.mentions === 1 ? '' : 's'} in ${official.documents} document${official.documents === 1 ? '' : 's'}`);
  return lines.join('\n');
}

/** `dossier officials`: the registry, by name. */
export async function runOfficials(core: CoreHandle, json: boolean): Promise<number> {
  const { items } = await call(core, 'officials.list', {});
  if (json) {
    process.stdout.write(`${JSON.stringify({ officials: items })}\n`);
    return 0;
  }
  if (items.length === 0) {
    process.stdout.write('The registry is empty. Add someone with: dossier officials add --notebook FILE NAME [--alias A]…\n');
    return 0;
  }
  process.stdout.write(`${items.map(describe).join('\n')}\n`);
  return 0;
}

/** `dossier officials add NAME`: one person, with aliases, a country and offices (titles only). */
export async function runOfficialsAdd(
  core: CoreHandle,
  input: { name: string; aliases: string[]; country: string | null; offices: string[] },
  json: boolean,
): Promise<number> {
  const official = await call(core, 'officials.create', {
    name: input.name,
    aliases: input.aliases,
    // The contract checks the country against its list and explains a wrong one.
    country: input.country as Official['country'],
    offices: input.offices.map((title) => ({ title })),
  });
  process.stdout.write(json ? `${JSON.stringify(official)}\n` : `Added ${describe(official)}\n`);
  return 0;
}

/** A group's mentions from its first page on, fetched a page after the last until its total. */
async function allMentions<T extends { documentUid: string; start: number }>(first: T[], total: number, after: (last: T) => Promise<T[]>): Promise<T[]> {
  const mentions = [...first];
  for (let last = mentions.at(-1); last && mentions.length < total; last = mentions.at(-1)) {
    const page = await after(last);
    if (page.length === 0) break;
    mentions.push(...page);
  }
  return mentions;
}

/** The review queue with every mention of every group: the channel gives a page of each, the rest is fetched after it. */
async function wholeQueue(core: CoreHandle): Promise<SuggestionQueue> {
  const queue = await call(core, 'officials.suggestions', { limit: SUGGESTION_PAGE_MAX });
  const page = async (target: { officialUid: string; alias?: string } | { candidateName: string }, last: { documentUid: string; start: number }) =>
    call(core, 'officials.suggestionsOf', { ...target, after: { documentUid: last.documentUid, start: last.start }, limit: SUGGESTION_PAGE_MAX });
  for (const person of queue.known) {
    const target = { officialUid: person.officialUid };
    person.mentions = await allMentions(person.mentions, person.total, async (last) => {
      const next = await page(target, last);
      return 'officialUid' in next && !('alias' in next) ? next.mentions : [];
    });
  }
  for (const candidate of queue.candidates) {
    candidate.mentions = await allMentions(candidate.mentions, candidate.total, async (last) => (await page({ candidateName: candidate.name }, last)).mentions);
  }
  for (const proposal of queue.aliases) {
    const target = { officialUid: proposal.officialUid, alias: proposal.alias };
    proposal.mentions = await allMentions(proposal.mentions, proposal.total, async (last) => (await page(target, last)).mentions);
  }
  return queue;
}

/** `dossier officials suggest`: what the matcher proposes, for review in the app or by script. */
export async function runOfficialsSuggest(core: CoreHandle, json: boolean): Promise<number> {
  const queue = await wholeQueue(core);
  if (json) {
    process.stdout.write(`${JSON.stringify(queue)}\n`);
    return 0;
  }
  if (queue.known.length === 0 && queue.candidates.length === 0 && queue.aliases.length === 0) {
    process.stdout.write('Nothing to review: no new mentions of registry officials, no new names and no handles to add as aliases.\n');
    return 0;
  }
  for (const person of queue.known) {
    process.stdout.write(`${person.name}: ${person.mentions.length} suggested mention${person.mentions.length === 1 ? '' : 's'}\n`);
    for (const m of person.mentions) process.stdout.write(`  ${m.documentUid} ${m.start}–${m.end} “${m.text}” (${m.rule})  …${m.before}[${m.text}]${m.after}…\n`);
  }
  for (const candidate of queue.candidates) {
    const title = candidate.title ? `, introduced as “${candidate.title}”` : '';
    process.stdout.write(`New: ${candidate.name}${title}: ${candidate.mentions.length} mention${candidate.mentions.length === 1 ? '' : 's'}\n`);
    for (const m of candidate.mentions) process.stdout.write(`  ${m.documentUid} ${m.start}–${m.end}  …${m.before}[${m.text}]${m.after}…\n`);
  }
  for (const proposal of queue.aliases) {
    process.stdout.write(`Alias: ${proposal.alias} — alias of ${proposal.name}: ${proposal.mentions.length} mention${proposal.mentions.length === 1 ? '' : 's'}\n`);
    for (const m of proposal.mentions) process.stdout.write(`  ${m.documentUid} ${m.start}–${m.end}  …${m.before}[${m.text}]${m.after}…\n`);
  }
  return 0;
}
