/** The shipped presets with their full values, for resolving and building walkthrough steps. */
import { PRESETS } from '../presets/presets';
import { presetValuesList, type PresetValues } from './walkthrough-steps';

export const PRESET_VALUES: readonly PresetValues[] = presetValuesList(PRESETS);
