/**
 * Whether an element is on screen. Charts scrolled out of view keep their last drawing and catch up
 * when they come back, so a slider move pays only for the charts the user can see.
 */
import { useEffect, useState, type RefObject } from 'react';

export function useOnScreen(ref: RefObject<Element | null>): boolean {
  // Assumed visible until the observer says otherwise: the first paint must be complete.
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => setOnScreen(entry.isIntersecting));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return onScreen;
}
