/** The levers the mission names, shown first in the lever panel in the order a briefer asks about them: fertility under the three-child policy, central-city relocation, talent. */
export const KEY_LEVERS: readonly string[] = ['secondBirthUplift', 'thirdBirthUplift', 'centralCityInflow', 'talentInflow'];
