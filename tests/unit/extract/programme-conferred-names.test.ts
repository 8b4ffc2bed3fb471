/**
 * A programme a story names only as what its units were entered into or given: a register by
 * batch, an honour in quotes after its verb or its holders' count, a national title counted
 * at the end of its line. Each beside the look-alike that names nothing.
 */
import { describe, expect, it } from 'vitest';
import { listedProgramme } from '../../../src/main/core/import/extract/listed-programme';
import { conferredName } from '../../../src/main/core/import/extract/conferred-names';

describe('a programme named as what its units were entered into or given', () => {
  it('reads a register with batches from the sentence entering units into it', () => {
    const p = listedProgramme(
      '我省共有266个村落入选',
      '某部发布拟将甲村等2646个村落列入第五批中国传统村落名录，我省共有266个村落入选。',
      null,
    );
    expect(p?.name).toBe('中国传统村落名录');
    expect(p?.batch).toBe('第五批');
  });

  it('reads no register from 名录 without a batch, nor from a cited title', () => {
    expect(conferredName('', '根据公示内容，我省入选名录具体数目为：甲市93个。', null)).toBeNull();
    expect(
      conferredName('', '网站发布《第五批拟列入中国传统村落名录的村落基本情况公示》。', null),
    ).toBeNull();
  });

  it('reads an honour quoted after the verb conferring it or its holders’ count', () => {
    expect(listedProgramme('厉害！恭喜西江这个村入选“国家森林乡村”', '', null)?.name).toBe(
      '国家森林乡村',
    );
    expect(
      listedProgramme('', '某省至今还没有任何县市区荣获“千年古县”这一殊荣。', null)?.name,
    ).toBe('千年古县');
    expect(listedProgramme('', '某厅日前要求74个“千年古县”珍惜自己的名字。', null)?.name).toBe(
      '千年古县',
    );
  });

  it('reads no honour from quotes after another verb', () => {
    expect(listedProgramme('', '某县举办“千年古县”文化节，游客众多。', null)).toBeNull();
  });

  it('reads a national title counted at the end of its line', () => {
    expect(
      listedProgramme('', '日前\n某局公布\n评价认定的第一批\n3947个国家森林乡村\n', null)?.name,
    ).toBe('国家森林乡村');
    // A count of national items going on into other words is no title.
    expect(listedProgramme('', '下达3个国家重点项目资金补助，用于修路。', null)).toBeNull();
  });
});

describe('a conferred honour’s look-alikes', () => {
  it('keeps the place written before a register’s batch', () => {
    expect(
      conferredName('', '9月5日,市地名委公布阜阳市第一批地名文化遗产保护名录,包括17个地名。', null)
        ?.name,
    ).toBe('阜阳市地名文化遗产保护名录');
  });

  it('takes none of several different honours counted in quotes', () => {
    expect(
      conferredName(
        '',
        '推选出甲等9名“最美志愿者”，乙队等11个“最佳志愿服务组织”，丙等9个“最佳志愿服务项目”。',
        null,
      ),
    ).toBeNull();
  });

  it('takes the honour’s whole name where the text writes words before its quotes', () => {
    const text =
      '各省入选“千年古县”的县名单陆续披露。甲县、乙县被确认为中国地名文化遗产“千年古县”。';
    expect(conferredName('', text, null)?.name).toBe('中国地名文化遗产千年古县');
    // Control: quoted bare everywhere, the name stays bare.
    expect(conferredName('', '各省入选“千年古县”的县名单陆续披露。', null)?.name).toBe('千年古县');
  });

  it('takes no honour a unit won before, nor a tally of its holders', () => {
    // A profile's past honour in a notice about another list.
    expect(
      conferredName('', '甲县地处山区，曾荣获“千年古县”称号。今年安排项目如下。', null),
    ).toBeNull();
    expect(conferredName('', '甲县先后荣获“千年古县”称号。', null)).toBeNull();
    expect(conferredName('', '甲县曾于2019年入选“千年古县”。', null)).toBeNull();
    // A tally of the title's holders in passing: this notice's units are others.
    expect(conferredName('', '全省已有74个“千年古县”，本次公示古镇20个。', null)).toBeNull();
    expect(conferredName('', '全省共有3947个国家森林乡村，今年安排项目如下。', null)).toBeNull();
    // Things built in a campaign's name.
    expect(conferredName('', '全市建成12个“幸福家园”，群众满意。', null)).toBeNull();
    // A unit entered into a register before.
    expect(conferredName('', '甲村已于2019年列入第五批中国传统村落名录。', null)).toBeNull();
    expect(conferredName('', '甲村曾入选第五批中国传统村落名录。', null)).toBeNull();
    // Controls: the same honours conferred now stay.
    expect(conferredName('', '甲县荣获“千年古县”称号。', null)?.name).toBe('千年古县');
    expect(conferredName('', '甲村列入第五批中国传统村落名录。', null)?.name).toBe(
      '中国传统村落名录',
    );
  });
});
