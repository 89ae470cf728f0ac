/**
 * The distributions of the uncertain inputs, as data: every spread has its source and trust grade, and
 * docs/uncertainty.md says how each was set. Everything is centred on the scenario: a draw moves an
 * input around the value the scenario sets (its median), so the scenario's line is the middle of the band.
 *
 * - Migration streams and the settlement rate: a log-multiplier per calendar year following a
 *   stationary AR(1), m_t = φ·m_{t−1} + √(1−φ²)·σ·ε_t, m_first ~ N(0, σ²): in any year the stream is
 *   the scenario's volume × e^{m_t} (σ is the year-to-year spread, φ how long a swing lasts).
 * - TFR: the log of the TFR departs from the scenario's path as an AR(1) that starts at 0 in 2020
 *   (the calibrated year), d_t = φ·d_{t−1} + σ·ε_t (bayesTFR's phase-III form around a path).
 * - Life expectancy: e0 departs from the scenario's path by a random walk of yearly gains (years).
 */
import type { SourceRef } from '../xiqing/levers/lever-spec';

/** The levers whose volume is a migration stream (persons a year; South Station: persons in all). */
export const STREAM_LEVERS = ['centralCityInflow', 'outsideMigrants', 'talentInflow', 'southStationPopulation'] as const;

/** A migration-stream lever. */
export type StreamLever = (typeof STREAM_LEVERS)[number];

/** A stationary AR(1) on the log-multiplier of a volume or rate. */
export interface LogMultiplierProcess {
  /** Stationary standard deviation of the log-multiplier (0.25 ≈ ±25% in a typical year). */
  sd: number;
  /** Year-to-year autocorrelation, 0..1 (1: the level drawn in the first year holds). */
  phi: number;
  source: SourceRef;
}

/** An AR(1) departure from the scenario's path that starts at 0 in the base year. */
export interface PathDeparture {
  /** Standard deviation of the yearly innovation (log units for TFR, years for e0). */
  innovationSd: number;
  /** Autocorrelation of the departure, 0..1 (1: a random walk). */
  phi: number;
  source: SourceRef;
}

/** Every uncertain input's distribution. */
export interface UncertaintyParams {
  migration: Record<StreamLever, LogMultiplierProcess>;
  /** The annual hukou-settlement rate (points-based and family). */
  settlement: LogMultiplierProcess;
  /** Log-TFR of every woman's fertility, around the scenario's TFR path. */
  tfr: PathDeparture;
  /** Both-sexes e0 in years, around the scenario's path. */
  e0: PathDeparture;
}

/** The default distributions (docs/uncertainty.md). */
export const DEFAULT_UNCERTAINTY: UncertaintyParams = {
  migration: {
    centralCityInflow: {
      sd: 0.25, phi: 0.6,
      source: {
        text: {
          zh: '天津全市2020—2024年净迁移年际波动约为人口的0.5%/年（常住人口减自然增长），按西青每年约3.5万迁入折算为相对波动约25%—30%；持续性为假设。',
          en: 'Tianjin’s 2020–2024 yearly net migration (resident change minus natural increase) swings by about 0.5% of its population a year; against Xiqing’s ~35 k arrivals a year that is a relative spread of 25–30%. Persistence is an assumption.',
        },
        ref: 'data/reference/README.md §8; docs/uncertainty.md', grade: 'D',
      },
    },
    outsideMigrants: {
      sd: 0.3, phi: 0.6,
      source: {
        text: {
          zh: '同上；外省市迁入以务工为主，随就业波动更大。',
          en: 'As above; arrivals from outside Tianjin are mostly workers and swing more with jobs.',
        },
        ref: 'data/reference/README.md §8; docs/uncertainty.md', grade: 'D',
      },
    },
    talentInflow: {
      sd: 0.35, phi: 0.6,
      source: {
        text: {
          zh: '“海河英才”使2018年户籍人口增加2.46万、2019年仅0.87万：人才引进随政策大起大落。',
          en: 'Haihe Talent added 24.6 k to the hukou population in 2018 but 8.7 k in 2019: talent inflow swings with policy.',
        },
        ref: 'data/reference/README.md §8', grade: 'D',
      },
    },
    southStationPopulation: {
      sd: 0.4, phi: 0.8,
      source: {
        text: { zh: '假设：大型片区建设入住进度不确定性大且持续。', en: 'Assumption: a new district fills at an uncertain and persistent pace.' },
        ref: 'docs/uncertainty.md', grade: 'U',
      },
    },
  },
  settlement: {
    sd: 0.3, phi: 0.6,
    source: {
      text: {
        zh: '西青户籍人口年增量2018年2.46万、2019年0.87万，落户速度年际变化很大；数值为假设。',
        en: 'Xiqing’s hukou population grew 24.6 k in 2018 and 8.7 k in 2019: settlement swings a lot from year to year; the value is an assumption.',
      },
      ref: 'data/reference/README.md §8', grade: 'U',
    },
  },
  tfr: {
    innovationSd: 0.063, phi: 0.86,
    source: {
      text: {
        zh: '年际变化标准差取中国2000—2023年总和生育率对数年变化的标准差（0.063，WPP 2024）；自相关0.86取bayesTFR第三阶段的典型估计。',
        en: 'Innovation sd: the sd of China’s yearly log-TFR changes 2000–2023 (0.063, WPP 2024); autocorrelation 0.86 as typically estimated for bayesTFR’s phase III.',
      },
      ref: 'data/reference/wpp2024-china/tfr.CHN.tsv; Raftery, Alkema & Gerland 2014', grade: 'D',
    },
  },
  e0: {
    innovationSd: 0.17, phi: 1,
    source: {
      text: {
        zh: '中国2000—2023年人均期望寿命年增幅的标准差（0.17岁，WPP 2024），按随机游走累积。',
        en: 'The sd of China’s yearly e0 gains 2000–2023 (0.17 years, WPP 2024), accumulated as a random walk.',
      },
      ref: 'data/reference/wpp2024-china/e0B.CHN.tsv', grade: 'D',
    },
  },
};

/** The same distributions with every spread set to 0 (a probabilistic run then equals the deterministic one). */
export function withoutVariance(params: UncertaintyParams): UncertaintyParams {
  const migration = Object.fromEntries(STREAM_LEVERS.map((id) => [id, { ...params.migration[id], sd: 0 }])) as Record<StreamLever, LogMultiplierProcess>;
  return {
    migration,
    settlement: { ...params.settlement, sd: 0 },
    tfr: { ...params.tfr, innovationSd: 0 },
    e0: { ...params.e0, innovationSd: 0 },
  };
}
