/**
 * A headline a page's template cut short, in its heading and <title>, is the whole one the
 * page prints above its body: the line that goes on from the cut one's words. A line that only
 * sets another field beside a whole headline (its 文号, its date) is no longer headline.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const meta = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata;

const BODY =
  '近日，多部门联合举办的宣传推选活动落下帷幕。经过公开评选，东坡社区从全国参评社区中脱颖而出，成为全市唯一获得全国“最美志愿服务社区”奖项的社区。';

describe('a headline cut short by the page', () => {
  it('is the whole line above the body that goes on from its words', () => {
    const cut = '青禾市东湖区东坡社区获全国最美志愿';
    const whole = '青禾市东湖区东坡社区获全国“最美志愿服务社区”称号';
    const m = meta([cut, '民生 2019-07-29 15:47 字号: 大 中 小', whole, BODY].join('\n'));
    expect(m.title).toBe(whole);
  });

  it('is not a whole headline with its 文号 or date set beside it', () => {
    const head = '关于发布2022年度全市现代民政创新成果的通知';
    const body =
      '各区民政局：经评审，现将2022年度全市现代民政创新成果予以发布，青禾县东坡社区等10个项目入选。';
    expect(meta([head, `${head} 青民发〔2023〕2号`, body].join('\n')).title).toBe(head);
    expect(meta([head, `${head} ( 2020-08-28 )`, body].join('\n')).title).toBe(head);
  });
});
