/**
 * A working scenario in the editor: what the user is changing, with its names in both languages.
 * Only `levers` and `norms` are edited through the undo history.
 */
import {
  DEFAULT_LEVERS,
  DEFAULT_NORMS,
  LEVER_IDS,
  LEVER_SPECS,
  type LeverId,
  type LeverSpec,
  type LeverValues,
  type Localized,
  NORM_IDS,
  NORM_SPECS,
  type NormBase,
  type NormId,
  type PathValue,
  representativeValue,
  samePathValue,
} from '@model';

export interface Scenario {
  id: string;
  /** The preset it was created from; null for a scenario opened from a file. */
  presetId: string | null;
  name: Localized;
  description: Localized;
  notes: string;
  /** 1 for the first scenario from a preset, 2… for later ones (shown as a suffix). */
  copy: number;
  /** Where it was opened from or saved to, for Save. */
  filePath: string | null;
  /** Path-capable levers may hold a per-year path (see year-path.ts). */
  levers: { -readonly [K in LeverId]: LeverValues[K] };
  norms: Record<NormId, number>;
}

/** Which value set a control edits. */
export type ControlGroup = 'levers' | 'norms';

/** One editable value: a lever or a service norm (both have the lever-spec shape). */
export interface ControlSpec {
  group: ControlGroup;
  /** Norm specs also say whom they apply to. */
  spec: Omit<LeverSpec, 'chapter'> & { chapter: LeverSpec['chapter'] | 'services'; appliesTo?: NormBase };
}

/** Every control in display order: levers by chapter, then the service norms. */
export const CONTROLS: readonly ControlSpec[] = [
  ...LEVER_IDS.map((id): ControlSpec => ({ group: 'levers', spec: LEVER_SPECS[id] })),
  ...NORM_IDS.map((id): ControlSpec => ({ group: 'norms', spec: NORM_SPECS[id] })),
];

/** A control's value as one number; a lever holding a per-year path shows its 2025 value (the plan year). */
export function controlValue(scenario: Scenario, control: ControlSpec): number {
  return control.group === 'levers'
    ? representativeValue(scenario.levers[control.spec.id as LeverId])
    : scenario.norms[control.spec.id as NormId];
}

/** A control's value as the scenario holds it: a path-capable lever may hold a per-year path. */
export function controlPathValue(scenario: Scenario, control: ControlSpec): PathValue {
  return control.group === 'levers' ? (scenario.levers[control.spec.id as LeverId] as PathValue) : scenario.norms[control.spec.id as NormId];
}

/**
 * A control's default as the model has it: for a path-capable lever whose default differs by year,
 * the default path (the spec's `default` is then only its plan-year value).
 */
export function controlDefault(control: ControlSpec): PathValue {
  return control.group === 'levers' ? (DEFAULT_LEVERS[control.spec.id as LeverId] as PathValue) : DEFAULT_NORMS[control.spec.id as NormId];
}

/** How many values differ from their defaults. */
export function changedCount(scenario: Scenario): number {
  let n = 0;
  for (const id of LEVER_IDS) if (!samePathValue(scenario.levers[id], DEFAULT_LEVERS[id])) n++;
  for (const id of NORM_IDS) if (scenario.norms[id] !== DEFAULT_NORMS[id]) n++;
  return n;
}

/** The name in the interface language, with the copy suffix rendered by the caller's template. */
export function scenarioName(scenario: Pick<Scenario, 'name' | 'copy'>, language: 'zh-CN' | 'en', copySuffix: (n: number) => string): string {
  const base = language === 'zh-CN' ? scenario.name.zh : scenario.name.en;
  return scenario.copy > 1 ? `${base}${copySuffix(scenario.copy)}` : base;
}
