// Draws casevoice's icons (a white speech bubble with three dots on the
// header's blue) for the web app manifest and the browser tab, with Node alone:
//
//   node scripts/icons.mjs icons
//
// writes icon.svg, icon-192.png, icon-512.png (rounded corners, for "any") and
// icon-maskable-512.png (the blue to the edges, the bubble inside the middle
// 80 %, which a device may crop to any shape). The files are committed; run
// this again only to change them. The same shapes make the SVG and the PNGs,
// each pixel sampled 4 × 4 times for smooth edges.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const BRAND = [0x1d, 0x4f, 0x91]; // --colour-brand in styles/main.css
const WHITE = [0xff, 0xff, 0xff];
// On a 512 grid: the bubble's body, its tail and the three dots.
const BODY = { x0: 96, y0: 136, x1: 416, y1: 344, r: 40 };
const TAIL = [
  [160, 336],
  [240, 336],
  [152, 416],
];
const DOTS = [176, 256, 336].map((x) => ({ x, y: 240, r: 26 }));
const CORNER = 96; // the "any" icon's rounded corners

function inRoundedRect(x, y, { x0, y0, x1, y1, r }) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inTriangle(x, y, [[ax, ay], [bx, by], [cx, cy]]) {
  const side = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = side(ax, ay, bx, by);
  const d2 = side(bx, by, cx, cy);
  const d3 = side(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

/** The colour at a point of the 512 grid, or null outside the icon. */
function colourAt(x, y, maskable) {
  if (!maskable && !inRoundedRect(x, y, { x0: 0, y0: 0, x1: 512, y1: 512, r: CORNER })) return null;
  if (DOTS.some((d) => (x - d.x) ** 2 + (y - d.y) ** 2 <= d.r * d.r)) return BRAND;
  if (inRoundedRect(x, y, BODY) || inTriangle(x, y, TAIL)) return WHITE;
  return BRAND;
}

function pixels(size, maskable) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = ((px + (sx + 0.5) / samples) * 512) / size;
          const y = ((py + (sy + 0.5) / samples) * 512) / size;
          const colour = colourAt(x, y, maskable);
          if (colour) {
            colour.forEach((c, i) => (sum[i] += c));
            sum[3] += 255;
          }
        }
      }
      const n = samples * samples;
      const covered = sum[3] / 255;
      const at = (py * size + px) * 4;
      for (let i = 0; i < 3; i += 1) rgba[at + i] = covered ? Math.round(sum[i] / covered) : 0;
      rgba[at + 3] = Math.round(sum[3] / n);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, maskable) {
  const rgba = pixels(size, maskable);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    rows[y * (size * 4 + 1)] = 0; // no filter
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter, not interlaced
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hex = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

function svg() {
  const { x0, y0, x1, y1, r } = BODY;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">',
    `<rect width="512" height="512" rx="${CORNER}" fill="${hex(BRAND)}"/>`,
    `<rect x="${x0}" y="${y0}" width="${x1 - x0}" height="${y1 - y0}" rx="${r}" fill="${hex(WHITE)}"/>`,
    `<path d="M${TAIL.map(([x, y]) => `${x} ${y}`).join('L')}Z" fill="${hex(WHITE)}"/>`,
    ...DOTS.map((d) => `<circle cx="${d.x}" cy="${d.y}" r="${d.r}" fill="${hex(BRAND)}"/>`),
    '</svg>',
    '',
  ].join('\n');
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: icons.mjs DIR');
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'icon.svg'), svg());
writeFileSync(join(dir, 'icon-192.png'), png(192, false));
writeFileSync(join(dir, 'icon-512.png'), png(512, false));
writeFileSync(join(dir, 'icon-maskable-512.png'), png(512, true));
console.log(`${dir}: icon.svg, icon-192.png, icon-512.png, icon-maskable-512.png`);
