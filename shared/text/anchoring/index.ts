export { describeRange, trimToContent, type Selectors, type TextPosition, type TextQuote } from './selectors';
export { mapOffsets, type Bias, type OffsetMap } from './offset-map';
export { reanchor, reanchorAll, type AnchorState, type ReanchorResult } from './reanchor';
