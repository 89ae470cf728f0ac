// The control that adds an open, preset or library scenario to the comparison.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_COMPARED_SCENARIOS, parseScenarioText, scenarioValues } from '@model';
import { useAppServices } from '../app/app-context';
import { useLanguage } from '../i18n/use-language';
import { useLibrarySession, useLibraryState } from '../library/use-library-session';
import { PRESETS } from '../presets/presets';
import { useAppState } from '../state/use-app-state';
import { useCompareStore } from './compare-context';
import { presetName, sourceName } from './compare-names';
import { sameSource, type CompareItem, type CompareSource } from './compare-store';
import { describeSource } from './source-option-value';

/** A select of every scenario that could be compared (those already in are disabled) and an Add button. */
export function AddScenario({ items }: { items: readonly CompareItem[] }) {
  const { t } = useTranslation('compare');
  const tl = useTranslation('library').t;
  const { language } = useLanguage();
  const { host } = useAppServices();
  const compare = useCompareStore();
  const library = useLibrarySession();
  const listing = useLibraryState((s) => s.listing);
  const entries = useAppState((s) => s.entries);
  const order = useAppState((s) => s.order);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const selectId = useId();
  useEffect(() => {
    if (!listing) void library.refresh();
  }, [library, listing]);
  const full = items.length >= MAX_COMPARED_SCENARIOS;
  const taken = new Set(items.map((item) => describeSource(item.source)));
  const copySuffix = (n: number) => t('copySuffix', { n });

  const add = async () => {
    setError(null);
    const [kind, ...rest] = choice.split(':');
    const id = rest.join(':');
    let source: CompareSource | null = null;
    if (kind === 'preset') source = { kind: 'preset', presetId: id };
    else if (kind === 'open') source = { kind: 'open', scenarioId: id };
    else if (kind === 'library') {
      const result = await host.readLibraryScenario(id);
      if (result.status === 'error') {
        setError(`${t('picker.libraryFailed')} ${tl(`errors.${result.kind}`, { version: result.version ?? '?' })}`);
        return;
      }
      const parsed = parseScenarioText(result.text);
      if (!parsed.ok) {
        setError(`${t('picker.libraryFailed')} ${tl('errors.invalid')}`);
        return;
      }
      source = { kind: 'library', libraryId: id, name: result.entry.name, values: scenarioValues(parsed.scenario) };
    }
    if (source && !items.some((item) => sameSource(item.source, source))) compare.add(source);
    setChoice('');
  };

  return (
    <div className="compare-add">
      <label htmlFor={selectId}>{t('picker.add')}</label>
      <select id={selectId} value={choice} onChange={(event) => setChoice(event.target.value)} disabled={full} data-testid="compare-add-select">
        <option value="">{full ? t('picker.full', { max: MAX_COMPARED_SCENARIOS }) : t('picker.choose')}</option>
        <optgroup label={t('picker.open')}>
          {order.map((id) => (
            <option key={id} value={`open:${id}`} disabled={taken.has(`open:${id}`)}>
              {sourceName({ kind: 'open', scenarioId: id }, entries, language, copySuffix)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('picker.presets')}>
          {PRESETS.map((preset) => (
            <option key={preset.id} value={`preset:${preset.id}`} disabled={taken.has(`preset:${preset.id}`)}>
              {presetName(preset.id, language)}
            </option>
          ))}
        </optgroup>
        {listing && listing.entries.length > 0 && (
          <optgroup label={t('picker.library')}>
            {listing.entries.map((entry) => (
              <option key={entry.id} value={`library:${entry.id}`} disabled={taken.has(`library:${entry.id}`)}>{entry.name}</option>
            ))}
          </optgroup>
        )}
      </select>
      <button type="button" className="button" disabled={full || choice === ''} onClick={() => void add()} data-testid="compare-add">
        {t('picker.addButton')}
      </button>
      {error && <span className="compare-add__error" role="alert">{error}</span>}
    </div>
  );
}
