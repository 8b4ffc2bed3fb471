/**
 * An other-list prints the header of the table it came from; no other kind does, even when
 * the ledger holds such a list beside the zones a Word list prints.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { dispatch } from '../../src/main/api/dispatch';
import { importFiles } from '../../src/main/app/import/import-notices';
import type { ExportPreview } from '../../src/shared/export-options';
import { tempLedger } from '../support/temp-ledger';

const ZONES = `关于确认第二批省级社区治理创新实验区的通知
1.唐山市路北区——打造老旧小区协商平台
2.石家庄市长安区——构建“红色物业”联动机制
河北省民政厅
2021年6月30日
`;

const OTHER = `民政部公布2021年第二批涉嫌非法社会组织名单
为进一步加大对非法社会组织的打击整治力度，民政部日前公布2021年第二批涉嫌非法社会组织名单，共3家。
序号\t涉嫌违法社会组织
1\t中国国学文化研究会
2\t全国乡村振兴发展促进会
3\t中华企业家联合发展中心
`;

let ctx: ApiContext;
let cleanup = () => {};
beforeAll(async () => {
  const t = await tempLedger();
  cleanup = t.cleanup;
  ctx = { ledger: t.ledger, door: 'cli' };
  const file = (name: string, text: string) => ({ name, bytes: new Uint8Array(Buffer.from(text)) });
  // the other-list first: its records come before the zones in the ledger
  await importFiles(t.ledger, [file('o.txt', OTHER)]);
  await importFiles(t.ledger, [file('z.txt', ZONES)]);
});
afterAll(() => cleanup());

const headers = async (kind?: 'zone' | 'other') => {
  const r = await dispatch('export/preview', { format: 'docx', ...(kind ? { kind } : {}) }, ctx);
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as ExportPreview).columns.map((c) => c.header);
};

describe('Word list column headers', () => {
  it('a zone list keeps its own headers beside an other-list', async () => {
    expect((await headers()).slice(0, 3)).toEqual(['序号', '实验单位', '实验主题']);
    expect((await headers('zone')).slice(0, 3)).toEqual(['序号', '实验单位', '实验主题']);
  });

  it('an other-list takes the header of its source table', async () => {
    expect(await headers('other')).toContain('涉嫌违法社会组织');
  });
});
