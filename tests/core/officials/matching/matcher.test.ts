import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../../main/core/officials/matching/matcher';
import type { RegistryPerson } from '../../../../main/core/officials/matching/types';

const registry: RegistryPerson[] = [
  { id: 1, name: 'Marcelo Ebrard', aliases: [] },
  { id: 2, name: 'Alejandro Mayorkas', aliases: [] },
  { id: 3, name: 'Alicia Bárcena', aliases: ['Bárcena Ibarra'] },
  { id: 4, name: 'Elizabeth Sherwood-Randall', aliases: ['Liz Sherwood-Randall'] },
  { id: 5, name: 'Andrés Manuel López Obrador', aliases: ['López Obrador', 'AMLO'] },
  { id: 6, name: 'Antony Blinken', aliases: [] },
  { id: 7, name: 'Esteban Moctezuma', aliases: [] },
  { id: 8, name: 'Rosa Icela Rodríguez', aliases: [] },
  { id: 9, name: 'Ken Salazar', aliases: [] },
  { id: 10, name: 'Luisa María Alcalde', aliases: [] },
  { id: 11, name: 'Roberto Velasco Álvarez', aliases: ['Roberto Velasco', 'Velasco Álvarez'] },
  { id: 12, name: 'Joe Biden', aliases: [] },
];
const matcher = buildMatcher(registry);

/** What a researcher would read in the suggestion list: the text, whose it is and why. */
function found(text: string, using = matcher): Array<[string, number | string, string]> {
  return using.findKnown(text).map((mention) => [mention.text, mention.officialId, mention.rule]);
}

