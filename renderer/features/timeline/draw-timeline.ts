import { LABEL_COLORS, type LabelColor } from '../../../shared/model/label-colors';
import type { MeetingLinkKind } from '../../../shared/model/meeting';
import { AXIS_HEIGHT, laneHeight, laneTop, markRect, type Viewport } from './geometry';
import { LINK_STYLES } from './link-styles';
import type { TickSet } from './ticks';
import type { DrawnLink, Lane, Mark } from './timeline-model';

/** The theme's colours, read from the CSS variables so the canvas follows light and dark. */
export interface Palette {
  bg: string;
  subtle: string;
  border: string;
  fg: string;
  muted: string;
  accent: string;
  focus: string;
  labels: Record<LabelColor, string>;
  links: Record<MeetingLinkKind, string>;
  font: string;
}

export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const css = (name: string) => style.getPropertyValue(name).trim() || '#888';
  return {
    bg: css('--bg'),
    subtle: css('--bg-subtle'),
    border: css('--border'),
    fg: css('--fg'),
    muted: css('--fg-muted'),
    accent: css('--accent'),
    focus: css('--focus'),
    labels: Object.fromEntries(LABEL_COLORS.map((color) => [color, css(`--label-${color}`)])) as Record<LabelColor, string>,
    links: Object.fromEntries(Object.entries(LINK_STYLES).map(([kind, style]) => [kind, css(style.colorVar)])) as Record<MeetingLinkKind, string>,
    font: style.getPropertyValue('--font-ui').trim() || 'sans-serif',
  };
}

export interface Scene {
  viewport: Viewport;
  lanes: readonly Lane[];
  marks: readonly Mark[];
  links: readonly DrawnLink[];
  ticks: TickSet;
  focusedUid: string | null;
  hoveredUid: string | null;
}

/** Draws the visible part of the timeline; the caller has already culled marks and links to it. */
export function drawTimeline(ctx: CanvasRenderingContext2D, scene: Scene, palette: Palette): void {
  const { viewport } = scene;
  ctx.clearRect(0, 0, viewport.width, viewport.height);
  ctx.fillStyle = palette.bg;
  ctx.fillRect(0, 0, viewport.width, viewport.height);
  drawLanes(ctx, scene, palette);
  drawAxis(ctx, scene, palette);
  drawMarks(ctx, scene, palette);
  drawLinks(ctx, scene, palette);
  drawLaneTitles(ctx, scene, palette);
}

function visibleLanes(viewport: Viewport): [number, number] {
  const height = laneHeight(viewport);
  const first = Math.max(0, Math.floor(viewport.scrollY / height));
  const last = Math.min(viewport.laneCount - 1, Math.ceil((viewport.scrollY + viewport.height - AXIS_HEIGHT) / height));
  return [first, last];
}

function drawLanes(ctx: CanvasRenderingContext2D, { viewport }: Scene, palette: Palette) {
  const height = laneHeight(viewport);
  const [first, last] = visibleLanes(viewport);
  for (let lane = first; lane <= last; lane++) {
    const top = laneTop(viewport, lane);
    if (lane % 2 === 1) {
      ctx.fillStyle = palette.subtle;
      ctx.fillRect(0, top, viewport.width, height);
    }
    ctx.fillStyle = palette.border;
    ctx.fillRect(0, top + height - 1, viewport.width, 1);
  }
}

function drawAxis(ctx: CanvasRenderingContext2D, { viewport, ticks }: Scene, palette: Palette) {
  ctx.font = `12px ${palette.font}`;
  ctx.textBaseline = 'middle';
  for (const tick of ticks.ticks) {
    const x = Math.round(tick.x) + 0.5;
    ctx.fillStyle = palette.border;
    ctx.fillRect(x, AXIS_HEIGHT - 6, 1, viewport.height);
    ctx.fillStyle = palette.muted;
    ctx.fillText(tick.label, x + 4, AXIS_HEIGHT / 2);
  }
  ctx.fillStyle = palette.border;
  ctx.fillRect(0, AXIS_HEIGHT - 1, viewport.width, 1);
}

function markColor(mark: Mark, lanes: readonly Lane[], palette: Palette): string {
  const color = lanes[mark.lane]?.color;
  return color ? palette.labels[color] : palette.accent;
}

