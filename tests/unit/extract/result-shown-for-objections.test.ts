/**
 * An organ's 公示 of a round's result that shows only its counts ("拟确定优秀案例一等奖5个…
 * （具体名单见附件）。现将征集结果向社会公示"): the list itself, whose names sit in an
 * attachment that did not come through — a confirmation, not rules.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const role = (text: string) => extractNotice(txtDoc(text), { fileName: 't.txt' }).metadata.role;

describe('a result shown for objections with its names in an attachment', () => {
  it('is a confirmation', () => {
    expect(
      role(
        [
          '为总结推广社区服务经验，省民政厅组织开展了优秀社区服务项目征集活动。按照活动程序，拟确定优秀项目一等奖3个，二等奖6个（具体名单见附件）。',
          '现将征集结果向社会公示，公示期为2023年5月8日—14日。如有异议，请于公示期内以书面形式向某省民政厅提出。',
          '联系电话：010-12345678',
          '附件：优秀社区服务项目拟获奖名单.docx',
          '某省民政厅',
          '2023年5月8日',
        ].join('\n'),
      ),
    ).toBe('confirmation');
  });
});
