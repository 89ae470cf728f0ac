/** Shared fixtures of the export tests: three presets compared, and fixed export options. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareScenarios, type Comparison, type NamedScenario } from '../../src/model/compare';
import { parseScenarioText, scenarioValues } from '../../src/model/scenario-file/scenario-file';
import type { ExportOptions } from '../../src/export';

export const SCENARIOS_DIR = resolve(import.meta.dirname, '../../scenarios');

/** The three presets the export tests compare, baseline first. */
export const PRESETS = ['trend', 'three-child-uplift', 'central-city-surge'] as const;

/** A preset scenario file as a named scenario. */
export function loadPreset(name: string): NamedScenario {
  const parsed = parseScenarioText(readFileSync(resolve(SCENARIOS_DIR, `${name}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}`);
  const { levers, norms } = scenarioValues(parsed.scenario);
  return { name: parsed.scenario.name, description: parsed.scenario.description, levers, norms };
}

let cached: Comparison | undefined;

/** The comparison of {@link PRESETS} (computed once per test file). */
export function presetComparison(): Comparison {
  return (cached ??= compareScenarios(PRESETS.map(loadPreset)));
}

/** A fixed export date: 31 January 2025, noon local time. */
export const EXPORT_DATE = new Date(2025, 0, 31, 12);

export const options = (lang: ExportOptions['lang']): ExportOptions => ({ lang, appVersion: '9.8.7', date: EXPORT_DATE });

/** The Chinese (zh) and English (en) parts of a bilingual preset name. */
export function nameParts(name: string): { zh: string; en: string } {
  const [zh, en] = name.split(' · ');
  return { zh, en };
}
