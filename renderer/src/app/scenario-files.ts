/**
 * Open, Save and Save As through the host. The host moves text; the model's scenario-file module
 * parses, validates and serialises it. Returns a notice for the user in the interface language.
 */
import type { TFunction } from 'i18next';
import type { HostError } from '../../../src/host/contract';
import type { Host } from '../host/host';
import { parseScenarioText, type ScenarioLoadError, serializeScenario, valueOverrides } from '@model';
import type { AppStore } from '../state/app-store';
import type { Scenario } from '../state/scenario';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

function loadErrorText(error: ScenarioLoadError, t: TFunction): string {
  switch (error.kind) {
    case 'not-json':
      return t('files.notJson');
    case 'foreign':
      return t('files.foreign');
    case 'future-version':
      return t('files.futureVersion', { version: error.version });
    case 'invalid':
      return t('files.invalid', { detail: error.issues.join('; ') });
  }
}

/** The host validates files with the same loader, so its error kinds include the loader's. */
function hostErrorText(error: HostError, t: TFunction): string {
  switch (error.kind) {
    case 'not-json':
    case 'foreign':
    case 'invalid':
      return loadErrorText({ kind: error.kind, message: error.message, issues: [error.message] }, t);
    case 'future-version':
      return loadErrorText({ kind: 'future-version', message: error.message, version: error.version ?? 0 }, t);
    default:
      return t(`files.hostErrors.${error.kind}`);
  }
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
