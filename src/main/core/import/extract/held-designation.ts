/**
 * A story about one county or district that tells the designation it holds as the frame of
 * its work: "自2021年被批准为某省首批…实验区以来，某县…", "入选国家…试点地区以来，某县…",
 * "近年来，某区以全国首批…实验区为契机，…".
 * The place is the story's one unit — a mention of the record the designation's own list made —
 * when its name reads whole as a division. Only where nothing else in the notice reads as a
 * list: a list's own units are never re-read here.
 */
import type { ListDraft } from './drafts';
import { onePlaceDraft } from './one-place-draft';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

const ZONE = '[^。；;，,]{2,30}?(?:实验区|试验区)';
const PLACE = '([\\u4e00-\\u9fff]{2,12}?(?:区|县|市|旗))';
/** A zone, or a pilot area (试点地区: cities and counties trying a reform, zones too). */
const HELD_ZONE = '[^。；;，,]{2,30}?(?:实验区|试验区|试点地区)';
/**
 * "自2021年被批准为…实验区以来，某县…", "入选国家…试点地区以来，某县…": the place that follows the
 * frame is who holds it. A place with others after it ("息烽县、修文县…") is one of several
 * telling a shared frame, no feature's one unit.
 */
const SINCE = new RegExp(
  `(?:自(?:(?:19|20)\\d{2}年)?(?:\\d{1,2}月)?(?:被)?(?:批准|确定|确认|命名|列)为|入选)(${HELD_ZONE})以来[，,]\\s*${PLACE}(?![、和与及])`,
);
/**
 * "作为全国首批7个…示范区，自2007年7月以来，某区…": a story opening on the designation its place
 * holds (a zone, a pilot area, a demonstration area), the place opening the clause after it, or
 * after one short clause of time between.
 */
const AS_HELD = new RegExp(
  `(?:^|[。；;\\n])\\s*作为([^。；;，,]{2,30}?(?:实验区|试验区|试点地区|示范区))[，,](?:[^。；;，,]{0,16}?以来[，,])?\\s*${PLACE}(?![、和与及])`,
);
/**
 * "作为某省第三批…实验区，近年来，为…，某市民政局结合…": the designation opens the sentence and the
 * place's own organ is who acts in it, clauses of time and purpose between — the place whose organ
 * that is holds the designation. Only the sentence's first place told by its organ, one organ
 * alone (an organ joined by 和 to another is several places' work). An organ directing another
 * place ("…成都市民政局指导彭州…", 督促, 帮助) is the one above it: the designation is the place
 * directed, so the organ's own place is no holder.
 */
const AS_HELD_BY_ORGAN = new RegExp(
  `(?:^|[。；;\\n])\\s*作为([^。；;，,]{2,30}?(?:实验区|试验区|试点地区))[，,](?:[^。；;]{0,80}?[，,])??\\s*${PLACE}(?=(?:民政局|人民政府|政府)(?![、和与及])(?!(?:积极|大力|持续)?(?:指导|督促|帮助|支持|协助|帮扶|带领)))`,
);

/**
 * "苏州市作为全省唯一的全国…试点城市，确定了…", "自贡作为全国首批…试点城市、…": the place opening
 * its clause, as its subject, holds the pilot or zone it is told as — written in full or short
 * (自贡 without 市), read whole as a division. Only pilots and zones (试点城市, 试点地区, 实验区):
 * an honour's title (示范城市) told so is another list's. The designation ends its phrase (or
 * is one of several, 之一; marks strewn after it, ◆■, still end it): "某区作为…试点城市的重点区"
 * is a part of another's pilot.
 */
const SUBJECT_HELD = new RegExp(
  `(?:^|[。；;，,：:\\n])\\s*([\\u4e00-\\u9fff]{2,12}?)作为([^。；;，,]{2,40}?(?:实验区|试验区|试点地区|试点城市))(?=之一|[^\\u4e00-\\u9fff]|$)`,
  'gm',
);
/**
 * "作为首批试点城市", "作为全省唯一的试点地区": the kind with only its level, batch or count before
 * it names no programme, and the page's own may be another.
 */
const BARE_KIND =
  /^(?:全国|国家级?|全省|省级|省|全市|市级|首批|第[一二三四五六七八九十0-9]+批|[0-9一二三四五六七八九十两]+个|唯一|之一|的)*(?:实验区|试验区|试点地区|试点城市)$/;

/** "…，某区以全国首批…实验区为契机": the place opening its clause holds the zone it builds on. */
const OCCASION = new RegExp(`(?:^|[，,。；;\\n])\\s*${PLACE}以(${ZONE})为契机`);

function draftAt(
  doc: KeyedText,
  lookup: RegionLookup,
  start: number,
  written: string,
): ListDraft | null {
  const hit = lookup.splitPrefix(written, {});
  if (!hit || hit.end !== written.length) return null;
  return onePlaceDraft(doc, start, start + written.length);
}

/**
 * Words telling a designation a place already holds as the frame of what it does ("自…被批准为
 * …实验区以来", "某区以…实验区为契机", "某县成为…实验区后"): a story looking back, no act of
 * confirming the place.
 */
const HELD_FRAME = new RegExp(
  `自[^。；;]{0,20}?(?:被)?(?:批准|确定|确认|命名|列)为${ZONE}以来|[区县市旗]以${ZONE}为契机|[区县市旗]成为${ZONE}(?:之?后|以来)`,
);

export function tellsHeldDesignation(key: string): boolean {
  return HELD_FRAME.test(key) || heldBySubject(key);
}

/** "苏州市作为全省唯一的全国…试点城市，…": a place's pilot told as what it is, no act on it. */
function heldBySubject(key: string): boolean {
  for (const m of key.matchAll(SUBJECT_HELD)) if (!BARE_KIND.test(m[2]!)) return true;
  return false;
}

export function detectHeldDesignation(doc: KeyedText, lookup: RegionLookup): ListDraft[] {
  const since = SINCE.exec(doc.key);
  if (since?.[1] && since[2]) {
    const start = since.index + since[0].length - since[2].length;
    const d = draftAt(doc, lookup, start, since[2]);
    if (d) return [d];
  }
  const held = AS_HELD.exec(doc.key);
  if (held?.[1] && held[2]) {
    const start = held.index + held[0].length - held[2].length;
    const d = draftAt(doc, lookup, start, held[2]);
    if (d) return [d];
  }
  const byOrgan = AS_HELD_BY_ORGAN.exec(doc.key);
  if (byOrgan?.[1] && byOrgan[2] && !BARE_KIND.test(byOrgan[1])) {
    const start = byOrgan.index + byOrgan[0].length - byOrgan[2].length;
    const d = draftAt(doc, lookup, start, byOrgan[2]);
    if (d) return [d];
  }
  for (const subject of doc.key.matchAll(SUBJECT_HELD)) {
    if (BARE_KIND.test(subject[2]!)) continue;
    const start = subject.index + subject[0].indexOf(subject[1]! + '作为');
    const d = draftAt(doc, lookup, start, subject[1]!);
    // The designation is the programme and kind the place is told in (the page may be about
    // something else: a conference, a centre opening).
    if (d) return [{ ...d, phrase: subject[2]! }];
  }
  const occasion = OCCASION.exec(doc.key);
  if (occasion?.[1] && occasion[2]) {
    const start = occasion.index + occasion[0].indexOf(occasion[1] + '以');
    const d = draftAt(doc, lookup, start, occasion[1]);
    if (d) return [d];
  }
  return [];
}
