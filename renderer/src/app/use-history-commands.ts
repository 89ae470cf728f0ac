/**
 * Undo and redo from the keyboard and from the host's Edit menu, routed by {@link wantsNativeUndo}.
 *
 * In a browser the page handles the keys itself. In Electron the menu's accelerators own Ctrl+Z /
 * Ctrl+Shift+Z / Ctrl+Y and arrive as 'menu:undo' / 'menu:redo', so the page does not also handle
 * the keys (that would undo twice); for a text box being edited it asks the browser for text undo.
 */
import { useEffect } from 'react';
import type { Host } from '../host/host';
import type { AppStore } from '../state/app-store';
import { historyShortcut, wantsNativeUndo, type HistoryCommand } from './undo-target';

export function useHistoryCommands(host: Host, store: AppStore): void {
  useEffect(() => {
    const run = (command: HistoryCommand, native: () => void) => {
      if (wantsNativeUndo(document.activeElement)) native();
      else if (command === 'undo') store.undo();
      else store.redo();
    };
    const nativeCommand = (command: HistoryCommand) => () => {
      // execCommand is deprecated but remains the only way to trigger a text field's own undo.
      document.execCommand(command);
    };
    const offUndo = host.on('menu:undo', () => run('undo', nativeCommand('undo')));
    const offRedo = host.on('menu:redo', () => run('redo', nativeCommand('redo')));
    const onKeyDown = (event: KeyboardEvent) => {
      const command = historyShortcut(event);
      if (!command || event.defaultPrevented) return;
      if (wantsNativeUndo(document.activeElement)) return; // the browser's own text undo
      event.preventDefault();
      run(command, () => undefined);
    };
    if (host.kind === 'browser') window.addEventListener('keydown', onKeyDown);
    return () => {
      offUndo();
      offRedo();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [host, store]);
}
