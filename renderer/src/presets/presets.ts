/** The presets bundled into the app at build time (vite inlines the JSON; nothing is fetched). */
import { presetList } from './preset-list';

const modules = import.meta.glob<unknown>('../../../scenarios/*.json', { eager: true, import: 'default' });

export const { presets: PRESETS, rejected: REJECTED_PRESETS } = presetList(modules);
