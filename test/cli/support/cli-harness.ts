/**
 * Running the `project` CLI inside the test process, for the CLI tests: the argument parser's usage
 * errors, and whole runs with their output captured. (The spawned process is tested separately, in
 * project-cli.test.ts and export-cli.test.ts.)
 */
import { parseProjectArgs } from '../../../src/cli/args';
import { CliError } from '../../../src/cli/errors';
import { runProjectCli } from '../../../src/cli/run-project';

/** The one-line summary of the usage error `argv` must cause; throws if it parses, or fails otherwise. */
export function usageError(argv: string[]): string {
  try {
    parseProjectArgs(argv);
  } catch (error) {
    if (error instanceof CliError) return error.summary;
    throw error;
  }
  throw new Error('expected a usage error');
}

/** What a run of the CLI returned and wrote. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process on `argv` (with `env` as its environment), capturing stdout and stderr. */
export async function runCli(argv: string[], env: Readonly<Record<string, string | undefined>> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runProjectCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  }, env);
  return { code, stdout, stderr };
}
