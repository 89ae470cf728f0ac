/**
 * Who gets Ctrl+Z: the browser's own text undo or the scenario history.
 *
 * Rule: while the user is typing in a text field and its text differs from the value it shows
 * (an uncommitted edit; our number boxes mark this with data-dirty="true"), Ctrl+Z undoes typing, as
 * in any text box. Everywhere else — sliders, buttons, a number box showing its committed value —
 * Ctrl+Z undoes the last lever change. So a number the user committed with Enter is undone as a
 * lever change, not letter by letter.
 */
const TEXT_TYPES = new Set(['text', 'search', 'number', 'email', 'url', 'tel', 'password']);

export function wantsNativeUndo(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return TEXT_TYPES.has(element.type) && element.dataset.dirty !== 'false';
  return element instanceof HTMLElement && element.isContentEditable;
}

export type HistoryCommand = 'undo' | 'redo';

/** The command of a keydown, if it is an undo/redo shortcut (Ctrl or ⌘; Z, Shift+Z, Y). */
export function historyShortcut(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): HistoryCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  // event.code too, so the shortcut works with non-Latin layouts and while an input method is active.
  const isZ = key === 'z' || event.code === 'KeyZ';
  const isY = key === 'y' || event.code === 'KeyY';
  if (isZ) return event.shiftKey ? 'redo' : 'undo';
  if (isY && !event.shiftKey) return 'redo';
  return null;
}
