/**
 * Places named in full and closed by a count of places with the membership verb right after it
 * ("其中，A、B两地入选"): the places are the entries, as with 两个村入选. Places the page says
 * its province already holds ("某省已有A、B、C3地入选", a tally of an earlier batch beside this
 * one's entries) and places counted for what they share ("A、B两地交界处") stay out.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const LEAD = '近日，某部公布了40个全国村级示范典型案例，其中，';
const END = '此次公布的名单经过申报、审核、评审等程序最终确定。';

describe('places closed by a count of places and a membership verb', () => {
  it('reads the places as the entries', () => {
    const { codes } = readResolved(
      [`${LEAD}河南省洛阳市孟津区会盟镇雷河村、开封市兰考县东坝头镇张庄村两地入选。`, END].join(
        '\n',
      ),
    );
    expect(codes).toEqual(['410308', '410225']);
  });

  it('leaves out the places a province already holds, beside the new ones', () => {
    const { n } = readResolved(
      [
        '近日，某部公布第二批示范区名单，河南省郑州市中牟县、开封市兰考县位列名单。',
        '在首批示范区名单中，河南已有洛阳市孟津区、新乡市辉县市2地入选。',
        END,
      ].join('\n'),
    );
    expect(n.records.filter((r) => !r.retold).map((r) => r.regionText)).toEqual([
      '河南省郑州市中牟县',
      '开封市兰考县',
    ]);
    // Told by the earlier batch's list, they are mentions of that batch's records.
    expect(n.records.filter((r) => r.retold).map((r) => r.batch)).toEqual(['首批', '首批']);
  });

  it('reads no places counted for what the verb is followed by (两地入选村庄最多)', () => {
    const { n } = readResolved(
      [
        '近日，某部公布第二批示范村名单，全国共100个村庄入选。',
        '其中，河南省洛阳市孟津区、开封市兰考县两地入选村庄最多，各有3个。',
        END,
      ].join('\n'),
    );
    expect(n.records).toHaveLength(0);
  });

  it('reads no places counted for what they share', () => {
    const { n } = readResolved(
      [
        '某部调研组近日赴河南省洛阳市孟津区、开封市兰考县两地交界处调研黄河滩区治理工作。',
        END,
      ].join('\n'),
    );
    expect(n.records).toHaveLength(0);
  });
});
