import { random } from '../library/generate-corpus';

/** A made-up official, with the pieces the article writer needs to name them as the press does. */
export interface SyntheticOfficial {
  name: string;
  /** Three other forms, none folding to the name or to each other. */
  aliases: [string, string, string];
  spanish: boolean;
  /** The surname used alone: the first surname of a Spanish name. */
  surname: string;
  /** Office titles before a name, in the article's language ("la secretaria", "Secretary"). */
  title: string;
  /** The office after a name, as an apposition ("undersecretary of …"). */
  office: string;
}

const GIVEN_ES: ReadonlyArray<[string, 'f' | 'm']> = [
  ['María Fernanda', 'f'], ['José Luis', 'm'], ['Ana Lucía', 'f'], ['Juan Carlos', 'm'], ['Rosa Elena', 'f'], ['Luis Alberto', 'm'],
  ['Claudia', 'f'], ['Ricardo', 'm'], ['Gabriela', 'f'], ['Héctor', 'm'], ['Mónica', 'f'], ['Andrés', 'm'], ['Verónica', 'f'],
  ['Jorge Alberto', 'm'], ['Adriana', 'f'], ['Raúl', 'm'], ['Patricia', 'f'], ['Sergio', 'm'], ['Leticia', 'f'], ['Óscar', 'm'],
  ['Guadalupe', 'f'], ['Ignacio', 'm'], ['Beatriz', 'f'], ['Rodrigo', 'm'],
];
const SURNAMES_ES = [
  'Castillo', 'Ibarra', 'Gutiérrez', 'Domínguez', 'Villaseñor', 'Hernández', 'Treviño', 'Salinas', 'Zavala', 'Ochoa', 'Cervantes',
  'Quiroga', 'Báez', 'Montaño', 'Fuentes', 'Arellano', 'Echeverría', 'Núñez', 'Solórzano', 'Bustamante', 'Medellín', 'Orozco',
  'Valdivia', 'Carranza', 'Escobedo', 'Galindo', 'Lizárraga', 'Mondragón', 'Pacheco', 'Robledo', 'Sepúlveda', 'Tapia', 'Urquiza',
  'Velázquez', 'Aguirre', 'Becerra', 'Coronado', 'Durán', 'Espinoza', 'Figueroa', 'Garza', 'Jaramillo', 'Leyva', 'Maldonado',
];
const GIVEN_EN: ReadonlyArray<[string, string]> = [
  ['Robert', 'Bob'], ['Katherine', 'Kate'], ['Michael', 'Mike'], ['Jennifer', 'Jen'], ['William', 'Bill'], ['Elizabeth', 'Beth'],
  ['Thomas', 'Tom'], ['Margaret', 'Peggy'], ['Daniel', 'Dan'], ['Rebecca', 'Becky'], ['Christopher', 'Chris'], ['Susan', 'Sue'],
  ['Andrew', 'Andy'], ['Deborah', 'Deb'], ['Matthew', 'Matt'], ['Jonathan', 'Jon'], ['Patricia', 'Trish'], ['Richard', 'Rick'],
];
const SURNAMES_EN = [
  'Hansen', 'Whitaker', 'Donnelly', 'Fitzgerald', 'Harrington', 'Caldwell', 'Pemberton', 'Gallagher', 'Lindqvist', 'Ashworth',
  'Thornton', 'Mercer', 'Okafor', 'Nakamura', 'Brennan', 'Holloway', 'Kowalski', 'Prescott', 'Sorensen', 'Templeton', 'Underwood',
  'Vance', 'Wexler', 'Yardley', 'Abernathy', 'Blackwood', 'Cromwell', 'Delacroix', 'Ellison', 'Fairbanks', 'Greenberg', 'Hollister',
];
const OFFICES_ES = ['de Relaciones Exteriores', 'de Gobernación', 'de Seguridad', 'de Economía', 'de Hacienda', 'de Marina', 'de Salud'];
const OFFICES_EN = ['Homeland Security', 'State', 'Commerce', 'the Treasury', 'Defense', 'Labor', 'Agriculture'];
const INITIALS = 'ABCDEFGHJKLMNPRSTW';

/**
 * `count` officials, three in five Mexican: deterministic, every name distinct, surnames shared
 * among several people as they are in a real registry (so that a surname alone is ambiguous).
 */
export function syntheticRegistry(count: number, seed = 7): SyntheticOfficial[] {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const people: SyntheticOfficial[] = [];
  const taken = new Set<string>();
  while (people.length < count) {
    const person = people.length % 5 < 3 ? spanishOfficial(pick) : englishOfficial(pick);
    if (taken.has(person.name)) continue;
    taken.add(person.name);
    people.push(person);
  }
  return people;
}

function spanishOfficial(pick: <T>(items: readonly T[]) => T): SyntheticOfficial {
  const [given, gender] = pick(GIVEN_ES);
  const first = pick(SURNAMES_ES);
  let second = pick(SURNAMES_ES);
  while (second === first) second = pick(SURNAMES_ES);
  const office = pick(OFFICES_ES);
  const short = `${given.split(' ')[0]} ${first}`;
  const initials = given.split(' ').map((word) => word[0]).join('');
  return {
    name: `${given} ${first} ${second}`,
    aliases: [short, `${first} ${second}`, `@${strip(initials)}${strip(first)}`],
    spanish: true,
    surname: first,
    title: gender === 'f' ? 'la secretaria' : 'el secretario',
    office: `${gender === 'f' ? 'secretaria' : 'secretario'} ${office}`,
  };
}

function englishOfficial(pick: <T>(items: readonly T[]) => T): SyntheticOfficial {
  const [given, nickname] = pick(GIVEN_EN);
  const surname = pick(SURNAMES_EN);
  const initial = pick([...INITIALS]);
  const office = pick(OFFICES_EN);
  return {
    name: `${given} ${surname}`,
    aliases: [`${given} ${initial}. ${surname}`, `${nickname} ${surname}`, `@Sec${surname}`],
    spanish: false,
    surname,
    title: pick(['Secretary', 'Deputy Secretary', 'Undersecretary', 'Ambassador']),
    office: `secretary of ${office}`,
  };
}

function strip(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}
