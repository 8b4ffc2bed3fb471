/**
 * An aggregator sets its column's name after a story's headline by a space ("… 环球简讯"): the
 * title is the headline without it; a headline's own second part (…名单公示 四川两家在列) stays.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const story = (headline: string) =>
  [
    headline,
    '来源: 某某网2031-07-03 09:34:54',
    '近日,省农业农村厅公布全省第二批乡村治理典型案例名单,我市某某村、某某村入选。',
    '据了解,本批典型案例共30个,涵盖积分制、清单制等做法。',
  ].join('\n');

describe("an aggregator's column name after the headline", () => {
  it('is no part of the title', () => {
    const { n } = readResolved(story('30个村入选全省第二批典型案例 环球简讯'));
    expect(n.metadata.title).toBe('30个村入选全省第二批典型案例');
  });

  it('is dropped from a headline the page prints twice, the title once', () => {
    const h = '30个村入选全省第二批典型案例 环球简讯';
    const { n } = readResolved(story(h).replace(h, `${h}\n${h}`));
    expect(n.metadata.title).toBe('30个村入选全省第二批典型案例');
  });

  it('is dropped in traditional characters too', () => {
    const { n } = readResolved(story('30個村入選全省第二批典型案例 每日快訊'));
    expect(n.metadata.title).toBe('30個村入選全省第二批典型案例');
  });

  it("leaves a headline's own second part (control)", () => {
    const { n } = readResolved(story('全省第二批乡村治理典型案例名单公示 我市两村在列'));
    expect(n.metadata.title).toBe('全省第二批乡村治理典型案例名单公示 我市两村在列');
  });

  it("leaves a body's own newsletter name (… 工作快讯) (control)", () => {
    const { n } = readResolved(story('社区治理创新实验区 工作快讯'));
    expect(n.metadata.title).toBe('社区治理创新实验区 工作快讯');
  });
});
