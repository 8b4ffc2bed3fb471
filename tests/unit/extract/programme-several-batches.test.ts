/**
 * Several batches named together ("第三、四批", "第三批和第四批") make one list of both: the
 * words are no part of the programme's name, and the list has no batch of its own.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';

describe('a programme named with several batches', () => {
  it('is the programme without them, and no batch', () => {
    expect(cleanProgramme('通过验收的第二、三批国家林业科技园区名单', null)).toEqual({
      name: '国家林业科技园区',
      year: null,
      batch: null,
    });
    expect(cleanProgramme('第五批和第六批国家数字农业产业园', null)).toEqual({
      name: '国家数字农业产业园',
      year: null,
      batch: null,
    });
  });

  it('before a scope word too', () => {
    expect(cleanProgramme('第三批和第四批全国社区治理和服务创新实验区', null)).toEqual({
      name: '全国社区治理和服务创新实验区',
      year: null,
      batch: null,
    });
  });

  it('keeps one batch its batch', () => {
    expect(cleanProgramme('第五批国家数字农业产业园', null)?.batch).toBe('第五批');
  });
});
