/**
 * The organ a lead tells acting ("近日，农业农村部公布…") issues a reprint of its act, never a
 * news story telling of it: a story is issued by its outlet, or by no one when the page names
 * none. The organ still places the story's programme as before.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const meta = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata;

describe('the organ a lead tells acting', () => {
  it('issues no news story', () => {
    const m = meta(
      [
        '近日,农业农村部公布了38个全国村级“文明乡风建设”典型案例,其中,青禾县东坡村、柳岸村两地入选。',
        '为推进农村移风易俗和培育文明乡风,发挥先进典型的示范带动作用,此前,农业农村部组织开展了典型案例征集推介活动。此次公布的名单即经过申报、审核、评审等程序最终确定。',
        '近年来,青禾县持续推进移风易俗、破除陈规陋习工作,将其作为推进乡村振兴战略的重要内容。东坡村的精神面貌随之焕然一新。',
      ].join('\n'),
    );
    expect(m.role).toBe('news');
    expect(m.issuer).toBeNull();
  });

  it('issues the reprint of its act', () => {
    const m = meta(
      '日前，民政部对第二批申报作出批复，同意北京市海淀区等42个县为实验县，名单如下：',
    );
    expect(m.role).not.toBe('news');
    expect(m.issuer).toBe('民政部');
  });
});
