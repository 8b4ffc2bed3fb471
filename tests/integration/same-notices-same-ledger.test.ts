/**
 * The same notices imported into fresh ledgers give the same ledger, table by table: however
 * the files were saved (a Word or PDF file carries the time it was written, a text file its
 * encoding), one at a time or as one batch read by the import worker.
 *
 * Two notices of equal authority and date that word a unit's theme differently are decided
 * by a tie-break; it was the file's hash, so the same notice saved again could flip which
 * wording the ledger kept (and whose the record's provenance was). It is now the hash of
 * the notice's text first.
 */
import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { importFiles, type ImportFile } from '../../src/main/app/import/import-notices';
import { ImportWorker } from '../../src/main/app/import/import-worker';
import { CALENDAR_NAMESPACE_KEY } from '../../src/main/db/migrations/0004-calendar-namespace';
import { tempLedger } from '../support/temp-ledger';

const confirmation = (themes: readonly string[]) =>
  `民政部关于确认第五批全国社区治理和服务创新实验区的通知
民函〔2020〕12号
各省、自治区、直辖市民政厅（局）：
经研究，确认以下3个单位为第五批全国社区治理和服务创新实验区，实验时间为2020年5月至2023年5月。
1. 河北省石家庄市长安区：${themes[0]}
2. 山西省大同市平城区：${themes[1]}
3. 吉林省四平市铁西区：${themes[2]}
民政部
2020年5月8日
`;

/** The same list, dated the same day, its themes worded a little differently. */
const FIRST = confirmation([
  '探索楼栋议事，提升居民自治水平',
  '建设邻里驿站，完善社区服务体系',
  '推行网格联户，健全基层治理机制',
]);
const SECOND = confirmation([
  '探索楼栋议事，提升居民自治能力',
  '建设邻里驿站，完善社区服务网络',
  '推行网格联户，健全基层治理格局',
]);

const utf8 = (text: string) => new Uint8Array(Buffer.from(text));
const utf8Bom = (text: string) => new Uint8Array(Buffer.from(`\ufeff${text}`));
const utf16 = (text: string) => new Uint8Array(iconv.encode(text, 'utf16-le', { addBOM: true }));
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Every table, its rows in one order. Left out, each because it is meant to differ: the times
 * rows were written (…_at, and logged in the change log), a file's hash and encoding (how it was saved: the point of the
 * first test), the calendar namespace (random per ledger, so two ledgers' feeds never share
 * an id), and the search index's own storage (its rows are compared through records_fts).
 */
const TIME = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g;

function tables(db: Database.Database): Record<string, unknown[]> {
  const names = (
    db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table'
            AND name NOT LIKE 'records_fts_%' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
      .all() as { name: string }[]
  ).map((t) => t.name);
  const out: Record<string, unknown[]> = {};
  for (const name of names) {
    const rowid = name === 'records_fts' ? 'rowid AS rowid_, ' : '';
    out[name] = (db.prepare(`SELECT ${rowid}* FROM "${name}" ORDER BY 1`).all() as object[])
      .filter((r) => !(name === 'settings' && 'key' in r && r.key === CALENDAR_NAMESPACE_KEY))
      .map((r) =>
        Object.fromEntries(
          Object.entries(r)
            .filter(
              ([k]) =>
                !/(^|_)at$/.test(k) && !(name === 'notices' && /^(sha256|encoding)$/.test(k)),
            )
            .map(([k, v]) => [k, typeof v === 'string' ? v.replace(TIME, '<time>') : v]),
        ),
      )
      .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
  }
  return out;
}

describe('the same notices imported twice', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  async function ledgerOf(
    files: readonly ImportFile[][],
    prepare?: ImportWorker['prepare'],
  ): Promise<Record<string, unknown[]>> {
    const t = await tempLedger();
    cleanups.push(t.cleanup);
    for (const batch of files) {
      const out = await importFiles(t.ledger, batch, prepare ? { prepare } : {});
      expect(out.failures).toEqual([]);
    }
    return tables(t.ledger.db);
  }

  it('give the same ledger however the first notice was saved', async () => {
    const second = { name: '转发.txt', bytes: utf16(SECOND) };
    const saved = [utf8(FIRST), utf8Bom(FIRST)];
    // The two copies' file hashes lie either side of the other notice's: ordered by file
    // hash, each copy would keep a different wording.
    const [a, b] = saved.map((bytes) => sha(bytes) < sha(second.bytes));
    expect(a).not.toBe(b);
    const [one, two] = await Promise.all(
      saved.map((bytes) => ledgerOf([[{ name: '通知.txt', bytes }, second]])),
    );
    for (const name of Object.keys(one!)) expect(two![name], name).toEqual(one![name]);
    // The two notices were joined: three records, each named by both, its theme one of them.
    expect(one!.records).toHaveLength(3);
    expect(one!.mentions).toHaveLength(6);
  }, 60_000);

  it('give the same ledger one file at a time or as one batch read by the worker', async () => {
    const files = [
      { name: '通知.txt', bytes: utf8(FIRST) },
      { name: '转发.txt', bytes: utf16(SECOND) },
    ];
    const worker = new ImportWorker();
    cleanups.push(() => void worker.close());
    const single = await ledgerOf(files.map((f) => [f]));
    const batch = await ledgerOf([files], worker.prepare);
    for (const name of Object.keys(single)) expect(batch[name], name).toEqual(single[name]);
  }, 120_000);
});
