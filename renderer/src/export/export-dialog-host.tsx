/**
 * Mounted once in the app shell: opens the export dialog on `openExportDialog()` (the top bar, a
 * chart's menu, the compare view) and on the host's File › Export… menu ('menu:export').
 */
import { useEffect, useState } from 'react';
import { useAppServices } from '../app/app-context';
import { ExportDialog } from './export-dialog';
import { onOpenExportDialog, type ExportDialogRequest } from './export-dialog-events';

export function ExportDialogHost() {
  const { host } = useAppServices();
  const [request, setRequest] = useState<ExportDialogRequest | null>(null);
  useEffect(() => onOpenExportDialog((next) => setRequest({ ...next })), []);
  useEffect(() => host.on('menu:export', () => setRequest({})), [host]);
  return <ExportDialog open={request !== null} scenarios={request?.scenarios} format={request?.format} onClose={() => setRequest(null)} />;
}
