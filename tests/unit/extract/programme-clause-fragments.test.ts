/**
 * A sentence's stretch ending in a programme's word is no programme: a clause opening with a
 * verb on work, an organ acting, a demonstrative pointing at this round's units, a headline's
 * count after its news, a proposed (拟定) list. Controls: the names beside them stay.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme, programmeIn } from '../../../src/main/core/import/extract/programme';
import { isClauseFragment } from '../../../src/main/core/import/extract/clause-fragments';

describe('a clause’s fragment is no programme', () => {
  it('drops a clause opening with a verb that takes the work as its object', () => {
    expect(programmeIn('各地要结合实际加大试点示范工作力度，培育一批本地典型。', null)).toBeNull();
    expect(programmeIn('了解项目实施情况,检验试点项目服务成效。', null)).toBeNull();
    // Control: a pilot's own name stays.
    expect(programmeIn('确定为全国农村社区建设试点。', null)?.name).toBe('全国农村社区建设试点');
  });

  it('drops an organ acting on a programme’s work', () => {
    expect(isClauseFragment('我市相关部门结合美丽乡村试点村')).toBe(true);
    expect(isClauseFragment('全国医养结合示范省')).toBe(false);
  });

  it('keeps a name opening with the trade 检验检测', () => {
    expect(cleanProgramme('检验检测认证机构诚信示范单位', null)?.name).toBe(
      '检验检测认证机构诚信示范单位',
    );
    expect(isClauseFragment('检验检测促进产业优化升级试点')).toBe(false);
  });

  it('drops a demonstrative pointing at this round’s units', () => {
    expect(programmeIn('据了解，本次示范县的推荐评选严格按程序进行。', null)).toBeNull();
    expect(programmeIn('据了解，首批示范县的推荐评选严格按程序进行。', null)?.name).not.toBe(
      '本次示范县',
    );
  });

  it('cuts a cited ground before the name', () => {
    expect(
      programmeIn('推荐评选根据主要农作物生产全程机械化示范县评价指标体系进行', null)?.name,
    ).toBe('主要农作物生产全程机械化示范县');
    // 根据地 is a name's word, no ground cited.
    expect(programmeIn('关于公布第二批全国红色根据地旅游示范村名单的通知', null)?.name).toBe(
      '全国红色根据地旅游示范村',
    );
  });

  it('drops a headline’s count after its news and a proposed list’s 拟定', () => {
    expect(cleanProgramme('第二批广东名镇名村名单出炉4镇29村上榜', null)?.name).toBe(
      '广东名镇名村',
    );
    expect(cleanProgramme('2021年福建省森林城镇拟定名单', null)?.name).toBe('福建省森林城镇');
    // Control: a count that is the name's own stays (百县千乡万村…).
    expect(cleanProgramme('全国百县千乡万村示范村', null)?.name).toBe('全国百县千乡万村示范村');
  });
});
