/**
 * A notice's context (天津市) narrows a short name to that city's district. Contexts are parsed
 * once and kept; a gazetteer loaded again (the shell pointing at its resources, a test or the
 * benchmark forgetting what was loaded) must not be answered from the units of the one before.
 */
import { describe, expect, it } from 'vitest';
import { resetGazetteerCache } from '../../../src/main/core/gazetteer/gazetteer-data';
import { resolveRegion } from '../../../src/main/core/gazetteer/resolve-region';

const code = (text: string, context: string) =>
  resolveRegion(text, { context, asOf: '2021-06-01' }).code;

describe('a context read before the gazetteer is loaded again', () => {
  it('still narrows to the same district after the reload', () => {
    expect(code('河西分局友谊路派出所', '天津市')).toBe('120103');
    expect(code('河西区', '天津市')).toBe('120103');
    resetGazetteerCache();
    expect(code('河西分局友谊路派出所', '天津市')).toBe('120103');
    expect(code('河西区', '天津市')).toBe('120103');
  });
});
