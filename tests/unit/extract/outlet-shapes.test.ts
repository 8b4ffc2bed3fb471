/**
 * Whose story a news page is, in shapes of outlets' own: a site's dateline with the paper it
 * runs under in brackets (某网（某日报网）讯), a site named bare before 报道（通讯员…）, the
 * outlet and the day alone on the line above the body, an outlet whose name ends in 新闻, a
 * source line whose next field's label follows the organ with no space, and a journal named
 * under a lone 出处 label.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const issuer = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata.issuer;

const HEAD = '青禾县两个社区入选全国示范性老年友好型社区';
const LEAD =
  '近日，国家卫生健康委、全国老龄办公布了全国示范性老年友好型社区名单，青禾县东坡社区、柳岸社区成功入选。';
const PROSE =
  '据了解，创建工作从两年前开始启动，各地按照评价标准逐级推荐，经过材料审核和实地考察，最终确定了名单。';

describe('the outlet of a news page', () => {
  it('a dateline with the paper the site runs under in brackets', () => {
    expect(issuer([HEAD, `江畔网（江畔日报网）讯（记者 林晓）${LEAD}`, PROSE].join('\n'))).toBe(
      '江畔网（江畔日报网）',
    );
  });

  it('a site named bare before 报道 and its reporter’s bracket', () => {
    expect(issuer([HEAD, `云上青禾报道（通讯员 周平）${LEAD}`, PROSE].join('\n'))).toBe('云上青禾');
    // An organ reporting is no outlet.
    expect(issuer([HEAD, `县民政局报道（通讯员 周平）${LEAD}`, PROSE].join('\n'))).not.toBe(
      '县民政局',
    );
  });

  it('the outlet and the day alone on a line above the body', () => {
    expect(issuer([HEAD, '江畔晚报 2022-03-02', LEAD, PROSE].join('\n'))).toBe('江畔晚报');
  });

  it('an outlet whose name ends in 新闻, named on the source line at the foot', () => {
    expect(issuer([HEAD, LEAD, PROSE, '来源：江畔新闻', '标题：' + HEAD].join('\n'))).toBe(
      '江畔新闻',
    );
  });

  it('an organ on a source line with the author’s label glued after it', () => {
    expect(
      issuer(
        [HEAD, '时间:2021-11-17 22:39来源: 青禾县民政局作者:佚名收藏', LEAD, PROSE].join('\n'),
      ),
    ).toBe('青禾县民政局');
  });

  it('a journal named under a lone 出处 label, the label itself no organ', () => {
    const text = [
      '青禾县对各乡镇美丽社区建设进行了考核验收',
      '摘要',
      '近日，青禾县美丽社区建设指挥部对各乡镇美丽社区建设进行了考核验收。考核组分组到各社区查看台账。',
      '出处',
      '《社区与治理》',
      '2016年第7期63-63，共1页',
    ].join('\n');
    expect(issuer(text)).toBe('社区与治理');
  });
});
