/**
 * Turns an extraction (plus resolved regions) into what the ledger stores: the notice
 * draft, one record draft per item — with the values as written kept on its mention —
 * and the rule drafts for the schedule.
 */
import type { NoticeDraft, RecordDraft, RuleDraft } from '../../../shared/ledger-drafts';
import type { ExtractedNotice } from './extract/types';
import type { ResolvedRecord } from './resolve-records';
import type { SourceDocument } from './source-document';

export function noticeDraft(
  fileName: string,
  sha256: string,
  doc: SourceDocument,
  ex: ExtractedNotice,
  extraWarnings: NoticeDraft['warnings'],
): NoticeDraft {
  const m = ex.metadata;
  return {
    file: fileName,
    sha256,
    format: doc.format,
    encoding: doc.encoding ?? null,
    rawText: doc.text,
    title: m.title,
    issuer: m.issuer,
    docNo: m.docNo,
    docNoRaw: m.docNoRaw,
    // The file's own date is never the issue date: only flagged (its warning names it).
    issuedOn: m.issuedOn,
    dateFromFile: m.issuedOn === null && m.fileDate !== null,
    kind: m.kind,
    programme: m.programme,
    role: m.role,
    batch: m.batch,
    warnings: [...ex.warnings, ...extraWarnings],
  };
}

export function recordDrafts(resolved: readonly ResolvedRecord[]): RecordDraft[] {
  return resolved.map(({ record: r, resolution: res }) => ({
    kind: r.kind,
    seq: r.seq,
    span: r.span,
    ...(r.outcome ? { outcome: r.outcome } : {}),
    ...(r.retold ? { retold: true as const } : {}),
    ...(r.statedProvince ? { statedProvince: true as const } : {}),
    ...(r.namedUnit ? { namedUnit: true as const } : {}),
    ...(r.noticeYear !== undefined ? { noticeYear: r.noticeYear } : {}),
    extracted: {
      regionText: r.regionText,
      regionContext: r.regionContext ?? null,
      unit: r.unit ?? null,
      title: r.title,
      content: r.content ?? null,
      category: r.category ?? null,
      warnings: r.warnings ?? [],
      // Its source is the reviewer, not a sentence: the record panel says so.
      ...(r.addedByHand ? { addedByHand: true } : {}),
      // Retold from an earlier batch: the mention says the notice only named it in passing.
      ...(r.retold ? { retold: true } : {}),
      // What the notice said of this unit itself: a later change of the notice's role
      // re-weighs its events from it (app/notices/reweigh-notice.ts).
      ...(r.outcome ? { outcome: r.outcome } : {}),
    },
    fields: {
      programme: r.programme,
      year: r.year,
      batch: r.batch ?? null,
      seq: r.seq,
      region_text: r.regionText,
      region_code: res?.regionCode ?? null,
      unit_code: res?.code ?? null,
      province: res?.names.province ?? r.regionContext?.province ?? null,
      city: res?.names.city ?? null,
      county: res?.names.county ?? null,
      town: res?.names.town ?? null,
      unit: r.unit ?? null,
      title: r.title,
      content: r.content ?? null,
    },
  }));
}

export function ruleDrafts(ex: ExtractedNotice): RuleDraft[] {
  return ex.rules.map((rule) => ({
    kind: rule.kind,
    text: rule.text,
    span: rule.span,
    params: rule.params,
    // A rule belongs to the programme its sentence names, else to its notice's.
    programme: rule.scope?.programme ?? ex.metadata.programme,
    batch: rule.scope ? rule.scope.batch : ex.metadata.batch,
  }));
}
