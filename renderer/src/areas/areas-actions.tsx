/**
 * The Areas view's file and export buttons: replace the areas file with the user's own (read in the
 * page, validated by the model, with every problem listed), save it, go back to the shipped one, and
 * export the area tables as XLSX or a PPTX slide. The builders (exceljs, pptxgenjs) load with import()
 * on the first export, so they stay out of the app's first load.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkAreasFile, serializeAreasFile, type AreasResult } from '@model';
import type { AreasExportLabels } from '../../../src/export/areas-export';
import { useAppServices } from '../app/app-context';
import { useLanguage } from '../i18n/use-language';
import { areasStore } from './areas-store';

type Message = { kind: 'info' | 'error'; text: string; issues?: string[] };

export function AreasActions({ result, year, names, slideTitle }: { result: AreasResult; year: number; names: string[]; slideTitle: string }) {
  const { t } = useTranslation('areas');
  const { language } = useLanguage();
  const { host } = useAppServices();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<Message | null>(null);

  const labels: AreasExportLabels = {
    sheetAreas: t('export.sheetAreas'), sheetSupply: t('export.sheetSupply'), sheetAdditions: t('export.sheetAdditions'), sheetSources: t('export.sheetSources'),
    area: t('table.area'), code: 'code', grade: t('table.grade'), source: t('export.source'),
    facility: t('supply.facility'), capacity: t('supply.capacity'), yearOpened: t('supply.yearOpened'), name: t('supply.name'),
    year: t('additions.year'), persons: t('additions.persons'), note: t('additions.note'),
    residents: (y) => t('export.residentsYear', { year: y }), change: t('table.change'),
    childcareGap: (y) => t('table.childcareGap', { year: y }), careBedGap: (y) => t('table.careBedGap', { year: y }),
    district: t('table.district'), caption: t('table.caption'),
  };

  const save = async (content: Uint8Array | string, name: string, ext: string, filterName: string) => {
    const r = await host.saveExport({ suggestedName: name, content, filters: [{ name: filterName, extensions: [ext] }] });
    if (r.status === 'saved') setMessage({ kind: 'info', text: t('file.saved', { name: r.name }) });
    else if (r.status !== 'canceled') setMessage({ kind: 'error', text: r.message });
  };

  /** Loads the builders, builds the file and saves it; a failure to load or build is shown, not thrown. */
  const exportAs = async (ext: 'xlsx' | 'pptx') => {
    setMessage({ kind: 'info', text: t('export.busy') });
    try {
      const builders = await import('../../../src/export/areas-export');
      const content = ext === 'xlsx'
        ? await builders.buildAreasXlsx(result, names, labels, new Date())
        : await builders.buildAreasPptx(result, names, slideTitle, year, labels);
      setMessage(null);
      await save(content, `${t('tab')}_${year}.${ext}`, ext, ext === 'xlsx' ? 'Excel' : 'PowerPoint');
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  const onFile = async (fileList: FileList | null) => {
    const picked = fileList?.[0];
    if (!picked) return;
    let value: unknown;
    try {
      value = JSON.parse(await picked.text());
    } catch (e) {
      setMessage({ kind: 'error', text: t('file.invalid'), issues: [`(file): not valid JSON (${e instanceof Error ? e.message : String(e)})`] });
      return;
    }
    const checked = checkAreasFile(value);
    if (!checked.ok) {
      setMessage({ kind: 'error', text: t('file.invalid'), issues: checked.issues });
      return;
    }
    areasStore.replace(checked.file, picked.name, checked.warnings);
    setMessage({ kind: 'info', text: t('file.loaded', { name: language === 'en' ? checked.file.name.en : checked.file.name.zh }) });
  };

  return (
    <div className="areas-actions">
      <div className="areas-actions__buttons">
        <button type="button" className="button" onClick={() => input.current?.click()} data-testid="areas-replace">{t('file.replace')}</button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(e) => {
            void onFile(e.target.files);
            e.target.value = '';
          }}
          data-testid="areas-file-input"
        />
        <button type="button" className="button" onClick={() => void save(serializeAreasFile(result.file), 'xiqing-areas.json', 'json', t('file.filterName'))}>{t('file.save')}</button>
        <button type="button" className="button" onClick={() => areasStore.reset()} data-testid="areas-reset">{t('file.reset')}</button>
        <button type="button" className="button" onClick={() => void exportAs('xlsx')} data-testid="areas-export-xlsx">{t('export.xlsx')}</button>
        <button type="button" className="button" onClick={() => void exportAs('pptx')} data-testid="areas-export-pptx">{t('export.pptx')}</button>
      </div>
      {message && (
        <div className={`areas-message areas-message--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="areas-message">
          <p>{message.text}</p>
          {message.issues && (
            <ul>
              {message.issues.slice(0, 20).map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
