import type { EvidenceSupport, Meeting, MeetingLinkKind, MeetingListItem, MeetingRole, MeetingSide } from '../../shared/model/meeting';
import type { Client } from '../api/client';

export interface EvidenceRef {
  annotationUid: string;
  supports: EvidenceSupport;
  officialUid?: string;
}

/** Runs one change of a meeting; on success offers `undo` under `message`, and resolves to whether it went through. */
export type Change = (run: () => Promise<unknown>, message: string, undoLabel: string, undo: () => Promise<unknown>) => Promise<boolean>;

export interface MeetingPartActions {
  addSource(meeting: Pick<Meeting, 'uid' | 'title'>, documentUid: string, title: string): Promise<boolean>;
  removeSource(meeting: Meeting, documentUid: string): Promise<boolean>;
  setParticipant(meeting: Meeting, officialUid: string, name: string, fields: { side?: MeetingSide | null; role?: MeetingRole | null }): Promise<boolean>;
  removeParticipant(meeting: Meeting, officialUid: string): Promise<boolean>;
  /** Also from the Reader, where the meeting comes from a list: it needs only the sources and participants. */
  addEvidence(meeting: MeetingListItem, ref: EvidenceRef): Promise<boolean>;
  removeEvidence(meeting: Meeting, ref: EvidenceRef): Promise<boolean>;
  link(input: { kind: MeetingLinkKind; fromUid: string; toUid: string; evidenceAnnotationUid?: string | null }, label: string): Promise<boolean>;
  unlink(meeting: Meeting, linkUid: string): Promise<boolean>;
}

const refOf = (meetingUid: string, ref: EvidenceRef) => ({
  meetingUid,
  annotationUid: ref.annotationUid,
  supports: ref.supports,
  ...(ref.supports === 'participant' && ref.officialUid !== undefined && { officialUid: ref.officialUid }),
});

/**
 * The changes to a meeting's sources, participants, evidence and links, each with the undo that
 * puts back exactly what it changed: what a removal took with it comes back too.
 */
export function meetingPartActions(client: Client, change: Change): MeetingPartActions {
  const restoreEvidence = async (meetingUid: string, refs: EvidenceRef[]) => {
    for (const ref of refs) await client.call('meetings.addEvidence', refOf(meetingUid, ref));
  };

  return {
    addSource: (meeting, documentUid, title) =>
      change(
        () => client.call('meetings.addSource', { meetingUid: meeting.uid, documentUid }),
        `“${title}” is now a source of “${meeting.title}”.`,
        'Undo adding the source',
        () => client.call('meetings.removeSource', { meetingUid: meeting.uid, documentUid }),
      ),

    removeSource: (meeting, documentUid) => {
      const source = meeting.sources.find((candidate) => candidate.documentUid === documentUid);
      const evidence: EvidenceRef[] = (source?.evidence ?? []).map((item) => ({
        annotationUid: item.annotationUid,
        supports: item.supports,
        ...(item.officialUid !== null && { officialUid: item.officialUid }),
      }));
      return change(
        () => client.call('meetings.removeSource', { meetingUid: meeting.uid, documentUid }),
        `Removed “${source?.title ?? 'the document'}” from the sources.`,
        'Undo removing the source',
        async () => {
          await client.call('meetings.addSource', { meetingUid: meeting.uid, documentUid });
          await restoreEvidence(meeting.uid, evidence);
        },
      );
    },

    setParticipant: (meeting, officialUid, name, fields) => {
      const before = meeting.participants.find((participant) => participant.officialUid === officialUid);
      return change(
        () => client.call('meetings.setParticipant', { meetingUid: meeting.uid, officialUid, ...fields }),
        before ? `Updated ${name} at “${meeting.title}”.` : `Added ${name} to “${meeting.title}”.`,
        before ? `Undo changing ${name}` : `Undo adding ${name}`,
        () =>
          before
            ? client.call('meetings.setParticipant', { meetingUid: meeting.uid, officialUid, side: before.side, role: before.role })
            : client.call('meetings.removeParticipant', { meetingUid: meeting.uid, officialUid }),
      );
    },

    removeParticipant: (meeting, officialUid) => {
      const before = meeting.participants.find((participant) => participant.officialUid === officialUid);
      const evidence: EvidenceRef[] = (before?.evidence ?? []).map((annotationUid) => ({ annotationUid, supports: 'participant', officialUid }));
      return change(
        () => client.call('meetings.removeParticipant', { meetingUid: meeting.uid, officialUid }),
        `Removed ${before?.name ?? 'the participant'} from “${meeting.title}”.`,
        `Undo removing ${before?.name ?? 'the participant'}`,
        async () => {
          await client.call('meetings.setParticipant', { meetingUid: meeting.uid, officialUid, side: before?.side ?? null, role: before?.role ?? null });
          await restoreEvidence(meeting.uid, evidence);
        },
      );
    },

    addEvidence: (meeting, ref) => {
      let added: Meeting | null = null;
      return change(
        async () => {
          added = await client.call('meetings.addEvidence', refOf(meeting.uid, ref));
        },
        `Cited the passage as evidence for “${meeting.title}”.`,
        'Undo citing the passage',
        async () => {
          await client.call('meetings.removeEvidence', refOf(meeting.uid, ref));
          // Citing may have made the document a source and the official a participant; undo those too.
          const newParticipant = ref.officialUid !== undefined && !meeting.participants.some((participant) => participant.officialUid === ref.officialUid);
          if (newParticipant) await client.call('meetings.removeParticipant', { meetingUid: meeting.uid, officialUid: ref.officialUid! });
          const known = new Set(meeting.sources.map((source) => source.documentUid));
          const fresh = (added as Meeting | null)?.sources.find((source) => !known.has(source.documentUid));
          if (fresh) await client.call('meetings.removeSource', { meetingUid: meeting.uid, documentUid: fresh.documentUid });
        },
      );
    },

    removeEvidence: (meeting, ref) =>
      change(
        () => client.call('meetings.removeEvidence', refOf(meeting.uid, ref)),
        'Removed the passage from the evidence.',
        'Undo removing the evidence',
        () => client.call('meetings.addEvidence', refOf(meeting.uid, ref)),
      ),

    link: (input, label) => {
      let linkUid: string | null = null;
      return change(
        async () => {
          linkUid = (await client.call('meetings.link', { ...input, evidenceAnnotationUid: input.evidenceAnnotationUid ?? null })).uid;
        },
        label,
        'Undo the link',
        () => (linkUid === null ? Promise.resolve() : client.call('meetings.unlink', { uids: [linkUid] })),
      );
    },

    unlink: (meeting, linkUid) => {
      const link = meeting.links.find((candidate) => candidate.uid === linkUid);
      return change(
        () => client.call('meetings.unlink', { uids: [linkUid] }),
        link ? `Removed the link “${link.label} ${link.otherTitle}”.` : 'Removed the link.',
        'Undo removing the link',
        async () => {
          if (!link) return;
          const [fromUid, toUid] = link.direction === 'incoming' ? [link.otherMeetingUid, meeting.uid] : [meeting.uid, link.otherMeetingUid];
          await client.call('meetings.link', { kind: link.kind, fromUid, toUid, evidenceAnnotationUid: link.evidenceAnnotationUid });
        },
      );
    },
  };
}
