/**
 * 首届 opens a round as 首批 opens a batch and 第一届 a round: it is the programme's round, no
 * word of its name; and a province's bare scope before it (荣获省首届“…”称号) is the name's own.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';

describe('首届 before a programme’s name', () => {
  it('is the round, as 第一届 is', () => {
    const first = cleanProgramme('首届全省十佳民主法治村', '河南省');
    expect(first?.name).toBe('河南省十佳民主法治村');
    expect(first?.batch).toBe('首届');
    expect(cleanProgramme('第一届全省十佳民主法治村', '河南省')?.name).toBe('河南省十佳民主法治村');
  });

  it('keeps the bare 省 before it as the province’s scope', () => {
    expect(cleanProgramme('水峪新村荣获省首届十佳民主法治村', null)?.name).toBe(
      '全省十佳民主法治村',
    );
    expect(cleanProgramme('水峪新村荣获省首届十佳民主法治村', '河南省')?.name).toBe(
      '河南省十佳民主法治村',
    );
  });

  it('leaves a name without a round, and 首批, as they were (control)', () => {
    expect(cleanProgramme('全省十佳民主法治村', '河南省')?.batch ?? null).toBeNull();
    expect(cleanProgramme('首批全国一村一品示范村镇', null)?.batch).toBe('首批');
  });
});

describe('荣膺 before a programme’s name', () => {
  it('is the frame’s verb, as 荣获 is', () => {
    expect(cleanProgramme('安徽两县荣膺千年古县', null)?.name).toBe('千年古县');
    expect(cleanProgramme('安徽两县荣获千年古县', null)?.name).toBe('千年古县');
  });
});
