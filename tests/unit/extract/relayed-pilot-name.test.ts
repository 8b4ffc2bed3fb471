/**
 * A relay naming a pilot only by what its places carry out (在辽宁山东…实施结婚登记和离婚登记“跨
 * 省通办”试点, 在江苏…实施结婚登记“跨省通办”试点; 我市试点实施婚姻登记“跨省通办”) names one pilot,
 * its parts read as the whole (婚姻登记), and a headline's province is no scope of it. Controls:
 * a page whose places carry out two pilots names neither; a training on a pilot carries none out.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';
import { relayedPilot } from '../../../src/main/core/import/extract/relayed-pilot-name';

const programmeOf = (text: string) => readResolved(text).n.metadata.programme;

describe('a pilot named only by what its places carry out', () => {
  it('is one pilot, its registrations read as marriage registration', () => {
    expect(
      programmeOf(
        '扯证不限户籍地!婚姻登记在试点省份可跨省通办\n民政部19日宣布,今年6月1日开始,将在辽宁山东广东重庆四川实施结婚登记和离婚登记“跨省通办”试点,在江苏河南湖北武汉陕西西安实施结婚登记“跨省通办”试点。试点期限为2年。',
      ),
    ).toBe('婚姻登记跨省通办试点');
  });

  it('is the municipality’s own trial of it', () => {
    expect(
      programmeOf(
        '我市试点实施婚姻登记“跨省通办”\n11月8日,两位外省户籍的市民在江北区婚姻登记处登记结婚。\n这是我市试点实施婚姻登记“跨省通办”的一个缩影。',
      ),
    ).toBe('婚姻登记跨省通办试点');
  });

  it('takes no scope from the headline’s province', () => {
    expect(
      programmeOf(
        '广东省试点结婚和离婚登记跨省通办\n国务院同意在辽宁省、山东省、广东省实施内地居民结婚登记和离婚登记“跨省通办”试点,在江苏省、河南省实施内地居民结婚登记“跨省通办”试点。',
      ),
    ).toBe('内地居民婚姻登记跨省通办试点');
  });
});

describe('controls', () => {
  it('places carrying out two pilots name neither as the pilot', () => {
    const text =
      '两项改革落地\n今年起,在辽宁省、山东省实施结婚登记和离婚登记“跨省通办”试点,在江苏省、河南省实施户口迁移“跨省通办”试点。';
    expect(relayedPilot('两项改革落地', text, null)).toBeNull();
    expect(programmeOf(text)).not.toBe('婚姻登记跨省通办试点');
  });

  it('a training on a pilot carries none out', () => {
    const text =
      '业务培训举行\n近日,在某市举办了实施结婚登记“跨省通办”试点工作培训,各区县民政局参加。';
    expect(relayedPilot('业务培训举行', text, null)).toBeNull();
    expect(programmeOf(text)).not.toBe('婚姻登记跨省通办试点');
  });
});
