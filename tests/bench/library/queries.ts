import { NAMES, random } from './generate-corpus';

/** 200 mixed queries: common words, rare names, phrases, prefixes, accent-less spellings. */
export function mixedQueries(count = 200, seed = 7): string[] {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const common = ['migration', 'meeting', 'security', 'reunión', 'border', 'cooperation', 'secretary', 'delegación'];
  const phrases = ['"working group"', '"National Palace"', '"flujos migratorios"', '"Summit of the Americas"', '"tráfico de armas"'];
  const strip = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const makers = [
    () => pick(common),
    () => pick(NAMES).split(' ').at(-1)!,
    () => pick(phrases),
    () => `${pick(NAMES).split(' ')[0]!.slice(0, 4)}*`,
    () => strip(pick(NAMES)),
    () => `${pick(common)} ${strip(pick(NAMES).split(' ').at(-1)!)}`,
    () => `${pick(common)} -${pick(common)}`,
    () => `${pick(NAMES).split(' ').at(-1)} OR ${pick(NAMES).split(' ').at(-1)}`,
  ];
  return Array.from({ length: count }, (_, i) => makers[i % makers.length]!());
}
