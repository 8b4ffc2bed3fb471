/**
 * What extraction found wrong with a notice or one of its items: one shape per code, so
 * readers branch on `code` and get its details typed (no string search, no casts).
 * Codes and details are part of the CLI's JSON (see the JSON contract).
 */

/** A 序号, or null where the notice gave the item none. */
type Seq = number | null;

/** Warnings about one item, summarised once per notice with the seqs of every item they hit. */
export const PER_ITEM_WARNING_CODES = [
  'masked_text',
  'nonstandard_region',
  'region_unresolved',
] as const;
export type PerItemWarningCode = (typeof PER_ITEM_WARNING_CODES)[number];

/** One per-item code: on the item itself `seq`; the notice's summary carries `seqs` instead. */
interface PerItemWarning<C extends PerItemWarningCode> {
  code: C;
  message: string;
  seq?: Seq;
  seqs?: Seq[];
  regionText?: string | null;
  /** The summary's items' places, beside `seqs`: how an item without a 序号 is found. */
  regionTexts?: (string | null)[];
}

export type NoticeWarning =
  | { code: 'numbering_gap'; message: string; from: number; to: number }
  | { code: 'count_mismatch'; message: string; stated: number; found: number; category?: string }
  | {
      code: 'interleaved_text';
      message: string;
      afterSeq: Seq;
      beforeSeq: Seq;
      start: number;
      end: number;
    }
  | { code: 'truncated_item'; message: string; seq: Seq }
  | { code: 'split_cell'; message: string; seq: Seq }
  | PerItemWarning<'masked_text'>
  | PerItemWarning<'nonstandard_region'>
  | PerItemWarning<'region_unresolved'>
  | { code: 'region_inconsistent'; message: string; seq: Seq; heading: string; body: string }
  | { code: 'mismatched_heading'; message: string; heading: string; start: number; end: number }
  | { code: 'suspicious_doc_no'; message: string; docNo: string }
  | { code: 'duplicate_passage'; message: string; firstStart: number; start: number; end: number }
  /** A notice that should list items yielded none (rules-only notices and calls excepted). */
  | { code: 'no_records'; message: string }
  /** The text states no date; the file's own date is shown, never taken as the notice's. */
  | { code: 'date_from_file'; message: string; fileDate: string }
  /** A date written that cannot be (2月30日, 13月): neither issue date nor deadline is read from it. */
  | { code: 'impossible_date'; message: string; written: string; start: number; end: number }
  /** A line announces a list but no item was read below it (an attachment not sent, a layout not read). */
  | { code: 'unread_list'; message: string; start: number; end: number }
  /** A later notice (report, acceptance, news…) names units the ledger has no record of yet. */
  | { code: 'record_without_confirmation'; message: string; seqs: Seq[] }
  /**
   * The ledger (`noticeId`) or another file of the batch (`file`) holds a notice with the
   * same 文号: the same document in another file, likely.
   */
  | { code: 'same_doc_no'; message: string; docNo: string; noticeId?: number; file?: string }
  /** Likewise without a 文号: title, issuer and date all equal. */
  | { code: 'same_title'; message: string; noticeId?: number; file?: string };

export type NoticeWarningCode = NoticeWarning['code'];

export const NOTICE_WARNING_CODES = [
  'numbering_gap',
  'count_mismatch',
  'interleaved_text',
  'truncated_item',
  'split_cell',
  ...PER_ITEM_WARNING_CODES,
  'region_inconsistent',
  'mismatched_heading',
  'suspicious_doc_no',
  'duplicate_passage',
  'no_records',
  'date_from_file',
  'impossible_date',
  'unread_list',
  'record_without_confirmation',
  'same_doc_no',
  'same_title',
] as const satisfies readonly NoticeWarningCode[];

// Every code of the union is listed above, and nothing else.
type Unlisted = Exclude<NoticeWarningCode, (typeof NOTICE_WARNING_CODES)[number]>;
const everyCodeListed: Unlisted extends never ? true : false = true;
void everyCodeListed;

export const isPerItemWarning = (
  w: NoticeWarning,
): w is Extract<NoticeWarning, { code: PerItemWarningCode }> =>
  (PER_ITEM_WARNING_CODES as readonly string[]).includes(w.code);

/** The first warning of a code, typed as that code's shape. */
export function findWarning<C extends NoticeWarningCode>(
  list: readonly NoticeWarning[],
  code: C,
): Extract<NoticeWarning, { code: C }> | undefined {
  return list.find((w): w is Extract<NoticeWarning, { code: C }> => w.code === code);
}

/** The item a warning names by 序号, if it names one. */
export function warningSeq(w: NoticeWarning): Seq | undefined {
  return 'seq' in w ? w.seq : undefined;
}

function isNoticeWarning(v: unknown): v is NoticeWarning {
  if (typeof v !== 'object' || v === null) return false;
  const code: unknown = Reflect.get(v, 'code');
  const message: unknown = Reflect.get(v, 'message');
  return (
    typeof message === 'string' &&
    typeof code === 'string' &&
    (NOTICE_WARNING_CODES as readonly string[]).includes(code)
  );
}

/** The warnings in a value read back from storage; anything not a warning of a known code is left out. */
export const noticeWarningsIn = (v: unknown): NoticeWarning[] =>
  Array.isArray(v) ? v.filter(isNoticeWarning) : [];

/** Warnings as stored (a JSON array). */
export function parseNoticeWarnings(json: string | null | undefined): NoticeWarning[] {
  if (!json) return [];
  try {
    return noticeWarningsIn(JSON.parse(json));
  } catch {
    return [];
  }
}
