/**
 * What a plain browser offers instead of native file dialogs: an <input type=file> to open, and a
 * download (Blob + anchor) to save. No File System Access API, so it works the same in every browser.
 */
import { MAX_SCENARIO_BYTES, type OpenResult } from '../../../src/host/contract';
import { openedIfAccepted, type TextCheck } from '../../../src/host/checked-text';
import { decodeFileText } from '../../../src/host/file-text';
import { checkScenarioText, notUtf8Error, tooLargeError } from '../../../src/host/scenario-check';

/** Asks the user for one file; resolves null if the chooser is dismissed. */
export function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

/**
 * Reads a chosen or dropped file whose text `check` (the model's loader for its kind) must accept: the
 * same size limit, UTF-8 rule and model check as the Electron host, so both hosts give the same answer
 * for the same file.
 */
export async function readCheckedFile(file: Blob & { name: string }, check: TextCheck, maxBytes = MAX_SCENARIO_BYTES): Promise<OpenResult> {
  if (file.size > maxBytes) return tooLargeError(file.name, file.size, maxBytes);
  const decoded = decodeFileText(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return notUtf8Error(file.name, decoded.encoding);
  return openedIfAccepted(check, decoded.text, file.name, file.name);
}

/** Reads a chosen or dropped file as a scenario (see {@link readCheckedFile}). */
export function readScenario(file: Blob & { name: string }, maxBytes = MAX_SCENARIO_BYTES): Promise<OpenResult> {
  return readCheckedFile(file, checkScenarioText, maxBytes);
}

const MIME_TYPES: Record<string, string> = {
  json: 'application/json', csv: 'text/csv', txt: 'text/plain', png: 'image/png', svg: 'image/svg+xml', pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** Offers content as a download named `name`. */
export function download(name: string, content: string | Uint8Array): void {
  const type = MIME_TYPES[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
  // Copied into a fresh ArrayBuffer: a Blob cannot take a view over a shared buffer.
  const part = typeof content === 'string' ? content : content.slice().buffer;
  const url = URL.createObjectURL(new Blob([part], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked later, not at once: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
