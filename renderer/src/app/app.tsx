/** The app shell: top bar, the current view, dialogs, and the wiring of host menu events. */
import { Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../src/host/contract';
import { EditorPage } from '../editor/editor-page';
import { ExportDialogHost } from '../export/export-dialog-host';
import { LibraryRuntime } from '../library/library-runtime';
import { PRESETS } from '../presets/presets';
import { AboutDialog } from './about-dialog';
import { AreasPage, ComparePage, LibraryPage, MethodPage, preloadViews, ViewLoading, WalkthroughView } from './lazy-views';
import { useAppServices } from './app-context';
import { NoticeBar } from './notice-bar';
import { ToastArea } from './toast-area';
import { PresetDialog } from './preset-dialog';
import { saveActiveScenario } from './save-commands';
import { openScenario, type Notice } from './scenario-files';
import { TopBar, type AppView } from './top-bar';
import { useHistoryCommands } from './use-history-commands';
import { WindowCloseGuard } from './window-close';

export function App() {
  const { t, i18n } = useTranslation();
  const { host, store } = useAppServices();
  const [view, setView] = useState<AppView>('editor');
  const [presetsOpen, setPresetsOpen] = useState(false);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const showEditor = useCallback(() => setView('editor'), []);

  useHistoryCommands(host, store);

  // The other views' code, fetched once the editor is up and the page is idle (see lazy-views.tsx).
  useEffect(() => {
    if (typeof requestIdleCallback === 'undefined') return undefined;
    const handle = requestIdleCallback(() => void preloadViews(), { timeout: 5000 });
    return () => cancelIdleCallback(handle);
  }, []);

  const changeLanguage = useCallback(
    (language: Language) => {
      void i18n.changeLanguage(language);
      // Remembered by the host (Electron settings file, or localStorage in a browser).
      host.setSettings({ language }).catch(() => undefined);
    },
    [host, i18n],
  );

  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = t('app.name');
  }, [i18n.language, t]);

  /** Save (`as`: Save as) the active scenario, from the top bar, the File menu or the keyboard. */
  const save = useCallback((as: boolean) => saveActiveScenario(host, store, i18n, as, setNotice), [host, store, i18n]);


  // In a browser there is no File menu to own Ctrl+S (Electron's menu accelerators take it there).
  useEffect(() => {
    if (host.kind === 'electron') return undefined;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save(event.shiftKey);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [host, save]);

  useEffect(() => {
    const show = (promise: Promise<Notice | null>) => void promise.then((n) => n && setNotice(n), () => undefined);
    const offs = [
      // The host stored the choice already; only relabel.
      host.on('menu:language', (language) => void i18n.changeLanguage(language)),
      host.on('menu:view', (next) => {
        setView(next);
      }),
      host.on('menu:new-from-preset', () => setPresetsOpen(true)),
      host.on('menu:about', () => setAboutOpen(true)),
      host.on('menu:open', () => show(openScenario(host, store, t))),
      host.on('menu:save', () => void save(false)),
      host.on('menu:save-as', () => void save(true)),
    ];
    return () => offs.forEach((off) => off());
  }, [host, store, t, i18n, save]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <TopBar view={view} onView={setView} onNewFromPreset={() => setPresetsOpen(true)} onLanguage={changeLanguage} onSave={save} />
      <NoticeBar notice={notice} onDismiss={() => setNotice(null)} />
      <main id="main" className="app__main" tabIndex={-1}>
        {view === 'editor' && <EditorPage />}
        <Suspense fallback={<ViewLoading />}>
          {view === 'library' && <LibraryPage onOpened={showEditor} />}
          {view === 'compare' && <ComparePage />}
          {view === 'areas' && <AreasPage />}
          {view === 'walkthrough' && <WalkthroughView />}
          {view === 'method' && <MethodPage />}
        </Suspense>
      </main>
      <PresetDialog
        open={presetsOpen}
        presets={PRESETS}
        onPick={(preset) => {
          store.newFromPreset(preset);
          setPresetsOpen(false);
          setView('editor');
        }}
        onClose={() => setPresetsOpen(false)}
      />
      <AboutDialog open={aboutOpen} host={host} onClose={() => setAboutOpen(false)} />
      <ExportDialogHost />
      <LibraryRuntime onOpened={showEditor} />
      <WindowCloseGuard onSave={save} />
      <ToastArea />
    </div>
  );
}
