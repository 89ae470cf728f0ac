// One string per compare source, shared by the chips (a test hook) and the add control (option values).
import type { CompareSource } from './compare-store';

/** `preset:trend`, `library:<id>`, `open:<id>`: the option values of the add control (and a test hook). */
export function describeSource(source: CompareSource): string {
  switch (source.kind) {
    case 'preset':
      return `preset:${source.presetId}`;
    case 'library':
      return `library:${source.libraryId}`;
    case 'open':
      return `open:${source.scenarioId}`;
  }
}
