/**
 * Notices nobody on the team had seen when the extractor was written: composed in other
 * layouts, encodings and formats (tests/fixtures/unseen), built into real files at test
 * time and run through the whole pipeline (read → extract → resolve → store). The bar is
 * the product's: at least 95% of records with the right region code and title, and no
 * notice with missing or extra records.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Ledger } from '../../src/main/db/ledger';
import { importFiles } from '../../src/main/app/import/import-notices';
import { libreOffice } from '../support/fixtures/pdf-fixtures';
import { tempLedger } from '../support/temp-ledger';
import { buildNotice, loadUnseen } from '../support/unseen';
import { formatScores, scoreNotice, type NoticeScore } from '../support/unseen/score';

const BAR = 0.95;
const notices = loadUnseen(path.join(__dirname, '..', 'fixtures', 'unseen')).filter(
  // PDFs are made by LibreOffice; without it those notices cannot be built.
  (n) => n.spec.format !== 'pdf' || libreOffice !== undefined,
);

describe('unseen notices through the pipeline', () => {
  let ledger: Ledger;
  let cleanup: () => void;
  const scores: NoticeScore[] = [];

  beforeAll(async () => {
    const t = await tempLedger();
    ledger = t.ledger;
    cleanup = t.cleanup;
    for (const n of notices) {
      const file = await buildNotice(n.id, n.spec);
      // A dry run stores nothing, so one notice's records never merge into another's.
      const outcome = await importFiles(ledger, [file], { dryRun: true });
      expect(outcome.failures, n.id).toEqual([]);
      const got = [...outcome.records].sort(
        (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
      );
      scores.push(scoreNotice(n.id, n.expected.records, got));
    }
    console.log(formatScores(scores));
  }, 300_000);
  afterAll(() => cleanup?.());

  it('has at least 25 composed notices', () => {
    expect(
      loadUnseen(path.join(__dirname, '..', 'fixtures', 'unseen')).length,
    ).toBeGreaterThanOrEqual(25);
  });

  it(`gets at least ${BAR * 100}% of records right (region code and title)`, () => {
    const right = scores.reduce((a, s) => a + s.right, 0);
    const total = scores.reduce((a, s) => a + s.expected, 0);
    expect(right / total).toBeGreaterThanOrEqual(BAR);
  });

  it('finds exactly the listed records in every notice (no missing, no extra)', () => {
    const off = scores
      .filter((s) => s.missing > 0 || s.extra > 0)
      .map((s) => `${s.id}: expected ${s.expected}, got ${s.got}`);
    expect(off).toEqual([]);
  });

  it('resolves the named towns to their township codes', () => {
    const unitExpected = scores.reduce((a, s) => a + s.unitExpected, 0);
    const unitRight = scores.reduce((a, s) => a + s.unitRight, 0);
    expect(unitRight).toBe(unitExpected);
  });
});
