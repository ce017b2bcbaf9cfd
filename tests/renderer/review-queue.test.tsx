// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import './helpers/dom-setup';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SuggestionQueue } from '../../shared/model/suggestion';
import { ReviewQueue } from '../../renderer/features/officials-review/review-queue';
import { StoresProvider } from '../../renderer/stores/stores-context';
import { busyPerson, sampleQueue } from './review-fake';
import { showQueue } from './review-setup';

const group = (name: string) => screen.getByRole('group', { name });
const toast = () => screen.getByRole('status');
const suggestionsCalls = (transport: { callsTo: (channel: 'officials.suggestions') => unknown[] }) => transport.callsTo('officials.suggestions').length;
const spansOf = (officialUid: string, mentions: SuggestionQueue['known'][number]['mentions']) =>
  mentions.map(({ documentUid, start, end, text, rule }) => ({ officialUid, documentUid, start, end, text, rule }));

describe('review queue', () => {
  it('groups suggestions by person with counts, marks the name in its context and says which guesses were made', async () => {
    await showQueue(sampleQueue());
    expect(screen.getByRole('heading', { name: 'Known people (4 suggestions)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'New names (1)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ana Torres 3 suggestions' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: 'Ben Okafor 1 suggestion' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Accept all 3 suggestions of Ana Torres' }).textContent).toBe('Accept all 3');

    const typo = group('Ana Torez in Transit strike ends');
    expect(typo.textContent).toContain('Minister Ana Torez met the union.');
    expect(typo.querySelector('mark')?.textContent).toBe('Ana Torez');
    expect(within(typo).getByText('Possible typo').getAttribute('title')).toContain('“Ana Torres”');
    expect(within(group('Torres in Council approves budget')).getByText('Surname only')).toBeTruthy();
    expect(within(group('Ana Torres in Council approves budget')).queryByText(/only|typo/i)).toBeNull();

    const cleo = screen.getByRole('button', { name: 'Cleo Park 2 mentions' }).closest('.review-group') as HTMLElement;
    expect(cleo.textContent).toContain('Deputy Secretary · @DepSecPark');
    expect(group('Park in Summit closes').textContent).toContain('As Park left, talks ended.');
  });

  it('folds a person away and opens them again, from the keyboard too', async () => {
    await showQueue(sampleQueue());
    const user = userEvent.setup();
    const ana = screen.getByRole('button', { name: 'Ana Torres 3 suggestions' });
    await user.click(ana);
    expect(ana.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('group', { name: 'Ana Torez in Transit strike ends' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Accept all 3 suggestions of Ana Torres' })).toBeTruthy();
    ana.focus();
    await user.keyboard('{Enter}');
    expect(ana.getAttribute('aria-expanded')).toBe('true');
    expect(group('Ana Torez in Transit strike ends')).toBeTruthy();
  });

  it('accepts all of a person at once in the core, with a toast to undo exactly what it decided', async () => {
    const { transport, ana } = await showQueue(sampleQueue());
    fireEvent.click(screen.getByRole('button', { name: 'Accept all 3 suggestions of Ana Torres' }));
    expect(screen.queryByRole('button', { name: /^Ana Torres/ })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Known people (1 suggestion)' })).toBeTruthy();
    await waitFor(() => expect(toast().textContent).toContain('Accepted 3 mentions of Ana Torres.'));
    expect(transport.callsTo('mentions.confirmAllOf')).toEqual([{ officialUid: ana.officialUid }]);
    expect(transport.callsTo('mentions.confirm')).toEqual([]);

    fireEvent.click(within(toast()).getByRole('button', { name: 'Undo' }));
    await screen.findByRole('button', { name: 'Ana Torres 3 suggestions' });
    expect(transport.callsTo('mentions.forget')).toEqual([{ spans: spansOf(ana.officialUid, ana.mentions) }]);
  });

  it('rejects one mention; Ctrl/Cmd+Z forgets that same decision and the mention is suggested again', async () => {
    const { transport, stores, ana } = await showQueue(sampleQueue());
    const typo = group('Ana Torez in Transit strike ends');
    fireEvent.click(within(typo).getByRole('button', { name: 'Reject' }));
    expect(screen.queryByRole('group', { name: 'Ana Torez in Transit strike ends' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Ana Torres 2 suggestions' })).toBeTruthy();
    await waitFor(() => expect(toast().textContent).toContain('Rejected 1 mention of Ana Torres.'));
    const typoSpan = spansOf(ana.officialUid, [ana.mentions[2]!]);
    expect(transport.callsTo('mentions.reject')).toEqual([{ spans: typoSpan }]);
    expect(transport.callsTo('mentions.confirm')).toEqual([]);

    await act(() => stores.ui.getState().undoLast());
    expect(transport.callsTo('mentions.forget')).toEqual([{ spans: typoSpan }]);
    expect(group('Ana Torez in Transit strike ends')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('brings the rows back with the core’s explanation when it refuses a decision', async () => {
    const { transport } = await showQueue(sampleQueue());
    transport.handle('mentions.confirmAllOf', () => ({ code: 'CONFLICT', message: 'The document’s text changed since this was suggested; review the suggestions again.' }));
    fireEvent.click(screen.getByRole('button', { name: 'Accept all 3 suggestions of Ana Torres' }));
    expect(screen.queryByRole('button', { name: /^Ana Torres/ })).toBeNull();
    await screen.findByRole('button', { name: 'Ana Torres 3 suggestions' });
    expect(toast().textContent).toContain('The document’s text changed since this was suggested; review the suggestions again.');
    expect(within(toast()).queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Known people (4 suggestions)' })).toBeTruthy();
  });

  it('adds a new name to the registry with its title as office and handles as aliases; its mentions return as a known person', async () => {
    const { transport } = await showQueue(sampleQueue());
    fireEvent.click(screen.getByRole('button', { name: 'Add to registry: Cleo Park' }));
    expect(screen.queryByRole('heading', { name: /New names/ })).toBeNull();
    await screen.findByRole('button', { name: 'Cleo Park 2 suggestions' });
    expect(transport.callsTo('officials.create')).toEqual([{ name: 'Cleo Park', aliases: ['@DepSecPark'], offices: [{ title: 'Deputy Secretary' }] }]);
    expect(toast().textContent).toContain('Added Cleo Park to the registry');
    expect(screen.getByRole('button', { name: 'Accept all 2 suggestions of Cleo Park' })).toBeTruthy();
  });

  it('sets a name aside as not a person, and Undo takes that back', async () => {
    const { transport } = await showQueue(sampleQueue());
    fireEvent.click(screen.getByRole('button', { name: 'Not a person: Cleo Park' }));
    expect(screen.queryByRole('button', { name: /^Cleo Park/ })).toBeNull();
    await waitFor(() => expect(toast().textContent).toContain('Cleo Park will not be suggested again.'));
    expect(transport.callsTo('officials.rejectCandidate')).toEqual([{ name: 'Cleo Park' }]);

    fireEvent.click(within(toast()).getByRole('button', { name: 'Undo' }));
    await screen.findByRole('button', { name: 'Cleo Park 2 mentions' });
    expect(transport.callsTo('officials.rejectCandidate')).toEqual([{ name: 'Cleo Park' }, { name: 'Cleo Park', rejected: false }]);
  });

  it('reloads once after a burst of notebook changes while shown; when hidden, only on the next showing', async () => {
    const { transport, stores, view, setQueue } = await showQueue(sampleQueue());
    const { ben } = sampleQueue();
    expect(suggestionsCalls(transport)).toBe(1);
    setQueue({ known: [ben], candidates: [], aliases: [] });
    act(() => {
      transport.emit('notebook.changed', { tables: ['documents'] });
      transport.emit('notebook.changed', { tables: ['mentions'] });
      transport.emit('notebook.changed', { tables: ['officials'] });
      transport.emit('notebook.changed', { tables: ['labels'] });
    });
    expect(suggestionsCalls(transport)).toBe(1);
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Ana Torres/ })).toBeNull());
    expect(suggestionsCalls(transport)).toBe(2);
    expect(screen.getByRole('heading', { name: 'Known people (1 suggestion)' })).toBeTruthy();

    view.unmount();
    act(() => transport.emit('notebook.changed', { tables: ['mentions'] }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(suggestionsCalls(transport)).toBe(2);
    render(
      <StoresProvider stores={stores}>
        <ReviewQueue />
      </StoresProvider>,
    );
    await waitFor(() => expect(suggestionsCalls(transport)).toBe(3));
  });

  it('moves with j/k and arrows, accepts with a and rejects with r, keeping the focus in place', async () => {
    const { transport, ana } = await showQueue(sampleQueue());
    const snippet = (name: string) => within(group(name)).getByTitle('Open in the Reader (Enter)');
    screen.getByRole('button', { name: 'Ana Torres 3 suggestions' }).focus();
    fireEvent.keyDown(document.activeElement!, { key: 'j' });
    expect(document.activeElement).toBe(snippet('Ana Torres in Council approves budget'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(snippet('Torres in Council approves budget'));
    fireEvent.keyDown(document.activeElement!, { key: 'k' });
    expect(document.activeElement).toBe(snippet('Ana Torres in Council approves budget'));

    fireEvent.keyDown(document.activeElement!, { key: 'a' });
    expect(transport.callsTo('mentions.confirm')).toEqual([{ spans: spansOf(ana.officialUid, [ana.mentions[0]!]) }]);
    await waitFor(() => expect(document.activeElement).toBe(snippet('Torres in Council approves budget')));

    fireEvent.keyDown(document.activeElement!, { key: 'r' });
    expect(transport.callsTo('mentions.reject')).toEqual([{ spans: spansOf(ana.officialUid, [ana.mentions[1]!]) }]);
    await waitFor(() => expect(document.activeElement).toBe(snippet('Ana Torez in Transit strike ends')));
    expect(screen.getByRole('button', { name: 'Ana Torres 1 suggestion' })).toBeTruthy();
  });

  it('opens a mention in the Reader at its passage', async () => {
    const { stores, ana } = await showQueue(sampleQueue());
    const [, surname] = ana.mentions;
    fireEvent.click(within(group('Torres in Council approves budget')).getByTitle('Open in the Reader (Enter)'));
    expect(stores.ui.getState().view).toBe('library');
    expect(stores.documents.getState().lists.library.selected).toBe(surname!.documentUid);
    expect(stores.reader.getState().passage).toMatchObject({ documentUid: surname!.documentUid, start: surname!.start, end: surname!.end });
  });

  it('counts all of a busy person, shows the first page and fetches the next with Show more, from the keyboard too', async () => {
    // A viewport tall enough for the virtual list to draw every row of the group.
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 10_000 });
    try {
      const dana = busyPerson(45);
      const { transport } = await showQueue({ queue: { known: [dana], candidates: [], aliases: [] } });
      const rows = () => screen.getAllByRole('group', { name: /^Dana Ruiz in Hearing/ });
      expect(screen.getByRole('heading', { name: 'Known people (45 suggestions)' })).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Accept all 45 suggestions of Dana Ruiz' }).textContent).toBe('Accept all 45');
      expect(rows()).toHaveLength(20);

      screen.getByRole('button', { name: 'Dana Ruiz 45 suggestions' }).focus();
      fireEvent.keyDown(document.activeElement!, { key: 'End' });
      const more = screen.getByRole('button', { name: 'Show 20 more of Dana Ruiz' });
      expect(document.activeElement).toBe(more);
      expect(more.closest('.review-more')!.textContent).toContain('25 not shown yet');
      fireEvent.keyDown(more, { key: 'a' });
      expect(transport.callsTo('mentions.confirmAllOf')).toEqual([]);

      fireEvent.click(more);
      await waitFor(() => expect(rows()).toHaveLength(40));
      expect(within(rows()[39]!).getByTitle('Open in the Reader (Enter)').textContent).toContain('Chair Dana Ruiz spoke (40).');
      fireEvent.click(screen.getByRole('button', { name: 'Show 5 more of Dana Ruiz' }));
      await waitFor(() => expect(rows()).toHaveLength(45));
      expect(transport.callsTo('officials.suggestionsOf')).toHaveLength(2);
      expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
    }
  });

  it('explains where suggestions come from when there is nothing to review', async () => {
    await showQueue({ queue: { known: [], candidates: [], aliases: [] } });
    expect(screen.getByRole('heading', { name: 'Nothing to review' })).toBeTruthy();
    expect(document.body.textContent).toContain('Suggestions come from your imports and the registry of officials.');
    expect(screen.queryByRole('region', { name: 'Suggestions to review' })).toBeNull();
  });
});
