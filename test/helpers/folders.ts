/** Real temporary folders for the file-service tests, and a snapshot to prove nothing on disk changed. */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { serializeScenario } from '../../src/model/scenario-file/scenario-file';

/** A fresh folder under the system temp folder, with a Chinese name so every path in the tests has one. */
export async function makeTempFolder(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'xiqing-情景-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Every file under `dir` (recursively) with its bytes and modification time. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else out[relative(dir, path)] = `${(await stat(path)).mtimeMs} ${(await readFile(path)).toString('base64')}`;
    }
  };
  await walk(dir);
  return out;
}

/** A valid scenario file's text. */
export function scenarioText(name: string, extra: { notes?: string; levers?: Record<string, number> } = {}): string {
  return serializeScenario({ name, description: '', levers: extra.levers ?? {}, notes: extra.notes ?? '' });
}
