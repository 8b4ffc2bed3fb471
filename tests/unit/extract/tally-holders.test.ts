/**
 * A running total of a place's holdings named by its first units ("目前，某市已有A等25个村（社区）
 * 被评为…") retells units chosen over the years: no entries of the page. A run after the tally
 * (…，本次新增A、B), or one held by nothing so far (目前，A等3个社区已通过验收), stays.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const NAMED =
  '近日，国家防灾减灾救灾委员会办公室与应急管理部联合发布通知，授予延吉市等12个县（市、区）首批“全国综合减灾示范县”称号。';

const units = (text: string) =>
  readResolved(text).n.records.map((r) => `${r.regionText}|${r.programme ?? ''}`);

describe("a tally's first units", () => {
  it('are no entries when the place holds them so far (目前，X已有A等N个…)', () => {
    const got = units(
      [
        NAMED,
        '目前，延吉市已有北山街道丹英社区等25个村（社区）被评为“国家综合减灾示范社区”，占全市城乡社区总数的18%。',
      ].join('\n'),
    );
    expect(got).toEqual(['延吉市|全国综合减灾示范县']);
  });

  it('are none when the holding word follows the so-far clause (截至目前，我省已有A、B等5个…)', () => {
    const got = units(
      [NAMED, '截至目前，吉林省已有延吉市、珲春市等5个县（市）被评为“全国综合减灾示范县”。'].join(
        '\n',
      ),
    );
    expect(got.filter((u) => u.startsWith('珲春'))).toEqual([]);
  });

  it("keep the round's own units named after the tally", () => {
    const got = units(
      '截至目前，延吉市共有9个社区被命名为“全国综合减灾示范社区”，本次新增北山街道丹英社区、河南街道白玉社区2个社区。',
    );
    expect(got.map((u) => u.split('|')[0])).toEqual(
      expect.arrayContaining([
        expect.stringContaining('丹英社区'),
        expect.stringContaining('白玉社区'),
      ]),
    );
  });

  it('keep units that hold nothing so far (目前，A、B等3个…已通过验收)', () => {
    const got = units(
      '目前，延吉市、珲春市、敦化市等3个县（市）已通过“全国综合减灾示范县”创建验收。',
    );
    expect(got.length).toBe(3);
  });
});
