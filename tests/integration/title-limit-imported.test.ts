/**
 * A title the importer kept past TITLE_MAX_CHARS (a table cell of 2,500 characters) is held
 * whole, and an edit that sends it back unchanged — a pasted row, the notice form that sends
 * every field — is not refused for a length the clerk did not type. A changed one past the
 * limit still is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TITLE_MAX_CHARS, titleLengthProblem } from '../../src/shared/title-limit';
import { apiLedger } from '../support/api-ledger';

const CASE = `${'社区议事协商'.repeat(420)}案例`;
const PAGE = `<html><body><h1>民政部办公厅关于公布全国基层治理典型案例的通知</h1>
<p>各省、自治区、直辖市民政厅（局）：</p><p>现将典型案例名单公布如下：</p>
<table><tr><td>序号</td><td>案例名称</td><td>报送单位</td></tr>
<tr><td>1</td><td>${CASE}</td><td>北京市民政局</td></tr>
<tr><td>2</td><td>石景山区老街坊议事会</td><td>北京市民政局</td></tr></table>
<p>民政部办公厅</p><p>2021年3月1日</p></body></html>`;

let api: Awaited<ReturnType<typeof apiLedger>>;
beforeAll(async () => {
  api = await apiLedger();
  await api.importFile('a.html', PAGE);
});
afterAll(() => api.cleanup());
const longRow = async () =>
  (await api.call('records/page', { limit: 10 })).rows.find((r) => r.title === CASE)!;

describe('a long title the ledger already holds', () => {
  it('is imported whole', async () => {
    expect([...CASE].length).toBeGreaterThan(TITLE_MAX_CHARS);
    expect(await longRow()).toBeDefined();
  });

  it('sent back unchanged beside another cell: the other cell is saved', async () => {
    const row = await longRow();
    const r = await api.attempt('records/edit', {
      edits: [
        { id: row.id, field: 'title', value: CASE },
        { id: row.id, field: 'unit', value: '北京市石景山区民政局' },
      ],
    });
    expect(r.ok).toBe(true);
    expect((await longRow()).unit).toBe('北京市石景山区民政局');
  });

  it('changed, and still past the limit: refused, the title as it was', async () => {
    const row = await longRow();
    const r = await api.attempt('records/edit', {
      edits: [{ id: row.id, field: 'title', value: `${CASE}一` }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('超过上限');
    expect((await longRow()).title).toBe(CASE);
  });
});

describe('titleLengthProblem', () => {
  const long = '社'.repeat(TITLE_MAX_CHARS + 1);
  it('leaves alone the title already held, refuses a new one', () => {
    expect(titleLengthProblem(long, long)).toBeNull();
    expect(titleLengthProblem(long, null)).toContain('超过上限');
    expect(titleLengthProblem(long, `${long}一`)).toContain('超过上限');
    expect(titleLengthProblem(long)).toContain('超过上限');
  });
});
