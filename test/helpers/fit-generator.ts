/** A scenario unlike trend, to generate observations from: central-city relocation slumps and recovers, settlement swings. */
import { DEFAULT_LEVERS, type LeverValues } from '../../src/model/xiqing/levers/lever-values';

export const GENERATOR = {
  ...DEFAULT_LEVERS,
  centralCityInflow: { byYear: { 2020: 10_900, 2021: 6_000, 2022: 4_000, 2023: 8_000 } },
  pointsSettlementRate: { byYear: { 2020: 0.027, 2021: 0.02, 2022: 0.035, 2023: 0.03 } },
} as LeverValues;
