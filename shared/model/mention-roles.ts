/** What a person does in the passage that names them (zod-free, so the renderer can list them). */
export const MENTION_ROLES = ['host', 'head-of-delegation', 'participant', 'quoted', 'mentioned'] as const;
export type MentionRole = (typeof MENTION_ROLES)[number];

export const MENTION_ROLE_LABELS: Record<MentionRole, string> = {
  host: 'Host',
  'head-of-delegation': 'Head of delegation',
  participant: 'Participant',
  quoted: 'Quoted',
  mentioned: 'Only mentioned',
};
