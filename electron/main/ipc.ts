/**
 * Connects the handler map to ipcMain. Every call is checked twice before a handler runs: the sender
 * must be the app's own window (else it is refused and logged), and the arguments must match the
 * channel's schema. Only Electron *types* are imported, so the dispatch logic is testable in Node.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { HostChannel, HostHandlers } from '../../src/host/contract';
import { ARG_SCHEMAS, parseArgs } from '../../src/host/schemas';
import { DROP_GRANT_CHANNEL, type DropGrants } from './drop-grants';
import { describeSender, isTrustedSender, type SenderInfo, type TrustPolicy } from './sender-check';

export class UntrustedSenderError extends Error {
  override readonly name = 'UntrustedSenderError';
}

/** Checks the sender and the arguments, then runs the handler. */
export async function dispatch<K extends HostChannel>(
  handlers: HostHandlers, channel: K, sender: SenderInfo, raw: unknown[], policy: TrustPolicy, log: (message: string) => void,
): Promise<Awaited<ReturnType<HostHandlers[K]>>> {
  if (!isTrustedSender(sender, policy)) {
    log(`ipc: refused "${channel}" from ${describeSender(sender)}`);
    throw new UntrustedSenderError(`"${channel}" refused: the sender is not the app's own window`);
  }
  const args = parseArgs(channel, raw);
  const handler = handlers[channel] as (...a: Parameters<HostHandlers[K]>) => ReturnType<HostHandlers[K]>;
  return await handler(...args);
}

export function senderInfo(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): SenderInfo {
  const frame = event.senderFrame;
  return { webContentsId: event.sender.id, frameUrl: frame?.url ?? null, isTopFrame: frame !== null && frame.parent === null };
}

/** Registers one ipcMain handler per channel of the schema map (which the type system keeps complete). */
export function registerIpcHandlers(ipcMain: IpcMain, handlers: HostHandlers, policy: TrustPolicy, log: (message: string) => void): void {
  for (const channel of Object.keys(ARG_SCHEMAS) as HostChannel[]) {
    ipcMain.handle(channel, (event, ...raw: unknown[]) => dispatch(handlers, channel, senderInfo(event), raw, policy, log));
  }
}

/**
 * Receives the preload's reports of real drops (DROP_GRANT_CHANNEL) from the app's own window only,
 * and records their paths in `grants`.
 */
export function registerDropGrants(ipcMain: IpcMain, grants: DropGrants, policy: TrustPolicy, log: (message: string) => void): void {
  ipcMain.handle(DROP_GRANT_CHANNEL, (event, paths: unknown) => {
    const sender = senderInfo(event);
    if (!isTrustedSender(sender, policy)) {
      log(`ipc: refused "${DROP_GRANT_CHANNEL}" from ${describeSender(sender)}`);
      return;
    }
    grants.grant(paths);
  });
}
