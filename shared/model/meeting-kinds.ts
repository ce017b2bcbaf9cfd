/**
 * The fixed vocabularies of meetings and their labels, kept free of zod so that the renderer can
 * list them without bundling the schema library (see limits.ts).
 */

export const MEETING_FORMATS = ['in-person', 'call', 'virtual'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

export const MEETING_FORMAT_LABELS: Record<MeetingFormat, string> = {
  'in-person': 'In person',
  call: 'Call',
  virtual: 'Virtual',
};

/** The delegation a participant sits with, whatever their own nationality. */
export const MEETING_SIDES = ['mx', 'us', 'other'] as const;
export type MeetingSide = (typeof MEETING_SIDES)[number];

export const MEETING_SIDE_LABELS: Record<MeetingSide, string> = {
  mx: 'Mexico',
  us: 'United States',
  other: 'Other',
};

export const MEETING_ROLES = ['host', 'head-of-delegation', 'participant'] as const;
export type MeetingRole = (typeof MEETING_ROLES)[number];

export const MEETING_ROLE_LABELS: Record<MeetingRole, string> = {
  host: 'Host',
  'head-of-delegation': 'Head of delegation',
  participant: 'Participant',
};

/** What a passage cited as evidence supports. */
export const EVIDENCE_SUPPORTS = ['date', 'place', 'participant', 'general'] as const;
export type EvidenceSupport = (typeof EVIDENCE_SUPPORTS)[number];

export const EVIDENCE_SUPPORT_LABELS: Record<EvidenceSupport, string> = {
  date: 'Date',
  place: 'Place',
  participant: 'Participant',
  general: 'General',
};

export const MEETING_LINK_KINDS = ['same-as', 'prepares', 'follows-up', 'part-of', 'related'] as const;
export type MeetingLinkKind = (typeof MEETING_LINK_KINDS)[number];

/** Kinds that read the same from both ends; a link of these kinds has no direction. */
export const SYMMETRIC_LINK_KINDS: ReadonlySet<MeetingLinkKind> = new Set(['same-as', 'related']);

/**
 * How a link reads from each end: "A prepares B" is shown on B as "prepared by A". Symmetric kinds
 * read the same from both.
 */
export const MEETING_LINK_LABELS: Record<MeetingLinkKind, { outgoing: string; incoming: string }> = {
  'same-as': { outgoing: 'Same meeting as', incoming: 'Same meeting as' },
  prepares: { outgoing: 'Prepares', incoming: 'Prepared by' },
  'follows-up': { outgoing: 'Follows up', incoming: 'Followed up by' },
  'part-of': { outgoing: 'Part of', incoming: 'Has part' },
  related: { outgoing: 'Related to', incoming: 'Related to' },
};

/** Which end of a link a meeting is at: the one it starts from, the one it points to, or either. */
export const LINK_DIRECTIONS = ['outgoing', 'incoming', 'mutual'] as const;
export type LinkDirection = (typeof LINK_DIRECTIONS)[number];

export function linkLabel(kind: MeetingLinkKind, direction: LinkDirection): string {
  return direction === 'incoming' ? MEETING_LINK_LABELS[kind].incoming : MEETING_LINK_LABELS[kind].outgoing;
}
