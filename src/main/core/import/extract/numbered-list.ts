/**
 * Numbered lists: "1. 北京市朝阳区：实施…", "1.南京市栖霞区马群街道——…" followed by a
 * description paragraph, category headings "一、…类（12个）" that restart or continue
 * the numbering. A run of increasing numbers is one list even when unrelated prose is
 * spliced in between (that prose is reported, not swallowed into an item).
 */
import { asAddress, isNoteLine, notedAddress, withoutPlaceHeadings } from './address-items';
import { bracketedCaseLines, bracketedUnit, casesAbove, CATEGORY_COUNT } from './bracketed-units';
import { parseNumber } from './chinese-numerals';
import type { CategoryDraft, ItemDraft, ListDraft } from './drafts';
import { splitItem } from './item-split';
import { readNumbering, type NumberStyle } from './numbering';
import { isConfidentRegion } from './region-heuristic';
import { toKey, type KeyedText, type Line } from './text-key';
import { labelContext } from './prose-labels';
import { placedAtCountedLead } from './counted-lead-place';
import { provinceAt } from './provinces';
import type { RegionContext, RegionLookup } from './types';

const ITEM_STYLES: ReadonlySet<NumberStyle> = new Set(['arabic', 'arabic_paren', 'circled']);

/**
 * "附件：1.全省…名单" over "2.…名单", "3.…结果": the notice's attachments, numbered on from
 * the label's line. Their titles name documents, not entries.
 */
const ATTACHMENT_LABEL = /^附件\s*[:：]\s*([0-9]+)\s*[.、．]/;

/**
 * "附件:" alone on its line over "1、某某项目中期报告书(A类)", "2、…记录表": the same attachments, one
 * a line. A label alone may also head the list itself (附件：\n1.某市某区), so its first line counts
 * as an attachment only when it names a document (a form, report, measures, a list by name).
 */
const ATTACHMENT_ALONE = /^附件\s*[:：]?$/;
const DOCUMENT_NAME =
  /(?:书|表|名单|清单|办法|方案|细则|指南|须知|说明|模板|目录|报告|要点|标准)(?:[(（][^()（）]{1,8}[)）])?$/;

interface Hit {
  line: Line;
  seq: number;
  bodyStart: number;
  category: CategoryDraft | null;
}

