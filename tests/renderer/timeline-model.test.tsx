import { describe, expect, it } from 'vitest';
import type { Label } from '../../shared/model/annotation';
import type { MeetingLink, MeetingListItem } from '../../shared/model/meeting';
import { linksInWindow, marksInWindow } from '../../renderer/features/timeline/culling';
import { AXIS_HEIGHT, hitTest, markRect, MIN_MARK_WIDTH, type Viewport } from '../../renderer/features/timeline/geometry';
import { periodOf, placeMeeting } from '../../renderer/features/timeline/placement';
import { buildTimelineModel } from '../../renderer/features/timeline/timeline-model';

const utc = (year: number, month = 1, day = 1) => Date.UTC(year, month - 1, day);
let next = 0;
function meeting(start: string | null, extra: Partial<MeetingListItem> = {}): MeetingListItem {
  next += 1;
  return {
    uid: `M${String(next).padStart(25, '0')}`,
    title: `Meeting ${next}`,
    start,
    end: null,
    place: { city: null, venue: null },
    format: null,
    topics: [],
    participants: [],
    sources: [],
    links: [],
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    ...extra,
  };
}
const label = (uid: string, name: string, color: Label['color'], position: number): Label => ({ uid, name, color, parentUid: null, description: '', position, count: 0 });
function link(kind: MeetingLink['kind'], direction: MeetingLink['direction'], other: MeetingListItem, uid = 'L1'): MeetingLink {
  return { uid, kind, direction, label: kind, otherMeetingUid: other.uid, otherTitle: other.title, otherStart: other.start, evidenceAnnotationUid: null };
}

describe('placing partial dates', () => {
  it('covers the whole period a date may fall in', () => {
    expect(periodOf('2021-08-11')).toEqual({ start: utc(2021, 8, 11), end: utc(2021, 8, 12), precision: 'day' });
    expect(periodOf('2021-08')).toEqual({ start: utc(2021, 8, 1), end: utc(2021, 9, 1), precision: 'month' });
    expect(periodOf('2021')).toEqual({ start: utc(2021), end: utc(2022), precision: 'year' });
    expect(periodOf('2021-12')).toEqual({ start: utc(2021, 12, 1), end: utc(2022), precision: 'month' });
  });

  it('spans several days to the end of the last, at the coarser precision of the two dates', () => {
    expect(placeMeeting('2022-05-03', '2022-05-05')).toEqual({ start: utc(2022, 5, 3), end: utc(2022, 5, 6), precision: 'day' });
    expect(placeMeeting('2022-05-30', '2022-06')).toEqual({ start: utc(2022, 5, 30), end: utc(2022, 7, 1), precision: 'month' });
  });

  it('leaves out what has no year, and says why', () => {
    expect(placeMeeting('--10-03', null)).toBe('unknown-year');
    expect(placeMeeting(null, null)).toBe('undated');
    expect(placeMeeting('2022-05-03', '--05-04')).toEqual({ start: utc(2022, 5, 3), end: utc(2022, 5, 4), precision: 'day' });
  });
});

describe('the timeline model', () => {
  const security = label('Lsec000000000000000000000000', 'Seguridad', 'blue', 1);
  const trade = label('Ltra000000000000000000000000', 'Comercio', 'green', 0);

  it('puts meetings in lanes by city, alphabetically with accents folded, the placeless last', () => {
    const items = [
      meeting('2022-05-03', { place: { city: 'Washington', venue: null } }),
      meeting('2022-05-04', { place: { city: 'Ciudad de México', venue: 'Palacio Nacional' } }),
      meeting('2022-05-05', { place: { city: 'ciudad de méxico', venue: null } }),
      meeting('2022-05-06'),
    ];
    const model = buildTimelineModel(items, 'place', []);
    expect(model.lanes.map((lane) => lane.title)).toEqual(['Ciudad de México', 'Washington', 'No place recorded']);
    expect(model.marks.map((mark) => mark.lane)).toEqual([1, 0, 0, 2]);
  });

  it('puts meetings in lanes by their first topic, in codebook order, with the label colours', () => {
    const items = [meeting('2022-01-01', { topics: [security.uid, trade.uid] }), meeting('2022-01-02', { topics: [trade.uid] }), meeting('2022-01-03')];
    const model = buildTimelineModel(items, 'topic', [trade, security]);
    expect(model.lanes.map((lane) => [lane.title, lane.color])).toEqual([
      ['Comercio', 'green'],
      ['Seguridad', 'blue'],
      ['No topic', null],
    ]);
    expect(model.marks.map((mark) => model.lanes[mark.lane]!.title)).toEqual(['Seguridad', 'Comercio', 'No topic']);
  });

  it('sorts marks by start, lists meetings without a year apart, and draws each link once in its direction', () => {
    const early = meeting('2021-12-20');
    const late = meeting('2021-12-27');
    early.links = [link('prepares', 'outgoing', late)];
    late.links = [link('prepares', 'incoming', early)];
    const yearless = meeting('--10-03', { links: [link('related', 'mutual', early, 'L2')] });
    const model = buildTimelineModel([late, yearless, meeting(null), early], 'place', []);
    expect(model.marks.map((mark) => mark.meeting.uid)).toEqual([early.uid, late.uid]);
    expect(model.unknownYear).toEqual([yearless]);
    expect(model.undated).toHaveLength(1);
    expect(model.links).toHaveLength(1);
    expect(model.links[0]).toMatchObject({ kind: 'prepares', from: { meeting: early }, to: { meeting: late } });
  });
});

