/** Loads the preset scenario files shipped in scenarios/ (test helper). */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseScenarioText, scenarioLevers } from '../../../src/model/scenario-file/scenario-file';
import type { LeverValues } from '../../../src/model/xiqing/levers/lever-values';

export const scenariosDir = resolve(import.meta.dirname, '../../../scenarios');

/** Every preset as [file name without .json, its full lever values]. */
export function loadPresets(): [string, LeverValues][] {
  return readdirSync(scenariosDir)
    .filter((f) => f.endsWith('.json') && !f.includes('walkthrough'))
    .sort()
    .map((f) => {
      const parsed = parseScenarioText(readFileSync(resolve(scenariosDir, f), 'utf8'));
      if (!parsed.ok) throw new Error(`${f}: ${parsed.error.message}`);
      return [f.replace(/\.json$/, ''), scenarioLevers(parsed.scenario)];
    });
}
