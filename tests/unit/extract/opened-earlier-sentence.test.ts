/**
 * A sentence an earlier time opens ("此前，A、B与C…共同入选…") retells a round the units entered
 * before: even where the page names no other unit, they are no entries of it. The same units
 * entering "日前" or "随后" are the page's own.
 * Composed from our own lines, not from a notice.
 */
import { describe, expect, it } from 'vitest';
import { buildNotice } from '../../support/unseen';
import type { NoticeSpec } from '../../support/unseen/spec';
import { prepareImport } from '../../../src/main/core/import/prepare-import';

/** A news page as the importer reads it: its region codes. */
async function pageCodes(title: string, body: string[]): Promise<unknown[]> {
  const spec = { format: 'html', chrome: true, site: '青禾日报', info: '2030年03月14日', title };
  const f = await buildNotice('t', { ...spec, blocks: body.map((p) => ({ p })) } as NoticeSpec);
  const p = await prepareImport({ name: f.name, bytes: f.bytes, sha256: 'x' });
  return p.records.map((r) => r.fields.region_code);
}

const story = (when: string) => [
  '青禾社区的志愿服务,正成为基层治理的“金钥匙”。',
  `${when}徐汇区湖南路街道、静安区曹家渡街道与金山区朱泾镇钟楼居民区,凭借各具特色的志愿服务体系,共同入选2030年度全国青禾志愿服务示范社区。`,
  '这些范例共同指向一种新的社区图景。',
];

describe('a sentence opened by 此前 retells, the page lists nothing', () => {
  it('drops the units 此前 opens even when they are all the page names', async () => {
    expect(await pageCodes('全龄参与,把志愿服务做进基层', story('此前,'))).toEqual([]);
  });

  it('drops them after 之前 with a full-width comma too', async () => {
    expect(await pageCodes('全龄参与,把志愿服务做进基层', story('之前，'))).toEqual([]);
  });

  it('keeps the same units entering the round 日前 (control)', async () => {
    const got = await pageCodes('全龄参与,把志愿服务做进基层', story('日前,'));
    expect([...got].sort()).toEqual(['310104', '310106', '310116']);
  });

  it('keeps them after a later time opening the sentence, 随后 (control)', async () => {
    const got = await pageCodes('全龄参与,把志愿服务做进基层', story('随后,'));
    expect([...got].sort()).toEqual(['310104', '310106', '310116']);
  });
});
