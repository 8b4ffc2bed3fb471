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
const COUNTED_BATCH = /^\s*等\s*([0-9]+|[一二三四五六七八九十百千两]+)\s*(?:个|家)/;
/**
 * The organ's act told right before the head ("决定命名", "拟确认", "同意") or right after
 * its batch ("…等30个街道（镇）被确定为“…”"): the sentence confirms a batch it names by its
 * first unit.
 */
const ACT_BEFORE = /(?:(?:拟|决定|同意)将?(?:命名|确认|认定|推荐)?|命名|确认|认定|推荐)$/;
const ACT_AFTER = /^[^。；，]{0,12}被(?:确定|确认|认定|命名|评定|评)为/;
/**
 * The act's second object, after its first one's clause closed ("确定北京市、浙江省为…试点省，
 * 天津市南开区等61个市(区)为…试点市"): the same act confirms the batch the head stands for.
 */
const SECOND_OBJECT =
  /(?:确定|确认|命名|认定)[^。；;]{2,80}?(?:为|作为)[^。；;，,、]{2,40}[，,；;]\s*$/;

function sentenceBefore(key: string, at: number): string {
  const from = Math.max(key.lastIndexOf('。', at - 1), key.lastIndexOf('\n', at - 1)) + 1;
  return key.slice(from, at);
}

/** Whether the record is a cited batch's head rather than a unit the story names. */
function isCitedHead(doc: KeyedText, record: ExtractedRecord, records: ExtractedRecord[]): boolean {
  const after = doc.key.slice(record.span.end, record.span.end + 24);
  const batch = BATCH_AFTER.exec(after);
  // "将A、B、C等单位确认为…", "A，B，C等17个单位确认为…": the last of units the story lists
  // one by one, right after the one before it, is no batch's head.
  const lead = doc.key.slice(Math.max(0, record.span.start - 4), record.span.start);
  const listed = /[，,]\s*$/.test(lead) && records.some((r) => lastBefore(doc, r, record));
  if (!batch || /、\s*$/.test(lead) || listed) return false;
  const tail = after.slice(batch[0].length);
  return CONFIRMING.test(sentenceBefore(doc.key, record.span.start)) || /^确认为/.test(tail);
}

/** Whether `r` ends right before `record`, only a separator between them. */
function lastBefore(doc: KeyedText, r: ExtractedRecord, record: ExtractedRecord): boolean {
  return (
    r.span.end < record.span.start &&
    /^\s*[，,、]\s*$/.test(doc.key.slice(r.span.end, record.span.start))
  );
}

/** Whether the record heads a batch larger than the notice's list that is being listed or confirmed. */
type HeadKind = 'cited' | 'confirmed';

/**
 * Whether the record heads a batch larger than the notice's list that is being listed or
 * confirmed: 'cited' where the words say so whoever speaks, 'confirmed' where the sentence
 * only confirms the batch (an organ's own notice may name its own list so: see below).
 */
function countedHead(
  doc: KeyedText,
  record: ExtractedRecord,
  named: number,
  news: boolean,
): HeadKind | null {
  const after = doc.key.slice(record.span.end, record.span.end + 24);
  const counted = COUNTED_BATCH.exec(after);
  if (!counted || (parseNumber(counted[1] ?? '') ?? 0) <= named) return null;
  const tail = after.slice(counted[0].length);
  const before = sentenceBefore(doc.key, record.span.start);
  if (
    // "…作出批复，同意北京市海淀区等42个县（市、区）为…，我市A、B名列其中": the act's object.
    /(拟将|决定将|同意将?|批准将?)$/.test(before) ||
    /^[^。；，]{0,12}列入/.test(tail) ||
    // A story retelling the document in its own words: "印发《…》，决定命名北京市…等999个…".
    (news && /《[^》]+》/.test(before) && CONFIRMING.test(before)) ||
    // "…评议，包括北京市西城区等154个县作为…优秀示范县": a batch told by what it includes.
    /包括$/.test(before)
  )
    return 'cited';
  return ACT_BEFORE.test(before) || SECOND_OBJECT.test(before) || ACT_AFTER.test(tail)
    ? 'confirmed'
    : null;
}

/** Where the record's sentence starts and ends (a line break or 。 closes it). */
function sentenceOf(doc: KeyedText, record: ExtractedRecord): { start: number; end: number } {
  const start = record.span.start - sentenceBefore(doc.key, record.span.start).length;
  const stop = doc.key.indexOf('。', record.span.end);
  return { start, end: stop < 0 ? doc.key.length : stop };
}

/**
 * A head named on its own in its sentence while the notice's entries are listed elsewhere
 * ("同意武汉市汉南区邓南街建新村等1809个村镇监测合格" over a numbered list of the province's
 * share): it cites the batch by its first unit, it is none of the entries listed. Other heads
 * in the same sentence do not count as its entries: a note citing two other batches by one
 * unit each ("A街道等30个街道…，B社区等100个社区被确定为…") below a list of one row stands apart too.
 */
function standsApart(
  doc: KeyedText,
  record: ExtractedRecord,
  records: ExtractedRecord[],
  heads: ReadonlySet<ExtractedRecord>,
): boolean {
  const { start, end } = sentenceOf(doc, record);
  const within = (r: ExtractedRecord): boolean => r.span.start >= start && r.span.start < end;
  const others = records.filter((r) => r !== record);
  const ownAct = others.filter((r) => within(r) && actOfItsOwn(doc, r, record));
  if (others.some((r) => within(r) && !heads.has(r) && !ownAct.includes(r))) return false;
  // "命名A为…示范省，命名B等100个县为…": the sentence names each act's object, the counted
  // one by its first unit only.
  if (ownAct.length > 0) return true;
  const outside = others.filter((r) => !within(r)).length;
  const cited = others.filter((r) => within(r) && heads.has(r)).length;
  return outside >= 2 || (outside >= 1 && cited >= 1);
}

