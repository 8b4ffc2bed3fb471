/**
 * A field's 来历 in the record panel: where its value came from and who changed it when. The
 * status an acceptance set names that acceptance (with its sentence), and not the approval
 * that gave no status; a title edited by hand names the edit and, below it, the notice the
 * replaced title came from. Controls: a field nobody changed shows only its source, from the
 * approval; another column's edit is not told as this one's change.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fieldTrail } from '../../src/renderer/src/features/records/field-trail';
import { apiLedger } from '../support/api-ledger';

const SCHEDULE = path.join(__dirname, '..', 'fixtures', 'schedule');

let api: Awaited<ReturnType<typeof apiLedger>>;
beforeEach(async () => {
  api = await apiLedger();
});
afterEach(() => api.cleanup());

describe('a field’s 来历', () => {
  it('status: the acceptance that set it; a place: the approval it came from', async () => {
    const send = (name: string) => api.importFile(name, readFileSync(path.join(SCHEDULE, name)));
    await send('three-year-approval.txt');
    await send('failed-acceptance.txt');
    const [approval, acceptance] = api.db
      .prepare('SELECT id, title FROM notices ORDER BY id')
      .all() as { id: number; title: string }[];
    const { id } = api.db
      .prepare("SELECT id FROM records WHERE status LIKE '已验收%' LIMIT 1")
      .get() as { id: number };
    const panel = await api.call('records/panel', { id, context: 80 });
    const history = await api.call('records/history', { id });

    // The approval gave no status (（空） → 已验收): the value is the acceptance's alone, and
    // the approval is not claimed as its source (the view names a record's first notice for
    // any value it holds).
    const status = fieldTrail('status', panel, history);
    expect(status).toHaveLength(1);
    expect(status[0]!.what).toMatch(/^由（空）改为「已验收/);
    expect(status[0]!.notice?.id).toBe(acceptance!.id);
    // The acceptance names the zone: its sentence is shown.
    expect(status[0]!.sentence?.text).toBeTruthy();

    // Control: a field nobody changed has its source only.
    const region = fieldTrail('regionText', panel, history);
    expect(region).toHaveLength(1);
    expect(region[0]!.notice?.id).toBe(approval!.id);
    expect(region[0]!.what).toBe('从通知中读出');
    expect(region[0]!.sentence?.text).toBeTruthy();
  });

  it('an edit by hand: who changed it when, and where the replaced value came from', async () => {
    await api.importFile(
      'three-year-approval.txt',
      readFileSync(path.join(SCHEDULE, 'three-year-approval.txt')),
    );
    const { id, title } = api.db
      .prepare("SELECT id, title FROM records WHERE title <> '' ORDER BY id LIMIT 1")
      .get() as { id: number; title: string };
    await api.call('records/edit', { edits: [{ id, field: 'title', value: '已核对的主题' }] });
    const panel = await api.call('records/panel', { id, context: 80 });
    const history = await api.call('records/history', { id });

    const trail = fieldTrail('title', panel, history);
    expect(trail.map((s) => s.who)).toEqual(['手工修改', '导入']);
    expect(trail[0]!.what).toBe(`由「${title}」改为「已核对的主题」`);
    expect(trail[1]!.what).toBe('最初从通知读出');
    expect(trail[1]!.notice).not.toBeNull();
    // Control: the edit is the title's, not the region's.
    expect(fieldTrail('regionText', panel, history).every((s) => s.who === '导入')).toBe(true);
  });
});
