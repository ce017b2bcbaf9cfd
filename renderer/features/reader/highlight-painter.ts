import { LABEL_COLORS, type LabelColor } from '../../../shared/model/label-colors';
import { rangeOfSpan, type TextSpan } from './text-offsets';

export interface PaintedSpan extends TextSpan {
  uid: string;
  color: LabelColor;
}

/** Where the CSS Custom Highlight API is missing (old engines, jsdom), painting is skipped. */
function highlightRegistry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' ? CSS.highlights : null;
}

/**
 * Paints annotations with the CSS Custom Highlight API: one Highlight per palette colour, plus the
 * selected annotation and a short flash, so the text nodes stay untouched and thousands of
 * highlights cost one Range each. `sync` diffs by annotation, so an edit touches only the ranges
 * that changed.
 */
export class HighlightPainter {
  private readonly painted = new Map<string, { key: string; color: LabelColor; range: Range }>();
  private readonly byColor = new Map<LabelColor, Highlight>();
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
      const highlight = new Highlight();
      this.byColor.set(color, highlight);
      this.registry.set(`dossier-${color}`, highlight);
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
    for (const span of spans) {
      seen.add(span.uid);
      const key = `${span.start}:${span.end}:${span.color}`;
      const current = this.painted.get(span.uid);
      if (current?.key === key) continue;
      if (current) this.byColor.get(current.color)?.delete(current.range);
      const range = rangeOfSpan(this.textNodes, this.starts, span);
      if (!range) {
        this.painted.delete(span.uid);
        continue;
      }
      this.painted.set(span.uid, { key, color: span.color, range });
      this.byColor.get(span.color)?.add(range);
    }
    for (const [uid, current] of this.painted) {
      if (seen.has(uid)) continue;
      this.byColor.get(current.color)?.delete(current.range);
      this.painted.delete(uid);
    }
    this.select(this.selectedUid);
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
    if (!range || !this.flashing) return;
    window.clearTimeout(this.flashTimer);
    this.flashing.clear();
    this.flashing.add(range);
    this.flashTimer = window.setTimeout(() => this.flashing?.clear(), 900);
  }

  rangeOf(uid: string): Range | undefined {
    return this.painted.get(uid)?.range;
  }

  dispose(): void {
    window.clearTimeout(this.flashTimer);
    if (!this.registry) return;
    for (const color of LABEL_COLORS) this.registry.delete(`dossier-${color}`);
    this.registry.delete('dossier-selected');
    this.registry.delete('dossier-flash');
  }
}
