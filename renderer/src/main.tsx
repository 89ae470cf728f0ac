/**
 * Start-up: ask the host for the remembered language, set up i18n and the charts, create the editor
 * store on the `trend` preset, and render.
 */
import { lazy, StrictMode, Suspense } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../src/host/contract';
import { App } from './app/app';
import { AppContext } from './app/app-context';
import { setUpCharts } from './charts/chart-setup';
import { getHost } from './host/host';
import { createI18n, DEFAULT_LANGUAGE } from './i18n/i18n';
import { PRESETS } from './presets/presets';
import { START_PRESET } from './presets/preset-list';
import { createAppStore } from './state/app-store';
import { installTestHooks } from './testing/test-hooks';
import { isPresenterRoute } from './walkthrough/presenter-route';
import './styles/base.css';
import './styles/top-bar.css';
import './styles/editor.css';
import './styles/results.css';
import './styles/uncertainty.css';
import './styles/method.css';

/** The trainer's presenter window: its own code, loaded only at #presenter. */
const PresenterApp = lazy(() => import('./walkthrough/presenter').then((m) => ({ default: m.PresenterApp })));

async function start(): Promise<void> {
  const host = getHost();
  // A host that cannot read its settings must not stop the app: start in the default language.
  const language: Language = await host.getSettings().then((s) => s.language, () => DEFAULT_LANGUAGE);
  const i18n = await createI18n(language);
  setUpCharts();
  const start = PRESETS.find((p) => p.id === START_PRESET) ?? PRESETS[0];
  const store = createAppStore(start);
  installTestHooks(host, store);
  const root = document.getElementById('root');
  if (!root) return;
  // The first render in one go (not time-sliced): nothing else is waiting for the main thread yet,
  // and the first charts are drawn sooner than with the scheduler's 5 ms slices.
  const app = createRoot(root);
  flushSync(() => app.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <AppContext.Provider value={{ host, store }}>
          {/* The same page at #presenter is the trainer's presenter window (walkthrough). */}
          {isPresenterRoute() ? (
            <Suspense fallback={null}>
              <PresenterApp />
            </Suspense>
          ) : (
            <App />
          )}
        </AppContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  ));
}

void start();
