/**
 * A pilot written without whom it serves (婚姻登记“跨省通办”试点 for 内地居民婚姻登记“跨省通办”试点) is
 * the same pilot; a different pilot sharing the tail, or a name with a place, scope, level or
 * round in front, is not.
 */
import { describe, expect, it } from 'vitest';
import { isUnqualifiedPilot } from '../../../src/main/core/records/qualified-pilot';

describe('a pilot written without whom it serves', () => {
  it('is the whole pilot, its quotes and national scope aside', () => {
    expect(isUnqualifiedPilot('内地居民婚姻登记跨省通办试点', '婚姻登记跨省通办试点')).toBe(true);
    expect(isUnqualifiedPilot('内地居民婚姻登记“跨省通办”试点', '婚姻登记“跨省通办”试点')).toBe(
      true,
    );
    expect(isUnqualifiedPilot('全国内地居民婚姻登记跨省通办试点', '婚姻登记跨省通办试点')).toBe(
      true,
    );
  });
});

describe('controls', () => {
  it('a different pilot sharing the tail stays apart', () => {
    expect(isUnqualifiedPilot('内地居民婚姻登记跨省通办试点', '户籍登记跨省通办试点')).toBe(false);
    expect(isUnqualifiedPilot('婚姻登记跨省通办试点', '养老服务跨省通办试点')).toBe(false);
  });

  it('a head naming no one served makes another pilot, or a place’s own', () => {
    expect(isUnqualifiedPilot('医养结合养老服务改革试点', '养老服务改革试点')).toBe(false);
    expect(isUnqualifiedPilot('智慧健康养老服务改革试点', '养老服务改革试点')).toBe(false);
    expect(isUnqualifiedPilot('深圳婚姻登记跨省通办试点', '婚姻登记跨省通办试点')).toBe(false);
    expect(isUnqualifiedPilot('长三角婚姻登记跨省通办试点', '婚姻登记跨省通办试点')).toBe(false);
  });

  it('a tail too short to name the pilot’s subject joins nothing', () => {
    expect(isUnqualifiedPilot('内地居民婚姻登记跨省通办试点', '跨省通办试点')).toBe(false);
  });

  it('a place, scope, level or round in front makes another programme', () => {
    expect(isUnqualifiedPilot('城乡社区治理创新试点', '社区治理创新试点')).toBe(false);
    expect(isUnqualifiedPilot('浙江省婚姻登记跨省通办试点', '婚姻登记跨省通办试点')).toBe(false);
    expect(isUnqualifiedPilot('第二批婚姻登记跨省通办试点', '婚姻登记跨省通办试点')).toBe(false);
    expect(isUnqualifiedPilot('内地居民婚姻登记跨省通办示范', '婚姻登记跨省通办示范')).toBe(false);
  });
});
