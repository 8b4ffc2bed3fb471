/**
 * Generated records as the importer hands them to the ledger: notices of N records, each
 * rendered as real notice text (kept as raw_text, as the import does), with NoticeDraft and
 * RecordDraft values for writeImport. Used by the write benchmark and by ledger tests.
 */
import { createHash } from 'node:crypto';
import type { NoticeDraft, RecordDraft } from '../../../src/main/db/write/import-rows';
import type { GeneratedRecord } from './ledger';
import { NOTICE_LAYOUTS, makeNoticeMeta, renderNotice, type GeneratedNotice } from './notices';
import { createRng } from './prng';

export interface ImportBatch {
  notice: NoticeDraft;
  records: RecordDraft[];
  rendered: GeneratedNotice;
  /** indexes into the records passed in, in list order */
  recordIndexes: number[];
}

export function toImportBatches(
  records: readonly GeneratedRecord[],
  opts: { seed: number; perNotice: number },
): ImportBatch[] {
  const rng = createRng(opts.seed).fork('notices');
  // one programme per notice, as real notices are; stable, so the order stays seeded
  const order = records.map((_, i) => i).sort((a, b) => cmp(records[a]!, records[b]!) || a - b);
  const batches: ImportBatch[] = [];
  let start = 0;
  while (start < order.length) {
    const first = records[order[start]!]!;
    let end = start;
    while (
      end < order.length &&
      end - start < opts.perNotice &&
      sameProgramme(records[order[end]!]!, first)
    )
      end++;
    const idx = order.slice(start, end);
    const recs = idx.map((i) => records[i]!);
    const layout = NOTICE_LAYOUTS[batches.length % NOTICE_LAYOUTS.length]!;
    const rendered = renderNotice(recs, makeNoticeMeta(rng, first), layout);
    batches.push({
      notice: noticeDraft(rendered, batches.length),
      records: recs.map((r, i) => recordDraft(r, rendered, i)),
      rendered,
      recordIndexes: idx,
    });
    start = end;
  }
  return batches;
}

const programmeKey = (r: GeneratedRecord): string =>
  `${r.kind}|${r.programme}|${r.year}|${r.batch ?? ''}`;
const cmp = (a: GeneratedRecord, b: GeneratedRecord): number =>
  programmeKey(a).localeCompare(programmeKey(b));
const sameProgramme = (a: GeneratedRecord, b: GeneratedRecord): boolean =>
  programmeKey(a) === programmeKey(b);

function noticeDraft(n: GeneratedNotice, i: number): NoticeDraft {
  return {
    file: `generated-${String(i).padStart(5, '0')}.txt`,
    sha256: createHash('sha256').update(n.text).digest('hex'),
    format: 'text',
    encoding: 'utf-8',
    rawText: n.text,
    title: n.meta.title,
    issuer: n.meta.issuer,
    docNo: n.meta.docNo,
    docNoRaw: n.meta.docNo,
    issuedOn: n.meta.issuedOn,
    kind: 'list',
    programme: null,
    warnings: [],
  };
}

function recordDraft(r: GeneratedRecord, n: GeneratedNotice, i: number): RecordDraft {
  const item = n.items[i]!;
  return {
    kind: r.kind,
    seq: item.seq,
    span: { start: item.start, end: item.end },
    extracted: { region: r.regionText, title: r.title },
    fields: {
      programme: r.programme,
      year: r.year,
      batch: r.batch,
      seq: item.seq,
      region_text: r.regionText,
      region_code: r.regionCode,
      unit_code: r.unitCode,
      province: r.province,
      city: r.city,
      county: r.county,
      town: r.town,
      title: r.title,
      content: r.content,
    },
  };
}
