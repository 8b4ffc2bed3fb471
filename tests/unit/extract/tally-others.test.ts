/**
 * After a running total of a place's holdings, "the others" it names beside the notice's new
 * units were chosen in earlier rounds: recalled to complete the tally, never entries.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const NEW =
  '本报讯 昨日,记者从市农业农村局获悉,我市扶沟县汴岗镇于营村、项城市孙店镇汝阳刘村入选' +
  '第十二批全国“一村一品”示范村镇名单。';

describe('the others of a running total', () => {
  it('are no entries when the sentence tallies the holdings so far', () => {
    const { codes } = readResolved(
      NEW +
        '\n据了解,截至目前,我市已有国家级“一村一品”示范村镇11个,除上述新入选的两家外,' +
        '另外9家分别是鹿邑县任集乡冷庄村(西芹)、扶沟县曹里乡(蔬菜)、郸城县宜路镇。\n',
    );
    expect(codes).toEqual(['411621', '411681']);
  });

  it('stay entries where the sentence counts no holdings so far', () => {
    const { codes } = readResolved(
      '全市共评出12家示范单位,其中3家为国家级,另外9家分别是鹿邑县任集乡冷庄村、' +
        '扶沟县曹里乡、郸城县宜路镇。\n',
    );
    expect(codes).toEqual(['411628', '411621', '411625']);
  });

  it('stay entries when the tally is another sentence', () => {
    const { codes } = readResolved(
      '截至目前,我市已有国家级示范村镇11个。本次另外3家分别是鹿邑县任集乡冷庄村、' +
        '扶沟县曹里乡、郸城县宜路镇,均入选第十二批名单。\n',
    );
    expect(codes).toEqual(['411628', '411621', '411625']);
  });
});
