/**
 * Every walkthrough file shipped in scenarios/ (not only the example): it loads and resolves against the
 * presets; each "predict first" question names, in Chinese and in English, the quantity its reveal shows
 * (the indicator's level in the step's year, never an increase); and the guess box fits the question:
 * it takes the unit the answer is written in, and its placeholder example, read back in that unit, is
 * the 2020 figure to two significant digits (the right order of magnitude, never the answer).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indicatorValue } from '../../../src/model/indicators';
import { parseWalkthroughText, PREDICTABLE_INDICATORS, WALKTHROUGH_FORMAT } from '../../../src/model/walkthrough-file/walkthrough-file';
import { numberFormat } from '../../../src/format';
import { createI18n } from '../../../renderer/src/i18n/i18n';
import { presetList } from '../../../renderer/src/presets/preset-list';
import { resolveSteps } from '../../../renderer/src/walkthrough/walkthrough-resolve';
import { countUnits, guessExample, guessUnit, indicatorKind, indicatorParts, parseGuess, stepResults } from '../../../renderer/src/walkthrough/walkthrough-results';
import { presetValuesList } from '../../../renderer/src/walkthrough/walkthrough-steps';
import { loadPresetModules } from '../support/preset-modules';
import { CHANGE, NAMES } from '../../helpers/walkthrough-question-words';

const SCENARIOS = resolve(import.meta.dirname, '../../../scenarios');
const presets = presetValuesList(presetList(loadPresetModules()).presets);

/** The shipped walkthrough files: every scenarios/*.json whose format is the walkthrough's. */
const files = readdirSync(SCENARIOS)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ name, text: readFileSync(join(SCENARIOS, name), 'utf8') }))
  .filter(({ text }) => (JSON.parse(text) as { format?: string }).format === WALKTHROUGH_FORMAT);


describe('the walkthrough files shipped in scenarios/', () => {
  it('are found (the example at least), and each loads and resolves against the presets', () => {
    expect(files.map((f) => f.name)).toContain('walkthrough-2025-population.json');
    for (const { name, text } of files) {
      const parsed = parseWalkthroughText(text);
      expect(parsed.ok, name).toBe(true);
      if (parsed.ok) expect(resolveSteps(parsed.walkthrough, presets).ok, name).toBe(true);
    }
    expect(Object.keys(NAMES).sort()).toEqual([...PREDICTABLE_INDICATORS].sort());
  });

  it('ask, in both languages, for the quantity the reveal shows: the same indicator and year, a level, not a change', () => {
    for (const { name, text } of files) {
      const parsed = parseWalkthroughText(text);
      if (!parsed.ok) throw new Error(parsed.error.message);
      for (const [i, step] of parsed.walkthrough.steps.entries()) {
        if (!step.predict) continue;
        const { question, indicator, year } = step.predict;
        for (const lang of ['zh', 'en'] as const) {
          const where = `${name} step ${i + 1} (${lang}): ${question[lang]}`;
          expect(question[lang], where).toMatch(NAMES[indicator][lang]);
          expect(question[lang], where).toContain(String(year));
          expect(question[lang], where).not.toMatch(CHANGE[lang]);
        }
      }
    }
  });

  it('give each guess box the answer’s unit and a placeholder of the 2020 figure’s size in that unit', async () => {
    let checked = 0;
    for (const language of ['zh-CN', 'en'] as const) {
      const format = numberFormat(language);
      const units = countUnits((await createI18n(language)).getFixedT(language, 'walkthrough'));
      for (const { name, text } of files) {
        const parsed = parseWalkthroughText(text);
        if (!parsed.ok) throw new Error(parsed.error.message);
        const resolved = resolveSteps(parsed.walkthrough, presets);
        if (!resolved.ok) throw new Error(resolved.errors.join('; '));
        for (const [i, step] of resolved.steps.entries()) {
          const predict = step.step.predict;
          if (!predict) continue;
          const results = stepResults(step.values);
          const answer = indicatorValue(results, predict.indicator, predict.year);
          const reference = indicatorValue(results, predict.indicator, results.rows[0].year);
          if (answer === undefined || reference === undefined) throw new Error(`${name} step ${i + 1}: no ${predict.indicator} in ${predict.year}`);
          const kind = indicatorKind(predict.indicator);
          const unit = guessUnit(kind, answer, format, units);
          const where = `${name} step ${i + 1} ${predict.indicator} (${language})`;
          // The box's unit is the one the answer is written in (万人 / M / k / persons / % / places / beds).
          const answerUnit = indicatorParts(kind, answer, format, units).unit;
          expect(unit.unit, where).toBe(answerUnit || units.persons);
          // The example reads back, in the box's unit, as the 2020 figure within its two-digit rounding.
          const example = guessExample(reference, unit, format);
          const readBack = parseGuess(example, unit);
          expect(readBack, where).not.toBeNull();
          expect(Math.abs(readBack! - Math.abs(reference)) / Math.abs(reference), `${where}: example ${example} for ${reference}`).toBeLessThan(0.05);
          // Never the answer itself (unless 2020 already held it).
          if (Math.abs(answer - reference) / Math.abs(reference) > 0.05) expect(example, where).not.toBe(guessExample(answer, unit, format));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });
});
