/**
 * The example walkthrough's questions and answers state the same quantity in both languages: the
 * reveal shows the indicator's LEVEL in the step's year (`indicatorValue`), so each question — in
 * Chinese and in English — names that indicator and that year and asks for the level, never for an
 * increase or a change.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWalkthroughText, PREDICTABLE_INDICATORS, type PredictableIndicator } from '../../../src/model/walkthrough-file/walkthrough-file';

/** How each predictable indicator is named in a question, per language. */
const NAMES: Record<PredictableIndicator, { zh: RegExp; en: RegExp }> = {
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
const CHANGE = { zh: /增加|减少|增长|下降|变化|多出|少了|多多少|少多少/, en: /increase|decrease|grow|fall|change|more than|fewer than|rise|by how much/i };

const file = resolve(import.meta.dirname, '../../../scenarios/walkthrough-2025-population.json');

describe('the example walkthrough’s questions', () => {
  const parsed = parseWalkthroughText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const predicted = parsed.walkthrough.steps.flatMap((step, i) => (step.predict ? [{ i, ...step.predict }] : []));

  it('name every predictable indicator in both languages', () => {
    expect(Object.keys(NAMES).sort()).toEqual([...PREDICTABLE_INDICATORS].sort());
    expect(predicted.length).toBeGreaterThanOrEqual(4);
  });

  it('ask, in both languages, for the level the reveal shows: the same indicator, the same year, no change wording', () => {
    for (const { i, question, indicator, year } of predicted) {
      for (const lang of ['zh', 'en'] as const) {
        const q = question[lang];
        expect(q, `step ${i + 1} (${lang}): ${q}`).toMatch(NAMES[indicator][lang]);
        expect(q, `step ${i + 1} (${lang}): ${q}`).toContain(String(year));
        expect(q, `step ${i + 1} (${lang}) asks for a change, the answer is a level: ${q}`).not.toMatch(CHANGE[lang]);
      }
    }
  });

  it('catches the kind of slip it is for', () => {
    expect('2025年常住人口会增加多少？').toMatch(CHANGE.zh);
    expect('By how much do residents grow by 2025?').toMatch(CHANGE.en);
  });
});
