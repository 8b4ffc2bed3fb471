/**
 * Towns honoured for their industry or culture are named by that word alone (中国特色小镇,
 * 全国特色小镇, 省级特色小城镇): the name ends there, as 友好型社区 or 文明村镇 end theirs, so a
 * headline naming such a list is the list's programme before a later quoted plan is. Composed
 * from the shapes.
 */
import { describe, expect, it } from 'vitest';
import { noticeProgramme } from '../../../src/main/core/import/extract/notice-programme';
import { programmeIn } from '../../../src/main/core/import/extract/programme';

describe('an honour named by 特色小镇', () => {
  it('ends the programme name at 特色小镇 or 特色小城镇', () => {
    expect(programmeIn('住建部公布中国特色小镇名单 我省7镇入选', null)?.name).toBe('中国特色小镇');
    expect(programmeIn('认定甲镇等276个镇为第二批全国特色小镇', null)?.name).toBe('全国特色小镇');
    expect(programmeIn('第三批省级特色小城镇评选结果出炉', null)?.name).toBe('省级特色小城镇');
  });

  it('is the notice programme a headline names, not a quoted plan further on', () => {
    const title = '住建部公布中国特色小镇名单 我省7镇入选 数量居全国第二';
    const opening =
      '10月14日，住建部公布第一批共127个中国特色小镇名单，本省有7个镇入选。' +
      '省住建厅负责人透露，省级特色小镇将从2013年启动的“百镇建设行动”试点镇中产生。';
    expect(noticeProgramme(title, opening, null)?.name).toBe('中国特色小镇');
  });

  it('leaves a town without the honour word alone', () => {
    // Control: a town's own name with 小镇 in a story names no programme.
    expect(programmeIn('甲镇打造灯饰小镇', null)).toBeNull();
    // Control: the demonstration towns keep their own ending.
    expect(programmeIn('第二批全国美丽宜居示范镇名单', null)?.name).toBe('全国美丽宜居示范镇');
  });
});
