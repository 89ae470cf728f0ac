/**
 * 'export:print-pdf' in main: ask where to save, print the window (the brief's print view) to PDF,
 * write it atomically; Cancel prints nothing; a failed print or a host without a window says why.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers, type Dialogs } from '../../../electron/main/handlers';
import { createPrintPdfHandler, PRINT_TO_PDF_OPTIONS } from '../../../electron/main/print-pdf';
import { openSettingsStore } from '../../../electron/main/settings-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xiqing-pdf-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);
const request = { suggestedName: '简报.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] };

function handler(answer: string | null, printPdf?: () => Promise<Uint8Array>) {
  const chooseExportPath = vi.fn(async () => answer);
  const log = vi.fn();
  const channel = createPrintPdfHandler({ dialogs: { chooseExportPath }, folder: () => join(dir, 'Documents'), printPdf, log })['export:print-pdf'];
  return { channel, chooseExportPath, log };
}

describe('export:print-pdf', () => {
  it('asks where to save (in the scenario folder, with the page’s filters), prints and writes the PDF', async () => {
    const target = join(dir, '简报.pdf');
    const printPdf = vi.fn(async () => PDF);
    const { channel, chooseExportPath } = handler(target, printPdf);
    expect(await channel(request)).toEqual({ status: 'saved', path: target, name: '简报.pdf' });
    expect(chooseExportPath).toHaveBeenCalledWith(join(dir, 'Documents', '简报.pdf'), request.filters);
    expect(new Uint8Array(await readFile(target))).toEqual(PDF);
  });

  it('prints nothing when the dialog is canceled', async () => {
    const printPdf = vi.fn(async () => PDF);
    const { channel } = handler(null, printPdf);
    expect(await channel(request)).toEqual({ status: 'canceled' });
    expect(printPdf).not.toHaveBeenCalled();
  });

  it('reports a failed print as an I/O error and logs it', async () => {
    const { channel, log } = handler(join(dir, 'a.pdf'), async () => {
      throw new Error('printing failed');
    });
    expect(await channel(request)).toEqual({ status: 'error', kind: 'io', message: 'Cannot print the brief to PDF: printing failed' });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('printing failed'));
  });

  it('is refused by a host that has no window to print', async () => {
    const settings = await openSettingsStore(join(dir, 'settings.json'), { log: () => {} });
    const dialogs = { chooseScenarioToOpen: vi.fn(), chooseScenarioSavePath: vi.fn(), chooseExportPath: vi.fn(), chooseFolder: vi.fn() } as unknown as Dialogs;
    const handlers = createHandlers({
      settings, dialogs, documentsFolder: dir, recoveryFolder: join(dir, 'recovery'), onLanguageChanged: () => {}, log: () => {},
      appInfo: { productName: 'x', version: '0.1.0', host: 'electron', runtime: 'test', platform: 'linux' },
    });
    expect(await handlers['export:print-pdf'](request)).toMatchObject({ status: 'error', kind: 'not-allowed' });
    expect(dialogs.chooseExportPath).not.toHaveBeenCalled();
  });

  it('prints A4 at the page’s own @page size, with backgrounds', () => {
    expect(PRINT_TO_PDF_OPTIONS).toMatchObject({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true });
  });
});
