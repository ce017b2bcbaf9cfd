// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import './helpers/dom-setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Meeting } from '../../shared/model/meeting';
import type { MeetingCandidate, SuggestionSubject } from '../../shared/model/meeting-suggestion';
import { formatPartialDate } from '../../renderer/components/format';
import { fakeNotebook, fakeUid, summary } from './helpers/fake-transport';
import { renderApp } from './helpers/render-app';
import { fakeMeetings, meeting } from './meetings-fake';

const uncited = summary({ title: 'Blinken lands in Mexico City', published: '2023-12-27' });
const sourceUid = fakeUid();
const advance = meeting({ title: 'US advance team at the SRE', start: '2023-12-26' });
const reported = meeting({
  title: 'High-level meeting on migration',
  start: '2023-12-27',
  sources: [{ documentUid: sourceUid, title: 'Migration report', published: '2023-12-27', trashed: false, evidence: [] }],
});

const subject = (item: Meeting): SuggestionSubject => ({ kind: 'meeting', uid: item.uid, title: item.title, date: item.start });
const blinken = { officialUid: fakeUid(), name: 'Antony Blinken' };

const prepares: MeetingCandidate = {
  kind: 'prepares',
  from: subject(advance),
  to: subject(reported),
  overlap: 0.5,
  shared: [blinken],
  evidence: [
    { documentUid: sourceUid, start: 0, end: 60, text: 'US officials met at the SRE to prepare the high level meeting.', supports: 'link' },
    { documentUid: sourceUid, start: 61, end: 110, text: 'The meeting will take place this December 27.', supports: 'date' },
  ],
};

const sameAs: MeetingCandidate = {
  kind: 'same-as',
  from: subject(reported),
  to: { kind: 'document', uid: uncited.uid, title: uncited.title, date: '2023-12-27' },
  overlap: 1,
  shared: [blinken],
  evidence: [{ documentUid: uncited.uid, start: 0, end: 40, text: 'Blinken arrived in Mexico City on Wednesday.', supports: 'date' }],
};

async function showReview(candidates: MeetingCandidate[]) {
  const notebook = fakeNotebook([uncited]);
  const fake = fakeMeetings([advance, reported], { [sourceUid]: { documents: [], candidates } }, notebook.transport);
  notebook.transport.handle('mentions.forDocument', () => ({ items: [] })).handle('officials.list', () => ({ items: [] }));
  const app = renderApp(notebook.transport);
  await waitFor(() => expect(app.stores.meetings.getState().loaded).toBe(true));
  act(() => app.stores.ui.getState().setView('meetings'));
  const tab = await screen.findByRole('tab', { name: `Review (${candidates.length})` });
  fireEvent.click(tab);
  return { ...fake, ...app, panel: () => screen.getByRole('tabpanel', { name: /^Review/ }) };
}

const rowOf = (panel: HTMLElement, words: RegExp) => within(panel).getAllByRole('listitem').find((item) => words.test(item.textContent ?? ''))!;

