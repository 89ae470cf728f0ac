/**
 * The plausible low and high value of each lever: not the slider's extremes but the values a
 * demographer would call a reasonable pessimistic and optimistic setting around the recent-trend
 * default. The sensitivity (tornado) analysis moves each lever to these. Where the lever is one of the
 * uncertain inputs of docs/uncertainty.md, low and high are the 10th and 90th percentiles of its
 * distribution there (so the tornado and the bands tell one story); elsewhere they are graded assumptions.
 *
 * Low and high are levels. A lever the scenario holds as one number is set to them; a path lever
 * the scenario holds as a per-year path (the default migrants from outside Tianjin, or any lever the
 * user gave a path) keeps its shape: every listed year is scaled by low / reference and high /
 * reference, where `reference` is the level the range is centred on (the default, or for migrants from
 * outside Tianjin the path's normal-year level it returns to in 2027). docs/uncertainty.md, "Path levers".
 */
import { OUTSIDE_MIGRANTS_LEVEL } from './default-paths';
import type { SourceRef } from './lever-spec';
import type { LeverId } from './lever-specs';

/** A lever's plausible range, in its stored unit. */
export interface PlausibleRange {
  low: number;
  high: number;
  /**
   * Path levers only: the level low and high are centred on, in the stored unit. A scenario's per-year
   * path is scaled by low / reference and high / reference (see the module comment).
   */
  reference?: number;
  source: SourceRef;
}

const p10p90 = (what: string, whatZh: string): SourceRef => ({
  text: {
    zh: `${whatZh}不确定性分布的第10和第90百分位（见docs/uncertainty.md）。`,
    en: `The 10th and 90th percentiles of the ${what} distribution in docs/uncertainty.md.`,
  },
  ref: 'docs/uncertainty.md', grade: 'D',
});
const assumed = (zh: string, en: string): SourceRef => ({ text: { zh, en }, ref: 'docs/uncertainty.md', grade: 'U' });

/** Every lever but the projection's end year. */
export const PLAUSIBLE_RANGES: Readonly<Partial<Record<LeverId, PlausibleRange>>> = {
  // log-TFR departure sd 0.109 by 2025 and 0.123 by 2035: × e^(∓1.2816·sd) around 0.62 and 0.66.
  tfr2025: { low: 0.54, high: 0.71, source: p10p90('TFR', '总和生育率') },
  tfr2035: { low: 0.56, high: 0.77, source: p10p90('TFR', '总和生育率') },
  secondBirthUplift: { low: 0, high: 0.2, source: assumed('假设：无效应至提高20%。', 'Assumption: no response up to a 20% rise.') },
  thirdBirthUplift: { low: 0, high: 1, source: assumed('假设：无效应至翻倍（三孩基数很小）。', 'Assumption: no response up to a doubling (from a very small base).') },
  upliftPhaseInYears: { low: 2, high: 5, source: assumed('假设。', 'Assumption.') },
  childbearingAgeShift: { low: 0, high: 2, source: assumed('假设：生育年龄继续推迟0—2岁。', 'Assumption: childbearing moves 0–2 years later.') },
  migrantFertilityRatio: { low: 0.8, high: 1.2, source: assumed('假设：±20%。', 'Assumption: ±20%.') },
  srb: { low: 1.06, high: 1.11, source: assumed('生物学正常水平1.06至七普全国水平1.11。', 'From the biological norm 1.06 to China’s 2020 census level 1.11.') },
  // e0 random walk, yearly sd 0.17: sd 0.38 by 2025 and 0.66 by 2035.
  e02025: { low: 81.89, high: 82.87, source: p10p90('life-expectancy', '期望寿命') },
  e02035: { low: 82.52, high: 84.2, source: p10p90('life-expectancy', '期望寿命') },
  e0SexGap: { low: 3.5, high: 5, source: assumed('假设：天津2014年4.2岁上下。', 'Assumption: around Tianjin’s 4.2 years of 2014.') },
  // Migration levels, sd of the log-multiplier 0.25 / 0.30 / 0.35: × e^(∓1.2816·sd), rounded to 100.
  // Central city: around the default 14,800 a year.
  centralCityInflow: { low: 10700, high: 20400, reference: 14800, source: p10p90('central-city inflow', '中心城区迁入') },
  centralCityHukouShare: { low: 0.1, high: 0.35, source: assumed('假设。', 'Assumption.') },
  // Outside Tianjin: around the default path's normal-year level 18,100 a year (OUTSIDE_MIGRANTS_LEVEL).
  outsideMigrants: { low: 12300, high: 26600, reference: OUTSIDE_MIGRANTS_LEVEL, source: p10p90('outside-Tianjin inflow', '外省市迁入') },
  familyShare: { low: 0.2, high: 0.45, source: assumed('假设。', 'Assumption.') },
  // The 2010–2020 backtest fits about equally well from 2% to 7% (best at 4%); the default is 3%.
  outflowRate: {
    low: 0.02, high: 0.05, reference: 0.03,
    source: {
      text: { zh: '2010—2020年回测：迁出率2%—7%拟合相近（4%最好），取2%至5%。', en: 'The 2010–2020 backtest fits about equally well from 2% to 7% (best at 4%); 2% to 5% is used.' },
      ref: 'docs/calibration.md', grade: 'D',
    },
  },
  southStationPopulation: {
    low: 0, high: 150000,
    source: { text: { zh: '无额外人口至规划人口15万人。', en: 'From none beyond the trend to the planned 150 k.' }, ref: 'plan §一(二)', grade: 'A' },
  },
  southStationCompletionYear: { low: 2030, high: 2040, source: assumed('假设。', 'Assumption.') },
  // Settlement, sd 0.30 around the backtest's 1.2% a year.
  pointsSettlementRate: { low: 0.0082, high: 0.0176, reference: 0.012, source: p10p90('settlement-rate', '落户率') },
  talentInflow: { low: 2070, high: 5090, reference: 3250, source: p10p90('talent inflow', '人才引进') },
  talentSettlementRate: { low: 0.65, high: 0.9, source: assumed('假设。', 'Assumption.') },
};
