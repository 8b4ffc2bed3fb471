/**
 * A programme written as who awards it and the honour's quoted name (联合国“千年古县”) is the
 * quoted name's programme; a place's scope before the quotes makes it that place's own.
 */
import { describe, expect, it } from 'vitest';
import {
  quotedProgramme,
  sameQuotedProgramme,
} from '../../../src/main/core/records/quoted-programme';

describe('a programme written with its sponsor before its quoted name', () => {
  it('is the quoted name', () => {
    expect(quotedProgramme('联合国“千年古县”')).toBe('千年古县');
    expect(quotedProgramme('中国地名文化遗产「千年古县」')).toBe('千年古县');
    expect(quotedProgramme('“千年古县”')).toBe('千年古县');
  });

  it('is one programme with the name written bare, or after other words', () => {
    expect(sameQuotedProgramme('联合国“千年古县”', '千年古县')).toBe(true);
    expect(sameQuotedProgramme('千年古县', '联合国 "千年古县"')).toBe(true);
    expect(sameQuotedProgramme('联合国“千年古县”', '中国地名文化遗产“千年古县”')).toBe(true);
  });
});

describe('controls', () => {
  it('a place’s scope before the quotes is that place’s own programme', () => {
    expect(quotedProgramme('河北省“千年古县”')).toBeNull();
    expect(quotedProgramme('市级“美丽乡村”')).toBeNull();
    expect(sameQuotedProgramme('河北省“千年古县”', '千年古县')).toBe(false);
  });

  it('so is a province written by its short name, without 省 or 市', () => {
    expect(quotedProgramme('浙江“千年古镇”')).toBeNull();
    expect(quotedProgramme('中国·江苏“最美乡村”')).toBeNull();
    expect(quotedProgramme('内蒙古“草原书屋”')).toBeNull();
    // the province's list of the nationwide honour's name (学雷锋志愿服务“四个100”)
    expect(quotedProgramme('福建学雷锋志愿服务“最美志愿服务社区”')).toBeNull();
    expect(sameQuotedProgramme('浙江“千年古镇”', '千年古镇')).toBe(false);
    // a sponsor that names no province still gives the quoted name
    expect(quotedProgramme('中国地名文化遗产“千年古县”')).toBe('千年古县');
  });

  it('names with no quoted end, or another name are not this rule’s', () => {
    expect(quotedProgramme('全国“两新”组织党建示范点')).toBeNull();
    expect(quotedProgramme('全国“两新”')).toBeNull();
    expect(sameQuotedProgramme('千年古县', '千年古县')).toBe(false);
    expect(sameQuotedProgramme('运动休闲特色小镇', '特色小镇')).toBe(false);
    expect(sameQuotedProgramme('联合国“千年古县”', '千年古镇')).toBe(false);
  });
});
