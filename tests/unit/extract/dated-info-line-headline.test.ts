/**
 * A story's headline with no document word in it: set over an info line that opens with the
 * posting time ("2021-03-12 15:17:00  来源：某日报") above a table with too little prose to echo
 * it, or opening with the year of what it tells ("2017中国十大…"), it is still the title.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a headline over an info line led by the posting time', () => {
  it('is the title above a table', () => {
    const text = [
      '第三批省级生态文明示范村揭晓 青禾3个村上榜',
      '2022-05-06 09:30:00  来源：青禾日报',
      '序号\t县（区）\t村',
      '1\t南安市\t东田村',
      '2\t安溪县\t湖头村',
      '3\t永春县\t岵山村',
      '截至目前，我市已有9个村获此称号。',
    ].join('\n');
    expect(readResolved(text).n.metadata.title).toBe('第三批省级生态文明示范村揭晓 青禾3个村上榜');
  });

  it('is no title when the line under it is a date alone', () => {
    const text = [
      '春风十里不如你',
      '2022-05-06',
      '序号\t县（区）\t村',
      '1\t南安市\t东田村',
      '截至目前，我市已有9个村获此称号。',
    ].join('\n');
    expect(readResolved(text).n.metadata.title).toBeNull();
  });
});

describe('a headline opening with its year', () => {
  it('is the title when the body repeats it', () => {
    const text = [
      '2019全国十佳生态乡镇',
      '',
      '近日，“2019寻找全国十佳生态乡镇”活动结果揭晓，浙江省湖州市安吉县天荒坪镇等十个乡镇获评“2019全国十佳生态乡镇”。',
      '以下是具体名单：',
      '1、浙江省湖州市安吉县天荒坪镇',
      '2、福建省南平市武夷山市星村镇',
    ].join('\n');
    expect(readResolved(text).n.metadata.title).toBe('2019全国十佳生态乡镇');
  });

  it('leaves a date line that opens the page', () => {
    const text = [
      '2019年5月6日 星期一 晴',
      '',
      '近日，“2019寻找全国十佳生态乡镇”活动结果揭晓，浙江省湖州市安吉县天荒坪镇等十个乡镇获评“2019全国十佳生态乡镇”。',
    ].join('\n');
    expect(readResolved(text).n.metadata.title).not.toBe('2019年5月6日 星期一 晴');
  });
});
