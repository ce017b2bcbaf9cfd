/**
 * The codebook's palette, named rather than free hex so that the renderer can give each colour a
 * tuned value per theme. The hues follow Okabe and Ito's set, which stays distinguishable under the
 * common colour-vision deficiencies. Kept free of zod for the renderer (see limits.ts).
 */
export const LABEL_COLORS = ['yellow', 'orange', 'vermillion', 'purple', 'sky', 'blue', 'green', 'grey'] as const;
export type LabelColor = (typeof LABEL_COLORS)[number];

/** A highlight without any label. */
export const UNLABELLED_COLOR: LabelColor = 'yellow';

/**
 * The colour for a new label: the one used least so far, so labels are told apart without
 * choosing; on a tie the unlabelled highlight's colour comes last, so a label never looks unlabelled.
 */
export function leastUsedColor(used: readonly LabelColor[]): LabelColor {
  const counts = new Map<LabelColor, number>(LABEL_COLORS.map((color) => [color, 0]));
  for (const color of used) counts.set(color, (counts.get(color) ?? 0) + 1);
  const rank = (color: LabelColor) => counts.get(color)! * 2 + (color === UNLABELLED_COLOR ? 1 : 0);
  return [...LABEL_COLORS].sort((a, b) => rank(a) - rank(b))[0]!;
}
