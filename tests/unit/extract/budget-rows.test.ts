/**
 * A table of allowances a notice pays out lists no unit (budget-rows.ts); a table of units with
 * their grants still does. Composed tables; the village and the county are real.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const lead =
  '为继续做好农村固定观察点工作,现将补助资金14.06万元拨付给你镇,资金专项用于国家级农村固定观察点海门村的专项调查。\n' +
  '附件:2025年国家级农村固定观察点省级专项资金安排表\n';

describe('a table of allowances', () => {
  it('lists nothing: its rows are what the money pays for', () => {
    const { n } = readResolved(
      lead +
        '序号\t项目\t人数/户数\t标准\t金额(元)\n' +
        '1\t记账户补贴\t50户\t960元/户/年\t48000\n' +
        '2\t追记户补贴\t90户\t600元/户/年\t54000\n' +
        '3\t辅导员补贴\t\t记账户数超100户,辅导员补贴经费20000元\t20000\n' +
        '合计\t\t\t\t140600\n',
    );
    expect(n.records).toEqual([]);
  });
});

describe('a table of units with their grants', () => {
  it('still lists the units its rows name by place', () => {
    const { codes } = readResolved(
      lead +
        '序号\t项目\t金额(元)\n' +
        '1\t惠安县螺城镇海门村\t48000\n' +
        '2\t惠安县东岭镇东岭村\t54000\n',
    );
    expect(codes).toEqual(['350521', '350521']);
  });

  it('still lists units under a header with no column of what is paid for', () => {
    const { codes } = readResolved(
      lead +
        '序号\t单位\t金额(元)\n' +
        '1\t惠安县螺城镇海门村\t48000\n' +
        '2\t惠安县东岭镇东岭村\t54000\n',
    );
    expect(codes).toEqual(['350521', '350521']);
  });
});

describe('a table naming who carries each project out', () => {
  it('still lists the bodies of its units column, though no place opens their names', () => {
    const { n } = readResolved(
      lead +
        '序号\t项目名称\t实施单位\t补助资金(万元)\n' +
        '1\t社区嵌入式养老服务\t市社会福利院\t20\n' +
        '2\t老年助餐点建设\t市救助管理站\t15\n',
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['市社会福利院', '市救助管理站']);
  });
});
