/**
 * The key message that opens the PDF brief and the deck's title slide: where the baseline lands
 * against the resident-population target, how far each other scenario is from it, and what the
 * central-city relocation lever would have to be to reach it — every figure from the model (the
 * comparison's rows, the active target markers, the model's goal seek), worded from the label tables
 * and formatted as the app formats it (129.3万人, "−").
 */
import { LEVER_SPECS, goalSeek, markerFor, markerStatus, type Comparison, type IndicatorId, type TargetSet } from '@model';
import { displayName, formatSettingValue, numberFormat } from './format';
import { exportLabels, fillLabel, type ExportLang } from './labels';

/** The indicator the key message is about, and the lever it solves for. */
const MESSAGE_INDICATOR: IndicatorId = 'residents';
const MESSAGE_LEVER = 'centralCityInflow' as const;

/** One scenario's standing against the target. */
export interface KeyFinding {
  scenario: string;
  value: number;
  status: 'met' | 'above' | 'below';
  gap: number;
}

/** The key message as data and as sentences. */
export interface KeyMessage {
  year: number;
  target: number;
  findings: KeyFinding[];
  /** The lever value (persons a year) that reaches the target from the baseline, or null when none in its range does. */
  leverNeeded: number | null;
  /** The sentences, in order: the baseline against the target, the other scenarios, what it takes. */
  sentences: string[];
  /** The sentences as one paragraph (Chinese sentences end in 。 and join without a space). */
  text: string;
}

/**
 * The key message of a comparison, or null when no active target measures resident population in a
 * year the comparison covers. `targets`: the active target sets (default the plan's); the latest
 * residents target in the comparison's years is the one spoken to.
 */
export function keyMessage(comparison: Comparison, lang: ExportLang, targets?: readonly TargetSet[]): KeyMessage | null {
  const labels = exportLabels(lang).keyMessage;
  const format = numberFormat(lang);
  const marker = [...comparison.years].reverse().map((y) => markerFor(MESSAGE_INDICATOR, y, targets)).find((m) => m !== undefined);
  if (!marker) return null;
  const t = comparison.years.indexOf(marker.year);
  const findings = comparison.scenarios.map((s): KeyFinding => {
    const value = s.rows[t].residents;
    return { scenario: displayName(s.name, lang), value, ...markerStatus(marker, value) };
  });
  const targetText = format.persons(marker.value);
  const standing = (f: KeyFinding) =>
    fillLabel(labels[f.status], { value: format.persons(f.value), gap: format.persons(Math.abs(f.gap)), target: targetText });
  const [base, ...others] = findings;
  const sentences = [fillLabel(labels.baseline, { scenario: base.scenario, year: marker.year, standing: standing(base) })];
  if (others.length > 0) {
    sentences.push(fillLabel(labels.others, { list: others.map((f) => fillLabel(labels.other, { scenario: f.scenario, standing: standing(f) })).join(labels.separator) }));
  }

  const baseline = comparison.scenarios[0];
  const spec = LEVER_SPECS[MESSAGE_LEVER];
  const current = formatSettingValue(spec, baseline.levers[MESSAGE_LEVER], lang);
  let leverNeeded: number | null = null;
  if (base.status !== 'met') {
    const solved = goalSeek({ levers: baseline.levers, lever: MESSAGE_LEVER, indicator: MESSAGE_INDICATOR, target: marker.value, year: marker.year, norms: baseline.norms });
    if (solved.ok) {
      leverNeeded = solved.value;
      // Shown to the lever's step, as its card would set it.
      const shown = Math.round(solved.value / spec.step) * spec.step;
      sentences.push(fillLabel(labels.needs, { value: formatSettingValue(spec, shown, lang), current }));
    } else {
      sentences.push(fillLabel(labels.unreachable, { max: formatSettingValue(spec, spec.max, lang) }));
    }
  }
  return { year: marker.year, target: marker.value, findings, leverNeeded, sentences, text: sentences.join(lang === 'zh-CN' ? '' : ' ') };
}
