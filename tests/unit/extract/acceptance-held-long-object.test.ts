/**
 * "交通运输部组织开展了延续创建的第一批城乡交通运输一体化示范创建县验收工作": an acceptance told as
 * held (verb + 了) whose object is a batch's whole name is no acceptance duty, as a short object
 * is not. Control: an acceptance the units are asked to prepare for stays a duty.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const kinds = (text: string) => readResolved(text).n.rules.map((r) => r.kind);

describe('an acceptance told as held', () => {
  it('states no duty, however long its object', () => {
    expect(
      kinds(
        '交通运输部关于命名江西省贵溪市等8个县(市、区)城乡交通运输一体化示范县的通知\n' +
          '交通运输部组织开展了延续创建的第一批城乡交通运输一体化示范创建县验收工作。经县级申请、省级审核、交通运输部验收、社会公示等程序,江西省贵溪市、河南省禹州市达到示范县标准。\n',
      ),
    ).not.toContain('acceptance');
  });

  it('control: an acceptance the units are to take still binds them', () => {
    expect(
      kinds(
        '关于开展第二批城乡交通运输一体化示范创建县工作的通知\n' +
          '创建期满后,交通运输部将于2024年6月底前组织开展第二批城乡交通运输一体化示范创建县验收工作。\n',
      ),
    ).toContain('acceptance');
  });
});
