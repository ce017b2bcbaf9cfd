import type { ChannelOutput } from '../../shared/contract/channels';
import { MEETING_FORMAT_LABELS, MEETING_ROLE_LABELS, MEETING_SIDE_LABELS } from '../../shared/model/meeting-kinds';
import type { CoreHandle } from '../core/api/core-handle';
import { call } from './call';

type Item = ChannelOutput<'meetings.list'>['items'][number];

function dates(item: Item): string {
  if (item.start === null) return 'date unknown';
  return item.end === null || item.end === item.start ? item.start : `${item.start} – ${item.end}`;
}

function describe(item: Item): string {
  const lines = [`${item.uid}  ${dates(item)}  ${item.title}`];
  const place = [item.place.venue, item.place.city].filter(Boolean).join(', ');
  const where = [place, item.format && MEETING_FORMAT_LABELS[item.format]].filter(Boolean).join('; ');
  if (where) lines.push(`  place: ${where}`);
  for (const person of item.participants) {
    const details = [person.side && MEETING_SIDE_LABELS[person.side], person.role && MEETING_ROLE_LABELS[person.role].toLowerCase()].filter(Boolean);
    lines.push(`  participant: ${person.name}${details.length > 0 ? ` (${details.join(', ')})` : ''}`);
  }
  for (const source of item.sources) {
    lines.push(`  source: ${source.title}${source.published ? ` (${source.published})` : ''}${source.trashed ? ' [in the Trash]' : ''}  ${source.documentUid}`);
  }
  for (const link of item.links) lines.push(`  ${link.label.toLowerCase()}: ${link.otherTitle}${link.otherStart ? ` (${link.otherStart})` : ''}  ${link.otherMeetingUid}`);
  return lines.join('\n');
}

/** `dossier meetings`: every meeting by date, with participants, sources and links. */
export async function runMeetings(core: CoreHandle, json: boolean): Promise<number> {
  const items: Item[] = [];
  let cursor: string | null = null;
  do {
    const page: ChannelOutput<'meetings.list'> = await call(core, 'meetings.list', { limit: 5_000, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  if (json) {
    process.stdout.write(`${JSON.stringify({ meetings: items })}\n`);
    return 0;
  }
  if (items.length === 0) {
    process.stdout.write('No meetings recorded yet. Record one from an article in the app: “This article reports a meeting”.\n');
    return 0;
  }
  process.stdout.write(`${items.map(describe).join('\n')}\n`);
  return 0;
}
