/**
 * `--out` and `--export` never replace something that is not a regular file: a real named pipe (made
 * with mkfifo) is written through when a program reads it and refused when none does, a character
 * device is written through, a folder is refused — and each is still what it was afterwards.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './support/cli-harness';

const TREND = resolve(import.meta.dirname, '../../scenarios/trend.json');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-out-'));
});

/** A real named pipe at `dir/name`. */
function mkfifo(name: string): string {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  return path;
}

/**
 * A character device to write to. As root, a private copy of /dev/null made in the test's folder, so
 * that a regression (which would rename a file over it) cannot damage the machine's own /dev/null;
 * otherwise /dev/null itself, which an ordinary user cannot replace.
 */
function nullDevice(): string {
  const path = join(dir, 'null');
  try {
    execFileSync('mknod', ['-m', '666', path, 'c', '1', '3'], { stdio: 'ignore' });
    return path;
  } catch {
    return '/dev/null';
  }
}

/**
 * Opens the pipe for reading and collects everything written to it until `done` resolves. A spare
 * writer is held open meanwhile, so the reader does not see end-of-file before the CLI has written.
 */
function readPipe(path: string): { text: (done: Promise<unknown>) => Promise<string> } {
  const readFd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const spareWriter = openSync(path, constants.O_WRONLY);
  const socket = new Socket({ fd: readFd, readable: true, writable: false });
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((ok) => socket.on('end', ok));
  return {
    async text(done) {
      await done;
      closeSync(spareWriter);
      await ended;
      socket.destroy();
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

describe('--out onto a named pipe', () => {
  it('writes through a pipe that a program reads, and the pipe stays a pipe', async () => {
    const fifo = mkfifo('p.json');
    const reader = readPipe(fifo);
    const run = runCli([TREND, '--out', fifo]);
    const text = await reader.text(run);
    expect(await run).toEqual({ code: 0, stdout: '', stderr: '' });
    const expected = await runCli([TREND]);
    expect(text).toBe(expected.stdout);
    expect((await stat(fifo)).isFIFO()).toBe(true);
    expect(await readdir(dir)).toEqual(['p.json']);
  });

  it('refuses a pipe nobody reads, at once, with a plain reason, leaving the pipe in place', async () => {
    const fifo = mkfifo('p.json');
    const run = await runCli([TREND, '--format', 'csv', '--out', fifo]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`project: cannot write ${fifo}: it is a named pipe (FIFO) that nothing is reading from; nothing was written\n`);
    expect((await stat(fifo)).isFIFO()).toBe(true);
    expect(await readdir(dir)).toEqual(['p.json']);
  });

  it('--export refuses it too and leaves no temporary file beside it', async () => {
    const fifo = mkfifo('out.csv');
    const run = await runCli([TREND, '--export', fifo]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write .*out\.csv: it is a named pipe \(FIFO\) that nothing is reading from/);
    expect((await stat(fifo)).isFIFO()).toBe(true);
    expect(await readdir(dir)).toEqual(['out.csv']);
  });
});

describe('--out onto other things that are not regular files', () => {
  it('writes through a character device and leaves it a device', async () => {
    const device = nullDevice();
    const run = await runCli([TREND, '--out', device]);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await stat(device)).isCharacterDevice()).toBe(true);
  });

  it('refuses a folder by name', async () => {
    const folder = join(dir, 'result.json');
    await mkdir(folder);
    const run = await runCli([TREND, '--out', folder]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`project: cannot write ${folder}: it is a folder, not a file; nothing was written\n`);
    expect((await stat(folder)).isDirectory()).toBe(true);
  });

  it('still replaces a regular file atomically', async () => {
    const out = join(dir, 'nested', 'result.csv');
    expect((await runCli([TREND, '--format', 'csv', '--out', out])).code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe((await runCli([TREND, '--format', 'csv'])).stdout);
  });
});
