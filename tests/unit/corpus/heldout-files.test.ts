/**
 * The held-out part of the corpus of real notices (tests/fixtures/corpus/q*): every composed
 * notice builds into its file, every gold is well-formed and names a source recorded in
 * SOURCES-heldout.md, and the held-out region strings are well-formed. Nothing here runs the
 * importer or scores it: that is the corpus script's job.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { libreOffice } from '../../support/fixtures/pdf-fixtures';
import { buildNotice } from '../../support/unseen';
import type { NoticeSpec } from '../../support/unseen/spec';
import type { Gold } from '../../support/corpus/load';
import { NOTICE_ROLES } from '../../../src/shared/notice-roles';

const DIR = path.join(__dirname, '..', '..', 'fixtures', 'corpus');
const ids = readdirSync(DIR)
  .filter((f) => /^q\d+-.*\.notice\.json$/.test(f))
  .map((f) => f.replace(/\.notice\.json$/, ''))
  .sort();
const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as T;

/** Source ids of the held-out sources file: the first cell of each table row (Q01 …). */
const sources = new Set(
  [
    ...readFileSync(path.join(DIR, 'SOURCES-heldout.md'), 'utf8').matchAll(/^\|\s*(Q\d+)\s*\|/gm),
  ].map((m) => m[1]),
);

const ROLES = NOTICE_ROLES;
const KINDS = ['zone', 'case', 'observation', 'other'];
const STATUSES = ['实验中', '已验收', '未通过', '已撤销', '已延期'];
const code6 = /^\d{6}$/;

describe('held-out corpus', () => {
  it('has at least 20 notices, each with its gold', () => {
    expect(ids.length).toBeGreaterThanOrEqual(20);
    for (const id of ids) expect(() => read<Gold>(`${id}.gold.json`), id).not.toThrow();
  });

  it('uses sources of its own, none shared with the national or provincial lists', () => {
    const others = readdirSync(DIR)
      .filter((f) => /^SOURCES-(national|provincial)\.md$/.test(f))
      .map((f) => readFileSync(path.join(DIR, f), 'utf8'))
      .join('\n');
    const own = readFileSync(path.join(DIR, 'SOURCES-heldout.md'), 'utf8');
    const urls = [...own.matchAll(/^\|\s*Q\d+\s*\|\s*(\S+)\s*\|/gm)].map((m) => m[1] as string);
    expect(urls.length).toBe(sources.size);
    expect(urls.filter((u) => others.includes(u))).toEqual([]);
  });

  it.each(ids)(
    '%s builds into its file',
    async (id) => {
      const spec = read<NoticeSpec>(`${id}.notice.json`);
      // PDFs are made by LibreOffice; without it they cannot be built.
      if (spec.format === 'pdf' && !libreOffice) return;
      const file = await buildNotice(id, spec);
      expect(file.name).toBe(`${id}.${spec.format}`);
      expect(file.bytes.length).toBeGreaterThan(200);
    },
    120_000,
  );

  it.each(ids)('%s has a well-formed gold', (id) => {
    const gold = read<Gold>(`${id}.gold.json`);
    expect(sources.has(gold.source), `${id}: ${gold.source} is in SOURCES-heldout.md`).toBe(true);
    expect(gold.about.length).toBeGreaterThan(20);
    const n = gold.notice;
    expect(ROLES).toContain(n.role);
    expect([...KINDS, 'none']).toContain(n.kind);
    if (n.issuedOn !== null) expect(n.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (n.statedCount !== undefined) expect(n.statedCount).toBeGreaterThan(0);
    // A notice without a list has no kind of record; one with records says which kind.
    if (n.kind === 'none') expect(gold.records).toEqual([]);
    for (const r of gold.records) {
      const at = `${id} ${r.region}`;
      expect(r.seq === null || Number.isInteger(r.seq), at).toBe(true);
      expect(KINDS, at).toContain(r.kind);
      expect(r.region.length, at).toBeGreaterThan(1);
      expect(r.code === null || code6.test(r.code), at).toBe(true);
      expect(typeof r.title, at).toBe('string');
      if (r.status !== undefined) expect(STATUSES, at).toContain(r.status);
      for (const c of r.acceptCodes ?? []) expect(c, at).toMatch(code6);
      if (r.unitCode !== undefined) {
        expect(r.unitCode, at).toMatch(/^(\d{9}|\d{12})$/);
        const parents = [r.code, ...(r.acceptCodes ?? [])].filter((c): c is string => !!c);
        expect(
          parents.some((c) => r.unitCode!.startsWith(c)),
          at,
        ).toBe(true);
      }
    }
    for (const rule of gold.rules ?? []) expect(rule.text.length).toBeGreaterThan(3);
    // A notice that states more entries than it lists must say so.
    if (n.statedCount !== undefined && n.statedCount > gold.records.length)
      expect(gold.warnings, id).toContain('count_mismatch');
  });

  it('keeps its hard region strings with dates, contexts, codes and recorded sources', () => {
    const regions = read<
      {
        text: string;
        asOf: string;
        context: string;
        code: string;
        unitCode?: string;
        source: string;
      }[]
    >('regions-heldout.gold.json');
    expect(regions.length).toBeGreaterThanOrEqual(30);
    for (const r of regions) {
      expect(r.text.length, r.text).toBeGreaterThan(0);
      expect(r.asOf, r.text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof r.context, r.text).toBe('string');
      expect(r.code, r.text).toMatch(code6);
      if (r.unitCode !== undefined) {
        expect(r.unitCode, r.text).toMatch(/^(\d{9}|\d{12})$/);
        expect(r.unitCode.startsWith(r.code), r.text).toBe(true);
      }
      expect(sources.has(r.source), `${r.text}: ${r.source}`).toBe(true);
    }
  });
});
