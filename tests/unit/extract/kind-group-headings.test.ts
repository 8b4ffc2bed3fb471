/**
 * A city's share of a national honour list set out group by group, each group headed by what its
 * entries were chosen as and how many ("一、最佳志愿服务组织（1个）"): the lines under the headings
 * are entries — an association at its place, a project named after its place and quoted (its name
 * the title), a community — and each heading's count is checked against its lines.
 * Composed in other places than any notice read.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const TEXT = [
  '6月3日,某某活动组委会办公室发布年度先进典型名单公示。',
  '其中,我市1个组织、1个项目、2个社区上榜,具体名单如下:',
  '一、最佳志愿服务组织(1个)',
  '珠海市蓝天应急救援志愿者协会',
  '二、最佳志愿服务项目(1个)',
  '珠海市“海岛守护”志愿服务项目',
  '三、最美志愿服务社区(2个)',
  '珠海市香洲区拱北街道夏湾社区',
  '珠海市金湾区三灶镇中心社区',
  '据了解,该活动已连续举办多届。',
].join('\n');

describe('entries under headings of what they were chosen as', () => {
  it('are read, group by group', () => {
    const { n, codes } = readResolved(TEXT);
    expect(codes).toEqual(['440400', '440400', '440402', '440404']);
    expect(n.records.map((r) => r.title)).toContain('珠海市“海岛守护”志愿服务项目');
  });

  it('check each heading’s count against its lines', () => {
    const { warned } = readResolved(TEXT.replace('最美志愿服务社区(2个)', '最美志愿服务社区(3个)'));
    expect(warned).toContain('count_mismatch');
  });
});

describe('a list of several honours’ names joined by 和', () => {
  it('names no programme by its last name and the conjunction before it', () => {
    const { n } = readResolved(
      [
        '某某活动组委会研究确定了“最美志愿者”“最佳志愿服务项目”和“最美志愿服务社区”名单,现予以公示。',
        '珠海市香洲区拱北街道夏湾社区',
      ].join('\n'),
    );
    expect(n.metadata.programme ?? '').not.toMatch(/^和/);
  });
});

describe('tiers numbered 1、2、 under a group, each with its count', () => {
  const TIERS = [
    '附件:',
    '某市星级示范社区名单',
    '一、示范社区(2个)',
    '珠海市香洲区拱北街道夏湾社区',
    '珠海市金湾区三灶镇中心社区',
    '二、星级示范社区(3个):',
    '1、五星级示范社区(1个):',
    '珠海市斗门区井岸镇西湖社区',
    '2、四星级示范社区(2个):',
    '珠海市香洲区前山街道翠微社区',
    '珠海市金湾区红旗镇藤山社区',
  ].join('\n');

  it('read the lines under each tier, the tier a one-line group', () => {
    const { codes } = readResolved(TIERS);
    expect(codes).toEqual(['440402', '440404', '440403', '440402', '440404']);
  });
});
