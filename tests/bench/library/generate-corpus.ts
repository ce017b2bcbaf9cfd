import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A seeded PRNG (mulberry32): the same seed writes the same corpus on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const NAMES = [
  'Alicia Bárcena', 'Marcelo Ebrard', 'Alejandro Mayorkas', 'Antony Blinken', 'Rosa Icela Rodríguez', 'Andrés Manuel López Obrador',
  'Liz Sherwood-Randall', 'Roberto Velasco Álvarez', 'Ricardo Zúñiga', 'Esteban Moctezuma', 'Ken Salazar', 'Luisa María Alcalde',
  'Lázaro Cárdenas Batel', 'Francisco Garduño', 'Uzra Zeya', 'Jake Sullivan', 'Katie Tobin', 'Julio Scherer', 'María de Haas',
];
const PLACES = ['Ciudad de México', 'Washington', 'Tijuana', 'Ciudad Juárez', 'Palacio Nacional', 'San Jerónimo', 'Monterrey', 'Los Ángeles'];
const OUTLETS = ['El Sol de México', 'La Jornada', 'Reforma', 'El Universal', 'Milenio', 'Prensa Latina', 'Mexico News Daily', 'Border Report'];
const SPANISH = [
  'La canciller {name} se reunió con la delegación estadounidense en {place} para revisar la cooperación en migración.',
  'Según la Secretaría de Relaciones Exteriores, el encuentro abordó el tráfico de armas y la seguridad fronteriza.',
  'El secretario {name} subrayó la importancia de los flujos migratorios ordenados, seguros y regulares.',
  'Ambos gobiernos acordaron reunirse de nuevo en {place} a finales del próximo mes.',
  'La reunión de alto nivel duró más de dos horas y terminó sin una declaración conjunta.',
];

/** English sentences taken from the shared sample articles at run time (never stored in the project). */
function englishSentences(corpusDir: string): string[] {
  const text = readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(corpusDir, name), 'utf8'))
    .join('\n');
  return text.split(/(?<=[.!?])\s+/).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 40 && s.length < 400);
}

export interface GeneratedCorpus {
  dir: string;
  files: number;
  bytes: number;
}

/** Writes `count` articles of about 5 KB (a third in Spanish) with datelines, names and outlets. */
export function generateCorpus(corpusDir: string, target: string, count: number, seed = 42): GeneratedCorpus {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const english = englishSentences(corpusDir);
  mkdirSync(target, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const spanish = i % 3 === 0;
    const name = pick(NAMES);
    const place = pick(PLACES);
    const year = 2018 + Math.floor(rand() * 7);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const title = spanish
      ? `${name} y funcionarios de EE.UU. se reúnen en ${place} (${i}) – ${pick(OUTLETS)}`
      : `${name} meets counterparts in ${place} on migration and security (${i}) – ${pick(OUTLETS)}`;
    const dateline = spanish
      ? `${place.toUpperCase()}, ${day} de ${['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][month - 1]} de ${year}.`
      : `${place.toUpperCase()}, (${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1]} ${day}, ${year}).-`;
    const paragraphs = [title, dateline];
    let size = title.length + dateline.length;
    while (size < 5_000) {
      const sentences = Array.from({ length: 3 + Math.floor(rand() * 3) }, () =>
        (spanish ? pick(SPANISH) : pick(english)).replace('{name}', pick(NAMES)).replace('{place}', pick(PLACES)),
      );
      const paragraph = sentences.join(' ');
      paragraphs.push(paragraph);
      size += paragraph.length + 2;
    }
    const content = `${paragraphs.join('\n\n')}\n`;
    bytes += Buffer.byteLength(content);
    writeFileSync(join(target, `article-${String(i).padStart(6, '0')}.txt`), content);
  }
  return { dir: target, files: count, bytes };
}
