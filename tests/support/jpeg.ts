// A picture saved as a JPEG file, as a phone or the app would send it (Node only: the domain's
// tests use tests/support/pictures.ts alone).
import { encode } from 'jpeg-js';
import type { Picture } from './pictures';

/** The picture as a JPEG file at `quality` (1 to 100). */
export function jpegOf(picture: Picture, quality = 85): Buffer {
  return encode({ ...picture, data: Buffer.from(picture.data) }, quality).data;
}
