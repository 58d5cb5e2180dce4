// What a photo looks like, in 64 bits: a perceptual hash that stays (nearly) the same when a photo
// is saved again, resized, brightened or cropped by a few pixels, so a copied photo is spotted
// however its bytes changed. Pure: the caller decodes the image.

/** Decoded pixels, four bytes (red, green, blue, alpha) per pixel, row by row. */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array | Uint8ClampedArray;
}

const COLUMNS = 9;
const ROWS = 8;

/**
 * How much brighter, in grey levels of 255, a cell must be than its right neighbour to set its
 * bit. Cells of a flat area (a wall, a sky) differ by a fraction of a level, which saving again,
 * noise or a resize tips either way. Measured while choosing it: with a strict "brighter", light
 * noise flipped up to 18 of the 64 bits of a picture with flat areas, and JPEG at quality 40
 * rather than 90 flipped 6; past 2 levels, at most 2 and none.
 */
const BRIGHTER_BY = 2;

/**
 * Rule: a pixel's grey is its luma (Rec. 601 weights, 77/150/29 of 256) with its transparency
 * laid over white. Kept in whole numbers, scaled by 256 × 255, so that equal cells compare equal.
 */
function greyOf(red: number, green: number, blue: number, alpha: number): number {
  const luma = 77 * red + 150 * green + 29 * blue;
  return luma * alpha + 256 * 255 * (255 - alpha);
}

/**
 * Along one side of `size` pixels cut into `cells` equal cells: for each pixel, the cells its span
 * overlaps and by how much. Measured in 1/cells of a pixel, so every overlap is a whole number
 * and every cell gathers the same total weight (`size`).
 */
function coverage(size: number, cells: number): { cell: number; weight: number }[][] {
  return Array.from({ length: size }, (_, pixel) => {
    const start = pixel * cells;
    const end = start + cells;
    const parts: { cell: number; weight: number }[] = [];
    for (let cell = Math.floor(start / size); cell < cells && cell * size < end; cell += 1) {
      const weight = Math.min(end, (cell + 1) * size) - Math.max(start, cell * size);
      if (weight > 0) parts.push({ cell, weight });
    }
    return parts;
  });
}

/**
 * The image in grey, shrunk to `columns` × `rows` cells, row by row: each cell is the area average
 * of the source pixels under it (a pixel on a border counts in both cells by the part it gives
 * each), so any size works, even one smaller than the grid. The values are sums of the same
 * total weight, not averages: they compare like averages and stay exact (up to about 500
 * megapixels, past which doubles round).
 */
function greyCells(image: RgbaImage, columns = COLUMNS, rows = ROWS): number[] {
  const { width, height, data } = image;
  if (width < 1 || height < 1 || data.length < width * height * 4) {
    throw new Error(`An image of ${width}×${height} pixels needs ${width * height * 4} bytes.`);
  }
  const across = coverage(width, columns);
  const down = coverage(height, rows);
  const cells = new Array<number>(columns * rows).fill(0);
  const line = new Array<number>(columns);
  for (let y = 0; y < height; y += 1) {
    line.fill(0);
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 4;
      const grey = greyOf(data[at] ?? 0, data[at + 1] ?? 0, data[at + 2] ?? 0, data[at + 3] ?? 0);
      for (const { cell, weight } of across[x] ?? [])
        line[cell] = (line[cell] ?? 0) + grey * weight;
    }
    for (const { cell: row, weight } of down[y] ?? []) {
      for (let column = 0; column < columns; column += 1) {
        const index = row * columns + column;
        cells[index] = (cells[index] ?? 0) + (line[column] ?? 0) * weight;
      }
    }
  }
  return cells;
}

/**
 * Rule: a photo's difference hash (dHash). The image in grey, shrunk to 9 × 8 cells by area
 * averaging; each of the 64 bits says whether a cell is brighter than the cell to its right by
 * more than BRIGHTER_BY grey levels (rows top to bottom, left to right, first bit most
 * significant), written as 16 lowercase hex digits. Saving again, resizing and light changes keep
 * the order of neighbouring cells, so the bits; a different picture, a mirror image or a negative
 * does not.
 */
export function differenceHash(image: RgbaImage): string {
  const cells = greyCells(image, COLUMNS, ROWS);
  // Every cell gathers a weight of width × height, and one grey level is 256 × 255 (greyOf).
  const margin = BRIGHTER_BY * image.width * image.height * 256 * 255;
  let hex = '';
  for (let row = 0; row < ROWS; row += 1) {
    let bits = 0;
    for (let column = 0; column < COLUMNS - 1; column += 1) {
      const left = cells[row * COLUMNS + column] ?? 0;
      const right = cells[row * COLUMNS + column + 1] ?? 0;
      bits = (bits << 1) | (left - right > margin ? 1 : 0);
    }
    hex += bits.toString(16).padStart(2, '0');
  }
  return hex;
}

const HASH_PATTERN = /^[0-9a-f]{16}$/;

/** How many of the 64 bits two photo hashes differ in. */
export function hammingDistance(a: string, b: string): number {
  if (!HASH_PATTERN.test(a) || !HASH_PATTERN.test(b)) {
    throw new Error('A photo hash is 16 lowercase hex digits.');
  }
  let distance = 0;
  for (let i = 0; i < a.length; i += 1) {
    let differing = parseInt(a.charAt(i), 16) ^ parseInt(b.charAt(i), 16);
    for (; differing > 0; differing >>= 1) distance += differing & 1;
  }
  return distance;
}

/**
 * The most bits two hashes of the same photo differ in. Measured while choosing it, on 32
 * synthetic pictures (photo-hash.test.ts keeps 5, the functions' test the formats): saved
 * again as JPEG (quality 90 to 20), PNG or WebP, brightened or darkened by 8, with light noise,
 * halved in size or cropped by one or two pixels, a picture stays within 3 bits; different
 * pictures are 15 or more apart, mirror images 9 or more, negatives 26 or more. 4 keeps a bit of
 * margin over the first, and 5 bands of 12 to 16 bits (photoHashBands), each long enough that
 * unrelated photos rarely share one, so the duplicate query reads few candidates.
 */
export const PHOTO_MATCH_DISTANCE = 4;

/** Rule: two photos look alike when their hashes differ in at most PHOTO_MATCH_DISTANCE bits. */
export function photosLookAlike(a: string, b: string): boolean {
  return hammingDistance(a, b) <= PHOTO_MATCH_DISTANCE;
}

/**
 * The hash cut into PHOTO_MATCH_DISTANCE + 1 bands of hex digits, each tagged with its place
 * ("0:3fa9"). Rule: two hashes that look alike share at least one band, since their few differing
 * bits cannot reach every band (the pigeonhole principle); so one `array-contains-any` query on
 * the bands finds every candidate, and the distance then decides.
 */
export function photoHashBands(hash: string): string[] {
  if (!HASH_PATTERN.test(hash)) throw new Error('A photo hash is 16 lowercase hex digits.');
  const count = PHOTO_MATCH_DISTANCE + 1;
  return Array.from({ length: count }, (_, band) => {
    const start = Math.floor((band * hash.length) / count);
    const end = Math.floor(((band + 1) * hash.length) / count);
    return `${band}:${hash.slice(start, end)}`;
  });
}
