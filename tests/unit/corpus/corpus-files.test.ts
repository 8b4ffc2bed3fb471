/**
 * The corpus of real notices is well-formed: every composed notice has its gold, every gold
 * names a source listed in a SOURCES file, every record says where and what it is, and codes
 * are GB/T 2260 shaped. It never runs the importer and asserts no score (that is npm run
 * corpus's job).
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus, loadRegionCases, loadSourceIds } from '../../support/corpus/load';
import { FORMATS } from '../../support/unseen/spec';

const notices = loadCorpus();
const sources = loadSourceIds();
const SIX = /^\d{6}$/;

describe('corpus files', () => {
  it('has at least 20 corpus notices (n*)', () => {
    expect(notices.filter((n) => /^n\d/.test(n.id)).length).toBeGreaterThanOrEqual(20);
  });

  it('gives every notice a gold file', () => {
    expect(notices.filter((n) => !n.gold).map((n) => n.id)).toEqual([]);
  });

  it('builds every notice from a known format with a title string and blocks', () => {
    const bad = notices.filter(
      (n) =>
        !FORMATS.includes(n.spec.format) ||
        typeof n.spec.title !== 'string' ||
        !Array.isArray(n.spec.blocks) ||
        n.spec.blocks.length === 0,
    );
    expect(bad.map((n) => n.id)).toEqual([]);
  });

  it('names a source listed in a SOURCES file in every gold', () => {
    const bad = notices.filter((n) => n.gold && !sources.has(n.gold.source));
    expect(bad.map((n) => `${n.id}: ${n.gold?.source}`)).toEqual([]);
  });

  it('labels every record with seq, kind, region, code and title; codes are 6 digits or null', () => {
    const problems: string[] = [];
    for (const n of notices) {
      n.gold?.records.forEach((r, i) => {
        const where = `${n.id} #${i + 1}`;
        if (!('seq' in r) || (r.seq !== null && !Number.isInteger(r.seq)))
          problems.push(`${where} seq`);
        if (!['zone', 'case', 'observation', 'other'].includes(r.kind))
          problems.push(`${where} kind`);
        // A unit with no place (a national social organisation) is written "" and coded null.
        if (typeof r.region !== 'string' || (!r.region && r.code !== null))
          problems.push(`${where} region`);
        if (!('code' in r) || (r.code !== null && !SIX.test(r.code)))
          problems.push(`${where} code`);
        if (typeof r.title !== 'string') problems.push(`${where} title`);
        if (r.unitCode !== undefined && !/^\d{9}(\d{3})?$/.test(r.unitCode))
          problems.push(`${where} unitCode`);
        if ((r.acceptCodes ?? []).some((c) => !SIX.test(c))) problems.push(`${where} acceptCodes`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('states the notice metadata in every gold (null where the notice gives none)', () => {
    const bad = notices.filter((n) => {
      const m = n.gold?.notice;
      return (
        !m ||
        !('title' in m && 'issuer' in m && 'docNo' in m && 'issuedOn' in m) ||
        (m.issuedOn !== null && !/^\d{4}-\d\d-\d\d$/.test(m.issuedOn))
      );
    });
    expect(bad.map((n) => n.id)).toEqual([]);
  });

  it('gives every hard region string a date, a context, a 6-digit code or null, and a listed source', () => {
    const cases = loadRegionCases();
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const bad = cases.filter(
      (c) =>
        typeof c.text !== 'string' ||
        !/^\d{4}-\d\d-\d\d$/.test(c.asOf) ||
        typeof c.context !== 'string' ||
        (c.code !== null && !SIX.test(c.code)) ||
        !sources.has(c.source),
    );
    expect(bad.map((c) => `${c.file}: ${c.text}`)).toEqual([]);
  });
});
