/**
 * The contract's names without its schemas, so that the preload (which only checks names) stays a
 * few kilobytes instead of bundling zod. channels.ts and events.ts are checked against these lists.
 */
export const CHANNEL_NAMES = [
  'notebook.info',
  'documents.list',
  'documents.facets',
  'documents.reextract',
  'documents.get',
  'documents.update',
  'documents.trash',
  'documents.restore',
  'documents.emptyTrash',
  'documents.editText',
  'labels.list',
  'labels.create',
  'labels.update',
  'labels.reorder',
  'labels.merge',
  'labels.delete',
  'labels.export',
  'labels.import',
  'annotations.create',
  'annotations.update',
  'annotations.relabel',
  'annotations.delete',
  'annotations.restore',
  'annotations.reattach',
  'annotations.forDocument',
  'annotations.list',
  'officials.list',
  'officials.get',
  'officials.create',
  'officials.update',
  'officials.delete',
  'officials.restore',
  'officials.suggestions',
  'officials.suggestionsOf',
  'officials.rejectCandidate',
  'officials.acceptAlias',
  'officials.rejectAlias',
  'officials.profile',
  'officials.merge',
  'officials.unmerge',
  'officials.splitAlias',
  'mentions.confirm',
  'mentions.reject',
  'mentions.confirmAllOf',
  'mentions.rejectAllOf',
  'mentions.forget',
  'mentions.tag',
  'mentions.untag',
  'mentions.setRole',
  'mentions.forDocument',
  'meetings.list',
  'meetings.get',
  'meetings.create',
  'meetings.update',
  'meetings.delete',
  'meetings.restore',
  'meetings.merge',
  'meetings.unmerge',
  'meetings.addSource',
  'meetings.removeSource',
  'meetings.setParticipant',
  'meetings.removeParticipant',
  'meetings.addEvidence',
  'meetings.removeEvidence',
  'meetings.link',
  'meetings.unlink',
  'meetings.forDocument',
  'meetings.suggestions',
  'meetings.dismissSuggestion',
  'meetings.restoreSuggestion',
  'import.start',
  'jobs.cancel',
  'search.query',
] as const;

export const EVENT_NAMES = ['job.progress', 'job.done', 'notebook.changed', 'app.command'] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];
export type EventName = (typeof EVENT_NAMES)[number];

const channelSet: ReadonlySet<string> = new Set(CHANNEL_NAMES);
const eventSet: ReadonlySet<string> = new Set(EVENT_NAMES);

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && channelSet.has(name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && eventSet.has(name);
}
