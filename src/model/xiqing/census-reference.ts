/**
 * Reference values of the 2020 census that never move with levers. A projection's 2020 row mixes the
 * census stock with the flows of the step to 2021 (births, deaths, migration over the following
 * year), which depend on the scenario; a "2020" figure shown for comparison must be the observed one.
 */
import { loadBasePopulation } from './base-population';

let births: number | undefined;

/**
 * Births in the census year (1 November 2019 – 31 October 2020), persons: the census count of
 * residents aged 0 (七普, grade A; 6,962 in data/reference/README.md), read from the committed base
 * population, which reproduces the census by age.
 */
export function censusBirths2020(): number {
  if (births === undefined) {
    const base = loadBasePopulation();
    births = base.residents.reduce((sum, state) => sum + state.male[0] + state.female[0], 0);
  }
  return births;
}
