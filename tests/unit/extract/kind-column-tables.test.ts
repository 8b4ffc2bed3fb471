/**
 * Tables whose rows name their own kind (类别 | 名单): a two-row header whose merged top cell
 * spans a kind column and a name column, an organisation honoured as a unit (its place, no
 * title) and a project whose name a bureau opens.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { refineHeader } from '../../../src/main/core/import/extract/table-rows';
import { txtDoc } from './helpers';

const extract = (text: string) => extractNotice(txtDoc(text), { fileName: 't.txt' });

describe('a two-row header under a merged cell', () => {
  it('reads an unknown short word under a cell merged across as the name column', () => {
    const top = ['序号', '获选情况', '获选情况'];
    expect(refineHeader(top, ['序号', '类别', '获选方'], ['seq', 'name', 'remark'])).toEqual([
      'seq',
      'category',
      'name',
    ]);
  });

  it('keeps a data row under a merged header cell as data', () => {
    const top = ['序号', '获选情况', '获选情况'];
    expect(
      refineHeader(top, ['1', '优秀组织', '某某服务站'], ['seq', 'name', 'remark']),
    ).toBeNull();
  });

  it('reads the rows under such a header, the kind of each in its own column', () => {
    const res = extract(
      [
        '关于公布先进典型的通知',
        '序号\t获选情况\t获选情况',
        '序号\t类别\t获选方',
        '1\t优秀志愿服务项目\t浙江省衢州市开化县晨曦助学行动',
        '2\t优秀志愿服务社区\t浙江省衢州市开化县华埠镇东岸社区',
      ].join('\n'),
    );
    expect(res.records.map((r) => [r.regionText, r.title])).toEqual([
      ['浙江省衢州市开化县', '晨曦助学行动'],
      ['浙江省衢州市开化县华埠镇东岸社区', ''],
    ]);
  });
});

describe('a kind column beside a name column', () => {
  const res = extract(
    [
      '关于公布先进典型的通知',
      '类别\t名单',
      '优秀志愿服务组织\t开化县晨光公益协会',
      '优秀志愿服务项目\t开化县文化局书香送暖志愿服务项目',
    ].join('\n'),
  );

  it('records an organisation by its place, its name kept as the unit, no title', () => {
    const org = res.records.find((r) => r.regionText === '开化县' && r.title === '');
    expect(org).toBeDefined();
  });

  it('drops the bureau that opens a project name', () => {
    expect(res.records.map((r) => r.title)).toContain('书香送暖志愿服务项目');
  });
});
