/**
 * A case named by its applicant with the noun of what it put forward before the quote
 * ("某市申报的案例“…”"), then what befell it with an adverb ("成功入围…"): the quote alone is
 * the title, the applicant's place the entry's place.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('an applicant’s quoted case before 成功入围', () => {
  it('is the entry, titled with the quote alone', () => {
    const { n, codes } = readResolved(
      '“温暖泉州”入围社会治理创新候选案例\n' +
        '近日，某某社会治理创新案例征集活动开启网络投票。其中，泉州申报的案例' +
        '“‘温暖泉州’托起民生幸福 织密治理网络”成功入围候选案例。\n',
    );
    expect(n.records.map((r) => r.title)).toEqual(['‘温暖泉州’托起民生幸福 织密治理网络']);
    expect(codes).toEqual(['350500']);
  });

  it('a case shortlisted for a stage still to be decided is no entry', () => {
    const { n } = readResolved(
      '“温暖泉州”入围社会治理创新案例初评\n' +
        '近日，泉州申报的案例“‘温暖泉州’托起民生幸福”成功入围初评，尚待专家终审。\n',
    );
    expect(n.records).toHaveLength(0);
  });

  it('a project put forward and not (yet) chosen is no entry', () => {
    const { n } = readResolved(
      '“温暖泉州”参加社会治理创新案例征集\n' +
        '近日，泉州申报的案例“‘温暖泉州’托起民生幸福”已提交主办方，正在初审。\n',
    );
    expect(n.records).toHaveLength(0);
  });
});
