/**
 * "本市共有甲区乙街道丙居民区等5个社区工作法入选…。" and then, one sentence each, "近年来，
 * 甲区乙街道丙居民区立足…。丁区戊街道己居民区运用…。": a story names its counted units by
 * one example, then walks through them, the example among them. The sentences that open with
 * a unit written as fully as the example (county, township, community or village) are the
 * list's other entries — never more than the count says.
 */
import { parseNumber } from './chinese-numerals';
import { comparable, type KeyedText } from './text-key';
import type { ExtractedRecord, RegionLookup } from './types';

/** The example's count right after it ("等5个"). */
const COUNTED = /^\s*等\s*([0-9]+|[一二两三四五六七八九十]+)\s*个/;
/** A unit written from its county down to the community or village. */
const FULL_UNIT =
  /^[\u4e00-\u9fff]{1,6}?(?:区|县|市|旗)[\u4e00-\u9fff]{1,8}?(?:街道|镇|乡)[\u4e00-\u9fff]{1,10}?(?:社区|居民区|居委会|村)/;
/** A few words a sentence may open with before its subject ("近年来，", "其中，"). */
const OPENER = /^[^，。；,;\n]{1,6}[，,]/;
/** How far after the example the walk-through may go. */
const WINDOW = 1500;

function sentencesAfter(doc: KeyedText, from: number): { at: number; key: string }[] {
  const out: { at: number; key: string }[] = [];
  const end = Math.min(doc.key.length, from + WINDOW);
  let at = from;
  while (at < end) {
    let stop = doc.key.slice(at, end).search(/[。！？!?\n]/);
    if (stop < 0) stop = end - at;
    const key = doc.key.slice(at, at + stop);
    const lead = key.length - key.trimStart().length;
    out.push({ at: at + lead, key: key.trimStart() });
    at += stop + 1;
  }
  return out;
}

export function withWalkedExamples(
  doc: KeyedText,
  lookup: RegionLookup,
  records: ExtractedRecord[],
): ExtractedRecord[] {
  const example = records.length === 1 ? records[0]! : null;
  if (!example?.regionText || example.title !== '') return records;
  const counted = COUNTED.exec(doc.key.slice(example.span.end, example.span.end + 12));
  const stated = counted ? (parseNumber(counted[1] ?? '') ?? 0) : 0;
  if (stated < 2 || !FULL_UNIT.test(comparable(example.regionText))) return records;
  const sentenceEnd = doc.key.indexOf('。', example.span.end);
  if (sentenceEnd < 0) return records;
  const own = comparable(example.regionText);
  const found: ExtractedRecord[] = [];
  const seen = new Set<string>([own]);
  let walked = false;
  for (const s of sentencesAfter(doc, sentenceEnd + 1)) {
    const opener = OPENER.exec(s.key)?.[0].length ?? 0;
    const unit = FULL_UNIT.exec(s.key.slice(opener))?.[0];
    if (!unit) continue;
    const name = comparable(unit);
    if (name === own) {
      walked = true;
      continue;
    }
    if (seen.has(name) || !lookup.splitPrefix(unit, {})?.end) continue;
    seen.add(name);
    const start = s.at + opener;
    const entry: ExtractedRecord = {
      ...example,
      regionText: doc.text.slice(start, start + unit.length),
      seq: null,
      span: { start, end: start + unit.length },
      warnings: [],
    };
    // What the story tells of a unit is no content of its entry.
    delete entry.content;
    found.push(entry);
  }
  // Only a walk through the list the example stands for: it names the example again, and
  // no more units than the count.
  if (!walked || found.length === 0 || found.length + 1 > stated) return records;
  return [example, ...found];
}
