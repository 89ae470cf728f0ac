import { describe, expect, it } from 'vitest';
import {
  buildAsfr,
  CHINA_2020_ASFR_BY_ORDER,
  graduateAsfr,
  meanAgeOfSchedule,
  shiftSchedule,
  STANDARD_SCHEDULE,
  TIANJIN_2020_ORDER_SHARES,
} from '../../../../src/model/xiqing/rates/fertility';

const total = (v: Float64Array): number => v.reduce((a, b) => a + b, 0);

describe('Xiqing fertility schedules', () => {
  it('graduates 5-year ASFR to single ages keeping every group’s sum and non-negativity', () => {
    const groups = CHINA_2020_ASFR_BY_ORDER.second.map((r) => r / 1000);
    const v = graduateAsfr(groups);
    groups.forEach((g, i) => {
      let s = 0;
      for (let x = 15 + 5 * i; x < 20 + 5 * i; x++) s += v[x];
      expect(s).toBeCloseTo(5 * g, 14);
    });
    expect(v.every((x) => x >= 0)).toBe(true);
    expect(v[14]).toBe(0);
    expect(v[50]).toBe(0);
  });

  it('reproduces China 2020’s TFR by order before rescaling (0.620 / 0.533 / 0.135)', () => {
    const tfr = (o: keyof typeof CHINA_2020_ASFR_BY_ORDER) => total(graduateAsfr(CHINA_2020_ASFR_BY_ORDER[o].map((r) => r / 1000)));
    expect(tfr('first')).toBeCloseTo(0.62, 2);
    expect(tfr('second')).toBeCloseTo(0.533, 2);
    expect(tfr('thirdPlus')).toBeCloseTo(0.135, 2);
  });

  it('rescales the orders to Tianjin’s 2020 mix so the standard schedule has TFR 1', () => {
    expect(total(STANDARD_SCHEDULE.first)).toBeCloseTo(TIANJIN_2020_ORDER_SHARES.first, 12);
    expect(total(STANDARD_SCHEDULE.thirdPlus)).toBeCloseTo(TIANJIN_2020_ORDER_SHARES.thirdPlus, 12);
    expect(total(STANDARD_SCHEDULE.first) + total(STANDARD_SCHEDULE.second) + total(STANDARD_SCHEDULE.thirdPlus)).toBeCloseTo(1, 12);
  });

  it('later births come later: mean age rises with birth order', () => {
    expect(meanAgeOfSchedule(STANDARD_SCHEDULE.second)).toBeGreaterThan(meanAgeOfSchedule(STANDARD_SCHEDULE.first) + 2);
    expect(meanAgeOfSchedule(STANDARD_SCHEDULE.thirdPlus)).toBeGreaterThan(meanAgeOfSchedule(STANDARD_SCHEDULE.second));
  });

  it('shifts the schedule by the requested years without changing the TFR', () => {
    const out = new Float64Array(101);
    const base = STANDARD_SCHEDULE.first;
    shiftSchedule(base, 1.5, out);
    expect(total(out)).toBeCloseTo(total(base), 12);
    expect(meanAgeOfSchedule(out) - meanAgeOfSchedule(base)).toBeCloseTo(1.5, 1);
  });

  it('applies the policy multipliers to 2nd and 3rd+ births only', () => {
    const out = new Float64Array(101);
    const scratch = new Float64Array(101);
    const plain = buildAsfr({ baseTfr: 1, secondMultiplier: 1, thirdMultiplier: 1, ageShift: 0 }, out, scratch);
    expect(total(out)).toBeCloseTo(1, 12);
    const uplift = buildAsfr({ baseTfr: 1, secondMultiplier: 1.2, thirdMultiplier: 2, ageShift: 0 }, out, scratch);
    expect(uplift.first).toBeCloseTo(plain.first, 12);
    expect(uplift.second).toBeCloseTo(plain.second * 1.2, 12);
    expect(uplift.thirdPlus).toBeCloseTo(plain.thirdPlus * 2, 12);
    expect(total(out)).toBeCloseTo(uplift.first + uplift.second + uplift.thirdPlus, 12);
  });
});
