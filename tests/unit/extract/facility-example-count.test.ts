/**
 * A list of facilities known by the place that houses them, counted by its first entry in the
 * body: "拟推荐…某村儿童之家等8个儿童之家…" over the list. The example carries the facility's
 * noun that the entry's place leaves off, and the count still holds the list to its number.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a facility list counted by its first entry with the facility noun', () => {
  it('warns when the list below holds fewer than the example counts', () => {
    const { n, warned } = readResolved(
      [
        '经市妇联、市民政局联合审核，拟推荐柯桥区安昌街道大和村儿童之家等8个儿童之家为省级示范型儿童之家候选单位，现向社会公示。',
        '儿童之家名称',
        '柯桥区安昌街道大和村儿童之家',
        '上虞区崧厦街道祝温村儿童之家',
        '诸暨市枫桥镇枫源村儿童之家',
        '嵊州市甘霖镇施家岙村儿童之家',
        '新昌县澄潭街道梅渚村儿童之家',
        '越城区鉴湖街道坡塘村儿童之家',
      ].join('\n'),
      '绍兴市.txt',
    );
    expect(n.records).toHaveLength(6);
    expect(warned).toContain('count_mismatch');
  });

  it('counts a station the same way', () => {
    const { warned } = readResolved(
      [
        '经评估，确定鼓楼区宁海路街道社会工作站等4个社会工作站为市级示范站。',
        '示范站名单',
        '南京市鼓楼区宁海路街道社会工作站',
        '南京市鼓楼区华侨路街道社会工作站',
      ].join('\n'),
    );
    expect(warned).toContain('count_mismatch');
  });
});
