import { describe, expect, it, vi } from 'vitest';
import { PHOTO_CHOSEN_MAX_BYTES } from '../domain/submission';
import {
  checkChosenPhoto,
  fitWithin,
  PhotoError,
  preparePhoto,
  toBase64,
  type PhotoCodec,
  type Size,
} from './photo';

const JPEG_HEAD = [0xff, 0xd8, 0xff, 0xe0];
const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const WEBP_HEAD = [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50];

const fileOf = (head: number[], name: string, size = 64) => {
  const bytes = new Uint8Array(size);
  bytes.set(head);
  return new File([bytes], name, { type: 'image/jpeg' });
};

/**
 * A canvas stand-in: the encoded image weighs `weigh(size, quality)` bytes and starts with the
 * bytes of `head` (WebP by default); it records every encode.
 */
function fakeCodec(
  image: Size,
  weigh: (size: Size, quality: number) => number,
  head: number[] = WEBP_HEAD,
) {
  const encodes: { size: Size; quality: number }[] = [];
  const close = vi.fn();
  const codec: PhotoCodec = {
    decode: vi.fn(async () => ({
      ...image,
      async encode(size: Size, quality: number) {
        encodes.push({ size, quality });
        const bytes = new Uint8Array(weigh(size, quality));
        bytes.set(head);
        return new Blob([bytes]);
      },
      close,
    })),
  };
  return { codec, encodes, close };
}

describe('checkChosenPhoto', () => {
  it('accepts JPEG, PNG and WebP by their first bytes', () => {
    for (const head of [JPEG_HEAD, PNG_HEAD, WEBP_HEAD]) {
      expect(checkChosenPhoto(1000, new Uint8Array(head))).toBeNull();
    }
  });

  it('refuses a file over 10 MB before looking at it', () => {
    expect(checkChosenPhoto(PHOTO_CHOSEN_MAX_BYTES, new Uint8Array(JPEG_HEAD))).toBeNull();
    expect(checkChosenPhoto(PHOTO_CHOSEN_MAX_BYTES + 1, new Uint8Array(JPEG_HEAD))).toBe('tooBig');
  });

  it('refuses content that is not an image', () => {
    expect(checkChosenPhoto(1000, new TextEncoder().encode('GIF89a, or a text'))).toBe('notImage');
  });
});

describe('fitWithin', () => {
  it('brings the longest side down to 1600 px, keeping proportions', () => {
    expect(fitWithin({ width: 4000, height: 3000 })).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin({ width: 3000, height: 4000 })).toEqual({ width: 1200, height: 1600 });
  });

  it('never enlarges a small photo', () => {
    expect(fitWithin({ width: 800, height: 600 })).toEqual({ width: 800, height: 600 });
  });
});

describe('toBase64', () => {
  it('encodes bytes as base64', () => {
    expect(toBase64(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(toBase64(new Uint8Array([0xff, 0xd8, 0xff]))).toBe('/9j/');
  });

  it('encodes a large photo whole', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256);
    const decoded = Uint8Array.from(atob(toBase64(bytes)), (char) => char.charCodeAt(0));
    expect(decoded).toEqual(bytes);
  });
});

describe('preparePhoto', () => {
  it('resizes to 1600 px and lowers the quality until the photo fits', async () => {
    const { codec, encodes, close } = fakeCodec({ width: 4000, height: 2000 }, (_, quality) =>
      quality > 0.7 ? 2000 : 900,
    );
    const photo = await preparePhoto(fileOf(JPEG_HEAD, 'holiday.jpg'), codec, 1000);

    expect(encodes).toEqual([
      { size: { width: 1600, height: 800 }, quality: 0.85 },
      { size: { width: 1600, height: 800 }, quality: 0.75 },
      { size: { width: 1600, height: 800 }, quality: 0.65 },
    ]);
    expect(photo).toMatchObject({ type: 'image/webp', bytes: 900, width: 1600, height: 800 });
    expect(atob(photo.data)).toHaveLength(900);
    expect(close).toHaveBeenCalled();
  });

  it('names the type by the encoded bytes, not by what was asked', async () => {
    const { codec } = fakeCodec({ width: 100, height: 100 }, () => 100, JPEG_HEAD);
    const photo = await preparePhoto(fileOf(PNG_HEAD, 'scan.png'), codec, 1000);
    expect(photo.type).toBe('image/jpeg');
  });

  it('makes the photo smaller when the lowest quality is still too heavy', async () => {
    const { codec, encodes } = fakeCodec({ width: 1600, height: 1600 }, (size) =>
      size.width > 1000 ? 5000 : 500,
    );
    const photo = await preparePhoto(fileOf(JPEG_HEAD, 'a.jpg'), codec, 1000);
    expect(photo).toMatchObject({ width: 800, height: 800 });
    expect(encodes.at(-1)).toEqual({ size: { width: 800, height: 800 }, quality: 0.85 });
  });

  it('gives up when nothing fits', async () => {
    const { codec, close } = fakeCodec({ width: 1600, height: 1600 }, () => 5000);
    await expect(preparePhoto(fileOf(JPEG_HEAD, 'a.jpg'), codec, 1000)).rejects.toEqual(
      new PhotoError('stillTooBig'),
    );
    expect(close).toHaveBeenCalled();
  });

  it('refuses a file named .jpg whose content is not an image, without decoding it', async () => {
    const { codec } = fakeCodec({ width: 10, height: 10 }, () => 10);
    const notImage = new File(['not really a photo'], 'photo.jpg', { type: 'image/jpeg' });
    await expect(preparePhoto(notImage, codec)).rejects.toMatchObject({ refusal: 'notImage' });
    expect(codec.decode).not.toHaveBeenCalled();
  });

  it('refuses a file over 10 MB', async () => {
    const { codec } = fakeCodec({ width: 10, height: 10 }, () => 10);
    const huge = fileOf(JPEG_HEAD, 'huge.jpg', PHOTO_CHOSEN_MAX_BYTES + 1);
    await expect(preparePhoto(huge, codec)).rejects.toMatchObject({ refusal: 'tooBig' });
    expect(codec.decode).not.toHaveBeenCalled();
  });

  it('says a photo the browser cannot decode is unreadable', async () => {
    const codec: PhotoCodec = { decode: () => Promise.reject(new Error('broken')) };
    await expect(preparePhoto(fileOf(JPEG_HEAD, 'a.jpg'), codec)).rejects.toMatchObject({
      refusal: 'unreadable',
    });
  });
});
