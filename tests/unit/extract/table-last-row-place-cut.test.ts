/**
 * A PDF table's last row whose place the page cut at a level ("8\t内蒙古自治区兴安盟" and then
 * "扎赉特旗" on a line of its own): the line is the rest of the name, though no row above
 * wrapped. Controls: a closing line (signature, date) and a line after a cell that is no upper
 * level (a village's) are left alone. Composed tables.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const table = (last: string, after: string[]) =>
  [
    '整县推进试点名单',
    '序号\t试点名称',
    '1\t陕西省榆林市榆阳区',
    '2\t湖南省益阳市南县',
    `3\t${last}`,
    ...after,
  ].join('\n') + '\n';

describe('a place cut at a level in a table’s last row', () => {
  it('joins the rest of the name written on the next line', () => {
    const { n, codes } = readResolved(table('内蒙古自治区兴安盟', ['扎赉特旗']));
    expect(n.records.map((r) => r.regionText)).toContain('内蒙古自治区兴安盟扎赉特旗');
    expect(codes).toContain('152223');
  });

  it('leaves a signature or a date after the table alone', () => {
    const { n } = readResolved(table('内蒙古自治区兴安盟', ['兴安盟农牧局', '2023年3月15日']));
    expect(n.records.map((r) => r.regionText)).toContain('内蒙古自治区兴安盟');
    expect(n.metadata.issuer).toBe('兴安盟农牧局');
  });

  it('leaves a county line after a cell closed at a county', () => {
    const { n } = readResolved(table('河南省开封市兰考县', ['扎赉特旗']));
    expect(n.records.map((r) => r.regionText)).toContain('河南省开封市兰考县');
    expect(n.records.map((r) => r.regionText)).not.toContain('河南省开封市兰考县扎赉特旗');
  });
});
