/**
 * A document title wrapped over several lines, as Word sets a long one: the issuing organs and
 * 关于命名 on the first, the units named on the next, "…”的通知" on the last. The title is
 * all of them, joined as written from the line that holds 关于.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const meta = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata;

const BODY = [
  '各市州、县市区民政局：',
  '经各地推荐、实地评估，现命名青禾县东坡社区等12个社区为2022年“某省综合减灾示范社区”。',
];

describe('a document title wrapped over lines', () => {
  it('is joined from the organs’ line with 关于 down to its ending', () => {
    const m = meta(
      [
        '某省民政厅 某省应急管理厅关于命名',
        '青禾县东坡社区等12个社区为2022年“某省综合',
        '减灾示范社区”的通知',
        ...BODY,
      ].join('\n'),
    );
    expect(m.title).toBe(
      '某省民政厅 某省应急管理厅关于命名青禾县东坡社区等12个社区为2022年“某省综合减灾示范社区”的通知',
    );
  });

  it('over two lines, the first opening with 关于', () => {
    const m = meta(['关于开展青禾县2021社区服务精品项目', '中期评估的通知', ...BODY].join('\n'));
    expect(m.title).toBe('关于开展青禾县2021社区服务精品项目中期评估的通知');
  });

  it('takes no line above that holds no 关于 within reach', () => {
    const m = meta(
      ['青禾县民政局文件', '青禾县东坡社区等12个社区', '减灾示范社区名单的通知', ...BODY].join(
        '\n',
      ),
    );
    expect(m.title).not.toContain('青禾县民政局文件');
  });
});
