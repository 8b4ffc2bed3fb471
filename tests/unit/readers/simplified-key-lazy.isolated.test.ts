import * as OpenCC from 'opencc-js';
import { describe, expect, it, vi } from 'vitest';

// The converter's constructor, counted: it loads large dictionaries, so a process that
// only meets simplified text must never build it.
vi.mock('opencc-js', async (importOriginal) => {
  const actual = await importOriginal<typeof OpenCC>();
  return { ...actual, Converter: vi.fn(actual.Converter) };
});

describe('simplifiedKey builds the converter only for a text it may change', () => {
  it('keys simplified text without it, then builds it once for traditional text', async () => {
    const { simplifiedKey } = await import('../../../src/main/core/import/readers/simplified-key');
    const built = vi.mocked(OpenCC.Converter);
    built.mockClear();
    expect(simplifiedKey('某某县社区治理创新实验区')).toBe('某某县社区治理创新实验区');
    expect(simplifiedKey('城乡社区治理服务体系建设')).toBe('城乡社区治理服务体系建设');
    expect(built).not.toHaveBeenCalled();
    expect(simplifiedKey('實驗區')).toBe('实验区');
    expect(simplifiedKey('臺灣鄉鎮')).toBe('台湾乡镇');
    expect(built).toHaveBeenCalledTimes(1);
  });
});
