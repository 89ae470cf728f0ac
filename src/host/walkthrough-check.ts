/**
 * The host's gate for walkthrough text, like scenario-check.ts for scenarios: every walkthrough file
 * the host reads and every text it is asked to save goes through the model's own loader
 * (`parseWalkthroughText`), and a refusal comes back as a {@link HostError}. Pure: used by main and by
 * the browser host.
 */
import { parseWalkthroughText, type WalkthroughFile } from '@model';
import type { HostError } from './contract';
import { hostError } from './scenario-check';

export type CheckedWalkthrough = { ok: true; walkthrough: WalkthroughFile } | { ok: false; error: HostError };

/** Runs the model's walkthrough loader on text read from (or meant for) `fileName`. Never throws. */
export function checkWalkthroughText(text: string, fileName: string): CheckedWalkthrough {
  const result = parseWalkthroughText(text);
  if (result.ok) return { ok: true, walkthrough: result.walkthrough };
  const { error } = result;
  const message = `${fileName}: ${error.message}.`;
  return { ok: false, error: error.kind === 'future-version' ? hostError(error.kind, message, error.version) : hostError(error.kind, message) };
}
