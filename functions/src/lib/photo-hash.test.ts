import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  hammingDistance,
  PHOTO_MATCH_DISTANCE,
  photosLookAlike,
} from '../../../src/domain/photo-hash';
import { jpegOf } from '../../../tests/support/jpeg';
import { scenePicture, type Picture } from '../../../tests/support/pictures';
import { declaredSize, PHOTO_DECODE_MAX_PIXELS, photoHashOf, type PhotoType } from './photo-hash';

type Encode = (
  picture: Picture,
  options?: { quality?: number; lossless?: number },
) => Promise<Buffer>;
let encodeWebp: Encode;

beforeAll(async () => {
  const { default: encode, init } = await import('@jsquash/webp/encode.js');
  const wasm = readFileSync(require.resolve('@jsquash/webp/codec/enc/webp_enc_simd.wasm'));
  await init(await WebAssembly.compile(wasm));
  encodeWebp = async (picture, options = {}) =>
    Buffer.from(await encode({ ...picture, colorSpace: 'srgb' }, options));
});

afterEach(() => {
  vi.restoreAllMocks();
});

function pngOf(picture: Picture): Buffer {
  const png = new PNG({ width: picture.width, height: picture.height });
  png.data = Buffer.from(picture.data);
  return PNG.sync.write(png);
}

/** The same picture in every format and at qualities a person or an app would save it at. */
async function filesOf(picture: Picture): Promise<Record<string, [Buffer, PhotoType]>> {
  return {
    'JPEG at 90': [jpegOf(picture, 90), 'image/jpeg'],
    'JPEG at 40': [jpegOf(picture, 40), 'image/jpeg'],
    PNG: [pngOf(picture), 'image/png'],
    'WebP at 75': [await encodeWebp(picture, { quality: 75 }), 'image/webp'],
    'WebP lossless': [await encodeWebp(picture, { lossless: 1 }), 'image/webp'],
  };
}

async function hashesOf(picture: Picture): Promise<Record<string, string | null>> {
  const files = Object.entries(await filesOf(picture));
  const hashes = await Promise.all(files.map(([, [bytes, type]]) => photoHashOf(bytes, type)));
  return Object.fromEntries(files.map(([name], i) => [name, hashes[i] ?? null]));
}

describe('photoHashOf', () => {
  it('gives a file with one byte added the same hash, in every format', async () => {
    for (const [name, [bytes, type]] of Object.entries(await filesOf(scenePicture(1)))) {
      const hash = await photoHashOf(bytes, type);
      expect(hash, name).toMatch(/^[0-9a-f]{16}$/);
      expect(await photoHashOf(Buffer.concat([bytes, Buffer.from([0])]), type), name).toBe(hash);
    }
  });

  it('sees the same picture saved as JPEG at 90 and 40, as PNG and as WebP as alike', async () => {
    const hashes = Object.entries(await hashesOf(scenePicture(1)));
    for (const [name, hash] of hashes) {
      for (const [otherName, other] of hashes) {
        expect(photosLookAlike(hash ?? '', other ?? ''), `${name} and ${otherName}`).toBe(true);
      }
    }
  });

  it('tells two different pictures apart, whatever their formats', async () => {
    const first = Object.entries(await hashesOf(scenePicture(1)));
    const second = Object.entries(await hashesOf(scenePicture(2)));
    for (const [name, hash] of first) {
      for (const [otherName, other] of second) {
        const distance = hammingDistance(hash ?? '', other ?? '');
        expect(distance, `${name} of one and ${otherName} of the other`).toBeGreaterThan(
          2 * PHOTO_MATCH_DISTANCE,
        );
      }
    }
  });

  it('gives null for bytes that start like the type they claim but do not decode', async () => {
    const garbage = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 37 + 11) % 256));
    const riff = Buffer.concat([
      Buffer.from('RIFF'),
      Buffer.from([0xd0, 0x07, 0, 0]),
      Buffer.from('WEBPVP8 '),
    ]);
    const starts: [Buffer, PhotoType][] = [
      [Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
      [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image/png'],
      [riff, 'image/webp'],
    ];
    for (const [start, type] of starts) {
      expect(await photoHashOf(Buffer.concat([start, garbage]), type), type).toBeNull();
    }
    // A real photo claimed as another type does not decode either.
    expect(await photoHashOf(jpegOf(scenePicture(1)), 'image/png')).toBeNull();
  });

  it('gives null, without decoding, for a header that declares too many pixels', async () => {
    const decodePng = vi.spyOn(PNG.sync, 'read');
    const png = pngOf(scenePicture(1, 40, 30));
    png.writeUInt32BE(5000, 16);
    png.writeUInt32BE(4000, 20);
    expect(await photoHashOf(png, 'image/png')).toBeNull();
    expect(decodePng).not.toHaveBeenCalled();

    // A lossy WebP keeps its size in 14 bits a side (16383 × 16383): past the limit.
    const webp = await encodeWebp(scenePicture(1, 40, 30), { quality: 75 });
    webp.writeUInt16LE(16383, 26);
    webp.writeUInt16LE(16383, 28);
    expect(declaredSize(webp, 'image/webp')).toEqual({ width: 16383, height: 16383 });
    expect(await photoHashOf(webp, 'image/webp')).toBeNull();

    // jpeg-js stops at the frame header (SOF0: FF C0, length, precision, height, width).
    const jpeg = jpegOf(scenePicture(1, 40, 30));
    const frame = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    jpeg.writeUInt16BE(4000, frame + 5);
    jpeg.writeUInt16BE(5000, frame + 7);
    expect(await photoHashOf(jpeg, 'image/jpeg')).toBeNull();
    expect(5000 * 4000).toBeGreaterThan(PHOTO_DECODE_MAX_PIXELS);
  });

  it('still decodes a JPEG of as many pixels as it decodes at most', async () => {
    const side = Math.floor(Math.sqrt(PHOTO_DECODE_MAX_PIXELS));
    const data = new Uint8ClampedArray(side * side * 4).map((_, i) =>
      i % 4 === 3 ? 255 : i % 251,
    );
    expect(await photoHashOf(jpegOf({ width: side, height: side, data }), 'image/jpeg')).toMatch(
      /^[0-9a-f]{16}$/,
    );
  });
});

describe('declaredSize', () => {
  it('reads the size from a PNG and from lossy and lossless WebP headers', async () => {
    const picture = scenePicture(3, 123, 45);
    expect(declaredSize(pngOf(picture), 'image/png')).toEqual({ width: 123, height: 45 });
    for (const options of [{ quality: 75 }, { lossless: 1 }]) {
      const webp = await encodeWebp(picture, options);
      expect(declaredSize(webp, 'image/webp')).toEqual({ width: 123, height: 45 });
    }
    // An extended WebP (VP8X) gives its canvas, less one, in 24 bits a side.
    const extended = Buffer.alloc(30);
    extended.write('RIFF', 0);
    extended.write('WEBPVP8X', 8);
    extended.writeUIntLE(4999, 24, 3);
    extended.writeUIntLE(3999, 27, 3);
    expect(declaredSize(extended, 'image/webp')).toEqual({ width: 5000, height: 4000 });
  });

  it('reads nothing from a header of another kind', () => {
    expect(declaredSize(Buffer.from('not a picture at all, not at all'), 'image/png')).toBeNull();
    expect(declaredSize(Buffer.from('RIFF....WEBPVP9 and more bytes..'), 'image/webp')).toBeNull();
  });
});
