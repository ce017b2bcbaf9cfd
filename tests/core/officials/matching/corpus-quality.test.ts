import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../../main/core/officials/matching/candidates';
import { buildMatcher } from '../../../../main/core/officials/matching/matcher';
import type { RegistryPerson } from '../../../../main/core/officials/matching/types';
import { normalizeText } from '../../../../shared/text/normalize';
import { corpusDir, corpusFile, projectRoot } from '../../../helpers/corpus';

interface Label {
  person: string;
  text: string;
  start: number;
  end: number;
}

const fixtures = join(projectRoot, 'tests', 'fixtures', 'officials');
const labels = (JSON.parse(readFileSync(join(fixtures, 'corpus-mentions.json'), 'utf8')) as { mentions: Record<string, Label[]> }).mentions;
const people = (JSON.parse(readFileSync(join(fixtures, 'registry.json'), 'utf8')) as { people: Array<Omit<RegistryPerson, 'id'>> }).people;
const registry: RegistryPerson[] = people.map((person, index) => ({ id: index + 1, ...person }));
const matcher = buildMatcher(registry);
const prefixes = Object.keys(labels);
const texts = new Map(prefixes.map((prefix) => [prefix, normalizeText(readFileSync(corpusFile(prefix), 'utf8'))]));
const nameOf = (id: number | string) => registry.find((person) => person.id === id)!.name;

/** The README's table: for each file prefix, the officials it names. */
function readmeTable(): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const line of readFileSync(join(corpusDir, 'README.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (!/^\d{3}_/.test(cells[1] ?? '')) continue;
    table.set(cells[1]!.slice(0, 3), cells[4]!.split(',').map((name) => name.trim()));
  }
  return table;
}

/** Which registry person a whole name is, by the matcher's own rules, or undefined. */
function whoIs(name: string): string | undefined {
  const [mention, ...more] = matcher.findKnown(name);
  return mention && more.length === 0 && mention.start === 0 && mention.end === name.length ? nameOf(mention.officialId) : undefined;
}

describe('the hand-labelled fixture', () => {
  it('covers the five articles, with offsets into the normalised text', () => {
    expect(prefixes).toEqual(['000', '001', '002', '003', '004']);
    for (const prefix of prefixes) {
      for (const label of labels[prefix]!) expect(texts.get(prefix)!.slice(label.start, label.end), `${prefix} ${label.start}`).toBe(label.text);
    }
  });

  it('labels only people of the registry', () => {
    const names = new Set(registry.map((person) => person.name));
    for (const label of Object.values(labels).flat()) expect(names).toContain(label.person);
  });
});

describe('suggestions on the sample corpus', () => {
  it('find ≥ 95% of the labelled mentions of registry people with ≥ 90% precision', () => {
    let found = 0;
    let right = 0;
    let labelled = 0;
    const misses: string[] = [];
    for (const prefix of prefixes) {
      const expected = labels[prefix]!;
      const suggested = matcher.findKnown(texts.get(prefix)!);
      const isRight = (label: Label) => suggested.some((m) => m.start === label.start && m.end === label.end && nameOf(m.officialId) === label.person);
      labelled += expected.length;
      found += suggested.length;
      right += expected.filter(isRight).length;
      misses.push(...expected.filter((label) => !isRight(label)).map((label) => `missed ${prefix} ${label.text}`));
      misses.push(
        ...suggested
          .filter((m) => !expected.some((label) => m.start === label.start && m.end === label.end && nameOf(m.officialId) === label.person))
          .map((m) => `wrong ${prefix} ${m.text} → ${nameOf(m.officialId)} (${m.rule})`),
      );
    }
    const recall = right / labelled;
    const precision = right / found;
    console.log(`officials matching on the corpus: recall ${(recall * 100).toFixed(1)}% (${right}/${labelled}), precision ${(precision * 100).toFixed(1)}% (${right}/${found})`);
    if (misses.length > 0) console.log(misses.join('\n'));
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it('from an empty registry, propose ≥ 90% of the people in the corpus README table', () => {
    const table = readmeTable();
    expect([...table.keys()]).toEqual(prefixes);
    let listed = 0;
    const covered: string[] = [];
    const missed: string[] = [];
    for (const [prefix, names] of table) {
      const candidates = findCandidates(texts.get(prefix)!).people.map((candidate) => whoIs(candidate.name));
      for (const name of names) {
        const person = whoIs(name);
        expect(person, `README name ${name}`).toBeDefined();
        listed += 1;
        (candidates.includes(person) ? covered : missed).push(`${prefix} ${name}`);
      }
    }
    const coverage = covered.length / listed;
    console.log(`officials candidates on the corpus: ${(coverage * 100).toFixed(1)}% of the README's people (${covered.length}/${listed}); missed: ${missed.join(', ') || 'none'}`);
    expect(coverage).toBeGreaterThanOrEqual(0.9);
  });

  it('never suggest Mexico as a person', () => {
    for (const text of texts.values()) {
      const known = matcher.findKnown(text).map((mention) => mention.text);
      const proposed = findCandidates(text).people.flatMap((candidate) => candidate.mentions.map((mention) => mention.text));
      expect([...known, ...proposed].filter((name) => /m[eé]xico/i.test(name))).toEqual([]);
    }
  });
});
