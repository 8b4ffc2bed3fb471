/**
 * A title is kept whole or refused, never cut: a notice's title and a record's 名称／主题 up to
 * TITLE_MAX_CHARS are stored whole (a notice's title over the old 500 included, so a long
 * title imported never blocks a later edit of the notice's 文号), and one past it is refused
 * with a Chinese message counting it — from a cell, a form or the import preview alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseValue } from '../../src/main/core/records/normalise-value';
import { TITLE_MAX_CHARS } from '../../src/shared/title-limit';
import { apiLedger } from '../support/api-ledger';

const TEXT = `民政部关于确认全国社区治理和服务创新实验区的通知
各省、自治区、直辖市民政厅（局）：
经研究，确认以下单位为全国社区治理和服务创新实验区：
一、北京市石景山区
二、天津市河北区
民政部
2021年3月1日
`;
const title = (n: number) => `关于${'社区'.repeat(n)}`.slice(0, n);

let api: Awaited<ReturnType<typeof apiLedger>>;
beforeAll(async () => {
  api = await apiLedger();
  await api.importFile('a.txt', TEXT);
});
afterAll(() => api.cleanup());

describe('a title past the limit is refused in Chinese, never cut', () => {
  it('a record title: whole up to the limit, refused past it with its count', () => {
    expect(normaliseValue('title', title(TITLE_MAX_CHARS), 'case')).toBe(title(TITLE_MAX_CHARS));
    expect(() => normaliseValue('title', title(TITLE_MAX_CHARS + 5), 'case')).toThrow(
      `标题有 ${TITLE_MAX_CHARS + 5} 字，超过上限 ${TITLE_MAX_CHARS} 字，没有保存`,
    );
    // a short one and an empty one are as before
    expect(normaliseValue('title', ' 甲 ', 'case')).toBe('甲');
  });

  it('a notice title of 600 characters is kept whole, and the notice is edited after it', async () => {
    const [n] = await api.call('notices/overview', {});
    await api.call('notices/update', { id: n!.id, title: title(600) });
    const [kept] = await api.call('notices/overview', {});
    expect(kept!.title).toBe(title(600));
    // the edit form sends the title with the 文号: a long title must not refuse it
    await api.call('notices/update', { id: n!.id, title: title(600), docNo: '民函〔2021〕1号' });
    expect((await api.call('notices/overview', {}))[0]!.docNo).toBe('民函〔2021〕1号');
  });

  it('a notice title past the limit: a Chinese message, nothing stored', async () => {
    const [n] = await api.call('notices/overview', {});
    const r = await api.attempt('notices/update', { id: n!.id, title: title(TITLE_MAX_CHARS + 1) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toContain(`标题有 ${TITLE_MAX_CHARS + 1} 字，超过上限`);
    expect(r.error.message).not.toMatch(/string|参数不正确/);
    expect((await api.call('notices/overview', {}))[0]!.title).toBe(title(600));
  });

  it('a record title past the limit typed in a cell: refused, the record as it was', async () => {
    await api.call('records/create', { kind: 'case', fields: { title: '甲社区议事会' } });
    const [row] = (await api.call('records/page', { limit: 1 })).rows;
    const r = await api.attempt('records/edit', {
      edits: [{ id: row!.id, field: 'title', value: title(TITLE_MAX_CHARS + 1) }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('超过上限');
    expect((await api.call('records/page', { limit: 1 })).rows[0]!.title).toBe('甲社区议事会');
    // made by hand with a title past it: refused too
    const made = await api.attempt('records/create', {
      kind: 'case',
      fields: { title: title(TITLE_MAX_CHARS + 1) },
    });
    expect(made.ok).toBe(false);
  });
});
