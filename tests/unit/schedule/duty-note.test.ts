/**
 * The note of a duty a notice closed: what it told, the notice's name, and its date unless
 * the name (an untitled notice's issuer and date) already ends with it.
 */
import { describe, expect, it } from 'vitest';
import { dutyNote } from '../../../src/main/app/schedule/duty-note';

describe('a closed duty’s note', () => {
  it('says the date once when the name ends with it', () => {
    expect(dutyNote('未通过', '民政部办公厅 2019-09-20', '2019-09-20')).toBe(
      '未通过：《民政部办公厅 2019-09-20》',
    );
  });

  it('adds the date after a title, and nothing when there is none', () => {
    expect(dutyNote('中期评估', '关于中期评估情况的通报', '2020-06-01')).toBe(
      '中期评估：《关于中期评估情况的通报》（2020-06-01）',
    );
    expect(dutyNote('已验收', '关于结项验收结果的通知', null)).toBe(
      '已验收：《关于结项验收结果的通知》',
    );
    // a title that holds the date elsewhere still gets it after
    expect(dutyNote('已验收', '2019-09-20会议纪要（续）', '2019-09-20')).toBe(
      '已验收：《2019-09-20会议纪要（续）》（2019-09-20）',
    );
  });
});
