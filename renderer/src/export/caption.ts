/**
 * The caption block drawn under an exported chart image, as text: the chart's title, the scenario
 * name(s) (baseline first), the lever and norm values that differ from the defaults with their labels
 * and units in the interface language, the data vintage, the app and its version, and the date.
 * Pure (no canvas): the drawing is in chart-image.ts, the line breaking in {@link wrapText}.
 */
import type { Language } from '../../../src/host/contract';
import { formatDate } from '../../../src/export/format';
import { commonLabels, exportLabels } from '../../../src/export/labels';
import { whatDiffers } from '@model';
import type { ExportScenario, Translate } from './export-types';
import { displayName, formatSettingValue, localized } from '../../../src/format';

/** Changed settings listed per scenario before "and N more". */
export const MAX_SETTINGS_PER_SCENARIO = 8;

export interface CaptionInput {
  /** The chart's title in the interface language. */
  title: string;
  /** For a chart of one year (the pyramid): the year, added to the title. */
  year?: number;
  /** The scenarios the chart shows, baseline first. */
  scenarios: readonly ExportScenario[];
  language: Language;
  appVersion: string;
  date: Date;
}

export interface Caption {
  /** Drawn above the chart, bold. */
  title: string;
  /** Drawn under the chart, each wrapped to the image's width. */
  lines: string[];
}

/** The settings of one scenario that differ from the defaults, as "label = value" texts. */
export function changedSettings(scenario: ExportScenario, language: Language, t: Translate): string[] {
  return whatDiffers([scenario], { includeChangedFromDefault: true }).map((d) =>
    t('caption.setting', { label: localized(d.spec.label, language), value: formatSettingValue(d.spec, d.values[0], language) }),
  );
}

/** The settings joined by the exports' list separator (the caption is part of an export), the rest counted. */
function settingList(items: readonly string[], separator: string, t: Translate): string {
  if (items.length === 0) return t('caption.allDefaults');
  const shown = items.slice(0, MAX_SETTINGS_PER_SCENARIO);
  const rest = items.length - shown.length;
  const list = shown.join(separator);
  return rest > 0 ? `${list}${separator}${t('caption.more', { count: rest })}` : list;
}

/** The caption of a chart image. */
export function chartCaption(input: CaptionInput, t: Translate): Caption {
  const { language, scenarios } = input;
  const labels = exportLabels(language);
  const names = scenarios.map((s) => displayName(s.name, language));
  // The baseline mark and the separators are the file exports' own, so a caption and a workbook agree.
  const shownNames = names.map((name, i) => (i === 0 && names.length > 1 ? `${name}${labels.baselineMark}` : name));
  const lines = [t('caption.scenario', { names: shownNames.join(labels.listSeparator) })];
  if (scenarios.length === 1) {
    lines.push(t('caption.levers', { list: settingList(changedSettings(scenarios[0], language, t), labels.listSeparator, t) }));
  } else {
    scenarios.forEach((s, i) => lines.push(t('caption.leversOf', { name: names[i], list: settingList(changedSettings(s, language, t), labels.listSeparator, t) })));
  }
  lines.push(t('caption.data', { vintage: labels.dataVintage }));
  lines.push(t('caption.stamp', { app: commonLabels(language).app.name, version: input.appVersion, date: formatDate(input.date) }));
  const title = input.year === undefined ? input.title : t('caption.titleWithYear', { title: input.title, year: input.year });
  return { title, lines };
}

/** CJK ideographs, kana, full-width forms and CJK punctuation: a line may break before any of them. */
const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef';
/** Punctuation that must not start a line (it stays with the text before it). */
const CLOSING = '\\u3001\\u3002\\uff0c\\uff1b\\uff1a\\uff01\\uff1f\\uff09\\u300b\\u3009\\u300d\\u300f\\u3011\\u201d\\u2019,.;:!?)\\]%';
/** Punctuation that must not end a line (it stays with the text after it). */
const OPENING = '\\uff08\\u300a\\u3008\\u300c\\u300e\\u3010\\u201c\\u2018(\\[';
/** Spaces a line may break at: every white space but the no-break space (which joins a path's year to its value). */
const SPACE = '\\t\\n\\v\\f\\r \\u1680\\u2000-\\u200a\\u2028\\u2029\\u205f\\u3000';
/** A breakable unit: opening marks, one CJK character or a run of other non-space text, closing marks, spaces. */
const TOKEN = new RegExp(`[${OPENING}]*(?:[${CJK}]|[^${SPACE}${CJK}${OPENING}]+)[${CLOSING}]*[${SPACE}]*|[${SPACE}]+`, 'gu');

/**
 * Breaks `text` into lines no wider than `maxWidth` (as `measure` reports widths): between words of
 * Latin text, before any CJK character, never before closing punctuation; a word wider than a line
 * is cut by characters. Leading spaces of a line are dropped.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(TOKEN) ?? []) {
    if (line !== '' && measure((line + token).trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = '';
    }
    line = line === '' ? token.trimStart() : line + token;
    // A single token wider than a line: cut it by characters.
    while (measure(line.trimEnd()) > maxWidth && [...line.trimEnd()].length > 1) {
      const chars = [...line];
      let cut = chars.length - 1;
      while (cut > 1 && measure(chars.slice(0, cut).join('')) > maxWidth) cut--;
      lines.push(chars.slice(0, cut).join(''));
      line = chars.slice(cut).join('').trimStart();
    }
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}
