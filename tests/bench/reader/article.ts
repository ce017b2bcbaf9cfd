import { NAMES, random } from '../library/generate-corpus';

const PLACES = ['Ciudad de México', 'Washington', 'Tijuana', 'Ciudad Juárez', 'Palacio Nacional', 'Monterrey', 'Los Ángeles', 'Mérida'];
const TOPICS = ['migration', 'border security', 'arms trafficking', 'fentanyl seizures', 'asylum processing', 'trade rules', 'water treaties', 'labour visas'];
const TEMAS = ['migración', 'seguridad fronteriza', 'tráfico de armas', 'la cooperación económica', 'los flujos migratorios', 'el asilo', 'las remesas', 'la inversión pública'];
const ENGLISH = [
  '{name} told reporters in {place} that talks on {topic} had made steady progress since the spring.',
  'Officials from both governments agreed to meet again in {place} before the end of the year to review {topic}.',
  'According to a statement released after the meeting, the delegations discussed {topic} and {topic} at length.',
  'The working group, chaired by {name}, will publish its first report on {topic} within ninety days.',
  'Critics argued that the agreement on {topic} did little to address the concerns raised by local authorities in {place}.',
  '{name} said the two countries shared responsibility for {topic}, a phrase repeated several times during the briefing.',
  'Neither side offered figures, but aides described the conversation about {topic} as frank, detailed and constructive.',
  'The visit to {place} was the third high-level meeting this year, and the first since the disagreement over {topic}.',
];
const SPANISH = [
  'La canciller {name} se reunió con la delegación estadounidense en {place} para revisar {tema}.',
  'Según la Secretaría de Relaciones Exteriores, el encuentro abordó {tema} y {tema} durante más de dos horas.',
  'El secretario {name} subrayó la importancia de {tema} y pidió resultados concretos antes de diciembre.',
  'Ambos gobiernos acordaron reunirse de nuevo en {place} a finales del próximo mes para hablar de {tema}.',
  'La reunión terminó sin una declaración conjunta, aunque fuentes oficiales señalaron avances en {tema}.',
  'En {place}, organizaciones civiles criticaron que no se mencionara {tema} en el comunicado final.',
];

export interface Article {
  title: string;
  /** The file's contents: title line, blank line, paragraphs separated by blank lines. */
  content: string;
  words: number;
}

/** A deterministic article of about `targetWords` words: English and Spanish paragraphs of 60–150 words. */
export function generateArticle(targetWords = 10_000, seed = 2024): Article {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/g, (_, key: string) =>
      key === 'name' ? pick(NAMES) : key === 'place' ? pick(PLACES) : key === 'topic' ? pick(TOPICS) : pick(TEMAS),
    );
  const paragraphs: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const spanish = rand() < 0.4;
    const wanted = 60 + Math.floor(rand() * 91);
    const sentences: string[] = [];
    let count = 0;
    while (count < wanted - 10) {
      const sentence = fill(pick(spanish ? SPANISH : ENGLISH));
      const length = sentence.split(' ').length;
      if (count > 0 && count + length > 150) break;
      sentences.push(sentence);
      count += length;
    }
    paragraphs.push(sentences.join(' '));
    words += count;
  }
  const title = 'Migration, security and trade: a year of bilateral meetings (reader benchmark)';
  return { title, content: `${title}\n\n${paragraphs.join('\n\n')}\n`, words };
}

export interface Span {
  start: number;
  end: number;
}

interface Word {
  start: number;
  end: number;
  paragraph: number;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let paragraph = 0;
  let last = 0;
  for (const match of text.matchAll(/\S+/g)) {
    paragraph += text.slice(last, match.index).split('\n\n').length - 1;
    words.push({ start: match.index, end: match.index + match[0].length, paragraph });
    last = match.index + match[0].length;
  }
  return words;
}

export interface SpanPlan {
  /** The annotations to create up front, in text order: 2–12 words, some nested or overlapping. */
  spans: Span[];
  /** Spans no annotation touches, spread over the text, for creating highlights in the browser. */
  fresh: Span[];
}

/**
 * Plans `count` annotation spans over `text` (its stored form): a run of non-overlapping spans of
 * 2–8 words with gaps of 1–5, every so often one held back as a fresh span, then nested and
 * overlapping spans of up to 12 words added over the rest. Spans never cross a paragraph.
 */
export function planSpans(text: string, count = 2_000, freshCount = 20, seed = 99): SpanPlan {
  const rand = random(seed);
  const int = (low: number, high: number) => low + Math.floor(rand() * (high - low + 1));
  const words = wordsOf(text);
  const slots: Array<[number, number]> = [];
  for (let i = int(0, 3); i < words.length; ) {
    const last = i + int(2, 8) - 1;
    if (last < words.length && words[last]!.paragraph === words[i]!.paragraph) slots.push([i, last]);
    i = last + 1 + int(1, 5);
  }
  const every = Math.floor(slots.length / freshCount);
  if (every < 2) throw new Error(`the text is too short for ${count} spans (${words.length} words)`);
  const freshSlots = slots.filter((_, index) => index % every === every >> 1).slice(0, freshCount);
  const bases = slots.filter((slot) => !freshSlots.includes(slot)).slice(0, count);
  const chosen = new Map<string, [number, number]>(bases.map((slot) => [slot.join(':'), slot]));
  const touchesFresh = (first: number, last: number) => freshSlots.some(([a, b]) => first <= b && a <= last);
  for (let attempts = 0; chosen.size < count; attempts++) {
    if (attempts > count * 50) throw new Error(`could not plan ${count} spans over ${words.length} words`);
    const [first, last] = bases[int(0, bases.length - 1)]!;
    const size = last - first + 1;
    const kind = int(0, 2);
    let span: [number, number];
    if (kind === 0) {
      if (size < 3) continue;
      const from = first + int(0, size - 2); // nested inside
      span = [from, Math.min(last, from + int(1, size - 1))];
    } else if (kind === 1) span = [first - int(1, 2), last + int(1, 2)]; // enclosing
    else {
      const from = first + int(1, size - 1); // overlapping its end
      span = [from, from + int(2, 12) - 1];
    }
    const [a, b] = span;
    if (a < 0 || b >= words.length || b - a + 1 < 2 || b - a + 1 > 12) continue;
    if (words[a]!.paragraph !== words[b]!.paragraph || touchesFresh(a, b)) continue;
    chosen.set(`${a}:${b}`, [a, b]);
  }
  const toSpan = ([a, b]: [number, number]): Span => ({ start: words[a]!.start, end: words[b]!.end });
  const spans = [...chosen.values()].map(toSpan).sort((x, y) => x.start - y.start || y.end - x.end);
  return { spans, fresh: freshSlots.map(toSpan) };
}
