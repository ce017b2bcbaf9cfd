import type { Official } from '../../shared/model/official';
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

/** `dossier officials suggest`: what the matcher proposes, for review in the app or by script. */
export async function runOfficialsSuggest(core: CoreHandle, json: boolean): Promise<number> {
  const queue = await call(core, 'officials.suggestions', {});
  if (json) {
    process.stdout.write(`${JSON.stringify(queue)}\n`);
    return 0;
  }
  if (queue.known.length === 0 && queue.candidates.length === 0) {
    process.stdout.write('Nothing to review: no new mentions of registry officials and no new names.\n');
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
  return 0;
}
