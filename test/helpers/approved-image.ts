/**
 * Visual checks against approved images kept in the repository: a rendered page (PDF via pdftoppm) or
 * slide (PPTX via LibreOffice, then pdftoppm) is compared pixel by pixel with its approved PNG. Pixels
 * count as different when a channel differs by more than {@link CHANNEL_TOLERANCE}; the check passes
 * when at most `maxDifferent` of them do (text anti-aliasing and a changed date stay well under it; a
 * moved table, a lost chart, a different colour or an empty page do not).
 *
 * When the model's numbers change on purpose, re-approve: `UPDATE_APPROVED=1 npx vitest run <file>`
 * writes the new renderings over the approved images; look at them before committing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';

/** Largest per-channel difference (0–255) still counted as the same pixel. */
export const CHANNEL_TOLERANCE = 48;

export interface Raster {
  width: number;
  height: number;
  /** RGB, 3 bytes per pixel, row by row. */
  rgb: Uint8Array;
}

/** Decodes an 8-bit RGB or RGBA, non-interlaced PNG (what pdftoppm and Chromium write). */
export function decodePng(bytes: Uint8Array): Raster {
  const buf = Buffer.from(bytes);
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 3;
  const idat: Buffer[] = [];
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('latin1', offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colour, , , interlace] = [data[8], data[9], data[10], data[11], data[12]];
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6 && colour !== 0)) throw new Error(`unsupported PNG (depth ${depth}, colour type ${colour}, interlace ${interlace})`);
      channels = colour === 2 ? 3 : colour === 6 ? 4 : 1;
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 3);
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = new Uint8Array(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? line[x - channels] : 0;
      const b = previous[x];
      const c = x >= channels ? previous[x - channels] : 0;
      let add = 0;
      if (filter === 1) add = a;
      else if (filter === 2) add = b;
      else if (filter === 3) add = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        add = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[x] = (line[x] + add) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      for (let k = 0; k < 3; k++) out[(y * width + x) * 3 + k] = line[x * channels + (channels === 1 ? 0 : k)];
    }
    previous = line;
  }
  return { width, height, rgb: out };
}

/** The share of pixels that differ by more than the tolerance (1 when the sizes differ). */
export function differentShare(a: Raster, b: Raster): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let different = 0;
  for (let i = 0; i < a.rgb.length; i += 3) {
    if (Math.abs(a.rgb[i] - b.rgb[i]) > CHANNEL_TOLERANCE || Math.abs(a.rgb[i + 1] - b.rgb[i + 1]) > CHANNEL_TOLERANCE || Math.abs(a.rgb[i + 2] - b.rgb[i + 2]) > CHANNEL_TOLERANCE) different++;
  }
  return different / (a.width * a.height);
}

/** The share of pixels that are not white (an empty page is near 0). */
export function inkShare(image: Raster): number {
  let ink = 0;
  for (let i = 0; i < image.rgb.length; i += 3) if (image.rgb[i] + image.rgb[i + 1] + image.rgb[i + 2] < 720) ink++;
  return ink / (image.width * image.height);
}

/** Renders page `page` (1-based) of a PDF file to PNG bytes at `dpi`. */
export function renderPdfPage(pdfPath: string, page: number, dpi: number): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'page-'));
  try {
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), pdfPath, join(dir, 'p')]);
    const [file] = readdirSync(dir).filter((f) => f.endsWith('.png'));
    return readFileSync(join(dir, file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The LibreOffice command, or null when it is not installed (`apt-get install libreoffice-impress`). */
export function sofficePath(): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    for (const name of ['soffice', 'libreoffice']) if (existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** Converts a .pptx to PDF with headless LibreOffice (its own profile, so runs do not collide); returns the PDF's path. */
export function pptxToPdf(pptxPath: string): string {
  const soffice = sofficePath();
  if (!soffice) throw new Error('LibreOffice (soffice) is needed to render slides: apt-get install -y --no-install-recommends libreoffice-impress');
  const outDir = dirname(pptxPath);
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, pptxPath], { stdio: 'pipe', timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(outDir, basename(pptxPath).replace(/\.pptx$/, '.pdf'));
}

/**
 * Compares a rendering with its approved image (path in the repository) and returns the share of
 * different pixels. With UPDATE_APPROVED=1 the rendering is first written as the approved image; a
 * missing approved image is an error (never created silently).
 */
export function compareWithApproved(rendered: Uint8Array, approvedPath: string): number {
  if (process.env.UPDATE_APPROVED === '1') {
    mkdirSync(dirname(approvedPath), { recursive: true });
    writeFileSync(approvedPath, rendered);
  }
  if (!existsSync(approvedPath)) throw new Error(`no approved image at ${approvedPath}: render it with UPDATE_APPROVED=1, look at it, and commit it`);
  return differentShare(decodePng(rendered), decodePng(readFileSync(approvedPath)));
}

/**
 * The fill colours a PDF's pages draw with (the `r g b rg` operators of its content streams, inflated),
 * as upper-case hex. Swatches, table fills and text colours are vector fills; chart images are not.
 */
export function pdfFillColours(pdf: Uint8Array): Set<string> {
  const text = Buffer.from(pdf).toString('latin1');
  const colours = new Set<string>();
  const hex = (v: string) => Math.round(Number(v) * 255).toString(16).padStart(2, '0').toUpperCase();
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) continue;
    let content: string;
    try {
      content = inflateSync(Buffer.from(pdf).subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const op of content.matchAll(/(?:^|\s)([\d.]+) ([\d.]+) ([\d.]+) rg\b/g)) colours.add(`${hex(op[1])}${hex(op[2])}${hex(op[3])}`);
  }
  return colours;
}
