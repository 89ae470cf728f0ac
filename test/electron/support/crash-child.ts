/**
 * A separate process that saves a scenario through the library and is killed mid-write: it writes
 * half of the new text into write-file-atomic's temporary file, tells the parent where it is, and
 * waits (forever) before the rename. Run by atomic-writes.test.ts with `node --import tsx`.
 */
import { appendFileSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { createLibraryHandlers } from '../../../src/host/library/library-handlers';
import { createFsBackend } from '../../../electron/main/library-fs-backend';

const [libraryFolder, recoveryFolder, id, text] = process.argv.slice(2);

const backend = createFsBackend({
  libraryFolder: () => libraryFolder,
  recoveryFolder,
  writeFile: (path, content) => writeFileAtomic(path, content, {
    tmpfileCreated: async (tmpfile: string) => {
      appendFileSync(tmpfile, String(content).slice(0, Math.floor(String(content).length / 2)));
      process.stdout.write(`${JSON.stringify({ tmpfile })}\n`);
      // Keep the process alive, stuck between the half-written temp file and the rename, until killed.
      setInterval(() => undefined, 60_000);
      await new Promise(() => undefined);
    },
  }),
});

await createLibraryHandlers(backend)['library:save']({ id, text });
