import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  differenceHash,
  hammingDistance,
  PHOTO_MATCH_DISTANCE,
  photoHashBands,
  photosLookAlike,
  type RgbaImage,
} from './photo-hash';
import { paint, scenePicture } from '../../tests/support/pictures';
import { randomFrom } from './seeded-random';

// Synthetic pictures, painted pixel by pixel or drawn from a seed, shared with the functions' tests.

function flat(width: number, height: number, grey: number): RgbaImage {
  return paint(width, height, () => [grey, grey, grey]);
}

/** Light that varies smoothly across the picture, brighter towards the top right. */
function gradient(width = 160, height = 120): RgbaImage {
  return paint(width, height, (x, y) => {
    const wave = Math.sin((x / width) * 5 + 0.7) * Math.cos((y / height) * 3);
    const level = 120 + 70 * wave + 40 * (x / width) - 30 * (y / height);
    return [level, level * 0.9 + 10, level * 0.7 + 30];
  });
}

/** A dark rectangle, a grey disc and a bright bar on a light ground, placed off-centre. */
function shapes(width = 160, height = 120): RgbaImage {
  return paint(width, height, (x, y) => {
    const u = x / width;
    const v = y / height;
    if (u > 0.1 && u < 0.45 && v > 0.15 && v < 0.6) return [40, 50, 90];
    if ((u - 0.7) ** 2 + ((v - 0.65) * 0.75) ** 2 < 0.03) return [130, 130, 120];
    if (v > 0.8 && u > 0.2) return [250, 220, 60];
    return [225, 230, 235];
  });
}

/** A photo-like scene without grain, small enough to hash fast. */
function scene(seed: number, width = 160, height = 120): RgbaImage {
  return scenePicture(seed, width, height, 0);
}

/** Every pixel of `image` through `change`, which gets the channel's value and the pixel's place. */
function mapPixels(
  image: RgbaImage,
  change: (value: number, x: number, y: number, channel: number) => number,
): RgbaImage {
  const data = new Uint8ClampedArray(image.data.length);
  image.data.forEach((value, index) => {
    const pixel = index >> 2;
    const channel = index & 3;
    data[index] =
      channel === 3
        ? value
        : change(value, pixel % image.width, Math.floor(pixel / image.width), channel);
  });
  return { width: image.width, height: image.height, data };
}

function valueAt(image: RgbaImage, x: number, y: number, channel: number): number {
  return image.data[(y * image.width + x) * 4 + channel] ?? 0;
}

const brighter = (image: RgbaImage, by: number) => mapPixels(image, (value) => value + by);

/** Light noise, roughly gaussian (a sum of three uniform draws), of about `spread` levels. */
function noisy(image: RgbaImage, spread: number, seed = 7): RgbaImage {
  const random = randomFrom(seed);
  return mapPixels(image, (value) => value + (random() + random() + random() - 1.5) * 2 * spread);
}

/** Half the size, each pixel the average of a 2 × 2 block. */
function halved(image: RgbaImage): RgbaImage {
  const width = Math.floor(image.width / 2);
  const height = Math.floor(image.height / 2);
  return paint(width, height, (x, y) => {
    const block = (channel: number) =>
      (valueAt(image, 2 * x, 2 * y, channel) +
        valueAt(image, 2 * x + 1, 2 * y, channel) +
        valueAt(image, 2 * x, 2 * y + 1, channel) +
        valueAt(image, 2 * x + 1, 2 * y + 1, channel)) /
      4;
    return [block(0), block(1), block(2)];
  });
}

/** Half the size by nearest neighbour: every other pixel of every other row. */
function halvedNearest(image: RgbaImage): RgbaImage {
  return paint(Math.floor(image.width / 2), Math.floor(image.height / 2), (x, y) => [
    valueAt(image, 2 * x, 2 * y, 0),
    valueAt(image, 2 * x, 2 * y, 1),
    valueAt(image, 2 * x, 2 * y, 2),
  ]);
}

function cropped(
  image: RgbaImage,
  by: { left: number; top: number; right: number; bottom: number },
) {
  return paint(image.width - by.left - by.right, image.height - by.top - by.bottom, (x, y) => [
    valueAt(image, x + by.left, y + by.top, 0),
    valueAt(image, x + by.left, y + by.top, 1),
    valueAt(image, x + by.left, y + by.top, 2),
  ]);
}

const mirrored = (image: RgbaImage) =>
  mapPixels(image, (_, x, y, channel) => valueAt(image, image.width - 1 - x, y, channel));
const inverted = (image: RgbaImage) => mapPixels(image, (value) => 255 - value);

const pictures: Record<string, RgbaImage> = {
  gradient: gradient(),
  shapes: shapes(),
  'scene 1': scene(1),
  'scene 2': scene(2),
  'scene 3': scene(3, 200, 150),
};

const distance = (a: RgbaImage, b: RgbaImage) =>
  hammingDistance(differenceHash(a), differenceHash(b));

