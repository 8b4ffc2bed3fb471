/**
 * One OFD page's content (GB/T 33190 Content.xml) → positioned text items, the same
 * PdfItem the PDF reader's line rules take. A TextObject has a Boundary (x y w h, in mm,
 * y growing downwards), a Size and maybe a CTM; each TextCode inside gives the first
 * glyph's X/Y (baseline) relative to the boundary and DeltaX, the advances between glyphs
 * ("g 3 5.2" repeats 5.2 three times). Characters are grouped into one item until an
 * advance leaves a visible gap, so the line rules see gaps where the page has them.
 *
 * Text kept only as glyph indices (a CGTransform with no characters in its TextCode)
 * has no Unicode to read: such objects are counted so the reader can say so.
 */
import { Parser } from 'htmlparser2';
import type { ReadBudget } from './budget';
import type { PdfItem } from './pdf-lines';

export interface OfdPageText {
  items: PdfItem[];
  /** Text objects whose characters exist only as glyph indices. */
  glyphOnly: number;
}

interface TextObject {
  x: number;
  y: number;
  size: number;
  /** a b c d of the CTM (scale/rotation), applied to positions inside the boundary. */
  m: [number, number, number, number];
  hasGlyphs: boolean;
  codes: { x?: number; y?: number; dx: number[]; text: string }[];
}

/** An advance this much wider than the glyph leaves a visible gap: the item ends there. */
const GAP = 1.15;

export function readOfdPage(xml: string, budget: ReadBudget): OfdPageText {
  const items: PdfItem[] = [];
  let glyphOnly = 0;
  let obj: TextObject | undefined;
  let code: TextObject['codes'][number] | undefined;
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        budget.depth(++depth, 'OFD 页面的结构');
        budget.tick();
        const local = localName(name);
        if (local === 'TextObject') {
          const [bx = 0, by = 0] = numbers(attrs.Boundary);
          const [a = 1, b = 0, c = 0, d = 1] = numbers(attrs.CTM);
          obj = {
            x: bx,
            y: by,
            size: num(attrs.Size, 3.5),
            m: [a, b, c, d],
            hasGlyphs: false,
            codes: [],
          };
        } else if (local === 'TextCode' && obj) {
          code = { x: optNum(attrs.X), y: optNum(attrs.Y), dx: deltas(attrs.DeltaX), text: '' };
          obj.codes.push(code);
        } else if (local === 'CGTransform' && obj) {
          obj.hasGlyphs = true;
        }
      },
      ontext(data) {
        if (code) code.text += data;
      },
      onclosetag(name) {
        depth--;
        const local = localName(name);
        if (local === 'TextCode') code = undefined;
        else if (local === 'TextObject' && obj) {
          const placed = placeObject(obj);
          budget.pdfItems(placed.length);
          for (const it of placed) items.push(it);
          if (obj.hasGlyphs && !obj.codes.some((c) => readable(c.text))) glyphOnly++;
          obj = undefined;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return { items, glyphOnly };
}

function placeObject(obj: TextObject): PdfItem[] {
  const [a, b, c, d] = obj.m;
  const scale = Math.hypot(a, b) || 1;
  const size = obj.size * (Math.hypot(c, d) || 1);
  const out: PdfItem[] = [];
  let penX = 0;
  let penY = 0;
  for (const tc of obj.codes) {
    penX = tc.x ?? penX;
    penY = tc.y ?? penY;
    const chars = [...tc.text.replace(/[\r\n]+/g, '')];
    let run = '';
    let runStart = penX;
    const flush = (end: number): void => {
      if (run.trim() !== '') {
        // Page space: the CTM maps the object's own coordinates; y is flipped to grow upwards.
        const x0 = obj.x + a * runStart + c * penY;
        const y0 = obj.y + b * runStart + d * penY;
        out.push({ str: run, x: x0, y: -y0, width: Math.max(0, (end - runStart) * scale), size });
      }
      run = '';
    };
    chars.forEach((ch, i) => {
      const own = glyphWidth(ch, obj.size);
      const advance = tc.dx[i] ?? own;
      if (run === '') runStart = penX;
      run += ch;
      if (advance > GAP * own + 0.01 * obj.size) {
        flush(penX + own);
      }
      penX += advance;
      if (i === chars.length - 1) flush(penX - advance + own);
    });
  }
  return out;
}

/** What one glyph covers when nothing says: a full em for CJK, half for Latin and digits. */
function glyphWidth(ch: string, size: number): number {
  return (ch.codePointAt(0) ?? 0) < 0x2e80 ? size / 2 : size;
}

/** Real characters, not private-use code points a glyph-index-only producer writes. */
function readable(text: string): boolean {
  return /[^\s\ue000-\uf8ff\ufffd]/.test(text);
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i >= 0 ? name.slice(i + 1) : name;
}

function numbers(v: string | undefined): number[] {
  return (v ?? '')
    .trim()
    .split(/[\s,]+/)
    .filter((s) => s !== '')
    .map(Number)
    .map((n) => (Number.isFinite(n) ? n : 0));
}

function num(v: string | undefined, fallback: number): number {
  const n = v === undefined ? NaN : Number(v);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

function optNum(v: string | undefined): number | undefined {
  const n = v === undefined ? NaN : Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** DeltaX: plain advances, or "g N w" for N advances of w; capped by the text it serves. */
export function deltas(v: string | undefined): number[] {
  const tokens = (v ?? '')
    .trim()
    .split(/\s+/)
    .filter((s) => s !== '');
  const out: number[] = [];
  for (let i = 0; i < tokens.length && out.length < 100_000; i++) {
    if (tokens[i] === 'g') {
      const count = Math.min(100_000 - out.length, Math.max(0, Math.floor(Number(tokens[i + 1]))));
      const w = Number(tokens[i + 2]);
      for (let k = 0; k < count; k++) out.push(Number.isFinite(w) ? w : 0);
      i += 2;
    } else {
      const w = Number(tokens[i]);
      out.push(Number.isFinite(w) ? w : 0);
    }
  }
  return out;
}
