/**
 * What the page should show, computed in Node by the same model and the same formatter the renderer
 * uses: the test compares the page with the model, not with numbers written into the test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioText, scenarioLevers } from '../../../src/model/scenario-file/scenario-file';
import type { LeverId } from '../../../src/model/xiqing/levers/lever-specs';
import type { LeverValues } from '../../../src/model/xiqing/levers/lever-values';
import { xiqingIndicators } from '../../../src/model/xiqing/model';
import type { IndicatorRow } from '../../../src/model/xiqing/scenario/indicators';
import type { Language } from '../../../src/host/contract';
import { PROJECT_ROOT } from './build-renderer';
import { numberFormat } from '../../../src/format';

/** The lever values of a shipped preset. */
export function presetLevers(id: string): LeverValues {
  const parsed = parseScenarioText(readFileSync(join(PROJECT_ROOT, 'scenarios', `${id}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`preset ${id}: ${parsed.error.message}`);
  return scenarioLevers(parsed.scenario);
}

export function withLever(levers: LeverValues, id: LeverId, value: number): LeverValues {
  return { ...levers, [id]: value };
}

export function rowsFor(levers: LeverValues): IndicatorRow[] {
  return xiqingIndicators(levers);
}

export function rowOf(rows: readonly IndicatorRow[], year: number): IndicatorRow {
  const row = rows.find((r) => r.year === year);
  if (!row) throw new Error(`no row for ${year}`);
  return row;
}

/** The text a persons tile shows: value and unit run together ("129.3万人", "1.293M"). */
export function personsTileText(value: number, language: Language): string {
  const parts = numberFormat(language).personsParts(value);
  return `${parts.value}${parts.unit}`;
}
