import { describe, expect, it, vi } from 'vitest';
import { HOST_METHODS, createHostMethods, describeTooLarge } from '../../src/host/contract';

describe('the contract', () => {
  it('gives each channel one named method that invokes it with the arguments unchanged', async () => {
    const invoke = vi.fn(async (...call: unknown[]) => call);
    const methods = createHostMethods(invoke);
    expect(Object.keys(methods).sort()).toEqual(Object.keys(HOST_METHODS).sort());
    await methods.setSettings({ language: 'en' });
    expect(invoke).toHaveBeenLastCalledWith('settings:set', { language: 'en' });
    await methods.saveScenario('/a.json', '{}');
    expect(invoke).toHaveBeenLastCalledWith('scenario-file:save', '/a.json', '{}');
  });

  it('describes an oversize file so it never reads as the limit itself', () => {
    expect(describeTooLarge('a.json', 5 * 1024 * 1024 + 1, 5 * 1024 * 1024)).toBe('a.json is 5.1 MB; a scenario file can be at most 5 MB.');
  });
});
