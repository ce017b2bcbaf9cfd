import type { Meeting, MeetingLink } from '../../shared/model/meeting';
import type { MeetingCandidate, MeetingCandidateRef, MeetingSuggestions } from '../../shared/model/meeting-suggestion';
import { MEETING_LINK_LABELS } from '../../shared/model/meeting-kinds';
import { FakeTransport, fakeUid } from './helpers/fake-transport';

export function meeting(overrides: Partial<Meeting> & Pick<Meeting, 'title'>): Meeting {
  return {
    uid: fakeUid(),
    start: null,
    end: null,
    place: { city: null, venue: null },
    format: null,
    summary: '',
    topics: [],
    participants: [],
    sources: [],
    links: [],
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...overrides,
  };
}

interface StoredLink {
  uid: string;
  kind: MeetingLink['kind'];
  fromUid: string;
  toUid: string;
}

/**
 * Meetings held in memory behind a fake transport, as the contract describes them: list (by start;
 * filters by place and side), get, create, update, soft delete with its links and restore, links
 * read from each end (no self link), participants, and suggestions per document; notebook-wide, the
 * candidates of every document, less those between linked meetings, with dismissals kept apart.
 */
export function fakeMeetings(initial: Meeting[], suggestions: Record<string, Omit<MeetingSuggestions, 'dismissed'>> = {}, transport = new FakeTransport()) {
  let meetings = initial.map((item) => ({ ...item, links: [] as MeetingLink[], deleted: false }));
  let links: StoredLink[] = [];
  const dismissals = new Set<string>();
  const dismissalKey = (ref: MeetingCandidateRef) => {
    const ends = [ref.from.uid, ref.to.uid];
    return [ref.kind, ...(ref.kind === 'same-as' ? ends.sort() : ends)].join(' ');
  };
  const linked = (candidate: MeetingCandidate) =>
    links.some((link) => [link.fromUid, link.toUid].sort().join() === [candidate.from.uid, candidate.to.uid].sort().join());
  const find = (uid: string) => meetings.find((item) => item.uid === uid && !item.deleted);
  const notFound = { code: 'NOT_FOUND' as const, message: 'That meeting is not in the notebook.' };
  const view = (uid: string): Meeting => {
    const { deleted: _deleted, ...item } = find(uid)!;
    const own = links.filter((link) => (link.fromUid === uid || link.toUid === uid) && find(link.fromUid) && find(link.toUid));
    return {
      ...item,
      links: own.map((link) => {
        const outgoing = link.fromUid === uid;
        const other = find(outgoing ? link.toUid : link.fromUid)!;
        const direction = outgoing ? 'outgoing' : 'incoming';
        return { uid: link.uid, kind: link.kind, direction, label: MEETING_LINK_LABELS[link.kind][direction], otherMeetingUid: other.uid, otherTitle: other.title, otherStart: other.start, evidenceAnnotationUid: null };
      }),
    };
  };
  const change = (uid: string, patch: Partial<Meeting>) => {
    meetings = meetings.map((item) => (item.uid === uid ? { ...item, ...patch } : item));
    return view(uid);
  };
  const live = () => meetings.filter((item) => !item.deleted).map((item) => view(item.uid));

  transport
    .handle('meetings.list', (input) => {
      const filter = input.filter ?? {};
      const items = live()
        .filter((item) => filter.place === undefined || (item.place.city ?? '').toLowerCase().includes(filter.place.toLowerCase()))
        .filter((item) => filter.side === undefined || item.participants.some((person) => person.side === filter.side))
        .sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') * (input.direction === 'desc' ? -1 : 1));
      return { items: items.slice(0, input.limit ?? 200), nextCursor: null, total: items.length };
    })
    .handle('meetings.get', (input) => (find(input.uid) ? view(input.uid) : notFound))
    .handle('meetings.create', (input) => {
      const created = meeting({ title: input.title ?? 'Untitled', start: input.start ?? null, place: { city: input.place?.city ?? null, venue: input.place?.venue ?? null } });
      meetings.push({ ...created, deleted: false });
      return view(created.uid);
    })
    .handle('meetings.update', (input) => (find(input.uid) ? change(input.uid, input.patch as Partial<Meeting>) : notFound))
    .handle('meetings.delete', (input) => {
      const count = links.filter((link) => input.uids.includes(link.fromUid) || input.uids.includes(link.toUid)).length;
      meetings = meetings.map((item) => (input.uids.includes(item.uid) ? { ...item, deleted: true } : item));
      return { count: input.uids.length, links: count };
    })
    .handle('meetings.restore', (input) => {
      meetings = meetings.map((item) => (input.uids.includes(item.uid) ? { ...item, deleted: false } : item));
      return { count: input.uids.length };
    })
    .handle('meetings.link', (input) => {
      if (input.fromUid === input.toUid) return { code: 'INVALID_INPUT' as const, message: 'A meeting cannot be linked to itself.' };
      const link = { uid: fakeUid(), kind: input.kind, fromUid: input.fromUid, toUid: input.toUid };
      links.push(link);
      return view(input.fromUid).links.find((candidate) => candidate.uid === link.uid)!;
    })
    .handle('meetings.unlink', (input) => {
      links = links.filter((link) => !input.uids.includes(link.uid));
      return { count: input.uids.length };
    })
    .handle('meetings.setParticipant', (input) => {
      const item = find(input.meetingUid);
      if (!item) return notFound;
      const before = item.participants.find((person) => person.officialUid === input.officialUid);
      const next = { officialUid: input.officialUid, name: before?.name ?? input.officialUid, evidence: before?.evidence ?? [], side: input.side === undefined ? (before?.side ?? null) : input.side, role: input.role === undefined ? (before?.role ?? null) : input.role };
      return change(input.meetingUid, { participants: before ? item.participants.map((person) => (person === before ? next : person)) : [...item.participants, next] });
    })
    .handle('meetings.removeParticipant', (input) => {
      const item = find(input.meetingUid);
      return item ? change(input.meetingUid, { participants: item.participants.filter((person) => person.officialUid !== input.officialUid) }) : notFound;
    })
    .handle('meetings.forDocument', (input) => ({ items: live().filter((item) => item.sources.some((source) => source.documentUid === input.documentUid)) }))
    .handle('meetings.suggestions', (input) => {
      const parts = input.documentUids === undefined ? Object.values(suggestions) : input.documentUids.flatMap((uid) => suggestions[uid] ?? []);
      const candidates = [...new Set(parts.flatMap((part) => part.candidates))].filter((candidate) => !linked(candidate));
      const dismissed = (candidate: MeetingCandidate) => dismissals.has(dismissalKey(candidate));
      return {
        documents: parts.flatMap((part) => part.documents),
        candidates: candidates.filter((candidate) => !dismissed(candidate)),
        dismissed: candidates.filter(dismissed),
      };
    })
    .handle('meetings.dismissSuggestion', (input) => {
      const key = dismissalKey(input);
      const count = dismissals.has(key) ? 0 : 1;
      dismissals.add(key);
      return { count };
    })
    .handle('meetings.restoreSuggestion', (input) => ({ count: dismissals.delete(dismissalKey(input)) ? 1 : 0 }));

  return { transport, links: () => links, meetings: () => live(), dismissals: () => [...dismissals] };
}
