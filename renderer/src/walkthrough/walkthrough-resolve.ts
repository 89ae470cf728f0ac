/**
 * Resolving a walkthrough's steps to full values with the model's `resolveWalkthrough`: presets come
 * from the app's shipped presets, `{ file }` steps from the user's scenario library (looked up by file
 * name, read and validated through the host before resolving, since resolving itself is synchronous).
 */
import {
  parseScenarioText,
  type ResolvedStep,
  resolveWalkthrough,
  scenarioValues,
  valueOverrides,
  type WalkthroughFile,
} from '@model';
import type { Host } from '../host/host';
import type { PresetValues } from './walkthrough-steps';

/** A library file's overrides by file name, or why it could not be used. */
export type FileLookup = ReadonlyMap<string, Readonly<Record<string, unknown>> | string>;

export type Resolution = { ok: true; steps: ResolvedStep[] } | { ok: false; errors: string[] };

/** The file names the walkthrough's `{ file }` steps refer to. */
export function fileRefs(doc: WalkthroughFile): string[] {
  return [...new Set(doc.steps.flatMap((s) => ('file' in s.scenario ? [s.scenario.file] : [])))];
}

export function resolveSteps(doc: WalkthroughFile, presets: readonly PresetValues[], files: FileLookup = new Map()): Resolution {
  if (doc.steps.length === 0) return { ok: true, steps: [] };
  return resolveWalkthrough(doc, (ref) => {
    if ('preset' in ref) {
      const preset = presets.find((p) => p.id === ref.preset);
      return preset ? valueOverrides(preset.values) : `no preset "${ref.preset}"; presets: ${presets.map((p) => p.id).join(', ')}`;
    }
    return files.get(ref.file) ?? `no scenario "${ref.file}" in the library`;
  });
}

/** Reads the library scenarios the walkthrough names (nothing is asked of the host when there are none). */
export async function loadFileRefs(host: Pick<Host, 'listLibrary' | 'readLibraryScenario'>, names: readonly string[]): Promise<FileLookup> {
  const out = new Map<string, Readonly<Record<string, unknown>> | string>();
  if (names.length === 0) return out;
  const listing = await host.listLibrary().catch(() => null);
  for (const name of names) {
    const entry = listing?.entries.find((e) => e.fileName === name || e.fileName.normalize() === name.normalize());
    if (!entry) {
      out.set(name, `no scenario "${name}" in the library`);
      continue;
    }
    const read = await host.readLibraryScenario(entry.id).catch(() => null);
    if (!read || read.status !== 'opened') {
      out.set(name, `cannot read "${name}" from the library${read?.status === 'error' ? `: ${read.message}` : ''}`);
      continue;
    }
    const parsed = parseScenarioText(read.text);
    out.set(name, parsed.ok ? valueOverrides(scenarioValues(parsed.scenario)) : `"${name}": ${parsed.error.message}`);
  }
  return out;
}
