import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../main/core/metadata';
import { corpusFiles } from '../../helpers/corpus';

const SPANISH = [
  'El secretario de Relaciones Exteriores se reunió este martes con la delegación de Estados Unidos en la cancillería.',
  'Durante el encuentro, los funcionarios hablaron sobre la migración, la seguridad en la frontera y el comercio entre los dos países.',
  'Antony Blinken y Alejandro Mayorkas dijeron que la relación es muy buena y que habrá una nueva reunión a finales de enero.',
].join('\n\n');

const ENGLISH = [
  'The Secretary of Foreign Affairs met with the United States delegation at the Foreign Ministry on Tuesday.',
  'During the meeting, the officials discussed migration, border security and trade between the two countries.',
  'Both delegations said that the relationship was going well and that they would meet again at the end of January.',
  'The talks were described by the ministry as productive, and a joint statement is expected later this week.',
].join('\n\n');

describe('detectLanguage', () => {
  it.each(corpusFiles.map((file) => [file.split('/').at(-1)!.slice(0, 3), file]))('corpus %s is English', (_prefix, file) => {
    expect(detectLanguage(readFileSync(file, 'utf8'))?.value).toBe('en');
  });

  it('recognises a Spanish article, English names and all', () => {
    const found = detectLanguage(SPANISH);
    expect(found?.value).toBe('es');
    expect(found?.source).toMatch(/^text: \d+% Spanish stopwords$/);
  });

  it('keeps an English article with two quoted Spanish lines English', () => {
    const text = [ENGLISH, '“Funcionarios de EE.UU. y México se reúnen en Washington para hablar de la migración.”', '“La relación bilateral va muy bien, fue un éxito”, dijo el canciller.'].join('\n\n');
    expect(detectLanguage(text)?.value).toBe('en');
  });

  it('keeps a Spanish article quoting an English line Spanish', () => {
    expect(detectLanguage(`${SPANISH}\n\n“We are moving forward on the border,” he said.`)?.value).toBe('es');
  });

  it('tells Portuguese and French from Spanish', () => {
    const portuguese = 'O ministro das Relações Exteriores do Brasil disse que não há acordo com os Estados Unidos sobre a migração, mas que o diálogo foi muito bom para os dois países.';
    const french = 'Le ministre des Affaires étrangères a dit que les deux pays sont pour une coopération plus étroite sur la migration et qu’il est prêt à poursuivre le dialogue avec les États-Unis.';
    expect(detectLanguage(portuguese)?.value).toBe('pt');
    expect(detectLanguage(french)?.value).toBe('fr');
  });

  it('says nothing about a text too short to tell', () => {
    expect(detectLanguage('Mexico and U.S. meet on security')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });
});
