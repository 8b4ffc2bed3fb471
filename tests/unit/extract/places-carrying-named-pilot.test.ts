/**
 * Places carrying a named pilot out themselves, with no count after them ("辽宁省、山东省实施结婚
 * 登记和离婚登记“跨省通办”试点", "在江苏省、湖北省武汉市实施…试点"): each is the pilot's unit, a
 * zone, and a province among them is stated as a unit (a later notice or a story keeps it).
 * Controls: provinces named only as where a meeting, a survey or a campaign happened make no
 * record, and a province's organ carrying the pilot out in a city states no province.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const TITLE =
  '辽宁重庆等省市将开展某某登记“跨省通办”\n近日，国务院批复同意在部分地区开展某某登记“跨省通办”试点。\n';
const read = (text: string) =>
  readResolved(TITLE + text + '\n').n.records.map((r) => [
    r.regionText,
    r.kind,
    r.statedProvince ?? false,
  ]);

describe('places carrying a named pilot out', () => {
  it('are its units, zones, the provinces stated', () => {
    expect(
      read(
        '辽宁省、山东省、重庆市实施结婚登记和离婚登记“跨省通办”试点，江苏省、湖北省武汉市实施结婚登记“跨省通办”试点。',
      ),
    ).toEqual([
      ['辽宁省', 'zone', true],
      ['山东省', 'zone', true],
      ['重庆市', 'zone', true],
      ['江苏省', 'zone', true],
      ['湖北省武汉市', 'zone', false],
    ]);
  });

  it('after 在 too', () => {
    expect(
      read('国务院同意在辽宁省、山东省、广东省实施内地居民结婚登记和离婚登记“跨省通办”试点。'),
    ).toEqual([
      ['辽宁省', 'zone', true],
      ['山东省', 'zone', true],
      ['广东省', 'zone', true],
    ]);
  });

  it('leave places of a meeting, a survey or a campaign alone', () => {
    expect(read('北京市、上海市、广东省召开某某登记试点工作会议。')).toEqual([]);
    expect(read('北京市、上海市、广东省开展某某登记试点调研。')).toEqual([]);
    expect(read('北京市、上海市、广东省开展婚姻登记专项整治行动。')).toEqual([]);
  });

  it('leave places told as having carried a pilot out, the background of another notice', () => {
    const rules = (sentence: string) =>
      readResolved(
        `民政部关于进一步做好某某工作的通知\n各省、自治区、直辖市民政厅（局）：\n${sentence}现就有关事项通知如下。\n`,
      );
    for (const s of [
      '2019年以来，北京市、上海市开展了居家养老服务改革试点，积累了有益经验。',
      '北京市、上海市已经开展居家养老服务改革试点，积累了有益经验。',
      '北京市、上海市先后实施居家养老服务改革试点，积累了有益经验。',
      '北京市、上海市开展的居家养老服务改革试点，积累了有益经验。',
    ]) {
      const { n } = rules(s);
      expect(n.records).toEqual([]);
      expect(n.metadata.role).toBe('rules_only');
    }
  });

  it('state no province whose organ carries it out in a city', () => {
    const records = read('辽宁省民政厅在沈阳市、大连市开展某某登记试点。');
    expect(records.filter((r) => r[2] === true)).toEqual([]);
  });
});
