/**
 * For what the first screen does not need (panels below the fold, collapsed lever chapters): false
 * in the app's first render, true from the render after the first frame has been painted, so the
 * first charts reach the screen without waiting for them. Once the page has painted, every later
 * mount (e.g. back to the editor from another view) gets true at once.
 */
import { useEffect, useState } from 'react';

let painted = false;

export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(painted);
  useEffect(() => {
    if (ready) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame is painted after its animation-frame callbacks: a task posted from one runs after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        painted = true;
        setReady(true);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ready]);
  return ready;
}
