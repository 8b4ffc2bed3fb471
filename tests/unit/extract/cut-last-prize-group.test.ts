/**
 * A copy cut inside the last prize group of one long sentence ("…获得三等奖；A社区“甲”项目、B社区
 * “乙”项目、C社") lost that group's verb with the cut: its placed quotes, written as the honoured
 * groups before them, are entries too. The same group closed by a stop, or a cut line honouring
 * nothing before it in the line, is not. Composed from our own lines, not from a notice.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const lead = '青禾新闻网讯 5月18日,潜江市首届社区公益创投项目路演活动举行。';
const honoured =
  '最终,园林街道西堤社区“乐享慢生活”公益项目获得一等奖;老新镇中心村“积分中心”共享项目、泰丰街道小南门社区“伴童成长”课堂项目获得二等奖;';
const lastGroup =
  '园林街道笔架山社区“霞光照晚年”互助项目、园林街道建设街社区“红管家”治理项目、园林街道红庙社';
const titles = (text: string) => readResolved(text).n.records.map((r) => r.title);

describe('a prize group cut off at the copy’s end', () => {
  it('takes the cut group’s placed quotes after honoured groups', () => {
    const got = titles([lead, honoured + lastGroup].join('\n'));
    expect(got).toContain('“霞光照晚年”互助项目');
    expect(got).toContain('“红管家”治理项目');
    expect(got).toContain('“乐享慢生活”公益项目');
  });

  it('leaves the same group when a stop closes the sentence (control)', () => {
    const got = titles([lead, honoured + lastGroup + '等社区。'].join('\n'));
    expect(got).not.toContain('“霞光照晚年”互助项目');
    expect(got).toContain('“乐享慢生活”公益项目');
  });

  it('leaves a cut line that honours nothing before it in the line (control)', () => {
    const got = titles([lead, honoured, '此外,' + lastGroup].join('\n'));
    expect(got).not.toContain('“霞光照晚年”互助项目');
  });

  it('leaves the group when the text goes on after the line (control)', () => {
    const got = titles([lead, honoured + lastGroup, '活动现场气氛热烈。'].join('\n'));
    expect(got).not.toContain('“霞光照晚年”互助项目');
  });
});

describe('a cut group stands only with its place', () => {
  it('leaves a cut group’s quote with no place before it (control)', () => {
    const got = titles([lead, honoured + '完成“民生小实事”项目、园林街道红庙社'].join('\n'));
    expect(got).not.toContain('“民生小实事”项目');
    expect(got).toContain('“乐享慢生活”公益项目');
  });
});
