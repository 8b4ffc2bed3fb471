/**
 * When applications close, written as a window's last day or as a closing day stated alone, and
 * a closing day written with no year in a notice that gives none: each is a deadline (the yd*
 * set's shapes, written afresh); the spans and days that only look alike set none.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();

/** A story with no date and no year of its own, telling a round just launched. */
function story(...body: string[]) {
  const n = extractNotice(
    txtDoc(['近日，某省启动第三届“某某公益奖”推荐评审活动。', ...body].join('\n')),
    {
      fileName: 't',
      regions,
    },
  );
  return {
    role: n.metadata.role,
    kinds: n.rules.map((r) => r.kind),
    deadlines: n.rules.filter((r) => r.kind === 'deadline').map((r) => r.params),
  };
}

/** A dated notice (2021) calling for applications. */
function dated(...body: string[]) {
  const n = extractNotice(
    txtDoc(
      [
        '某省民政厅关于开展某某示范项目申报工作的通知',
        '各市民政局：',
        ...body,
        '某省民政厅',
        '2021年9月1日',
      ].join('\n'),
    ),
    { fileName: 't', regions },
  );
  return {
    kinds: n.rules.map((r) => r.kind),
    dates: n.rules.filter((r) => r.kind === 'deadline').map((r) => r.params.date),
  };
}

describe('an application window', () => {
  it('closes on its last day, a deadline, and is no term', () => {
    const got = dated('接受推荐的起止时间为：2021年10月8日至2022年2月28日，逾期不再受理。');
    expect(got.dates).toEqual(['2022-02-28']);
    expect(got.kinds).not.toContain('range');
  });

  it('from today to a month-day takes the notice’s year', () => {
    expect(dated('申报时间从即日起至10月15日。').dates).toEqual(['2021-10-15']);
  });

  it('from a day with no year of its own closes in the notice’s year', () => {
    expect(dated('推荐工作时间为10月8日至11月30日。').dates).toEqual(['2021-11-30']);
  });

  it('leaves a term stated beside it a term', () => {
    const got = dated('申报时间为2021年10月1日至10月31日，试点期限为2021年11月至2023年10月。');
    expect(got.dates).toEqual(['2021-10-31']);
    expect(got.kinds).toContain('range');
  });

  it('retold with what it gathered, or the days a 公示 takes objections, sets none', () => {
    expect(dated('征集时间从2021年1月1日至6月30日，共征集意见200条。').dates).toEqual([]);
    expect(dated('上届报名时间为2020年3月1日至3月31日，共收到申报120个。').dates).toEqual([]);
    expect(dated('公示期间受理来电来信，受理时间为2021年9月2日至9月8日。').dates).toEqual([]);
  });

  it('a span the round covers, figures counted over a period or a zone’s term set none', () => {
    expect(dated('评选对象是2019年至2021年在慈善活动中事迹突出的单位。').dates).toEqual([]);
    expect(dated('捐赠金额统计2019年1月1日至2021年12月31日期间的数据。').dates).toEqual([]);
    const term = dated('实验时间自2021年9月起至2024年9月止。');
    expect(term.dates).toEqual([]);
    expect(term.kinds).toContain('range');
  });
});

describe('a closing day stated alone', () => {
  it('is a deadline with no verb of sending beside it', () => {
    expect(dated('截止时间为2021年12月23日。').dates).toEqual(['2021-12-23']);
    expect(dated('项目截止申报时间为2021年12月15日（含）。').dates).toEqual(['2021-12-15']);
  });

  it('a cut-off of figures, or a closing retold with what it gathered, is none', () => {
    expect(dated('数据统计截止时间为2021年6月30日。').dates).toEqual([]);
    expect(dated('上一届申报截止时间为2021年3月31日，共收到申报材料300份。').dates).toEqual([]);
  });
});

describe('a closing day with no year in a notice that gives none', () => {
  it('is a deadline with its month and day and no date', () => {
    const got = story('符合条件的单位可于11月15日前向所在地民政部门申报。');
    expect(got.deadlines).toEqual([
      { date: null, month: 11, day: 15, endOfMonth: false, reply: false },
    ]);
    expect(story('申报时间从即日起至4月18日。').deadlines).toEqual([
      { date: null, month: 4, day: 18, endOfMonth: false, reply: false },
    ]);
  });

  it('a closing retold as met, an organ’s own step or a data cut-off sets none', () => {
    expect(story('截至3月6日，材料征集和初选工作已全部完成。').deadlines).toEqual([]);
    expect(story('公众在线投票将于3月10日正式启动。').deadlines).toEqual([]);
    expect(story('有关捐赠数据截至12月31日。').deadlines).toEqual([]);
    expect(story('各地已于3月1日前完成推荐。').deadlines).toEqual([]);
    expect(story('截止时间为3月31日，共收到申报材料120份。').deadlines).toEqual([]);
    expect(story('报名时间为3月1日至3月31日，现已结束。').deadlines).toEqual([]);
  });

  it('a bar of years names no day', () => {
    expect(story('如发现弄虚作假，6年内不得再申报。').deadlines).toEqual([]);
  });
});

describe('a story telling a round launched with when applications close', () => {
  it('is the call', () => {
    expect(story('申报时间从即日起至11月15日。').role).toBe('application_call');
    expect(story('有意参评者可于4月18日前，向所在地民政部门申报。').role).toBe('application_call');
  });

  it('a closing retold as past is no term of applying', () => {
    expect(story('截至3月6日，材料征集和初选工作已全部完成。').role).not.toBe('application_call');
  });
});
