/**
 * Every lever of the Xiqing model, with its label, explanation, unit, range, default and source.
 * Defaults are the "recent trend" assumptions; docs/data-sources.md and docs/calibration.md explain each.
 */
import { DEFAULT_OUTSIDE_MIGRANTS_PATH } from './default-paths';
import type { LeverSpec } from './lever-spec';

const ids = [
  'tfr2025', 'tfr2035', 'secondBirthUplift', 'thirdBirthUplift', 'upliftPhaseInYears', 'childbearingAgeShift',
  'migrantFertilityRatio', 'srb',
  'e02025', 'e02035', 'e0SexGap',
  'centralCityInflow', 'centralCityHukouShare', 'outsideMigrants', 'familyShare', 'outflowRate',
  'southStationPopulation', 'southStationCompletionYear', 'pointsSettlementRate',
  'talentInflow', 'talentSettlementRate',
  'endYear',
] as const;

/** Identifier of a lever. */
export type LeverId = (typeof ids)[number];

/** All lever ids in display order. */
export const LEVER_IDS: readonly LeverId[] = ids;

const pct = { zh: '%', en: '%' };
const persons = { zh: '人', en: 'persons' };
const personsPerYear = { zh: '人/年', en: 'persons/year' };
const perYear = { zh: '%/年', en: '%/year' };
const years = { zh: '岁', en: 'years' };
const birthsPerWoman = { zh: '孩/妇女', en: 'births per woman' };

