/**
 * One entry of a zip held in memory, read at once. A streamed Word list packs a small
 * document per slice of rows only to cut its rows out: reading its document.xml through
 * JSZip's asynchronous workers cost more CPU than the rows' own XML and left their chunks
 * for the collector, hundreds of times per export. The bytes are the entry's, inflated.
 */
import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

function directoryStart(zip: Buffer): { offset: number; entries: number } {
  // the end record is the last 22 bytes unless the archive has a comment (up to 64 KiB)
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--)
    if (zip.readUInt32LE(i) === END_OF_DIRECTORY)
      return { offset: zip.readUInt32LE(i + 16), entries: zip.readUInt16LE(i + 10) };
  throw new Error('not a zip: no end of central directory');
}

/** The uncompressed bytes of the entry `name`, or null when the zip has none. */
export function zipEntry(zip: Buffer, name: string): Buffer | null {
  const dir = directoryStart(zip);
  let at = dir.offset;
  for (let n = 0; n < dir.entries; n++) {
    if (zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error('bad zip directory entry');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const local = zip.readUInt32LE(at + 42);
      if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Error('bad zip local header');
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      if (method === STORED) return data;
      if (method === DEFLATED) return inflateRawSync(data);
      throw new Error(`zip entry ${name}: compression method ${method} not supported`);
    }
    at += 46 + skip;
  }
  return null;
}
