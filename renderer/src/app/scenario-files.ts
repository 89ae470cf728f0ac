/**
 * Open, Save and Save As through the host. The host moves text; the model's scenario-file module
 * parses, validates and serialises it. Returns a notice for the user in the interface language.
 */
import type { TFunction } from 'i18next';
import type { Host } from '../host/host';
import { parseScenarioText, serializeScenario, valueOverrides } from '@model';
import { hostErrorText, loadErrorText } from './file-error-text';
import type { AppStore } from '../state/app-store';
import type { Scenario } from '../state/scenario';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

/** The scenario as file text. Names keep both languages ("中文 · English") when they differ. */
export function scenarioText(scenario: Scenario): string {
  const both = (text: { zh: string; en: string }) => (text.zh === text.en ? text.zh : `${text.zh} · ${text.en}`);
  return serializeScenario({
    name: both(scenario.name),
    description: both(scenario.description),
    levers: valueOverrides({ levers: scenario.levers, norms: scenario.norms }),
    notes: scenario.notes,
  });
}

export async function openScenario(host: Host, store: AppStore, t: TFunction): Promise<Notice | null> {
  const result = await host.openScenarioDialog();
  if (result.status === 'canceled') return null;
  if (result.status === 'error') return { kind: 'error', text: t('files.openFailed', { name: '', reason: hostErrorText(result, t) }) };
  const parsed = parseScenarioText(result.file.text);
  if (!parsed.ok) return { kind: 'error', text: t('files.openFailed', { name: result.file.name, reason: loadErrorText(parsed.error, t) }) };
  store.openFile(parsed.scenario, result.file.path);
  return { kind: 'info', text: t('files.opened', { name: result.file.name }) };
}

export async function saveScenario(host: Host, store: AppStore, t: TFunction, options: { as: boolean; suggestedName: string }): Promise<Notice | null> {
  const { scenario } = store.getState().entries[store.getState().activeId];
  const text = scenarioText(scenario);
  const result =
    scenario.filePath && !options.as ? await host.saveScenario(scenario.filePath, text) : await host.saveScenarioAsDialog(options.suggestedName, text);
  if (result.status === 'canceled') return null;
  if (result.status === 'error') return { kind: 'error', text: t('files.saveFailed', { reason: hostErrorText(result, t) }) };
  store.setFilePath(result.path);
  return { kind: 'info', text: t('files.saved', { name: result.name }) };
}
