import { useEffect, useId, useMemo } from 'react';
import { useRevealPassage } from '../annotations/use-reveal-in-reader';
import { useReview, useStores } from '../../stores/stores-context';
import { EmptyReview } from './empty-review';
import { ReviewList } from './review-list';
import type { RowHandlers } from './review-row';
import { reviewRows } from './review-rows';
import './review-queue.css';

/**
 * The suggestions waiting for a decision: mentions of known people, grouped by person, and new
 * names. Fills the pane it is placed in and scrolls inside it; every decision can be undone.
 */
export function ReviewQueue() {
  const { review } = useStores();
  const queue = useReview((state) => state.queue);
  const collapsed = useReview((state) => state.collapsed);
  const loaded = useReview((state) => state.loaded);
  const error = useReview((state) => state.error);
  const reveal = useRevealPassage();
  const hintId = useId();
  const rows = useMemo(() => reviewRows(queue, collapsed), [queue, collapsed]);

  useEffect(() => review.getState().show(), [review]);

  const handlers = useMemo<RowHandlers>(
    () => ({
      toggle: (key) => review.getState().toggleGroup(key),
      open: (documentUid, { start, end }) => reveal(documentUid, { start, end }),
      decide: (row, decision) => {
        const state = review.getState();
        if (row.kind === 'mention') void state[decision](row.group.officialUid, [row.mention]);
        else if (row.kind === 'person') void state[decision](row.group.officialUid);
        else if (row.kind === 'candidate') void (decision === 'accept' ? state.addToRegistry(row.candidate) : state.notAPerson(row.candidate));
        else if (row.kind === 'alias') void (decision === 'accept' ? state.acceptAlias(row.proposal) : state.rejectAlias(row.proposal));
      },
      more: (group) => void review.getState().showMore(group),
    }),
    [review, reveal],
  );

  const failure = error && (
    <div role="alert" className="pane-error review-error">
      <span>{error}</span>
      <button type="button" className="button button-small" onClick={() => void review.getState().reload()}>
        Try again
      </button>
    </div>
  );

  if (!loaded) {
    return (
      <div className="review-queue">
        <p role="status" className="review-status">
          Looking for suggestions…
        </p>
      </div>
    );
  }
  if (rows.length === 0) {
    return <div className="review-queue">{failure || <EmptyReview />}</div>;
  }
  return (
    <div className="review-queue">
      {failure}
      <p
        id={hintId}
        className="review-hint"
        title="On a person, A and R take all of their suggestions; on a new name, A adds it to the registry; on a handle, A adds it to the person’s aliases."
      >
        <kbd>J</kbd>/<kbd>K</kbd> or arrows move · <kbd>A</kbd> accept · <kbd>R</kbd> reject · <kbd>Enter</kbd> open
      </p>
      <ReviewList rows={rows} handlers={handlers} describedBy={hintId} />
    </div>
  );
}
