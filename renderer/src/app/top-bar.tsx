/** The top bar: app name, views, the scenario switcher, New from preset, undo/redo and the language. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../src/host/contract';
import { useLanguage } from '../i18n/use-language';
import { canRedo, canUndo } from '../state/history';
import { changedCount, scenarioName } from '../state/scenario';
import { useAppState } from '../state/use-app-state';
import { useAppServices } from './app-context';
import { openExportDialog } from '../export/export-dialog-events';

export type AppView = 'editor' | 'library' | 'compare' | 'walkthrough' | 'method';
const VIEWS: readonly AppView[] = ['editor', 'library', 'compare', 'walkthrough', 'method'];
/** Each view's tab label; a feature's view is labelled from its own namespace. */
const VIEW_LABELS: Record<AppView, string> = { editor: 'nav.editor', library: 'library:tab', compare: 'compare:tab', walkthrough: 'walkthrough:tab', method: 'nav.method' };

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

  return (
    <header className="top-bar">
      <h1 className="top-bar__title">{t('app.name')}</h1>
      <nav className="top-bar__nav" aria-label={t('nav.label')}>
        {VIEWS.map((v) => (
          <button key={v} type="button" className="tab" aria-current={view === v ? 'page' : undefined} onClick={() => onView(v)}>
            {t(VIEW_LABELS[v])}
          </button>
        ))}
      </nav>
      <div className="top-bar__scenario">
        <label htmlFor={selectId}>{t('topBar.scenario')}</label>
        <select id={selectId} value={activeId} onChange={(event) => store.setActive(event.target.value)} data-testid="scenario-select">
          {order.map((id) => (
            <option key={id} value={id}>{scenarioName(entries[id].scenario, language, copySuffix)}</option>
          ))}
        </select>
        {changes > 0 && <span className="badge" data-testid="changed-count">{t('topBar.changedCount', { count: changes })}</span>}
      </div>
      <button type="button" className="button" onClick={onNewFromPreset} data-testid="new-from-preset">{t('topBar.newFromPreset')}</button>
      <button type="button" className="button" onClick={() => openExportDialog()} title={t('exporting:topBar.exportTitle')} data-testid="export-open">{t('exporting:topBar.export')}</button>
      <div className="top-bar__history">
        {/* Icon buttons keep the bar on one line at 1280 px in both languages; the name is the aria-label. */}
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
    </header>
  );
}
