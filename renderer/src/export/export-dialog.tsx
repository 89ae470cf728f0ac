/**
 * The export dialog: CSV, XLSX or PPTX of the current scenario, of every open scenario, or of a given
 * set of scenarios (the first is the baseline), made by the same builders as the command line and
 * written in the interface language; or the PDF brief (a print preview, then print / save as PDF).
 * Every export reads the active target set (the checklist's picker). "Uncertainty" (ticked when the
 * editor's switch is on) adds the baseline's 80%/95% bands to the deck's and brief's charts and the
 * percentile columns to XLSX and CSV; "Tornado" adds the sensitivity slide (PPTX) and sheet (XLSX).
 * The builders (exceljs, pptxgenjs) load with import() on the first export, so start-up stays light.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppServices } from '../app/app-context';
import { useLanguage } from '../i18n/use-language';
import { useAppState } from '../state/use-app-state';
import { BriefPreview } from './brief-preview';
import { EXPORT_DIALOG_FORMATS, exportFileName, exportFilters, failureNotice, resultNotice, type ExportDialogFormat, type ExportNotice } from './export-files';
import { editorScenarios, limitScenarios, type ScenarioScope } from './export-scenarios';
import type { ExportScenario } from './export-types';
import { MAX_COMPARED_SCENARIOS } from '@model';
import './export.css';
import { activeTargetSet, planData } from '../plan-data/plan-data-store';
import { displayName } from '../../../src/format';
import { PLAN_YEAR } from '../results/plan-targets';
import { APP_RUNS } from '../uncertainty/band-request';
import { useBandsSetting } from '../uncertainty/bands-setting';
import type { SensitivityRequest } from '../../../src/export/sensitivity-export';

export interface ExportDialogProps {
  open: boolean;
  onClose(): void;
  /** The scenarios to export, baseline first; absent: the editor's (the user picks the active one or all open ones). */
  scenarios?: readonly ExportScenario[];
  /** The format selected when the dialog opens; default the last one used, else XLSX. */
  format?: ExportDialogFormat;
}

let lastFormat: ExportDialogFormat = 'xlsx';

/** What the dialog adds besides the scenarios: bands / percentiles (runs) and the tornado. */
export interface ExportExtras {
  uncertaintyRuns?: number;
  sensitivity?: SensitivityRequest;
}

/** The tornado the exports carry: residents in the plan year, the editor panel's default. */
const EXPORT_TORNADO: SensitivityRequest = { indicator: 'residents', year: PLAN_YEAR };

/** The dialog, and the brief preview it opens for 'pdf' (which stays open after the dialog closes). */
export function ExportDialog(props: ExportDialogProps) {
  const [brief, setBrief] = useState<{ scenarios: readonly ExportScenario[]; extras: ExportExtras } | null>(null);
  return (
    <>
      {props.open && (
        <ExportDialogContent
          {...props}
          onBrief={(scenarios, extras) => {
            setBrief({ scenarios, extras });
            props.onClose();
          }}
        />
      )}
      {brief && <BriefPreview scenarios={brief.scenarios} uncertaintyRuns={brief.extras.uncertaintyRuns} onClose={() => setBrief(null)} />}
    </>
  );
}