describe('whole names and aliases', () => {
  it('match without regard to accents or case, at the right offsets', () => {
    const text = '😀 ALICIA BARCENA met alicia bárcena and Bárcena Ibarra.';
    const mentions = matcher.findKnown(text);
    expect(mentions.map((m) => [m.text, m.officialId, m.rule, m.alias])).toEqual([
      ['ALICIA BARCENA', 3, 'alias', 'Alicia Bárcena'],
      ['alicia bárcena', 3, 'alias', 'Alicia Bárcena'],
      ['Bárcena Ibarra', 3, 'alias', 'Bárcena Ibarra'],
    ]);
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('reads a hyphen and a space between two words of a name as the same', () => {
    expect(found('Elizabeth Sherwood Randall and Liz Sherwood-Randall')).toEqual([
      ['Elizabeth Sherwood Randall', 4, 'alias'],
      ['Liz Sherwood-Randall', 4, 'alias'],
    ]);
  });

  it('matches possessives without the possessive', () => {
    expect(found("Sherwood-Randall's team and López Obrador’s plan")).toEqual([
      ['Sherwood-Randall', 4, 'surname'],
      ['López Obrador', 5, 'alias'],
    ]);
  });

  it('keeps to word boundaries', () => {
    expect(found('AMLOVE, mayorkasian and the AMLO years')).toEqual([['AMLO', 5, 'alias']]);
  });

  it('never lets a name run across a sentence or a paragraph', () => {
    expect(found('López. Obrador')).toEqual([
      ['López', 5, 'surname'],
      ['Obrador', 5, 'surname'],
    ]);
    expect(found('Roberto\n\nVelasco')).toEqual([['Velasco', 11, 'surname']]);
  });

  it('gives the longest name when forms overlap', () => {
    expect(found('Roberto Velasco Álvarez, later Velasco Álvarez and Roberto Velasco')).toEqual([
      ['Roberto Velasco Álvarez', 11, 'alias'],
      ['Velasco Álvarez', 11, 'alias'],
      ['Roberto Velasco', 11, 'alias'],
    ]);
  });
});

describe('a surname alone', () => {
  it('matches after an English or Spanish title', () => {
    expect(found('President Biden spoke with la canciller Bárcena.')).toEqual([
      ['Biden', 12, 'surname'],
      ['Bárcena', 3, 'surname'],
    ]);
  });

  it('matches a surname the registry has once, even without the full name in the text', () => {
    expect(found('We will talk with Secretary Mayorkas. Ebrard agreed.')).toEqual([
      ['Mayorkas', 2, 'surname'],
      ['Ebrard', 1, 'surname'],
    ]);
  });

  it('takes the first surname of a Spanish double surname from the aliases', () => {
    expect(found('López said so, and Velasco agreed')).toEqual([
      ['López', 5, 'surname'],
      ['Velasco', 11, 'surname'],
    ]);
  });

  it('is only a suggestion: a street named Salazar is suggested, the researcher decides', () => {
    expect(found('They met on Salazar Street.')).toEqual([['Salazar', 9, 'surname']]);
  });

  it('needs the full name in the text when two people share it', () => {
    const shared = buildMatcher([...registry, { id: 20, name: 'Ana Salazar', aliases: [] }]);
    expect(found('Salazar said no.', shared)).toEqual([]);
    expect(found('Ken Salazar arrived. Salazar said no.', shared)).toEqual([
      ['Ken Salazar', 9, 'alias'],
      ['Salazar', 9, 'surname'],
    ]);
    expect(found('Ken Salazar and Ana Salazar arrived. Salazar said no.', shared)).toEqual([
      ['Ken Salazar', 9, 'alias'],
      ['Ana Salazar', 20, 'alias'],
    ]);
  });

  it('needs a capital: "alcalde" is a mayor, "Alcalde" may be Luisa María Alcalde', () => {
    expect(found('el alcalde habló con Alcalde')).toEqual([['Alcalde', 10, 'surname']]);
  });
});

describe('a given name alone', () => {
  it('matches only in a text that names the person in full', () => {
    expect(found('Marcelo Ebrard left. I think Marcelo, that at the last Summit…')).toEqual([
      ['Marcelo Ebrard', 1, 'alias'],
      ['Marcelo', 1, 'given-name'],
    ]);
    expect(found('I think Marcelo, that at the last Summit…')).toEqual([]);
  });

  it('does not take the first name of someone else', () => {
    expect(found('Marcelo Ebrard met Marcelo Ramírez.')).toEqual([['Marcelo Ebrard', 1, 'alias']]);
  });
});

describe('typos', () => {
  it('finds one-edit typos of names of six letters or more, marked as typos', () => {
    expect(found('Anthony Blinken and Esteban Moctezuema; later Moctezuema alone and Blinkne')).toEqual([
      ['Anthony Blinken', 6, 'typo'],
      ['Esteban Moctezuema', 7, 'typo'],
      ['Moctezuema', 7, 'typo'],
      ['Blinkne', 6, 'typo'],
    ]);
  });

  it('allows two edits in one word of a three-word name whose other words match', () => {
    expect(found('the official, Rosa Aisela Rodríguez.')).toEqual([['Rosa Aisela Rodríguez', 8, 'typo']]);
    expect(found('Rosa Aisela Gómez')).toEqual([]);
  });

  it('leaves short names, lower-case words and two-edit words alone', () => {
    expect(found('Bidem and Ebrardd, blinkin, Mayorcaz')).toEqual([['Ebrardd', 1, 'typo']]);
  });
});

describe('names glued to the next word', () => {
  it('finds the name at the start of a glued word and marks it', () => {
    const text = 'of National Security, Alejandro Mayorkasand the White House. Mayorkasand more.';
    expect(found(text)).toEqual([
      ['Alejandro Mayorkas', 2, 'glued'],
      ['Mayorkas', 2, 'glued'],
    ]);
  });

  it('does not split words of their own', () => {
    expect(found('Bidenomics and Salazarista policies, Bidena')).toEqual([]);
  });
});

describe('handles', () => {
  it('suggests a handle that holds a surname, and matches a registered handle as an alias', () => {
    const withHandle = buildMatcher([{ id: 1, name: 'Marcelo Ebrard', aliases: ['@m_ebrard'] }, ...registry.slice(1)]);
    expect(found('Excellent meeting with @SecMayorkas. — (@m_ebrard)', withHandle)).toEqual([
      ['@SecMayorkas', 2, 'handle'],
      ['@m_ebrard', 1, 'alias'],
    ]);
  });

  it('ignores handles without a surname, and e-mail addresses', () => {
    expect(found('@SRE_mx wrote to prensa@ebrard.mx')).toEqual([]);
  });
});

describe('Mexico', () => {
  it('is never a person, even one edit away from a registry surname', () => {
    const near = buildMatcher([{ id: 1, name: 'Rosa Méxica', aliases: [] }]);
    expect(found('Mexico, México and Méxica; Rosa Mexico', near)).toEqual([['Méxica', 1, 'surname']]);
  });
});
