/**
 * The top bar: app name, views, the scenario's tools (switcher, close, Save, Save as, Rename), New from
 * preset, Export, undo/redo and the language.
 */
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../src/host/contract';
import { useLanguage } from '../i18n/use-language';
import { canRedo, canUndo } from '../state/history';
import { useAppState } from '../state/use-app-state';
import { useAppServices } from './app-context';
import { openExportDialog } from '../export/export-dialog-events';
import { ScenarioTools } from './scenario-tools';

export type AppView = 'editor' | 'library' | 'compare' | 'areas' | 'walkthrough' | 'method';
const VIEWS: readonly AppView[] = ['editor', 'library', 'compare', 'areas', 'walkthrough', 'method'];
/** Each view's tab label; a feature's view is labelled from its own namespace. */
const VIEW_LABELS: Record<AppView, string> = { editor: 'nav.editor', library: 'library:tab', compare: 'compare:tab', areas: 'areas:tab', walkthrough: 'walkthrough:tab', method: 'nav.method' };

interface TopBarProps {
  view: AppView;
  onView(view: AppView): void;
  onNewFromPreset(): void;
  onLanguage(language: Language): void;
  /** Save (`as`: Save as) the active scenario; resolves true once written. */
  onSave(as: boolean): Promise<boolean>;
}

export function TopBar({ view, onView, onNewFromPreset, onLanguage, onSave }: TopBarProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { store } = useAppServices();
  // Two flags, not the active entry: the bar is not drawn again on every lever move.
  const undoable = useAppState((state) => canUndo(state.entries[state.activeId].history));
  const redoable = useAppState((state) => canRedo(state.entries[state.activeId].history));

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
        <ScenarioTools onSave={onSave} />
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
            disabled={!undoable}
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
            disabled={!redoable}
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
