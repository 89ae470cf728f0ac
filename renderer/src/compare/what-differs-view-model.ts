/**
 * "What differs": every lever and service norm whose value is not the same in all compared scenarios,
 * with each scenario's value in the interface language (label, unit and number format from the spec).
 * The list itself is the model's `whatDiffers`.
 */
import type { Language } from '../../../src/host/contract';
import { samePathValue, type ScenarioSettings, whatDiffers } from '@model';
import { formatSettingValue, localized } from '../../../src/format';

export interface DiffersRow {
  id: string;
  kind: 'lever' | 'norm';
  label: string;
  unit: string;
  /** Each scenario's value with its unit, baseline first. */
  values: string[];
  /** Whether each value differs from the baseline's (false for the baseline itself). */
  differs: boolean[];
  defaultValue: string;
}

/** `scenarios[i]` are the settings of the comparison's scenario i (0 = baseline). */
export function whatDiffersViewModel(scenarios: readonly ScenarioSettings[], language: Language): DiffersRow[] {
  return whatDiffers(scenarios).map((setting) => ({
    id: setting.id,
    kind: setting.kind,
    label: localized(setting.spec.label, language),
    unit: localized(setting.spec.unit, language),
    values: setting.values.map((v) => formatSettingValue(setting.spec, v, language)),
    differs: setting.values.map((v, i) => i > 0 && !samePathValue(v, setting.values[0])),
    defaultValue: formatSettingValue(setting.spec, setting.defaultValue, language),
  }));
}
