import type { MeetingLinkKind } from '../../../shared/model/meeting';

/**
 * How each link kind is drawn. Kinds differ by dash pattern as well as colour, so they are told
 * apart without colour vision; the legend draws the same strokes.
 */
export const LINK_STYLES: Record<MeetingLinkKind, { dash: number[]; colorVar: string; legend: string }> = {
  'same-as': { dash: [], colorVar: '--label-vermillion', legend: 'Same meeting' },
  prepares: { dash: [6, 3], colorVar: '--label-blue', legend: 'Prepares' },
  'follows-up': { dash: [2, 3], colorVar: '--label-green', legend: 'Follows up' },
  'part-of': { dash: [8, 3, 2, 3], colorVar: '--label-purple', legend: 'Part of' },
  related: { dash: [1, 5], colorVar: '--label-grey', legend: 'Related' },
};
