import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

const MAX_RECENT = 10;

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200),
  height: z.number().int().min(200),
  maximized: z.boolean().default(false),
});
export type WindowBounds = z.infer<typeof boundsSchema>;

// Each field falls back on its own, so one damaged value never costs the user the rest.
const settingsSchema = z.object({
  lastNotebook: z.string().optional().catch(undefined),
  recentNotebooks: z.array(z.string()).catch([]),
  windowBounds: boundsSchema.optional().catch(undefined),
});
export type Settings = z.infer<typeof settingsSchema>;

/** The host's own memory (not the notebook's): last and recent notebooks, window placement. */
export class SettingsStore {
  private settings: Settings;

  constructor(private readonly file: string) {
    this.settings = read(file);
  }

  get lastNotebook(): string | undefined {
    return this.settings.lastNotebook;
  }

  /** Recent notebooks that still exist, newest first. */
  get recentNotebooks(): string[] {
    return this.settings.recentNotebooks.filter((path) => existsSync(path));
  }

  get windowBounds(): WindowBounds | undefined {
    return this.settings.windowBounds;
  }

  rememberNotebook(path: string): void {
    const others = this.recentNotebooks.filter((p) => p !== path);
    this.update({ lastNotebook: path, recentNotebooks: [path, ...others].slice(0, MAX_RECENT) });
  }

  forgetNotebook(path: string): void {
    this.update({
      lastNotebook: this.settings.lastNotebook === path ? undefined : this.settings.lastNotebook,
      recentNotebooks: this.settings.recentNotebooks.filter((p) => p !== path),
    });
  }

  clearRecent(): void {
    this.update({ recentNotebooks: [] });
  }

  rememberWindowBounds(bounds: WindowBounds): void {
    this.update({ windowBounds: bounds });
  }

  private update(patch: Partial<Settings>): void {
    this.settings = { ...this.settings, ...patch };
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      // Write then rename, so a crash mid-write never leaves a truncated settings file.
      const temp = `${this.file}.tmp`;
      writeFileSync(temp, JSON.stringify(this.settings, null, 2));
      renameSync(temp, this.file);
    } catch (error) {
      console.warn(`Dossier could not save its settings to ${this.file}:`, error);
    }
  }
}

function read(file: string): Settings {
  try {
    return settingsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return settingsSchema.parse({});
  }
}
