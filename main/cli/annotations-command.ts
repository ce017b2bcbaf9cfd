import { AppError } from '../../shared/contract/errors';
import type { Label } from '../../shared/model/annotation';
import type { CoreHandle } from '../core/api/core-handle';
import { call } from './call';

interface Options {
  json: boolean;
  label?: string;
  document?: string;
}

/** `dossier annotations`: every live annotation, newest first, optionally for one label or document. */
export async function runAnnotations(core: CoreHandle, options: Options): Promise<number> {
  const { labels } = await call(core, 'labels.list', {});
  const names = new Map(labels.map((label) => [label.uid, fullName(label, labels)]));
  const filter = {
    ...(options.label !== undefined && { labelUid: resolveLabel(options.label, labels).uid }),
    ...(options.document !== undefined && { documentUid: options.document }),
  };
  const rows = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof call<'annotations.list'>>> = await call(core, 'annotations.list', { filter, limit: 500, cursor });
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  const annotations = rows.map((item) => ({
    uid: item.uid,
    documentUid: item.documentUid,
    documentTitle: item.documentTitle,
    quote: item.passage?.exact ?? null,
    note: item.note,
    labels: item.labelUids.map((uid) => names.get(uid) ?? uid),
    start: item.passage?.start ?? null,
    end: item.passage?.end ?? null,
    anchor: item.passage?.state ?? 'document',
    createdAt: item.createdAt,
  }));
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ annotations })}\n`);
    return 0;
  }
  if (annotations.length === 0) {
    process.stdout.write('No annotations match. Highlight passages in the Reader to add some.\n');
    return 0;
  }
  for (const a of annotations) {
    const where = a.start === null ? 'whole document' : `${a.start}–${a.end}, ${a.anchor}`;
    process.stdout.write(`${a.uid}  ${a.documentTitle} (${a.documentUid})  [${where}]\n`);
    if (a.quote !== null) process.stdout.write(`  “${a.quote}”\n`);
    if (a.note) process.stdout.write(`  ${a.note.replace(/\n/g, '\n  ')}\n`);
    if (a.labels.length > 0) process.stdout.write(`  labels: ${a.labels.join(', ')}\n`);
  }
  return 0;
}

function fullName(label: Label, labels: readonly Label[]): string {
  const parent = label.parentUid === null ? undefined : labels.find((candidate) => candidate.uid === label.parentUid);
  return parent ? `${parent.name}/${label.name}` : label.name;
}

/** A label by uid, by "Parent/Child", or by a name that only one label has (ignoring case). */
function resolveLabel(wanted: string, labels: readonly Label[]): Label {
  const byUid = labels.find((label) => label.uid === wanted);
  if (byUid) return byUid;
  const folded = wanted.toLocaleLowerCase();
  const byPath = labels.filter((label) => fullName(label, labels).toLocaleLowerCase() === folded);
  const matches = byPath.length > 0 ? byPath : labels.filter((label) => label.name.toLocaleLowerCase() === folded);
  if (matches.length === 1) return matches[0]!;
  const known = labels.map((label) => fullName(label, labels)).join(', ') || 'none yet';
  if (matches.length > 1) {
    throw new AppError('INVALID_INPUT', `Several labels are named "${wanted}": ${matches.map((label) => fullName(label, labels)).join(', ')}. Name one as Parent/Child.`);
  }
  throw new AppError('NOT_FOUND', `No label is named "${wanted}". Labels: ${known}.`);
}
