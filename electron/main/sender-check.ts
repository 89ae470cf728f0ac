/**
 * Who may call the IPC handlers: only the top frame of one of the app's own windows, showing the
 * app's own URL. A navigated-away window, an injected iframe or any other web contents is refused.
 */
import { isAppUrl } from './app-url';

/** The parts of an IPC event that identify its sender (taken from `event.sender`/`event.senderFrame`). */
export interface SenderInfo {
  webContentsId: number;
  /** URL of the sending frame; null when the frame is already gone. */
  frameUrl: string | null;
  /** False for iframes. */
  isTopFrame: boolean;
}

export interface TrustPolicy {
  /** Ids of the web contents of the app's own windows, read at call time (windows come and go). */
  appWebContentsIds: () => ReadonlySet<number>;
  entryUrl: string;
}

export function isTrustedSender(sender: SenderInfo, policy: TrustPolicy): boolean {
  return sender.isTopFrame
    && sender.frameUrl !== null
    && policy.appWebContentsIds().has(sender.webContentsId)
    && isAppUrl(sender.frameUrl, policy.entryUrl);
}

/** Why a sender was refused, for the log. */
export function describeSender(sender: SenderInfo): string {
  return `web contents ${sender.webContentsId}, ${sender.isTopFrame ? 'top frame' : 'subframe'}, url ${sender.frameUrl ?? '(gone)'}`;
}
