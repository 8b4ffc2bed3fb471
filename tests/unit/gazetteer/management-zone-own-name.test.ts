/**
 * A county-level management zone the statistics name with its city in front (常德市西洞庭管理区)
 * is read by its own name too (西洞庭管理区), as lists write it; a development zone's words
 * without its city (经济开发区) stay no place.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

const code = (text: string) => resolveRegion(text, { asOf: '2021-06-01' }).code;

describe('a management zone by its own name', () => {
  it('is read without its city', () => {
    expect(code('西洞庭管理区')).toBe('430771');
    expect(code('察北管理区')).toBe('130772');
    expect(code('屈原管理区')).toBe('430671');
  });

  it('is still read with its city', () => {
    expect(code('常德市西洞庭管理区')).toBe('430771');
  });

  it('leaves a zone word without its own name unread (control)', () => {
    expect(code('经济开发区')).toBeNull();
    expect(code('管理区')).toBeNull();
  });
});
