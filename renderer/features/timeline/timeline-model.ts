import type { Label } from '../../../shared/model/annotation';
import type { LabelColor } from '../../../shared/model/label-colors';
import type { MeetingLinkKind, MeetingListItem } from '../../../shared/model/meeting';
import { placeMeeting, type Placement } from './placement';

export type LaneMode = 'place' | 'topic';

export interface Lane {
  key: string;
  title: string;
  /** The codebook colour of a topic lane; null for places and for the lane of the rest. */
  color: LabelColor | null;
}

export interface Mark extends Placement {
  meeting: MeetingListItem;
  lane: number;
}

/** A link between two placed meetings, drawn once however many ends list it. */
export interface DrawnLink {
  uid: string;
  kind: MeetingLinkKind;
  from: Mark;
  to: Mark;
}

export interface TimelineModel {
  lanes: Lane[];
  /** Placed meetings, by start (then end), so the window's marks are found by bisection. */
  marks: Mark[];
  /** The longest mark, which bounds how far before the window a visible mark can start. */
  longestMs: number;
  links: DrawnLink[];
  unknownYear: MeetingListItem[];
  undated: MeetingListItem[];
}

const NO_PLACE: Lane = { key: 'place:', title: 'No place recorded', color: null };
const NO_TOPIC: Lane = { key: 'topic:', title: 'No topic', color: null };

/**
 * Lanes by city (alphabetical, accents and case folded) or by topic (in the codebook's order). A
 * meeting sits in the lane of its first topic, so each meeting is one mark that links and the
 * keyboard can point at; its other topics show in its tooltip and in the list.
 */
function laneOf(meeting: MeetingListItem, mode: LaneMode, labels: ReadonlyMap<string, Label>): Lane {
  if (mode === 'place') {
    const city = meeting.place.city?.trim();
    return city ? { key: `place:${city.normalize('NFC').toLocaleLowerCase()}`, title: city, color: null } : NO_PLACE;
  }
  const label = meeting.topics.map((uid) => labels.get(uid)).find((found) => found !== undefined);
  return label ? { key: `topic:${label.uid}`, title: label.name, color: label.color } : NO_TOPIC;
}

export function buildTimelineModel(items: readonly MeetingListItem[], mode: LaneMode, labels: readonly Label[]): TimelineModel {
  const byUid = new Map(labels.map((label) => [label.uid, label]));
  const lanes = new Map<string, Lane>();
  const placed: Array<Omit<Mark, 'lane'> & { laneKey: string }> = [];
  const unknownYear: MeetingListItem[] = [];
  const undated: MeetingListItem[] = [];
  for (const meeting of items) {
    const placement = placeMeeting(meeting.start, meeting.end);
    if (placement === 'unknown-year') unknownYear.push(meeting);
    else if (placement === 'undated') undated.push(meeting);
    else {
      const lane = laneOf(meeting, mode, byUid);
      if (!lanes.has(lane.key)) lanes.set(lane.key, lane);
      placed.push({ ...placement, meeting, laneKey: lane.key });
    }
  }
  const order = mode === 'topic' ? labels.map((label) => `topic:${label.uid}`) : [];
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  const sorted = [...lanes.values()].sort((a, b) => {
    // The lane of the rest comes last in either mode.
    if (a.key.endsWith(':') !== b.key.endsWith(':')) return a.key.endsWith(':') ? 1 : -1;
    return mode === 'topic' ? order.indexOf(a.key) - order.indexOf(b.key) : collator.compare(a.title, b.title);
  });
  const laneIndex = new Map(sorted.map((lane, index) => [lane.key, index]));
  const marks: Mark[] = placed
    .map(({ laneKey, ...mark }) => ({ ...mark, lane: laneIndex.get(laneKey)! }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return { lanes: sorted, marks, longestMs: Math.max(0, ...marks.map((mark) => mark.end - mark.start)), links: linksBetween(marks), unknownYear, undated };
}

/** Each link appears on both its meetings; it is drawn once, from its outgoing (or first) end. */
function linksBetween(marks: readonly Mark[]): DrawnLink[] {
  const byUid = new Map(marks.map((mark) => [mark.meeting.uid, mark]));
  const seen = new Set<string>();
  const links: DrawnLink[] = [];
  for (const mark of marks) {
    for (const link of mark.meeting.links) {
      if (seen.has(link.uid)) continue;
      const other = byUid.get(link.otherMeetingUid);
      if (!other) continue;
      seen.add(link.uid);
      const [from, to] = link.direction === 'incoming' ? [other, mark] : [mark, other];
      links.push({ uid: link.uid, kind: link.kind, from, to });
    }
  }
  return links;
}
