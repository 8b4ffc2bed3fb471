/**
 * "…示范区（项目）名单" announces two lists at once, the zones and the projects beside them:
 * the zones' programme is …示范区, so a later notice naming the zones alone joins them.
 */
import { describe, expect, it } from 'vitest';
import { listName } from '../../../src/main/core/import/extract/list-name';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';

describe('a companion list’s bracket after the programme', () => {
  it('is no part of the name, in the headline or a phrase, simplified or traditional', () => {
    expect(listName('关于公布第二批全国乡村文旅融合示范区（项目）名单的通知')?.name).toBe(
      '全国乡村文旅融合示范区',
    );
    expect(listName('某部公布第二批全國鄉村文旅融合示範區（項目）名單')?.name).toBe(
      '全国乡村文旅融合示范区',
    );
    expect(cleanProgramme('第二批全国乡村文旅融合示范区（项目）创建名单', null)?.name).toBe(
      '全国乡村文旅融合示范区',
    );
  });

  it('is kept when it is the name itself, not after a unit word', () => {
    expect(listName('关于公布全省乡村振兴重点（项目）名单的通知')?.name).toBe(
      '全省乡村振兴重点(项目)',
    );
  });
});
