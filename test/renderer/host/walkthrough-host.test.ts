/**
 * The browser host's walkthrough channels in Node: reading a walkthrough file (the same checks as main)
 * and the presenter link between two windows over a BroadcastChannel (Node has one too), with every
 * message validated before it becomes an event.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { PresenterCommand, PresenterState } from '../../../src/host/contract';
import { MAX_SCENARIO_BYTES } from '../../../src/host/contract';
import { createBrowserHost } from '../../../renderer/src/host/browser-host';
import { PRESENTER_CHANNEL, readWalkthrough } from '../../../renderer/src/host/browser-walkthrough';
import { createMemoryBackend } from '../../../src/host/library/memory-backend';

const exampleText = readFileSync(new URL('../../../scenarios/walkthrough-2025-population.json', import.meta.url), 'utf8');
const file = (text: string | Uint8Array, name = 'lesson.json') => Object.assign(new Blob([typeof text === 'string' ? text : text.slice().buffer]), { name });
const storage = () => {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
};
const host = () => createBrowserHost({ storage: storage(), libraryBackend: createMemoryBackend() });
const state: PresenterState = {
  language: 'en', walkthroughTitle: 'Lesson', index: 0, count: 2,
  step: { title: 'Start', notes: 'Ask the room.', question: null, answer: null, revealed: false, changes: [] },
  next: { title: 'Then', notes: '' },
};
const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  return check();
};

describe('walkthrough files in the browser host', () => {
  it('opens a walkthrough the model accepts, and says why not for anything else', async () => {
    expect(await readWalkthrough(file(exampleText))).toEqual({ status: 'opened', file: { path: 'lesson.json', name: 'lesson.json', text: exampleText } });
    const scenario = JSON.stringify({ format: 'xiqing-population-scenario', version: 1, name: 'x' });
    expect(await readWalkthrough(file(scenario))).toMatchObject({ status: 'error', kind: 'foreign' });
    expect(await readWalkthrough(file('{"format":"xiqing-population-walkthrough","version":9}'))).toMatchObject({ status: 'error', kind: 'future-version', version: 9 });
    expect(await readWalkthrough(file('{"format":"xiqing-population-walkthrough","version":1,"title":{"zh":"","en":""},"steps":[]}'))).toMatchObject({ status: 'error', kind: 'invalid' });
    expect(await readWalkthrough(file(new Uint8Array([0xff, 0xfe, 0x00])))).toMatchObject({ status: 'error', kind: 'not-json' });
    expect(await readWalkthrough(file('x'.repeat(20)), 10)).toMatchObject({ status: 'error', kind: 'too-large' });
    expect(MAX_SCENARIO_BYTES).toBeGreaterThan(exampleText.length);
  });

  it('refuses to save text that is not a valid walkthrough (before any download)', async () => {
    expect(await host().saveWalkthroughAsDialog('lesson', '{"format":"xiqing-population-scenario","version":1,"name":"x"}')).toMatchObject({ status: 'error', kind: 'foreign' });
    expect(await host().saveWalkthrough('lesson.json', '{')).toMatchObject({ status: 'error', kind: 'not-json' });
    await expect(host().saveWalkthroughAsDialog('', exampleText)).rejects.toThrow(/file name is empty/);
  });
});

describe('the presenter link in the browser host', () => {
  it('carries the state to the presenter window and its commands back', async () => {
    const presenting = host();
    const presenter = host();
    const commands: PresenterCommand[] = [];
    const states: PresenterState[] = [];
    presenting.on('walkthrough:command', (c) => commands.push(c));
    presenter.on('walkthrough:presenter-state', (s) => states.push(s));
    // The presenting window joins the link when it first syncs; the presenter when it says hello.
    await presenting.syncPresenter(state);
    await presenter.sendPresenterCommand('hello');
    expect(await until(() => commands.length === 1)).toBe(true);
    expect(commands).toEqual(['hello']);
    await presenting.syncPresenter({ ...state, index: 1, next: null });
    expect(await until(() => states.length === 1)).toBe(true);
    expect(states[0]).toMatchObject({ index: 1, next: null });
    await presenter.sendPresenterCommand('next');
    expect(await until(() => commands.length === 2)).toBe(true);
    expect(commands[1]).toBe('next');
  });

  it('drops messages that do not match the contract, and validates what the page sends', async () => {
    const presenting = host();
    const listener = vi.fn();
    presenting.on('walkthrough:command', listener);
    presenting.on('walkthrough:presenter-state', listener);
    await presenting.syncPresenter(state);
    const intruder = new BroadcastChannel(PRESENTER_CHANNEL);
    intruder.postMessage({ type: 'command', command: 'open-devtools' });
    intruder.postMessage({ type: 'state', state: { ...state, index: 7 } });
    intruder.postMessage('hello');
    intruder.postMessage({ type: 'command', command: 'first' });
    expect(await until(() => listener.mock.calls.length > 0)).toBe(true);
    expect(listener.mock.calls).toEqual([['first']]);
    intruder.close();
    await expect(presenting.syncPresenter({ ...state, count: 0 })).rejects.toThrow(/Invalid arguments for "walkthrough:sync-presenter"/);
    await expect(presenting.sendPresenterCommand('quit' as PresenterCommand)).rejects.toThrow(/Invalid option/);
  });
});
