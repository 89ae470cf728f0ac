/**
 * `npm run security:scan`: runs electronegativity over the app's Electron-facing sources and fails
 * on any finding that electron/security/electronegativity-allowlist.json does not justify.
 * Electronegativity itself exits 0 whatever it finds, hence this wrapper.
 *
 * The sources are copied to a temporary folder first, because its global checks (CSP, navigation
 * limits, permission handler) must see main, preload and the renderer's HTML in one scan, and the
 * repository root would also pull in build output and unrelated code.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import run from '@doyensec/electronegativity/dist/runner.js';
import { allowlistSchema, judgeFindings, type Finding } from './allowlist';

const repo = resolve(import.meta.dirname, '../..');
/** What ships in or talks to the Electron app. */
const SCANNED = ['electron', 'src/host', 'renderer/index.html', 'renderer/src', 'package.json'];

async function main(): Promise<number> {
  const allowlist = allowlistSchema.parse(JSON.parse(await readFile(join(repo, 'electron/security/electronegativity-allowlist.json'), 'utf8')));
  const { version } = JSON.parse(await readFile(join(repo, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
  const stage = await mkdtemp(join(tmpdir(), 'xiqing-electronegativity-'));
  try {
    for (const path of SCANNED) await cp(join(repo, path), join(stage, path), { recursive: true });
    const result = await run({
      input: stage,
      isRelative: true,
      electronVersionOverride: version,
      excludeFromScan: Object.keys(allowlist.skippedChecks).map((name) => name.toLowerCase()),
    });
    const findings: Finding[] = result.issues.map((i) => ({ id: i.id, file: i.file, line: i.location.line, column: i.location.column, description: i.description }));
    const verdict = judgeFindings(findings, allowlist);
    // A file electronegativity could not parse was not checked at all: that is a failure, not a pass.
    const parseFailures = result.errors.filter((e) => !e.tolerable);

    console.log(`electronegativity (Electron ${version}): ${result.globalChecks + result.atomicChecks} checks over ${SCANNED.join(', ')}`);
    for (const [name, reason] of Object.entries(allowlist.skippedChecks)) console.log(`  skipped  ${name}: ${reason}`);
    for (const { finding, reason } of verdict.accepted) console.log(`  accepted ${finding.id} ${finding.file}:${finding.line}: ${reason}`);
    for (const e of verdict.unused) console.warn(`  stale allow-list entry ${e.check} ${e.file}: it matched no finding; remove it`);
    for (const e of parseFailures) console.error(`  NOT PARSED ${e.file}: ${e.message}`);
    for (const f of verdict.unexplained) console.error(`  FINDING  ${f.id} ${f.file}:${f.line}:${f.column}: ${f.description}`);
    if (verdict.unexplained.length > 0 || parseFailures.length > 0) {
      console.error(`security:scan failed: fix each finding, or justify it in electron/security/electronegativity-allowlist.json and docs/security.md`);
      return 1;
    }
    console.log(`security:scan passed: ${verdict.accepted.length} accepted finding(s), none unexplained`);
    return 0;
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

process.exitCode = await main();
