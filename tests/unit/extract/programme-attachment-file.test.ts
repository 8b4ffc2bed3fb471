/**
 * An attachment's line names its list by file ("附件:2020年某某强镇建设名单.doc"): the year after
 * the label is the round's, not the label's number; the file's type and the 建设 of units
 * building toward a title are no part of the name.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';

describe("an attachment's file name", () => {
  it('keeps the year after the label as the round and names the title', () => {
    const p = cleanProgramme('附件:2020年农业产业强镇建设名单.doc', null);
    expect(p?.name).toBe('农业产业强镇');
    expect(p?.year).toBe(2020);
  });

  it("still cuts the label's own number (control)", () => {
    expect(cleanProgramme('附件:1.全国农村社区治理实验区名单', null)?.name).toBe(
      '全国农村社区治理实验区',
    );
    expect(cleanProgramme('附件2:全国农村社区治理实验区名单.xlsx', null)?.name).toBe(
      '全国农村社区治理实验区',
    );
  });

  it('keeps a 建设 that is no list word (control)', () => {
    expect(cleanProgramme('乡村“美丽庭院”建设', null)?.name).toBe('乡村美丽庭院建设');
  });
});
