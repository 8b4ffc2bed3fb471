/**
 * The five seed notices against the team's gold extraction (../shared). Region codes
 * belong to the gazetteer and are not compared here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import type { ExtractedNotice } from '../../../src/main/core/import/extract/types';
import {
  hasShared,
  readGold,
  seedFiles,
  seedsDir,
  sharedMissingReason,
} from '../../support/shared';
import { codes, norm, txtDoc } from './helpers';
import { findWarning } from '../../../src/shared/notice-warnings';
import type { Gold } from '../../support/gold';

/**
 * Codes we add beyond the gold, each for a stated reason: 000 states 27 cases and lists
 * 23 (the brief asks for count_mismatch there; the gold lists only the numbering gap).
 */
const EXTRA_ALLOWED: Record<string, string[]> = { '000': ['count_mismatch'] };

const gold = (hasShared ? readGold() : { notices: [], records: {} }) as Gold;
const extracted = new Map<string, ExtractedNotice>();
function extracted_(file: string): ExtractedNotice {
  let n = extracted.get(file);
  if (!n) {
    n = extractNotice(txtDoc(readFileSync(path.join(seedsDir, file), 'utf8')), { fileName: file });
    extracted.set(file, n);
  }
  return n;
}

describe.skipIf(!hasShared)(`seed notices vs gold ${hasShared ? '' : sharedMissingReason}`, () => {
  it('has the five seeds', () => {
    expect(seedFiles().length).toBe(5);
  });

  for (const g of gold.notices) {
    const prefix = g.file.slice(0, 3);
    describe(g.file, () => {
      it('metadata', () => {
        const m = extracted_(g.file).metadata;
        expect(norm(m.title)).toBe(norm(g.title));
        expect(m.issuer).toBe(g.issuer);
        if (g.docNo !== undefined) expect(m.docNoRaw).toBe(g.docNo);
        if (g.issuedOn !== undefined) expect(m.issuedOn).toBe(g.issuedOn);
        expect(m.kind).toBe(g.kind);
      });

      it('warning codes', () => {
        const got = codes(extracted_(g.file));
        const want = [...new Set((g.warnings ?? []).map((w) => w.code))].sort();
        for (const code of want) expect(got).toContain(code);
        const extra = got.filter(
          (c) => !want.includes(c) && !(EXTRA_ALLOWED[prefix] ?? []).includes(c),
        );
        expect(extra).toEqual([]);
      });

      const goldRecords = Object.values(gold.records)
        .flat()
        .filter((r) => r.sources.includes(prefix));
      if (goldRecords.length) {
        it('records: kind, seq, region text, title', () => {
          const n = extracted_(g.file);
          const got = n.records.filter((r) => r.kind === goldRecords[0]?.kind);
          expect(got.map((r) => r.seq)).toEqual(goldRecords.map((r) => r.seq));
          goldRecords.forEach((want, i) => {
            const rec = got[i];
            expect(rec?.regionText && norm(rec.regionText)).toBe(norm(want.regionText));
            const truncated = rec?.warnings?.some((w) => w.code === 'truncated_item');
            // A title cut off in this notice is completed only by another notice (merging is not ours).
            if (truncated) expect(norm(want.title).startsWith(norm(rec?.title))).toBe(true);
            else expect(norm(rec?.title)).toBe(norm(want.title));
            expect(rec?.programme).toBe(want.program);
            expect(rec?.year).toBe(want.year);
          });
        });
      }

      if (g.secondaryList) {
        it('secondary list: once, as other', () => {
          const others = extracted_(g.file).records.filter((r) => r.kind === 'other');
          expect(others.map((r) => norm(r.title))).toEqual(g.secondaryList?.entries.map(norm));
        });
      }

      if (g.writeups) {
        it('write-ups', () => {
          const recs = extracted_(g.file).records;
          expect(recs.map((r) => norm(r.regionText))).toEqual(
            g.writeups?.map((w) => norm(w.regionText)),
          );
          expect(recs.map((r) => norm(r.title))).toEqual(g.writeups?.map((w) => norm(w.title)));
          expect(recs.every((r) => r.kind === 'case' && (r.content?.length ?? 0) > 100)).toBe(true);
        });
      }
    });
  }

  it('000: stated and found counts, gap 19–22, doc no flagged', () => {
    const n = extracted_(gold.notices[0]?.file ?? '');
    expect(n.warnings.find((w) => w.code === 'numbering_gap')).toMatchObject({ from: 19, to: 22 });
    expect(n.warnings.find((w) => w.code === 'truncated_item')).toMatchObject({ seq: 18 });
    expect(n.metadata.docNo).toBe('美办函〔2022〕7号');
  });

  it('001: split cell on row 4, two-year cycle', () => {
    const n = extracted_(gold.notices[1]?.file ?? '');
    expect(n.warnings.find((w) => w.code === 'split_cell')).toMatchObject({ seq: 4 });
    expect(n.rules.find((r) => r.kind === 'cycle')?.params.years).toBe(2);
    expect(n.records.every((r) => (r.content ?? '').length > 10)).toBe(true);
  });

  it('002: province inferred, masked and development-zone seqs, heading/body conflict', () => {
    const n = extracted_(gold.notices[2]?.file ?? '');
    expect(n.metadata.province).toBe('江苏省');
    expect(n.metadata.provinceInferred).toBe(true);
    expect(findWarning(n.warnings, 'masked_text')?.seqs).toEqual([6, 9]);
    expect(findWarning(n.warnings, 'nonstandard_region')?.seqs).toEqual([5, 9]);
    expect(n.warnings.find((w) => w.code === 'region_inconsistent')).toMatchObject({ seq: 10 });
    expect(n.records.every((r) => r.regionContext?.province === '江苏省')).toBe(true);
  });

  it('003: rules and no records', () => {
    const n = extracted_(gold.notices[3]?.file ?? '');
    expect(n.records).toEqual([]);
    const kinds = new Set(n.rules.map((r) => r.kind));
    for (const k of [
      'annual_deadline',
      'cycle',
      'annual_plan',
      'annual_summary',
      'final_report',
      'acceptance',
      'extension',
    ]) {
      expect(kinds).toContain(k);
    }
    expect(n.rules.find((r) => r.kind === 'annual_deadline')?.params).toMatchObject({
      month: 9,
      endOfMonth: true,
    });
    expect(n.rules.find((r) => r.kind === 'cycle')?.params.years).toBe(2);
  });

  it('spans point at the source text', () => {
    for (const file of seedFiles()) {
      const text = readFileSync(path.join(seedsDir, file), 'utf8');
      const n = extracted_(file);
      for (const r of n.records) {
        const slice = text.slice(r.span.start, r.span.end);
        expect(norm(slice)).toContain(norm(r.title).slice(0, 8));
      }
      for (const rule of n.rules)
        expect(text.slice(rule.span.start, rule.span.end)).toBe(rule.text);
    }
  });
});
