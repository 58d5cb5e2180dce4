// A photo proof's perceptual hash, from pixels the server decodes itself: a hash the client sent
// would be whatever the client wanted. JPEG and PNG are decoded in plain JavaScript (jpeg-js,
// pngjs), WebP by libwebp compiled to WebAssembly (@jsquash/webp).
import { readFileSync } from 'node:fs';
import { decode as jpegDecode } from 'jpeg-js';
import { PNG } from 'pngjs';
import { differenceHash, type RgbaImage } from '../../../src/domain/photo-hash';
import type { PHOTO_TYPES } from '../../../src/domain/submission';

export type PhotoType = (typeof PHOTO_TYPES)[number];

/**
 * Rule: a photo of more than 4 megapixels is not decoded. The app sends at most 1600 pixels a side
 * (2.6 megapixels), and decoding takes memory in proportion to pixels (jpeg-js, the hungriest,
 * peaked at about 180 MB over the instance's own for a 4-megapixel JPEG): so a small file that
 * unpacks to a huge picture (a decompression bomb) is refused from its header, before any work.
 */
export const PHOTO_DECODE_MAX_PIXELS = 4_000_000;

/**
 * What jpeg-js may allocate while decoding one photo, by its own count (about 18 bytes a pixel for
 * a colour JPEG: 73 MB at 4 megapixels), past which it stops.
 */
const JPEG_DECODE_MAX_MB = 96;

/**
 * The width and height a PNG or WebP declares in its header, or null when the header is not one
 * of theirs. PNG: the IHDR chunk. WebP: the first chunk, lossy (VP8), lossless (VP8L) or extended
 * (VP8X, which holds the canvas size).
 */
export function declaredSize(
  bytes: Uint8Array,
  type: 'image/png' | 'image/webp',
): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (start: number, length: number) =>
    String.fromCharCode(...bytes.subarray(start, start + length));
  if (type === 'image/png') {
    if (bytes.length < 24 || text(12, 4) !== 'IHDR') return null;
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes.length < 30 || text(0, 4) !== 'RIFF' || text(8, 4) !== 'WEBP') return null;
  switch (text(12, 4)) {
    case 'VP8 ':
      if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return null;
      return {
        width: view.getUint16(26, true) & 0x3fff,
        height: view.getUint16(28, true) & 0x3fff,
      };
    case 'VP8L': {
      if (bytes[20] !== 0x2f) return null;
      const bits = view.getUint32(21, true);
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    case 'VP8X': {
      const uint24 = (at: number) => view.getUint16(at, true) | ((bytes[at + 2] ?? 0) << 16);
      return { width: uint24(24) + 1, height: uint24(27) + 1 };
    }
    default:
      return null;
  }
}

/** Rule: a header is decoded only when it declares a picture of 1 to PHOTO_DECODE_MAX_PIXELS. */
function decodable(size: { width: number; height: number } | null): boolean {
  if (!size || size.width < 1 || size.height < 1) return false;
  return size.width * size.height <= PHOTO_DECODE_MAX_PIXELS;
}

type Decode = (bytes: Buffer) => RgbaImage | null | Promise<RgbaImage | null>;
let webpDecoder: Promise<Decode> | undefined;

/**
 * The WebP decoder, started once per instance. @jsquash/webp is an ES module (hence `import()`
 * from the CommonJS bundle), and in Node it cannot fetch its WebAssembly itself: it is handed the
 * file, found beside its code.
 */
function webpDecoderStarted(): Promise<Decode> {
  webpDecoder ??= (async () => {
    const { default: decode, init } = await import('@jsquash/webp/decode.js');
    const wasm = readFileSync(require.resolve('@jsquash/webp/codec/dec/webp_dec.wasm'));
    await init(await WebAssembly.compile(wasm));
    return (bytes: Buffer) =>
      decodable(declaredSize(bytes, 'image/webp')) ? decode(new Uint8Array(bytes).buffer) : null;
  })();
  // A start that failed is tried again by the next photo.
  webpDecoder.catch(() => (webpDecoder = undefined));
  return webpDecoder;
}

const decodeJpeg: Decode = (bytes) =>
  jpegDecode(bytes, {
    useTArray: true,
    formatAsRGBA: true,
    maxResolutionInMP: PHOTO_DECODE_MAX_PIXELS / 1_000_000,
    maxMemoryUsageInMB: JPEG_DECODE_MAX_MB,
  });

/**
 * A PNG up to the end of its IEND chunk: pngjs refuses bytes after it, which any viewer ignores
 * (and which would make a copy with a byte added unreadable instead of alike).
 */
function pngWithoutTrailer(bytes: Buffer): Buffer {
  for (let at = 8; at + 12 <= bytes.length;) {
    const end = at + 12 + bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IEND') return bytes.subarray(0, end);
    at = end;
  }
  return bytes;
}

const decodePng: Decode = (bytes) =>
  decodable(declaredSize(bytes, 'image/png')) ? PNG.sync.read(pngWithoutTrailer(bytes)) : null;

/**
 * The photo's perceptual hash (see differenceHash), or null when its bytes do not decode as the
 * type they claim, or declare a picture too large to decode: the caller refuses such a photo.
 * A decoder that cannot start is the server's fault, not the photo's: that error is thrown.
 */
export async function photoHashOf(bytes: Buffer, type: PhotoType): Promise<string | null> {
  const decode =
    type === 'image/jpeg'
      ? decodeJpeg
      : type === 'image/png'
        ? decodePng
        : await webpDecoderStarted();
  try {
    const image = await decode(bytes);
    return image ? differenceHash(image) : null;
  } catch {
    return null;
  }
}
