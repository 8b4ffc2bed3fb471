/**
 * A grade an inspection gives with a term to put things right ("某某等9处风景名胜区为不达标等级，
 * 予以通报批评，并责令限期整改"): the check of how a unit is kept, which it stays in while it mends,
 * is no review of its programme's life, and failing it is no failed acceptance. Only a grade
 * (不达标, 不合格) and only where the notice names no review (验收, 评估, 考核, 复核…) anywhere:
 * "验收不合格的，限期整改" is still a failed acceptance, whose re-acceptance the schedule keeps
 * (re-acceptance.ts), and so is "组织了验收。…A、B不达标，责令限期整改", the review told a sentence
 * earlier. A decision withheld (暂缓命名，限期整改) fails whatever the check was.
 */
import { sentenceAt } from './sentence-at';
import type { KeyedText } from './text-key';
import type { ExtractedRecord } from './types';

const RECTIFY = /限期整改|责令整改|通报批评/;
const REVIEW = /验收|评估|考核|复核|复查|认定|评定|评审/;
/** A grade failed, the one kind of fail an inspection gives. */
const GRADE_FAILED = /不达标|不合格/;
/** A decision withheld or refused: a fail of the programme itself, rectified or not. */
const WITHHELD = /暂缓|未能?通过|不予/;

/** Whether the words grade a unit failed and order it to rectify, naming no review. */
function rectifiedOnly(text: string): boolean {
  return (
    RECTIFY.test(text) && GRADE_FAILED.test(text) && !WITHHELD.test(text) && !REVIEW.test(text)
  );
}

/** The records with no failed acceptance where their sentence tells an inspection's grade. */
export function withoutInspectionFails(
  doc: KeyedText,
  records: ExtractedRecord[],
): ExtractedRecord[] {
  if (REVIEW.test(doc.key)) return records;
  return records.map((r) => {
    if (r.outcome?.status !== '未通过') return r;
    if (!rectifiedOnly(sentenceAt(doc.key, r.span.start).text)) return r;
    const { outcome: _inspected, ...rest } = r;
    return rest;
  });
}
