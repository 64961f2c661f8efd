// UTF-16 offsets that never cut a character in two.

/** `offset` moved back to the start of its code point when it falls between a surrogate pair's halves. */
export function snapToCodePoint(text: string, offset: number): number {
  if (offset <= 0 || offset >= text.length) return offset;
  const before = text.charCodeAt(offset - 1);
  const at = text.charCodeAt(offset);
  const insidePair = before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff;
  return insidePair ? offset - 1 : offset;
}
