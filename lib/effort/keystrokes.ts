// Keystroke classes of post-editing effort, as PET and the DivEMT study count them. Pure: no DOM types.

export const keyClasses = ["letters", "digits", "whitespace", "symbols", "navigation", "erase", "copy", "cut", "paste", "undo"] as const;
export type KeyClass = (typeof keyClasses)[number];
export type KeyCounts = Record<KeyClass, number>;

export const keyClassLabels: Record<KeyClass, string> = {
  letters: "Letters",
  digits: "Digits",
  whitespace: "Whitespace",
  symbols: "Symbols",
  navigation: "Navigation",
  erase: "Erase",
  copy: "Copy",
  cut: "Cut",
  paste: "Paste",
  undo: "Undo",
};

export function emptyKeyCounts(): KeyCounts {
  return { letters: 0, digits: 0, whitespace: 0, symbols: 0, navigation: 0, erase: 0, copy: 0, cut: 0, paste: 0, undo: 0 };
}

export function totalKeys(counts: KeyCounts): number {
  return keyClasses.reduce((sum, name) => sum + counts[name], 0);
}

/** What a keydown event carries that the classification needs (KeyboardEvent fits). */
export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
}

const navigationKeys = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "PageUp", "PageDown", "Tab"]);

/**
 * The class of one keydown, or null when it is not counted: modifier keys alone, dead keys and IME
 * processing, function keys, Escape, and shortcuts other than undo/redo and select-all. Copy, cut and
 * paste are null here too: they are counted from the clipboard events, which also catch the context menu.
 */
export function classifyKey(input: KeyInput): KeyClass | null {
  const shortcut = input.ctrlKey || input.metaKey;
  if (shortcut) {
    const key = input.key.toLowerCase();
    if (key === "z" || key === "y") return "undo";
    if (key === "a") return "navigation";
    if (key === "backspace" || key === "delete") return "erase";
    if (key.startsWith("arrow") || key === "home" || key === "end") return "navigation";
    return null;
  }
  if (input.key === "Backspace" || input.key === "Delete") return "erase";
  if (navigationKeys.has(input.key)) return "navigation";
  if (input.key === "Enter" || input.key === " ") return "whitespace";
  if ([...input.key].length !== 1) return null; // Shift, Dead, Process, F5, Escape, ...
  if (/\p{L}|\p{M}/u.test(input.key)) return "letters";
  if (/\p{N}/u.test(input.key)) return "digits";
  if (/\s/u.test(input.key)) return "whitespace";
  return "symbols";
}
