import type { LabelColor } from '../../../shared/model/label-colors';

/** Names shown beside every swatch, so that colour is never the only way to tell them apart. */
export const LABEL_COLOR_NAMES: Readonly<Record<LabelColor, string>> = {
  yellow: 'Yellow',
  orange: 'Orange',
  vermillion: 'Vermillion',
  purple: 'Purple',
  sky: 'Sky blue',
  blue: 'Blue',
  green: 'Green',
  grey: 'Grey',
};

/** The colour the core would pick, shown preselected for a new label. */
export { leastUsedColor } from '../../../shared/model/label-colors';
