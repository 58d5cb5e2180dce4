// For UI tests of downloads: catches what would be downloaded, and reads the files back
// (jsdom's Blob has neither text() nor arrayBuffer()).
import { onTestFinished, vi } from 'vitest';

/** Catches what would be downloaded: the file names and the files. */
export function catchDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const { createObjectURL, revokeObjectURL } = URL;
  onTestFinished(() => {
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
  });
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return { blobs, names };
}

function read<T>(blob: Blob | undefined, how: (reader: FileReader, blob: Blob) => void) {
  return new Promise<T>((resolve, reject) => {
    if (!blob) return reject(new Error('Nothing was downloaded.'));
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as T);
    reader.onerror = () => reject(reader.error ?? new Error('Unreadable blob.'));
    how(reader, blob);
  });
}

/** The text of a downloaded file. */
export const textOf = (blob: Blob | undefined) =>
  read<string>(blob, (reader, file) => reader.readAsText(file));

/** The bytes of a downloaded file. */
export const bytesOf = async (blob: Blob | undefined) =>
  new Uint8Array(await read<ArrayBuffer>(blob, (reader, file) => reader.readAsArrayBuffer(file)));
