/**
 * A headline counts a programme's units ("全国12个…实验区") and the lead names their batch
 * (等12个第一批全国…实验区): the notice and its records are of that batch, so a later list
 * joins them by (programme, batch, unit).
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { noticeProgramme } from '../../../src/main/core/import/extract/notice-programme';
import { txtDoc } from './helpers';

const HEADLINE = '民政部全国3个城乡社区协商创新实验区通过验收';
const LEAD =
  '近日，民政部下发通知，确认河北省承德市双桥区、江苏省无锡市、四川省成都市锦江区等3个第一批全国城乡社区协商创新实验区顺利通过结项验收。';

describe('a batch the lead gives a programme its headline counts', () => {
  it('is the notice programme’s batch', () => {
    const p = noticeProgramme(HEADLINE, `${HEADLINE}\n${LEAD}`, null);
    expect(p?.name).toBe('全国城乡社区协商创新实验区');
    expect(p?.batch).toBe('第一批');
  });

  it('is each listed record’s batch', () => {
    const ex = extractNotice(txtDoc([HEADLINE, '来源：某报', LEAD].join('\n')), {
      fileName: 't',
    });
    expect(ex.metadata.batch).toBe('第一批');
    expect(ex.records.length).toBeGreaterThanOrEqual(3);
    expect(ex.records.map((r) => r.batch)).toEqual(ex.records.map(() => '第一批'));
  });
});
