/**
 * The "What would it take?" panel's pure logic: the request it builds from the form, rounding a
 * solution to the lever's step, the prefilled targets, and the answer in words in both languages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { goalSeek } from '../../../src/model/solve/goal-seek';
import { DEFAULT_NORMS } from '../../../src/model/service-demand/norm-specs';
import { LEVER_SPECS } from '../../../src/model/xiqing/levers/lever-specs';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import type { ViewContext } from '../../../renderer/src/charts/chart-view-model';
import {
  answerStatus,
  answerText,
  buildGoalRequest,
  defaultGoalYear,
  defaultTargetText,
  formatSolvedLever,
  GOAL_INDICATORS,
  GOAL_LEVERS,
  goalIndicator,
  goalYears,
  indicatorAt,
  parseGoalTarget,
  roundToStep,
  solveGoal,
  targetScale,
  understoodText,
  type GoalForm,
} from '../../../renderer/src/goal-seek/goal-seek-logic';
import { viewContext } from '../support/view-context';

let zhCtx: ViewContext;
let enCtx: ViewContext;
beforeAll(async () => {
  zhCtx = await viewContext('zh-CN');
  enCtx = await viewContext('en');
});

const levers = DEFAULT_LEVERS;
const norms = DEFAULT_NORMS;
const form = (over: Partial<GoalForm> = {}): GoalForm => ({ indicator: 'residents', target: '1350000', year: 2025, lever: 'centralCityInflow', ...over });
/** The request the panel builds in Chinese, the box's unit set by the scenario's value (as the tiles show it). */
const req = (f: GoalForm, ctx: () => ViewContext = () => zhCtx) =>
  buildGoalRequest(f, targetScale(goalIndicator(f.indicator), indicatorAt(levers, norms, goalIndicator(f.indicator).field, 2025), ctx()), levers, norms);

describe('choices', () => {
  it('offers the volume and rate levers, never calendar years or shape parameters', () => {
    expect(GOAL_LEVERS).toContain('centralCityInflow');
    expect(GOAL_LEVERS).toContain('pointsSettlementRate');
    expect(GOAL_LEVERS).toContain('tfr2025');
    for (const id of ['endYear', 'southStationCompletionYear', 'upliftPhaseInYears', 'srb'] as const) expect(GOAL_LEVERS).not.toContain(id);
  });

  it('offers indicators the model can seek, labelled from the tiles', () => {
    const row = indicatorAt(levers, norms, 'residents', 2025);
    expect(row).toBeGreaterThan(1_000_000);
    for (const i of GOAL_INDICATORS) {
      expect(indicatorAt(levers, norms, i.field, 2025), i.field).toBeTypeOf('number');
      expect(zhCtx.t(`translation:${i.labelKey}`)).not.toBe(i.labelKey);
    }
  });

  it('sets years from 2021 to the end year and defaults to the plan year', () => {
    expect(goalYears(2035)[0]).toBe(2021);
    expect(goalYears(2035).at(-1)).toBe(2035);
    expect(defaultGoalYear(2035)).toBe(2025);
    expect(defaultGoalYear(2025)).toBe(2025);
  });

  it('prefills the plan’s targets, else the scenario’s current value, in the tiles’ units', () => {
    expect(defaultTargetText(goalIndicator('residents'), 2025, 1_300_000, zhCtx)).toBe('135');
    expect(defaultTargetText(goalIndicator('hukouPopulation'), 2025, 500_000, zhCtx)).toBe('52.6');
    expect(defaultTargetText(goalIndicator('residents'), 2030, 1_412_345.6, zhCtx)).toBe('141.23');
    expect(defaultTargetText(goalIndicator('residents'), 2025, 1_300_000, enCtx)).toBe('1.35');
    expect(defaultTargetText(goalIndicator('age60plusShare'), 2025, 0.18234, zhCtx)).toBe('18.2');
    expect(defaultTargetText(goalIndicator('births'), 2025, 6_012.4, zhCtx)).toBe('6012');
    expect(defaultTargetText(goalIndicator('births'), 2025, undefined, zhCtx)).toBe('');
  });

  it('takes targets in the tiles’ units: 135万, 135 (万人) and 1350000 are the same, with a preview of what was read', () => {
    const residents = goalIndicator('residents');
    const zh = targetScale(residents, 1_293_000, zhCtx);
    expect(zh).toEqual({ factor: 10_000, unit: '万人' });
    for (const text of ['135万', '135 万人', '135', '1350000', '1,350,000', '１３５万']) expect(parseGoalTarget(text, residents, zh), text).toBe(1_350_000);
    expect(understoodText(1_350_000, residents, zhCtx)).toBe('读作 1,350,000人（135.0万人）');
    const en = targetScale(residents, 1_293_000, enCtx);
    expect(en.factor).toBe(1_000_000);
    for (const text of ['1.35', '1.35M', '1.35 million', '1350k', '1350000']) expect(parseGoalTarget(text, residents, en), text).toBeCloseTo(1_350_000, 6);
    expect(understoodText(1_350_000, residents, enCtx)).toBe('Read as 1,350,000 persons (1.350 M)');
    // Births are shown in persons: a plain number is persons.
    expect(parseGoalTarget('6000', goalIndicator('births'), targetScale(goalIndicator('births'), 5_900, zhCtx))).toBe(6000);
    // Shares in %.
    expect(parseGoalTarget('25', goalIndicator('age60plusShare'), targetScale(goalIndicator('age60plusShare'), 0.2, zhCtx))).toBeCloseTo(0.25, 12);
    expect(parseGoalTarget('135x', residents, zh)).toBeNaN();
    expect(parseGoalTarget('万', residents, zh)).toBeNaN();
  });
});

