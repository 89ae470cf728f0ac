/**
 * What a host does with a file's text once it has read it: run the model's loader for the file's kind
 * (scenario or walkthrough) and hand the text to the page only when the loader accepts it. One function
 * for both kinds and both hosts (Electron's main and the browser), so a file gets the same answer
 * wherever and however it is opened.
 */
import type { HostError, OpenResult } from './contract';

/** A loader's verdict on text read from `fileName`: `checkScenarioText` or `checkWalkthroughText`. */
export type TextCheck = (text: string, fileName: string) => { ok: true; migratedFrom?: number } | { ok: false; error: HostError };

/**
 * The open result for `text` read from `path` (shown as `name`): the file with its text, and the version
 * it was migrated from if the loader migrated it; or the loader's refusal.
 */
export function openedIfAccepted(check: TextCheck, text: string, path: string, name: string): OpenResult {
  const checked = check(text, name);
  if (!checked.ok) return checked.error;
  const opened = { status: 'opened', file: { path, name, text } } as const;
  return checked.migratedFrom === undefined ? opened : { ...opened, migratedFrom: checked.migratedFrom };
}
