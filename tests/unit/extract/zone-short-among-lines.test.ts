/**
 * A list of lines written county + street + community with the city's zones written short
 * among them ("工业园区…", "高新区…"): a zone is no division to read the next line in, so the
 * county a line before wrote still places it. Composed from our own sentences; the places are
 * real.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a zone written beside the counties of a list', () => {
  it('leaves the next line to be read in the city', () => {
    const { n, codes } = readResolved(
      [
        '江苏:首批苏州市社区睦邻示范点名单出炉',
        '近期，市政府妇儿工委办公室、市民政局、市妇联联合组成专家组进行了评审，5个社区获得首批“苏州市社区睦邻示范点”命名。',
        '首批苏州市社区睦邻示范点名单',
        '吴中区郭巷街道湖景花园社区',
        '相城区漕湖街道漕湖花园一社区',
        '姑苏区金阊街道三元一村社区',
        '工业园区斜塘街道金星苑社区',
        '高新区浒墅关经开区青灯社区',
        '本文来自投稿',
      ].join('\n'),
    );
    const communities = n.records.flatMap((r, i) =>
      r.regionText?.endsWith('社区') ? [[r.regionText, codes[i]]] : [],
    );
    expect(communities.map(([, code]) => code)).toEqual([
      '320506',
      '320507',
      '320508',
      '320500',
      '320505',
    ]);
  });
});
