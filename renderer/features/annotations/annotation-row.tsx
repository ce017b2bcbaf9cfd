import type { AnchorState, AnnotationListItem, Label } from '../../../shared/model/annotation';
import { formatDay } from '../../components/format';
import { noteExcerpt } from './note-excerpt';

/** Said in words, since the row's look alone must not carry it. */
const STATE_TEXT: Record<Exclude<AnchorState, 'anchored'>, string> = {
  moved: 'Moved',
  changed: 'Passage changed',
  orphaned: 'Unanchored',
};

interface AnnotationRowProps {
  item: AnnotationListItem;
  labels: ReadonlyMap<string, Label>;
}

/** What one annotation shows in the list: quote, note, labels by name, document and date. */
export function AnnotationRow({ item, labels }: AnnotationRowProps) {
  const { passage } = item;
  const state = passage && passage.state !== 'anchored' ? passage.state : null;
  const note = item.note ? noteExcerpt(item.note) : '';
  const chips = item.labelUids.flatMap((uid) => labels.get(uid) ?? []);

  return (
    <>
      {passage ? (
        <div className="annotation-row-quote">{passage.exact}</div>
      ) : (
        <div className="annotation-row-kind">Note on the whole document</div>
      )}
      {state && <div className="annotation-row-state">{STATE_TEXT[state]}</div>}
      {note && <div className="annotation-row-note">{note}</div>}
      {chips.length > 0 && (
        <div className="annotation-row-labels">
          {chips.map((label) => (
            <span key={label.uid} className="annotation-row-label" title={pathOf(label, labels)}>
              <span className="label-swatch" data-color={label.color} aria-hidden />
              {label.name}
            </span>
          ))}
        </div>
      )}
      <div className="annotation-row-meta">
        <span className="annotation-row-document">{item.documentTitle}</span>
        <time className="annotation-row-date" dateTime={item.createdAt}>
          {formatDay(item.createdAt)}
        </time>
      </div>
    </>
  );
}

/** Characters of the quote and note a screen reader hears for a row before moving on. */
const SPOKEN_LENGTH = 160;

/**
 * The row's accessible name, composed rather than read off its parts, which would run together
 * ("SecurityFentanylCouncil approves budget") since chips and dates are inline.
 */
export function rowName(item: AnnotationListItem, labels: ReadonlyMap<string, Label>): string {
  const { passage } = item;
  const parts = [passage ? `“${clip(passage.exact)}”` : 'Note on the whole document'];
  if (passage && passage.state !== 'anchored') parts.push(STATE_TEXT[passage.state]);
  if (passage && item.note) parts.push(`note: ${clip(noteExcerpt(item.note))}`);
  else if (item.note) parts.push(clip(noteExcerpt(item.note)));
  const names = item.labelUids.flatMap((uid) => labels.get(uid)?.name ?? []);
  if (names.length > 0) parts.push(`labels: ${names.join(', ')}`);
  parts.push(item.documentTitle, formatDay(item.createdAt));
  return parts.join(', ');
}

const clip = (text: string) => (text.length <= SPOKEN_LENGTH ? text : `${text.slice(0, SPOKEN_LENGTH).trimEnd()}…`);

function pathOf(label: Label, labels: ReadonlyMap<string, Label>): string {
  const parent = label.parentUid === null ? undefined : labels.get(label.parentUid);
  return parent ? `${parent.name} ▸ ${label.name}` : label.name;
}
