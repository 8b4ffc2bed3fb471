/**
 * Reading a notice flags a place it cannot read as a division (a county in traditional
 * characters or miswritten by a character, one written without its city); the gazetteer,
 * asked a step later with the notice's date and province, often places it after all. That
 * warning is then answered by the importer itself: kept as "无法识别", it asks staff to find
 * a place whose code is already filled in, and warnings that are not true teach them to stop
 * reading warnings. So an answered place loses its warning, except where the answer is a
 * guess (a name one character away): that one says what it was taken for, to be checked,
 * since the gazetteer's note saying so is shown nowhere else. A place nothing could place
 * keeps its warning.
 */
import type { NoticeWarning } from '../../../shared/domain';
import { NEAR_NAME } from '../gazetteer';
import { regionReference } from './item-reference';
import { summaryMessage } from './extract/merge-warnings';
import type { ExtractedNotice, ExtractedRecord } from './extract/types';
import type { ResolvedRecord } from './resolve-records';

interface Item {
  seq: number | null;
  regionText: string | null;
}

const isUnresolvedPlace = (w: NoticeWarning) => w.code === 'region_unresolved';

const placeName = (r: ResolvedRecord) => {
  const n = r.resolution?.names;
  return n ? [n.province, n.city, n.county].filter(Boolean).join('') : '';
};

/** A guessed place's warning, saying what the importer took it for. */
function guessWarning(it: Item, r: ResolvedRecord): NoticeWarning {
  return {
    code: 'region_unresolved',
    message: `${regionReference(it)}与区划名称不完全一致，已按近似名认定为${placeName(r)}（${r.resolution?.regionCode ?? ''}），请核对`,
    seq: it.seq,
    regionText: it.regionText,
  };
}

/** The notice's warnings and its records, without the unresolved-place warnings answered since. */
export function withoutAnsweredWarnings(
  notice: ExtractedNotice,
  resolved: readonly ResolvedRecord[],
): { notice: ExtractedNotice; resolved: ResolvedRecord[] } {
  const placed = resolved.filter((r) => r.resolution?.regionCode);
  const unplaced = resolved.filter((r) => r.record.regionText && !r.resolution?.regionCode);
  const sameItem = (it: Item, r: ExtractedRecord) =>
    r.regionText === it.regionText && (it.seq === null || it.seq === r.seq);
  // Answered: some record of that place (and 序号) got a code, and none of them is still without.
  const answerOf = (it: Item) =>
    it.regionText !== null && !unplaced.some((r) => sameItem(it, r.record))
      ? placed.find((r) => sameItem(it, r.record))
      : undefined;
  const guessed = (r: ResolvedRecord) => r.resolution?.note.includes(NEAR_NAME) ?? false;
  const warnings = notice.warnings.flatMap((w): NoticeWarning[] => {
    if (w.code !== 'region_unresolved') return [w];
    const items: Item[] = w.seqs
      ? w.seqs.map((seq, i) => ({ seq, regionText: w.regionTexts?.[i] ?? null }))
      : [{ seq: w.seq ?? null, regionText: w.regionText ?? null }];
    const open = items.filter((it) => !answerOf(it));
    if (open.length === items.length) return [w];
    const guesses = items.flatMap((it) => {
      const r = answerOf(it);
      return r && guessed(r) ? [guessWarning(it, r)] : [];
    });
    const [only] = open;
    const stillOpen: NoticeWarning[] =
      open.length === 0
        ? []
        : [
            {
              ...w,
              message:
                open.length === 1 && only
                  ? `${regionReference(only)}无法识别为行政区划`
                  : summaryMessage('region_unresolved', open),
              seqs: open.map((it) => it.seq),
              regionTexts: open.map((it) => it.regionText),
            },
          ];
    return [...stillOpen, ...guesses];
  });
  return {
    notice: { ...notice, warnings },
    // The record's own copy of the warning goes the same way.
    resolved: resolved.map((r): ResolvedRecord => {
      const own = r.record.warnings;
      if (!r.resolution?.regionCode || !own?.some(isUnresolvedPlace)) return r;
      const item = { seq: r.record.seq, regionText: r.record.regionText };
      const kept = own.filter((w) => !isUnresolvedPlace(w));
      return {
        ...r,
        record: { ...r.record, warnings: guessed(r) ? [...kept, guessWarning(item, r)] : kept },
      };
    }),
  };
}
