/**
 * The check a list's naming follows must be told in the list's own part of the notice: back to
 * the heading of an earlier numbered part with prose under it (past headings, attachment lines,
 * the prose leading into the list and its sibling sections of a numbered series). Controls: a
 * check told in the lead of the numbered results, over an attachment's title, over a paragraph
 * leading into the list, or in the part before the list's own heading still makes the naming a
 * pass; one told above an earlier part with prose of its own does not.
 */
import { describe, expect, it } from 'vitest';
import { checkLead } from '../../../src/main/core/import/extract/counted-tail-outcome';
import { readResolved } from './helpers';

const HEAD = '关于公布自治区级示范区的通知\n各盟市卫生健康委：\n';
const CHECK = '我委组织专家对2019年新申报的示范区进行了验收。现将验收结果通知如下：\n';
const statuses = (text: string) =>
  readResolved(text).n.records.map((r) => r.outcome?.status ?? null);

describe('the check a naming follows, told in the list’s own part', () => {
  it('reads the lead of a numbered series of results, and over an attachment’s title', () => {
    const series = statuses(
      HEAD +
        CHECK +
        '一、较好完成创建工作的旗县。包头市青山区、九原区，赤峰市巴林右旗，3个旗县区给与命名。\n' +
        '二、基本完成创建工作的旗县。呼和浩特市武川县，包头市昆都仑区、石拐区，3个旗县区给与命名。\n',
    );
    expect(series.length).toBe(6);
    expect(series.every((s) => s === '已验收')).toBe(true);
    const attached = statuses(
      HEAD +
        CHECK +
        '附件：验收结果\n验收结果\n包头市青山区、九原区，赤峰市巴林右旗，3个旗县区给与命名。\n',
    );
    expect(attached).toEqual(['已验收', '已验收', '已验收']);
  });

  it('takes no check told in an earlier part of the notice', () => {
    const far = statuses(
      HEAD +
        '2019年，我委组织专家对上一批示范区进行了验收，各地工作取得积极成效。\n' +
        '二、下一步工作安排\n' +
        '各地要进一步完善工作机制，加强组织领导，落实经费保障，推动示范区建设提质增效。\n' +
        '包头市青山区、九原区，赤峰市巴林右旗，3个旗县区给与命名。\n',
    );
    expect(far.length).toBe(3);
    expect(far.every((s) => s === null)).toBe(true);
    const key = '甲。\n二、戊\n乙丙。\n附件\n一、丁。';
    expect(checkLead(key, key.length)).toBe('二、戊\n乙丙。\n附件\n一、丁。');
  });

  it('reads a check told over the prose that leads into the list, or over its part’s heading', () => {
    const list = '包头市青山区、九原区，赤峰市巴林右旗，3个旗县区给与命名。\n';
    for (const lead of [
      '我委组织专家对2019年新申报的示范区进行了验收。\n经研究，决定对验收合格的旗县区给予命名，名单如下。\n',
      '一、验收情况\n我委组织专家对2019年新申报的示范区进行了验收，各地工作取得积极成效。\n二、命名名单\n',
    ])
      expect(statuses(HEAD + lead + list)).toEqual(['已验收', '已验收', '已验收']);
  });
});