describe('culling to the window', () => {
  const items = Array.from({ length: 400 }, (_, index) => meeting(new Date(utc(2000) + index * 7 * 86_400_000).toISOString().slice(0, 10)));
  items.push(meeting('2001'));
  const model = buildTimelineModel(items, 'place', []);

  it('keeps exactly the marks that overlap the window, long ones starting before it included', () => {
    const window = { start: utc(2003, 3, 1), end: utc(2003, 6, 1) };
    const visible = marksInWindow(model, window);
    const expected = model.marks.filter((mark) => mark.end > window.start && mark.start < window.end);
    expect(visible).toEqual(expected);
    expect(visible.length).toBeLessThan(20);
    const inYear = marksInWindow(model, { start: utc(2001, 6, 1), end: utc(2001, 6, 2) });
    expect(inYear.some((mark) => mark.precision === 'year')).toBe(true);
  });

  it('keeps links with an end in the window or an arc across it', () => {
    const a = meeting('2020-01-01');
    const b = meeting('2020-12-01');
    a.links = [link('follows-up', 'incoming', b)];
    const linked = buildTimelineModel([a, b], 'place', []);
    expect(linksInWindow(linked.links, { start: utc(2020, 6, 1), end: utc(2020, 7, 1) })).toHaveLength(1);
    expect(linksInWindow(linked.links, { start: utc(2021, 6, 1), end: utc(2021, 7, 1) })).toHaveLength(0);
  });
});

describe('hit testing', () => {
  const day = meeting('2022-05-15', { place: { city: 'Washington', venue: null } });
  const month = meeting('2022-05', { place: { city: 'Washington', venue: null } });
  const model = buildTimelineModel([month, day], 'place', []);
  const viewport: Viewport = { window: { start: utc(2022, 4, 1), end: utc(2022, 7, 1) }, width: 910, height: 400, scrollY: 0, laneCount: 1 };

  it('finds a day mark over the band it sits in, with a few pixels of slop', () => {
    const dayMark = model.marks.find((mark) => mark.meeting === day)!;
    const rect = markRect(dayMark, viewport);
    expect(rect.w).toBeGreaterThanOrEqual(MIN_MARK_WIDTH);
    expect(hitTest(model.marks, viewport, rect.x + rect.w + 2, rect.y + 2)?.meeting).toBe(day);
    expect(hitTest(model.marks, viewport, rect.x + 40, rect.y + 2)?.meeting).toBe(month);
    expect(hitTest(model.marks, viewport, 5, rect.y + 2)).toBeNull();
    expect(hitTest(model.marks, viewport, rect.x, AXIS_HEIGHT - 2)).toBeNull();
  });

  it('follows the lanes when they scroll, and nothing under the axis is hit', () => {
    const dayMark = model.marks.find((mark) => mark.meeting === day)!;
    const scrolled = { ...viewport, scrollY: 30 };
    const rect = markRect(dayMark, scrolled);
    expect(rect.y).toBe(markRect(dayMark, viewport).y - 30);
    expect(hitTest(model.marks, scrolled, rect.x + 1, rect.y + 1)).toBeNull();
    expect(hitTest(model.marks, scrolled, rect.x + 1, rect.y + rect.h - 1)?.meeting).toBe(day);
  });
});