describe('request building', () => {
  it('builds the goal-seek request on the given values, shares typed as %', () => {
    const built = req(form({ target: '1,350,000' }));
    expect(built).toEqual({ ok: true, request: { levers, lever: 'centralCityInflow', indicator: 'residents', target: 1_350_000, year: 2025, norms } });
    const share = req(form({ indicator: 'age60plusShare', target: '25%' }));
    expect(share.ok && share.request.target).toBeCloseTo(0.25, 12);
    const fullWidth = req(form({ target: '１３５００００' }));
    expect(fullWidth.ok && fullWidth.request.target).toBe(1_350_000);
  });

  it('rejects a target that is not a number, negative, or a share over 100%, and a year outside the run', () => {
    expect(req(form({ target: 'abc' }))).toEqual({ ok: false, error: 'target' });
    expect(req(form({ target: '' }))).toEqual({ ok: false, error: 'target' });
    expect(req(form({ target: '-5' }))).toEqual({ ok: false, error: 'target' });
    expect(req(form({ indicator: 'age60plusShare', target: '120' }))).toEqual({ ok: false, error: 'target' });
    expect(req(form({ year: 2040 }))).toEqual({ ok: false, error: 'year' });
    expect(req(form({ year: 2020 }))).toEqual({ ok: false, error: 'year' });
  });
});

describe('rounding to the lever’s step', () => {
  it('rounds from the minimum by the step, within the range, without binary noise', () => {
    expect(roundToStep('centralCityInflow', 22_787.2258)).toBe(22_800);
    expect(roundToStep('centralCityInflow', 22_749)).toBe(22_700);
    expect(roundToStep('outflowRate', 0.0089068)).toBe(0.01);
    expect(roundToStep('pointsSettlementRate', 0.0207895)).toBe(0.021);
    expect(roundToStep('tfr2025', 1.674940)).toBe(1.67);
    expect(roundToStep('srb', 1.08449)).toBe(1.084);
    expect(roundToStep('southStationPopulation', 12_499)).toBe(10_000);
    expect(roundToStep('centralCityInflow', 70_000)).toBe(60_000);
    expect(roundToStep('centralCityInflow', -3)).toBe(0);
    for (const id of GOAL_LEVERS) {
      const { min, max, step } = LEVER_SPECS[id];
      const v = roundToStep(id, (min + max) / 3);
      expect(Math.abs((v - min) / step - Math.round((v - min) / step)), id).toBeLessThan(1e-9);
    }
  });
});

