/**
 * The schematic tile map: one tile per area at its (column, row) in the areas file — roughly where
 * the area lies, north up — coloured by the chosen indicator. Drawn as SVG so it is crisp, printable
 * and needs nothing from the network.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppServices } from '../app/app-context';
import type { AreasResult } from '@model';
import { useLanguage } from '../i18n/use-language';
import { tileMapPng } from './tile-map-png';
import { fillFor, INDICATOR_UNITS, isGap, textOn, tileLabel, valueOf, yearIndex, type MapIndicator } from './areas-view-model';

const TILE_W = 124;
/** Labels longer than this many characters are squeezed to the tile's width. */
const LONG_LABEL = 12;
const TILE_H = 62;
const GAP = 6;

interface TileMapProps {
  result: AreasResult;
  indicator: MapIndicator;
  year: number;
  scale: number;
  names: string[];
}

export function TileMap({ result, indicator, year, scale, names }: TileMapProps) {
  const { t } = useTranslation('areas');
  const { format, language } = useLanguage();
  const ti = yearIndex(result, year);
  const cols = Math.max(...result.file.areas.map((a) => a.tile.col)) + 1;
  const rows = Math.max(...result.file.areas.map((a) => a.tile.row)) + 1;
  const width = cols * (TILE_W + GAP);
  const height = rows * (TILE_H + GAP);
  const label = t(`indicators.${indicator}`);
  const { host } = useAppServices();
  const svgRef = useRef<SVGSVGElement>(null);
  const title = t('map.title', { year, indicator: label });
  const exportPng = async () => {
    if (!svgRef.current) return;
    const font = getComputedStyle(svgRef.current).fontFamily;
    const legend = isGap(indicator) ? `${t('legend.shortage')} · ${t('legend.surplus')}  ` : '';
    const bytes = await tileMapPng(svgRef.current, title, `${legend}${t('map.note')} ${t('fileNote')}`, font);
    await host.saveExport({ suggestedName: `${title}.png`, content: bytes, filters: [{ name: 'PNG', extensions: ['png'] }] });
  };
  return (
    <figure className="areas-map" data-testid="areas-map">
      <div className="areas-map__head">
        <h3>{title}</h3>
        <button type="button" className="button button--small" onClick={() => void exportPng()} data-testid="areas-map-png">{t('map.png')}</button>
      </div>
      <svg ref={svgRef} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('map.title', { year, indicator: label })} className="areas-map__svg">
        {result.file.areas.map((a, i) => {
          const v = valueOf(result.rows[i][ti], indicator);
          const fill = fillFor(indicator, v, scale);
          const ink = textOn(fill);
          const x = a.tile.col * (TILE_W + GAP);
          const y = a.tile.row * (TILE_H + GAP);
          const placeholder = a.sources.residents2020.grade === 'U';
          return (
            <g key={a.code} data-testid={`area-tile-${a.code}`} data-value={v.toFixed(3)}>
              <title>{`${names[i]}: ${format.number(v)} ${t(`units.${INDICATOR_UNITS[indicator]}`)}`}</title>
              <rect x={x} y={y} width={TILE_W} height={TILE_H} rx={6} fill={fill} stroke={placeholder ? '#6b7280' : '#111827'} strokeDasharray={placeholder ? '4 3' : undefined} />
              <text
                x={x + 8}
                y={y + 22}
                fill={ink}
                fontSize={14}
                fontWeight={600}
                textLength={tileLabel(names[i], language).length > LONG_LABEL ? TILE_W - 16 : undefined}
                lengthAdjust="spacingAndGlyphs"
              >
                {tileLabel(names[i], language)}
              </text>
              <text x={x + 8} y={y + 46} fill={ink} fontSize={14}>
                {isGap(indicator) && v > 0 ? '+' : ''}
                {format.number(v)}
              </text>
              {placeholder && (
                <text x={x + TILE_W - 8} y={y + 46} fill={ink} fontSize={11} textAnchor="end">U</text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="areas-map__legend">
        {isGap(indicator) ? (
          <>
            <span className="swatch swatch--shortage" /> {t('legend.shortage')}
            <span className="swatch swatch--neutral" /> {t('legend.balanced')}
            <span className="swatch swatch--surplus" /> {t('legend.surplus')}
          </>
        ) : null}
        <span className="areas-map__note">{t('map.note')} <span className="swatch swatch--dashed" /> U = {t('placeholderBadge')}</span>
      </figcaption>
    </figure>
  );
}
