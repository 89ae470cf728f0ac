/**
 * What the presenter window shows, built by the presenting window from the walkthrough, its resolved
 * steps and the navigation state: plain strings in the presenting window's language, so the presenter
 * window computes nothing and the payload is easy to validate on its way through the host.
 */
import type { TFunction } from 'i18next';
import type { Language, PresenterState } from '../../../src/host/contract';
import type { ResolvedStep, WalkthroughFile } from '@model';
import { isPending, type NavState } from './walkthrough-nav';
import { indicatorValue } from '@model';
import { changeLines, countUnits, formatIndicator, indicatorKind, stepResults } from './walkthrough-results';
import { type NumberFormat } from '../../../src/format';

const text = (value: { zh: string; en: string }, language: Language) => (language === 'zh-CN' ? value.zh : value.en);

export interface PresenterInput {
  doc: WalkthroughFile;
  steps: readonly ResolvedStep[];
  nav: NavState;
  language: Language;
  /** The walkthrough namespace. */
  t: TFunction;
  format: NumberFormat;
}

/** The answer of a step's prediction, formatted, or null when it has none (or the run does not reach the year). */
export function answerText(step: ResolvedStep, t: TFunction, format: NumberFormat): string | null {
  const predict = step.step.predict;
  if (!predict) return null;
  const value = indicatorValue(stepResults(step.values), predict.indicator, predict.year);
  return value === undefined ? null : formatIndicator(indicatorKind(predict.indicator), value, format, countUnits(t));
}

export function presenterState({ doc, steps, nav, language, t, format }: PresenterInput): PresenterState {
  const index = Math.min(nav.index, steps.length - 1);
  const current = steps[index];
  const previous = steps[index - 1];
  const following = steps[index + 1];
  const predict = current.step.predict;
  return {
    language,
    walkthroughTitle: text(doc.title, language),
    index,
    count: steps.length,
    step: {
      title: text(current.step.title, language),
      notes: text(current.step.notes, language),
      question: predict ? text(predict.question, language) : null,
      answer: answerText(current, t, format),
      revealed: predict ? !isPending(nav, index) : false,
      changes: previous ? changeLines(current.changed, previous.values, language).map((c) => t('present.changeLine', { label: c.label, from: c.from, to: c.to })) : [],
    },
    next: following ? { title: text(following.step.title, language), notes: text(following.step.notes, language) } : null,
  };
}