describe('solving and the answer in words', () => {
  it('solves central-city relocation for 1.35 M residents in 2025 and says it with the unit', () => {
    const built = req(form());
    if (!built.ok) throw new Error('request');
    const answer = solveGoal(built.request);
    const direct = goalSeek(built.request);
    expect(answer.result).toEqual(direct);
    if (!direct.ok) throw new Error('not solved');
    expect(answer.applied!.value).toBe(roundToStep('centralCityInflow', direct.value));
    expect(answer.applied!.achieved).toBe(indicatorAt({ ...levers, centralCityInflow: answer.applied!.value }, norms, 'residents', 2025));
    expect(Math.abs(answer.applied!.achieved - 1_350_000)).toBeLessThan(0.001 * 1_350_000);

    const value = formatSolvedLever('centralCityInflow', direct.value, 'zh-CN');
    expect(value).toMatch(/^\d{2},\d{3}人\/年$/);
    const zh = answerText(answer, zhCtx);
    expect(zh.kind).toBe('found');
    expect(zh.headline).toBe(`中心城区人口疏解迁入需达到${value}（现为14,800人/年）`);
    expect(zh.detail).toContain('2025年常住人口可达135.0万人');
    expect(zh.applyLabel).toBe(`应用：设为${new Intl.NumberFormat('zh-CN').format(answer.applied!.value)}人/年`);
    expect(zh.appliedText).toContain('135.0万人');

    const en = answerText(answer, enCtx);
    expect(en.headline).toBe(`Relocation from the central city would have to be ${formatSolvedLever('centralCityInflow', direct.value, 'en')} (now 14,800 persons/year)`);
    expect(en.detail).toBe('Resident population in 2025: 1.350 M (target 1.350 M).');
  });

  it('shows a percentage lever with one more decimal', () => {
    expect(formatSolvedLever('pointsSettlementRate', 0.0207895, 'zh-CN')).toBe('2.08%/年');
    expect(formatSolvedLever('familyShare', 0.3141, 'en')).toBe('31.4%');
  });

  it('reports an unreachable target with the values at both ends of the range', () => {
    const built = req(form({ target: '3000000' }));
    if (!built.ok) throw new Error('request');
    const answer = solveGoal(built.request);
    expect(answer.result.ok).toBe(false);
    expect(answer.applied).toBeUndefined();
    const ends = !answer.result.ok && answer.result.valuesAtEnds!;
    if (!ends) throw new Error('no ends');
    const zh = answerText(answer, zhCtx);
    expect(zh.kind).toBe('unreachable');
    expect(zh.headline).toBe('在中心城区人口疏解迁入的可调范围内，2025年常住人口无法达到300.0万人');
    expect(zh.detail).toBe(`取最小值0人/年时为${zhCtx.format.persons(ends.min)}，取最大值60,000人/年时为${zhCtx.format.persons(ends.max)}。`);
    expect(answerText(answer, enCtx).detail).toContain('60,000 persons/year');
  });

  it('formats places, beds and shares with their units', () => {
    const built = req(form({ indicator: 'careBeds', target: '5000' }));
    if (!built.ok) throw new Error('request');
    const zh = answerText(solveGoal(built.request), zhCtx);
    expect(zh.headline).toContain('5,000张');
    const share = req(form({ indicator: 'age60plusShare', target: '1', lever: 'outsideMigrants' }));
    if (!share.ok) throw new Error('request');
    expect(answerText(solveGoal(share.request), enCtx).headline).toContain('1.0%');
  });

  it('tells whether an answer is fresh, applied or out of date', () => {
    const built = req(form());
    if (!built.ok) throw new Error('request');
    const answer = solveGoal(built.request);
    expect(answerStatus(answer, levers)).toBe('fresh');
    expect(answerStatus(answer, { ...levers, centralCityInflow: answer.applied!.value })).toBe('applied');
    expect(answerStatus(answer, { ...levers, centralCityInflow: 30_000 })).toBe('stale');
    expect(answerStatus(answer, { ...levers, tfr2025: 1 })).toBe('stale');
  });
});
