/**
 * Whether `offset` falls between the two halves of an astral character. Offsets there would cut
 * a character in two, and a lone half does not survive storage as UTF-8 (it becomes U+FFFD).
 */
export function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const high = text.charCodeAt(offset - 1);
  const low = text.charCodeAt(offset);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
