/**
 * Command-line projection: `npm run project -- <file.json> [--format json|csv] [--out FILE]`, and
 * exports: `npm run project -- a.json b.json … --export out.xlsx|out.csv|out.pptx [--lang zh-CN|en]`.
 * See `runProjectCli`, `docs/inputs-format.md` and `docs/exports.md`.
 */
import { runProjectCli } from './run-project.js';

// `npm run project -- f.json | head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runProjectCli(process.argv.slice(2), process, process.env);
