/**
 * Reads a zip's central directory ourselves before handing the bytes to jszip/exceljs,
 * to refuse zip bombs on the declared sizes (jszip would happily inflate 4 GB) and to
 * tell a .docx from an .xlsx by its entries. Entry data is not touched here; readers
 * inflate with `inflateLimited`, which also stops an entry that lies about its size.
 */
import JSZip from 'jszip';
import { ReadError } from '../source-document';
import { ReadBudget } from './budget';

export const ZIP_LIMITS = {
  maxEntryBytes: 50 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxEntries: 2000,
};

export interface ZipEntryInfo {
  name: string;
  uncompressedSize: number;
}

/** Entries of the central directory, or undefined when the zip is truncated/corrupt. */
export function listZipEntries(bytes: Uint8Array): ZipEntryInfo[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End-of-central-directory record: last 22 bytes plus a comment of up to 64 KB.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count > ZIP_LIMITS.maxEntries) throw zipBomb(`条目数 ${count} 超过 ${ZIP_LIMITS.maxEntries}`);
  const entries: ZipEntryInfo[] = [];
  const decoder = new TextDecoder('utf-8');
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return undefined;
    const size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen > bytes.length) return undefined;
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // 0xFFFFFFFF means a ZIP64 size: no Office file of a notice needs one.
    entries.push({ name, uncompressedSize: size === 0xffffffff ? Number.POSITIVE_INFINITY : size });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Throws a ReadError when the declared sizes or the entry count exceed ZIP_LIMITS. */
export function assertZipWithinLimits(entries: ZipEntryInfo[]): void {
  if (entries.length > ZIP_LIMITS.maxEntries) {
    throw zipBomb(`条目数 ${entries.length} 超过 ${ZIP_LIMITS.maxEntries}`);
  }
  let total = 0;
  for (const e of entries) {
    if (e.uncompressedSize > ZIP_LIMITS.maxEntryBytes) {
      throw zipBomb(`其中“${e.name}”解压后声明为 ${mb(e.uncompressedSize)}，超过单项上限 50 MB`);
    }
    total += e.uncompressedSize;
  }
  if (total > ZIP_LIMITS.maxTotalBytes) throw zipBomb(`解压后总大小 ${mb(total)} 超过上限 200 MB`);
}

/** Opens an Office zip with the bomb limits applied; any zip-level failure is `corrupt`. */
export async function openOfficeZip(bytes: Uint8Array, corrupt: () => ReadError): Promise<JSZip> {
  const entries = listZipEntries(bytes);
  if (!entries) throw corrupt();
  assertZipWithinLimits(entries);
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    throw corrupt();
  }
}

/**
 * Streams one entry's inflated bytes to `onChunk`, stopping as soon as it grows past the
 * entry limit or the file's budget — whatever size the zip declared (a lying size is
 * caught here, while inflating, not after).
 */
export function inflateEach(
  file: JSZip.JSZipObject,
  budget: ReadBudget,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let size = 0;
    let done = false;
    const fail = (e: unknown) => {
      if (done) return;
      done = true;
      stream.pause();
      reject(e);
    };
    // jszip's own streaming API (not in its typings) lets us stop inflating mid-entry.
    const stream = (
      file as unknown as { internalStream(type: 'uint8array'): JSZipStream }
    ).internalStream('uint8array');
    stream
      .on('data', (chunk: Uint8Array) => {
        if (done) return;
        size += chunk.length;
        try {
          if (size > ZIP_LIMITS.maxEntryBytes)
            throw zipBomb(`其中“${file.name}”解压后超过单项上限 50 MB`);
          budget.inflatedBytes(chunk.length);
          onChunk(chunk);
        } catch (e) {
          fail(e);
        }
      })
      .on('error', (e: Error) => fail(e))
      .on('end', () => {
        if (done) return;
        done = true;
        resolve();
      })
      .resume();
  });
}

/** Inflates one entry as UTF-8 text within the limits (see inflateEach). */
export async function inflateLimited(
  file: JSZip.JSZipObject,
  budget: ReadBudget = new ReadBudget(),
): Promise<string> {
  const chunks: Uint8Array[] = [];
  await inflateEach(file, budget, (c) => chunks.push(c));
  return Buffer.concat(chunks).toString('utf8');
}

interface JSZipStream {
  on(event: 'data', cb: (chunk: Uint8Array) => void): JSZipStream;
  on(event: 'error', cb: (e: Error) => void): JSZipStream;
  on(event: 'end', cb: () => void): JSZipStream;
  pause(): JSZipStream;
  resume(): JSZipStream;
}

function zipBomb(detail: string): ReadError {
  return new ReadError(
    'zip_too_large',
    `压缩文件内容异常（${detail}），疑似“压缩炸弹”，已拒绝读取。请用 Word、Excel 或 WPS 打开后重新保存再导入`,
  );
}

function mb(n: number): string {
  return Number.isFinite(n) ? `${(n / (1024 * 1024)).toFixed(1)} MB` : '4 GB 以上';
}
