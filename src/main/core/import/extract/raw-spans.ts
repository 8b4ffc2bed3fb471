/**
 * The extractor reads a cleaned text (reading-text.ts); what it hands on must point into
 * the raw text that is stored. Every span — records, title, rules, and the offsets some
 * warnings carry — is mapped back here, in one place, so no detector has to know.
 */
import type { NoticeWarning } from '../../../../shared/domain';
import { rawSpan, type ReadingText } from './reading-text';
import type { ExtractedNotice, Span } from './types';

const OFFSET_PAIRS: [string, string][] = [
  ['start', 'end'],
  ['firstStart', 'firstStart'],
];

function mapWarning(rt: ReadingText, w: NoticeWarning): NoticeWarning {
  const out: NoticeWarning = { ...w };
  for (const [a, b] of OFFSET_PAIRS) {
    const s = out[a];
    const e = out[b];
    if (typeof s !== 'number') continue;
    const mapped = rawSpan(rt, s, typeof e === 'number' && a !== b ? e : s + 1);
    out[a] = mapped.start;
    if (a !== b && typeof e === 'number') out[b] = mapped.end;
  }
  return out;
}

export function toRawSpans(rt: ReadingText, ex: ExtractedNotice): ExtractedNotice {
  if (rt.identity) return ex;
  const span = (s: Span): Span => rawSpan(rt, s.start, s.end);
  return {
    ...ex,
    metadata: {
      ...ex.metadata,
      titleSpan: ex.metadata.titleSpan ? span(ex.metadata.titleSpan) : null,
    },
    records: ex.records.map((r) => ({
      ...r,
      span: span(r.span),
      ...(r.warnings ? { warnings: r.warnings.map((w) => mapWarning(rt, w)) } : {}),
    })),
    rules: ex.rules.map((r) => ({ ...r, span: span(r.span) })),
    warnings: ex.warnings.map((w) => mapWarning(rt, w)),
  };
}
