/**
 * An organ's own account of its or its units' work, set out point by point (一是…二是…, 我们的主要
 * 做法如下) with no outlet, reporter or dated lead, is its progress report; a story telling the same
 * points after a dated lead or in another's words, or under an outlet, stays news, and a text
 * directing organs stays rules.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const role = (text: string) => readResolved(text).n.metadata.role;

const POINTS =
  '一是社区服务体系不断完善。全省普遍建立社区综合服务设施，覆盖率达到100%。\n' +
  '二是基层民主建设进一步深化。2017年组织开展了全省社区居委会换届选举工作，选举质量达到历史最好水平。\n';

describe('an organ’s own account of its work', () => {
  it('is a progress report when it counts off its points', () => {
    const text =
      '某省把推进幸福社区建设摆在更加突出的位置，作为保障民生的一件大事来抓。经过一年的探索实践，全省幸福社区建设工作取得了积极进展。\n' +
      POINTS;
    expect(role(text)).toBe('progress_report');
  });

  it('is a progress report when it announces its ways in the first person', () => {
    const text =
      '某区是全国社区治理和服务创新实验区，目前我区已经完成实验区建设，初步建成了协同共治的社区治理机制。我们的主要做法如下：\n' +
      '一、提前把脉问诊，树准实验靶向。在申报实验区之前，我们对区情实际进行了深入调研。\n';
    expect(role(text)).toBe('progress_report');
  });

  it('stays news when a dated lead opens the story (look-alike)', () => {
    const text =
      '近日，某省召开全省幸福社区建设工作推进会，总结一年来的工作，部署下一阶段任务，各市县民政部门负责同志参加会议。\n' +
      POINTS;
    expect(role(text)).toBe('news');
  });

  it('stays news when the points are an official’s words (look-alike)', () => {
    const text =
      '全省幸福社区建设工作取得了积极进展。省民政厅有关负责同志在接受采访时表示，一年来主要有三方面变化。\n' +
      POINTS;
    expect(role(text)).toBe('news');
  });

  it('stays news under an outlet’s dateline (look-alike)', () => {
    const text =
      '某某日报讯 全省幸福社区建设工作取得了积极进展，经过一年的探索实践，各地普遍建立了工作推进机制和督促检查制度。\n' +
      POINTS;
    expect(role(text)).toBe('news');
  });

  it('is no progress report when it directs organs (look-alike)', () => {
    const text =
      '各市县民政部门要充分认识幸福社区建设的重要意义，切实加强组织领导，确保各项任务落到实处。\n' +
      '一是要完善体制机制，各地要出台实施方案。二是要深化基层民主，严禁搞形式主义。\n';
    expect(role(text)).not.toBe('progress_report');
  });
});
