/** The top bar: app name, views, the scenario switcher, New from preset, Export, undo/redo and the language. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../src/host/contract';
import { useLanguage } from '../i18n/use-language';
import { canRedo, canUndo } from '../state/history';
import { changedCount, scenarioName } from '../state/scenario';
import { useAppState } from '../state/use-app-state';
import { useAppServices } from './app-context';
import { openExportDialog } from '../export/export-dialog-events';

export type AppView = 'editor' | 'library' | 'compare' | 'areas' | 'walkthrough' | 'method';
const VIEWS: readonly AppView[] = ['editor', 'library', 'compare', 'areas', 'walkthrough', 'method'];
/** Each view's tab label; a feature's view is labelled from its own namespace. */
const VIEW_LABELS: Record<AppView, string> = { editor: 'nav.editor', library: 'library:tab', compare: 'compare:tab', areas: 'areas:tab', walkthrough: 'walkthrough:tab', method: 'nav.method' };

interface TopBarProps {
  view: AppView;
  onView(view: AppView): void;
  onNewFromPreset(): void;
  onLanguage(language: Language): void;
}

export function TopBar({ view, onView, onNewFromPreset, onLanguage }: TopBarProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { store } = useAppServices();
  const entries = useAppState((state) => state.entries);
  const order = useAppState((state) => state.order);
  const activeId = useAppState((state) => state.activeId);
  const active = entries[activeId];
  const selectId = useId();
  const copySuffix = (n: number) => t('presetDialog.copySuffix', { n });
  const changes = changedCount(active.scenario);

  const activeName = scenarioName(active.scenario, language, copySuffix);

  return (
    <header className="top-bar">
      {/* Two groups: the app and its views, then the scenario's tools. Below 1100 px the tools take a
          second row (top-bar.css); the order on screen is the order in the page, for keyboard users too. */}
      <div className="top-bar__primary">
        <h1 className="top-bar__title">{t('app.name')}</h1>
        <nav className="top-bar__nav" aria-label={t('nav.label')}>
          {VIEWS.map((v) => (
            <button key={v} type="button" className="tab" aria-current={view === v ? 'page' : undefined} onClick={() => onView(v)}>
              {t(VIEW_LABELS[v])}
            </button>
          ))}
        </nav>
      </div>
      <div className="top-bar__tools">
        {/* The label and the changes badge sit in a small caption line over the select (one line in the
            narrow layout); a long name is cut with an ellipsis and shown whole in the tooltip. */}
        <div className="top-bar__scenario">
          <div className="top-bar__scenario-caption">
            <label htmlFor={selectId}>{t('topBar.scenario')}</label>
            {changes > 0 && <span className="badge" data-testid="changed-count">{t('topBar.changedCount', { count: changes })}</span>}
          </div>
          <select id={selectId} value={activeId} title={activeName} onChange={(event) => store.setActive(event.target.value)} data-testid="scenario-select">
            {order.map((id) => (
              <option key={id} value={id}>{scenarioName(entries[id].scenario, language, copySuffix)}</option>
            ))}
          </select>
        </div>
        {/* A short visible label; the accessible name and the tooltip are the full one, which starts with it. */}
        <button
          type="button"
          className="button button--with-icon"
          onClick={onNewFromPreset}
          aria-label={t('topBar.newFromPreset')}
          title={t('topBar.newFromPreset')}
          data-testid="new-from-preset"
        >
          <PlusIcon />
          {t('topBar.newShort')}
        </button>
        <button type="button" className="button button--with-icon" onClick={() => openExportDialog()} title={t('exporting:topBar.exportTitle')} data-testid="export-open">
          <ExportIcon />
          {t('exporting:topBar.export')}
        </button>
        <div className="top-bar__history">
          {/* Icon buttons keep the bar short; the name is the aria-label. */}
          <button
            type="button"
            className="button button--icon"
            onClick={() => store.undo()}
            disabled={!canUndo(active.history)}
            aria-label={t('topBar.undo')}
            title={t('topBar.undoTitle')}
            data-testid="undo"
          >
            <span aria-hidden="true">↶</span>
          </button>
          <button
            type="button"
            className="button button--icon"
            onClick={() => store.redo()}
            disabled={!canRedo(active.history)}
            aria-label={t('topBar.redo')}
            title={t('topBar.redoTitle')}
            data-testid="redo"
          >
            <span aria-hidden="true">↷</span>
          </button>
        </div>
        <div className="top-bar__language segmented" role="group" aria-label={t('topBar.language')}>
          {LANGUAGES.map((code) => (
            <button
              key={code}
              type="button"
              lang={code}
              aria-pressed={language === code}
              className="segmented__item"
              data-language={code}
              onClick={() => onLanguage(code)}
            >
              {t(`languages.${code}`)}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}

/** Inline icons (no icon font: the app is offline and must not depend on a glyph being installed). */
function PlusIcon() {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M8 2.5v11M2.5 8h11" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

function ExportIcon() {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 11v2.5h11V11" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
