/**
 * Never silent: examples written by their province's short name and their own name ("另有河北
 * 丰宁海留图等21处试点国家湿地公园未通过验收"), with what became of them after the count, state
 * a count the notice does not list; unread beside other records read, the count is said.
 * Provinces alone before the count ("另有河北等21处") name no such unit.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '试点国家湿地公园验收结果公布';
const LEAD =
  '这三处试点分别是吉林榆树老干江国家湿地公园、福建宁德东湖国家湿地公园、河南偃师伊洛河国家湿地公园，被取消试点资格。';

const stated = (text: string) =>
  readResolved(text)
    .n.warnings.filter((w) => w.code === 'count_mismatch')
    .map((w) => w.stated);

describe('examples led by a province’s short name', () => {
  it('say their count when none of them is read', () => {
    expect(
      stated(
        [
          HEAD,
          LEAD,
          '结果显示，另有河北丰宁海留图等21处试点国家湿地公园未通过验收，限期整改。',
        ].join('\n'),
      ),
    ).toContain(21);
  });

  it('leave a count of provinces alone, and a count with no outcome after it', () => {
    expect(
      stated([HEAD, LEAD, '另有河北等21处试点国家湿地公园未通过验收，限期整改。'].join('\n')),
    ).not.toContain(21);
    expect(
      stated([HEAD, LEAD, '河北丰宁海留图等21处湿地公园正在开展自查。'].join('\n')),
    ).not.toContain(21);
  });
});
