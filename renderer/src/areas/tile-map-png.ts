/**
 * The tile map as a PNG for briefings: the SVG drawn on a white canvas at 2×, with its title above and
 * the legend text under it. Everything is local (the SVG is serialised and loaded as an image from a
 * data URL); nothing is fetched.
 */
const SCALE = 2;
const PAD = 24;
const TITLE_H = 52;
const FOOT_H = 36;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the map image could not be drawn'));
    img.src = url;
  });
}

/** PNG bytes of `svg` with `title` above and `footer` below; `fontFamily` as the page uses. */
export async function tileMapPng(svg: SVGSVGElement, title: string, footer: string, fontFamily: string): Promise<Uint8Array> {
  const box = svg.viewBox.baseVal;
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('font-family', fontFamily);
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  const img = await loadImage(url);
  const canvas = document.createElement('canvas');
  canvas.width = (width + 2 * PAD) * SCALE;
  canvas.height = (height + TITLE_H + FOOT_H + PAD) * SCALE;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width + 2 * PAD, height + TITLE_H + FOOT_H + PAD);
  ctx.fillStyle = '#111827';
  ctx.font = `600 18px ${fontFamily}`;
  ctx.fillText(title, PAD, PAD + 8);
  ctx.drawImage(img, PAD, TITLE_H, width, height);
  ctx.font = `12px ${fontFamily}`;
  ctx.fillStyle = '#4b5563';
  ctx.fillText(footer, PAD, TITLE_H + height + 22);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the map image could not be encoded');
  return new Uint8Array(await blob.arrayBuffer());
}
