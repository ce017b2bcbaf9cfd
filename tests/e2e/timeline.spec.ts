import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test, type DossierHost } from './fixtures';

/** Calls the core through the browser host, as the renderer does. */
async function call<T>(request: APIRequestContext, host: DossierHost, channel: string, data: unknown): Promise<T> {
  const response = await request.post(`${host.origin}/api/${channel}`, { data, headers: { 'x-dossier-token': host.token } });
  const envelope = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error?.message}`);
  return envelope.value;
}

/** The advance visit of 20 December 2023 prepares the meeting of 27 December; a third has no year. */
async function recordMeetings(request: APIRequestContext, host: DossierHost) {
  const blinken = await call<{ uid: string }>(request, host, 'officials.create', { name: 'Antony Blinken', country: 'us' });
  const visit = await call<{ uid: string }>(request, host, 'meetings.create', { title: 'Advance team visit', start: '2023-12-20', place: { city: 'Washington', venue: null } });
  const meeting = await call<{ uid: string }>(request, host, 'meetings.create', {
    title: 'Security dialogue at Palacio Nacional',
    start: '2023-12-27',
    place: { city: 'Ciudad de México', venue: 'Palacio Nacional' },
  });
  await call(request, host, 'meetings.create', { title: 'Working group, year not reported', start: '--10-03' });
  await call(request, host, 'meetings.setParticipant', { meetingUid: meeting.uid, officialUid: blinken.uid, role: 'head-of-delegation' });
  await call(request, host, 'meetings.link', { kind: 'prepares', fromUid: visit.uid, toUid: meeting.uid });
  return { visit: visit.uid, meeting: meeting.uid };
}

async function openTimeline(app: Page) {
  await app.reload();
  await app.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Timeline' }).click();
}

const inView = (app: Page) => app.getByRole('list', { name: 'Meetings in view' }).getByRole('listitem');
const canvas = (app: Page) => app.locator('canvas.timeline-canvas');

test('meetings linked in the core show on the timeline with the link drawn, and the yearless one apart', async ({ app, host, request }) => {
  const uids = await recordMeetings(request, host);
  await openTimeline(app);

  await expect(inView(app)).toHaveCount(2);
  await expect(inView(app).first()).toContainText('Advance team visit; 20 Dec 2023; Washington; Prepares Security dialogue at Palacio Nacional');
  await expect(inView(app).nth(1)).toContainText('with Antony Blinken; Prepared by Advance team visit');
  await expect(canvas(app)).toHaveAttribute('data-drawn-links', `prepares:${uids.visit}>${uids.meeting}`);
  await expect(canvas(app)).toHaveAttribute('data-drawn-marks', '2');
  await expect(app.getByText('1 meeting cannot be placed on the axis: their dates have no year.')).toBeVisible();
  await expect(app.getByRole('button', { name: /Working group, year not reported/ })).toBeVisible();

  // By topic, neither has one: both share the lane of the rest, and the link stays drawn.
  await app.getByRole('radio', { name: 'Topic' }).check();
  await expect(canvas(app)).toHaveAttribute('data-drawn-links', `prepares:${uids.visit}>${uids.meeting}`);

  const { violations } = await new AxeBuilder({ page: app }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('zooming narrows the range shown; hovering a meeting names its participants; clicking opens it', async ({ app, host, request }) => {
  const uids = await recordMeetings(request, host);
  await openTimeline(app);
  const range = app.locator('.timeline-range');
  await expect(inView(app)).toHaveCount(2);
  const before = await range.textContent();

  await app.getByRole('button', { name: 'Zoom in' }).click();
  await expect(range).not.toHaveText(before!);
  await app.getByRole('button', { name: 'Fit all' }).click();
  await expect(range).toHaveText(before!);

  const surface = app.getByRole('application', { name: 'Timeline of meetings' });
  await surface.focus();
  for (let i = 0; i < 6; i++) await app.keyboard.press('-');
  await expect(range).not.toHaveText(before!);
  await app.keyboard.press('Home');
  await expect(range).toHaveText(before!);

  const item = app.locator(`li[data-uid="${uids.meeting}"]`);
  const x = Number(await item.getAttribute('data-x'));
  const y = Number(await item.getAttribute('data-y'));
  const box = (await surface.boundingBox())!;
  await app.mouse.move(box.x + x, box.y + y);
  await expect(app.getByRole('tooltip')).toContainText('Antony Blinken');
  await expect(app.getByRole('tooltip')).toContainText('27 Dec 2023');

  await app.mouse.click(box.x + x, box.y + y);
  await expect(app.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Meetings/ })).toHaveAttribute('aria-current', 'page');
  await expect(app.getByRole('region', { name: 'Meeting', exact: true })).toContainText('Security dialogue at Palacio Nacional');
});

test('the keyboard steps through meetings, announces each and opens one with Enter', async ({ app, host, request }) => {
  await recordMeetings(request, host);
  await openTimeline(app);
  await app.getByRole('application', { name: 'Timeline of meetings' }).focus();
  await app.keyboard.press('ArrowDown');
  const live = app.locator('.timeline-stage [aria-live="polite"]');
  await expect(live).toContainText('Advance team visit; 20 Dec 2023');
  await app.keyboard.press('ArrowDown');
  await expect(live).toContainText('Security dialogue at Palacio Nacional; 27 Dec 2023');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('region', { name: 'Meeting', exact: true })).toContainText('Security dialogue at Palacio Nacional');
});