describe('differenceHash', () => {
  it('writes 64 bits as 16 lowercase hex digits, the same every time', () => {
    const hash = differenceHash(scene(1));
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(differenceHash(scene(1))).toBe(hash);
  });

  it('sets a bit where a cell is brighter than the cell to its right, first bit first', () => {
    // Bright on the left, dark on the right, the edge between the 4th and 5th of 9 columns.
    const edge = paint(9, 8, (x) => (x < 4 ? [255, 255, 255] : [0, 0, 0]));
    expect(differenceHash(edge)).toBe('10'.repeat(8));
    const darkening = paint(9, 8, (x) => [255 - x * 20, 255 - x * 20, 255 - x * 20]);
    expect(differenceHash(darkening)).toBe('ff'.repeat(8));
    expect(differenceHash(flat(90, 80, 128))).toBe('0'.repeat(16));
  });

  it('sets a bit only for a cell brighter by more than 2 grey levels: flat areas give 0s', () => {
    const stripes = (by: number) =>
      paint(9, 8, (x) => (x % 2 === 0 ? [100 + by, 100 + by, 100 + by] : [100, 100, 100]));
    expect(differenceHash(stripes(2))).toBe('00'.repeat(8));
    expect(differenceHash(stripes(3))).toBe('aa'.repeat(8));
    // Light noise on a flat grey leaves every bit at 0.
    expect(differenceHash(noisy(flat(160, 120, 128), 8))).toBe('0'.repeat(16));
  });

  it('averages over the area of each cell, so any size works, even smaller than the grid', () => {
    expect(differenceHash(flat(1, 1, 30))).toBe('0'.repeat(16));
    // Two pixels, bright then dark: the 5th cell sits astride both, half grey, between its sides.
    const two = paint(2, 1, (x) => (x === 0 ? [255, 255, 255] : [0, 0, 0]));
    expect(differenceHash(two)).toBe('18'.repeat(8));
    // The same picture at 6 × 3, at 18 × 16 and at 900 × 800 pixels.
    const at = (width: number, height: number) =>
      paint(width, height, (x) => (x < width / 2 ? [200, 200, 200] : [20, 20, 20]));
    expect(differenceHash(at(6, 3))).toBe('18'.repeat(8));
    expect(differenceHash(at(18, 16))).toBe('18'.repeat(8));
    expect(differenceHash(at(900, 800))).toBe('18'.repeat(8));
  });

  it('sees grey by luma, and lays transparency over white', () => {
    // Pure green is brighter than pure red at the same level, and a see-through black is white.
    const greenRed = paint(2, 1, (x) => (x === 0 ? [0, 200, 0] : [200, 0, 0]));
    expect(differenceHash(greenRed)).toBe('18'.repeat(8));
    const seeThrough = {
      width: 2,
      height: 1,
      data: new Uint8Array([0, 0, 0, 0, 255, 255, 255, 255]),
    };
    expect(differenceHash(seeThrough)).toBe('0'.repeat(16));
    const opaque = { ...seeThrough, data: new Uint8Array([0, 0, 0, 255, 255, 255, 255, 255]) };
    expect(differenceHash(opaque)).toBe('0'.repeat(16));
    const halfSeen = { ...seeThrough, data: new Uint8Array([255, 255, 255, 255, 0, 0, 0, 128]) };
    expect(differenceHash(halfSeen)).toBe('18'.repeat(8));
  });

  it('refuses pixels that do not fill the image', () => {
    expect(() => differenceHash({ width: 4, height: 4, data: new Uint8Array(60) })).toThrow();
    expect(() => differenceHash({ width: 0, height: 4, data: new Uint8Array(0) })).toThrow();
  });
});

