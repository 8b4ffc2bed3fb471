/**
 * A name the title writes bare is the province's own programme when the text writes it after
 * the province's scope word (全省…, 省级…) and never after a national one.
 */
import { describe, expect, it } from 'vitest';
import { noticeProgramme } from '../../../src/main/core/import/extract/notice-programme';

const opening = (...lines: string[]) => lines.join('\n');

describe('a bare name the text writes with the province’s scope', () => {
  it('is the province’s programme', () => {
    const p = noticeProgramme(
      '省民政厅赴青禾县开展婚俗改革试点评估',
      opening(
        '省民政厅评估组到青禾县开展婚俗改革试点评估工作。',
        '他希望把青禾县打造成全省婚俗改革试点的显著名片。',
      ),
      null,
    );
    expect(p?.name).toBe('全省婚俗改革试点');
  });

  it('takes the province’s name when the notice gives it', () => {
    const p = noticeProgramme(
      '省民政厅开展婚俗改革试点评估',
      '青禾县是全省婚俗改革试点。',
      '陕西省',
    );
    expect(p?.name).toBe('陕西省婚俗改革试点');
  });

  it('stays bare when the text writes it bare only, and national when it writes 全国', () => {
    expect(
      noticeProgramme(
        '省民政厅开展婚俗改革试点评估',
        '评估组对婚俗改革试点工作给予了充分肯定。',
        null,
      )?.name,
    ).toBe('婚俗改革试点');
    expect(
      noticeProgramme(
        '省民政厅开展婚俗改革试点评估',
        '青禾县是全国婚俗改革试点，全省婚俗改革试点的样板。',
        null,
      )?.name,
    ).toBe('全国婚俗改革试点');
  });

  it('stays as written when the text quotes the name, or writes only the level 省级', () => {
    expect(
      noticeProgramme(
        '11个“千村美丽”示范村全部达标',
        '青禾县等11个“千村美丽”示范村全部达标。青禾县为全省千村美丽示范村建设优秀县区。',
        null,
      )?.name,
    ).toBe('千村美丽示范村');
    expect(
      noticeProgramme(
        '关于确定康复辅助器具社区租赁服务试点地区的通知',
        '确定青禾市等13个地区为康复辅助器具社区租赁服务试点地区。有条件的地区，可开展省级康复辅助器具社区租赁服务试点。',
        null,
      )?.name,
    ).toBe('康复辅助器具社区租赁服务试点');
  });

  it('stays as written when a ministry confers it: 全省… then tells the province’s share', () => {
    for (const lead of [
      '民政部确认青禾县为婚俗改革实验区。',
      '近日，民政部等五部门联合公布名单，青禾县入选婚俗改革实验区。',
    ])
      expect(
        noticeProgramme(
          '婚俗改革实验区评估',
          opening('婚俗改革实验区评估', lead, '青禾县是全省婚俗改革实验区的先行者。'),
          '河北省',
        )?.name,
      ).toBe('婚俗改革实验区');
    // Control: the province's own department is no ministry.
    expect(
      noticeProgramme(
        '婚俗改革实验区评估',
        opening('省民政厅确认青禾县为婚俗改革实验区。', '青禾县是全省婚俗改革实验区的先行者。'),
        '河北省',
      )?.name,
    ).toBe('河北省婚俗改革实验区');
  });
});
