/**
 * Worksheet names Excel accepts: at most 31 characters, none of [ ] : * ? / \, not starting or ending
 * with an apostrophe, not blank, not "History" (reserved), and unique regardless of case.
 */

/** Longest worksheet name Excel accepts, characters. */
export const MAX_SHEET_NAME = 31;

/** `name` made safe for a worksheet (without checking uniqueness). */
export function safeSheetName(name: string, fallback = 'Sheet'): string {
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in sheet names
  let safe = name.replace(/[[\]:*?/\\\u0000-\u001f]/g, '_').replace(/\s+/g, ' ').trim();
  safe = safe.replace(/^'+|'+$/g, '').trim();
  safe = [...safe].slice(0, MAX_SHEET_NAME).join('').trim();
  // A surrogate pair counts as two characters in Excel: trim until the UTF-16 length fits.
  while (safe.length > MAX_SHEET_NAME) safe = [...safe].slice(0, -1).join('');
  safe = safe.replace(/'+$/, '').trim();
  if (!safe || safe.toLowerCase() === 'history') safe = fallback;
  return safe;
}

/** Hands out safe, unique worksheet names; a repeated name gets " (2)", " (3)", … within 31 characters. */
export class SheetNamer {
  private readonly used = new Set<string>();

  /** A safe name not yet handed out. */
  next(name: string, fallback?: string): string {
    const base = safeSheetName(name, fallback);
    let candidate = base;
    for (let n = 2; this.used.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = safeSheetName([...base].slice(0, MAX_SHEET_NAME - suffix.length).join(''), fallback) + suffix;
    }
    this.used.add(candidate.toLowerCase());
    return candidate;
  }
}
