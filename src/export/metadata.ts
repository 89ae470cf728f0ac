/**
 * What every export says about itself: the app and its version, the export date, the scenarios (the
 * first is the baseline), the lever values that differ from the defaults, and the data vintage.
 */
import { type Comparison, type TargetSet, whatDiffers } from '@model';
import { displayName, formatDate, formatSettingValue } from './format';
import { commonLabels, exportLabels, type ExportLang } from './labels';
import type { ExportObserved } from './observed';
import type { SensitivityRequest } from './sensitivity-export';

/** Options every export builder takes. */
export interface ExportOptions {
  /** Language of headers, labels and scenario names. */
  lang: ExportLang;
  /** The app's version (package.json `version`), e.g. "0.1.0". */
  appVersion: string;
  /** When the export was made (shown as a local calendar date). */
  date: Date;
  /** Observed figures to show beside the scenarios (own columns and chart series), if any. */
  observed?: ExportObserved;
  /**
   * The active target sets (the app's picker, the CLI's --targets-file): the charts' diamonds, the
   * headline tables' target column, the key message, the target columns of CSV and XLSX and the
   * probabilities. Default: the plan's 2021–2025 targets.
   */
  targets?: readonly TargetSet[];
  /**
   * Scenario colours (CSS hex, baseline first) when the caller shows the scenarios in colours of its
   * own (the compare view keeps a scenario's colour when another is removed); else the shared
   * palette by position.
   */
  colours?: readonly string[];
  /**
   * Probabilistic runs per scenario (the model's fast path, default seed): the workbook's uncertainty
   * sheet, the CSV's percentile columns, and the 80%/95% bands of the baseline on the deck's and the
   * brief's residents, hukou, ageing and service charts with the note on what they mean; absent or 0:
   * none of these.
   */
  uncertaintyRuns?: number;
  /**
   * The baseline's tornado for an indicator and year (the model's sensitivity): a workbook sheet and a
   * deck slide; absent: none.
   */
  sensitivity?: SensitivityRequest;
}

/** A lever (or norm) set away from its default in one scenario, ready to print. */
export interface ChangedSetting {
  id: string;
  label: string;
  /** The value with its unit, e.g. "15%" or "25,000 人/年". */
  value: string;
}

/** The metadata block of an export. */
export interface ExportMetadata {
  appName: string;
  appVersion: string;
  /** YYYY-MM-DD. */
  date: string;
  dataVintage: string;
  /** Scenario names in the export's language, baseline first. */
  scenarioNames: string[];
  /** Per scenario, the settings that differ from the defaults (display order). */
  changed: ChangedSetting[][];
}

/** The metadata of a comparison's export. */
export function exportMetadata(comparison: Comparison, options: ExportOptions): ExportMetadata {
  const labels = exportLabels(options.lang);
  const changed = comparison.scenarios.map((s) =>
    whatDiffers([s], { includeChangedFromDefault: true }).map((d) => ({
      id: d.id,
      label: options.lang === 'zh-CN' ? d.spec.label.zh : d.spec.label.en,
      value: formatSettingValue(d.spec, d.values[0], options.lang),
    })),
  );
  return {
    appName: commonLabels(options.lang).app.name,
    appVersion: options.appVersion,
    date: formatDate(options.date),
    dataVintage: labels.dataVintage,
    scenarioNames: comparison.scenarios.map((s) => displayName(s.name, options.lang)),
    changed,
  };
}
