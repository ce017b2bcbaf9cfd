import { LABEL_COLORS, type LabelColor } from '../../../shared/model/label-colors';
import { rangeOfSpan, type TextSpan } from './text-offsets';

export interface PaintedSpan extends TextSpan {
  uid: string;
  color: LabelColor;
}

/** Where the CSS Custom Highlight API is missing (old engines, jsdom), painting is skipped. */
export function highlightRegistry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' ? CSS.highlights : null;
}

/**
 * Highlights per colour are split into this many runs of paragraphs: changing a Highlight makes
 * the browser repaint the text under every range it holds, so a new highlight repaints its own
 * stretch of the document rather than all of it. highlights.css names each (colour, run) pair.
 */
export const HIGHLIGHT_RUNS = 12;

/**
 * Paints annotations with the CSS Custom Highlight API: one Highlight per palette colour and run of
 * paragraphs, plus the selected annotation and a short flash, so the text nodes stay untouched and
 * thousands of highlights cost one Range each. `sync` diffs by annotation, so an edit touches only
 * the ranges that changed.
 */
export class HighlightPainter {
  private readonly painted = new Map<string, { key: string; name: string; range: StaticRange }>();
  private readonly byName = new Map<string, Highlight>();
  private readonly selected: Highlight | null;
  private readonly flashing: Highlight | null;
  private readonly registry = highlightRegistry();
  private selectedUid: string | null = null;
  private flashTimer: number | undefined;

  constructor(
    private readonly textNodes: readonly Text[],
    private readonly starts: readonly number[],
  ) {
    if (!this.registry) {
      this.selected = null;
      this.flashing = null;
      return;
    }
    for (const color of LABEL_COLORS) {
      for (let run = 0; run < HIGHLIGHT_RUNS; run++) this.byName.set(`dossier-${color}-${run}`, new Highlight());
    }
    this.selected = new Highlight();
    this.selected.priority = 1;
    this.flashing = new Highlight();
    this.flashing.priority = 2;
    this.registry.set('dossier-selected', this.selected);
    this.registry.set('dossier-flash', this.flashing);
  }

  sync(spans: readonly PaintedSpan[]): void {
    const seen = new Set<string>();
    const touched = new Set<string>();
    for (const span of spans) {
      seen.add(span.uid);
      const key = `${span.start}:${span.end}:${span.color}`;
      const current = this.painted.get(span.uid);
      if (current?.key === key) continue;
      if (current) {
        this.byName.get(current.name)?.delete(current.range);
        touched.add(current.name);
      }
      const range = rangeOfSpan(this.textNodes, this.starts, span);
      if (!range) {
        this.painted.delete(span.uid);
        continue;
      }
      const name = `dossier-${span.color}-${this.runOf(span.start)}`;
      this.painted.set(span.uid, { key, name, range });
      this.byName.get(name)?.add(range);
      touched.add(name);
    }
    for (const [uid, current] of this.painted) {
      if (seen.has(uid)) continue;
      this.byName.get(current.name)?.delete(current.range);
      touched.add(current.name);
      this.painted.delete(uid);
    }
    for (const name of touched) this.register(name);
    this.select(this.selectedUid);
  }

  /**
   * Only highlights holding ranges are registered: the browser resolves a style for every
   * registered name on every paragraph, so ninety-odd empty ones would slow each restyle.
   */
  private register(name: string): void {
    const highlight = this.byName.get(name);
    if (!highlight || !this.registry) return;
    if (highlight.size > 0 && !this.registry.has(name)) this.registry.set(name, highlight);
    else if (highlight.size === 0 && this.registry.has(name)) this.registry.delete(name);
  }

  /** The run of paragraphs an offset falls in. */
  private runOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return Math.min(HIGHLIGHT_RUNS - 1, Math.floor((low * HIGHLIGHT_RUNS) / Math.max(1, this.starts.length)));
  }

  select(uid: string | null): void {
    this.selectedUid = uid;
    this.selected?.clear();
    const range = uid === null ? undefined : this.painted.get(uid)?.range;
    if (range) this.selected?.add(range);
  }

  /** Briefly marks a passage so the eye finds it after a scroll. */
  flash(uid: string): void {
    const range = this.painted.get(uid)?.range;
    if (range) this.flashRange(range);
  }

  /** Flashes any span of the text, annotated or not (a person's mention opened from elsewhere). */
  flashSpan(span: TextSpan): StaticRange | null {
    const range = rangeOfSpan(this.textNodes, this.starts, span);
    if (range) this.flashRange(range);
    return range;
  }

  private flashRange(range: StaticRange): void {
    if (!this.flashing) return;
    window.clearTimeout(this.flashTimer);
    this.flashing.clear();
    this.flashing.add(range);
    this.flashTimer = window.setTimeout(() => this.flashing?.clear(), 900);
  }

  rangeOf(uid: string): StaticRange | undefined {
    return this.painted.get(uid)?.range;
  }

  dispose(): void {
    window.clearTimeout(this.flashTimer);
    if (!this.registry) return;
    for (const name of this.byName.keys()) this.registry.delete(name);
    this.registry.delete('dossier-selected');
    this.registry.delete('dossier-flash');
  }
}
