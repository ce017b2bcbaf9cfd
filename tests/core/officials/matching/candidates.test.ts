import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../../main/core/officials/matching/candidates';
import { mentionContext } from '../../../../main/core/officials/matching/context';
import { buildMatcher } from '../../../../main/core/officials/matching/matcher';

/** Name and office of each candidate, as the suggestion list shows them. */
function people(text: string, registry = buildMatcher([])): Array<[string, string | undefined]> {
  return findCandidates(text, registry).people.map((person) => [person.name, person.title]);
}

describe('offices that introduce a name', () => {
  it.each([
    ['President Biden said so.', 'Biden', 'President'],
    ['Present were Secretary of State Anthony Blinken and others.', 'Anthony Blinken', 'Secretary of State'],
    ['as well as General Vicente Hernández, commander', 'Vicente Hernández', 'General'],
    ['and Vice Admiral Benito Galeana spoke', 'Benito Galeana', 'Vice Admiral'],
    ['with ambassadors Ken Salazar from the US', 'Ken Salazar', 'ambassadors'],
    ['Mexico’s Foreign Minister Marcelo Ebrard lead a meeting', 'Marcelo Ebrard', 'Foreign Minister'],
    ['the administration of President López Obrador, such as', 'López Obrador', 'President'],
  ])('%s', (text, name, title) => {
    expect(people(text)).toEqual([[name, title]]);
  });

  it.each([
    ['Habló la canciller Alicia Bárcena.', 'Alicia Bárcena', 'canciller'],
    ['Dijo el secretario de Relaciones Exteriores, Marcelo Ebrard, ayer.', 'Marcelo Ebrard', 'secretario de Relaciones Exteriores'],
    ['Llegó la secretaria de Bienestar Ariadna Montiel.', 'Ariadna Montiel', 'secretaria de Bienestar'],
    ['con el embajador Ken Salazar', 'Ken Salazar', 'embajador'],
    ['y el subsecretario Roberto Velasco', 'Roberto Velasco', 'subsecretario'],
    ['la asesora Liz Sherwood-Randall llegó', 'Liz Sherwood-Randall', 'asesora'],
    ['según el presidente Andrés Manuel López Obrador', 'Andrés Manuel López Obrador', 'presidente'],
  ])('Spanish: %s', (text, name, title) => {
    expect(people(text)).toEqual([[name, title]]);
  });

  it('reads an office clause before a comma, not a title that belongs to someone else', () => {
    expect(people('Through his account, the Secretary of Foreign Affairs of Mexico, Marcelo Ebrard, reported.')).toEqual([
      ['Marcelo Ebrard', 'Secretary of Foreign Affairs of Mexico'],
    ]);
    expect(people('In a message to President Biden, Ebrard said no.')).toEqual([['Biden', 'President']]);
  });

  it('reads an office after the name, up to the punctuation or the next office', () => {
    const text =
      'attended by Ricardo Mejía, Undersecretary of Public Security; Uzra Zeya, undersecretary of Civil Security, Democracy and Human Rights; ' +
      'and Alejandro Mayorkas, Secretary of National Security of the United States and the Advisor of National Security, Jake Sullivan.';
    expect(people(text)).toEqual([
      ['Ricardo Mejía', 'Undersecretary of Public Security'],
      ['Uzra Zeya', 'undersecretary of Civil Security'],
      ['Alejandro Mayorkas', 'Secretary of National Security of the United States'],
      ['Jake Sullivan', 'Advisor of National Security'],
    ]);
  });
});

describe('names without an office', () => {
  it('proposes two capitalised words or more, with particles inside', () => {
    expect(people('AMLO asks Greg Abbott to listen, and María de Haas presented.')).toEqual([
      ['Greg Abbott', undefined],
      ['María de Haas', undefined],
    ]);
  });

  it('splits two people joined by "y" but keeps a surname joined by it', () => {
    expect(people('Llegaron ayer Alicia Bárcena y Marcelo Ebrard; citó a José Ortega y Gasset.')).toEqual([
      ['Alicia Bárcena', undefined],
      ['Marcelo Ebrard', undefined],
      ['José Ortega y Gasset', undefined],
    ]);
  });

  it('does not propose one capitalised word without an office, nor months, places and institutions', () => {
    expect(people('Regarding migration, Velasco spoke. Excellent meeting on Tuesday, May 3 at the White House National Security Council.')).toEqual([]);
  });

  it('never makes Mexico a person', () => {
    const text = 'Mexico City, Mexico — Mexico’s Foreign Minister Marcelo Ebrard met officials from New Mexico and the Mexico Foreign Ministry. MEXICO, (August 11).';
    expect(people(text)).toEqual([['Marcelo Ebrard', 'Foreign Minister']]);
  });

  it('drops a place glued to the next word', () => {
    expect(people('states governed by Republicansas Texasarguing that')).toEqual([]);
  });
});

