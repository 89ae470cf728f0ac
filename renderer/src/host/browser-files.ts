/**
 * What a plain browser offers instead of native file dialogs: an <input type=file> to open, and a
 * download (Blob + anchor) to save. No File System Access API, so it works the same in every browser.
 */
import { MAX_SCENARIO_BYTES, describeTooLarge, type OpenResult } from '../../../src/host/contract';

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

/** Reads a chosen file as a scenario: the same size limit and UTF-8 rule as the Electron host. */
export async function readScenario(file: File, maxBytes = MAX_SCENARIO_BYTES): Promise<OpenResult> {
  if (file.size > maxBytes) return { status: 'error', code: 'too-large', message: describeTooLarge(file.name, file.size, maxBytes) };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    return { status: 'opened', file: { path: file.name, name: file.name, text } };
  } catch {
    return { status: 'error', code: 'not-utf8', message: `${file.name} is not UTF-8 text, so it cannot be a scenario file.` };
  }
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
