/**
 * How a walkthrough's "predict first" question names each predictable indicator, per language, and the
 * words that ask for a change rather than a level: shared by the tests of the example walkthrough and
 * of every shipped walkthrough file.
 */
import type { PredictableIndicator } from '../../src/model/walkthrough-file/walkthrough-file';

/** How each predictable indicator is named in a question, per language. */
export const NAMES: Record<PredictableIndicator, { zh: RegExp; en: RegExp }> = {
  residents: { zh: /常住人口/, en: /resident/i },
  hukouPopulation: { zh: /户籍人口/, en: /hukou/i },
  births: { zh: /出生/, en: /birth/i },
  deaths: { zh: /死亡/, en: /death/i },
  age60plusShare: { zh: /60岁/, en: /60/ },
  age65plusShare: { zh: /65岁/, en: /65/ },
  age0to2: { zh: /0—2岁|3岁以下/, en: /0–2|under 3/i },
  age3to5: { zh: /3—5岁/, en: /3–5/ },
  childcarePlacesByNorm: { zh: /托位/, en: /childcare/i },
  preschoolPlaces: { zh: /学位|幼儿园/, en: /kindergarten|preschool/i },
  careBeds: { zh: /养老床位/, en: /care beds/i },
  netMigration: { zh: /净迁入|净迁移/, en: /net migration/i },
  settlements: { zh: /落户/, en: /settle/i },
};

/** Words that ask for a change rather than a level. */
export const CHANGE = { zh: /增加|减少|增长|下降|变化|多出|少了|多多少|少多少/, en: /increase|decrease|grow|fall|change|more than|fewer than|rise|by how much/i };
