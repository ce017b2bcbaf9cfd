// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import './helpers/dom-setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Meeting } from '../../shared/model/meeting';
import type { MeetingSuggestions } from '../../shared/model/meeting-suggestion';
import { formatPartialDate } from '../../renderer/components/format';
import { fakeNotebook, summary } from './helpers/fake-transport';
import { renderApp } from './helpers/render-app';
import { fakeMeetings, meeting } from './meetings-fake';

const report = summary({ title: 'Blinken in Mexico City', published: '2023-12-26' });

async function showMeetings(items: Meeting[], suggestions: Record<string, Omit<MeetingSuggestions, 'dismissed'>> = {}) {
  const notebook = fakeNotebook([report]);
  const fake = fakeMeetings(items, suggestions, notebook.transport);
  notebook.transport.handle('mentions.forDocument', () => ({ items: [] })).handle('officials.list', () => ({ items: [] }));
  const app = renderApp(notebook.transport);
  await waitFor(() => expect(app.stores.meetings.getState().loaded).toBe(true));
  act(() => app.stores.ui.getState().setView('meetings'));
  return { ...fake, ...app };
}

const page = () => screen.getByRole('region', { name: 'Meeting' });

describe('the Meetings view', () => {
  it('lists meetings by date at their precision, counts them in the sidebar, and narrows them by place', async () => {
    const app = await showMeetings([
      meeting({ title: 'Security dialogue', start: '2021-10-08', place: { city: 'Mexico City', venue: null } }),
      meeting({ title: 'Migration talks', start: '2022-05', place: { city: 'Washington', venue: null } }),
    ]);
    const list = await screen.findByRole('listbox', { name: 'Meetings' });
    const rows = within(list).getAllByRole('option');
    expect(rows.map((row) => row.textContent)).toEqual([expect.stringContaining(formatPartialDate('2021-10-08')), expect.stringContaining(formatPartialDate('2022-05'))]);
    const sidebarItem = within(screen.getByRole('navigation', { name: 'Views' })).getByRole('button', { name: 'Meetings' });
    expect(document.getElementById(sidebarItem.getAttribute('aria-describedby')!)?.textContent).toBe('2 meetings');

    const place = screen.getByRole('searchbox', { name: 'Place' });
    fireEvent.change(place, { target: { value: 'washing' } });
    fireEvent.keyDown(place, { key: 'Enter' });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(1));
    expect(within(list).getByRole('option').textContent).toContain('Migration talks');
    expect(app.transport.calls.some((call) => call.channel === 'meetings.list' && (call.payload as { filter?: { place?: string } }).filter?.place === 'washing')).toBe(true);
  });

  it('shows a meeting page with participants, sources and links read from this end', async () => {
    const prep = meeting({ title: 'Advance visit', start: '2023-12-20' });
    const main = meeting({
      title: 'Migration meeting',
      start: '2023-12-27',
      participants: [{ officialUid: 'o1', name: 'Antony Blinken', side: 'us', role: 'head-of-delegation', evidence: [] }],
      sources: [{ documentUid: report.uid, title: report.title, published: report.published, trashed: false, evidence: [{ annotationUid: 'a1', supports: 'date', officialUid: null, quote: 'this December 27' }] }],
    });
    const app = await showMeetings([prep, main]);
    await act(async () => {
      await app.stores.meetings.getState().link({ kind: 'prepares', fromUid: prep.uid, toUid: main.uid }, 'linked');
    });
    act(() => app.stores.meetings.getState().select(main.uid));
    const heading = await within(page()).findByRole('heading', { name: 'Migration meeting' });
    expect(heading).toBeTruthy();
    expect(within(page()).getByText(formatPartialDate('2023-12-27'))).toBeTruthy();
    expect((within(page()).getByRole('combobox', { name: 'Role of Antony Blinken' }) as HTMLSelectElement).value).toBe('head-of-delegation');
    expect((within(page()).getByRole('combobox', { name: 'Side of Antony Blinken' }) as HTMLSelectElement).value).toBe('us');
    const source = within(page()).getByRole('button', { name: 'Blinken in Mexico City' });
    expect(within(page()).getByRole('button', { name: '“this December 27”' })).toBeTruthy();
    await waitFor(() => expect(within(page()).getByText('Prepared by')).toBeTruthy());
    expect(within(page()).queryByRole('button', { name: /Compare/ })).toBeNull();

    fireEvent.click(source);
    await waitFor(() => expect(app.stores.ui.getState().view).toBe('library'));
    expect(app.stores.documents.getState().lists.library.selected).toBe(report.uid);
  });

  it('asks before deleting, naming the links that go, and Undo brings the meeting back', async () => {
    const a = meeting({ title: 'Summit', start: '2022-01-01' });
    const b = meeting({ title: 'Side meeting', start: '2022-01-02' });
    const app = await showMeetings([a, b]);
    await act(async () => {
      await app.stores.meetings.getState().link({ kind: 'part-of', fromUid: b.uid, toUid: a.uid }, 'linked');
    });
    act(() => app.stores.meetings.getState().select(a.uid));
    fireEvent.click(await within(page()).findByRole('button', { name: 'Delete…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Summit”?' });
    expect(dialog.textContent).toContain('Its link to other meetings goes with it.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(app.meetings().map((item) => item.title)).toEqual(['Side meeting']));
    const toast = await screen.findByText('Deleted “Summit” and 1 link.');
    expect(toast).toBeTruthy();
    await act(() => app.stores.ui.getState().undoLast());
    expect(app.meetings().map((item) => item.title).sort()).toEqual(['Side meeting', 'Summit']);
  });

  it('explains a bad date beside its field and records nothing until it is fixed', async () => {
    const app = await showMeetings([]);
    fireEvent.click(screen.getAllByRole('button', { name: 'New meeting' })[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'New meeting' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Title' }), { target: { value: 'Talks' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Start date' }), { target: { value: '2023-02-30' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record meeting' }));
    expect(await within(dialog).findByText('That day does not exist.')).toBeTruthy();
    expect(app.transport.calls.some((call) => call.channel === 'meetings.create')).toBe(false);

    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Start date' }), { target: { value: '--12-27' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record meeting' }));
    await waitFor(() => expect(app.meetings().map((item) => [item.title, item.start])).toEqual([['Talks', '--12-27']]));
    expect(await within(page()).findByText(formatPartialDate('--12-27'))).toBeTruthy();
  });

  it('sets the date a source suggests only when accepted, and a dismissed suggestion goes', async () => {
    const sentence = { start: 0, end: 40, text: 'They will meet this December 27 in Mexico City.' };
    const found = { start: 15, end: 31, text: 'this December 27', sentence, score: 1, occurrences: 1 };
    const suggestions: Omit<MeetingSuggestions, 'dismissed'> = {
      documents: [
        {
          documentUid: report.uid,
          title: report.title,
          published: report.published,
          dates: [{ ...found, value: '2023-12-27', precision: 'day' }],
          places: [{ ...found, text: 'Mexico City', name: 'Mexico City', city: 'Mexico City', kind: 'city' }],
          participants: [],
        },
      ],
      candidates: [],
    };
    const recorded = meeting({ title: 'Blinken in Mexico City', sources: [{ documentUid: report.uid, title: report.title, published: report.published, trashed: false, evidence: [] }] });
    const app = await showMeetings([recorded], { [report.uid]: suggestions });
    act(() => app.stores.meetings.getState().select(recorded.uid));
    expect(await within(page()).findAllByText(sentence.text, { selector: 'blockquote' })).toHaveLength(2);
    expect(app.meetings()[0]!.start).toBeNull();

    fireEvent.click(within(page()).getByRole('button', { name: 'Set as date' }));
    await waitFor(() => expect(app.meetings()[0]!.start).toBe('2023-12-27'));
    await waitFor(() => expect(within(page()).queryByRole('button', { name: 'Set as date' })).toBeNull());
    fireEvent.click(within(page()).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(within(page()).queryByRole('button', { name: 'Set as place' })).toBeNull());
    expect(app.meetings()[0]!.place.city).toBeNull();
  });

  it('shows the core refusing a link of a meeting to itself', async () => {
    const only = meeting({ title: 'Lonely' });
    const app = await showMeetings([only]);
    await act(async () => {
      expect(await app.stores.meetings.getState().link({ kind: 'related', fromUid: only.uid, toUid: only.uid }, 'linked')).toBe(false);
    });
    expect(await screen.findByText('A meeting cannot be linked to itself.')).toBeTruthy();
  });
});
