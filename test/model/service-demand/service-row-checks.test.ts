/**
 * Model checks over a grid: every lever at its min and at its max (one at a time, from the defaults
 * with endYear 2035) and every norm at its min and max: every service-row field finite and ≥ 0, shares
 * within 0..1, whole-unit fields whole.
 */
import { describe, expect, it } from 'vitest';
import { serviceRows } from '../../../src/model/service-demand/demand';
import { DEFAULT_NORMS, NORM_IDS, NORM_SPECS, type NormValues } from '../../../src/model/service-demand/norm-specs';
import { SERVICE_FIELDS } from '../../../src/model/indicators';
import type { ServiceRow } from '../../../src/model/service-demand/service-row';
import { LEVER_IDS, LEVER_SPECS } from '../../../src/model/xiqing/levers/lever-specs';
import { DEFAULT_LEVERS, type LeverValues } from '../../../src/model/xiqing/levers/lever-values';
import { runXiqing } from '../../../src/model/xiqing/model';

const WHOLE = new Set(['preschoolClasses', 'kindergartens', 'primaryClasses', 'juniorClasses', 'dayCareCentres', 'familyDoctors']);

function problems(rows: ServiceRow[]): string[] {
  const out: string[] = [];
  for (const row of rows) {
    for (const f of SERVICE_FIELDS) {
      const v = row[f.id];
      if (!Number.isFinite(v) || v < 0) out.push(`${row.year} ${f.id} = ${v}`);
      else if (f.kind === 'share' && v > 1) out.push(`${row.year} ${f.id} = ${v} > 1`);
      else if (WHOLE.has(f.id) && !Number.isInteger(v)) out.push(`${row.year} ${f.id} = ${v} not whole`);
    }
  }
  return out;
}

const base: LeverValues = { ...DEFAULT_LEVERS, endYear: 2035 };

describe('service rows over the lever grid', () => {
  const cases = LEVER_IDS.flatMap((id) => (['min', 'max'] as const).map((end) => [id, end, LEVER_SPECS[id][end]] as const));
  it.each(cases)('%s at %s (%s)', (id, _end, value) => {
    const rows = serviceRows(runXiqing({ ...base, [id]: value }), DEFAULT_NORMS);
    expect(problems(rows)).toEqual([]);
  });
});

describe('service rows over the norm grid', () => {
  const run = runXiqing(base);
  const cases = NORM_IDS.flatMap((id) => (['min', 'max'] as const).map((end) => [id, end, NORM_SPECS[id][end]] as const));
  it.each(cases)('%s at %s (%s)', (id, _end, value) => {
    const norms: NormValues = { ...DEFAULT_NORMS, [id]: value };
    expect(problems(serviceRows(run, norms))).toEqual([]);
  });
  it('all norms at their minimum, then all at their maximum', () => {
    for (const end of ['min', 'max'] as const) {
      const norms = Object.fromEntries(NORM_IDS.map((id) => [id, NORM_SPECS[id][end]])) as NormValues;
      expect(problems(serviceRows(run, norms))).toEqual([]);
    }
  });
});
