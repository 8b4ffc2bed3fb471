/**
 * The extractor reads a cleaned text (reading-text.ts); what it hands on must point into
 * the raw text that is stored. Every span — records, title, rules, and the offsets some
 * warnings carry — is mapped back here, in one place, so no detector has to know.
 */
import type { NoticeWarning } from '../../../../shared/domain';
import { rawSpan, type ReadingText } from './reading-text';
import type { ExtractedNotice, Span } from './types';

/** Warnings that carry offsets into the text: each mapped to the raw text's offsets. */
function mapWarning(rt: ReadingText, w: NoticeWarning): NoticeWarning {
  if (w.code === 'duplicate_passage') {
    const span = rawSpan(rt, w.start, w.end);
    return { ...w, ...span, firstStart: rawSpan(rt, w.firstStart, w.firstStart + 1).start };
  }
  if ('start' in w && 'end' in w) return { ...w, ...rawSpan(rt, w.start, w.end) };
  return w;
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
