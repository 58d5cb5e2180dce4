// Photo proofs in the browser: a chosen file is judged by its content, then resized and
// compressed on a canvas until it fits the stored limit. The canvas step is a PhotoCodec handed
// in, so everything around it runs under test.
import {
  PHOTO_CHOSEN_MAX_BYTES,
  PHOTO_STORED_MAX_BYTES,
  sniffImageType,
  type PHOTO_TYPES,
} from '../domain/submission';

/** The longest side of a stored photo, in pixels. */
export const PHOTO_MAX_SIDE = 1600;

export type PhotoType = (typeof PHOTO_TYPES)[number];

/** Why a chosen photo cannot be used; each has a text under "submit.photoErrors". */
export type PhotoRefusal = 'tooBig' | 'notImage' | 'unreadable' | 'stillTooBig';

export class PhotoError extends Error {
  constructor(readonly refusal: PhotoRefusal) {
    super(`Photo refused: ${refusal}.`);
    this.name = 'PhotoError';
  }
}

/** A photo ready to send: what submitAction's proof carries, and what the preview shows. */
export interface PreparedPhoto {
  readonly type: PhotoType;
  /** Base64 of the compressed image. */
  readonly data: string;
  readonly bytes: number;
  readonly width: number;
  readonly height: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** An image decoded once, drawn and encoded as many times as the compression needs. */
export interface DecodedImage extends Size {
  /** Draws the image at `size` and encodes it (WebP or JPEG) at `quality` (0 to 1). */
  encode(size: Size, quality: number): Promise<Blob>;
  close(): void;
}

/** The canvas step: the browser's in the app, a fake under jsdom. */
export interface PhotoCodec {
  decode(file: Blob): Promise<DecodedImage>;
}

/** Rule: a chosen photo weighs at most 10 MB and is, by its content whatever its name, a JPEG, PNG or WebP. */
export function checkChosenPhoto(size: number, head: Uint8Array): PhotoRefusal | null {
  if (size > PHOTO_CHOSEN_MAX_BYTES) return 'tooBig';
  if (sniffImageType(head) === null) return 'notImage';
  return null;
}

/** Rule: a photo keeps its proportions and is scaled down, never up, so its longest side fits `maxSide`. */
export function fitWithin(size: Size, maxSide: number = PHOTO_MAX_SIDE): Size {
  const scale = Math.min(1, maxSide / Math.max(size.width, size.height));
  return {
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
  };
}

/** Base64 of bytes, in chunks so a large photo does not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}

/** The bytes of a blob (or its first `end` bytes); FileReader where Blob.arrayBuffer is missing. */
export async function readBytes(blob: Blob, end?: number): Promise<Uint8Array> {
  const part = end === undefined ? blob : blob.slice(0, end);
  if (typeof part.arrayBuffer === 'function') return new Uint8Array(await part.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(part);
  });
}

/** Qualities tried in turn at each size, then smaller sizes, until the photo fits. */
const QUALITIES = [0.85, 0.75, 0.65, 0.55, 0.45] as const;
const SCALES = [1, 0.75, 0.5] as const;

/**
 * Checks a chosen file, then draws it at most PHOTO_MAX_SIDE wide or high and lowers the quality
 * (then the size) until it weighs at most PHOTO_STORED_MAX_BYTES. Throws a PhotoError otherwise.
 */
export async function preparePhoto(
  file: Blob,
  codec: PhotoCodec,
  maxBytes: number = PHOTO_STORED_MAX_BYTES,
): Promise<PreparedPhoto> {
  const refusal = checkChosenPhoto(file.size, await readBytes(file, 16));
  if (refusal) throw new PhotoError(refusal);
  let image: DecodedImage;
  try {
    image = await codec.decode(file);
  } catch {
    throw new PhotoError('unreadable');
  }
  try {
    const fitted = fitWithin(image);
    for (const scale of SCALES) {
      const size = fitWithin(fitted, Math.max(fitted.width, fitted.height) * scale);
      for (const quality of QUALITIES) {
        const blob = await image.encode(size, quality);
        if (blob.size > maxBytes) continue;
        const bytes = await readBytes(blob);
        // The type is read from the bytes: a browser that cannot encode WebP quietly gives PNG.
        const type = sniffImageType(bytes);
        if (!type) throw new PhotoError('unreadable');
        return { type, data: toBase64(bytes), bytes: bytes.length, ...size };
      }
    }
    throw new PhotoError('stillTooBig');
  } finally {
    image.close();
  }
}

type Drawable = OffscreenCanvas | HTMLCanvasElement;

function canvasOf(size: Size): Drawable {
  if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(size.width, size.height);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  return canvas;
}

function blobOf(canvas: Drawable, type: string, quality: number): Promise<Blob> {
  if (!('toBlob' in canvas)) return canvas.convertToBlob({ type, quality });
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no image.'))),
      type,
      quality,
    ),
  );
}

/** The browser's canvas: WebP where the browser can encode it, JPEG elsewhere. */
export const browserPhotoCodec: PhotoCodec = {
  async decode(file) {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    let type = 'image/webp';
    return {
      width: bitmap.width,
      height: bitmap.height,
      async encode(size, quality) {
        const canvas = canvasOf(size);
        const context = canvas.getContext('2d') as
          OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
        if (!context) throw new Error('No 2D canvas.');
        // A transparent PNG turned into JPEG would go black: paint a white ground first.
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, size.width, size.height);
        context.drawImage(bitmap, 0, 0, size.width, size.height);
        const blob = await blobOf(canvas, type, quality);
        if (blob.type === type || type === 'image/jpeg') return blob;
        type = 'image/jpeg';
        return blobOf(canvas, type, quality);
      },
      close: () => bitmap.close(),
    };
  },
};