describe('the review of meeting suggestions', () => {
  it('lists every candidate of the notebook by kind, with both ends, the officials they share and the sentences behind it', async () => {
    const { panel } = await showReview([prepares, sameAs]);
    expect(within(panel()).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Prepares (1)', 'Same meeting (1)']);

    const row = rowOf(panel(), /prepares/);
    expect(row.textContent).toContain(`Meeting ${formatPartialDate('2023-12-26')}US advance team at the SREprepares`);
    expect(row.textContent).toContain(`Meeting ${formatPartialDate('2023-12-27')}High-level meeting on migration`);
    expect(row.textContent).toContain('Shared: Antony Blinken · 50% of their officials');
    expect([...row.querySelectorAll('blockquote')].map((quote) => quote.textContent)).toEqual([
      'Says soUS officials met at the SRE to prepare the high level meeting.',
      'DateThe meeting will take place this December 27.',
    ]);
    expect(within(row).getByRole('button', { name: 'Link' })).toBeTruthy();
    const same = rowOf(panel(), /same meeting as/);
    expect(within(same).getByText('Article')).toBeTruthy();
    expect(within(same).getByRole('button', { name: 'Add as a source' })).toBeTruthy();
  });

  it('accepting links the two meetings and shows the one that prepares the other', async () => {
    const app = await showReview([prepares, sameAs]);
    fireEvent.click(within(rowOf(app.panel(), /prepares/)).getByRole('button', { name: 'Link' }));
    await waitFor(() => expect(app.links()).toEqual([expect.objectContaining({ kind: 'prepares', fromUid: advance.uid, toUid: reported.uid })]));
    expect(await screen.findByText('Linked: “US advance team at the SRE” prepares “High-level meeting on migration”.')).toBeTruthy();
    await waitFor(() => expect(within(app.panel()).queryByRole('heading', { name: /^Prepares/ })).toBeNull());
    expect(app.stores.meetings.getState().selectedUid).toBe(advance.uid);
    expect(await within(screen.getByRole('region', { name: 'Meeting' })).findByRole('heading', { name: advance.title })).toBeTruthy();
  });

  it('keeps a dismissal in the notebook; Undo, or “Suggest again” later, offers it again', async () => {
    const app = await showReview([prepares, sameAs]);
    fireEvent.click(within(rowOf(app.panel(), /same meeting as/)).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(within(app.panel()).queryByRole('heading', { name: /^Same meeting/ })).toBeNull());
    expect(app.transport.callsTo('meetings.dismissSuggestion')).toEqual([
      { kind: 'same-as', from: { kind: 'meeting', uid: reported.uid }, to: { kind: 'document', uid: uncited.uid } },
    ]);
    expect(screen.getByRole('tab', { name: 'Review (1)' })).toBeTruthy();
    expect(within(app.panel()).getByText('Dismissed (1)')).toBeTruthy();

    await act(() => app.stores.ui.getState().undoLast());
    await waitFor(() => expect(within(app.panel()).getByRole('heading', { name: 'Same meeting (1)' })).toBeTruthy());
    expect(app.dismissals()).toEqual([]);

    fireEvent.click(within(rowOf(app.panel(), /same meeting as/)).getByRole('button', { name: 'Dismiss' }));
    fireEvent.click(await within(app.panel()).findByText('Dismissed (1)'));
    fireEvent.click(within(app.panel()).getByRole('button', { name: 'Suggest again' }));
    await waitFor(() => expect(within(app.panel()).getByRole('heading', { name: 'Same meeting (1)' })).toBeTruthy());
    expect(within(app.panel()).queryByText(/^Dismissed/)).toBeNull();
  });

  it('a meeting page leaves out what the review dismissed, and a dismissal there leaves the review too', async () => {
    const app = await showReview([prepares, sameAs]);
    fireEvent.click(within(rowOf(app.panel(), /prepares/)).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Review (1)' })).toBeTruthy());

    act(() => app.stores.meetings.getState().select(reported.uid));
    const page = screen.getByRole('region', { name: 'Meeting' });
    const related = await within(page).findByText('Related meetings');
    const list = related.nextElementSibling as HTMLElement;
    expect(within(list).getAllByRole('listitem').map((item) => item.querySelector('.meeting-suggestion-what')?.textContent)).toEqual([
      `Same meeting as ${uncited.title} (${formatPartialDate('2023-12-27')}) — a document no meeting cites yet · shared: Antony Blinken`,
    ]);
    fireEvent.click(within(list).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(within(page).queryByText('Related meetings')).toBeNull());
    expect(screen.getByRole('tab', { name: 'Review (0)' })).toBeTruthy();
    expect(within(app.panel()).getByText('Dismissed (2)')).toBeTruthy();
  });

  it('opens a meeting on its page and an article in the Reader', async () => {
    const app = await showReview([sameAs]);
    fireEvent.click(within(app.panel()).getByRole('button', { name: reported.title }));
    expect(await within(screen.getByRole('region', { name: 'Meeting' })).findByRole('heading', { name: reported.title })).toBeTruthy();

    fireEvent.click(within(app.panel()).getByRole('button', { name: uncited.title }));
    await waitFor(() => expect(app.stores.ui.getState().view).toBe('library'));
    expect(app.stores.documents.getState().lists.library.selected).toBe(uncited.uid);
  });

  it('says what makes suggestions appear when there are none, and is reached from the tabs by keyboard', async () => {
    const notebook = fakeNotebook([]);
    fakeMeetings([], {}, notebook.transport);
    const app = renderApp(notebook.transport);
    act(() => app.stores.ui.getState().setView('meetings'));
    const meetingsTab = await screen.findByRole('tab', { name: 'Meetings' });
    await screen.findByRole('tab', { name: 'Review (0)' });
    meetingsTab.focus();
    fireEvent.keyDown(meetingsTab, { key: 'ArrowRight' });
    const review = screen.getByRole('tab', { name: 'Review (0)' });
    expect(review.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(review);
    const panel = screen.getByRole('tabpanel', { name: 'Review (0)' });
    expect(within(panel).getByRole('heading', { name: 'Nothing to review' })).toBeTruthy();
    expect(panel.textContent).toContain('Confirm the officials named in articles');
    expect(panel.textContent).toContain('prepares or follows up');
  });
});
