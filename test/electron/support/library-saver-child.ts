/**
 * A separate process that saves one library scenario over and over, the way the app does: read it,
 * then save with `expectedModified` set to what it read, re-reading after a conflict. Each saved
 * version's notes name the saver and the version it was based on, so the parent can rebuild the
 * history. Prints "ready", waits for a line on stdin (so both savers start together), then prints one
 * JSON line: the saves it was told succeeded. Run by library-two-processes.test.ts with `node --import tsx`.
 */
import { once } from 'node:events';
import { createLibraryHandlers } from '../../../src/host/library/library-handlers';
import { createFsBackend } from '../../../electron/main/library-fs-backend';
import { scenarioText } from '../../helpers/folders';

const [libraryFolder, recoveryFolder, id, who, countText] = process.argv.slice(2);
const handlers = createLibraryHandlers(createFsBackend({ libraryFolder: () => libraryFolder, recoveryFolder }));

process.stdout.write('ready\n');
await once(process.stdin, 'data');

/** A save the library acknowledged: its own marker and the marker of the version it replaced. */
const acknowledged: { marker: string; basedOn: string }[] = [];
let conflicts = 0;
for (let i = 0; i < Number(countText); i++) {
  for (;;) {
    const read = await handlers['library:read'](id);
    if (read.status !== 'opened') throw new Error(`cannot read ${id}: ${JSON.stringify(read)}`);
    const basedOn = read.entry.notes;
    const marker = `${who}-${i}`;
    const result = await handlers['library:save']({ id, text: scenarioText('共享方案', { notes: marker }), expectedModified: read.entry.modified });
    if (result.status === 'saved') {
      acknowledged.push({ marker, basedOn });
      break;
    }
    if (result.status !== 'conflict') throw new Error(`save failed: ${JSON.stringify(result)}`);
    conflicts++;
  }
}
process.stdout.write(`${JSON.stringify({ acknowledged, conflicts })}\n`);
process.stdin.destroy();