function ExportDialogContent({ onClose, scenarios: given, format: initialFormat, onBrief }: ExportDialogProps & { onBrief(scenarios: readonly ExportScenario[], extras: ExportExtras): void }) {
  const { t } = useTranslation('exporting');
  const { language } = useLanguage();
  const { host } = useAppServices();
  const entries = useAppState((state) => state.entries);
  const order = useAppState((state) => state.order);
  const activeId = useAppState((state) => state.activeId);
  const [format, setFormat] = useState<ExportDialogFormat>(initialFormat ?? lastFormat);
  const [scope, setScope] = useState<ScenarioScope>('active');
  const [busy, setBusy] = useState(false);
  const [bandsOn] = useBandsSetting();
  const [uncertainty, setUncertainty] = useState(bandsOn);
  const [tornado, setTornado] = useState(false);
  const [notice, setNotice] = useState<ExportNotice | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const name = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  // A new request while open (the menu again, another chart) selects its format.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new request (same dialog, new initialFormat) resets the choice; keying the dialog instead is a refactor
    if (initialFormat) setFormat(initialFormat);
  }, [initialFormat, given]);

  const copySuffix = (n: number) => t('translation:presetDialog.copySuffix', { n });
  const limited = given ? limitScenarios(given) : { scenarios: editorScenarios({ entries, order, activeId }, scope, language, copySuffix), truncated: false };
  const scenarios = limited.scenarios;
  const openCount = order.length;

  const run = async () => {
    // eslint-disable-next-line react-hooks/globals -- the last format used is remembered across openings of the dialog, on purpose
    lastFormat = format;
    const extras: ExportExtras = {
      ...(uncertainty ? { uncertaintyRuns: APP_RUNS } : {}),
      ...(tornado && (format === 'pptx' || format === 'xlsx') ? { sensitivity: EXPORT_TORNADO } : {}),
    };
    if (format === 'pdf') {
      onBrief(scenarios, extras);
      return;
    }
    setBusy(true);
    setNotice({ kind: 'info', text: t('dialog.busy') });
    try {
      const date = new Date();
      const [info, { buildDataExport }] = await Promise.all([host.getAppInfo(), import('./export-data')]);
      const observed = planData.getState().observations?.file;
      const targets = [activeTargetSet(planData.getState())];
      const { bytes } = await buildDataExport(format, scenarios, { language, appVersion: info.version, date, targets, ...extras, ...(observed ? { observed } : {}) });
      const result = await host.saveExport({ suggestedName: exportFileName(t, format, scenarios, language, date), content: bytes, filters: exportFilters(t, format) });
      setNotice(resultNotice(t, result, { saved: 'dialog.saved', canceled: 'dialog.canceled', failed: 'dialog.failed' }));
    } catch (error) {
      setNotice(failureNotice(t, 'dialog.failed', error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog export-dialog"
      aria-labelledby={titleId}
      aria-busy={busy}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
      data-testid="export-dialog"
    >
      <h2 id={titleId} className="dialog__title">{t('dialog.title')}</h2>
      <p className="dialog__intro">{t('dialog.intro', { language: t(`translation:languages.${language}`) })}</p>
      <fieldset>
        <legend>{t('dialog.format')}</legend>
        {EXPORT_DIALOG_FORMATS.map((f) => (
          <label key={f} className="export-option">
            <input type="radio" name={`${name}-format`} value={f} checked={format === f} onChange={() => setFormat(f)} disabled={busy} data-testid={`export-format-${f}`} />
            <span>{t(`formats.${f}.label`)}</span>
            <span className="export-option__hint">{t(`formats.${f}.hint`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('dialog.scenarios')}</legend>
        {given ? (
          <p className="export-dialog__given">{t('dialog.given')}</p>
        ) : (
          <>
            <label className="export-option">
              <input type="radio" name={`${name}-scope`} value="active" checked={scope === 'active'} onChange={() => setScope('active')} disabled={busy} data-testid="export-scope-active" />
              <span>{t('dialog.scopeActive')}</span>
            </label>
            <label className="export-option">
              <input type="radio" name={`${name}-scope`} value="open" checked={scope === 'open'} onChange={() => setScope('open')} disabled={busy || openCount < 2} data-testid="export-scope-open" />
              <span>{t('dialog.scopeOpen', { count: openCount })}</span>
              <span className="export-option__hint">{t('dialog.scopeOpenHint', { max: MAX_COMPARED_SCENARIOS })}</span>
            </label>
          </>
        )}
        <ol className="export-dialog__scenarios" data-testid="export-scenarios">
          {scenarios.map((s, i) => (
            <li key={i}>
              {displayName(s.name, language)}
              {i === 0 && scenarios.length > 1 && <span className="badge export-dialog__baseline">{t('dialog.baseline')}</span>}
            </li>
          ))}
        </ol>
        {limited.truncated && <p className="export-dialog__note">{t('dialog.tooMany', { max: MAX_COMPARED_SCENARIOS })}</p>}
      </fieldset>
      <fieldset>
        <legend>{t('dialog.uncertainty')}</legend>
        <label className="export-option">
          <input type="checkbox" checked={uncertainty} onChange={(e) => setUncertainty(e.target.checked)} disabled={busy} data-testid="export-uncertainty" />
          <span>{t('dialog.uncertaintyBands')}</span>
          <span className="export-option__hint">{t('dialog.uncertaintyHint', { runs: APP_RUNS })}</span>
        </label>
        <label className="export-option">
          <input type="checkbox" checked={tornado} onChange={(e) => setTornado(e.target.checked)} disabled={busy || format === 'csv' || format === 'pdf'} data-testid="export-tornado" />
          <span>{t('dialog.tornado')}</span>
          <span className="export-option__hint">{t('dialog.tornadoHint', { year: PLAN_YEAR })}</span>
        </label>
      </fieldset>
      <p className={`export-dialog__status export-dialog__status--${notice?.kind ?? 'info'}`} role="status" data-testid="export-status">{notice?.text ?? ''}</p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose} disabled={busy} data-testid="export-close">
          {notice ? t('dialog.close') : t('dialog.cancel')}
        </button>
        {/* aria-disabled, not disabled, while busy: the button keeps the keyboard focus. */}
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            if (!busy) void run();
          }}
          aria-disabled={busy}
          disabled={scenarios.length === 0}
          data-testid="export-run"
        >
          {format === 'pdf' ? t('dialog.preview') : t('dialog.export')}
        </button>
      </div>
    </dialog>
  );
}
