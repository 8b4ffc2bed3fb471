/**
 * An acceptance a notice reports as done, or only names, is no acceptance every unit owes: the
 * work told with verb + 了 however long its object, a step the act built on (在…验收的基础上), a
 * cited document's name (依据《…验收办法》), and a pass handed over now (现将通过验收的…公布为).
 * An acceptance asked for stays a duty.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const acceptances = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't.txt' }).rules.filter((r) => r.kind === 'acceptance');

describe('acceptance reported, not asked for', () => {
  it('the work told as done with a long object', () => {
    expect(acceptances('省文旅厅组织开展了全省乡愁文化传承实验区建设成果验收工作。')).toEqual([]);
  });

  it('the step the act built on', () => {
    expect(
      acceptances('在各市初审验收的基础上，综合专家评审结果，决定将北湾区等9家单位认定为示范区。'),
    ).toEqual([]);
  });

  it('a cited document naming acceptance', () => {
    expect(
      acceptances(
        '依据《示范县验收、认定和管理办法》，开展了第三批示范县验收认定工作，确定了名单，现予以公示。',
      ),
    ).toEqual([]);
  });

  it('a pass handed over now', () => {
    expect(
      acceptances(
        '经材料审核、专家评审和社会公示等程序，现将通过验收的实验区正式公布为保护区，名单如下：',
      ),
    ).toEqual([]);
  });

  it('an acceptance asked for stays a duty', () => {
    expect(acceptances('实验期满后，各实验区应向省厅申请结项验收。')).toHaveLength(1);
    expect(acceptances('省厅将组织专家对实验区进行验收评估。')).toHaveLength(1);
    expect(acceptances('实验区须通过验收评审后方可命名。')).toHaveLength(1);
    expect(acceptances('按照《实验区验收办法》，各实验区应于期满前申请验收。')).toHaveLength(1);
  });
});
