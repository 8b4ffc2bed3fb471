/**
 * A join weighs each field's stored source against the new notice; the order between two
 * notices of equal rank and date (the tie-break) hashes a stored notice's whole text, so it
 * is worked out only when a field's sources are such equals — never for a later notice of
 * another rank or date. Composed notices: a confirmation and a later acceptance sheet, and
 * the confirmation saved again as a second file of the same date.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { storedTieBreak } from '../../src/main/app/records/notice-tie-break';
import { importedLedgers } from '../support/imported-ledger';
import { textFile } from '../support/text-file';

vi.mock('../../src/main/app/records/notice-tie-break', async (original) => {
  const real = await original<typeof import('../../src/main/app/records/notice-tie-break')>();
  return { ...real, storedTieBreak: vi.fn(real.storedTieBreak) };
});

const CONFIRMATION = [
  '民政部关于确认第三批全国村务协商创新实验县（市、区）的通知',
  '江西省民政厅：',
  '经研究，确认瑞金市、于都县、兴国县为第三批全国村务协商创新实验县（市、区）。',
  '民政部',
  '2021年4月2日',
];
const ACCEPTANCE = textFile('acceptance.txt', [
  '全国村务协商创新实验县验收结果',
  '江西省民政厅　2024年5月10日',
  '序号\t县（市、区）\t验收结论',
  '1\t瑞金市\t合格',
  '2\t于都县\t优秀',
]);

const mentions = (db: import('better-sqlite3').Database) =>
  (db.prepare('SELECT count(*) AS n FROM mentions WHERE joined = 1').get() as { n: number }).n;

describe('the stored tie-break of a joined record’s sources', () => {
  const ledgerOf = importedLedgers();
  beforeEach(() => {
    vi.mocked(storedTieBreak).mockClear();
  });

  it('is not worked out for a later notice of another rank and date', async () => {
    const db = await ledgerOf([textFile('confirmation.txt', CONFIRMATION), ACCEPTANCE]);
    expect(mentions(db)).toBe(2); // both counties of the sheet joined, their fields weighed
    expect(storedTieBreak).not.toHaveBeenCalled();
  });

  it('is worked out between two notices of the same rank and date', async () => {
    const db = await ledgerOf([
      textFile('confirmation.txt', CONFIRMATION),
      textFile('confirmation-copy.txt', [`${CONFIRMATION[0]}（公开版）`, ...CONFIRMATION.slice(1)]),
    ]);
    expect(mentions(db)).toBe(3);
    // the copy's fields weighed against the first file's, equals of one date
    expect(storedTieBreak).toHaveBeenCalled();
  });
});
