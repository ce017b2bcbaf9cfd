import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { random } from '../library/generate-corpus';
import type { SyntheticOfficial } from './synthetic-registry';

/** A first mention names the person in full; later ones as the press does after that. */
const FIRST = {
  en: [
    '{Title} {name} met the delegation at the Foreign Ministry to discuss border security.',
    '{name}, {office}, said both governments would meet again next month.',
    'The talks were led by {name}, who arrived from Washington on Tuesday.',
  ],
  es: [
    '{Title} {name} encabezó la reunión con la delegación estadounidense.',
    '{name}, {office}, afirmó que ambos gobiernos se reunirán de nuevo el próximo mes.',
    'Por parte de México participó {name}, quien llegó a la capital el martes.',
  ],
};
const LATER = {
  en: [
    '“We share strategic objectives,” {Title} {surname} told reporters.',
    '{surname} said the agreement would be reviewed in six months.',
    '{surname}’s office did not respond to a request for comment.',
    '{alias} later posted a summary of the meeting.',
  ],
  es: [
    '{Title} {surname} subrayó la importancia de la cooperación bilateral.',
    'Según {surname}, el encuentro abordó el tráfico de armas y la seguridad fronteriza.',
    '{alias} publicó después un resumen de la reunión.',
  ],
};

/**
 * Writes the registry's people into the articles `generateCorpus` wrote (a third of them in
 * Spanish): two to five people per article, each named in full once (sometimes without accents,
 * sometimes by an alias), then by surname, title and surname, or another alias, with now and then
 * a misspelt surname or a tweet signed with a handle. Returns how many mentions were written.
 */
export function plantMentions(dir: string, people: readonly SyntheticOfficial[], seed = 11): number {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const byLanguage = { es: people.filter((person) => person.spanish), en: people.filter((person) => !person.spanish) };
  let planted = 0;
  for (const file of readdirSync(dir).sort()) {
    const index = Number(/(\d+)\.txt$/.exec(file)![1]);
    const language = index % 3 === 0 ? 'es' : 'en';
    const path = join(dir, file);
    const paragraphs = readFileSync(path, 'utf8').trimEnd().split('\n\n');
    const count = 2 + Math.floor(rand() * 4);
    for (let k = 0; k < count; k++) {
      const person = pick(rand() < 0.8 ? byLanguage[language] : people);
      const sentences = [fill(pick(FIRST[language]), person, fullName(person, rand), rand)];
      const later = 1 + Math.floor(rand() * 3);
      for (let j = 0; j < later; j++) sentences.push(fill(pick(LATER[language]), person, person.name, rand));
      if (rand() < 0.05) sentences.push(`— ${person.aliases[0]} (${person.aliases[2]}) ${language === 'es' ? '3 de mayo de 2022' : 'May 3, 2022'}`);
      for (const sentence of sentences) {
        const at = 2 + Math.floor(rand() * (paragraphs.length - 2));
        paragraphs[at] = `${paragraphs[at]} ${sentence}`;
      }
      planted += sentences.length;
    }
    writeFileSync(path, `${paragraphs.join('\n\n')}\n`);
  }
  return planted;
}

function fill(template: string, person: SyntheticOfficial, name: string, rand: () => number): string {
  const surname = rand() < 0.1 ? misspelt(person.surname, rand) : person.surname;
  const alias = person.aliases[Math.floor(rand() * 2)]!;
  return template
    .replace('{Title}', capitalised(person.title))
    .replace('{name}', name)
    .replace('{office}', person.office)
    .replace('{surname}', surname)
    .replace('{alias}', alias);
}

/** Mostly the registry's name; sometimes without its accents, or an alias. */
function fullName(person: SyntheticOfficial, rand: () => number): string {
  const roll = rand();
  if (roll < 0.7) return person.name;
  if (roll < 0.85) return person.name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return person.aliases[Math.floor(rand() * 2)]!;
}

/** One letter dropped inside a surname of six letters or more, as a hurried reporter drops one. */
function misspelt(surname: string, rand: () => number): string {
  if (surname.length < 6) return surname;
  const at = 1 + Math.floor(rand() * (surname.length - 2));
  return surname.slice(0, at) + surname.slice(at + 1);
}

function capitalised(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}
