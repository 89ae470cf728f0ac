/**
 * Which scenarios an export covers when the caller does not say: the editor's active scenario, or
 * every open scenario with the active one first (the baseline). Pure functions of the editor state.
 */
import type { Language } from '../../../src/host/contract';
import { MAX_COMPARED_SCENARIOS } from '@model';
import type { AppState } from '../state/app-store';
import { scenarioName, type Scenario } from '../state/scenario';
import type { ExportScenario } from './export-types';
import { localized } from '../../../src/format';

/** Export the active scenario alone, or every open scenario (active first). */
export type ScenarioScope = 'active' | 'open';

/** An editor scenario as an export sees it: its name and description in `language`, its values. */
export function exportScenarioOf(scenario: Scenario, language: Language, copySuffix: (n: number) => string): ExportScenario {
  return {
    name: scenarioName(scenario, language, copySuffix),
    description: localized(scenario.description, language),
    levers: { ...scenario.levers },
    norms: { ...scenario.norms },
  };
}

/** The editor's scenarios for `scope`, baseline first, at most {@link MAX_COMPARED_SCENARIOS}. */
export function editorScenarios(state: Pick<AppState, 'entries' | 'order' | 'activeId'>, scope: ScenarioScope, language: Language, copySuffix: (n: number) => string): ExportScenario[] {
  const ids = scope === 'active' ? [state.activeId] : [state.activeId, ...state.order.filter((id) => id !== state.activeId)];
  return ids.slice(0, MAX_COMPARED_SCENARIOS).map((id) => exportScenarioOf(state.entries[id].scenario, language, copySuffix));
}

/** At most {@link MAX_COMPARED_SCENARIOS} scenarios, and whether some were left out. */
export function limitScenarios(scenarios: readonly ExportScenario[]): { scenarios: ExportScenario[]; truncated: boolean } {
  return { scenarios: scenarios.slice(0, MAX_COMPARED_SCENARIOS), truncated: scenarios.length > MAX_COMPARED_SCENARIOS };
}
