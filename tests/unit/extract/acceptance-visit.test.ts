/**
 * An acceptance visit a page reports (某社区迎来省级验收; 5月5日下午，…验收组…一行对…进行验收) is the
 * checking team's visit, its result untold: news of the work, and no acceptance every unit owes. A
 * headline telling the result, and a visit still to come, stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { receivesAcceptanceVisit } from '../../../src/main/core/import/extract/acceptance-visit';
import { readResolved, txtDoc } from './helpers';

const acceptances = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't.txt' }).rules.filter((r) => r.kind === 'acceptance');

const VISIT = [
  '嘉兴平湖徐家埭未来社区迎来省级验收',
  '5月5日下午,浙江省未来社区验收组侯宇红一行对林埭镇徐家埭未来社区进行验收。嘉兴市住建局二级调研员等陪同验收。',
  '验收组一行实地察看了具美公园、桥下体育公园、居家养老服务中心等各建设场景。',
].join('\n');

describe('an acceptance visit reported', () => {
  it('is news, not the acceptance', () => {
    expect(readResolved(VISIT).n.metadata.role).toBe('news');
  });

  it('asks no acceptance of anyone', () => {
    expect(acceptances(VISIT)).toEqual([]);
    expect(acceptances('3月2日上午，省验收组对某区创建工作进行验收。')).toEqual([]);
  });

  it('reads the headline of a visit, not of a result', () => {
    expect(receivesAcceptanceVisit('嘉兴平湖徐家埭未来社区迎来省级验收')).toBe(true);
    expect(receivesAcceptanceVisit('某县接受国家级示范县验收')).toBe(true);
    expect(receivesAcceptanceVisit('某县顺利通过国家级示范县验收')).toBe(false);
    expect(receivesAcceptanceVisit('某县迎来验收结果')).toBe(false);
    expect(receivesAcceptanceVisit('关于公布第三批示范县验收结果的通知')).toBe(false);
  });

  it('keeps an acceptance still to be held as a duty (control)', () => {
    expect(
      acceptances('省厅将于6月30日前组织对各创建单位进行验收，各地要做好准备。').length,
    ).toBeGreaterThan(0);
    expect(
      acceptances('各创建单位须于5月5日前完成自评，并接受省验收组的验收。').length,
    ).toBeGreaterThan(0);
    // a visit announced by the day it is held, the units bidden ready for it
    expect(
      acceptances('10月8日上午，省验收组对各创建单位进行验收，请各单位做好迎检准备。').length,
    ).toBeGreaterThan(0);
    expect(
      acceptances('请各创建单位做好准备，验收组一行到各地进行实地验收。').length,
    ).toBeGreaterThan(0);
  });
});
