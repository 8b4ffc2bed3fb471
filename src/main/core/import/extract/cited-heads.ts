/**
 * A news story retells the confirming document in its own words: "民政部发文确认北京市
 * 石景山区等31个单位为…", "民政部批复将北京市石景山区等单位确认为…". The place before
 * "等…单位" is how the document's title names the whole batch, not a unit the story reports
 * on; the units the story is about are named after it ("武汉市江岸区、宜都市入选"). Such a
 * head is dropped from a news item's records.
 */
import { parseNumber } from './chinese-numerals';
import type { KeyedText } from './text-key';
import type { ExtractedRecord } from './types';

/** "等31个单位", "等单位", "等497个单位": the head stands for a counted batch. */
const BATCH_AFTER = /^\s*等\s*(?:[0-9]+|[一二三四五六七八九十百千两]+)?\s*(?:个|家)?\s*单位/;
/** An organ's act of confirming, told before the head or right after the batch. */
const CONFIRMING = /(确认|批复|命名|认定|公布)/;
/**
 * "拟将北京市房山区佛子庄乡黑龙关村等2646个村落列入…": a head counting more entries than the
 * whole notice names, whatever the batch is made of.
 */
const COUNTED_BATCH = /^\s*等\s*([0-9]+|[一二三四五六七八九十百千两]+)\s*个/;

function sentenceBefore(key: string, at: number): string {
  const from = Math.max(key.lastIndexOf('。', at - 1), key.lastIndexOf('\n', at - 1)) + 1;
  return key.slice(from, at);
}

/** Whether the record is a cited batch's head rather than a unit the story names. */
function isCitedHead(doc: KeyedText, record: ExtractedRecord): boolean {
  const after = doc.key.slice(record.span.end, record.span.end + 24);
  const batch = BATCH_AFTER.exec(after);
  if (!batch) return false;
  const tail = after.slice(batch[0].length);
  return CONFIRMING.test(sentenceBefore(doc.key, record.span.start)) || /^确认为/.test(tail);
}

/** Whether the record heads a batch larger than the notice's list that is being listed or confirmed. */
function isCountedHead(
  doc: KeyedText,
  record: ExtractedRecord,
  named: number,
  news: boolean,
): boolean {
  const after = doc.key.slice(record.span.end, record.span.end + 24);
  const counted = COUNTED_BATCH.exec(after);
  if (!counted || (parseNumber(counted[1] ?? '') ?? 0) <= named) return false;
  const tail = after.slice(counted[0].length);
  const before = sentenceBefore(doc.key, record.span.start);
  return (
    // "…作出批复，同意北京市海淀区等42个县（市、区）为…，我市A、B名列其中": the act's object.
    /(拟将|决定将|同意将?|批准将?)$/.test(before) ||
    /^[^。；，]{0,12}列入/.test(tail) ||
    // A story retelling the document in its own words: "印发《…》，决定命名北京市…等999个…".
    (news && /《[^》]+》/.test(before) && CONFIRMING.test(before))
  );
}

/**
 * A head named on its own in its sentence while the notice's entries are listed elsewhere
 * ("同意武汉市汉南区邓南街建新村等1809个村镇监测合格" over a numbered list of the province's
 * share): it cites the batch by its first unit, it is none of the entries listed.
 */
function standsApart(doc: KeyedText, record: ExtractedRecord, records: ExtractedRecord[]): boolean {
  const from = sentenceBefore(doc.key, record.span.start).length;
  const start = record.span.start - from;
  const stop = doc.key.indexOf('。', record.span.end);
  const end = stop < 0 ? doc.key.length : stop;
  const others = records.filter((r) => r !== record);
  const inSentence = others.some((r) => r.span.start >= start && r.span.start < end);
  return !inSentence && others.length >= 2;
}

/**
 * A head in another province than every other record: a national batch's head where the
 * notice lists only its own province's or city's share ("决定将北京市…村等2666个村落列入…"
 * over 泉州's 23), whoever speaks.
 */
function foreignHead(
  record: ExtractedRecord,
  records: ExtractedRecord[],
  provinceOf: (r: ExtractedRecord) => string | null,
): boolean {
  const own = provinceOf(record);
  const others = records.filter((r) => r !== record).map(provinceOf);
  return own !== null && others.length >= 2 && others.every((p) => p !== null && p !== own);
}

export function withoutCitedHeads(
  doc: KeyedText,
  records: ExtractedRecord[],
  news: boolean,
  provinceOf: (r: ExtractedRecord) => string | null,
): ExtractedRecord[] {
  return records.filter(
    (r) =>
      !(news && isCitedHead(doc, r)) &&
      !(
        isCountedHead(doc, r, records.length, news) &&
        (foreignHead(r, records, provinceOf) || standsApart(doc, r, records))
      ),
  );
}
