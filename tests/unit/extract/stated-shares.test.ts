/**
 * Counts stated in stories: the organ that names a batch by one example is no entry (the
 * example is), and a place's share of a batch that the story states but does not list is
 * said, never lost in silence. Each rule is composed here from its own sentences.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n'));
const mismatch = (n: ReturnType<typeof read>['n']) =>
  n.warnings.filter((w) => w.code === 'count_mismatch').map((w) => [w.stated, w.found]);

describe('an organ naming a batch by one example', () => {
  it('reads the example after the naming verb, not the organ, and says the count is not reached', () => {
    const { n, codes } = read([
      '示范社区名单公布',
      '近日，经逐级推荐和公示，江苏省民政厅决定命名南京市江宁区秣陵街道元山社区等56个社区为2022年江苏省和谐社区建设示范社区（具体名单见附件）。各地要发挥示范作用。',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual(['南京市江宁区秣陵街道元山社区']);
    expect(codes.map((c) => c?.slice(0, 6))).toEqual(['320115']);
    expect(mismatch(n)).toEqual([[56, 1]]);
  });

  it('still reads an organ that only acts ("…民政厅要求各地…") as no entry', () => {
    const { n } = read([
      '工作动态',
      '近日，江苏省民政厅召开会议，江苏省民政厅要求各地做好社区工作。',
    ]);
    expect(n.records).toEqual([]);
  });
});

describe("a place's stated share of a batch", () => {
  it('says a share the story states and does not list', () => {
    const { n } = read([
      '浙江18个村入选',
      '近日，有关部门发布拟命名名单的公示，拟命名500个村为全国示范村。其中，浙江省18个村入选。',
    ]);
    expect(n.records).toEqual([]);
    expect(mismatch(n)).toEqual([[18, 0]]);
  });

  it('says nothing when the share is listed in full', () => {
    const { n } = read([
      '我市两个社区入选',
      '近日，省民政厅公布示范社区名单，我市2个社区入选，分别是南京市江宁区秣陵街道元山社区、南京市玄武区玄武门街道百子亭社区。',
    ]);
    expect(n.records).toHaveLength(2);
    expect(mismatch(n)).toEqual([]);
  });
});
