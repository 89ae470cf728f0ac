/**
 * The preset scenarios shipped in /scenarios, validated with the same parser as user files. A preset
 * that fails validation is left out (and reported), never half-loaded.
 */
import { parseScenario, type ScenarioFile } from '@model';

export interface Preset {
  /** The file's base name, e.g. "trend". */
  id: string;
  file: ScenarioFile;
}

/** The preset every session starts on: the recent-trend defaults. */
export const START_PRESET = 'trend';

/** Display order of the shipped presets; any others follow alphabetically. */
const ORDER = ['trend', 'plan-targets', 'low-fertility', 'three-child-uplift', 'central-city-surge', 'talent-led'];

export interface PresetList {
  presets: Preset[];
  /** Files that could not be used, with the reason. */
  rejected: { id: string; message: string }[];
}

const rank = (id: string) => {
  const i = ORDER.indexOf(id);
  return i < 0 ? ORDER.length : i;
};

/** Builds the list from parsed JSON modules keyed by path ("…/scenarios/trend.json"). */
export function presetList(modules: Readonly<Record<string, unknown>>): PresetList {
  const presets: Preset[] = [];
  const rejected: PresetList['rejected'] = [];
  for (const [path, data] of Object.entries(modules)) {
    const id = path.replace(/^.*\//, '').replace(/\.json$/i, '');
    const result = parseScenario(data);
    if (result.ok) presets.push({ id, file: result.scenario });
    // The folder also holds other kinds of file (walkthroughs); only damaged scenarios are rejected.
    else if (result.error.kind !== 'foreign') rejected.push({ id, message: result.error.message });
  }
  // The app must always be able to start: without a trend file, the defaults stand in for it.
  if (!presets.some((p) => p.id === START_PRESET)) {
    presets.push({
      id: START_PRESET,
      file: { format: 'xiqing-population-scenario', version: 2, name: 'Recent trend', description: '', levers: {}, notes: '' },
    });
  }
  presets.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
  return { presets, rejected };
}
