/**
 * A grade an inspection gives with a term to put things right ("某某等9处风景名胜区为不达标等级，
 * 予以通报批评，并责令限期整改"): the check of how a unit is kept, which it stays in while it mends,
 * is no review of its programme's life, and failing it is no failed acceptance. Only where the
 * sentence names no review (验收, 评估, 考核, 复核…): "验收不合格的，限期整改" is still a failed
 * acceptance, whose re-acceptance the schedule keeps (re-acceptance.ts).
 */
import type { KeyedText } from './text-key';
import type { ExtractedRecord } from './types';

const RECTIFY = /限期整改|责令整改|通报批评/;
const REVIEW = /验收|评估|考核|复核|复查|认定|评定|评审/;
const SENTENCE_END = /[。！？!?\n]/;

/** Whether the words order rectification after a check that is no review. */
export function rectifiedOnly(text: string): boolean {
  return RECTIFY.test(text) && !REVIEW.test(text);
}

/** The sentence of the key around `at`. */
function sentenceAt(key: string, at: number): string {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(key[start - 1]!)) start--;
  let end = at;
  while (end < key.length && !SENTENCE_END.test(key[end]!)) end++;
  return key.slice(start, end);
}

/** The records with no failed acceptance where their sentence tells an inspection's grade. */
export function withoutInspectionFails(
  doc: KeyedText,
  records: ExtractedRecord[],
): ExtractedRecord[] {
  return records.map((r) => {
    if (r.outcome?.status !== '未通过') return r;
    if (!rectifiedOnly(sentenceAt(doc.key, r.span.start))) return r;
    const { outcome: _inspected, ...rest } = r;
    return rest;
  });
}
