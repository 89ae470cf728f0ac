/**
 * The presentation: one step at a time over the whole window (and full screen where the host allows
 * the page to ask), in large type — the step's title, its headline numbers, its two charts, what
 * changed from the previous step, and a "predict first" question whose answer stays hidden until it
 * is revealed. Keyboard and clicker driven (walkthrough-nav.ts); a presenter window, when open,
 * follows every move and can drive it too.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenterCommand } from '../../../src/host/contract';
import { indicatorValue, type ResolvedStep, type WalkthroughChart } from '@model';
import { useAppServices } from '../app/app-context';
import type { ChartViewModel } from '../charts/chart-view-model';
import { useLanguage } from '../i18n/use-language';
import { PLAN_YEAR } from '../results/plan-targets';
import { presenterState } from './presenter-state';
import { PresentationChart } from './presentation-chart';
import { useResolution } from './use-resolution';
import { walkthroughChartViewModel, withSharedAxis } from './walkthrough-charts';
import { canReplay, isPending, keyCommand, type KeyCommand, type KeyInput } from './walkthrough-nav';
import {
  changeLines, countUnits, formatIndicator, formatIndicatorDiff, guessExample, guessUnit, headlineNumbers, indicatorKind,
  judgeGuess, parseGuess, stepResults,
} from './walkthrough-results';
import { PRESET_VALUES } from './walkthrough-presets';
import { useWalkthrough, walkthroughStore } from './walkthrough-store';

/** Font size of the charts' labels, px: readable from the back of a room at any window height. */
function useChartFontSize(): number {
  const measure = () => Math.max(14, Math.min(26, Math.round(window.innerHeight / 42)));
  const [size, setSize] = useState(measure);
  useEffect(() => {
    const onResize = () => setSize(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

function targetKind(target: EventTarget | null): KeyInput['target'] {
  if (!(target instanceof HTMLElement)) return 'other';
  if (target.isContentEditable || target.closest('input, textarea, select')) return 'text';
  if (target.closest('button, a[href], summary')) return 'button';
  return 'other';
}

/** Buttons that do not keep the focus after a mouse click, so Space and Enter keep driving the show. */
function ControlButton({ onClick, children, ...rest }: { onClick(): void; children: ReactNode; disabled?: boolean; title?: string; className?: string; 'data-testid'?: string; 'aria-label'?: string }) {
  return (
    <button type="button" className={`wt-button ${rest.className ?? ''}`} onMouseDown={(e) => e.preventDefault()} onClick={onClick} disabled={rest.disabled} title={rest.title} aria-label={rest['aria-label']} data-testid={rest['data-testid']}>
      {children}
    </button>
  );
}

export function Presentation({ requestFullscreen }: { requestFullscreen: boolean }) {
  const { t } = useTranslation('walkthrough');
  const { t: tMain } = useTranslation();
  const { format, language } = useLanguage();
  const { host } = useAppServices();
  const store = walkthroughStore();
  const doc = useWalkthrough((s) => s.doc);
  const nav = useWalkthrough((s) => s.nav);
  const resolution = useResolution();
  const root = useRef<HTMLDivElement>(null);
  const fontSize = useChartFontSize();
  const [fullscreen, setFullscreen] = useState(false);
  const [pyramidYear, setPyramidYear] = useState(PLAN_YEAR);
  const statusId = useId();
  const guessId = useId();

  const steps: readonly ResolvedStep[] = useMemo(() => (resolution?.ok ? resolution.steps : []), [resolution]);
  const index = Math.min(nav.index, Math.max(0, steps.length - 1));
  const current = steps[index] as ResolvedStep | undefined;
  const previous = index > 0 ? steps[index - 1] : undefined;
  const results = useMemo(() => (current ? stepResults(current.values) : null), [current]);
  const previousResults = useMemo(() => (previous ? stepResults(previous.values) : null), [previous]);
  const pending = isPending(nav, index);
  const predict = current?.step.predict;
  const units = countUnits(t);

  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    store.setMode('edit');
  }, [store]);

  const toggleFullscreen = useCallback(() => {
    if (host.kind !== 'browser') return;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void root.current?.requestFullscreen().catch(() => undefined);
  }, [host]);

  const run = useCallback((command: KeyCommand | PresenterCommand) => {
    switch (command) {
      case 'next':
      case 'previous':
      case 'first':
      case 'last':
      case 'reveal':
      case 'replay':
        store.nav({ type: command });
        return;
      case 'fullscreen':
        toggleFullscreen();
        return;
      case 'exit':
        exit();
        return;
      case 'hello':
        return;
    }
  }, [store, toggleFullscreen, exit]);

  // Keys anywhere in the window while presenting.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = keyCommand({
        key: event.key, shiftKey: event.shiftKey, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, target: targetKind(event.target),
      });
      if (!command) return;
      event.preventDefault();
      // In full screen, Escape leaves full screen first (browsers usually do that themselves).
      if (command === 'exit' && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      else run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);

  useEffect(() => {
    root.current?.focus();
    if (requestFullscreen && host.kind === 'browser' && root.current?.requestFullscreen) void root.current.requestFullscreen().catch(() => undefined);
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
    // Once, on entering the presentation.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on entering; a later change must not re-request full screen
  }, []);

  // The presenter window follows every move, and drives the show with its own buttons and keys.
  const sync = useCallback(() => {
    if (!doc || steps.length === 0) return;
    void host.syncPresenter(presenterState({ doc, steps, nav, language, t, format })).catch(() => undefined);
  }, [host, doc, steps, nav, language, t, format]);
  useEffect(sync, [sync]);
  useEffect(() => host.on('walkthrough:command', (command) => (command === 'hello' ? sync() : run(command))), [host, run, sync]);

  const headline = useMemo(
    () => (results ? headlineNumbers({ current: results, previous: previousResults, predict, pending }, t, format) : []),
    [results, previousResults, predict, pending, t, format],
  );

  const ctx = useMemo(() => ({ t: tMain, format }), [tMain, format]);
  const chartIds = current?.step.charts ?? [];
  const vms = useMemo(() => chartIds.map((chart: WalkthroughChart) => {
    if (!results) return null;
    const vm = walkthroughChartViewModel(chart, results, ctx, t, pyramidYear);
    const from = previousResults ? walkthroughChartViewModel(chart, previousResults, ctx, t, pyramidYear) : null;
    const shared = withSharedAxis(vm, from);
    // The previous step's chart on the same axis, so the replay starts where the axis already is.
    return { chart, vm: shared, from: from ? { ...from, valueAxis: shared.valueAxis } as ChartViewModel : null };
    // eslint-disable-next-line react-hooks/use-memo, react-hooks/exhaustive-deps -- keyed by the chart ids' content, so an equal list of charts keeps the view-models
  }), [chartIds.join('|'), results, previousResults, ctx, t, pyramidYear]);

  if (!doc || !resolution) return null;
  if (!resolution.ok || !current || !results) {
    return (
      <div className="wt-present" ref={root} tabIndex={-1} data-testid="walkthrough-present">
        <div className="wt-present__error" role="alert">
          <h2>{t('present.cannotShow')}</h2>
          <ul>{(resolution.ok ? [] : resolution.errors).map((e) => <li key={e}>{e}</li>)}</ul>
          <ControlButton onClick={exit}>{t('present.exit')}</ControlButton>
        </div>
      </div>
    );
  }

  const text = (value: { zh: string; en: string }) => (language === 'zh-CN' ? value.zh : value.en);
  const count = steps.length;
  const lines = previous ? changeLines(current.changed, previous.values, language) : [];
  const answer = predict ? indicatorValue(results, predict.indicator, predict.year) : undefined;
  const kind = predict ? indicatorKind(predict.indicator) : 'persons';
  const unit = answer !== undefined ? guessUnit(kind, answer, format, units) : null;
  const reference = predict ? indicatorValue(results, predict.indicator, results.rows[0].year) : undefined;
  const placeholder = unit && reference !== undefined ? t('present.guessPlaceholder', { example: guessExample(reference, unit, format) }) : '';
  const guessText = nav.guesses[index] ?? '';
  const guess = unit ? parseGuess(guessText, unit) : null;
  const verdict = answer !== undefined && guess !== null ? judgeGuess(answer, guess) : null;
  const origin = current.step.scenario;
  const originName = 'preset' in origin ? (PRESET_VALUES.find((p) => p.id === origin.preset)?.name ?? { zh: origin.preset, en: origin.preset }) : null;
  const lastYear = results.rows[results.rows.length - 1].year;

  const verdictText = () => {
    if (!verdict || answer === undefined) return null;
    const relative = verdict.relative;
    const close = relative !== null && Math.abs(relative) < 0.01;
    const gap = { diff: formatIndicatorDiff(kind, Math.abs(verdict.diff), format, units).replace(/^\+/, ''), percent: format.share(Math.abs(relative ?? 0)) };
    const how = close ? t('present.guessClose') : (relative ?? 0) > 0 ? t('present.guessHigh', gap) : t('present.guessLow', gap);
    return (
      <p className="wt-answer__guess" data-testid="walkthrough-guess-result">
        {t('present.guessResult', { guess: formatIndicator(kind, verdict.guess, format, units) })}
        <span className={`wt-answer__verdict ${close ? 'wt-answer__verdict--close' : ''}`}>{how}</span>
      </p>
    );
  };

  return (
    <div className="wt-present" ref={root} tabIndex={-1} role="region" aria-label={t('present.label')} aria-describedby={statusId} data-testid="walkthrough-present" data-step={index}>
      <div className="wt-progress" role="progressbar" aria-label={t('present.progressLabel')} aria-valuemin={1} aria-valuemax={count} aria-valuenow={index + 1} aria-valuetext={t('present.progressText', { n: index + 1, count })}>
        <div className="wt-progress__bar" style={{ width: `${((index + 1) / count) * 100}%` }} />
      </div>
      <header className="wt-present__head">
        <div className="wt-present__heading">
          <p className="wt-present__kicker">{text(doc.title)}</p>
          <h2 className="wt-present__title" data-testid="walkthrough-step-title">{text(current.step.title)}</h2>
        </div>
        <p className="wt-present__count" data-testid="walkthrough-progress" aria-hidden="true">
          {index + 1}<span className="wt-present__count-sep"> / </span>{count}
        </p>
      </header>
      <p id={statusId} className="wt-sr-only" aria-live="polite">{t('present.status', { n: index + 1, count, title: text(current.step.title) })}</p>

      <ul className="wt-headline" aria-label={t('headline.title', { year: PLAN_YEAR })} data-testid="walkthrough-headline">
        {headline.map((h) => (
          <li key={h.key} className={`wt-headline__item ${h.hidden ? 'wt-headline__item--hidden' : ''}`} data-testid={`walkthrough-headline-${h.indicator}`}>
            <span className="wt-headline__label">{h.label}</span>
            <span className="wt-headline__value">
              {h.value.value}
              {h.value.unit && <span className="wt-headline__unit">{h.value.unit}</span>}
            </span>
            {h.delta && <span className="wt-headline__delta">{h.delta}</span>}
          </li>
        ))}
      </ul>

      <div className="wt-present__body">
        {pending && predict ? (
          <section className="wt-predict" aria-labelledby={`${guessId}-q`} data-testid="walkthrough-predict">
            <p className="wt-predict__kicker">{t('present.predictFirst')}</p>
            <h3 id={`${guessId}-q`} className="wt-predict__question">{text(predict.question)}</h3>
            <div className="wt-predict__guess">
              <label htmlFor={guessId}>{t('present.guessLabel')}</label>
              <input
                id={guessId}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={guessText}
                placeholder={placeholder}
                onChange={(e) => store.nav({ type: 'guess', text: e.target.value })}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') e.currentTarget.blur();
                }}
                data-testid="walkthrough-guess"
              />
              {unit && <span className="wt-predict__unit">{unit.unit}</span>}
            </div>
            <ControlButton className="wt-button--primary wt-button--large" onClick={() => run('reveal')} data-testid="walkthrough-reveal">
              {t('present.reveal')} <kbd>R</kbd>
            </ControlButton>
            <p className="wt-predict__hint">{t('present.chartsAfterReveal')}</p>
          </section>
        ) : (
          <div className="wt-present__charts">
            {vms.map((entry, slot) => entry && (
              <PresentationChart
                key={`${slot}-${entry.chart}`}
                slot={slot}
                chart={entry.chart}
                vm={entry.vm}
                from={entry.from}
                replay={nav.replay && nav.replay.index === index ? nav.replay : null}
                fontSize={fontSize}
                controls={entry.chart === 'pyramid' ? (
                  <div className="wt-chart__years" role="group" aria-label={tMain('charts.pyramid.year')}>
                    {[PLAN_YEAR, lastYear].filter((y, i, all) => all.indexOf(y) === i).map((y) => (
                      <button key={y} type="button" aria-pressed={pyramidYear === y} onMouseDown={(e) => e.preventDefault()} onClick={() => setPyramidYear(y)}>{y}</button>
                    ))}
                  </div>
                ) : undefined}
              />
            ))}
          </div>
        )}

        <aside className="wt-present__side">
          {predict && !pending && answer !== undefined && (
            <section className="wt-answer" data-testid="walkthrough-answer">
              <p className="wt-answer__question">{text(predict.question)}</p>
              <p className="wt-answer__value" data-testid="walkthrough-answer-value">{formatIndicator(kind, answer, format, units)}</p>
              {verdictText()}
            </section>
          )}
          <section className="wt-changes" data-testid="walkthrough-changes">
            <h3 className="wt-changes__title">{t('present.whatChanged')}</h3>
            {index === 0 ? (
              <p className="wt-changes__none">{originName ? t('present.startsFromPreset', { name: text(originName) }) : t('present.startsHere')}</p>
            ) : lines.length === 0 ? (
              <p className="wt-changes__none">{t('present.nothingChanged')}</p>
            ) : (
              <ul className="wt-changes__list">
                {lines.map((line) => (
                  <li key={line.id} data-value={line.id}>
                    <span className="wt-changes__label">{line.label}</span>
                    <span className="wt-changes__values">
                      <span className="wt-changes__from">{line.from}</span>
                      <span aria-hidden="true"> → </span>
                      <span className="wt-sr-only">{t('present.to')}</span>
                      <strong className="wt-changes__to">{line.to}</strong>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>

      <footer className="wt-present__controls">
        <ControlButton onClick={() => run('previous')} disabled={index === 0} data-testid="walkthrough-previous">
          <span aria-hidden="true">◀</span> {t('present.previous')}
        </ControlButton>
        <ControlButton className="wt-button--primary" onClick={() => run('next')} disabled={index === count - 1 && !pending} data-testid="walkthrough-next">
          {pending ? t('present.reveal') : t('present.next')} <span aria-hidden="true">▶</span>
        </ControlButton>
        <ControlButton onClick={() => run('replay')} disabled={!canReplay({ ...nav, index })} title={t('present.replayTitle')} data-testid="walkthrough-replay">
          <span aria-hidden="true">↻</span> {t('present.replay')} <kbd>P</kbd>
        </ControlButton>
        <span className="wt-present__spacer" />
        {host.kind === 'browser' ? (
          <ControlButton onClick={toggleFullscreen} data-testid="walkthrough-fullscreen">
            {fullscreen ? t('present.exitFullscreen') : t('present.fullscreen')} <kbd>F</kbd>
          </ControlButton>
        ) : (
          <span className="wt-present__hint">{t('present.fullscreenElectron')}</span>
        )}
        <ControlButton onClick={() => void host.openPresenter().catch(() => undefined)} data-testid="walkthrough-open-presenter">
          {t('present.presenter')}
        </ControlButton>
        <ControlButton onClick={exit} data-testid="walkthrough-exit">
          {t('present.exit')} <kbd>Esc</kbd>
        </ControlButton>
      </footer>
    </div>
  );
}