function drawMarks(ctx: CanvasRenderingContext2D, scene: Scene, palette: Palette) {
  const { viewport, marks, lanes } = scene;
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, AXIS_HEIGHT, viewport.width, viewport.height - AXIS_HEIGHT);
  ctx.clip();
  // Bands first and faint: a month- or year-precision meeting may be anywhere in them.
  ctx.globalAlpha = 0.16;
  for (const mark of marks) {
    if (mark.precision === 'day') continue;
    const rect = markRect(mark, viewport);
    ctx.fillStyle = markColor(mark, lanes, palette);
    ctx.fillRect(rect.x, rect.y, rect.w, rect.h);
  }
  ctx.globalAlpha = 0.6;
  ctx.setLineDash([3, 3]);
  for (const mark of marks) {
    if (mark.precision === 'day') continue;
    const rect = markRect(mark, viewport);
    ctx.strokeStyle = markColor(mark, lanes, palette);
    ctx.strokeRect(rect.x + 0.5, rect.y + 0.5, rect.w - 1, rect.h - 1);
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  let fill = '';
  for (const mark of marks) {
    if (mark.precision !== 'day') continue;
    const rect = markRect(mark, viewport);
    // Setting fillStyle parses the colour each time; at thousands of marks that shows.
    const color = markColor(mark, lanes, palette);
    if (color !== fill) ctx.fillStyle = fill = color;
    ctx.fillRect(rect.x, rect.y, rect.w, rect.h);
  }
  for (const mark of marks) {
    const uid = mark.meeting.uid;
    if (uid !== scene.focusedUid && uid !== scene.hoveredUid) continue;
    const rect = markRect(mark, viewport);
    ctx.strokeStyle = uid === scene.focusedUid ? palette.focus : palette.fg;
    ctx.lineWidth = 2;
    ctx.strokeRect(rect.x - 2, rect.y - 2, rect.w + 4, rect.h + 4);
    ctx.lineWidth = 1;
  }
  ctx.restore();
}

/** Arcs from the top of one mark to the top of the other, higher the further apart they are. */
function drawLinks(ctx: CanvasRenderingContext2D, { viewport, links }: Scene, palette: Palette) {
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, AXIS_HEIGHT, viewport.width, viewport.height - AXIS_HEIGHT);
  ctx.clip();
  ctx.lineWidth = 2;
  for (const link of links) {
    const from = markRect(link.from, viewport);
    const to = markRect(link.to, viewport);
    const x0 = from.x + from.w / 2;
    const x1 = to.x + to.w / 2;
    const y0 = from.y;
    const y1 = to.y;
    const lift = Math.min(60, 12 + Math.abs(x1 - x0) / 4);
    ctx.strokeStyle = palette.links[link.kind];
    ctx.setLineDash(LINK_STYLES[link.kind].dash);
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.quadraticCurveTo((x0 + x1) / 2, Math.min(y0, y1) - lift, x1, y1);
    ctx.stroke();
    // The arrowhead at the far end shows which way "prepares" or "follows up" reads.
    ctx.setLineDash([]);
    ctx.fillStyle = palette.links[link.kind];
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x1 - 4, y1 - 7);
    ctx.lineTo(x1 + 4, y1 - 7);
    ctx.closePath();
    ctx.fill();
  }
  ctx.restore();
}

function drawLaneTitles(ctx: CanvasRenderingContext2D, { viewport, lanes }: Scene, palette: Palette) {
  const [first, last] = visibleLanes(viewport);
  ctx.font = `600 11px ${palette.font}`;
  ctx.textBaseline = 'top';
  for (let lane = first; lane <= last; lane++) {
    const info = lanes[lane];
    if (!info) continue;
    const top = laneTop(viewport, lane);
    if (top + 4 < AXIS_HEIGHT) continue;
    const width = ctx.measureText(info.title).width;
    const swatch = info.color ? 12 : 0;
    ctx.globalAlpha = 0.85;
    ctx.fillStyle = palette.bg;
    ctx.fillRect(2, top + 2, width + swatch + 8, 14);
    ctx.globalAlpha = 1;
    if (info.color) {
      ctx.fillStyle = palette.labels[info.color];
      ctx.fillRect(6, top + 5, 8, 8);
    }
    ctx.fillStyle = palette.muted;
    ctx.fillText(info.title, 6 + swatch, top + 3);
  }
}
