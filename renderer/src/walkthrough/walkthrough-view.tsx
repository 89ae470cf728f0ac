/**
 * The Walkthrough tab (培训演示): a start screen offering the shipped example, a file, or a new
 * walkthrough from the current scenario; then the walkthrough editor, and the presentation over the
 * whole window.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppServices } from '../app/app-context';
import { useLanguage } from '../i18n/use-language';
import { useAppState } from '../state/use-app-state';
import { Presentation } from './presentation';
import { newWalkthroughFromScenario, useStepTitles } from './step-titles';
import { WalkthroughEditor } from './walkthrough-editor';
import { EXAMPLE_WALKTHROUGH, openWalkthroughFile, type WalkthroughNotice } from './walkthrough-files';
import { fileRefs, loadFileRefs } from './walkthrough-resolve';
import { useWalkthrough, walkthroughStore } from './walkthrough-store';
import './walkthrough.css';

function StartScreen({ onPresentExample }: { onPresentExample(): void }) {
  const { t } = useTranslation('walkthrough');
  const { language } = useLanguage();
  const { host } = useAppServices();
  const store = walkthroughStore();
  const active = useAppState((state) => state.entries[state.activeId].scenario);
  const titleFor = useStepTitles();
  const [notice, setNotice] = useState<WalkthroughNotice | null>(null);
  const text = (value: { zh: string; en: string }) => (language === 'zh-CN' ? value.zh : value.en);
  const example = EXAMPLE_WALKTHROUGH;

  const open = async () => {
    setNotice(null);
    const result = await openWalkthroughFile(host, t).catch(() => null);
    if (!result) return;
    if ('doc' in result) store.open(result.doc, { filePath: result.path, fileName: result.name, mode: 'edit' });
    else setNotice(result);
  };
  const create = () => {
    const doc = newWalkthroughFromScenario({
      values: { levers: active.levers, norms: active.norms }, presetId: active.presetId, titleFor,
      title: { zh: t('start.newTitle', { lng: 'zh-CN' }), en: t('start.newTitle', { lng: 'en' }) },
    });
    store.open(doc, { mode: 'edit', dirty: true });
  };

  return (
    <section className="wt-start" aria-labelledby="wt-start-title" data-testid="walkthrough-start">
      <h2 id="wt-start-title" className="wt-start__title">{t('start.title')}</h2>
      <p className="wt-start__intro">{t('start.intro')}</p>
      {notice && <p className={`wt-editor__notice wt-editor__notice--${notice.kind}`} role="alert">{notice.text}</p>}
      {example && (
        <article className="wt-start__card" aria-labelledby="wt-example-title" data-testid="walkthrough-example">
          <p className="wt-start__kicker">{t('start.example')}</p>
          <h3 id="wt-example-title" className="wt-start__card-title">{text(example.title)}</h3>
          <p className="wt-start__description">{text(example.description)}</p>
          <ol className="wt-start__steps">
            {example.steps.map((s, i) => <li key={i}>{text(s.title)}{s.predict ? <span className="wt-start__badge">{t('start.predictBadge')}</span> : null}</li>)}
          </ol>
          <div className="wt-start__buttons">
            <button type="button" className="button wt-start__primary" onClick={onPresentExample} data-testid="walkthrough-example-present">▶ {t('start.present')}</button>
            <button type="button" className="button" onClick={() => store.open(example, { mode: 'edit' })} data-testid="walkthrough-example-edit">{t('start.edit')}</button>
          </div>
        </article>
      )}
      <div className="wt-start__more">
        <button type="button" className="button" onClick={() => void open()} data-testid="walkthrough-start-open">{t('start.open')}</button>
        <button type="button" className="button" onClick={create} data-testid="walkthrough-start-new">{t('start.newFromScenario')}</button>
      </div>
      <p className="wt-start__keys">{t('start.keys')}</p>
    </section>
  );
}

export function WalkthroughView() {
  const { host } = useAppServices();
  const store = walkthroughStore();
  const doc = useWalkthrough((s) => s.doc);
  const mode = useWalkthrough((s) => s.mode);
  const [fullscreen, setFullscreen] = useState(false);
  const refs = doc ? fileRefs(doc).join('\n') : '';

  // `{ file }` steps name library scenarios: read them whenever the set of names changes.
  useEffect(() => {
    if (!refs) return;
    let stale = false;
    void loadFileRefs(host, refs.split('\n')).then((files) => {
      if (!stale) store.setFiles(files);
    });
    return () => {
      stale = true;
    };
  }, [host, store, refs]);

  const present = (index: number) => {
    setFullscreen(true);
    store.setMode('present', index);
  };

  return (
    <div className="wt" data-testid="walkthrough-view">
      {!doc ? (
        <StartScreen
          onPresentExample={() => {
            if (!EXAMPLE_WALKTHROUGH) return;
            store.open(EXAMPLE_WALKTHROUGH, { mode: 'edit' });
            present(0);
          }}
        />
      ) : (
        <WalkthroughEditor onPresent={present} />
      )}
      {doc && mode === 'present' && <Presentation requestFullscreen={fullscreen} />}
    </div>
  );
}
