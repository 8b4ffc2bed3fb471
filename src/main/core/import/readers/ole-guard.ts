/**
 * Looks through an OLE2 compound file (old .doc/.xls/.wps/.et) before any library does,
 * as zip-guard.ts does for zips. The libraries trust the container: a sector chain that
 * loops back on itself, a declared count of millions of FAT sectors or a directory tree
 * that points at itself makes them loop or recurse without end, synchronously, where no
 * budget can stop them. Here every chain is walked once with a visited set, every sector
 * number is checked against the file's real size and the directory tree is walked the
 * same way, so what reaches a library is a container whose every chain ends.
 *
 * Returns the names of the streams (WordDocument, Workbook…), which tell what the file is.
 */
import { ReadError } from '../source-document';
import type { ReadBudget } from './budget';

const END_OF_CHAIN = -2;
const FREE = -1;
const NO_ENTRY = -1;
const ENTRY_SIZE = 128;

export function corruptOle(detail = ''): ReadError {
  return new ReadError(
    'corrupt_ole',
    `旧版 Office 文件（.doc/.xls）已损坏或不完整${detail}，无法打开。请用 Word、Excel 或 WPS 打开后另存为 .docx 或 .xlsx 再导入`,
  );
}

export interface OleListing {
  /** Stream names anywhere in the container (the directory entries of type stream). */
  streams: Set<string>;
}

export function inspectOle(bytes: Uint8Array, budget: ReadBudget): OleListing {
  if (bytes.length < 512) throw corruptOle('（文件太短）');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number): number => view.getUint16(o, true);
  const i32 = (o: number): number => view.getInt32(o, true);
  const major = u16(0x1a);
  const shift = u16(0x1e);
  if (u16(0x1c) !== 0xfffe || !((major === 3 && shift === 9) || (major === 4 && shift === 12)))
    throw corruptOle('（文件头无效）');
  const size = 1 << shift;
  const sectors = Math.floor((bytes.length - size) / size);
  if (sectors <= 0) throw corruptOle('（文件太短）');
  const sectorAt = (n: number): number => (n + 1) * size;

  // FAT sector numbers: 109 in the header, the rest on the DIFAT chain.
  const fatCount = i32(0x2c);
  if (fatCount <= 0 || fatCount > sectors) throw corruptOle('（分配表大小异常）');
  const fatSectors: number[] = [];
  for (let k = 0; k < 109 && fatSectors.length < fatCount; k++) fatSectors.push(i32(0x4c + 4 * k));
  const difatSeen = new Set<number>();
  for (let d = i32(0x44); fatSectors.length < fatCount;) {
    if (d < 0 || d >= sectors || difatSeen.has(d)) throw corruptOle('（分配表链异常）');
    difatSeen.add(d);
    budget.tick(size / 4);
    for (let k = 0; k < size / 4 - 1 && fatSectors.length < fatCount; k++)
      fatSectors.push(i32(sectorAt(d) + 4 * k));
    d = i32(sectorAt(d) + size - 4);
  }
  const fat = new Int32Array(fatCount * (size / 4));
  fatSectors.forEach((s, k) => {
    if (s < 0 || s >= sectors) throw corruptOle('（分配表位置超出文件）');
    budget.tick(size / 4);
    for (let e = 0; e < size / 4; e++) fat[k * (size / 4) + e] = i32(sectorAt(s) + 4 * e);
  });

  /**
   * A chain's sectors. A sector belongs to one chain only, so one `owned` map per sector
   * size serves every chain: a loop, a shared sector or a number past the end is damage,
   * and all chains together cost no more steps than the file has sectors.
   */
  const owned = new Uint8Array(sectors);
  const chain = (table: Int32Array, start: number, taken: Uint8Array, what: string): number[] => {
    const out: number[] = [];
    for (let s = start; s !== END_OF_CHAIN; s = table[s] ?? FREE) {
      if (s < 0 || s >= taken.length || s >= table.length || taken[s])
        throw corruptOle(`（${what}损坏）`);
      taken[s] = 1;
      out.push(s);
      budget.tick();
    }
    return out;
  };

  const dirChain = chain(fat, i32(0x30), owned, '目录');
  const entries = (dirChain.length * size) / ENTRY_SIZE;
  const entryAt = (k: number): number =>
    sectorAt(dirChain[Math.floor((k * ENTRY_SIZE) / size)] ?? 0) + ((k * ENTRY_SIZE) % size);

  const miniFatStart = i32(0x3c);
  const miniFat = new Int32Array(
    miniFatStart === END_OF_CHAIN
      ? []
      : chain(fat, miniFatStart, owned, '小分配表').flatMap((s) =>
          Array.from({ length: size / 4 }, (_, e) => i32(sectorAt(s) + 4 * e)),
        ),
  );
  const cutoff = view.getUint32(0x38, true);
  const rootStart = i32(entryAt(0) + 0x74);
  const rootSize = view.getUint32(entryAt(0) + 0x78, true);
  if (bytes[entryAt(0) + 0x42] !== 5) throw corruptOle('（缺少根目录）');
  const miniSectors =
    rootStart === END_OF_CHAIN ? 0 : chain(fat, rootStart, owned, '小数据区').length * (size / 64);
  if (rootSize > miniSectors * 64 && rootStart !== END_OF_CHAIN)
    throw corruptOle('（小数据区不完整）');

  // The red-black tree of names: each entry reached once, from the root's child down.
  const streams = new Set<string>();
  const ownedMini = new Uint8Array(miniSectors);
  const seen = new Uint8Array(entries);
  const stack = [i32(entryAt(0) + 0x4c)];
  while (stack.length > 0) {
    const k = stack.pop() as number;
    if (k === NO_ENTRY) continue;
    if (k < 0 || k >= entries || seen[k] || k === 0) throw corruptOle('（目录结构异常）');
    seen[k] = 1;
    budget.tick();
    const at = entryAt(k);
    const type = bytes[at + 0x42];
    const nameBytes = Math.min(64, u16(at + 0x40));
    const name = Buffer.from(bytes.subarray(at, at + Math.max(0, nameBytes - 2))).toString(
      'utf16le',
    );
    if (type === 2) {
      const start = i32(at + 0x74);
      const length = view.getUint32(at + 0x78, true);
      if (length > 0) {
        const mini = length < cutoff;
        const got = mini
          ? chain(miniFat, start, ownedMini, '数据流').length * 64
          : chain(fat, start, owned, '数据流').length * size;
        if (got < length) throw corruptOle('（数据流不完整）');
      }
      streams.add(name);
    } else if (type !== 1) {
      throw corruptOle('（目录结构异常）');
    }
    stack.push(i32(at + 0x44), i32(at + 0x48));
    if (type === 1) stack.push(i32(at + 0x4c));
  }
  return { streams };
}
