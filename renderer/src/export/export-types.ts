/**
 * Types shared by every export in the app: the scenarios an export covers and the translation
 * function of the 'exporting' namespace. Plain types, cheap to import anywhere.
 */
import type { NamedScenario } from '@model';
import { scenarioColour } from '../../../src/export/palette';

/**
 * A scenario to export: a display name (a bilingual preset name "中文 · English" is shown in the
 * export's language, any other name as is), optional description, lever values and service norms.
 * The same shape as the compare model's `NamedScenario`, so a comparison's scenarios pass straight in.
 */
export type ExportScenario = NamedScenario & {
  /** The scenario's colour where the caller shows it in one (the compare view); else its position's palette colour. */
  colour?: string;
};

/** The scenarios' colours for the builders, when any scenario brings its own (baseline first). */
export function scenarioColours(scenarios: readonly ExportScenario[]): string[] | undefined {
  if (!scenarios.some((s) => s.colour)) return undefined;
  return scenarios.map((s, i) => s.colour ?? scenarioColour(i));
}

/** A translation function bound to the 'exporting' namespace (`useTranslation('exporting').t`). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
