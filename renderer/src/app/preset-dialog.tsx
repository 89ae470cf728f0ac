/** "New from preset": pick a shipped preset; it opens as a new scenario with its own history. */
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import { splitBilingual } from '@model';
import type { Preset } from '../presets/preset-list';
import { Dialog } from './dialog';
import { localized } from '../../../src/format';

interface PresetDialogProps {
  open: boolean;
  presets: readonly Preset[];
  onPick(preset: Preset): void;
  onClose(): void;
}

export function PresetDialog({ open, presets, onPick, onClose }: PresetDialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Dialog open={open} title={t('presetDialog.title')} onClose={onClose} className="preset-dialog">
      <p className="dialog__intro">{t('presetDialog.intro')}</p>
      <ul className="preset-list">
        {presets.map((preset) => (
          <li key={preset.id}>
            <button type="button" className="preset-list__item" data-preset={preset.id} onClick={() => onPick(preset)}>
              <span className="preset-list__name">{localized(splitBilingual(preset.file.name), language)}</span>
              <span className="preset-list__description">{localized(splitBilingual(preset.file.description), language)}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>{t('presetDialog.cancel')}</button>
      </div>
    </Dialog>
  );
}
