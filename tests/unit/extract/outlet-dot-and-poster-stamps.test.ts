/**
 * Stamps a reposted story carries: a portal's outlet and day joined by a middle dot
 * ("某某财经·2024-03-05 08:10") names the outlet and dates the story; a forum post's byline
 * (the poster's handle, a dash, the date and time) dates the page.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('an outlet and its day joined by a middle dot', () => {
  it('is the issuer and the date of the story', () => {
    const { n } = readResolved(
      [
        '江西3家社会组织获评全国先进社会组织',
        '',
        '某某财经·2024-03-05 08:10',
        '表彰概况',
        '- 江西省共有3家社会组织获得此项荣誉，包括江西省医学会、九江市保险行业协会和赣州市旅游学会',
      ].join('\n'),
    );
    expect(n.metadata.issuer).toBe('某某财经');
    expect(n.metadata.issuedOn).toBe('2024-03-05');
  });
});

describe('a forum post’s byline', () => {
  it('dates the page by the post', () => {
    const { n } = readResolved(
      [
        '拟命名示范县名单',
        '某某县论坛',
        'user2019abc - 2022/7/9 10:05:00',
        '为表彰先进，近日公示了拟命名名单。',
        '九江市濂溪区、赣州市章贡区拟入选。',
      ].join('\n'),
    );
    expect(n.metadata.issuedOn).toBe('2022-07-09');
  });
});
