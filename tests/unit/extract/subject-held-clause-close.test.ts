/**
 * A place told as the subject holding a pilot or zone (某市作为…试点城市) only when the designation
 * closes its clause and names a programme: "某区作为…试点城市的重点区" is a part of another's pilot,
 * and "作为首批试点城市" with only its batch or level names no programme to hold.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a place as the subject of 作为…, the designation closing its clause', () => {
  it('still takes the designation ending its phrase: one of several, another after it, marks strewn', () => {
    for (const tail of [
      '，介绍了经验。',
      '之一，介绍了经验。',
      '、全国文明城市，介绍了经验。',
      '◆■◆、全国文明城市◆★，介绍了经验。',
    ]) {
      const { codes, n } = readResolved(
        `工作推进会召开\n\n会上，苏州市作为全国社会心理服务体系建设试点城市${tail}`,
      );
      expect(codes).toEqual(['320500']);
      expect(n.records[0]?.programme).toBe('全国社会心理服务体系建设试点');
    }
  });

  it('leaves a part of a zone or pilot told so alone', () => {
    for (const text of [
      '工作推进会召开\n\n会上，江宁区作为全国社会心理服务体系建设试点城市的重点区，介绍了经验。',
      '社区工作推进\n\n会上，鼓楼区作为全国社区治理和服务创新实验区的核心区，开展了工作。',
    ])
      expect(readResolved(text).n.records).toHaveLength(0);
  });

  it('leaves a designation naming no programme alone', () => {
    for (const text of [
      '某中心成立\n\n近日，苏州市作为首批试点城市，开展工作。',
      '某中心成立\n\n近日，苏州市作为全省唯一的国家级试点城市，开展工作。',
    ])
      expect(readResolved(text).n.records).toHaveLength(0);
  });
});
