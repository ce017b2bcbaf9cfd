// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import './helpers/dom-setup';
import { fireEvent, screen, within } from '@testing-library/react';
import type { DocumentRecord } from '../../shared/model/document';
import { fakeNotebook, record, summary } from './helpers/fake-transport';
import { renderApp } from './helpers/render-app';

async function openDocument(overrides: Partial<DocumentRecord>) {
  const doc = summary({ title: 'Bárcena meets Mayorkas' });
  const notebook = fakeNotebook([doc]);
  const full = record({ ...doc, ...overrides });
  notebook.transport.handle('documents.get', () => full);
  renderApp(notebook.transport);
  fireEvent.click(await screen.findByRole('row', { name: /Bárcena meets Mayorkas/ }));
  const article = await screen.findByRole('article');
  await within(article).findByRole('heading', { name: 'Bárcena meets Mayorkas' });
  return { ...notebook, article, full };
}

/** Each detail as "label: value (source)", read from the definition list. */
function details(article: HTMLElement): Record<string, string> {
  const list = within(article).getByRole('group', { name: 'Details' });
  const entries = [...list.querySelectorAll('.meta-row')].map((row) => {
    const source = row.querySelector('.meta-source')?.textContent;
    return [row.querySelector('dt')?.textContent ?? '', `${row.querySelector('.meta-value')?.textContent}${source ? ` (${source})` : ''}`];
  });
  return Object.fromEntries(entries);
}

describe('reader details', () => {
  it('shows each detail with where it came from, or that it was set by hand', async () => {
    const { article } = await openDocument({
      outlet: 'Prensa Latina',
      published: '2021-10',
      language: 'es',
      url: 'https://example.org/a',
      provenance: { title: 'line 1', outlet: 'meta og:site_name', published: 'line 3', url: 'line 2' },
      handSet: ['published'],
    });
    const month = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2021, 9, 1));
    expect(details(article)).toEqual({
      Title: 'Bárcena meets Mayorkas (from line 1)',
      Outlet: 'Prensa Latina (from meta og:site_name)',
      Author: '—',
      URL: 'https://example.org/a (from line 2)',
      Published: `${month} (set by hand)`,
      Language: 'Spanish',
      Length: '100 words',
    });
    expect(within(article).getByRole('link', { name: 'https://example.org/a' }).getAttribute('href')).toBe('https://example.org/a');
  });

  it('re-extracts the details, saying that hand-set ones are kept', async () => {
    const { article, transport, full } = await openDocument({ outlet: null, handSet: ['title'] });
    transport.handle('documents.reextract', (input) => ({ ...full, uid: input.uid, outlet: 'El Sol de México', provenance: { outlet: 'line 4' } }));
    const button = within(article).getByRole('button', { name: 'Re-extract details' });
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toContain('Details you set by hand are kept.');

    fireEvent.click(button);
    await within(article).findByText('from line 4');
    expect(transport.callsTo('documents.reextract')).toEqual([{ uid: full.uid }]);
    expect(details(article)).toMatchObject({ Title: 'Bárcena meets Mayorkas (set by hand)', Outlet: 'El Sol de México (from line 4)' });
    expect(within(article).getByText('Details read again.')).toBeTruthy();
  });

  it('explains a refused re-extraction in the core’s words', async () => {
    const { article, transport } = await openDocument({});
    transport.handle('documents.reextract', () => ({ code: 'NOT_FOUND', message: 'That document is no longer in this notebook.' }));
    fireEvent.click(within(article).getByRole('button', { name: 'Re-extract details' }));
    expect((await within(article).findByRole('alert')).textContent).toBe('That document is no longer in this notebook.');
  });
});
