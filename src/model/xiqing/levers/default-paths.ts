/**
 * The default per-year path of migrants from outside Tianjin: the normal-year level (calibrated to the
 * 2015–2020 pace) plus Xiqing's share of Tianjin's post-census shock, by the deviation mapping
 * (post-census-evidence.ts). After the evidence ends: 2025 keeps the mean 2023–2024 deviation, 2026 half
 * of it, 2027 onwards the level (Tianjin's net migration turned positive again in 2023–2024; the rule
 * returns Xiqing to its own pace over two years). Values rounded to the lever's step (100 persons);
 * a gross inflow cannot be negative, so a shock larger than the level stops the inflow (2021).
 */
import { xiqingOutsideDeviation } from '../rates/post-census-evidence';
import type { YearPath } from './year-path';

/** Normal-year level of migrants from outside Tianjin, persons a year (calibration.ts; shipped rounded). */
export const OUTSIDE_MIGRANTS_LEVEL = 18_100;

const round100 = (v: number): number => Math.max(0, Math.round(v / 100) * 100);

/**
 * The path for a level and a scale of the shock (1: Xiqing's share of Tianjin's outside-province
 * residents; larger for a downside).
 */
export function outsideMigrantsPath(level: number, shockScale = 1, returnToLevel = true): YearPath {
  const d = (y: 2021 | 2022 | 2023 | 2024): number => shockScale * xiqingOutsideDeviation(y);
  const late = (d(2023) + d(2024)) / 2;
  const byYear: Record<string, number> = {
    '2020': round100(level),
    '2021': round100(level + d(2021)),
    '2022': round100(level + d(2022)),
    '2023': round100(level + d(2023)),
    '2024': round100(level + d(2024)),
    '2025': round100(level + late),
  };
  if (returnToLevel) {
    byYear['2026'] = round100(level + late / 2);
    byYear['2027'] = round100(level);
  }
  return { byYear };
}

/** The shipped default path. */
export const DEFAULT_OUTSIDE_MIGRANTS_PATH: YearPath = outsideMigrantsPath(OUTSIDE_MIGRANTS_LEVEL);
