/** The working walkthrough resolved to full values per step (recomputed only when it or the library files change). */
import { useMemo } from 'react';
import { resolveSteps, type Resolution } from './walkthrough-resolve';
import { PRESET_VALUES } from './walkthrough-presets';
import { useWalkthrough } from './walkthrough-store';

export function useResolution(): Resolution | null {
  const doc = useWalkthrough((s) => s.doc);
  const files = useWalkthrough((s) => s.files);
  return useMemo(() => (doc ? resolveSteps(doc, PRESET_VALUES, files) : null), [doc, files]);
}
