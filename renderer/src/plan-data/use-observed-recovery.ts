/**
 * The observed table's recovery in the app: at start-up, a record left by an earlier run is offered
 * (restore or discard); afterwards, while the table differs from its clean state (as opened, loaded or
 * saved), it is written to the recovery area shortly after each change, and the record is cleared
 * when the table is clean again.
 */
import { useEffect, useRef, useState } from 'react';
import type { RecoveryEntry } from '../../../src/host/contract';
import type { Host } from '../host/host';
import { draftRecordText, OBSERVED_RECOVERY_ID, parseDraftRecord, type ObservedDraft } from './observed-recovery';

/** Wait this long after the last edit before writing (as the scenario autosave does). */
const AUTOSAVE_MS = 400;

export interface ObservedRecoveryOffer {
  draft: ObservedDraft;
  savedAt: string;
}

/**
 * @param draft the table as it is now
 * @param clean the text of the table's clean state (`draftRecordText` of what was last opened or saved)
 */
export function useObservedRecovery(host: Host, draft: ObservedDraft, clean: string) {
  const [offer, setOffer] = useState<ObservedRecoveryOffer | null>(null);
  // Until the start-up check has answered, nothing is written (it would overwrite the record offered).
  const [checked, setChecked] = useState(false);
  const written = useRef<string | null>(null);
  const text = draftRecordText(draft);
  const latest = useRef(text);
  useEffect(() => {
    latest.current = text;
  }, [text]);

  useEffect(() => {
    let live = true;
    void host.listRecovery().catch(() => [] as RecoveryEntry[]).then((records) => {
      if (!live) return;
      const record = records.find((r) => r.id === OBSERVED_RECOVERY_ID);
      const recovered = record ? parseDraftRecord(record.text) : null;
      if (record && recovered) {
        written.current = record.text;
        // A record equal to the table on screen holds nothing to restore.
        if (record.text !== latest.current) setOffer({ draft: recovered, savedAt: record.savedAt });
      }
      setChecked(true);
    });
    return () => {
      live = false;
    };
  }, [host]);

  useEffect(() => {
    // While a record is offered it is left as it is: the user has not chosen yet.
    if (!checked || offer) return;
    const timer = setTimeout(() => {
      if (text === clean) {
        if (written.current !== null) void host.clearRecovery(OBSERVED_RECOVERY_ID).catch(() => undefined);
        written.current = null;
      } else if (text !== written.current) {
        written.current = text;
        void host.writeRecovery(OBSERVED_RECOVERY_ID, text).catch(() => undefined);
      }
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [host, text, clean, checked, offer]);

  return {
    offer,
    /** The offer answered: restored (the caller loads the draft) or discarded (the record goes). */
    settle(restore: boolean) {
      if (!restore) {
        void host.clearRecovery(OBSERVED_RECOVERY_ID).catch(() => undefined);
        written.current = null;
      }
      setOffer(null);
    },
  };
}
