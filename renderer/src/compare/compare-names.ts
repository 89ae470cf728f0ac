/** Names and values of compared scenarios, whatever they come from. */
import type { Language } from '../../../src/host/contract';
import { scenarioValues, type ScenarioValues } from '@model';
import { splitBilingual } from '@model';
import { PRESETS } from '../presets/presets';
import type { AppState } from '../state/app-store';
import { scenarioName } from '../state/scenario';
import type { CompareSource } from './compare-store';
import { localized } from '../../../src/format';

const presetValues = new Map<string, ScenarioValues>();

/** A preset's values, the same object every time (so its model run is kept). */
export function presetValuesOf(presetId: string): ScenarioValues | null {
  let values = presetValues.get(presetId);
  if (!values) {
    const preset = PRESETS.find((p) => p.id === presetId);
    if (!preset) return null;
    values = scenarioValues(preset.file);
    presetValues.set(presetId, values);
  }
  return values;
}

/** The values a source stands for now (an open scenario's latest), or null if it is gone. */
export function sourceValues(source: CompareSource, entries: AppState['entries']): ScenarioValues | null {
  switch (source.kind) {
    case 'preset':
      return presetValuesOf(source.presetId);
    case 'library':
      return source.values;
    case 'open': {
      const scenario = entries[source.scenarioId]?.scenario;
      return scenario ? { levers: scenario.levers, norms: scenario.norms } : null;
    }
  }
}

export function presetName(presetId: string, language: Language): string {
  const preset = PRESETS.find((p) => p.id === presetId);
  return preset ? localized(splitBilingual(preset.file.name), language) : presetId;
}

/** The name a source is shown under, in the interface language. */
export function sourceName(source: CompareSource, entries: AppState['entries'], language: Language, copySuffix: (n: number) => string): string {
  switch (source.kind) {
    case 'preset':
      return presetName(source.presetId, language);
    case 'library':
      return source.name;
    case 'open': {
      const scenario = entries[source.scenarioId]?.scenario;
      return scenario ? scenarioName(scenario, language, copySuffix) : source.scenarioId;
    }
  }
}
