/**
 * A one-column table headed by what its cells name ("园区名称"): each cell, its place and the
 * unit's own name ending in the header's noun, is an entry at that place, titled by the name;
 * the page's last cell cut inside its name is still an entry, flagged. A lead citing the first
 * cell as its example ("成都市崇州市粮油现代农业园区等35个…") adds no entry of its own.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '四川在线消息 2019年度四川省星级现代农业园区名单来了';

describe('a column headed by what its cells name', () => {
  it('reads each cell as an entry at its place, titled by the name after it', () => {
    const { n, codes } = readResolved(
      [
        HEAD,
        '一、五星级园区',
        '园区名称',
        '成都崇州市粮油现代农业园区',
        '内江隆昌市稻渔现代农业园区',
        '遂宁市船山区生猪种养循环现代农业园区',
        '二、四星级园区',
        '园区名称',
        '内江市资中县柑橘现代农业园区',
        '达州万源市茶叶现代农业园区',
        '广元市朝天区蔬菜现代农业',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual([
      '粮油现代农业园区',
      '稻渔现代农业园区',
      '生猪种养循环现代农业园区',
      '柑橘现代农业园区',
      '茶叶现代农业园区',
      '',
    ]);
    expect(codes).toEqual(['510184', '511083', '510903', '511025', '511781', '510812']);
    expect(n.warnings.map((w) => w.code)).toContain('truncated_item');
  });

  it('keeps no second entry for the lead’s example of the first cell', () => {
    const { n } = readResolved(
      [
        HEAD,
        '该建议名单审议通过，成都市崇州市粮油现代农业园区等35个现代农业园区为省星级现代农业园区。',
        '园区名称',
        '成都崇州市粮油现代农业园区',
        '内江隆昌市稻渔现代农业园区',
        '遂宁市船山区生猪种养循环现代农业园区',
      ].join('\n'),
    );
    expect(n.records).toHaveLength(3);
    expect(n.records[0]?.title).toBe('粮油现代农业园区');
  });

  it('ends at a line that is no name of the header’s kind, and reads nothing without a header', () => {
    const under = readResolved(
      [
        HEAD,
        '园区名称',
        '成都市崇州市人民政府',
        '内江市隆昌市稻渔现代农业园区建设推进会召开',
        '遂宁市船山区生猪种养循环现代农业园区',
      ].join('\n'),
    );
    expect(under.n.records.map((r) => r.title)).not.toContain('人民政府');
    expect(under.n.records.map((r) => r.title)).not.toContain('稻渔现代农业园区建设推进会召开');
    const bare = readResolved(
      [
        '四川在线消息 现代农业园区建设情况',
        '成都崇州市粮油现代农业园区',
        '内江隆昌市稻渔现代农业园区',
      ].join('\n'),
    );
    expect(bare.n.records.map((r) => r.title)).not.toContain('稻渔现代农业园区');
  });

  it('leaves a column of places’ facilities, the noun alone after each place, to the place lines', () => {
    const { n } = readResolved(
      [
        '金华市示范型儿童之家候选单位公示',
        '儿童之家名称',
        '婺城区蒋堂镇开化村儿童之家',
        '金东区曹宅镇上目宋村儿童之家',
        '东阳市湖溪镇镇西村儿童之家',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.title)).not.toContain('儿童之家');
  });

  it('flags no cut last cell that is a whole name of another kind', () => {
    const { n } = readResolved(
      [
        HEAD,
        '基地名称',
        '成都崇州市粮油示范基地',
        '内江隆昌市稻渔示范基地',
        '遂宁市船山区生猪种养循环现代农业园区',
      ].join('\n'),
    );
    expect(n.warnings.map((w) => w.code)).not.toContain('truncated_item');
    expect(n.records.map((r) => r.title)).not.toContain('');
  });
});
