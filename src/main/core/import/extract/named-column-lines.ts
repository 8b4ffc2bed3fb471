/**
 * A one-column table headed by what its cells name ("园区名称" over "成都崇州市粮油现代农业园区",
 * "基地名称" over "某县某某基地"): each cell below opens with its place and goes on with the
 * unit's own name, ending in the noun the header names (园区, 基地, 项目). The header is what
 * says the lines are a list, so they need neither numbers nor a heading announcing them; the
 * run ends at the first line that is not such a name, so a paragraph or a byline never joins.
 * The page's last line cut inside its name, after whole cells, is still the list's last entry,
 * placed at its division and flagged as cut.
 */
import { isCutName } from './cut-place-line';
import { LabelledRuns, type ItemDraft, type ListDraft } from './drafts';
import { readNumbering } from './numbering';
import type { KeyedText, Line } from './text-key';
import type { RegionLookup } from './types';

/** A column header naming what its cells are: a noun of two to four characters, then 名称. */
const NAME_HEADER = /^([\u4e00-\u9fff]{2,4})名称$/;
/** A cell's unit name after its place: Chinese words only, no stop, no space. */
const NAME = /^[\u4e00-\u9fff]{2,30}$/;

/**
 * How a whole name of another kind ends (…现代农业园区 under 基地名称): such a last cell is no
 * cut name of the column's kind, and is not flagged as one.
 */
const OTHER_KIND_END = /(?:园区|产业园|示范园|基地|项目|示范区|试验区|实验区)$/;

/** The noun a line names as a column's header ("园区名称" → 园区), or null. */
export function headerNoun(line: Line): string | null {
  return NAME_HEADER.exec(line.trimmed)?.[1] ?? null;
}

/** The place a cell opens with and the name after it (in the line's own writing), or null. */
function placedName(line: Line, lookup: RegionLookup): { place: string; name: string } | null {
  const raw = line.raw.trim();
  if (raw.length > 40 || readNumbering(line.trimmed) !== null) return null;
  const hit = lookup.splitPrefix(raw, {});
  if (!hit || hit.end < 2 || hit.end >= raw.length) return null;
  const name = raw.slice(hit.end);
  return NAME.test(line.trimmed.slice(hit.end)) ? { place: raw.slice(0, hit.end), name } : null;
}

export function detectNamedColumnLines(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const run = new LabelledRuns();
  const filled = doc.lines.filter((l) => l.trimmed !== '');
  let noun: string | null = null;
  filled.forEach((line, k) => {
    const free = !consumed.has(line.index);
    const header = free ? headerNoun(line) : null;
    if (header) {
      run.close();
      noun = header;
      run.lines.push(line.index);
      return;
    }
    const cell = noun && free ? placedName(line, lookup) : null;
    // A name that is the noun alone ("某村儿童之家" under 儿童之家名称) is the place's facility,
    // no unit's own name: such a column is a list of places, left to the readers of places.
    const whole = cell && line.trimmed.endsWith(noun!) && cell.name.length > noun!.length;
    if (cell && !whole && cell.name.length <= noun!.length) {
      run.items.length = 0;
      run.close();
      noun = null;
      return;
    }
    const cut =
      cell &&
      !whole &&
      k === filled.length - 1 &&
      run.items.length >= 2 &&
      !OTHER_KIND_END.test(line.trimmed);
    if (cell && (whole || (cut && isCutName(cell.place, line.trimmed.slice(cell.place.length))))) {
      const item: ItemDraft = {
        seq: null,
        start: line.trimmedStart,
        end: line.end,
        regionText: cell.place,
        title: whole ? cell.name : '',
        warnings: whole
          ? []
          : [
              {
                code: 'truncated_item',
                message: `名单最后一行“${line.raw.trim()}”名称不完整，疑似被截断，已按“${cell.place}”录入，请核对`,
                seq: null,
              },
            ],
      };
      run.items.push(item);
      run.lines.push(line.index);
      return;
    }
    run.close();
    noun = null;
  });
  run.close();
  return run.lists;
}
