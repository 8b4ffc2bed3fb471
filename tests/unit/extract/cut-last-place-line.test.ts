/**
 * A list one place a line whose page stops inside its last line's name, after the county is
 * written in full ("某省某市某区平", "某市某区某社区志愿服务驿"): that line is still the list's
 * entry, placed at the division it writes and flagged as cut. A line cut before its county is
 * written, a cut line alone under its group's heading, and a signature or caption left at the
 * page's end stay out.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const VILLAGES = [
  '某部关于第二批示范村典型案例的通知',
  '第二批示范村典型案例名单',
  '河南省郑州市中牟县官渡镇孙庄村',
  '河南省开封市兰考县东坝头镇张庄村',
  '河南省洛阳市孟津区会盟镇雷河村',
];

const STATIONS = [
  '某省首批志愿服务驿站示范点',
  '具体名单如下：',
  '福州市鼓楼区三坊七巷志愿服务驿站',
  '福州市鼓楼区西湖公园志愿服务驿站',
  '厦门市湖里区禾山街道厝边志愿服务驿站',
];

describe('the page stops inside the last line of a list of places', () => {
  it('keeps a village line cut after its county at that county, flagged', () => {
    const { codes, warned } = readResolved([...VILLAGES, '河南省新乡市辉县市沙'].join('\n'));
    expect(codes).toEqual(['410122', '410225', '410308', '410782']);
    expect(warned).toContain('truncated_item');
  });

  it("keeps a facility's line cut inside its name at its district, flagged", () => {
    const { codes, warned } = readResolved([...STATIONS, '泉州市丰泽区东海志愿服务驿'].join('\n'));
    expect(codes).toEqual(['350102', '350102', '350206', '350503']);
    expect(warned).toContain('truncated_item');
  });

  it('takes no line cut before its county is written', () => {
    const { codes, warned } = readResolved([...VILLAGES, '河南省新乡市辉'].join('\n'));
    expect(codes).toEqual(['410122', '410225', '410308']);
    expect(warned).not.toContain('truncated_item');
  });

  it("takes no organ signing the page or a photo's caption as the cut entry", () => {
    for (const [list, end] of [
      [VILLAGES, '河南省新乡市辉县市航拍图'],
      [STATIONS, '厦门市湖里区民政局'],
      [STATIONS, '厦门市湖里区驿站效果图'],
    ] as const) {
      const { n, warned } = readResolved([...list, end].join('\n'));
      expect(n.records).toHaveLength(3);
      expect(warned).not.toContain('truncated_item');
    }
  });

  it('takes no office, committee or credit signing the page after its county as the cut entry', () => {
    for (const [list, end] of [
      [VILLAGES, '河南省新乡市辉县市文明办'],
      [VILLAGES, '河南省新乡市辉县市供稿'],
      [VILLAGES, '河南省新乡市辉县市人大常委'],
      [STATIONS, '厦门市湖里区文明办'],
    ] as const) {
      const { n, warned } = readResolved([...list, end].join('\n'));
      expect(n.records).toHaveLength(3);
      expect(warned).not.toContain('truncated_item');
    }
  });

  it('takes no cut line that is not the last words of the page', () => {
    const { codes } = readResolved(
      [...VILLAGES, '河南省新乡市辉县市沙', '（责任编辑：某某）'].join('\n'),
    );
    expect(codes).toEqual(['410122', '410225', '410308']);
  });
});
