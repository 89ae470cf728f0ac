// The picker row of the Compare page: one chip per compared scenario, then the add control.
import { useTranslation } from 'react-i18next';
import { AddScenario } from './add-scenario';
import { useCompareStore } from './compare-context';
import { Swatch } from './compare-legend';
import type { CompareItem } from './compare-store';
import { describeSource } from './source-option-value';

/** The compared scenarios as chips (baseline first) and the control that adds one. */
export function ScenarioChips({ items, names }: { items: readonly CompareItem[]; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation('compare');
  const compare = useCompareStore();
  return (
    <section className="compare-picker" aria-label={t('picker.label')}>
      <ol className="compare-chips" data-testid="compare-chips">
        {items.map((item, i) => {
          const name = names.get(item.key) ?? '';
          return (
            <li key={item.key} className={i === 0 ? 'compare-chip compare-chip--baseline' : 'compare-chip'} style={{ borderColor: item.colour }} data-testid="compare-chip" data-source={describeSource(item.source)}>
              <Swatch colour={item.colour} />
              <span className="compare-chip__name">{name}</span>
              {i === 0 && <span className="compare-chip__baseline">{t('picker.baseline')}</span>}
              <span className="compare-chip__tag">{t(`sources.${item.source.kind}`)}</span>
              {i > 0 && (
                <button type="button" className="button button--small" onClick={() => compare.makeBaseline(item.key)} aria-label={t('picker.makeBaselineLabel', { name })}>
                  {t('picker.makeBaseline')}
                </button>
              )}
              <button type="button" className="button button--small compare-chip__remove" onClick={() => compare.remove(item.key)} aria-label={t('picker.removeLabel', { name })} title={t('picker.removeLabel', { name })}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
      </ol>
      <AddScenario items={items} />
    </section>
  );
}
