/**
 * The shipped example walkthrough (bundled at build time: nothing is fetched) and opening and saving
 * walkthrough files through the host. The host validates files with the model's loader; the renderer
 * parses them again to get the walkthrough, and serialises with the model's `serializeWalkthrough`.
 */
import type { TFunction } from 'i18next';
import {
  parseWalkthrough,
  parseWalkthroughText,
  serializeWalkthrough,
  type WalkthroughFile,
} from '@model';
import exampleJson from '../../../scenarios/walkthrough-2025-population.json';
import { hostErrorText, loadErrorText } from '../app/file-error-text';
import type { Host } from '../host/host';

const example = parseWalkthrough(exampleJson);
/** The example walkthrough ("Where will Xiqing's 2025 population come from?"), or null if the shipped file were damaged. */
export const EXAMPLE_WALKTHROUGH: WalkthroughFile | null = example.ok ? example.walkthrough : null;

export interface WalkthroughNotice {
  kind: 'info' | 'error';
  text: string;
}

/** The walkthrough as file text. */
export function walkthroughText(doc: WalkthroughFile): string {
  return serializeWalkthrough({ title: doc.title, description: doc.description, steps: doc.steps });
}

export type OpenedWalkthrough = { doc: WalkthroughFile; path: string; name: string };

/** Asks the host for a walkthrough file; the opened walkthrough, null when cancelled, or a notice saying why not. */
export async function openWalkthroughFile(host: Host, t: TFunction): Promise<OpenedWalkthrough | WalkthroughNotice | null> {
  const result = await host.openWalkthroughDialog();
  if (result.status === 'canceled') return null;
  if (result.status === 'error') return { kind: 'error', text: t('files.openFailed', { name: '', reason: hostErrorText(result, t) }) };
  const parsed = parseWalkthroughText(result.file.text);
  if (!parsed.ok) return { kind: 'error', text: t('files.openFailed', { name: result.file.name, reason: loadErrorText(parsed.error, t) }) };
  return { doc: parsed.walkthrough, path: result.file.path, name: result.file.name };
}

/**
 * Saves through the host: to `path` when there is one and not `as`, else through Save As. Invalid
 * walkthroughs (no steps yet, …) are refused here with the loader's own reasons, before the host is asked.
 */
export async function saveWalkthroughFile(
  host: Host, doc: WalkthroughFile, options: { path: string | null; as: boolean; suggestedName: string }, t: TFunction,
): Promise<{ saved: { path: string; name: string }; notice: WalkthroughNotice } | WalkthroughNotice | null> {
  const text = walkthroughText(doc);
  const check = parseWalkthroughText(text);
  if (!check.ok) return { kind: 'error', text: t('files.saveFailed', { reason: loadErrorText(check.error, t) }) };
  const result = options.path && !options.as ? await host.saveWalkthrough(options.path, text) : await host.saveWalkthroughAsDialog(options.suggestedName, text);
  if (result.status === 'canceled') return null;
  if (result.status === 'error') return { kind: 'error', text: t('files.saveFailed', { reason: hostErrorText(result, t) }) };
  return { saved: { path: result.path, name: result.name }, notice: { kind: 'info', text: t('files.saved', { name: result.name }) } };
}
