/**
 * 'export:print-pdf': the PDF brief. The page is already showing its print view (renderer/src/export/
 * brief-preview.tsx), whose print stylesheet hides the app and lays the brief out on A4 pages; main
 * asks where to save, prints the window to PDF under that stylesheet and writes the file. Knows
 * nothing of Electron: the printing comes in as `printPdf` (index.ts wraps `webContents.printToPDF`).
 */
import { join } from 'node:path';
import type { HostHandlers } from '../../src/host/contract';
import { hostError, ioError } from '../../src/host/scenario-check';
import type { Dialogs } from './handlers';
import { writeFileSafely, type WriteFile } from './scenario-files';

/**
 * Options of `webContents.printToPDF`: the page's @page rule decides the size (A4) and margins, and
 * backgrounds print (table header fills, scenario colour swatches).
 */
export const PRINT_TO_PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  generateDocumentOutline: true,
} as const;

export interface PrintPdfDeps {
  dialogs: Pick<Dialogs, 'chooseExportPath'>;
  /** The folder the save dialog starts in. */
  folder(): string;
  /** The app window printed to PDF bytes; absent where there is no window to print (tests of other channels). */
  printPdf?: () => Promise<Uint8Array>;
  log(message: string): void;
  /** Replaced only by tests. */
  writeFile?: WriteFile;
}

export function createPrintPdfHandler(deps: PrintPdfDeps): Pick<HostHandlers, 'export:print-pdf'> {
  return {
    'export:print-pdf': async ({ suggestedName, filters }) => {
      if (!deps.printPdf) return hostError('not-allowed', 'This host cannot print to PDF.');
      const chosen = await deps.dialogs.chooseExportPath(join(deps.folder(), suggestedName), filters);
      if (chosen === null) return { status: 'canceled' };
      let pdf: Uint8Array;
      try {
        pdf = await deps.printPdf();
      } catch (error) {
        deps.log(`print to PDF failed: ${String(error)}`);
        return ioError('Cannot print the brief to PDF', error);
      }
      return writeFileSafely(chosen, pdf, deps.writeFile);
    },
  };
}
