/**
 * An untitled notice has one name wherever the ledger speaks of it: the duties it closes
 * (their notes), the record's history and panel, and the undo step that imported it — its
 * issuer and date, as the notices list shows it, never the file name it came in. (A titled
 * notice's notes keep its title and date: failed-acceptance.test.ts.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLedger } from '../support/api-ledger';

const DIR = path.join(__dirname, '..', 'fixtures', 'schedule');
const FILE = '004_b7041dd861dd2b18.txt';
const NAME = '民政部办公厅 2019-09-20';

let api: Awaited<ReturnType<typeof apiLedger>>;
let zoneId: number;
beforeAll(async () => {
  api = await apiLedger();
  await api.importFile('approval.txt', readFileSync(path.join(DIR, 'three-year-approval.txt')));
  // The acceptance results without their heading line: a notice the importer finds no title in.
  const text = readFileSync(path.join(DIR, 'failed-acceptance.txt'), 'utf8');
  await api.importFile(FILE, text.split('\n').slice(1).join('\n'));
  const zone = api.db.prepare("SELECT id FROM records WHERE region_code = '320106'").get() as {
    id: number;
  };
  zoneId = zone.id;
});
afterAll(() => api.cleanup());

describe('an untitled notice’s one name', () => {
  it('is what the notices list and the undo step call it', async () => {
    const untitled = (await api.call('notices/overview', {})).find((n) => n.title === null)!;
    expect([untitled.issuer, untitled.issuedOn]).toEqual(['民政部办公厅', '2019-09-20']);
    const [step] = await api.call('history/list', { limit: 1 });
    expect(step!.summary).toContain(`《${NAME}》`);
  });

  it('names it in the note of the duty it closed, the date not said twice', () => {
    const notes = api.db
      .prepare("SELECT note FROM milestones WHERE record_id = ? AND kind = 'acceptance'")
      .all(zoneId) as { note: string }[];
    expect(notes.map((n) => n.note)).toEqual([`未通过：《${NAME}》`]);
    const all = api.db.prepare('SELECT note FROM milestones WHERE note IS NOT NULL').all() as {
      note: string;
    }[];
    expect(all.length).toBeGreaterThan(1);
    expect(all.filter((n) => n.note.includes('004_'))).toEqual([]);
  });

  it('names it in the record’s history and panel', async () => {
    const history = await api.call('records/history', { id: zoneId });
    const from = history.filter((h) => h.noticeTitle !== null).map((h) => h.noticeTitle);
    expect(from).toContain(NAME);
    expect(from.filter((t) => t!.includes('004_'))).toEqual([]);
    const panel = await api.call('records/panel', { id: zoneId });
    expect(panel.mentions.map((m) => m.noticeTitle)).toContain(NAME);
    expect(panel.sources.filter((s) => s.noticeTitle?.includes('004_'))).toEqual([]);
  });
});
