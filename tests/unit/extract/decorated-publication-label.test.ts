/**
 * A page's publication label set in brackets ("[发布日期] 2020-12-24") or off by a bar
 * ("发布时间 | 2023-04-25 08:50:32") dates the page as the plain label does.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const BODY = [
  '各省、自治区、直辖市科技厅（委、局）：',
  '为加强园区管理，我部组织开展了园区综合评估工作，现将评估结果予以公布。',
  '请各地认真总结经验，进一步推动园区高质量发展。',
];

describe('a publication label in brackets or off by a bar', () => {
  it('dates the page when set in square brackets', () => {
    const { n } = readResolved(
      [
        '某部办公厅关于公布园区综合评估结果的通知',
        '[发布日期] 2020-12-24 [发布机构] 字体：[大 中 小]',
        ...BODY,
      ].join('\n'),
    );
    expect(n.metadata.issuedOn).toBe('2020-12-24');
  });

  it('dates the page when set off by a bar', () => {
    const { n } = readResolved(
      [
        '婚俗改革让新风吹进山村',
        '发布时间 | 2023-04-25 08:50:32 字体：[大 中 小]',
        '2021年9月，某县被确认为全国婚俗改革实验区，当地对高价彩礼开展专项治理。',
        '村民说，现在办喜事简单了，负担也轻了。',
      ].join('\n'),
    );
    expect(n.metadata.issuedOn).toBe('2023-04-25');
  });
});
