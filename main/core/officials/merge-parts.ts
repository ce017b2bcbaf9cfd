import type { Office } from '../../../shared/model/official';
import type { Db } from '../db/open';
import { meetingParticipation } from '../meetings/participation-merge-part';
import {
  appendCopiedOffice,
  changedKeptMentions,
  copyMissingAliases,
  mentionAt,
  mentionRowsOf,
  movedMentionIds,
  officesOf,
  recordDuplicate,
  recordMove,
  removeCopiedAliases,
  removeCopiedOffices,
  setMentionDecision,
  setMentionOfficial,
} from './merge-repository';

/** One merge of one official into another, as its parts see it. */
export interface MergeStep {
  mergeId: number;
  keptId: number;
  mergedId: number;
  /** When the merge was made: a merge redone after an undo keeps its time. */
  at: string;
}

/**
 * What a person brings into a merge, one part per kind of thing they have. Each part records what
 * it changed under the merge's id, so that `restore` puts the kept official back as it was; the
 * merged official's own rows are never touched, only moved away and back.
 */
export interface MergePart {
  carry(db: Db, step: MergeStep): void;
  /** Runs only on the latest merge into the kept official: later ones are undone first. */
  restore(db: Db, step: MergeStep): void;
}

/** Every form of the merged person, their name among them, becomes a form of the kept one. */
const aliases: MergePart = {
  carry: (db, step) => copyMissingAliases(db, step.mergeId, step.keptId, step.mergedId),
  restore: (db, step) => removeCopiedAliases(db, step.mergeId, step.keptId),
};

const officeKey = (office: Office) => JSON.stringify([office.title, office.start, office.end]);

/** Offices the kept person does not list already are added after theirs, in the merged one's order. */
const offices: MergePart = {
  carry(db, step) {
    const held = new Set(officesOf(db, step.keptId).map(officeKey));
    for (const office of officesOf(db, step.mergedId)) {
      if (held.has(officeKey(office))) continue;
      held.add(officeKey(office));
      appendCopiedOffice(db, step.mergeId, step.keptId, office);
    }
  },
  restore: (db, step) => removeCopiedOffices(db, step.mergeId, step.keptId),
};

/**
 * Mentions move to the kept person, whatever their state. Where both already had the span, the kept
 * mention stands for both; it takes the other's decision when it was only suggested, and its role
 * when it had none, and the duplicate stays behind with the merged person.
 */
const mentions: MergePart = {
  carry(db, step) {
    for (const mention of mentionRowsOf(db, step.mergedId)) {
      const kept = mentionAt(db, step.keptId, mention);
      if (!kept) {
        setMentionOfficial(db, mention.id, step.keptId);
        recordMove(db, step.mergeId, mention.id);
        continue;
      }
      const state = kept.state === 'suggested' ? mention.state : kept.state;
      const role = kept.role ?? mention.role;
      const changed = state !== kept.state || role !== kept.role;
      recordDuplicate(db, step.mergeId, mention.id, kept, changed);
      if (changed) setMentionDecision(db, kept.id, { state, role, updatedAt: step.at });
    }
  },
  restore(db, step) {
    for (const kept of changedKeptMentions(db, step.mergeId)) setMentionDecision(db, kept.id, kept);
    for (const id of movedMentionIds(db, step.mergeId)) setMentionOfficial(db, id, step.mergedId);
  },
};

/** In carrying order; undone in reverse. */
export const MERGE_PARTS: readonly MergePart[] = [aliases, offices, mentions, meetingParticipation];
