/**
 * 国家级 is a scope word like 全国: a headline that writes its place before a national
 * programme ("某市某县国家级…试点项目通过…") names the programme from 国家级 on, so a later page
 * naming it without the place joins the same records.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';

describe('a national programme after its place', () => {
  it('starts at 国家级', () => {
    expect(cleanProgramme('某州某县国家级社区教育标准化试点', null)?.name).toBe(
      '国家级社区教育标准化试点',
    );
  });

  it('keeps a name that opens with 国家级 as it is', () => {
    expect(cleanProgramme('国家级社区教育标准化试点', null)?.name).toBe('国家级社区教育标准化试点');
  });
});
