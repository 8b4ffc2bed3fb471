/**
 * The year a list's records carry: a story is dated when it is told, not when the batch it
 * tells of was named, so without the batch's own year its records' year stays unknown; an
 * organ's own notice dates its list by its signature.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const LIST = '分别是：长宁区、静安区、普陀区。';

describe('the year of a list’s records', () => {
  it('is unknown in a story whose batch names no year', () => {
    const { n } = readResolved(
      [
        '上海三区入选第二批全国社区教育示范区',
        '2024年3月5日讯（记者 王某）记者从市教委获悉，上海市长宁区等3个区入选第二批全国社区教育示范区，' +
          LIST,
        '据了解，示范区创建工作已开展多年，各区将继续完善社区教育网络。',
      ].join('\n'),
    );
    expect(n.metadata.issuedOn).toBe('2024-03-05');
    expect(n.records.length).toBe(3);
    expect(n.records.map((r) => r.year)).toEqual([null, null, null]);
  });

  it('is the batch’s own year when the story writes it', () => {
    const { n } = readResolved(
      [
        '上海三区入选2021年度全国社区教育示范区',
        '2024年3月5日讯（记者 王某）记者从市教委获悉，上海市长宁区等3个区入选2021年度全国社区教育示范区，' +
          LIST,
        '据了解，示范区创建工作已开展多年，各区将继续完善社区教育网络。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.year)).toEqual([2021, 2021, 2021]);
  });

  it('is the year an organ’s own notice is signed in', () => {
    const { n } = readResolved(
      [
        '上海市教育委员会关于确认全国社区教育示范区的通知',
        '各区教育局：',
        '经评审，确认以下单位为全国社区教育示范区，' + LIST,
        '上海市教育委员会',
        '2024年3月5日',
      ].join('\n'),
    );
    expect(n.records.length).toBe(3);
    expect(n.records.map((r) => r.year)).toEqual([2024, 2024, 2024]);
  });
});
