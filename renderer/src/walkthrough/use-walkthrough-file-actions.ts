/** The walkthrough editor's file actions: open, save, save as and close (with an unsaved-changes confirmation). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WalkthroughFile } from '@model';
import { useAppServices } from '../app/app-context';
import { openWalkthroughFile, saveWalkthroughFile, type WalkthroughNotice } from './walkthrough-files';
import { useWalkthrough, walkthroughStore } from './walkthrough-store';

/** What the editor's toolbar needs to run the file actions. */
export interface WalkthroughFileActions {
  /** Saves to the current file (`as` false) or asks for a new one (`as` true). */
  save(as: boolean): Promise<void>;
  /** Opens a walkthrough file. */
  open(): Promise<void>;
  /** Closes the walkthrough; with unsaved changes, the first call only asks for confirmation. */
  close(): void;
  /** Whether the close confirmation is showing. */
  confirmClose: boolean;
  /** Dismisses the close confirmation. */
  cancelClose(): void;
}

/**
 * File actions on the working walkthrough.
 * @param doc the working walkthrough
 * @param suggestedName the file name offered by "save as"
 * @param setNotice shows (or clears, with null) the editor's notice
 */
export function useWalkthroughFileActions(doc: WalkthroughFile, suggestedName: () => string, setNotice: (notice: WalkthroughNotice | null) => void): WalkthroughFileActions {
  const { t } = useTranslation('walkthrough');
  const { host } = useAppServices();
  const store = walkthroughStore();
  const dirty = useWalkthrough((s) => s.dirty);
  const filePath = useWalkthrough((s) => s.filePath);
  const [confirmClose, setConfirmClose] = useState(false);

  const save = async (as: boolean) => {
    setNotice(null);
    const result = await saveWalkthroughFile(host, doc, { path: filePath, as, suggestedName: suggestedName() }, t).catch(() => null);
    if (!result) return;
    if ('saved' in result) {
      store.saved(result.saved.path, result.saved.name);
      setNotice(result.notice);
    } else setNotice(result);
  };
  const open = async () => {
    setNotice(null);
    const result = await openWalkthroughFile(host, t).catch(() => null);
    if (!result) return;
    if ('doc' in result) {
      store.open(result.doc, { filePath: result.path, fileName: result.name, mode: 'edit' });
      setNotice({ kind: 'info', text: t('files.opened', { name: result.name }) });
    } else setNotice(result);
  };
  const close = () => {
    if (dirty && !confirmClose) {
      setConfirmClose(true);
      return;
    }
    setConfirmClose(false);
    store.close();
  };
  return { save, open, close, confirmClose, cancelClose: () => setConfirmClose(false) };
}
