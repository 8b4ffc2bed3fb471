/**
 * "表彰A等N个村为第N批…": a commendation names its round by its first unit, as 命名 and 确定
 * do; the example is an entry.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('the example a commendation names its round by', () => {
  it('is an entry', () => {
    const { n, codes } = readResolved(
      '近日，两部门联合发文，表彰河北省石家庄市长安区建北街道等50个街道为全国和谐示范街道。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['河北省石家庄市长安区建北街道']);
    expect(codes).toEqual(['130102']);
  });

  it('the units whose persons a commendation names are none', () => {
    const { n } = readResolved(
      '近日，省民政厅表彰杭州市西湖区北山街道宝石社区等20个社区的30名优秀社区工作者。',
    );
    expect(n.records).toEqual([]);
  });

  it('a place after a commendation told in passing is none', () => {
    const { n } = readResolved('会上表彰了先进集体，并邀请河北省石家庄市长安区作交流发言。');
    expect(n.records).toEqual([]);
  });
});
