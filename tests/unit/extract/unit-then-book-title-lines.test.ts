/**
 * A case list pasted one line per case, each line the unit (a place, or a body at a place) run
 * straight into its case title in book-title marks: every line is an entry, the marked text its
 * title; a line citing a document (《关于…》) is none. Composed in other places and words than any
 * notice read.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '我市3个案例入选全省社区服务优秀案例\n优秀案例名单';

describe('lines of a unit run into its 《case title》', () => {
  it('are entries with the marked text as the title', () => {
    const { n, codes } = readResolved(
      [
        HEAD,
        '江苏省常州市新北区三井街道社区服务中心《“邻里365”——一站式便民服务计划》',
        '常州市溧阳市天目湖镇《山水乡村“共享客厅”》',
        '常州市金坛区儒林镇社会工作服务站《“银龄伙伴”守护行动》',
      ].join('\n'),
    );
    expect(codes).toEqual(['320411', '320481', '320413']);
    expect(n.records.map((r) => r.title)).toEqual([
      '“邻里365”——一站式便民服务计划',
      '山水乡村“共享客厅”',
      '“银龄伙伴”守护行动',
    ]);
  });

  it('leave a line citing a document to be no entry', () => {
    const { n } = readResolved(
      [
        HEAD,
        '江苏省常州市新北区三井街道社区服务中心《“邻里365”——一站式便民服务计划》',
        '常州市溧阳市天目湖镇《山水乡村“共享客厅”》',
        '常州市金坛区儒林镇《关于开展社区服务优秀案例评选的通知》',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.title)).not.toContain('关于开展社区服务优秀案例评选的通知');
  });
});
