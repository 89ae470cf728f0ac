/**
 * A scenario unlike trend, to generate observations from: central-city relocation slumps and recovers,
 * settlement swings. In 2020 (the census to 31 December, a row of its own) it keeps trend's values, so it
 * differs from trend only in the years a fit solves.
 */
import { DEFAULT_LEVERS, type LeverValues } from '../../src/model/xiqing/levers/lever-values';
import { valueInYear } from '../../src/model/xiqing/levers/year-path';

export const GENERATOR = {
  ...DEFAULT_LEVERS,
  centralCityInflow: { byYear: { 2020: valueInYear(DEFAULT_LEVERS.centralCityInflow, 2020), 2021: 6_000, 2022: 4_000, 2023: 8_000 } },
  pointsSettlementRate: { byYear: { 2020: valueInYear(DEFAULT_LEVERS.pointsSettlementRate, 2020), 2021: 0.02, 2022: 0.035, 2023: 0.03 } },
} as LeverValues;
