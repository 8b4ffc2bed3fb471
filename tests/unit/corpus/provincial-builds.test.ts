/**
 * The provincial part of the corpus of real notices (tests/fixtures/corpus/p*): every composed
 * notice builds into its file, every gold is well-formed and names a recorded source, and the
 * region strings are well-formed. Nothing here runs the importer or scores it: that is the
 * corpus script's job.
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
  .filter((f) => /^p\d+-.*\.notice\.json$/.test(f))
  .map((f) => f.replace(/\.notice\.json$/, ''))
  .sort();
const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as T;

/** Source ids recorded in the provincial sources file ("## P07 …" headings). */
const sources = new Set(
  [...readFileSync(path.join(DIR, 'SOURCES-provincial.md'), 'utf8').matchAll(/^## (P\d+)\b/gm)].map(
    (m) => m[1],
  ),
);

const ROLES = NOTICE_ROLES;
const KINDS = ['zone', 'case', 'observation', 'other'];
const code6 = /^\d{6}$/;

describe('provincial corpus', () => {
  it('has at least 20 notices, each with its gold', () => {
    expect(ids.length).toBeGreaterThanOrEqual(20);
    for (const id of ids) expect(() => read<Gold>(`${id}.gold.json`), id).not.toThrow();
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
    expect(sources.has(gold.source), `${id}: ${gold.source} is in SOURCES-provincial.md`).toBe(
      true,
    );
    expect(gold.about.length).toBeGreaterThan(20);
    const n = gold.notice;
    expect(ROLES).toContain(n.role);
    expect([...KINDS, 'none']).toContain(n.kind);
    if (n.issuedOn !== null) expect(n.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (n.statedCount !== undefined) expect(n.statedCount).toBeGreaterThan(0);
    for (const r of gold.records) {
      const at = `${id} ${r.region}`;
      expect(r.seq === null || Number.isInteger(r.seq), at).toBe(true);
      expect(KINDS, at).toContain(r.kind);
      expect(r.region.length, at).toBeGreaterThan(1);
      expect(r.code === null || code6.test(r.code), at).toBe(true);
      expect(typeof r.title, at).toBe('string');
      for (const c of r.acceptCodes ?? []) expect(c, at).toMatch(code6);
      if (r.unitCode !== undefined) {
        expect(r.unitCode, at).toMatch(/^(\d{9}|\d{12})$/);
        const parents = [r.code, ...(r.acceptCodes ?? [])].filter((c): c is string => !!c);
        // A town or village code starts with its county's (or the accepted county's) code;
        // a city without districts (嘉峪关市 620200) has its towns under 620201.
        expect(
          parents.some((c) => r.unitCode!.startsWith(c) || r.unitCode!.startsWith(c.slice(0, 4))),
          at,
        ).toBe(true);
      }
    }
    for (const rule of gold.rules ?? []) expect(rule.text.length).toBeGreaterThan(3);
    // A notice that states more entries than it lists must say so.
    if (n.statedCount !== undefined && n.statedCount > gold.records.length)
      expect(gold.warnings, id).toContain('count_mismatch');
  });

  it('keeps a corpus of at least 80 hard region strings with their sources', () => {
    const regions = read<
      {
        text: string;
        asOf: string;
        context: string;
        code: string;
        unitCode?: string;
        source: string;
      }[]
    >('regions-provincial.gold.json');
    expect(regions.length).toBeGreaterThanOrEqual(80);
    for (const r of regions) {
      expect(r.text.length, r.text).toBeGreaterThan(0);
      expect(r.asOf, r.text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof r.context, r.text).toBe('string');
      expect(r.code, r.text).toMatch(code6);
      if (r.unitCode !== undefined) expect(r.unitCode, r.text).toMatch(/^(\d{9}|\d{12})$/);
      expect(sources.has(r.source), `${r.text}: ${r.source}`).toBe(true);
    }
  });
});
