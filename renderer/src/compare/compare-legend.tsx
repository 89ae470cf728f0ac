// The colour keys that tie each compared scenario to its colour: swatch, chart legend, table column header.
import { useTranslation } from 'react-i18next';
import type { ComparedScenario } from './series-view-model';

/** A scenario's colour, as a small square beside its name. */
export function Swatch({ colour }: { colour: string }) {
  return <span className="swatch" style={{ background: colour }} aria-hidden="true" />;
}

/** The compared scenarios with their colours, the baseline marked, and the reference marks the charts draw. */
export function Legend({ scenarios, markers = [] }: { scenarios: readonly ComparedScenario[]; markers?: readonly { key: string; label: string; color: string }[] }) {
  const { t } = useTranslation('compare');
  return (
    <ul className="compare-legend" aria-label={t('charts.legend')}>
      {scenarios.map((s, i) => (
        <li key={s.key}>
          <Swatch colour={s.colour} />
          {s.name}
          {i === 0 && <span className="muted"> {t('baselineMark')}</span>}
        </li>
      ))}
      {markers.map((m) => (
        <li key={m.key} data-testid="compare-legend-marker">
          <span className="compare-legend__diamond" style={{ color: m.color }} aria-hidden="true">◆</span>
          {m.label}
        </li>
      ))}
    </ul>
  );
}

/** A table's column header for one compared scenario: its colour, its name, and the baseline mark. */
export function ScenarioColumnHeader({ name, colour, baseline }: { name: string; colour: string; baseline: boolean }) {
  const { t } = useTranslation('compare');
  return (
    <th scope="col" className="compare-table__scenario" style={{ borderTopColor: colour }}>
      <Swatch colour={colour} />
      <span>{name}</span>
      {baseline && <span className="compare-table__baseline">{t('table.baseline')}</span>}
    </th>
  );
}