describe('photos that look alike', () => {
  const sameLook: [string, (image: RgbaImage) => RgbaImage][] = [
    ['the same picture', (image) => image],
    ['brighter by 8', (image) => brighter(image, 8)],
    ['darker by 8', (image) => brighter(image, -8)],
    ['with light noise', (image) => noisy(image, 4)],
    ['halved by averaging', halved],
    ['halved by nearest neighbour', halvedNearest],
    ['cropped by 1 pixel', (image) => cropped(image, { left: 1, top: 1, right: 0, bottom: 0 })],
    ['cropped by 2 pixels', (image) => cropped(image, { left: 2, top: 0, right: 2, bottom: 2 })],
  ];
  const otherLook: [string, (image: RgbaImage) => RgbaImage][] = [
    ['mirrored', mirrored],
    ['inverted', inverted],
  ];

  for (const [name, picture] of Object.entries(pictures)) {
    for (const [change, changed] of sameLook) {
      it(`${name}, ${change}: look alike`, () => {
        expect(distance(picture, changed(picture))).toBeLessThanOrEqual(PHOTO_MATCH_DISTANCE);
        expect(photosLookAlike(differenceHash(picture), differenceHash(changed(picture)))).toBe(
          true,
        );
      });
    }
    for (const [change, changed] of otherLook) {
      it(`${name}, ${change}: do not look alike`, () => {
        expect(distance(picture, changed(picture))).toBeGreaterThan(2 * PHOTO_MATCH_DISTANCE);
        expect(photosLookAlike(differenceHash(picture), differenceHash(changed(picture)))).toBe(
          false,
        );
      });
    }
  }

  const names = Object.keys(pictures);
  const pairs = names.flatMap((a, i) => names.slice(i + 1).map((b) => [a, b] as const));
  it.each(pairs)('%s and %s: do not look alike', (a, b) => {
    const [first, second] = [pictures[a], pictures[b]];
    if (!first || !second) throw new Error('No such picture');
    expect(distance(first, second)).toBeGreaterThan(2 * PHOTO_MATCH_DISTANCE);
  });

  it('a very different picture of the same size does not look alike', () => {
    const picture = scene(1);
    const random = randomFrom(99);
    const static_ = paint(picture.width, picture.height, () => {
      const level = random() * 255;
      return [level, level, level];
    });
    expect(distance(picture, static_)).toBeGreaterThan(2 * PHOTO_MATCH_DISTANCE);
    expect(distance(picture, shapes(picture.width, picture.height))).toBeGreaterThan(
      2 * PHOTO_MATCH_DISTANCE,
    );
  });
});

/** Any photo hash. */
const hashes = fc
  .array(fc.integer({ min: 0, max: 15 }), { minLength: 16, maxLength: 16 })
  .map((digits) => digits.map((digit) => digit.toString(16)).join(''));

describe('hammingDistance', () => {
  it('counts the bits two hashes differ in', () => {
    expect(hammingDistance('0123456789abcdef', '0123456789abcdef')).toBe(0);
    expect(hammingDistance('0000000000000000', '0000000000000001')).toBe(1);
    expect(hammingDistance('0000000000000000', '8000000000000000')).toBe(1);
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('f0f0f0f0f0f0f0f0', '0f0f0f0f0f0f0f0f')).toBe(64);
    expect(hammingDistance('0000000000000000', '0000000000000007')).toBe(3);
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(hashes, hashes, (a, b) => hammingDistance(a, b) === hammingDistance(b, a)),
    );
  });

  it('refuses anything but two 16-digit lowercase hex hashes', () => {
    expect(() => hammingDistance('00', '00')).toThrow();
    expect(() => hammingDistance('000000000000000g', '0000000000000000')).toThrow();
    expect(() => hammingDistance('ABCDEF0000000000', 'abcdef0000000000')).toThrow();
  });
});

/** The hash with the bits at the given places (0 = most significant) flipped. */
function flipped(hash: string, places: readonly number[]): string {
  const digits = [...hash].map((digit) => parseInt(digit, 16));
  for (const place of places) {
    const digit = Math.floor(place / 4);
    digits[digit] = (digits[digit] ?? 0) ^ (8 >> (place % 4));
  }
  return digits.map((digit) => digit.toString(16)).join('');
}

describe('photoHashBands', () => {
  it('cuts the hash into PHOTO_MATCH_DISTANCE + 1 tagged bands that put it back together', () => {
    const bands = photoHashBands('0123456789abcdef');
    expect(bands).toHaveLength(PHOTO_MATCH_DISTANCE + 1);
    expect(bands.map((band, index) => band.startsWith(`${index}:`))).not.toContain(false);
    const digits = bands.map((band) => band.slice(band.indexOf(':') + 1));
    expect(digits.join('')).toBe('0123456789abcdef');
    expect(digits.every((band) => band.length >= 3)).toBe(true);
  });

  it('two hashes within the threshold share at least one band', () => {
    const places = fc.uniqueArray(fc.integer({ min: 0, max: 63 }), {
      maxLength: PHOTO_MATCH_DISTANCE,
    });
    fc.assert(
      fc.property(hashes, places, (hash, flips) => {
        const other = flipped(hash, flips);
        expect(hammingDistance(hash, other)).toBe(flips.length);
        const shared = photoHashBands(other).filter((band) => photoHashBands(hash).includes(band));
        return shared.length > 0;
      }),
    );
  });

  it('one bit more than the threshold, one in each band, and no band is shared', () => {
    const hash = '0123456789abcdef';
    const digitsOf = (band: string) => band.slice(band.indexOf(':') + 1);
    const firstBits = photoHashBands(hash).map((_, index, bands) =>
      bands.slice(0, index).reduce((bits, before) => bits + digitsOf(before).length * 4, 0),
    );
    const other = flipped(hash, firstBits);
    expect(hammingDistance(hash, other)).toBe(PHOTO_MATCH_DISTANCE + 1);
    expect(photoHashBands(other).filter((band) => photoHashBands(hash).includes(band))).toEqual([]);
  });

  it('refuses what is not a hash', () => {
    expect(() => photoHashBands('abc')).toThrow();
  });
});
