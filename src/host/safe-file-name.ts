/**
 * File names that work on every platform the app meets, Windows being the strictest: no <>:"/\|?*
 * or control characters, no trailing dot or space, no reserved device names (CON, NUL, COM1 …, with
 * any extension), and short enough for ext4's 255-byte limit even in Chinese (3 bytes a character).
 * Pure, so main, the browser host and the tests share one rule.
 */

/** Characters Windows forbids in file names, plus control characters (which no platform shows well). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Device names Windows reserves whatever the extension ("nul.json" opens the null device). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
/** Characters kept of a name: enough to read it in a file list, well under every limit. */
export const MAX_STEM_CHARS = 100;
/** Bytes kept of a name (UTF-8), leaving room for " (99)" and an extension within 255 bytes. */
export const MAX_STEM_BYTES = 180;

const utf8 = new TextEncoder();

/** Cuts to the limits on whole code points (never half of a surrogate pair). */
function truncate(text: string): string {
  let out = '';
  let bytes = 0;
  let chars = 0;
  for (const ch of text) {
    const size = utf8.encode(ch).length;
    if (chars + 1 > MAX_STEM_CHARS || bytes + size > MAX_STEM_BYTES) break;
    out += ch;
    bytes += size;
    chars += 1;
  }
  return out;
}

const trimEnds = (text: string) => text.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');

/**
 * A file name without extension made from any text (a scenario's name): forbidden characters become
 * "_", line breaks and tabs spaces; leading dots (hidden files) and trailing dots and spaces go; a
 * reserved device name gets a leading "_"; Unicode is NFC (macOS would otherwise store it decomposed).
 */
export function safeFileStem(name: string, fallback = 'scenario'): string {
  const cleaned = name.normalize('NFC').replace(/[\t\r\n]+/g, ' ').replace(FORBIDDEN, '_');
  const stem = trimEnds(truncate(trimEnds(cleaned))) || fallback;
  // Windows compares the part before the first dot, ignoring trailing spaces: "CON .txt" is CON.
  return RESERVED.test(stem.split('.')[0].trimEnd()) ? `_${stem}` : stem;
}

/** A whole file name: a plain extension (letters and digits) is kept, the rest made safe as a stem. */
export function safeFileName(name: string, fallback = 'untitled'): string {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1) : '';
  if (!/^[A-Za-z0-9]{1,10}$/.test(ext)) return safeFileStem(name, fallback);
  return `${safeFileStem(name.slice(0, dot), fallback)}.${ext}`;
}

/** The library file name for a scenario name: `safe stem.json`. */
export function libraryFileName(scenarioName: string): string {
  return `${safeFileStem(scenarioName)}.json`;
}

/**
 * Whether `name` may name a file inside one of the host's folders: a single plain name (no folder
 * separators, no "..", not hidden, no NUL), ending in .json. This is the security check on ids the
 * renderer sends; it is deliberately looser than {@link safeFileName}, so that files the user put in
 * the library folder by hand (legal on their platform) still open.
 */
export function isPlainJsonName(name: string): boolean {
  return name.length <= 255
    && /\.json$/i.test(name)
    && !/[/\\]/.test(name)
    && !name.includes('\0')
    && !name.startsWith('.')
    && utf8.encode(name).length <= 255;
}

/**
 * `base` if no name in `taken` equals it ignoring case (Windows and macOS file systems ignore case),
 * else `stem (2).ext`, `stem (3).ext`, …
 */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  const dot = base.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [base.slice(0, dot), base.slice(dot)] : [base, ''];
  for (let i = 2; ; i += 1) {
    const candidate = `${stem} (${i})${ext}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
