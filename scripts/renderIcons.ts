/**
 * Renders the app icon from assets/icon.svg into every file the installers use:
 *
 *   assets/icons/<N>x<N>.png  N = 16 32 48 64 128 256 512 1024  (Linux icon set)
 *   assets/icon.png           512 x 512                          (window icon, fallback)
 *   assets/icon.ico           16 24 32 48 64 128 256             (Windows, NSIS, portable)
 *   assets/icon.icns          16 ... 1024, normal and @2x        (macOS)
 *
 * The rendered files are committed, so nobody needs this script to build or test. Run it only
 * after changing the SVG:  node --import tsx scripts/renderIcons.ts
 *
 * PNGs come from `rsvg-convert` (Debian/Ubuntu: `apt-get install librsvg2-bin`; macOS:
 * `brew install librsvg`). The ICO and ICNS containers are written here: both are simple
 * indexes around PNG (or, for small ICO entries, uncompressed bitmap) images.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ASSETS = path.join(ROOT, 'assets');

export const PNG_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024] as const;
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
/** ICNS element types holding PNG data, with the pixel size each one must have. */
export const ICNS_TYPES: ReadonlyArray<readonly [string, number]> = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024], // 512@2x
  ['ic11', 32], // 16@2x
  ['ic12', 64], // 32@2x
  ['ic13', 256], // 128@2x
  ['ic14', 512], // 256@2x
];

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function renderPng(svgFile: string, size: number): Buffer {
  try {
    return execFileSync('rsvg-convert', ['--width', String(size), '--height', String(size), '--format', 'png', svgFile], {
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('rsvg-convert was not found. Install it (Debian/Ubuntu: apt-get install librsvg2-bin; macOS: brew install librsvg) and run this again.', { cause: err });
    }
    throw err;
  }
}

export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Decodes an 8-bit RGBA, non-interlaced PNG (what rsvg-convert writes) into raw RGBA rows. */
export function decodeRgbaPng(png: Buffer): { width: number; height: number; rgba: Buffer } {
  const { width, height } = pngSize(png);
  const bitDepth = png[24];
  const colorType = png[25];
  const interlace = png[28];
  if (bitDepth !== 8 || colorType !== 6 || interlace !== 0) {
    throw new Error(`expected an 8-bit RGBA non-interlaced PNG, got depth ${bitDepth}, color type ${colorType}, interlace ${interlace}`);
  }
  const idat: Buffer[] = [];
  for (let off = 8; off < png.length; ) {
    const len = png.readUInt32BE(off);
    const type = png.toString('latin1', off + 4, off + 8);
    if (type === 'IDAT') idat.push(png.subarray(off + 8, off + 8 + len));
    if (type === 'IEND') break;
    off += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const bpp = 4;
  const stride = width * bpp;
  const rgba = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rgba.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? rgba.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[x - bpp] : 0;
      const b = prev[x];
      const c = x >= bpp ? prev[x - bpp] : 0;
      let v: number;
      switch (filter) {
        case 0: v = line[x]; break;
        case 1: v = line[x] + a; break;
        case 2: v = line[x] + b; break;
        case 3: v = line[x] + ((a + b) >> 1); break;
        case 4: {
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          v = line[x] + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
          break;
        }
        default: throw new Error(`bad PNG filter ${filter} on row ${y}`);
      }
      out[x] = v & 0xff;
    }
  }
  return { width, height, rgba };
}

/** A 32-bit BGRA DIB as stored in an ICO: bottom-up rows, height doubled, then a 1-bit AND mask. */
function icoBitmap(png: Buffer): Buffer {
  const { width, height, rgba } = decodeRgbaPng(png);
  const maskStride = Math.ceil(width / 32) * 4;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(width, 4);
  header.writeInt32LE(height * 2, 8);
  header.writeUInt16LE(1, 12); // planes
  header.writeUInt16LE(32, 14); // bits per pixel
  header.writeUInt32LE(0, 16); // BI_RGB
  header.writeUInt32LE(width * height * 4 + maskStride * height, 20);
  const pixels = Buffer.alloc(width * height * 4);
  const mask = Buffer.alloc(maskStride * height);
  for (let y = 0; y < height; y++) {
    const row = height - 1 - y; // bottom-up
    for (let x = 0; x < width; x++) {
      const s = (y * width + x) * 4;
      const d = (row * width + x) * 4;
      pixels[d] = rgba[s + 2];
      pixels[d + 1] = rgba[s + 1];
      pixels[d + 2] = rgba[s];
      pixels[d + 3] = rgba[s + 3];
      if (rgba[s + 3] === 0) mask[row * maskStride + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  return Buffer.concat([header, pixels, mask]);
}

/** ICO: PNG for the 256 px entry (as Windows expects), uncompressed bitmaps below it (every tool reads those). */
export function buildIco(pngs: ReadonlyArray<{ size: number; png: Buffer }>): Buffer {
  const images = pngs.map(({ size, png }) => ({ size, data: size >= 256 ? png : icoBitmap(png) }));
  const dir = Buffer.alloc(6 + 16 * images.length);
  dir.writeUInt16LE(0, 0);
  dir.writeUInt16LE(1, 2); // 1 = icon
  dir.writeUInt16LE(images.length, 4);
  let offset = dir.length;
  images.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    dir[e] = size >= 256 ? 0 : size; // 0 means 256
    dir[e + 1] = size >= 256 ? 0 : size;
    dir[e + 2] = 0; // palette colours
    dir[e + 3] = 0;
    dir.writeUInt16LE(1, e + 4); // planes
    dir.writeUInt16LE(32, e + 6); // bits per pixel
    dir.writeUInt32LE(data.length, e + 8);
    dir.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([dir, ...images.map((i) => i.data)]);
}

/** ICNS: 'icns' + total length, then (type, length, PNG data) elements; all big-endian. */
export function buildIcns(pngFor: (size: number) => Buffer): Buffer {
  const elements = ICNS_TYPES.map(([type, size]) => {
    const data = pngFor(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + data.length, 4);
    return Buffer.concat([head, data]);
  });
  const body = Buffer.concat(elements);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + body.length, 4);
  return Buffer.concat([head, body]);
}

function writeFile(file: string, data: Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  console.log(`${path.relative(ROOT, file)}  ${data.length} bytes`);
}

export function renderAll(svgFile = path.join(ASSETS, 'icon.svg'), outDir = ASSETS): void {
  const cache = new Map<number, Buffer>();
  const png = (size: number): Buffer => {
    let b = cache.get(size);
    if (!b) {
      b = renderPng(svgFile, size);
      const got = pngSize(b);
      if (got.width !== size || got.height !== size) throw new Error(`rsvg-convert made ${got.width}x${got.height}, wanted ${size}x${size}`);
      cache.set(size, b);
    }
    return b;
  };
  for (const size of PNG_SIZES) writeFile(path.join(outDir, 'icons', `${size}x${size}.png`), png(size));
  writeFile(path.join(outDir, 'icon.png'), png(512));
  writeFile(path.join(outDir, 'icon.ico'), buildIco(ICO_SIZES.map((size) => ({ size, png: png(size) }))));
  writeFile(path.join(outDir, 'icon.icns'), buildIcns(png));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    renderAll();
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
