/**
 * A list that writes some of its units short, without their level words: a city and county
 * pair ("某山岭东") or a county alone ("某汇") names its own place, so the province or county
 * carried from the items before never reaches it; a short name the carried context places
 * stays in it. Composed from our own sentences; the short names are real units.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const listed = (units: string) =>
  readResolved(
    [
      '关于某某创新示范区结项验收情况的通知',
      `经专家评估，确认${units}等8个某某创新示范区圆满完成示范任务，顺利通过结项验收。`,
    ].join('\n'),
  );

describe('units written short in a list', () => {
  it('reads a city and county pair in its own city, not under the county before', () => {
    const { codes } = listed('辽宁省沈阳市和平区，双鸭山岭东，浙江省杭州市上城区、绍兴越城');
    expect(codes).toEqual(['210102', '230503', '330102', '330602']);
  });

  it('reads a county written alone where it is the one unit of that name', () => {
    const { codes } = listed('辽宁省沈阳市和平区，徐汇，湖南省长沙市天心区、天元、重庆市江北区');
    expect(codes).toEqual(['210102', '310104', '430103', '430211', '500105']);
  });

  it('keeps a short name in the context before when that context places it', () => {
    const { codes } = listed('江西省南昌市东湖区、西湖，浙江省杭州市上城区、西湖、重庆市江北区');
    expect(codes).toEqual(['360102', '360103', '330102', '330106', '500105']);
  });
});
