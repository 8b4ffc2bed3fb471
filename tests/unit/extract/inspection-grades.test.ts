/**
 * A grade an inspection gives with a term to put things right ("…为不达标等级，予以通报批评，并责令
 * 限期整改"): the unit stays in its programme while it mends, so failing the check is no failed
 * acceptance. Controls: a failed acceptance or evaluation ordered to rectify is still a fail —
 * in its own sentence or with the review told a sentence earlier — and so is a bare 不达标 and a
 * decision withheld (暂缓命名) with a term to rectify. Composed sentences.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const statuses = (text: string) => readResolved(text).n.records.map((r) => r.outcome?.status);

describe('an inspection’s grade with a term to rectify', () => {
  it('leaves a scenic area criticised in a yearly check without a status', () => {
    const { n } = readResolved(
      '近日，住房和城乡建设部对外公布2014年国家级风景名胜区执法检查结果，河北秦皇岛-北戴河等9处风景名胜区为不达标等级，予以通报批评，并责令限期整改。\n',
    );
    expect(n.records.length).toBeGreaterThan(0);
    expect(n.records.every((r) => !r.outcome)).toBe(true);
  });

  it('keeps the fail of an acceptance told a sentence before the grade', () => {
    expect(
      statuses(
        '我厅组织专家对2020年创建的省级示范区进行了验收。遂宁市安居区、射洪市通过验收。蓬溪县、大英县不达标，责令限期整改。\n',
      ),
    ).toEqual(['已验收', '已验收', '未通过', '未通过']);
  });

  it.each([
    ['经检查，蓬溪县、大英县暂缓命名，限期整改。\n'],
    ['蓬溪县、大英县验收不合格，限期整改。\n'],
    ['蓬溪县、大英县不达标。\n'],
  ])('%s stays a fail', (text) => {
    expect(statuses(text)).toEqual(['未通过', '未通过']);
  });
});
