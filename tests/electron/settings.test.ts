import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsStore } from '../../main/electron/settings';

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-settings-'));
  file = join(dir, 'settings.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function notebook(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, '');
  return path;
}

describe('SettingsStore', () => {
  it('remembers the last notebook and the window across restarts', () => {
    const path = notebook('Thesis.sqlite');
    const first = new SettingsStore(file);
    first.rememberNotebook(path);
    first.rememberWindowBounds({ x: 10, y: 20, width: 1000, height: 700, maximized: true });

    const again = new SettingsStore(file);
    expect(again.lastNotebook).toBe(path);
    expect(again.recentNotebooks).toEqual([path]);
    expect(again.windowBounds).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
  });

  it('keeps at most ten recent notebooks, newest first, without duplicates', () => {
    const store = new SettingsStore(file);
    const paths = Array.from({ length: 12 }, (_, i) => notebook(`n${i}.sqlite`));
    for (const path of paths) store.rememberNotebook(path);
    store.rememberNotebook(paths[5]!);
    const recent = new SettingsStore(file).recentNotebooks;
    expect(recent).toHaveLength(10);
    expect(recent[0]).toBe(paths[5]);
    expect(new Set(recent).size).toBe(10);
    expect(recent).not.toContain(paths[0]);
  });

  it('lists only notebooks that still exist, and clears the list on request', () => {
    const kept = notebook('kept.sqlite');
    const gone = notebook('gone.sqlite');
    const store = new SettingsStore(file);
    store.rememberNotebook(kept);
    store.rememberNotebook(gone);
    rmSync(gone);
    expect(store.recentNotebooks).toEqual([kept]);
    store.clearRecent();
    expect(new SettingsStore(file).recentNotebooks).toEqual([]);
  });

  it('forgets a notebook that turned out not to be one', () => {
    const good = notebook('good.sqlite');
    const bad = notebook('bad.sqlite');
    const store = new SettingsStore(file);
    store.rememberNotebook(good);
    store.rememberNotebook(bad);
    store.forgetNotebook(bad);
    const again = new SettingsStore(file);
    expect(again.recentNotebooks).toEqual([good]);
    expect(again.lastNotebook).toBeUndefined();
  });

  it('starts from defaults when the file is damaged, keeping the values that are still valid', () => {
    writeFileSync(file, '{ not json');
    expect(new SettingsStore(file).recentNotebooks).toEqual([]);

    const path = notebook('ok.sqlite');
    writeFileSync(file, JSON.stringify({ lastNotebook: path, recentNotebooks: 'oops', windowBounds: { x: 'left' } }));
    const store = new SettingsStore(file);
    expect(store.lastNotebook).toBe(path);
    expect(store.recentNotebooks).toEqual([]);
    expect(store.windowBounds).toBeUndefined();
    store.rememberNotebook(path);
    expect(JSON.parse(readFileSync(file, 'utf8')).recentNotebooks).toEqual([path]);
  });
});
