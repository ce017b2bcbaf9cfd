import Fuse from 'fuse.js';
import type { Official } from '../../../shared/model/official';

/** The office held now: the one without an end, else the latest listed. */
export function currentOffice(official: Official): string | null {
  const open = official.offices.find((office) => office.end === null);
  return (open ?? official.offices.at(-1))?.title ?? null;
}

/**
 * Registry people for a typed or selected name, best first: fuzzy over the name and every alias,
 * accents and case ignored, so "Barcena", "la canciller Bárcena" and "Blinkin" all find their person.
 */
export function createOfficialMatcher(officials: readonly Official[]): (query: string) => Official[] {
  const fuse = new Fuse(officials, {
    keys: [
      { name: 'name', weight: 2 },
      { name: 'aliases', weight: 1 },
    ],
    ignoreDiacritics: true,
    ignoreLocation: true,
    threshold: 0.4,
  });
  return (query) => {
    const trimmed = query.trim();
    if (trimmed === '') return [...officials].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
    // Each word is looked up on its own too, so a title before the name ("Secretary Mayorkas") still finds him.
    const words = trimmed.split(/\s+/).filter((word) => word.length >= 3);
    const scores = new Map<Official, number>();
    for (const part of [trimmed, ...(words.length > 1 ? words : [])]) {
      for (const { item, score = 1 } of fuse.search(part)) scores.set(item, Math.min(scores.get(item) ?? 1, part === trimmed ? score : score + 0.1));
    }
    return [...scores].sort((a, b) => a[1] - b[1] || a[0].name.localeCompare(b[0].name)).map(([official]) => official);
  };
}
