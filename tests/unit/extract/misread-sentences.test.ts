/**
 * Plausible sentences a rule once read wrongly: a coverage count taken for a group's, a window
 * to apply taken for a term, a principle of the work taken for a call's terms, an honour
 * conferred taken for an event, a list of departments skipped, a cited ground taken for the
 * notice's programme. Composed notices, invented names.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { listedProgramme } from '../../../src/main/core/import/extract/listed-programme';
import { statedCount } from '../../../src/main/core/import/extract/counts';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import { unreadTotals } from '../../../src/main/core/import/extract/unread-totals';
import { readResolved, txtDoc } from './helpers';

const communities = (n: number) =>
  Array.from({ length: n }, (_, i) => `${i + 1}. 青禾县${'东南西北中上下前后左右新'[i]}岭社区`);
const mismatches = (lines: string[]) =>
  readResolved(lines.join('\n')).n.warnings.filter((w) => w.code === 'count_mismatch');
const rulesOf = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't.txt' }).rules.map((r) => [r.kind, r.params]);
const role = (lines: string[]) => readResolved(lines.join('\n')).n.metadata.role;

describe('sentences read as they are meant', () => {
  it('a count of the places the units are spread over is no group of the list', () => {
    for (const spread of ['涉及12个县（市、区）', '覆盖12个县（市、区）']) {
      expect(
        mismatches([
          '某省民政厅关于命名示范社区的通知',
          `各市民政局：经评审，共命名示范社区30个，${spread}。名单如下：`,
          ...communities(12),
        ]),
      ).toMatchObject([{ stated: 30, found: 12 }]);
    }
  });

  it('a window to apply or a date to finish by is no term from the notice’s day', () => {
    for (const line of [
      '示范创建申报时间为即日起至2023年5月31日。',
      '请各地于即日起至2023年6月底前完成创建自评。',
    ]) {
      const rules = rulesOf(['某市民政局', '2023年3月5日', line].join('\n'));
      expect(rules.some(([k]) => k === 'range')).toBe(false);
    }
  });

  it('a principle of the work is no term of applying', () => {
    expect(
      role([
        '某省推进村规民约建设',
        '本报讯 全省各地组织开展村规民约建设，坚持以村民为主体，推动乡村治理提质增效。',
      ]),
    ).toBe('news');
  });

  it('an honour conferred on holders the page should list still counts them', () => {
    expect(
      unreadTotals(keyText('市民政局日前表彰了十佳和谐社区，并为获评社区授牌。'), [], 0, []),
    ).toMatchObject([{ stated: 10, found: 0 }]);
  });

  it('departments and kinds can be a list’s units', () => {
    expect(statedCount('命名市民政局等12个部门为文明单位')).toBe(12);
    expect(statedCount('共确定12个类别的示范项目')).toBe(12);
  });

  it('a naming document cited as the ground of other work names no programme', () => {
    const p = listedProgramme(
      '关于开展第二批示范县中期评估的通知',
      '根据《关于命名首批全国乡村治理示范县的决定》要求，现开展第二批示范县中期评估工作。',
      null,
    );
    expect(p?.batch).not.toBe('首批');
  });
});
