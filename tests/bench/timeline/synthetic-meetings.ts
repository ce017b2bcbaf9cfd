import { MEETING_LINK_KINDS, type MeetingLinkKind } from '../../../shared/model/meeting-kinds';
import { random as seeded } from '../library/generate-corpus';

export const CITIES = ['Ciudad de México', 'Washington', 'Monterrey', 'Tijuana', 'El Paso', 'Guadalajara', 'Houston', 'San Diego', 'Mérida', 'Nueva York', 'Ciudad Juárez', 'Los Ángeles'];
export const TOPICS = ['Migración', 'Seguridad', 'Comercio', 'Fentanilo', 'Armas', 'Frontera', 'Energía', 'Agua'];
export const OFFICIALS = 60;

export interface PlannedMeeting {
  title: string;
  start: string;
  end: string | null;
  city: string;
  topics: number[];
  participants: number[];
}

export interface PlannedLink {
  kind: MeetingLinkKind;
  from: number;
  to: number;
}

const pad = (value: number) => String(value).padStart(2, '0');
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const DAY = 86_400_000;
const FIRST = Date.UTC(2000, 0, 1);
const LAST = Date.UTC(2024, 11, 31);

/**
 * `count` meetings over 2000–2024: most on a known day (a tenth over several days), some known to the
 * month or year only, a few without a year; each in a city, with topics and participants; and links,
 * each from a meeting to a later one within a few months.
 */
export function planMeetings(count: number, seed = 6): { meetings: PlannedMeeting[]; links: PlannedLink[] } {
  const random = seeded(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const days = Array.from({ length: count }, () => FIRST + pick((LAST - FIRST) / DAY) * DAY).sort((a, b) => a - b);
  const meetings = days.map((day, index): PlannedMeeting => {
    const date = new Date(day);
    const roll = random();
    let start = isoDay(day);
    let end: string | null = null;
    if (roll < 0.05) start = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
    else if (roll < 0.07) start = String(date.getUTCFullYear());
    else if (roll < 0.08) start = `--${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    else if (roll < 0.18) end = isoDay(day + (1 + pick(4)) * DAY);
    const participants = [...new Set(Array.from({ length: 1 + pick(4) }, () => pick(OFFICIALS)))];
    const topics = [...new Set(Array.from({ length: pick(3) }, () => pick(TOPICS.length)))];
    return { title: `Reunión sintética ${index + 1}`, start, end, city: CITIES[pick(CITIES.length)]!, topics, participants };
  });
  const links: PlannedLink[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < count; index += 1 + pick(12)) {
    const to = index + 1 + pick(30);
    if (to >= count || seen.has(`${index}>${to}`)) continue;
    seen.add(`${index}>${to}`);
    links.push({ kind: MEETING_LINK_KINDS[pick(MEETING_LINK_KINDS.length)]!, from: index, to });
  }
  return { meetings, links };
}
