/**
 * The app's band computation reports the probabilities of the ACTIVE target set (a draft 2030 set
 * here), equal to the model's own fast runs with those targets; without targets, the plan's.
 */
import { describe, expect, it } from 'vitest';
import { parseTargets, runFastProbabilistic, targetSetOf } from '../../../src/model';
import { resolveValues } from '../../../src/model/scenario-values';
import { APP_OPERATOR_RUNS, APP_SEED, computeBands } from '../../../renderer/src/uncertainty/band-request';

const resolved = resolveValues({});
if (!resolved.ok) throw new Error('defaults invalid');
const values = resolved.values;

const parsed = parseTargets({ format: 'xiqing-targets', version: 1, name: 'draft', targets: [{ indicator: 'residents', year: 2030, value: 1400000, kind: 'atLeast' }, { indicator: 'age65plusShare', year: 2030, value: 0.2, kind: 'atMost' }] });
if (!parsed.ok) throw new Error('draft invalid');
const draft = targetSetOf(parsed.file).targets;

describe('computeBands with the active targets', () => {
  it('gives the probability of each active target, as the model computes it', async () => {
    const reply = await computeBands({ id: 1, values, runs: 200, seed: APP_SEED, targets: draft }, () => true);
    if (!reply?.ok) throw new Error('no result');
    const expected = runFastProbabilistic({ values, runs: 200, seed: APP_SEED, operatorRuns: APP_OPERATOR_RUNS, targets: draft });
    expect(reply.result.targets.map((t) => [t.indicator, t.year, t.kind])).toEqual([['residents', 2030, 'atLeast'], ['age65plusShare', 2030, 'atMost']]);
    expect(reply.result.targets).toEqual(expected.targets);
    for (const t of reply.result.targets) expect(t.probability).toBeGreaterThanOrEqual(0);
  });

  it('without targets reports the plan’s 2025 ones', async () => {
    const reply = await computeBands({ id: 2, values, runs: 50, seed: APP_SEED }, () => true);
    if (!reply?.ok) throw new Error('no result');
    expect(reply.result.targets.find((t) => t.id === 'residents')).toMatchObject({ year: 2025, value: 1350000, kind: 'about' });
  });
});
