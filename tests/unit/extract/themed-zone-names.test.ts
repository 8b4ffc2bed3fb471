/**
 * Zones named by a theme, one a line: the place in a bracket inside the name (某某文化（某市）
 * 生态保护区), at its head (某州民族文化生态保护区) or in a bracket after it (…保护区（某省某市）,
 * the first of the cities it covers). Each name stands alone (no city carried from the line
 * before), a "；" carries the list past a caption, and "通过验收的…确定为…" makes every listed
 * zone one that passed.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const LEAD =
  '经材料审核和专家评审，通过验收的国家级文化生态保护实验区正式确定为国家级文化生态保护区，名单如下：';

describe('zones named by a theme', () => {
  it('the place inside the name, at its head, or in a bracket after it', () => {
    const { n, codes } = readResolved(
      [
        '文化和旅游部关于公布国家级文化生态保护区名单的公告',
        LEAD,
        '竹编文化（安吉）生态保护区',
        '丽水民俗文化生态保护区',
        '渔歌文化生态保护区（浙江省舟山市）',
        '特此公告。',
      ].join('\n'),
    );
    expect(codes).toEqual(['330523', '331100', '330900']);
    expect(n.records.every((r) => r.kind === 'zone')).toBe(true);
    // The list's programme is what the zones became, not the experiment they passed.
    expect(n.records.every((r) => r.programme === '国家级文化生态保护区')).toBe(true);
    expect(n.records.map((r) => r.outcome?.status)).toEqual(['已验收', '已验收', '已验收']);
  });

  it('each stands alone: the cities after one name head nothing below, its own bracket first', () => {
    const { codes } = readResolved(
      [
        '国家级文化生态保护区名单公布',
        LEAD,
        '丝绸文化生态保护区（嘉兴市、湖州市）；',
        '说唱文化（宝丰）生态保护区；',
        '武术文化生态保护区（沧州市）；',
        '茶艺文化（泰顺）生态保护区；',
        '皮影文化（华州）生态保护区。',
      ].join('\n'),
    );
    expect(codes).toEqual(['330400', '410421', '130900', '330329', '610503']);
  });

  it('a "；" carries the list past a caption; a name with no place read is passed over', () => {
    const { codes } = readResolved(
      [
        '国家级文化生态保护区名单公布',
        LEAD,
        '竹编文化（安吉）生态保护区；',
        '图片来源于网络',
        '水乡文化（浙东）生态保护区；',
        '剪纸文化（蔚县）生态保护区。',
      ].join('\n'),
    );
    expect(codes).toEqual(['330523', '130726']);
  });

  it('no announcing line above, no list', () => {
    const { n } = readResolved(
      [
        '国家级文化生态保护区建设情况',
        '竹编文化（安吉）生态保护区',
        '剪纸文化（蔚县）生态保护区',
      ].join('\n'),
    );
    expect(n.records).toEqual([]);
  });
});
