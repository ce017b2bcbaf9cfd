// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import './helpers/dom-setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { formatPartialDate } from '../../renderer/components/format';
import { fakeUid, summary } from './helpers/fake-transport';
import { sampleRegistry, type ProfileDocument } from './officials-fake';
import { showOfficials } from './officials-setup';

// jsdom has no layout, so no scrolling; the Reader's request to scroll is recorded instead.
const originalScroll = Element.prototype.scrollIntoView;
afterEach(() => {
  Element.prototype.scrollIntoView = originalScroll;
});

/** Ebrard named in two documents (newest first, as the core orders them), and who is named with him. */
function ebrardProfile() {
  const registry = sampleRegistry();
  const talks = summary({ title: 'Talks in Washington', published: '2021-05-03' });
  const summit = summary({ title: 'Summit in Mexico City', published: '2019-06' });
  const documents: ProfileDocument[] = [
    {
      documentUid: talks.uid,
      title: talks.title,
      published: talks.published,
      // The fake notebook's text is "First paragraph.\n\nSecond paragraph."; 18–24 is "Second".
      mentions: [{ uid: fakeUid(), start: 18, end: 24, text: 'Second', role: 'host', before: 'Minister ', after: ' arrived' }],
    },
    {
      documentUid: summit.uid,
      title: summit.title,
      published: summit.published,
      mentions: [
        { uid: fakeUid(), start: 0, end: 5, text: 'Ebrard', role: null, before: 'Foreign minister ', after: ' said' },
        { uid: fakeUid(), start: 9, end: 14, text: 'Ebrard Casaubón', role: 'quoted', before: '', after: ' told reporters' },
      ],
    },
  ];
  const namedWith = [{ uid: registry.blinken.uid, name: registry.blinken.name, documents: 2 }];
  const meetings = [{ uid: fakeUid(), title: 'High-level security dialogue', start: '2021-10-08', role: 'head-of-delegation' as const, side: 'mx' as const }];
  return {
    ...registry,
    talks,
    summit,
    meetings,
    extras: { documents: { [registry.ebrard.uid]: documents }, namedWith: { [registry.ebrard.uid]: namedWith }, meetings: { [registry.ebrard.uid]: meetings } },
  };
}

describe('an official’s profile', () => {
  it('shows who they are, their offices (current first), aliases, notes, who they are named with and every mention by document', async () => {
    const { ebrard, talks, summit, people, extras } = ebrardProfile();
    const { stores } = await showOfficials(people, extras, [talks, summit]);
    act(() => stores.officials.getState().focus(ebrard.uid));
    const profile = await screen.findByRole('article', { name: 'Marcelo Ebrard' });

    expect(within(profile).getByText(/Mexico · 12 mentions in 5 documents/)).toBeTruthy();
    expect(within(profile).getByText('Wikidata Q123')).toBeTruthy();
    const offices = within(within(profile).getByRole('region', { name: 'Offices' })).getAllByRole('listitem');
    expect(offices.map((office) => office.textContent)).toEqual([
      `Secretary of Foreign AffairsCurrentsince ${formatPartialDate('2018-12')}`,
      `Head of Government of Mexico City${formatPartialDate('2006')} – ${formatPartialDate('2012')}`,
    ]);
    expect(within(profile).getByRole('region', { name: 'Aliases' }).textContent).toContain('Ebrard Casaubón');
    expect(within(profile).getByText('Morena')).toBeTruthy();
    expect(within(within(profile).getByRole('region', { name: 'Notes' })).getByText('migration').tagName).toBe('STRONG');

    const mentions = within(profile).getByRole('region', { name: 'Mentions' });
    const titles = within(mentions).getAllByRole('heading', { level: 4 });
    expect(titles.map((title) => title.textContent)).toEqual([`Talks in Washington${formatPartialDate('2021-05-03')}`, `Summit in Mexico City${formatPartialDate('2019-06')}`]);
    const rows = within(mentions).getAllByRole('listitem').filter((item) => item.classList.contains('profile-mention'));
    expect(rows.map((row) => row.textContent)).toEqual(['Minister Second arrivedHost', 'Foreign minister Ebrard said', 'Ebrard Casaubón told reportersQuoted']);
    const first = within(mentions).getByRole('button', { name: 'Minister Second arrived' });
    expect(within(first).getByText('Second').tagName).toBe('MARK');

    const attended = within(profile).getByRole('region', { name: 'Meetings attended' });
    expect(attended.textContent).toContain(`High-level security dialogue — ${formatPartialDate('2021-10-08')} · Head of delegation · Mexico`);

    fireEvent.click(within(within(profile).getByRole('region', { name: 'Named with' })).getByRole('button', { name: 'Antony Blinken' }));
    expect(await screen.findByRole('article', { name: 'Antony Blinken' })).toBeTruthy();
    expect(stores.officials.getState().focusedUid).toBe(stores.officials.getState().items[0]!.uid);
  });

  it('opens the Reader at a mention: the Library shows the document, and the Reader scrolls to and flashes the passage', async () => {
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this);
    });
    const { ebrard, talks, summit, people, extras } = ebrardProfile();
    const { stores } = await showOfficials(people, extras, [talks, summit]);
    act(() => stores.officials.getState().focus(ebrard.uid));
    const profile = await screen.findByRole('article', { name: 'Marcelo Ebrard' });

    fireEvent.click(within(profile).getByRole('button', { name: 'Minister Second arrived' }));
    expect(stores.ui.getState().view).toBe('library');
    expect(stores.documents.getState().lists.library.selected).toBe(talks.uid);
    expect(stores.reader.getState().passage).toMatchObject({ documentUid: talks.uid, start: 18, end: 24 });

    const reader = await screen.findByRole('article', { name: 'Talks in Washington' });
    await waitFor(() => expect(scrolled.map((element) => element.textContent)).toEqual(['Second paragraph.']));
    expect(document.activeElement).toBe(reader);
    // Shown once: the request is spent, so coming back to the document later does not scroll again.
    expect(stores.reader.getState().passage).toBeNull();
  });

  it('opens a meeting attended on the Meetings view', async () => {
    const { ebrard, talks, summit, people, extras, meetings } = ebrardProfile();
    const { stores } = await showOfficials(people, extras, [talks, summit]);
    act(() => stores.officials.getState().focus(ebrard.uid));
    const profile = await screen.findByRole('article', { name: 'Marcelo Ebrard' });
    fireEvent.click(within(profile).getByRole('button', { name: 'High-level security dialogue' }));
    expect(stores.ui.getState().view).toBe('meetings');
    expect(stores.meetings.getState().selectedUid).toBe(meetings[0]!.uid);
  });

  it('asks for a person when none is chosen', async () => {
    const { people } = sampleRegistry();
    await showOfficials(people);
    const pane = await screen.findByRole('region', { name: 'Profile' });
    expect(within(pane).getByText('Select a person to see their profile.')).toBeTruthy();
  });
});
