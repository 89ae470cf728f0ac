/**
 * The presenter window (the same app at `#presenter`): for the trainer's own screen, never the
 * projector — the current step's notes, the answer to its question before the room sees it, what
 * changed, and the next step. It shows what the presenting window sends and sends back commands from
 * its buttons and keys (the same keys as the presentation).
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenterCommand, PresenterState } from '../../../src/host/contract';
import { useAppServices } from '../app/app-context';
import { keyCommand } from './walkthrough-nav';
import './walkthrough.css';

export function PresenterApp() {
  const { t, i18n } = useTranslation('walkthrough');
  const { host } = useAppServices();
  const [state, setState] = useState<PresenterState | null>(null);

  const send = useCallback((command: PresenterCommand) => void host.sendPresenterCommand(command).catch(() => undefined), [host]);

  useEffect(() => {
    const off = host.on('walkthrough:presenter-state', (next) => {
      setState(next);
      if (i18n.language !== next.language) void i18n.changeLanguage(next.language);
    });
    // Ask the presenting window for where it is now.
    send('hello');
    return off;
  }, [host, i18n, send]);

  useEffect(() => {
    document.title = state ? `${t('presenter.title')} · ${state.walkthroughTitle}` : t('presenter.title');
    document.documentElement.lang = i18n.language;
  }, [state, t, i18n.language]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = keyCommand({ key: event.key, shiftKey: event.shiftKey, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey });
      if (!command || command === 'fullscreen' || command === 'exit') return;
      event.preventDefault();
      send(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [send]);

  if (!state) {
    return (
      <main className="wt-presenter wt-presenter--waiting" data-testid="walkthrough-presenter">
        <h1>{t('presenter.title')}</h1>
        <p>{t('presenter.waiting')}</p>
      </main>
    );
  }
  const { step } = state;
  return (
    <main className="wt-presenter" data-testid="walkthrough-presenter" data-step={state.index}>
      <header className="wt-presenter__head">
        <p className="wt-presenter__kicker">{state.walkthroughTitle}</p>
        <p className="wt-presenter__count" data-testid="presenter-progress">{t('presenter.stepOf', { n: state.index + 1, count: state.count })}</p>
      </header>
      <h1 className="wt-presenter__title" data-testid="presenter-step-title">{step.title}</h1>
      <section className="wt-presenter__notes" aria-labelledby="presenter-notes">
        <h2 id="presenter-notes">{t('presenter.notes')}</h2>
        <p data-testid="presenter-notes">{step.notes || t('presenter.noNotes')}</p>
      </section>
      {step.question && (
        <section className="wt-presenter__answer" aria-labelledby="presenter-question">
          <h2 id="presenter-question">{t('presenter.question')}</h2>
          <p>{step.question}</p>
          <p className="wt-presenter__answer-value" data-testid="presenter-answer">
            {step.answer ?? '—'} <span className={`wt-presenter__badge ${step.revealed ? 'wt-presenter__badge--shown' : ''}`}>{step.revealed ? t('presenter.revealed') : t('presenter.notRevealed')}</span>
          </p>
        </section>
      )}
      {step.changes.length > 0 && (
        <section className="wt-presenter__changes" aria-labelledby="presenter-changes">
          <h2 id="presenter-changes">{t('present.whatChanged')}</h2>
          <ul>{step.changes.map((line) => <li key={line}>{line}</li>)}</ul>
        </section>
      )}
      <section className="wt-presenter__next" aria-labelledby="presenter-next">
        <h2 id="presenter-next">{t('presenter.next')}</h2>
        {state.next ? (
          <>
            <p className="wt-presenter__next-title" data-testid="presenter-next-title">{state.next.title}</p>
            {state.next.notes && <p className="wt-presenter__next-notes">{state.next.notes}</p>}
          </>
        ) : (
          <p data-testid="presenter-next-title">{t('presenter.lastStep')}</p>
        )}
      </section>
      <footer className="wt-presenter__controls">
        <button type="button" className="wt-button" onClick={() => send('previous')} disabled={state.index === 0} data-testid="presenter-previous">◀ {t('present.previous')}</button>
        {step.question && !step.revealed && (
          <button type="button" className="wt-button" onClick={() => send('reveal')} data-testid="presenter-reveal">{t('present.reveal')}</button>
        )}
        <button type="button" className="wt-button" onClick={() => send('replay')} disabled={state.index === 0} data-testid="presenter-replay">↻ {t('present.replay')}</button>
        <button type="button" className="wt-button wt-button--primary" onClick={() => send('next')} data-testid="presenter-next">{t('present.next')} ▶</button>
      </footer>
    </main>
  );
}
