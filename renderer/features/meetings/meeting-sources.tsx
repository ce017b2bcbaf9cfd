import { FileText, X } from 'lucide-react';
import { EVIDENCE_SUPPORT_LABELS, type Meeting, type MeetingEvidence } from '../../../shared/model/meeting';
import { formatPartialDate } from '../../components/format';
import { useStores } from '../../stores/stores-context';
import { useOpenSource } from './use-open-source';

/** The documents that report the meeting, each opening in the Reader, with the passages cited from it. */
export function MeetingSources({ meeting }: { meeting: Meeting }) {
  const { meetings } = useStores();
  const { open, reveal } = useOpenSource();
  const nameOf = (uid: string | null) => meeting.participants.find((participant) => participant.officialUid === uid)?.name;
  const supportText = (evidence: MeetingEvidence) =>
    evidence.supports === 'participant' ? `Participant: ${nameOf(evidence.officialUid) ?? 'someone no longer listed'}` : EVIDENCE_SUPPORT_LABELS[evidence.supports];

  return (
    <section className="profile-section" aria-labelledby="meeting-sources">
      <h3 id="meeting-sources">Sources{meeting.sources.length > 0 ? ` (${meeting.sources.length})` : ''}</h3>
      {meeting.sources.length === 0 ? (
        <p className="profile-muted">No document reports this meeting yet. In the Reader, select a passage and add it as evidence.</p>
      ) : (
        <ol className="meeting-sources">
          {meeting.sources.map((source) => (
            <li key={source.documentUid} className="meeting-source">
              <div className="meeting-source-heading">
                <button type="button" className="link-button meeting-source-title" title="Open in the Reader" onClick={() => open(source.documentUid)} disabled={source.trashed}>
                  <FileText size={14} aria-hidden />
                  {source.title}
                </button>
                {source.published && <span className="meeting-muted">{formatPartialDate(source.published)}</span>}
                {source.trashed && <span className="meeting-muted">In the Trash</span>}
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove “${source.title}” from the sources`}
                  onClick={() => void meetings.getState().removeSource(meeting, source.documentUid)}
                >
                  <X size={14} aria-hidden />
                </button>
              </div>
              {source.evidence.length > 0 && (
                <ul className="meeting-evidence" aria-label={`Evidence from “${source.title}”`}>
                  {source.evidence.map((evidence) => (
                    <li key={`${evidence.annotationUid}:${evidence.supports}:${evidence.officialUid ?? ''}`} className="meeting-evidence-item">
                      <span className="meeting-evidence-support">{supportText(evidence)}</span>
                      {evidence.quote === null ? (
                        <span className="meeting-muted">A note on the whole document</span>
                      ) : (
                        <button type="button" className="meeting-evidence-quote" title="Show this passage in the Reader" onClick={() => void reveal(source.documentUid, evidence.annotationUid)}>
                          “{evidence.quote}”
                        </button>
                      )}
                      <button
                        type="button"
                        className="icon-button"
                        aria-label="Remove this evidence"
                        onClick={() =>
                          void meetings.getState().removeEvidence(meeting, {
                            annotationUid: evidence.annotationUid,
                            supports: evidence.supports,
                            ...(evidence.officialUid !== null && { officialUid: evidence.officialUid }),
                          })
                        }
                      >
                        <X size={14} aria-hidden />
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
