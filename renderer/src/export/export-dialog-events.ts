/**
 * `openExportDialog()`: opens the app's export dialog from anywhere (a chart's menu, the compare view,
 * the top bar). The dialog itself is mounted once, by <ExportDialogHost> in the app shell, which
 * listens here; without it mounted, a request does nothing.
 */
import type { ExportDialogFormat } from './export-files';
import type { ExportScenario } from './export-types';

export interface ExportDialogRequest {
  /**
   * The scenarios to export, baseline first (1 to 6; more are cut with a note). Absent: the editor's
   * scenarios — the user picks the active one or all open ones, the active one as baseline.
   */
  scenarios?: readonly ExportScenario[];
  /** The format selected when the dialog opens (default: the last one used, else XLSX). */
  format?: ExportDialogFormat;
}

type Listener = (request: ExportDialogRequest) => void;
const listeners = new Set<Listener>();

/** Opens the export dialog for `request`. */
export function openExportDialog(request: ExportDialogRequest = {}): void {
  for (const listener of [...listeners]) listener(request);
}

/** Subscribes the dialog's host to open requests; returns the unsubscribe function. */
export function onOpenExportDialog(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
