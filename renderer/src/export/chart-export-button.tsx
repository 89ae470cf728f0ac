/**
 * The export menu of a chart card: PNG at 2× or 3× (with the caption block), and "Data and reports…"
 * (the export dialog for the same scenarios). A menu button per the ARIA pattern: Enter, Space or
 * ArrowDown opens it on its first item; ArrowUp/ArrowDown/Home/End move; Escape closes it and returns
 * focus to the button; Tab or a click elsewhere closes it. The outcome is announced in a status line.
 *
 * ```tsx
 * <ChartExportButton getChart={() => chartRef.current} title={vm.title} testKey={vm.key} />
 * ```
 */
import { useContext, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Chart } from 'chart.js';
import { useAppServices } from '../app/app-context';
import { useLanguage } from '../i18n/use-language';
import { ChartExportContext } from './chart-export-context';
import { PNG_SCALES, type PngScale } from './chart-image';
import { openExportDialog } from './export-dialog-events';
import { Toast } from '../app/toast-area';
import { failureNotice, resultNotice, type ExportNotice } from './export-files';
import { editorScenarios } from './export-scenarios';
import type { ExportScenario } from './export-types';
import { exportChartPng } from './png-export';
import './export.css';

export interface ChartExportButtonProps {
  /** The live chart.js instance, read when the user exports. */
  getChart(): Chart | null | undefined;
  /** The chart's title in the interface language (drawn above the chart). */
  title: string;
  /** For a chart of one year (the pyramid): the year, added to the title. */
  year?: number;
  /** The scenarios the chart shows, baseline first; default: the nearest ChartExportContext's, else the editor's active scenario. */
  scenarios?: readonly ExportScenario[];
  /** Names the test ids: `chart-export-<testKey>` (button) and `chart-export-<testKey>-png-2` etc. */
  testKey?: string;
}

type Item = { id: string; label: string; run(): void };

/** How long a status message stays, ms. */
const STATUS_MS = 8000;

export function ChartExportButton({ getChart, title, year, scenarios, testKey }: ChartExportButtonProps) {
  const { t } = useTranslation('exporting');
  const { language } = useLanguage();
  const { host, store } = useAppServices();
  const scope = useContext(ChartExportContext);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<ExportNotice | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const id = testKey ?? 'chart';

  const currentScenarios = (): readonly ExportScenario[] =>
    scenarios ?? scope?.scenarios ?? editorScenarios(store.getState(), 'active', language, (n) => t('translation:presetDialog.copySuffix', { n }));

  const exportPng = async (scale: PngScale) => {
    const chart = getChart();
    if (!chart) return;
    setBusy(true);
    setNotice({ kind: 'info', text: t('chartMenu.busy') });
    try {
      const result = await exportChartPng({ chart, title, year, scenarios: currentScenarios(), scale, language, host, t });
      setNotice(resultNotice(t, result, { saved: 'chartMenu.saved', canceled: 'chartMenu.canceled', failed: 'chartMenu.failed' }));
    } catch (error) {
      setNotice(failureNotice(t, 'chartMenu.failed', error));
    } finally {
      setBusy(false);
    }
  };

  const items: Item[] = [
    ...PNG_SCALES.map((scale) => ({ id: `png-${scale}`, label: t('chartMenu.png', { scale }), run: () => void exportPng(scale) })),
    { id: 'more', label: t('chartMenu.more'), run: () => openExportDialog({ scenarios: scenarios ?? scope?.scenarios }) },
  ];

  const menuItems = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const focusItem = (index: number) => {
    const all = menuItems();
    all[(index + all.length) % all.length]?.focus();
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    focusItem(0);
    const outside = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- focuses the first item when the menu opens, not when focusItem is recreated
  }, [open]);

  useEffect(() => {
    if (!notice || busy) return;
    const timer = setTimeout(() => setNotice(null), STATUS_MS);
    return () => clearTimeout(timer);
  }, [notice, busy]);

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = menuItems();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusItem(at + 1),
      ArrowUp: () => focusItem(at - 1),
      Home: () => focusItem(0),
      End: () => focusItem(all.length - 1),
      Escape: () => close(true),
    };
    if (event.key === 'Tab') {
      setOpen(false);
      return;
    }
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  return (
    <div className="chart-export" ref={wrapper}>
      <button
        ref={button}
        type="button"
        className="button button--small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('chartMenu.buttonLabel', { title })}
        // Not `disabled` while an image is being made: a disabled button would drop the keyboard focus.
        aria-disabled={busy}
        onClick={() => {
          if (!busy) setOpen(!open);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open && !busy) {
            event.preventDefault();
            setOpen(true);
          }
        }}
        data-testid={`chart-export-${id}`}
      >
        {t('chartMenu.button')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul ref={menu} id={menuId} role="menu" className="chart-export__menu" aria-label={t('chartMenu.buttonLabel', { title })} onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li key={item.id} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="chart-export__item"
                onClick={() => {
                  close(true);
                  item.run();
                }}
                data-testid={`chart-export-${id}-${item.id}`}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* The outcome goes to the window's toast area: a message here would squeeze the chart card's title. */}
      {notice && (
        <Toast>
          <span className={`chart-export__status chart-export__status--${notice.kind}`} role="status" data-testid={`chart-export-${id}-status`}>
            {notice.text}
          </span>
        </Toast>
      )}
    </div>
  );
}