/** The lever specs, keyed by id. */
export const LEVER_SPECS: { readonly [K in LeverId]: LeverSpec<K> } = {
  tfr2025: {
    id: 'tfr2025', chapter: 'fertility',
    label: { zh: '2025年总和生育率（本区户籍妇女）', en: 'Total fertility rate in 2025 (Xiqing-hukou women)' },
    explanation: {
      zh: '2025年户籍妇女平均每人一生生育的孩子数（未计三孩政策效应）；2021—2024年按实际下降轨迹，改动本值时该轨迹线性倾斜至本值。',
      en: 'Children per woman among Xiqing-hukou women in 2025 before any three-child-policy response; 2021–2024 follow the observed decline, tilted linearly to this value.',
    },
    unit: birthsPerWoman, format: 'number', decimals: 2, min: 0.3, max: 2.5, step: 0.01, default: 0.61,
    source: {
      text: {
        zh: '2020年水平按七普0岁人口6,962人（普查前一年出生）校准；2021—2023年按WPP 2024中国总和生育率（1.12、1.03、1.00，2020年1.24）、2024年按天津出生率（4.47‰→4.99‰）、2025年按WPP中方案1.02同比例变化。',
        en: '2020 level calibrated to the census age-0 count of 6,962 (born in the year before the census); 2021–2023 follow WPP 2024 China (1.12, 1.03, 1.00 against 1.24), 2024 Tianjin’s birth rate (4.47‰ → 4.99‰), 2025 the WPP medium 1.02.',
      },
      ref: 'reference README §3; wpp2024-china/tfr, tfrprojMed', grade: 'D',
    },
    drives: ['ASFR of local women 2021–2025 (and of migrants via the migrant-fertility ratio)'],
  },
  tfr2035: {
    id: 'tfr2035', chapter: 'fertility',
    label: { zh: '2035年总和生育率（本区户籍妇女）', en: 'Total fertility rate in 2035 (Xiqing-hukou women)' },
    explanation: {
      zh: '2035年户籍妇女总和生育率（未计三孩政策效应），2025—2035年间线性变化，此后保持不变。',
      en: 'TFR of Xiqing-hukou women in 2035 before any policy response; linear from 2025, constant after 2035.',
    },
    unit: birthsPerWoman, format: 'number', decimals: 2, min: 0.3, max: 2.5, step: 0.01, default: 0.66,
    source: {
      text: {
        zh: '2020年校准水平按WPP 2024中国中方案2035年与2020年之比（1.097/1.236）调整。',
        en: 'Calibrated 2020 level times the WPP 2024 China medium-variant ratio 2035/2020 (1.097/1.236).',
      },
      ref: 'wpp2024-china/tfrprojMed', grade: 'D',
    },
    drives: ['ASFR of all women 2026 onwards'],
  },
  secondBirthUplift: {
    id: 'secondBirthUplift', chapter: 'fertility',
    label: { zh: '三孩政策：二孩生育提升幅度', en: 'Three-child policy: uplift of second births' },
    explanation: {
      zh: '配套支持措施使二孩生育率相对趋势水平提高的比例。',
      en: 'Relative rise of second-birth rates above the trend level from the policy’s support measures.',
    },
    unit: pct, format: 'percent', decimals: 0, min: 0, max: 1, step: 0.01, default: 0,
    source: {
      text: {
        zh: '规划：“实施三孩生育政策及配套支持措施”。默认0：WPP 2024显示2021年后全国未见回升。',
        en: 'Plan: “implement the three-child policy and its support measures”. Default 0: WPP 2024 shows no national rebound after 2021.',
      },
      ref: 'plan §三; wpp2024-china/tfr', grade: 'U',
    },
    drives: ['2nd-order ASFR'],
  },
  thirdBirthUplift: {
    id: 'thirdBirthUplift', chapter: 'fertility',
    label: { zh: '三孩政策：三孩及以上生育提升幅度', en: 'Three-child policy: uplift of third and later births' },
    explanation: {
      zh: '三孩政策使三孩及以上生育率相对趋势水平提高的比例（2020年天津三孩及以上仅占出生的3.2%）。',
      en: 'Relative rise of third-and-later birth rates above trend (3rd+ births were 3.2% of Tianjin’s births in 2020).',
    },
    unit: pct, format: 'percent', decimals: 0, min: 0, max: 3, step: 0.05, default: 0,
    source: {
      text: { zh: '规划第三部分；天津2020年孩次构成（七普）。', en: 'Plan §3; Tianjin 2020 births by order (census).' },
      ref: 'plan §三; reference README §3', grade: 'U',
    },
    drives: ['3rd+-order ASFR'],
  },
  upliftPhaseInYears: {
    id: 'upliftPhaseInYears', chapter: 'fertility',
    label: { zh: '政策效应完全显现所需年数', en: 'Years for the policy response to phase in' },
    explanation: {
      zh: '自2021年起，二孩和三孩提升幅度线性增加到设定值所需的年数。',
      en: 'Years from 2021 over which the second- and third-birth uplifts rise linearly to their full size.',
    },
    unit: { zh: '年', en: 'years' }, format: 'number', decimals: 0, min: 1, max: 10, step: 1, default: 3,
    source: { text: { zh: '假设。', en: 'Assumption.' }, ref: 'docs/data-sources.md', grade: 'U' },
    drives: ['timing of the uplifts'],
  },
  childbearingAgeShift: {
    id: 'childbearingAgeShift', chapter: 'fertility',
    label: { zh: '平均生育年龄推迟（至2035年）', en: 'Shift of the mean age at childbearing by 2035' },
    explanation: {
      zh: '到2035年生育年龄模式整体推迟（正值）或提前（负值）的年数，自2020年起线性变化，不改变总和生育率。',
      en: 'Years by which the whole fertility schedule moves to older (positive) or younger ages by 2035, linear from 2020; the TFR is unchanged.',
    },
    unit: { zh: '年', en: 'years' }, format: 'number', decimals: 1, min: -3, max: 5, step: 0.1, default: 0,
    source: { text: { zh: '假设（默认不变）。', en: 'Assumption (default: unchanged).' }, ref: 'docs/data-sources.md', grade: 'U' },
    drives: ['age pattern of ASFR'],
  },
  migrantFertilityRatio: {
    id: 'migrantFertilityRatio', chapter: 'fertility',
    label: { zh: '非户籍妇女生育水平（相对户籍妇女）', en: 'Fertility of non-hukou women relative to local' },
    explanation: {
      zh: '户籍在外区、外省市的常住妇女的生育率与本区户籍妇女之比。',
      en: 'Ratio of the fertility of resident women with hukou elsewhere in Tianjin or outside Tianjin to that of Xiqing-hukou women.',
    },
    unit: { zh: '倍', en: '×' }, format: 'number', decimals: 2, min: 0.5, max: 1.5, step: 0.05, default: 1,
    source: {
      text: { zh: '无分户籍数据，默认与户籍妇女相同。', en: 'No data by hukou status; neutral default.' },
      ref: 'docs/data-sources.md', grade: 'U',
    },
    drives: ['ASFR of the tianjin and outside states'],
  },
  srb: {
    id: 'srb', chapter: 'fertility',
    label: { zh: '出生人口性别比', en: 'Sex ratio at birth' },
    explanation: {
      zh: '每出生100名女婴对应的男婴数除以100；规划称已回归正常水平。',
      en: 'Male births per female birth; the plan says it has returned to a normal level.',
    },
    unit: { zh: '男/女', en: 'male/female' }, format: 'number', decimals: 3, min: 1.03, max: 1.15, step: 0.001, default: 1.084,
    source: {
      text: { zh: '天津市2020年七普出生性别比108.4。', en: 'Tianjin 2020 census: SRB 108.4.' },
      ref: 'reference README §3', grade: 'A',
    },
    drives: ['sex of births'],
  },
  e02025: {
    id: 'e02025', chapter: 'mortality',
    label: { zh: '2025年人均期望寿命', en: 'Life expectancy at birth in 2025' },
    explanation: {
      zh: '2025年男女合计出生时预期寿命；2020年为81.89岁，其间线性变化。',
      en: 'Both-sexes life expectancy at birth in 2025; 81.89 in 2020, linear in between.',
    },
    unit: years, format: 'number', decimals: 2, min: 78, max: 88, step: 0.01, default: 82.38,
    source: {
      text: { zh: '规划：“人均期望寿命提高到82.38岁”。', en: 'Plan: “raise life expectancy to 82.38 years”.' },
      ref: 'plan §二(三); key-figures.md', grade: 'A',
    },
    drives: ['mx level 2021–2025'],
  },
  e02035: {
    id: 'e02035', chapter: 'mortality',
    label: { zh: '2035年人均期望寿命', en: 'Life expectancy at birth in 2035' },
    explanation: {
      zh: '2035年男女合计出生时预期寿命，2025—2035年线性变化，此后不变。',
      en: 'Both-sexes life expectancy in 2035; linear from 2025, constant afterwards.',
    },
    unit: years, format: 'number', decimals: 2, min: 78, max: 92, step: 0.01, default: 83.36,
    source: {
      text: {
        zh: '按规划2020—2025年的年均增幅（0.098岁）外推。',
        en: 'The plan’s 2020–2025 gain (0.098 years a year) extended to 2035.',
      },
      ref: 'key-figures.md', grade: 'D',
    },
    drives: ['mx level 2026 onwards'],
  },
  e0SexGap: {
    id: 'e0SexGap', chapter: 'mortality',
    label: { zh: '男女期望寿命差', en: 'Female–male gap in life expectancy' },
    explanation: {
      zh: '女性比男性多活的年数。',
      en: 'Years by which women’s life expectancy exceeds men’s.',
    },
    unit: years, format: 'number', decimals: 1, min: 2, max: 8, step: 0.1, default: 4.2,
    source: {
      text: { zh: '天津户籍人口2014年：男79.02岁、女83.23岁。', en: 'Tianjin hukou population 2014: men 79.02, women 83.23.' },
      ref: 'reference README §4', grade: 'B',
    },
    drives: ['mx level by sex'],
  },
  centralCityInflow: {
    id: 'centralCityInflow', chapter: 'migration', path: true,
    label: { zh: '中心城区人口疏解迁入', en: 'Relocation from the central city' },
    explanation: {
      zh: '每年从天津中心城区迁入本区居住的人数（以家庭为主，含随迁老人）。',
      en: 'People moving each year from Tianjin’s central districts to live in Xiqing (mostly families, with older relatives).',
    },
    unit: personsPerYear, format: 'number', decimals: 0, min: 0, max: 60000, step: 100, default: 14800,
    source: {
      text: {
        zh: '市内迁移不计入天津净迁移，按普查十年的速度延续：与外省市迁入之比0.82取自2010—2020年回测（按2020年普查各户籍类别人数校准）；总量按2015—2020年常住人口年均增加2.1万人校准。',
        en: 'Moves within Tianjin are not in Tianjin’s net migration, so the census-decade pace continues: 0.82 per migrant from outside Tianjin from the 2010–2020 backtest (calibrated to the 2020 census counts by hukou status); the level to 2015–2020 growth (21 k a year).',
      },
      ref: 'docs/calibration.md', grade: 'D',
    },
    drives: ['net migrants into the tianjin state (and local, by the hukou share)'],
  },
  centralCityHukouShare: {
    id: 'centralCityHukouShare', chapter: 'migration',
    label: { zh: '疏解迁入者中迁入户口的比例', en: 'Share of central-city movers who move their hukou' },
    explanation: {
      zh: '从中心城区迁入的居民中，将户口一并迁入本区的比例。',
      en: 'Share of people moving from the central city who also transfer their hukou to Xiqing.',
    },
    unit: pct, format: 'percent', decimals: 0, min: 0, max: 1, step: 0.01, default: 0.2,
    source: { text: { zh: '假设。', en: 'Assumption.' }, ref: 'docs/calibration.md', grade: 'U' },
    drives: ['split of the central-city stream between the local and tianjin states'],
  },
  outsideMigrants: {
    id: 'outsideMigrants', chapter: 'migration', path: true,
    label: { zh: '外省市人口迁入', en: 'Migrants from outside Tianjin' },
    explanation: {
      zh: '每年从外省市迁入本区的常住人口（以务工人员为主）。',
      en: 'People arriving each year from outside Tianjin (mostly workers).',
    },
    unit: personsPerYear, format: 'number', decimals: 0, min: 0, max: 100000, step: 100, default: 14300,
    defaultPath: DEFAULT_OUTSIDE_MIGRANTS_PATH,
    source: {
      text: {
        zh: '常年水平1.81万人/年（按2015—2020年常住人口年均增加2.1万人校准）；2021—2024年加上西青占天津外省籍常住人口的份额（12.6%）乘以天津净迁入偏离其十年均值的量（2021年约−11万、2023年约+4.5万，对比十年均值+6.6万）；2025年保持2023—2024年偏离的均值，2027年回到常年水平。',
        en: 'Normal level 18.1 k a year (calibrated to 2015–2020 growth of 21 k a year); 2021–2024 add Xiqing’s share of Tianjin’s residents from other provinces (12.6%) times Tianjin’s net migration minus its decade average (about −110 k in 2021, +45 k in 2023, against +66 k); 2025 keeps the 2023–2024 mean, back to the level by 2027.',
      },
      ref: 'docs/calibration.md', grade: 'D',
    },
    drives: ['net migrants into the outside state'],
  },
  familyShare: {
    id: 'familyShare', chapter: 'migration',
    label: { zh: '外来人口家庭化比例', en: 'Family share of migrants from outside Tianjin' },
    explanation: {
      zh: '外省市迁入者中随家庭（配偶、子女）一同迁入的比例；越高，迁入的儿童越多。',
      en: 'Share of migrants from outside Tianjin who arrive as families with spouses and children; higher means more children.',
    },
    unit: pct, format: 'percent', decimals: 0, min: 0, max: 1, step: 0.01, default: 0.3,
    source: {
      text: { zh: '规划指出外来人口家庭化程度低；具体数值为假设。', en: 'The plan notes low family-ization of migrants; the value is an assumption.' },
      ref: 'plan §一(一)', grade: 'U',
    },
    drives: ['age profile of the outside-Tianjin stream'],
  },
  outflowRate: {
    id: 'outflowRate', chapter: 'migration', path: true,
    label: { zh: '非户籍常住人口年迁出率', en: 'Annual out-migration rate of non-hukou residents' },
    explanation: {
      zh: '户籍不在本区的常住人口每年迁离本区的比例（劳动年龄全额，儿童和中老年减半或更低）；本区户籍人口按其六分之一计。',
      en: 'Share of residents without Xiqing hukou who leave each year (full at working ages, lower for children and older people); Xiqing-hukou residents leave at a sixth of this rate.',
    },
    unit: perYear, format: 'percent', decimals: 1, min: 0, max: 0.15, step: 0.005, default: 0.03,
    source: {
      text: {
        zh: '以2010—2020年回测约束：迁出率在2%—7%之间时年龄结构误差相差不到0.3个百分点（4%时最小），0%或10%以上则变差；取3%。',
        en: 'Bounded by the 2010–2020 backtest: its age-structure error changes by under 0.3 points between 2% and 7% (lowest at 4%) and worsens at 0% or 10%+; 3% is used.',
      },
      ref: 'docs/calibration.md', grade: 'D',
    },
    drives: ['outflows from every state'],
  },
  southStationPopulation: {
    id: 'southStationPopulation', chapter: 'migration',
    label: { zh: '天津南站科技商务区新增人口', en: 'New residents of the South Station district' },
    explanation: {
      zh: '南站科技商务区建成后新增的常住人口（在趋势之外），自2022年起按年均匀入住至建成年份。',
      en: 'Residents the South Station district adds beyond the trend, moving in evenly from 2022 to its completion year.',
    },
    unit: persons, format: 'number', decimals: 0, min: 0, max: 300000, step: 5000, default: 0,
    source: {
      text: {
        zh: '规划人口15万人（规划第一部分）；默认0，因2015—2020年趋势已含新建小区入住。',
        en: 'Planned population 150 k (plan §1); default 0 because the 2015–2020 trend already includes new estates.',
      },
      ref: 'plan §一(二); key-figures.md', grade: 'A',
    },
    drives: ['net migrants into all three states'],
  },
  southStationCompletionYear: {
    id: 'southStationCompletionYear', chapter: 'migration',
    label: { zh: '南站科技商务区建成年份', en: 'South Station district completion year' },
    explanation: { zh: '新增人口全部入住的年份。', en: 'Year by which all its new residents have moved in.' },
    unit: { zh: '年', en: 'year' }, format: 'year', decimals: 0, min: 2025, max: 2050, step: 1, default: 2035,
    source: { text: { zh: '假设。', en: 'Assumption.' }, ref: 'docs/data-sources.md', grade: 'U' },
    drives: ['timing of the South Station stream'],
  },
  pointsSettlementRate: {
    id: 'pointsSettlementRate', chapter: 'migration', path: true,
    label: { zh: '积分落户等年落户率', en: 'Annual hukou-settlement rate (points-based and family)' },
    explanation: {
      zh: '18—59岁非本区户籍常住人口每年将户口迁入本区的比例。',
      en: 'Share of residents aged 18–59 without Xiqing hukou who move their hukou to Xiqing each year.',
    },
    unit: perYear, format: 'percent', decimals: 1, min: 0, max: 0.1, step: 0.001, default: 0.012,
    source: {
      text: {
        zh: '2010—2020年回测按2020年普查户籍人口校准（十年窗口，人才落户单列，不受2018年海河英才集中落户影响）。',
        en: 'Calibrated by the 2010–2020 backtest to the 2020 census hukou count (a decade window, talent modelled apart, so the 2018 Haihe Talent surge does not inflate it).',
      },
      ref: 'docs/calibration.md', grade: 'D',
    },
    drives: ['transfers tianjin → local and outside → local'],
  },
  talentInflow: {
    id: 'talentInflow', chapter: 'talent', path: true,
    label: { zh: '人才引进（含海河英才）', en: 'Talent attracted (incl. Haihe Talent)' },
    explanation: {
      zh: '每年引进的高校毕业生和专业人才（22—35岁为主）。',
      en: 'Graduates and professionals attracted each year (mostly aged 22–35).',
    },
    unit: personsPerYear, format: 'number', decimals: 0, min: 0, max: 30000, step: 250, default: 3250,
    source: {
      text: {
        zh: '“海河英才”计划2016—2020年落户1.3万人，即年均2,600人；按80%落户率折算。',
        en: '“Haihe Talent” settled 13 k people in 2016–2020 (2,600 a year); divided by the 80% settlement rate.',
      },
      ref: 'key-figures.md', grade: 'D',
    },
    drives: ['net migrants into the local and outside states'],
  },
  talentSettlementRate: {
    id: 'talentSettlementRate', chapter: 'talent',
    label: { zh: '引进人才落户比例', en: 'Share of talent who settle their hukou' },
    explanation: {
      zh: '引进人才中当年即将户口迁入本区的比例；其余作为外省市户籍常住人口。',
      en: 'Share of incoming talent who transfer their hukou to Xiqing on arrival; the rest live here with hukou outside Tianjin.',
    },
    unit: pct, format: 'percent', decimals: 0, min: 0, max: 1, step: 0.01, default: 0.8,
    source: { text: { zh: '假设（海河英才以落户为主）。', en: 'Assumption (Haihe Talent is a settlement programme).' }, ref: 'docs/calibration.md', grade: 'U' },
    drives: ['split of the talent stream between the local and outside states'],
  },
  endYear: {
    id: 'endYear', chapter: 'horizon',
    label: { zh: '预测终止年份', en: 'Projection end year' },
    explanation: { zh: '预测到哪一年。', en: 'Last year of the projection.' },
    unit: { zh: '年', en: 'year' }, format: 'year', decimals: 0, min: 2025, max: 2050, step: 1, default: 2035,
    source: { text: { zh: '规划期至2025年，远景至2035年。', en: 'The plan runs to 2025, with a 2035 outlook.' }, ref: 'plan §二', grade: 'A' },
    drives: ['number of projection steps'],
  },
};

/** The levers that take a per-year path (their specs say `path: true`; a test keeps the two in step). */
export const PATH_LEVER_IDS = ['centralCityInflow', 'outsideMigrants', 'talentInflow', 'pointsSettlementRate', 'outflowRate'] as const;
export type PathLeverId = (typeof PATH_LEVER_IDS)[number];
