/**
 * A cry under a headline ("某省唯一!", ASCII or full width) is no write-up's heading, so the list
 * run into its heading below it is the notice's list; an entry whose region a mirror masked
 * ("*自治区某县") is read by its county and does not cost the list its other entries.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a cry under a headline', () => {
  it("reads the list, not a cry under the headline, as the notice's entries", () => {
    const { codes } = readResolved(
      [
        '某县榜上有名!',
        '湖南省唯一!',
        '这是该县继国家生态县以来取得的又一项殊荣。',
        '首批示范县名单北京市延庆区,山西省右玉县,江苏省苏州市、无锡市。',
      ].join('\n'),
    );
    expect(codes).toEqual(['110119', '140623', '320500', '320200']);
  });
});

describe('an entry whose region a mirror masked', () => {
  it('is read by the county after the mask', () => {
    const { codes } = readResolved(
      ['示范县名单:', '北京市延庆区,青海省湟源县,*自治区昭苏县。'].join('\n'),
    );
    expect(codes).toEqual(['110119', '630123', '654026']);
  });
});
