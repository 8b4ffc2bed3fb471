/**
 * A title is kept whole or refused, never cut: a notice's title and a record's 名称／主题 up to
 * TITLE_MAX_CHARS are stored whole (a notice's title over the old 500 included, so a long
 * title imported never blocks a later edit of the notice's 文号), and one past it is refused
 * with a Chinese message counting it — from a cell, a form or the import preview alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { dispatch } from '../../src/main/api/dispatch';
import { importFiles } from '../../src/main/app/import/import-notices';
import { normaliseValue } from '../../src/main/core/records/normalise-value';
import { TITLE_MAX_CHARS } from '../../src/shared/title-limit';
import { tempLedger } from '../support/temp-ledger';
import { apiCall } from '../support/api-call';

const TEXT = `民政部关于确认全国社区治理和服务创新实验区的通知
各省、自治区、直辖市民政厅（局）：
经研究，确认以下单位为全国社区治理和服务创新实验区：
一、北京市石景山区
二、天津市河北区
民政部
2021年3月1日
`;
const title = (n: number) => `关于${'社区'.repeat(n)}`.slice(0, n);

let ctx: ApiContext;
let cleanup: () => void;
beforeAll(async () => {
  const t = await tempLedger();
  cleanup = t.cleanup;
  ctx = { ledger: t.ledger, door: 'cli' };
  await importFiles(t.ledger, [{ name: 'a.txt', bytes: new Uint8Array(Buffer.from(TEXT)) }]);
});
afterAll(() => cleanup());
const call = apiCall(() => ctx);

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
    const [n] = await call('notices/overview', {});
    await call('notices/update', { id: n!.id, title: title(600) });
    const [kept] = await call('notices/overview', {});
    expect(kept!.title).toBe(title(600));
    // the edit form sends the title with the 文号: a long title must not refuse it
    await call('notices/update', { id: n!.id, title: title(600), docNo: '民函〔2021〕1号' });
    expect((await call('notices/overview', {}))[0]!.docNo).toBe('民函〔2021〕1号');
  });

  it('a notice title past the limit: a Chinese message, nothing stored', async () => {
    const [n] = await call('notices/overview', {});
    const r = await dispatch(
      'notices/update',
      { id: n!.id, title: title(TITLE_MAX_CHARS + 1) },
      ctx,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toContain(`标题有 ${TITLE_MAX_CHARS + 1} 字，超过上限`);
    expect(r.error.message).not.toMatch(/string|参数不正确/);
    expect((await call('notices/overview', {}))[0]!.title).toBe(title(600));
  });

  it('a record title past the limit typed in a cell: refused, the record as it was', async () => {
    await call('records/create', { kind: 'case', fields: { title: '甲社区议事会' } });
    const [row] = (await call('records/page', { limit: 1 })).rows;
    const r = await dispatch(
      'records/edit',
      { edits: [{ id: row!.id, field: 'title', value: title(TITLE_MAX_CHARS + 1) }] },
      ctx,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('超过上限');
    expect((await call('records/page', { limit: 1 })).rows[0]!.title).toBe('甲社区议事会');
    // made by hand with a title past it: refused too
    const made = await dispatch(
      'records/create',
      { kind: 'case', fields: { title: title(TITLE_MAX_CHARS + 1) } },
      ctx,
    );
    expect(made.ok).toBe(false);
  });
});
