/**
 * An acceptance a notice only reports is no duty: its results or grades (评估验收结果如下, the
 * result sheet's title), a pass told with its month (2024年9月通过…终期评估验收), the failed
 * units' review after rectification however it is worded (重新申请评估验收). A sentence that
 * still asks for a review beside a reported pass keeps its duty. And a period written with its
 * start marked (自2021年9月起至2024年9月止) is the range of the cycle.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const kindsOf = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't.txt' }).rules.map((r) => r.kind);

describe('reported acceptances', () => {
  it('a result sheet names its results, no review to hold', () => {
    expect(kindsOf('某部办公厅关于第三批全国青禾改革实验区终期评估验收结果的通报')).not.toContain(
      'acceptance',
    );
    expect(
      kindsOf('经听取汇报、实地查看、查阅资料，确定评估验收结果如下（见附表）。'),
    ).not.toContain('acceptance');
  });

  it('a pass told with its month is an outcome', () => {
    expect(
      kindsOf(
        '松溪区自2020年5月至2023年5月，为全国首批青禾改革实验区，2023年8月通过某部终期评估验收。',
      ),
    ).not.toContain('acceptance');
  });

  it('the failed units’ re-review is their own duty, whatever the review is called', () => {
    expect(kindsOf('评估结果为不通过的柳岸县，限期一年整改后重新申请评估验收。')).not.toContain(
      'acceptance',
    );
  });

  it('a review still asked for stays a duty, beside a pass or with a modal', () => {
    expect(kindsOf('实验期满后，由省民政厅组织终期评估验收。')).toContain('acceptance');
    expect(kindsOf('各实验区须通过终期验收方可授牌，省民政厅将组织验收。')).toContain('acceptance');
  });
});

describe('a period with its start marked', () => {
  it('reads as the cycle’s range', () => {
    const n = extractNotice(txtDoc('实验时间为3年，自2021年9月起至2024年9月止。'), {
      fileName: 't.txt',
    });
    expect(n.rules.map((r) => [r.kind, r.params])).toContainEqual([
      'range',
      { from: '2021-09', to: '2024-09' },
    ]);
  });
});