/** Prose worth a paragraph: long, or ending like a sentence. */
export function isProse(line: Line): boolean {
  const t = line.trimmed;
  if (t === '' || /[【】]/.test(t) || /^[(（]?(据|来源|上接|下转|转自)/.test(t)) return false;
  return t.length >= 30 || (t.length >= 12 && /[。！？!?]$/.test(t));
}

function categoryOf(line: Line): CategoryDraft | null {
  const n = readNumbering(line.trimmed);
  if (!n || (n.style !== 'cn' && n.style !== 'cn_paren')) return null;
  const rest = line.trimmed.slice(n.length);
  if (rest.length > 40 || /[。；;]/.test(rest)) return null;
  const m = CATEGORY_COUNT.exec(rest);
  // The name is cut from the raw line (the key has half-width brackets).
  const rawRest = line.raw.trim().slice(n.length);
  const name = (
    m ? rawRest.slice(0, m.index) + rawRest.slice(m.index + m[0].length) : rawRest
  ).trim();
  return { name, stated: m ? parseNumber(m[1] ?? '') : null, found: 0, start: line.trimmedStart };
}

/**
 * 一、/（一） usually number sections, but a line that reads "place：title" is an item
 * ("（一）太原市小店区：构建…"), and so is a unit closed by its full stop before a write-up about
 * it ("一、某县某镇某社区。某社区…"): section headings name a category, not a place and a theme.
 */
function isRegionItem(line: Line, bodyStart: number, lookup: RegionLookup): boolean {
  const body = line.raw.slice(bodyStart - line.start).trim();
  if (CATEGORY_COUNT.test(toKey(body))) return false;
  const split = splitItem(body, lookup, {});
  if (
    !split.regionText ||
    split.regionUnresolved ||
    (split.title.length < 2 && !split.writeup) ||
    !isConfidentRegion(split.regionText)
  )
    return false;
  return !titleIsPlaces(split.title, lookup);
}

/**
 * "一、北京市：东城区、西城区", "二、山西省：平遥县" and "1.河北省：石家庄市、邯郸市" label the places
 * after them with their province, whatever numbers the line: a theme is no place name, so the
 * line is no item and its places are read as the entries.
 */
function titleIsPlaces(title: string, lookup: RegionLookup): boolean {
  const inTitle = lookup.splitPrefix(title, {});
  return !!inTitle && (/[、,，]/.test(title) || inTitle.end === title.length);
}

function labelsPlaces(line: Line, bodyStart: number, lookup: RegionLookup): boolean {
  const body = line.raw.slice(bodyStart - line.start).trim();
  const split = splitItem(body, lookup, {});
  return (
    !!split.regionText &&
    !split.regionUnresolved &&
    !split.unit &&
    isConfidentRegion(split.regionText) &&
    /[:：]/.test(body.slice(0, split.titleStart)) &&
    titleIsPlaces(split.title, lookup)
  );
}

/** A heading that names a place, as the context of the items under it. */
function placeContext(name: string, lookup: RegionLookup): RegionContext | null {
  const text = name.trim();
  const hit = text ? lookup.splitPrefix(text, {}) : null;
  if (!hit || hit.end !== text.length) return null;
  return labelContext(text, {});
}

function collectRuns(doc: KeyedText, consumed: ReadonlySet<number>, lookup: RegionLookup): Hit[][] {
  const runs: Hit[][] = [];
  let current: Hit[] = [];
  let style: NumberStyle | null = null;
  let category: CategoryDraft | null = null;
  let attachment: number | null = null;
  const caseLines = bracketedCaseLines(doc.lines, consumed, lookup);
  for (const line of doc.lines) {
    if (consumed.has(line.index) || line.trimmed === '') continue;
    const label = ATTACHMENT_LABEL.exec(line.trimmed);
    if (label) {
      attachment = Number(label[1]);
      continue;
    }
    if (ATTACHMENT_ALONE.test(line.trimmed)) {
      attachment = 0;
      continue;
    }
    const n = readNumbering(line.trimmed);
    const named = attachment !== 0 || DOCUMENT_NAME.test(line.trimmed);
    if (attachment !== null && named && n?.style === 'arabic' && n.seq === attachment + 1) {
      attachment = n.seq;
      continue;
    }
    attachment = null;
    if (!n) continue;
    if (ITEM_STYLES.has(n.style) && labelsPlaces(line, line.trimmedStart + n.length, lookup))
      continue;
    if (
      !ITEM_STYLES.has(n.style) &&
      !caseLines.has(line.index) &&
      !isRegionItem(line, line.trimmedStart + n.length, lookup)
    ) {
      const cat = categoryOf(line);
      if (cat) category = cat;
      continue;
    }
    const last = current[current.length - 1];
    const restart = !last || n.style !== style || n.seq <= last.seq;
    if (restart) {
      if (current.length) runs.push(current);
      current = [];
      style = n.style;
    }
    current.push({ line, seq: n.seq, bodyStart: line.trimmedStart + n.length, category });
  }
  if (current.length) runs.push(current);
  return runs;
}

/**
 * The line right below an item when it is only a bracketed note ("1. 荆门市…双井村" over
 * "（双井西瓜）"): the item's title, carried onto the next line by the layout.
 */
function noteBelow(
  doc: KeyedText,
  hit: Hit,
  gap: Line[],
  last: boolean,
  consumed: ReadonlySet<number>,
): Line | null {
  const below = last
    ? doc.lines.slice(hit.line.index + 1).find((l) => l.trimmed !== '')
    : gap.length === 1
      ? gap[0]
      : undefined;
  if (!below || consumed.has(below.index) || readNumbering(below.trimmed)) return null;
  return isNoteLine(below.raw) ? below : null;
}

/**
 * One numbered case is a list of its own only when its layout says so: its title wraps onto a
 * subtitle or its unit stands below it in brackets (a copy cut after the first prize-winner).
 */
function loneCase(
  doc: KeyedText,
  hit: Hit,
  consumed: ReadonlySet<number>,
  lookup: RegionLookup,
): boolean {
  const body = doc.text.slice(hit.bodyStart, hit.line.end);
  const read = splitItem(body.trimEnd(), lookup, {});
  if (read.regionText && !read.regionUnresolved) return false;
  const unit = bracketedUnit(body, linesBelow(doc, hit.line.index, consumed), lookup, {});
  return !!unit && unit.lines.length > 0;
}

/** The few filled lines right below the last item, before anything numbered. */
function linesBelow(doc: KeyedText, from: number, consumed: ReadonlySet<number>): Line[] {
  const out: Line[] = [];
  for (const l of doc.lines.slice(from + 1)) {
    if (out.length >= 3 || consumed.has(l.index) || readNumbering(l.trimmed)) break;
    if (l.trimmed !== '') out.push(l);
  }
  return out;
}

function linesBetween(doc: KeyedText, from: number, to: number): Line[] {
  return doc.lines.slice(from + 1, to).filter((l) => l.trimmed !== '');
}

/** After the last item, content runs over prose lines until a non-prose line. */
function trailingProse(doc: KeyedText, from: number, consumed: ReadonlySet<number>): Line[] {
  const out: Line[] = [];
  for (let i = from + 1; i < doc.lines.length; i++) {
    const l = doc.lines[i];
    if (!l || consumed.has(l.index)) break;
    if (l.trimmed === '') continue;
    if (!isProse(l) || readNumbering(l.trimmed)) break;
    out.push(l);
  }
  return out;
}

export function detectNumberedLists(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  for (const run of collectRuns(doc, consumed, lookup)) {
    const head = run[0];
    if (!head) continue;
    const cases = casesAbove(doc.lines, head.line.index);
    if (run.length < 2 && !(cases && loneCase(doc, head, consumed, lookup))) continue;
    const gaps = run.map((hit, i) => {
      const next = run[i + 1];
      return next
        ? linesBetween(doc, hit.line.index, next.line.index)
        : trailingProse(doc, hit.line.index, consumed);
    });
    const inner = gaps.slice(0, -1);
    const withProse = inner.filter((g) => g.some(isProse)).length;
    // Write-up lists describe every item; plain lists have none, so prose there is spliced in.
    const contentStyle = inner.length > 0 && withProse / inner.length >= 0.6;
    const items: ItemDraft[] = [];
    const interleaved: NonNullable<ListDraft['interleaved']> = [];
    const lineIndexes: number[] = [];
    const categories = new Map<CategoryDraft, true>();
    run.forEach((hit, i) => {
      const body = doc.text.slice(hit.bodyStart, hit.line.end);
      // A category heading that is a place ("一、福建省（3个）") is where its items lie.
      const groupPlace = hit.category ? placeContext(hit.category.name, lookup) : null;
      const gap = gaps[i] ?? [];
      // The note below is the title only of an address that has none of its own.
      const below = noteBelow(doc, hit, gap, i === run.length - 1, consumed);
      const notedBelow = below
        ? notedAddress(`${body.trimEnd()}${below.raw.trim()}`, lookup, groupPlace ?? {})
        : null;
      const note = notedBelow ? below : null;
      const read = splitItem(body.trimEnd(), lookup, groupPlace ?? {});
      // A title with no place before it may have its unit after it, in brackets.
      const lines = i === run.length - 1 ? linesBelow(doc, hit.line.index, consumed) : gap;
      const bracketed =
        !cases || notedBelow || (read.regionText && !read.regionUnresolved)
          ? null
          : bracketedUnit(body, lines, lookup, groupPlace ?? {});
      const split =
        notedBelow ??
        notedAddress(body.trimEnd(), lookup, groupPlace ?? {}) ??
        asAddress(body, read) ??
        // A unit naming no place the lists know is said, not left placeless in silence.
        (bracketed ? { ...bracketed, regionUnresolved: !bracketed.regionText } : read);
      const prose = gap.filter((l) => isProse(l) && !bracketed?.lines.includes(l));
      let end = note?.end ?? (bracketed && bracketed.end >= 0 ? bracketed.end : hit.line.end);
      if (note) lineIndexes.push(note.index);
      for (const l of bracketed?.lines ?? []) lineIndexes.push(l.index);
      let content: string | undefined;
      if (contentStyle && prose.length) {
        content = prose.map((l) => l.raw.trim()).join('\n');
        end = prose[prose.length - 1]?.end ?? end;
        for (const l of prose) lineIndexes.push(l.index);
      } else if (!contentStyle && i < run.length - 1 && prose.length) {
        const first = prose[0];
        const last = prose[prose.length - 1];
        if (first && last) {
          interleaved.push({
            start: first.trimmedStart,
            end: last.end,
            afterSeq: hit.seq,
            beforeSeq: run[i + 1]?.seq ?? null,
          });
        }
      }
      if (hit.category) {
        categories.set(hit.category, true);
        hit.category.found++;
      }
      lineIndexes.push(hit.line.index);
      items.push({
        seq: hit.seq,
        start: hit.line.trimmedStart,
        end,
        regionText: split.regionText,
        ...(split.unit ? { unit: split.unit } : {}),
        title: split.title,
        ...(content ? { content } : {}),
        ...(hit.category ? { category: hit.category.name } : {}),
        ...(groupPlace && split.regionText && !provinceAt(toKey(split.regionText))
          ? { regionContext: groupPlace }
          : {}),
        ...(split.regionUnresolved ? { regionUnresolved: true } : {}),
        warnings: [],
      });
    });
    const bodies = run.map((hit) => doc.text.slice(hit.bodyStart, hit.line.end));
    const kept = withoutPlaceHeadings(
      cases ? placedAtCountedLead(doc, head.line.index, items, bodies, lookup) : items,
    );
    const first = kept[0];
    const last = kept[kept.length - 1];
    if (!first || !last) continue;
    lists.push({
      layout: 'numbered',
      items: kept,
      start: first.start,
      end: last.end,
      categories: [...categories.keys()],
      interleaved,
      lineIndexes,
    });
  }
  return lists;
}
