/**
 * A story's headline may open with the count of what it tells ("59个城镇列入…"): it is the
 * headline all the same; a line of numbers (a date, a numbered item) above the body is not.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const body = [
  '据国家发展改革委网站消息,经发改委等11个部门联合评审,同意将某某区等59个城市(镇)列为第二批国家新型城镇化综合试点地区。',
  '记者查阅试点地区名单发现,某某镇入选新型城镇化综合试点地区,成为我市唯一入选乡镇。',
];

describe('a headline opening with a count', () => {
  it('is the title', () => {
    const { n } = readResolved(
      ['59个城镇列入全国新型城镇化综合试点 某某镇入选', ...body].join('\n'),
    );
    expect(n.metadata.title).toBe('59个城镇列入全国新型城镇化综合试点 某某镇入选');
  });

  it('a date line above the body is no title (control)', () => {
    const { n } = readResolved(['2031年5月26日 10:20', ...body].join('\n'));
    expect(n.metadata.title).not.toBe('2031年5月26日 10:20');
  });

  it('a numbered item above the body is no title (control)', () => {
    const { n } = readResolved(['1.某某区新型城镇化综合试点工作方案要点', ...body].join('\n'));
    expect(n.metadata.title).not.toBe('1.某某区新型城镇化综合试点工作方案要点');
  });
});
