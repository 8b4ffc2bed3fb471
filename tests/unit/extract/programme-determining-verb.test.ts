/**
 * A notice "关于确定…试点地区的通知" determines the areas of a programme: 确定 is the verb before
 * the programme's name, never its first word, so a later page naming the same programme without
 * it joins the same records.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { readResolved } from './helpers';

describe('a programme after 确定', () => {
  it('starts after the verb', () => {
    expect(cleanProgramme('关于确定邻里互助器具租赁服务试点', null)?.name).toBe(
      '邻里互助器具租赁服务试点',
    );
    expect(cleanProgramme('确定为邻里互助器具租赁服务试点', null)?.name).toBe(
      '邻里互助器具租赁服务试点',
    );
  });

  it('the title names the programme its areas belong to', () => {
    const { n } = readResolved(
      [
        '某部 某委关于确定邻里互助器具租赁服务试点地区的通知',
        '经专家评审，确定山东省潍坊市、江苏省镇江市等2个地区为邻里互助器具租赁服务试点地区。',
      ].join('\n'),
    );
    expect(n.metadata.programme).toBe('邻里互助器具租赁服务试点');
  });
});
