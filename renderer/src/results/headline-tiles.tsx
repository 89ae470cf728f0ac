/** The headline tiles of the plan year; a tile with a target has a button to the goal-seek panel. */
import { useTranslation } from 'react-i18next';
import { openGoalSeek } from '../goal-seek/goal-seek-events';
import type { HeadlineViewModel } from './headline-view-model';

export function HeadlineTiles({ vm }: { vm: HeadlineViewModel }) {
  const { t } = useTranslation();
  return (
    <section className="tiles" aria-labelledby="tiles-title">
      <h2 id="tiles-title" className="section-title">{vm.title}</h2>
      <ul className="tiles__list">
        {vm.tiles.map((tile) => (
          <li key={tile.key} className={`tile ${tile.status ? `tile--${tile.status}` : ''}`} data-testid={`tile-${tile.key}`}>
            <span className="tile__label">{tile.label}</span>
            <span className="tile__value" data-testid={`tile-${tile.key}-value`}>
              {tile.value.value}
              {tile.value.unit && <span className="tile__unit">{tile.value.unit}</span>}
            </span>
            {tile.lines.map((line, i) => (
              <span key={i} className={`tile__line ${i === tile.statusLine && tile.status ? `tile__line--${tile.status}` : ''}`}>{line}</span>
            ))}
            {tile.goal && (
              <button type="button" className="button button--small tile__goal" data-testid={`tile-${tile.key}-goal`} onClick={() => openGoalSeek(tile.goal!)}>
                {t('tiles.whatWouldItTake')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
