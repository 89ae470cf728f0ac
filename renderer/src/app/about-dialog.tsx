/** Help › About: the app's name, version and runtime, from the host. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../src/host/contract';
import type { Host } from '../host/host';
import { Dialog } from './dialog';

export function AboutDialog({ open, host, onClose }: { open: boolean; host: Host; onClose(): void }) {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    if (open && !info) void host.getAppInfo().then(setInfo, () => undefined);
  }, [open, info, host]);
  return (
    <Dialog open={open} title={t('about.title')} onClose={onClose}>
      <p><strong>{t('app.name')}</strong></p>
      {info && (
        <>
          <p>{t('about.version', { version: info.version })}</p>
          <p className="muted">{t('about.runtime', { runtime: info.runtime })}</p>
        </>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>{t('about.close')}</button>
      </div>
    </Dialog>
  );
}
