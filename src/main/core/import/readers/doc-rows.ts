/**
 * What word-extractor leaves out of a .doc table: where each row ends for sure, and which
 * cells are merged. Its extractor is extended (one overridden step, pinned version): after
 * it has read the paragraph properties, each table-row-end paragraph (sprmPFTtp) in the
 * piece text becomes ROW_END instead of a line break, and the row's cell definitions
 * (sprmTDefTable) are kept in document order, with each cell's vertical merge (continues
 * the cell above) and old-style horizontal merge (continues the cell on its left).
 *
 * Any surprise in the binary leaves the library's own text as it is (row ends then fall
 * back to the "line ends with TAB" rule in doc-reader.ts); it never fails the import.
 */
import WordOleExtractor from 'word-extractor/lib/word-ole-extractor';

export const ROW_END = '\uE000';

/**
 * A row's cell definitions: each cell's left and right edge (twips; cell c spans
 * edges[c]..edges[c+1], which is how Word stores a cell merged across columns), and
 * whether it takes the value of the cell above or on its left (merged cells).
 */
export interface RowMerges {
  edges: number[];
  fromAbove: boolean[];
  fromLeft: boolean[];
}

interface Piece {
  startCp: number;
  startFilePos: number;
  endFilePos: number;
  bpc: number;
  text: string;
}

const SPRM_TTP = 0x2417;
const SPRM_TDEF_TABLE = 0xd608;
const OPERAND_BYTES = [1, 1, 2, 4, 2, 2, -1, 3];

export class RowMarkingExtractor extends WordOleExtractor {
  /** The body's rows in order, one per ROW_END in the body text. */
  rows: RowMerges[] = [];

  override writeParagraphProperties(buffer: Buffer, tableBuffer: Buffer): void {
    super.writeParagraphProperties(buffer, tableBuffer);
    try {
      const found = rowEnds(buffer, tableBuffer);
      const pieces = this._pieces as Piece[];
      const ccpText = (this._boundaries as { ccpText: number }).ccpText;
      const placed: { cp: number; merges: RowMerges }[] = [];
      for (const { fc, merges } of found) {
        const piece = pieces.find((p) => p.startFilePos <= fc && fc < p.endFilePos);
        if (!piece) continue;
        const at = (fc - piece.startFilePos) / piece.bpc;
        if (!Number.isInteger(at) || piece.text[at] !== '\n') continue;
        piece.text = piece.text.slice(0, at) + ROW_END + piece.text.slice(at + 1);
        if (piece.startCp + at < ccpText) placed.push({ cp: piece.startCp + at, merges });
      }
      this.rows = placed.sort((a, b) => a.cp - b.cp).map((p) => p.merges);
    } catch {
      // The library's text stays as it read it; doc-reader.ts falls back to its line rule.
    }
  }
}

/** Row-end paragraphs (file position) and their cells' merge flags, from the PAPX pages. */
function rowEnds(buffer: Buffer, tableBuffer: Buffer): { fc: number; merges: RowMerges }[] {
  const fc = buffer.readUInt32LE(0x0102);
  const lcb = buffer.readUInt32LE(0x0106);
  const count = (lcb - 4) / 8;
  const plc = tableBuffer.subarray(fc, fc + lcb);
  const out: { fc: number; merges: RowMerges }[] = [];
  for (let i = 0; i < count; i++) {
    const page = plc.readUInt32LE((count + 1) * 4 + i * 4);
    const fkp = buffer.subarray(page * 512, (page + 1) * 512);
    if (fkp.length < 512) continue;
    const runs = fkp.readUInt8(511);
    for (let j = 0; j < runs; j++) {
      const start = fkp.readUInt32LE(j * 4);
      const at = fkp.readUInt8((runs + 1) * 4 + j * 13) * 2;
      const cb = fkp.readUInt8(at);
      const grpprl =
        cb !== 0
          ? fkp.subarray(at + 1, at + 2 * cb)
          : fkp.subarray(at + 2, at + 2 + 2 * fkp.readUInt8(at + 1));
      const row = rowProperties(grpprl);
      if (row) out.push({ fc: start, merges: row });
    }
  }
  return out;
}

/** The merges of a row-end paragraph's row, or undefined for any other paragraph. */
function rowProperties(grpprl: Buffer): RowMerges | undefined {
  let ttp = false;
  let merges: RowMerges = { edges: [], fromAbove: [], fromLeft: [] };
  for (let o = 2; o < grpprl.length - 1;) {
    const sprm = grpprl.readUInt16LE(o);
    o += 2;
    let size = OPERAND_BYTES[(sprm >> 13) & 7] as number;
    if (size < 0)
      size = sprm === SPRM_TDEF_TABLE ? grpprl.readUInt16LE(o) + 1 : grpprl.readUInt8(o) + 1;
    if (sprm === SPRM_TTP && grpprl.readUInt8(o) === 1) ttp = true;
    if (sprm === SPRM_TDEF_TABLE) merges = cellMerges(grpprl.subarray(o + 2, o + size));
    o += size;
  }
  return ttp ? merges : undefined;
}

/** sprmTDefTable: itcMac, itcMac+1 cell edges, then one 20-byte TC80 per cell (TCGRF first). */
function cellMerges(def: Buffer): RowMerges {
  const cells = def.readUInt8(0);
  const merges: RowMerges = { edges: [], fromAbove: [], fromLeft: [] };
  for (let k = 0; k <= cells; k++) merges.edges.push(def.readInt16LE(1 + 2 * k));
  const first = 1 + (cells + 1) * 2;
  for (let c = 0; c < cells && first + c * 20 + 2 <= def.length; c++) {
    const tcgrf = def.readUInt16LE(first + c * 20);
    merges.fromLeft.push((tcgrf & 3) >= 2);
    merges.fromAbove.push(((tcgrf >> 5) & 3) === 1);
  }
  return merges;
}
