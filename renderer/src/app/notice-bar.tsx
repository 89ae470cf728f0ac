/** A one-line message after a file operation, in the toast area; errors are announced at once, others politely. */
import { useTranslation } from 'react-i18next';
import type { Notice } from './scenario-files';
import { Toast } from './toast-area';

export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss(): void }) {
  const { t } = useTranslation();
  if (!notice) return null;
  return (
    <Toast>
      <div className={`notice notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
        <span>{notice.text}</span>
        <button type="button" className="button button--small" onClick={onDismiss}>{t('notice.dismiss')}</button>
      </div>
    </Toast>
  );
}
