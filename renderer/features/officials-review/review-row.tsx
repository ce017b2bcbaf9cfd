import { ChevronRight } from 'lucide-react';
import { SUGGESTION_PAGE } from '../../../shared/model/suggestion';
import { formatCount } from '../../components/format';
import type { ReviewGroup } from '../../stores/review-pages';
import { MentionSnippet } from './mention-snippet';
import { proposalTitle, type ReviewRow } from './review-rows';
import { RuleBadge } from './rule-badge';

export type Decision = 'accept' | 'reject';

export interface RowHandlers {
  toggle(key: string): void;
  open(documentUid: string, span: { start: number; end: number }): void;
  /** A mention alone; on a person, all of theirs; on a new name, add it or set it aside; on a handle, add it as an alias or not. */
  decide(row: ReviewRow, decision: Decision): void;
  /** The next page of a group's mentions. */
  more(group: ReviewGroup): void;
}

/** Marks the control that j/k and arrows move the focus to, one per row. */
export const FOCUS_TARGET = 'data-row-focus';
const focusTarget = { [FOCUS_TARGET]: '' };

const OPEN_TITLE = 'Open in the Reader (Enter)';

/** What one line of the queue shows; the list positions it. */
export function ReviewRowContent({ row, handlers }: { row: ReviewRow; handlers: RowHandlers }) {
  switch (row.kind) {
    case 'section':
      return <h2 className="review-section-title">{row.title}</h2>;

    case 'person': {
      const { name, total } = row.group;
      return (
        <div className="review-group">
          <GroupDisclosure row={row} name={name} count={total} noun="suggestion" onToggle={handlers.toggle} />
          <div className="review-actions">
            <button
              type="button"
              className="button button-small"
              title="Accept all (A)"
              aria-label={`Accept all ${total} suggestions of ${name}`}
              onClick={() => handlers.decide(row, 'accept')}
            >
              Accept all {formatCount(total)}
            </button>
            <button
              type="button"
              className="button button-small"
              title="Reject all (R)"
              aria-label={`Reject all suggestions of ${name}`}
              onClick={() => handlers.decide(row, 'reject')}
            >
              Reject all
            </button>
          </div>
        </div>
      );
    }

    case 'candidate': {
      const { name, title, handles, total } = row.candidate;
      const details = [title, ...handles].filter(Boolean).join(' · ');
      return (
        <div className="review-group">
          <GroupDisclosure row={row} name={name} count={total} noun="mention" onToggle={handlers.toggle} />
          {details && <p className="review-group-details">{details}</p>}
          <div className="review-actions">
            <button
              type="button"
              className="button button-small"
              title="Add to the registry (A)"
              aria-label={`Add to registry: ${name}`}
              onClick={() => handlers.decide(row, 'accept')}
            >
              Add to registry
            </button>
            <button
              type="button"
              className="button button-small"
              title="Not a person to register; never suggested again (R)"
              aria-label={`Not a person: ${name}`}
              onClick={() => handlers.decide(row, 'reject')}
            >
              Not a person
            </button>
          </div>
        </div>
      );
    }

    case 'alias': {
      const { proposal } = row;
      const title = proposalTitle(proposal);
      return (
        <div className="review-group">
          <GroupDisclosure row={row} name={title} count={proposal.total} noun="mention" onToggle={handlers.toggle} />
          <div className="review-actions">
            <button
              type="button"
              className="button button-small"
              title={`Add ${proposal.alias} to the aliases of ${proposal.name} (A)`}
              aria-label={`Accept ${title}`}
              onClick={() => handlers.decide(row, 'accept')}
            >
              Accept
            </button>
            <button
              type="button"
              className="button button-small"
              title={`Not a handle of ${proposal.name}; never proposed for them again (R)`}
              aria-label={`Reject ${title}`}
              onClick={() => handlers.decide(row, 'reject')}
            >
              Reject
            </button>
          </div>
        </div>
      );
    }

    case 'mention': {
      const { mention } = row;
      return (
        <div className="review-mention" role="group" aria-label={`${mention.text} in ${mention.documentTitle}`}>
          <button type="button" className="review-snippet" title={OPEN_TITLE} {...focusTarget} onClick={() => handlers.open(mention.documentUid, mention)}>
            <MentionSnippet {...mention} />
          </button>
          <div className="review-actions">
            <RuleBadge rule={mention.rule} alias={mention.alias} />
            <button type="button" className="button button-small" title="Accept (A)" onClick={() => handlers.decide(row, 'accept')}>
              Accept
            </button>
            <button type="button" className="button button-small" title="Reject (R)" onClick={() => handlers.decide(row, 'reject')}>
              Reject
            </button>
          </div>
        </div>
      );
    }

    case 'sighting': {
      const { sighting } = row;
      return (
        <div className="review-mention" role="group" aria-label={`${sighting.text} in ${sighting.documentTitle}`}>
          <button type="button" className="review-snippet" title={OPEN_TITLE} {...focusTarget} onClick={() => handlers.open(sighting.documentUid, sighting)}>
            <MentionSnippet {...sighting} />
          </button>
        </div>
      );
    }

    case 'more': {
      const { group, notShown } = row;
      const next = Math.min(SUGGESTION_PAGE, notShown);
      return (
        <div className="review-more">
          <button
            type="button"
            className="button button-small"
            aria-label={`Show ${next} more of ${'alias' in group ? proposalTitle(group) : group.name}`}
            {...focusTarget}
            onClick={() => handlers.more(group)}
          >
            Show {formatCount(next)} more
          </button>
          <span className="review-more-count">{formatCount(notShown)} not shown yet</span>
        </div>
      );
    }
  }
}

interface GroupDisclosureProps {
  row: Extract<ReviewRow, { kind: 'person' | 'candidate' | 'alias' }>;
  name: string;
  count: number;
  /** What is counted, for screen readers (the number alone is shown). */
  noun: string;
  onToggle: (key: string) => void;
}

function GroupDisclosure({ row, name, count, noun, onToggle }: GroupDisclosureProps) {
  return (
    <h3 className="review-group-name">
      <button
        type="button"
        className="review-disclosure"
        aria-expanded={row.expanded}
        title={row.expanded ? 'Fold (Enter)' : 'Show the mentions (Enter)'}
        {...focusTarget}
        onClick={() => onToggle(row.key)}
      >
        <ChevronRight className="review-chevron" size={14} aria-hidden />
        <span className="review-group-title">{name}</span>{' '}
        <span className="review-group-count">
          {formatCount(count)} <span className="visually-hidden">{count === 1 ? noun : `${noun}s`}</span>
        </span>
      </button>
    </h3>
  );
}
