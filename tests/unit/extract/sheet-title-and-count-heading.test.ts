/**
 * Two shapes a list takes when its file changes format. A CSV exported from a workbook keeps
 * the sheet's merged title row as its first line, right above the table, and has no file title
 * of its own: that line is the notice's title. A list heading that only counts what it lists
 * ("12个村落名单", as a workbook's sheet title becomes a heading in Word) names no list.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n'));

describe('a sheet title row over its table', () => {
  it('is the title of a file that has no other', () => {
    const { n } = read([
      '2019年度市级特色街区年度考评结果',
      '序号\t街区名称\t考评结果',
      '1\t鼓楼湖滨步行街区\t优秀',
      '2\t秦淮夫子庙美食街区\t合格',
    ]);
    expect(n.metadata.title).toBe('2019年度市级特色街区年度考评结果');
  });

  it('is not taken when a prose line stands between it and the table', () => {
    const { n } = read([
      '特色街区建设情况',
      '近日，市商务局对全市特色街区开展了年度考评，结果如下：',
      '序号\t街区名称\t考评结果',
      '1\t鼓楼湖滨步行街区\t优秀',
    ]);
    expect(n.metadata.title).not.toBe('特色街区建设情况');
  });
});

describe('a list heading that counts its entries', () => {
  it('gives the list no name of its own', () => {
    const { n } = read([
      '我市共有3个村落入选',
      '近日，省住房城乡建设厅公布第三批省级传统村落名录，我市共有3个村落入选。',
      '3个村落名单',
      '序号\t县（市、区）\t村落名称',
      '1\t婺源县\t江湾镇汪口村',
      '2\t婺源县\t思口镇延村',
      '3\t浮梁县\t江村乡严台村',
    ]);
    expect(n.records.length).toBe(3);
    expect(n.records.map((r) => r.programme)).not.toContain('3个村落');
  });
});
