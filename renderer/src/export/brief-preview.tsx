/**
 * The PDF brief's print view: a full-window preview of the A4 pages (title, scenarios, assumptions,
 * headline comparison, charts) with "Save as PDF…" (Electron: main prints this view with printToPDF)
 * or "Print or save as PDF…" (browser: window.print()). Under print media only the brief is shown
 * (export.css), so whichever prints the page prints the brief. The brief's data and chart images are
 * prepared on opening (brief-model.ts, brief-charts.ts, loaded with import()).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useAppServices } from '../app/app-context';
import { useLanguage } from '../i18n/use-language';
import { BriefDocument } from './brief-document';
import type { Prepared } from './brief-document';
import { exportFileName, exportFilters, failureNotice, resultNotice, type ExportNotice } from './export-files';
import type { ExportScenario } from './export-types';
import './export.css';
import { activeTargetSet, planData } from '../plan-data/plan-data-store';


export function BriefPreview({ scenarios, uncertaintyRuns, onClose }: { scenarios: readonly ExportScenario[]; uncertaintyRuns?: number; onClose(): void }) {
  const { t } = useTranslation('exporting');
  const { language } = useLanguage();
  const { host } = useAppServices();
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [notice, setNotice] = useState<ExportNotice | null>(null);
  const [printing, setPrinting] = useState(false);
  const date = useMemo(() => new Date(), []);
  const holder = useMemo(() => {
    const div = document.createElement('div');
    div.className = 'brief-holder';
    return div;
  }, []);
  const closeButton = useRef<HTMLButtonElement>(null);

  // While open: the brief is the page (the app behind is inert and hidden from print).
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const root = document.getElementById('root');
    document.body.append(holder);
    document.body.classList.add('brief-open');
    root?.setAttribute('inert', '');
    closeButton.current?.focus();
    return () => {
      holder.remove();
      document.body.classList.remove('brief-open');
      root?.removeAttribute('inert');
      before?.focus();
    };
  }, [holder]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !printing) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose, printing]);

  useEffect(() => {
    let live = true;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- clears the stale preview while the new one is prepared asynchronously
    setPrepared(null);
    void (async () => {
      const [info, { briefModel }, { briefChartImages }] = await Promise.all([host.getAppInfo(), import('./brief-model'), import('./brief-charts')]);
      const observed = planData.getState().observations?.file;
      const targets = [activeTargetSet(planData.getState())];
      const { brief } = briefModel(scenarios, { language, appVersion: info.version, date, targets, ...(uncertaintyRuns ? { uncertaintyRuns } : {}), ...(observed ? { observed } : {}) }, t);
      const images = await briefChartImages(brief.charts, language);
      if (live) setPrepared({ brief, images });
    })().catch((error: unknown) => {
      if (live) setNotice(failureNotice(t, 'brief.failed', error));
    });
    return () => {
      live = false;
    };
  }, [scenarios, uncertaintyRuns, language, host, t, date]);

  const print = async () => {
    setPrinting(true);
    setNotice({ kind: 'info', text: t('brief.printing') });
    try {
      const result = await host.printPdf({ suggestedName: exportFileName(t, 'pdf', scenarios, language, date), filters: exportFilters(t, 'pdf') });
      setNotice(resultNotice(t, result, { saved: 'brief.saved', canceled: 'brief.canceled', failed: 'brief.failed', printed: 'brief.printed' }));
    } catch (error) {
      setNotice(failureNotice(t, 'brief.failed', error));
    } finally {
      setPrinting(false);
    }
  };

  const status = notice?.text ?? (prepared ? '' : t('brief.preparing'));
  return createPortal(
    <div className="brief-preview" role="region" aria-label={t('brief.regionLabel')} data-testid="brief-preview">
      <div className="brief-toolbar">
        <button type="button" className="button button--primary" onClick={() => void print()} disabled={!prepared || printing} data-testid="brief-print">
          {host.kind === 'electron' ? t('brief.printElectron') : t('brief.printBrowser')}
        </button>
        <button ref={closeButton} type="button" className="button" onClick={onClose} disabled={printing} data-testid="brief-close">{t('brief.close')}</button>
        <span className={`brief-toolbar__status brief-toolbar__status--${notice?.kind ?? 'info'}`} role="status" data-testid="brief-status">{status}</span>
      </div>
      <div className="brief-scroll">{prepared && <BriefDocument brief={prepared.brief} images={prepared.images} />}</div>
    </div>,
    holder,
  );
}
