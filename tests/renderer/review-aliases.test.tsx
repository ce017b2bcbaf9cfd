// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import './helpers/dom-setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { sampleProposal } from './review-fake';
import { showQueue } from './review-setup';

const toast = () => screen.getByRole('status');
const disclosure = () => screen.queryByRole('button', { name: '@anatorres — alias of Ana Torres 2 mentions' });

describe('review queue: handles proposed as aliases', () => {
  it('shows the handle as a group of its person with the mentions in context, and folds it', async () => {
    await showQueue(sampleProposal());
    expect(screen.getByRole('heading', { name: 'Handles of known people (1)' })).toBeTruthy();
    expect(disclosure()!.getAttribute('aria-expanded')).toBe('true');
    const signed = screen.getByRole('group', { name: '@anatorres in Transit strike ends' });
    expect(signed.textContent).toContain('— Ana Torres (@anatorres) May 4, 2022');
    expect(signed.querySelector('mark')?.textContent).toBe('@anatorres');

    fireEvent.click(disclosure()!);
    expect(disclosure()!.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('group', { name: '@anatorres in Transit strike ends' })).toBeNull();
  });

  it('accepts: the handle becomes an alias, its mentions come back as the person’s, and Undo takes it away', async () => {
    const { transport, handle } = await showQueue(sampleProposal());
    fireEvent.click(screen.getByRole('button', { name: 'Accept @anatorres — alias of Ana Torres' }));
    expect(disclosure()).toBeNull();
    expect(transport.callsTo('officials.acceptAlias')).toEqual([{ officialUid: handle.officialUid, alias: '@anatorres' }]);
    await screen.findByRole('button', { name: 'Ana Torres 3 suggestions' });
    expect(screen.queryByRole('heading', { name: /Handles of known people/ })).toBeNull();
    expect(toast().textContent).toContain('Added @anatorres to the aliases of Ana Torres');

    fireEvent.click(within(toast()).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(disclosure()).toBeTruthy());
    expect(transport.callsTo('officials.acceptAlias')).toEqual([
      { officialUid: handle.officialUid, alias: '@anatorres' },
      { officialUid: handle.officialUid, alias: '@anatorres', accepted: false },
    ]);
    expect(screen.getByRole('button', { name: 'Ana Torres 1 suggestion' })).toBeTruthy();
  });

  it('rejects from the keyboard, and Undo brings the proposal back', async () => {
    const { transport, handle } = await showQueue(sampleProposal());
    disclosure()!.focus();
    fireEvent.keyDown(document.activeElement!, { key: 'r' });
    expect(disclosure()).toBeNull();
    expect(transport.callsTo('officials.rejectAlias')).toEqual([{ officialUid: handle.officialUid, alias: '@anatorres' }]);
    await waitFor(() => expect(toast().textContent).toContain('@anatorres will not be proposed as an alias of Ana Torres again.'));
    expect(transport.callsTo('officials.acceptAlias')).toEqual([]);

    fireEvent.click(within(toast()).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(disclosure()).toBeTruthy());
    expect(transport.callsTo('officials.rejectAlias')).toEqual([
      { officialUid: handle.officialUid, alias: '@anatorres' },
      { officialUid: handle.officialUid, alias: '@anatorres', rejected: false },
    ]);
  });

  it('brings the proposal back with the core’s explanation when it refuses', async () => {
    const { transport } = await showQueue(sampleProposal());
    transport.handle('officials.acceptAlias', () => ({ code: 'NOT_FOUND', message: 'That official is no longer in the registry.' }));
    fireEvent.click(screen.getByRole('button', { name: 'Accept @anatorres — alias of Ana Torres' }));
    expect(disclosure()).toBeNull();
    await waitFor(() => expect(disclosure()).toBeTruthy());
    expect(toast().textContent).toContain('That official is no longer in the registry.');
    expect(within(toast()).queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});
