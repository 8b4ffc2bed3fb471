/**
 * Later notices about units already listed, composed here in other words and places: an
 * acceptance check reported by a city ("…全部达标"), and the grading of the counties its
 * townships lie in, which appraises how the counties ran the work and lists no entry.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('later notices', () => {
  const text = [
    '名单',
    '',
    '近日，省考核组对我市示范乡镇进行了考核验收。经评定，我市麦积区甘泉镇、社棠镇，秦安县兴国镇、莲花镇，甘谷县大像山镇5个示范乡镇全部达标。麦积区、秦安县为全省示范乡镇建设优秀县区，甘谷县为良好县区。',
  ].join('\n');

  it('townships that all met the standard (全部达标) after a check passed it', () => {
    const { n } = readResolved(text);
    expect(n.records.map((r) => r.outcome?.status ?? null)).toEqual(Array(5).fill('已验收'));
  });

  it('the counties graded after the townships are no entries', () => {
    const { codes } = readResolved(text);
    expect(codes).toEqual(['620503', '620503', '620522', '620522', '620523']);
  });

  it('a county graded without any entry in it stays a place a list may name', () => {
    const { codes } = readResolved(
      '名单\n经研究，确定麦积区、秦安县、甘谷县为全省示范乡镇建设优秀县区。',
    );
    expect(codes).toEqual(['620503', '620522', '620523']);
  });
});