describe('people the registry knows', () => {
  const registry = buildMatcher([{ id: 7, name: 'Marcelo Ebrard', aliases: [] }]);

  it('are left out, whatever the office or spelling', () => {
    expect(people('Foreign Minister Marcelo Ebrard and General Vicente Hernández; Secretary Ebrard and Marcelo Ebrardd.', registry)).toEqual([
      ['Vicente Hernández', 'General'],
    ]);
  });

  it('get the handle of a tweet they sign as an alias to add', () => {
    const text = 'Good meeting, we are moving forward.\n\n— Marcelo Ebrard C. (@m_ebrard) May 3, 2022';
    const { people: unknown, aliases } = findCandidates(text, registry);
    expect(unknown).toEqual([]);
    expect(aliases.map((alias) => [alias.officialId, alias.alias, alias.mentions.map((mention) => mention.text)])).toEqual([[7, '@m_ebrard', ['@m_ebrard']]]);
  });

  it('get every occurrence of a signed handle, even one that does not hold their name', () => {
    const text = '— Marcelo Ebrard C. (@SRE_mx) May 3, 2022\n\nLater @SRE_mx posted photos.';
    expect(findCandidates(text, registry).aliases.map((alias) => [alias.alias, alias.mentions.length])).toEqual([['@SRE_mx', 2]]);
  });

  it('are not offered a handle they already have', () => {
    const withHandle = buildMatcher([{ id: 7, name: 'Marcelo Ebrard', aliases: ['@m_ebrard'] }]);
    expect(findCandidates('— Marcelo Ebrard C. (@m_ebrard) May 3, 2022', withHandle).aliases).toEqual([]);
  });
});

describe('handles of people the registry does not know', () => {
  it('belong to the name that signs the tweet', () => {
    const text = 'Excellent meeting.\n\n– Roberto Velasco Álvarez (@r_velascoa) May 3, 2021. Thanks @r_velascoa';
    const [person] = findCandidates(text).people;
    expect(person?.name).toBe('Roberto Velasco Álvarez');
    expect(person?.handles).toEqual(['@r_velascoa']);
    expect(person?.evidence).toEqual(['name-shape', 'signature']);
    expect(person?.mentions.map((mention) => mention.text)).toEqual(['Roberto Velasco Álvarez', '@r_velascoa', '@r_velascoa']);
  });

  it('go to the candidate whose surname they hold, or stand alone', () => {
    const text = 'Meeting with Alejandro Mayorkas, Secretary of Homeland Security. Excellent meeting with @SecMayorkas and @DHSgov.';
    expect(findCandidates(text).people.map((person) => [person.name, person.handles, person.evidence])).toEqual([
      ['Alejandro Mayorkas', ['@SecMayorkas'], ['office-after', 'handle']],
      ['@DHSgov', ['@DHSgov'], ['handle']],
    ]);
  });
});

describe('mentions of a candidate', () => {
  it('gather every spelling and the surname alone, each with the words around it', () => {
    const text =
      'President López Obrador, led by the head of foreign relations, Alicia Bárcena, met them.\n\n' +
      'Later, Counselor Bárcena met with journalists. Andrés Manuel López Obrador said that Bárcena would speak.';
    const found = findCandidates(text).people;
    expect(found.map((person) => [person.name, person.title, person.mentions.map((mention) => mention.text)])).toEqual([
      ['Andrés Manuel López Obrador', 'President', ['López Obrador', 'Andrés Manuel López Obrador']],
      ['Alicia Bárcena', 'head of foreign relations', ['Alicia Bárcena', 'Bárcena', 'Bárcena']],
    ]);
    const counselor = found[1]!.mentions[1]!;
    expect(text.slice(counselor.start, counselor.end)).toBe('Bárcena');
    expect(mentionContext(text, counselor.start, counselor.end)).toEqual({ before: 'Later, Counselor ', after: ' met with journalists. Andrés Manuel López Obrador said that' });
  });
});
