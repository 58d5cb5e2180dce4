// Synthetic pictures for the tests of photo proofs: one painted pixel by pixel, and a photo-like
// scene drawn from a seed (so every run draws the same one). Plain TypeScript, so the domain's unit
// tests of the photo hash share them with the functions' tests; tests/support/jpeg.ts saves them
// as the files a phone would send.
import { randomFrom } from '../../src/domain/seeded-random';

export interface Picture {
  readonly width: number;
  readonly height: number;
  /** Four bytes (red, green, blue, alpha) per pixel, row by row. */
  readonly data: Uint8ClampedArray<ArrayBuffer>;
}

export type Colour = readonly [number, number, number];

/** A picture of `width` × `height` whose pixel at (x, y) is `colourAt(x, y)`, opaque. */
export function paint(
  width: number,
  height: number,
  colourAt: (x: number, y: number) => Colour,
): Picture {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const [red, green, blue] = colourAt(x, y);
      data.set([red, green, blue, 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

/**
 * A photo-like scene: a ground shading from one colour at the top to another at the bottom, soft
 * blobs of colour in places drawn from `seed`, and, when `grain` is above 0, a grain of that
 * amplitude (in levels of 0 to 255) drawn from the same seed.
 */
export function scenePicture(seed: number, width = 320, height = 240, grain = 6): Picture {
  const random = randomFrom(seed);
  const colour = (): Colour => [random() * 255, random() * 255, random() * 255];
  const [top, bottom] = [colour(), colour()];
  const blobs = Array.from({ length: 7 }, () => ({
    x: random() * width,
    y: random() * height,
    radius: (0.1 + random() * 0.25) * Math.min(width, height),
    colour: colour(),
  }));
  return paint(width, height, (x, y) => {
    let pixel = top.map((value, i) => value + ((bottom[i] ?? 0) - value) * (y / height));
    for (const blob of blobs) {
      const distance = Math.hypot(x - blob.x, y - blob.y);
      const cover = Math.min(1, Math.max(0, (blob.radius - distance) / (0.4 * blob.radius)));
      pixel = pixel.map((value, i) => value + ((blob.colour[i] ?? 0) - value) * cover);
    }
    const noise = grain > 0 ? (random() - 0.5) * grain : 0;
    return [(pixel[0] ?? 0) + noise, (pixel[1] ?? 0) + noise, (pixel[2] ?? 0) + noise];
  });
}