/**
 * Whether `r`, earlier in the head's sentence, is the object of an act of its own: the clause
 * naming what it becomes (为…) closes between them ("命名山东省为全国医养结合示范省，命名…").
 */
function actOfItsOwn(doc: KeyedText, r: ExtractedRecord, head: ExtractedRecord): boolean {
  if (r.span.end > head.span.start) return false;
  // The act's object may be several units named one after another (北京市、浙江省、湖南省为…，).
  return /^(?:\s*、\s*[^、，,；;。\s]{2,12}?)*\s*(?:为|作为|成为)[^，,；;、。]{2,}[，,；;]/.test(
    doc.key.slice(r.span.end, head.span.start),
  );
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

/**
 * The notice's own share told right after the batch ("…等999个社区为…。贵州25个社区上榜",
 * "…等1809个村镇监测合格，湖北78个村镇榜上有名", "其中，云南省有16个…被命名为…"): the
 * batch is cited, the share is listed.
 */
const SHARE_AFTER =
  /其中|我(?:省|市|州|县|区)|[\u4e00-\u9fff]{2,10}?(?:共有|有)?\s*(?:[0-9]+|[一二三四五六七八九十百两]+)\s*(?:个|家)[\u4e00-\u9fff]{0,10}?(?:上榜|榜上有名|入选|入围|被命名|被认定|被确定|获评)/;
/** "等50家单位为…，…等200家单位为…": a batch counted after a unit. */
const COUNTED_ANYWHERE = /等\s*(?:[0-9]+|[一二三四五六七八九十百千两]+)\s*(?:个|家)/g;

function shareFollows(doc: KeyedText, record: ExtractedRecord): boolean {
  const after = doc.key.slice(record.span.end);
  const from = record.span.end + (COUNTED_BATCH.exec(after)?.[0].length ?? 0);
  const end = doc.key.indexOf('。', from);
  const next = end < 0 ? -1 : doc.key.indexOf('。', end + 1);
  return SHARE_AFTER.test(doc.key.slice(from, next < 0 ? doc.key.length : next));
}

/** The sentence names two batches or more, each by a unit and its count. */
function batchesSideBySide(doc: KeyedText, record: ExtractedRecord): boolean {
  const { start, end } = sentenceOf(doc, record);
  return [...doc.key.slice(start, end).matchAll(COUNTED_ANYWHERE)].length >= 2;
}

/**
 * "重新确认A区等93个城市为…，重新确认B镇等236个县城为…。名单附后。": the batches side by side
 * are the notice's own, their lists attached elsewhere; the heads are all it names of them.
 */
const LIST_ATTACHED = /名单(?:附后|见附件|详见附件)/;

function ownListsAttached(doc: KeyedText, record: ExtractedRecord): boolean {
  const { start, end } = sentenceOf(doc, record);
  return LIST_ATTACHED.test(doc.key.slice(Math.max(start, end - 10), end + 12));
}

/** "其他16家入选单位为：…", "其余4个分别是…": the list names the batch's others. */
const OTHERS = /其(?:他|余)\s*([0-9]+|[一二三四五六七八九十百千两]+)\s*(?:个|家)/g;

/**
 * "邯郸市肥乡区等17个单位被确认为…。…其他16家入选单位为：A、B、…": a local item leads with its
 * own unit as the batch's head, then lists the others, one fewer than the head counts. The head
 * is then the list's first entry, not a batch the story cites.
 */
function othersListed(doc: KeyedText, record: ExtractedRecord): boolean {
  const counted = COUNTED_BATCH.exec(doc.key.slice(record.span.end, record.span.end + 24));
  const total = counted ? parseNumber(counted[1] ?? '') : null;
  if (total === null || total < 2) return false;
  return [...doc.key.slice(record.span.end).matchAll(OTHERS)].some(
    (m) => parseNumber(m[1] ?? '') === total - 1,
  );
}

/**
 * A sentence that only confirms a batch by its first unit ("现决定命名北京市…社区等992个社区
 * 为…。") may be the organ naming its own list, whose example is an entry; it cites the batch
 * when the notice's share follows it or when it names other batches beside it (unless their
 * lists are said to be attached: then they are the notice's own).
 */
export function withoutCitedHeads(
  doc: KeyedText,
  records: ExtractedRecord[],
  news: boolean,
  provinceOf: (r: ExtractedRecord) => string | null,
): ExtractedRecord[] {
  const heads = new Set(
    records.filter((r) => {
      // "A、B、C等17个县（市、区）为…": the last of units named one by one heads no batch.
      if (records.some((o) => lastBefore(doc, o, r))) return false;
      const kind = countedHead(doc, r, records.length, news);
      return (
        kind === 'cited' ||
        (kind === 'confirmed' &&
          (shareFollows(doc, r) || (batchesSideBySide(doc, r) && !ownListsAttached(doc, r))))
      );
    }),
  );
  return records.filter(
    (r) =>
      othersListed(doc, r) ||
      (!(news && isCitedHead(doc, r, records)) &&
        !(
          heads.has(r) &&
          (foreignHead(r, records, provinceOf) || standsApart(doc, r, records, heads))
        )),
  );
}
