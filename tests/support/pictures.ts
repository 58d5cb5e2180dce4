// Synthetic photos for the tests of photo proofs: a photo-like scene drawn from a seed (so every
// run draws the same one), and its JPEG file, as a phone or the app would send it.
import { encode } from 'jpeg-js';
import { randomFrom } from '../../src/domain/seeded-random';

export interface Picture {
  readonly width: number;
  readonly height: number;
  /** Four bytes (red, green, blue, alpha) per pixel, row by row. */
  readonly data: Uint8ClampedArray<ArrayBuffer>;
}

/**
 * A photo-like scene: a ground shading from one colour at the top to another at the bottom, soft
 * blobs of colour in places drawn from `seed`, and a little grain.
 */
export function scenePicture(seed: number, width = 320, height = 240): Picture {
  const random = randomFrom(seed);
  const colour = () => [random() * 255, random() * 255, random() * 255] as const;
  const [top, bottom] = [colour(), colour()];
  const blobs = Array.from({ length: 7 }, () => ({
    x: random() * width,
    y: random() * height,
    radius: (0.1 + random() * 0.25) * Math.min(width, height),
    colour: colour(),
  }));
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const pixel = top.map((value, i) => value + ((bottom[i] ?? 0) - value) * (y / height));
      for (const blob of blobs) {
        const distance = Math.hypot(x - blob.x, y - blob.y);
        const cover = Math.min(1, Math.max(0, (blob.radius - distance) / (0.4 * blob.radius)));
        pixel.forEach((value, i) => (pixel[i] = value + ((blob.colour[i] ?? 0) - value) * cover));
      }
      const grain = (random() - 0.5) * 6;
      const at = (y * width + x) * 4;
      pixel.forEach((value, i) => (data[at + i] = Math.round(value + grain)));
      data[at + 3] = 255;
    }
  }
  return { width, height, data };
}

/** The picture as a JPEG file at `quality` (1 to 100). */
export function jpegOf(picture: Picture, quality = 85): Buffer {
  return encode({ ...picture, data: Buffer.from(picture.data) }, quality).data;
}
