/**
 * The CLI's plan-target checklist (`--targets YEAR`) and goal seek (`--solve LEVER --for INDICATOR=VALUE
 * --in YEAR`) for a scenario: text renderings of the model's `planTargetChecklist` and `goalSeek`.
 */
import {
  goalSeek,
  isLeverId,
  LEVER_SPECS,
  planTargetChecklist,
  type PlanTargetRow,
  runXiqing,
  type ScenarioValues,
} from '@model';
import { CliError } from './errors.js';

/** A number as the checklist shows it: shares as %, large counts with thousands separators. */
function show(v: number, row: Pick<PlanTargetRow, 'unit'>): string {
  if (row.unit.en === '%' || (Math.abs(v) <= 1 && row.unit.en.includes('share'))) return `${(v * 100).toFixed(2)}%`;
  if (Math.abs(v) >= 100) return Math.round(v).toLocaleString('en-US');
  return String(Math.round(v * 100) / 100);
}

/** The checklist as an aligned text table (English labels; JSON output has both languages). */
export function checklistText(name: string, year: number, rows: readonly PlanTargetRow[]): string {
  const lines = [`Plan targets in ${year} — ${name}`, ''];
  const w = Math.max(...rows.map((r) => r.label.en.length));
  for (const r of rows) {
    const target = `${r.comparison} ${show(r.target, r)}`;
    lines.push(`${r.met ? '✓ met    ' : '✗ not met'}  ${r.label.en.padEnd(w)}  target ${target.padEnd(14)} value ${show(r.value, r).padEnd(12)} gap ${show(r.gap, r)}`);
  }
  return lines.join('\n') + '\n';
}

/** Checklist rows for a scenario in `year` (within the run's horizon). */
export function checklistFor(values: ScenarioValues, year: number): PlanTargetRow[] {
  if (year < 2020 || year > values.levers.endYear) {
    throw new CliError(`--targets year ${year} is outside the projection (2020 to ${values.levers.endYear})`);
  }
  return planTargetChecklist(runXiqing(values.levers), values.norms, year);
}

/** Parses `INDICATOR=VALUE` of --for. */
export function parseFor(text: string): { indicator: string; target: number } {
  const m = /^([A-Za-z0-9]+)=(-?[0-9.eE+]+)$/.exec(text);
  if (!m || !Number.isFinite(Number(m[2]))) throw new CliError(`--for must look like INDICATOR=VALUE (e.g. residents=1350000), got "${text}"`);
  return { indicator: m[1], target: Number(m[2]) };
}

/** Runs goal seek and describes the answer in plain words; unreachable targets are a normal answer, not an error. */
export function solveText(values: ScenarioValues, lever: string, forText: string, year: number): { text: string; json: unknown } {
  if (!isLeverId(lever)) throw new CliError(`--solve: unknown lever "${lever}"`);
  const { indicator, target } = parseFor(forText);
  const r = goalSeek({ levers: values.levers, lever, indicator, target, year, norms: values.norms });
  const spec = LEVER_SPECS[lever];
  if (r.ok) {
    return {
      text: `${lever} (${spec.label.en}) = ${Number(r.value.toPrecision(8))} ${spec.unit.en} gives ${indicator} = ${Number(r.achieved.toPrecision(10))} in ${year} (target ${target}; ${r.iterations} model runs)\n`,
      json: { ok: true, lever, value: r.value, indicator, achieved: r.achieved, target, year, iterations: r.iterations },
    };
  }
  return {
    text: `Unreachable: ${r.reason}\n`,
    json: { ok: false, lever, indicator, target, year, reason: r.reason, range: r.range, valuesAtEnds: r.valuesAtEnds },
  };
}
