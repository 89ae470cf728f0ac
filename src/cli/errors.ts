/** Exit codes and the error type the CLI reports without a stack trace. */

/** Exit codes of the command-line tools. */
export const EXIT_OK = 0;
/** A bug or an unexpected failure (reported with its message). */
export const EXIT_INTERNAL = 1;
/** Bad usage, an unreadable or unwritable file, invalid JSON or invalid content. */
export const EXIT_INVALID = 2;

/** A problem caused by the user's arguments or files: printed as `problems`, no stack trace. */
export class CliError extends Error {
  /**
   * @param summary one line, e.g. `inputs.json is not valid JSON`
   * @param problems details, one per line (may be empty)
   * @param hint an extra line after the problems, e.g. where to find usage
   */
  constructor(
    readonly summary: string,
    readonly problems: readonly string[] = [],
    readonly hint?: string,
  ) {
    super(summary);
    this.name = 'CliError';
  }
}
