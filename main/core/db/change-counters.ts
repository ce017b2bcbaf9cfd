import type { Db } from './open';
import { statement } from './statements';

export interface ChangeCounters {
  registry: number;
  documents: number;
  decisions: number;
}

/**
 * Counters kept by triggers (0006_registry_version): each moves with every change of its kind, so
 * what a cache computed from the notebook stays exact without any writer having to tell it.
 */
export function changeCounters(db: Db): ChangeCounters {
  const rows = statement(db, 'SELECT name, value FROM change_counters').raw().all() as Array<[keyof ChangeCounters, number]>;
  return Object.fromEntries(rows) as unknown as ChangeCounters;
}
