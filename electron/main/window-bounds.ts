/**
 * Where the main window opens. Pure: Electron's `screen` supplies the displays' work areas, so the
 * rule "restore only onto a visible display" is testable in Node.
 */
import type { WindowBounds } from '../../src/host/contract';

export interface Rect { x: number; y: number; width: number; height: number }

/** What the window is created with: a position only when the saved one is still visible. */
export interface InitialBounds { x?: number; y?: number; width: number; height: number; maximized: boolean }

export const DEFAULT_WINDOW_SIZE = { width: 1440, height: 900 } as const;

/** How much of the title bar must land on a display for the user to be able to grab it. */
const MIN_VISIBLE = { width: 120, height: 32 } as const;

function overlap(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.min(a.x + a.width, b.x + b.width) - x, height: Math.min(a.y + a.height, b.y + b.height) - y };
}

/** True when the window's title-bar strip lies on `area` enough to drag it. */
export function titleBarVisibleOn(bounds: Rect, area: Rect): boolean {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: MIN_VISIBLE.height };
  const shared = overlap(titleBar, area);
  return shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height;
}

/**
 * Restores saved bounds if their title bar is on one of the current displays (a monitor may have been
 * unplugged since), shrinking them to fit that display; otherwise a default-sized, centred window.
 */
export function restoreBounds(saved: WindowBounds | null, workAreas: readonly Rect[], fallback = DEFAULT_WINDOW_SIZE): InitialBounds {
  const fresh = (): InitialBounds => {
    const largest = workAreas.reduce<Rect | null>((best, a) => (!best || a.width * a.height > best.width * best.height ? a : best), null);
    return {
      width: largest ? Math.min(fallback.width, largest.width) : fallback.width,
      height: largest ? Math.min(fallback.height, largest.height) : fallback.height,
      maximized: false,
    };
  };
  if (!saved) return fresh();
  const area = workAreas.find((a) => titleBarVisibleOn(saved, a));
  if (!area) return fresh();
  return {
    x: saved.x,
    y: saved.y,
    width: Math.min(saved.width, area.width),
    height: Math.min(saved.height, area.height),
    maximized: saved.maximized,
  };
}
