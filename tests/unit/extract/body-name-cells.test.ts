/**
 * A table whose name column writes each institution as its place and then only what it is
 * (新化县吉庆镇中心敬老院, 新化县社会福利院): the institution is the unit at its place, and its kind is
 * no title. A cell whose remainder names a project of its own keeps that name as its title.
 */
import { describe, expect, it } from 'vitest';
import { onlyBodyKind } from '../../../src/main/core/import/extract/body-name-cell';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const extract = (text: string) => extractNotice(txtDoc(text), { fileName: 't.txt' });

describe('a name cell that is a place and a body’s kind', () => {
  it('reads each home at its place (its town where written), with no title', () => {
    const res = extract(
      [
        '新化县2023年度养老机构等级评定结果公示',
        '序号\t机构名称\t评定等级',
        '1\t新化县吉庆镇中心敬老院\t1星养老机构',
        '2\t新化县城区中心敬老院\t4星养老机构',
        '3\t新化县社会福利院\t4星养老机构',
      ].join('\n'),
    );
    expect(res.records.map((r) => [r.regionText, r.title])).toEqual([
      ['新化县吉庆镇', ''],
      ['新化县', ''],
      ['新化县', ''],
    ]);
  });

  it('keeps the title of a remainder with a name of its own beside the kind', () => {
    const res = extract(
      [
        '新化县2023年度养老机构等级评定结果公示',
        '序号\t机构名称\t评定等级',
        '1\t新化县吉庆镇“夕阳红”敬老院\t1星养老机构',
      ].join('\n'),
    );
    expect(res.records.map((r) => [r.regionText, r.title])).toEqual([
      ['新化县吉庆镇', '“夕阳红”敬老院'],
    ]);
  });

  it('tells a body’s kind from a name with words of its own', () => {
    expect(onlyBodyKind('中心敬老院')).toBe(true);
    expect(onlyBodyKind('社會福利院')).toBe(true);
    expect(onlyBodyKind('社区居家养老服务中心')).toBe(true);
    expect(onlyBodyKind('“幸福里”综合服务中心')).toBe(false);
    expect(onlyBodyKind('关爱留守老人服务项目')).toBe(false);
    expect(onlyBodyKind('院')).toBe(false);
  });
});
