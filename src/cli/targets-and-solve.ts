/**
 * The CLI's plan-target checklist (`--targets YEAR`) and goal seek (`--solve LEVER --for INDICATOR=VALUE
 * --in YEAR`) for a scenario: text renderings of the model's `planTargetChecklist` and `goalSeek`.
 */
import {
  goalSeek,
  LEVER_IDS,
  LEVER_SPECS,
  type LeverId,
  type LeverSpec,
  PLAN_TARGETS,
  targetChecklist,
  type PlanTarget,
  type PlanTargetRow,
  isIndicatorId,
  runXiqing,
  type ScenarioValues,
  SOLVABLE_INDICATORS,
} from '@model';
import { fixed, formatSettingValue } from '../format/index.js';
import { CliError } from './errors.js';
import { USAGE_HINT } from './args.js';

/**
 * A lever or norm value as the CLI prints it: in the spec's display unit, scaled as the app and the
 * exports scale it (a share stored as 0.0141 with unit "%/year" prints "1.41%/year", never
 * "0.0141 %/year"). `extraDecimals` shows a solved value more precisely than a card does.
 */
export function formatSpecValue(spec: Pick<LeverSpec, 'format' | 'decimals' | 'unit'>, value: number, extraDecimals = 0): string {
  return formatSettingValue({ ...spec, decimals: spec.decimals + extraDecimals }, value, 'en');
}

/**
 * A number as the checklist shows it, in the target's own unit: a "%" target is a stored fraction shown
 * ×100 ("94.76%"); any other value is shown as stored with its unit ("1,350,000 persons", "82.38 years").
 */
export function show(v: number, row: Pick<PlanTargetRow, 'unit'>): string {
  if (row.unit.en === '%') return `${(v * 100).toFixed(2)}%`;
  const number = Math.abs(v) >= 100 ? fixed('en', v) : String(Math.round(v * 100) / 100);
  return `${number} ${row.unit.en}`;
}

/** A gap in the target's unit: a difference of two shares is in percentage points ("0.84 pp"). */
function showGap(gap: number, row: Pick<PlanTargetRow, 'unit'>): string {
  return row.unit.en === '%' ? `${(gap * 100).toFixed(2)} pp` : show(gap, row);
}

const KIND_SIGN = { about: '≈', atLeast: '≥', atMost: '≤' } as const;
const STATUS_TEXT = { met: '✓ met', aboveBand: '↑ above band', belowBand: '↓ below band', notReached: '✗ not reached', overLimit: '✗ over limit' } as const;

/** Where a row stands, in words that respect its kind: an overshoot of an "at least" target is met. */
function statusWord(r: PlanTargetRow): keyof typeof STATUS_TEXT {
  if (r.status === 'met') return 'met';
  if (r.kind === 'about') return r.status === 'above' ? 'aboveBand' : 'belowBand';
  return r.kind === 'atLeast' ? 'notReached' : 'overLimit';
}

/** The checklist as an aligned text table (English labels; JSON output has both languages). */
export function checklistText(name: string, year: number, rows: readonly PlanTargetRow[]): string {
  const lines = [`Plan targets in ${year} — ${name}`, ''];
  const cells = rows.map((r) => ({ r, target: `${KIND_SIGN[r.kind]} ${show(r.target, r)}${r.targetYear === year ? '' : ` (${r.targetYear})`}`, value: show(r.value, r), gap: showGap(r.gap, r) }));
  const w = Math.max(...rows.map((r) => r.label.en.length));
  const wt = Math.max(...cells.map((c) => c.target.length));
  const wv = Math.max(...cells.map((c) => c.value.length));
  for (const { r, target, value, gap } of cells) {
    lines.push(`${STATUS_TEXT[statusWord(r)].padEnd(15)}  ${r.label.en.padEnd(w)}  target ${target.padEnd(wt)}  value ${value.padEnd(wv)}  gap ${gap}`);
  }
  return lines.join('\n') + '\n';
}

/** Checklist rows for a scenario in `year` (within the run's horizon), against a target set (the plan's by default). */
export function checklistFor(values: ScenarioValues, year: number, targets: readonly PlanTarget[] = PLAN_TARGETS): PlanTargetRow[] {
  if (year < 2020 || year > values.levers.endYear) {
    throw new CliError(`--targets year ${year} is outside the projection (2020 to ${values.levers.endYear})`);
  }
  return targetChecklist(runXiqing(values.levers), values.norms, year, targets);
}

/** Parses `INDICATOR=VALUE` of --for. */
export function parseFor(text: string): { indicator: string; target: number } {
  const m = /^([A-Za-z0-9]+)=(-?[0-9.eE+]+)$/.exec(text);
  if (!m || !Number.isFinite(Number(m[2]))) throw new CliError(`--for must look like INDICATOR=VALUE (e.g. residents=1350000), got "${text}"`);
  return { indicator: m[1], target: Number(m[2]) };
}

/** Levers goal seek can vary: every lever but the projection's end year, which sets the horizon itself. */
export const SOLVABLE_LEVERS: readonly LeverId[] = LEVER_IDS.filter((id) => id !== 'endYear');

/**
 * Checks a goal-seek question before any search, so that a question that cannot be asked is a usage
 * error (exit 2, the valid choices listed) and only a valid question can be answered "unreachable".
 */
function checkSolveQuestion(values: ScenarioValues, lever: string, indicator: string, year: number): asserts lever is LeverId {
  if (!(SOLVABLE_LEVERS as readonly string[]).includes(lever)) {
    const why = lever === 'endYear' ? 'endYear sets the projection horizon and cannot be solved for' : `unknown lever "${lever}"`;
    throw new CliError(`--solve: ${why}`, [`levers that can be solved for: ${SOLVABLE_LEVERS.join(', ')}`], USAGE_HINT);
  }
  if (!(SOLVABLE_INDICATORS as readonly string[]).includes(indicator)) {
    const why = isIndicatorId(indicator) ? `${indicator} cannot be solved for: no lever moves it` : `unknown indicator "${indicator}"`;
    throw new CliError(`--for: ${why}`, [`indicators: ${SOLVABLE_INDICATORS.join(', ')}`], USAGE_HINT);
  }
  if (year > values.levers.endYear) {
    throw new CliError(`--in ${year} is past the scenario's projection, which ends in ${values.levers.endYear}`, [`years: 2020 to ${values.levers.endYear}`], USAGE_HINT);
  }
}

/**
 * Runs goal seek and describes the answer in plain words. A valid question with no answer ("unreachable")
 * is a normal answer, not an error; a question that cannot be asked throws a CliError (exit 2).
 */
export function solveText(values: ScenarioValues, lever: string, forText: string, year: number): { text: string; json: unknown } {
  const { indicator, target } = parseFor(forText);
  checkSolveQuestion(values, lever, indicator, year);
  const r = goalSeek({ levers: values.levers, lever, indicator, target, year, norms: values.norms });
  const spec = LEVER_SPECS[lever];
  if (r.ok) {
    return {
      text: `${lever} (${spec.label.en}) = ${formatSpecValue(spec, r.value, 2)} gives ${indicator} = ${Number(r.achieved.toPrecision(10))} in ${year} (target ${target}; ${r.iterations} model runs)\n`,
      json: { ok: true, lever, value: r.value, indicator, achieved: r.achieved, target, year, iterations: r.iterations },
    };
  }
  return {
    text: `Unreachable: ${r.reason}\n`,
    json: { ok: false, lever, indicator, target, year, reason: r.reason, range: r.range, valuesAtEnds: r.valuesAtEnds },
  };
}
