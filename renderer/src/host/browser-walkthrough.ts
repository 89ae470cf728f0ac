/**
 * The walkthrough channels in a plain browser. Files: an <input type=file> to open and a download to
 * save, both checked with the model's walkthrough loader like main does. The presenter view: a popup
 * of the same page at `#presenter`; the two windows talk over a BroadcastChannel (same origin only),
 * and every message is validated with the contract's schemas before it becomes a host event, exactly
 * as main validates the same payloads over IPC.
 */
import { MAX_SCENARIO_BYTES, type HostHandlers, type OpenResult } from '../../../src/host/contract';
import { hostError } from '../../../src/host/scenario-check';
import { checkWalkthroughText } from '../../../src/host/walkthrough-check';
import { presenterCommandSchema, presenterStateSchema, type WalkthroughChannel } from '../../../src/host/walkthrough-schemas';
import { download, pickFile, readCheckedFile } from './browser-files';
import type { EventHub } from './event-hub';

/** The BroadcastChannel both windows of one origin join. */
export const PRESENTER_CHANNEL = 'xiqing-population-simulator/presenter';
/** The hash of the presenter page (renderer/src/walkthrough/presenter-route.ts reads it). */
export const PRESENTER_HASH = '#presenter';
const POPUP_NAME = 'xiqing-presenter';

/** Reads a chosen file as a walkthrough: the same size limit, UTF-8 rule and loader as main (see {@link readCheckedFile}). */
export function readWalkthrough(file: Blob & { name: string }, maxBytes = MAX_SCENARIO_BYTES): Promise<OpenResult> {
  return readCheckedFile(file, checkWalkthroughText, maxBytes);
}

type Message = { type: 'state'; state: unknown } | { type: 'command'; command: unknown };

export function createBrowserWalkthroughHandlers(hub: EventHub): Pick<HostHandlers, WalkthroughChannel> {
  const withJson = (name: string) => (/\.json$/i.test(name) ? name : `${name}.json`);
  // Joined on first use (both windows call a presenter method as they start: sync, or the presenter's
  // "hello"), so a page that never presents holds no channel open.
  let channel: BroadcastChannel | null | undefined;
  const join = (): BroadcastChannel | null => {
    if (channel !== undefined) return channel;
    channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(PRESENTER_CHANNEL);
    // Node's channel (tests) would keep the process alive; browsers have no unref.
    (channel as { unref?: () => void } | null)?.unref?.();
    channel?.addEventListener('message', (event: MessageEvent<Message>) => {
      const message = event.data;
      if (message?.type === 'state') {
        const state = presenterStateSchema.safeParse(message.state);
        if (state.success) hub.emit('walkthrough:presenter-state', state.data);
      } else if (message?.type === 'command') {
        const command = presenterCommandSchema.safeParse(message.command);
        if (command.success) hub.emit('walkthrough:command', command.data);
      }
    });
    return channel;
  };
  const post = (message: Message) => join()?.postMessage(message);
  const save = (name: string, text: string) => {
    const checked = checkWalkthroughText(text, 'The walkthrough');
    if (!checked.ok) return checked.error;
    download(name, text);
    return { status: 'saved', path: name, name } as const;
  };

  return {
    'walkthrough-file:open-dialog': async () => {
      const file = await pickFile('.json,application/json');
      return file ? readWalkthrough(file) : { status: 'canceled' };
    },
    'walkthrough-file:save': async (path, text) => save(withJson(path.split(/[\\/]/).pop() ?? path), text),
    'walkthrough-file:save-as-dialog': async (suggestedName, text) => save(withJson(suggestedName), text),
    'walkthrough:open-presenter': async () => {
      if (!join()) return hostError('not-allowed', 'This browser cannot link two windows (no BroadcastChannel).');
      const url = `${location.pathname}${location.search}${PRESENTER_HASH}`;
      // A named popup: opening it again brings the same window forward instead of a second one.
      const popup = window.open(url, POPUP_NAME, 'popup,width=960,height=720');
      if (!popup) return hostError('not-allowed', 'The browser blocked the presenter window; allow pop-ups for this page.');
      popup.focus();
      return { status: 'opened' };
    },
    'walkthrough:sync-presenter': async (state) => {
      post({ type: 'state', state });
    },
    'walkthrough:presenter-command': async (command) => {
      post({ type: 'command', command });
    },
  };
}
