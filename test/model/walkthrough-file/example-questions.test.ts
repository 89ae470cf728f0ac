/**
 * The example walkthrough's questions and answers state the same quantity in both languages: the
 * reveal shows the indicator's LEVEL in the step's year (`indicatorValue`), so each question — in
 * Chinese and in English — names that indicator and that year and asks for the level, never for an
 * increase or a change.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWalkthroughText, PREDICTABLE_INDICATORS } from '../../../src/model/walkthrough-file/walkthrough-file';
import { CHANGE, NAMES } from '../../helpers/walkthrough-question-words';


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
