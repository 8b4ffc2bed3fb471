/**
 * A headline naming only the level and the unit word ("入围国家示范村镇") names no programme: the
 * text names it whole (第二批全国…示范村镇名单), and that is the notice's programme. Composed.
 */
import { describe, expect, it } from 'vitest';
import { noticeProgramme } from '../../../src/main/core/import/extract/notice-programme';
import { programmeIn } from '../../../src/main/core/import/extract/programme';

const opening = '9月6日，农业农村部发布拟认定第二批全国美丽庭院示范村镇名单，我市4村上榜。';

describe('a headline giving only a programme’s level', () => {
  it('names none; the text’s whole name is the programme', () => {
    expect(programmeIn('某县兴旺村入围国家示范村镇', null)).toBeNull();
    expect(programmeIn('某县兴旺村入围全国示范社区', null)).toBeNull();
    expect(noticeProgramme('某县兴旺村入围国家示范村镇', opening, null)?.name).toBe(
      '全国美丽庭院示范村镇',
    );
  });

  it('a headline with the name keeps it', () => {
    expect(programmeIn('某县兴旺村入围全国美丽庭院示范村镇', null)?.name).toBe(
      '全国美丽庭院示范村镇',
    );
  });
});
