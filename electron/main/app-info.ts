/** About-box facts from the running process. Pure: the caller passes Electron's values in. */
import type { AppInfo } from '../../src/host/contract';

export function describeApp(productName: string, version: string, versions: NodeJS.ProcessVersions, platform: string): AppInfo {
  const runtime = [`Electron ${versions.electron ?? '?'}`, `Chromium ${versions.chrome ?? '?'}`, `Node ${versions.node}`].join(' · ');
  return { productName, version, host: 'electron', runtime, platform };
}
