import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { MessageSquarePlus } from 'lucide-react';
import type { Label } from '../../../shared/model/annotation';
import { useAnnotations, useLabels, useStores } from '../../stores/stores-context';
import { AnnotationCard } from './annotation-card';
import { PeopleInArticle } from './people-in-article';
import { MeetingsInArticle } from '../meetings/reader-meetings';
import { VirtualCards } from './virtual-cards';
import { useValueAfterPaint } from '../../components/after-paint';

/** Past this many cards, aligning each with its passage costs more than it helps: they are listed, virtually. */
const ALIGN_LIMIT = 400;
const GAP = 8;

/**
 * The margin beside the text: notes on the whole document, the unanchored annotations, then the
 * passages' cards in reading order, each aligned with its passage where there is room.
 */
export function AnnotationMargin({ textRef }: { textRef: RefObject<HTMLElement | null> }) {
  const { annotations } = useStores();
  // The highlights paint first and the cards a frame later: measuring thousands of cards' worth of
  // list would otherwise hold back the frame that shows the text highlighted.
  const items = useValueAfterPaint(useAnnotations((state) => state.items));
  const loaded = useAnnotations((state) => state.loaded);
  const documentUid = useAnnotations((state) => state.documentUid);
  const labelList = useLabels((state) => state.labels);
  const labels = useMemo(() => new Map<string, Label>(labelList.map((label) => [label.uid, label])), [labelList]);
  // Kept while the items are: the cards' list then renders nothing again when only the text changed.
  const { documentNotes, orphans, passages } = useMemo(
    () => ({
      documentNotes: items.filter((item) => item.passage === null),
      orphans: items.filter((item) => item.passage?.state === 'orphaned'),
      passages: items.filter((item) => item.passage && item.passage.state !== 'orphaned'),
    }),
    [items],
  );
  const listRef = useRef<HTMLOListElement>(null);

  useLayoutEffect(() => {
    const list = listRef.current;
    const text = textRef.current;
    if (!list || !text) return;
    const cards = [...list.children] as HTMLElement[];
    if (getComputedStyle(list).position !== 'relative') {
      for (const card of cards) card.style.removeProperty('--card-top');
      list.style.removeProperty('--margin-height');
      return;
    }
    const paragraphs = [...text.querySelectorAll<HTMLElement>('[data-start]')];
    const starts = paragraphs.map((paragraph) => Number(paragraph.dataset.start));
    const listTop = list.getBoundingClientRect().top;
    const tops = paragraphs.map((paragraph) => paragraph.getBoundingClientRect().top - listTop);
    let bottom = 0;
    cards.forEach((card, index) => {
      const start = passages[index]?.passage?.start ?? 0;
      let paragraph = 0;
      while (paragraph + 1 < starts.length && starts[paragraph + 1]! <= start) paragraph++;
      const top = Math.max(tops[paragraph] ?? 0, bottom);
      card.style.setProperty('--card-top', `${top}px`);
      bottom = top + card.offsetHeight + GAP;
    });
    list.style.setProperty('--margin-height', `${bottom}px`);
  });

  return (
    <aside className={`annotation-margin${passages.length > ALIGN_LIMIT ? ' many' : ''}`} aria-label="Annotations">
      <PeopleInArticle />
      {documentUid && <MeetingsInArticle documentUid={documentUid} />}
      <section className="margin-section" aria-labelledby="document-notes-heading">
        <div className="margin-heading">
          <h3 id="document-notes-heading">Document notes</h3>
          <button
            type="button"
            className="button button-small"
            onClick={async () => {
              const created = await annotations.getState().create({});
              if (created) annotations.getState().setEditing(created.uid);
            }}
          >
            <MessageSquarePlus size={14} aria-hidden />
            Add note
          </button>
        </div>
        {documentNotes.length > 0 && (
          <ul className="annotation-cards">
            {documentNotes.map((item) => (
              <AnnotationCard key={item.uid} annotation={item} labels={labels} />
            ))}
          </ul>
        )}
      </section>
      {orphans.length > 0 && (
        <section className="margin-section unanchored" aria-labelledby="unanchored-heading">
          <h3 id="unanchored-heading">Unanchored ({orphans.length})</h3>
          <p className="margin-hint">Their passages changed too much to be found. Re-attach each to a new selection, or delete it.</p>
          <ul className="annotation-cards">
            {orphans.map((item) => (
              <AnnotationCard key={item.uid} annotation={item} labels={labels} />
            ))}
          </ul>
        </section>
      )}
      <section className="margin-section" aria-labelledby="highlights-heading">
        <h3 id="highlights-heading">Highlights{passages.length > 0 ? ` (${passages.length})` : ''}</h3>
        {loaded && passages.length === 0 && <p className="margin-hint">Select text and press H to highlight it, N to add a note, L to label it.</p>}
        {passages.length > ALIGN_LIMIT ? (
          <VirtualCards items={passages} labels={labels} />
        ) : (
          <ol ref={listRef} className="annotation-cards aligned">
            {passages.map((item) => (
              <AnnotationCard key={item.uid} annotation={item} labels={labels} />
            ))}
          </ol>
        )}
      </section>
    </aside>
  );
}
