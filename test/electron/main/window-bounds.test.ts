import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, restoreBounds, titleBarVisibleOn } from '../../../electron/main/window-bounds';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };
const saved = { x: 100, y: 80, width: 1400, height: 900, maximized: false };

describe('restoreBounds', () => {
  it('restores bounds that are on a display', () => {
    expect(restoreBounds(saved, [laptop])).toEqual(saved);
    expect(restoreBounds({ ...saved, maximized: true }, [laptop]).maximized).toBe(true);
  });

  it('restores onto a second display while it is still attached', () => {
    const there = { ...saved, x: 2200, y: 100 };
    expect(restoreBounds(there, [laptop, rightMonitor])).toEqual(there);
  });

  it('ignores bounds whose display has been unplugged, and opens a default window', () => {
    const there = { ...saved, x: 2200, y: 100, maximized: true };
    expect(restoreBounds(there, [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  });

  it.each([
    ['far off to the left', { x: -5000, y: 100 }],
    ['below every display', { x: 100, y: 5000 }],
    ['title bar above the top edge', { x: 100, y: -200 }],
    ['only a sliver on screen', { x: 1920 - 60, y: 100 }],
  ])('ignores a window %s', (_label, position) => {
    const result = restoreBounds({ ...saved, ...position }, [laptop]);
    expect(result.x).toBeUndefined();
    expect(result.y).toBeUndefined();
  });

  it('shrinks a window larger than its display to fit', () => {
    expect(restoreBounds({ ...saved, x: 0, y: 0, width: 3000, height: 2000 }, [laptop])).toMatchObject({ width: 1920, height: 1040 });
  });

  it('opens a default window the first time, shrunk to a small screen', () => {
    expect(restoreBounds(null, [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
    expect(restoreBounds(null, [{ x: 0, y: 0, width: 1366, height: 728 }])).toEqual({ width: 1366, height: 728, maximized: false });
    expect(restoreBounds(null, [])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  });

  it('needs enough of the title bar on a display to grab it', () => {
    expect(titleBarVisibleOn({ x: 1800, y: 0, width: 800, height: 600 }, laptop)).toBe(true);
    expect(titleBarVisibleOn({ x: 1850, y: 0, width: 800, height: 600 }, laptop)).toBe(false);
    expect(titleBarVisibleOn({ x: 0, y: 1020, width: 800, height: 600 }, laptop)).toBe(false);
  });
});
