/**
 * Names of one kind run together with no separator (a copy that lost its 、 or line breaks):
 * three or more names closing with one designation, two glued at least, get their 、 back, and
 * a count glued to the last name its ，; prose, spam and lists already separated stay as written.
 */
import { describe, expect, it } from 'vitest';
import { gluedNamesApart } from '../../../src/main/core/import/extract/shared-ending-names';
import { readingText } from '../../../src/main/core/import/extract/reading-text';
import { readResolved } from './helpers';

const apart = (line: string) => gluedNamesApart(line).text;

describe('names glued together', () => {
  it('puts the 、 back between names sharing a designation, each short place kept with its name', () => {
    expect(apart('宜兴云湖国家湿地公园溧阳天目湖国家湿地公园泗洪洪泽湖国家湿地公园')).toBe(
      '宜兴云湖国家湿地公园、溧阳天目湖国家湿地公园、泗洪洪泽湖国家湿地公园',
    );
  });

  it('reads such a line as the list it was, each name at its county', () => {
    const r = readResolved(
      '江苏新增3处国家湿地公园\n通过验收的3处国家湿地公园分别为\n宜兴云湖国家湿地公园溧阳天目湖国家湿地公园泗洪洪泽湖国家湿地公园',
    );
    expect(r.n.records.map((x) => x.title)).toEqual([
      '云湖国家湿地公园',
      '天目湖国家湿地公园',
      '洪泽湖国家湿地公园',
    ]);
    expect(r.codes).toEqual(['320282', '320481', '321324']);
  });

  it('mends a chain partly separated, and sets a count glued to its last name apart', () => {
    expect(
      apart(
        '我省宜兴云湖国家湿地公园溧阳天目湖国家湿地公园、泗洪洪泽湖国家湿地公园沛县安国湖国家湿地公园共4处试点',
      ),
    ).toBe(
      '我省宜兴云湖国家湿地公园、溧阳天目湖国家湿地公园、泗洪洪泽湖国家湿地公园、沛县安国湖国家湿地公园，共4处试点',
    );
  });

  it('keeps the way back to the raw text', () => {
    const raw = '甲\n宜兴云湖国家湿地公园溧阳天目湖国家湿地公园泗洪洪泽湖国家湿地公园';
    const rt = readingText(raw, 'txt');
    const at = rt.text.indexOf('溧阳');
    expect(raw.slice(rt.origin[at], (rt.origin[at] ?? 0) + 2)).toBe('溧阳');
  });

  it('leaves prose repeating a designation, spam, one glued pair and lists already separated', () => {
    const prose = '集中展示优秀社区工作法,大力推广军门社区工作法和开展优秀社区工作法征集展示活动';
    expect(apart(prose)).toBe(prose);
    const spam = '亚新体育全站亚新体育全站亚新体育全站亚新体育全站';
    expect(apart(spam)).toBe(spam);
    const pair = '我区曲阳路街道办事处凉城新村街道办事处、江湾镇街道办事处被评为先进街道办事处';
    expect(apart(pair)).toBe(pair);
    const listed = '宜兴云湖国家湿地公园、溧阳天目湖国家湿地公园、泗洪洪泽湖国家湿地公园';
    expect(apart(listed)).toBe(listed);
    const joined =
      '眉山市东坡区现代农业产业园、峨眉山市现代农业产业园和蒲江县现代农业产业园3个产业园区';
    expect(apart(joined)).toBe(joined);
  });
});

describe('what only looks like names glued together', () => {
  it('splits glued names after their whole designation, never inside it', () => {
    expect(apart('张家村村民委员会李家村村民委员会王家村村民委员会')).toBe(
      '张家村村民委员会、李家村村民委员会、王家村村民委员会',
    );
    expect(apart('西湖国家湿地公园钱江国家湿地公园东湖国家湿地公园')).toBe(
      '西湖国家湿地公园、钱江国家湿地公园、东湖国家湿地公园',
    );
  });

  it('leaves prose repeating a phrase that closes no name (a theme, a task)', () => {
    const theme = '实验主题：以社区治理创新推动社区治理体系建设提升社区治理能力';
    expect(apart(theme)).toBe(theme);
    const task = '全面提升养老服务质量推动养老服务高质量发展健全养老服务体系';
    expect(apart(task)).toBe(task);
    const orgs = '培育发展社会组织规范管理社会组织充分发挥社会组织作用';
    expect(apart(orgs)).toBe(orgs);
  });
});
