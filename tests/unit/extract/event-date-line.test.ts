/**
 * A date alone on its line heading what happened that day (a poster's "2011年12月20日 / 长春 /
 * 喜获…称号") dates that event, not the page; a date alone closing the text, or over the
 * attachments, still signs it.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const date = (text: string) => readResolved(text).n.metadata.issuedOn;
const STORY =
  '「喜讯」长春恢复全国文明城市资格\n在2019年的尾巴~\n有一个好消息要告诉大家伙儿!\n' +
  '2018年8月28日,我市因故被中央文明办暂停“全国文明城市”荣誉称号。经过一年来全体市民的共同努力,日前,中央文明办下发通知,恢复我市全国文明城市资格。\n';

describe('a date heading an event', () => {
  it('does not date the page', () => {
    const text =
      STORY +
      '2011年12月20日\n长春\n喜获“全国文明城市”荣誉称号\n全国文明城市对于长春来说,是一项非常熟悉的殊荣。\n';
    expect(date(text)).toBeNull();
  });

  it('leaves a date closing the text its signature', () => {
    expect(date(STORY + '2019年12月20日\n')).toBe('2019-12-20');
  });

  it('leaves a masthead date over a headline telling an event the page’s date', () => {
    const text =
      '湘西团结报社出版\n2021年11月01日\n菖蒲塘村入选2021年中国美丽休闲乡村\n本报讯(全媒体记者 彭宁)10月25日,农业农村部公布名单。\n';
    expect(date(text)).toBe('2021-11-01');
  });

  it('leaves a date over the attachments its signature', () => {
    expect(date(STORY + '2019年12月20日\n附件:全国文明城市名单\n')).toBe('2019-12-20');
  });

  it('leaves a lone date its signature over attachments or links telling other events', () => {
    expect(date(STORY + '2019年12月20日\n附件：关于召开文明城市推进会的回执\n')).toBe('2019-12-20');
    expect(date(STORY + '2019年12月20日\n上一篇：全市文明城市推进会召开\n')).toBe('2019-12-20');
    expect(date(STORY + '2019年12月20日\n相关新闻\n我市荣获全国文明城市称号\n')).toBe('2019-12-20');
    expect(date(STORY + '特此通知。\n2019年12月20日\n会议在市民政局召开\n')).toBe('2019-12-20');
  });
});
