/**
 * The one rule for turning a file's bytes into text, shared by Electron main, the browser host and
 * the CLI so that all three accept and refuse the same files: UTF-8 (a leading byte-order mark is
 * dropped), strictly — invalid bytes are refused, never replaced. UTF-16 files (what some Windows
 * editors save as "Unicode") are recognised and named, so the message can ask for UTF-8.
 */

/** An encoding recognised in order to name it in a refusal. */
export type OtherEncoding = 'UTF-16LE' | 'UTF-16BE';

export type FileText = { ok: true; text: string } | { ok: false; encoding?: OtherEncoding };

/** UTF-16 by its byte-order mark, or by a zero byte beside the first ASCII character (JSON starts with one). */
function utf16Encoding(bytes: Uint8Array): OtherEncoding | undefined {
  if (bytes.length < 2) return undefined;
  const [a, b] = [bytes[0], bytes[1]];
  if ((a === 0xff && b === 0xfe) || (a !== 0 && b === 0)) return 'UTF-16LE';
  if ((a === 0xfe && b === 0xff) || (a === 0 && b !== 0)) return 'UTF-16BE';
  return undefined;
}

/** Decodes a file's bytes as UTF-8 text, or says why it is not. */
export function decodeFileText(bytes: Uint8Array): FileText {
  const encoding = utf16Encoding(bytes);
  if (encoding) return { ok: false, encoding };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: false };
  }
}

/** Why the bytes are not text this app reads, ending with what to do: "it is UTF-16 … save it as UTF-8". */
export function notUtf8Reason(encoding?: OtherEncoding): string {
  return encoding
    ? `it is ${encoding === 'UTF-16LE' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)'} text; save it as UTF-8 and try again`
    : 'it is not UTF-8 text: it is damaged, binary, or in another encoding (save text files as UTF-8)';
}
