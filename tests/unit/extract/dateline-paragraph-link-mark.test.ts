/**
 * A story's first paragraph that the page closes with a link's mark instead of a full stop
 * ("…完整社区建设案例集（第三批）>") is still where its dateline names the outlet: the body's start
 * skips such a line, the outlet reader does not. Composed from the shape of a real radio page.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const issuerOf = (lines: string[]) =>
  extractNotice(txtDoc(lines.join('\n')), { fileName: 't', regions }).metadata.issuer;

const HEAD = ['天津生态城第四社区入选完整社区建设典型案例', '2025-04-20 字体：[大 中 小]'];
const REST = [
  '据了解，“完整社区”就是从幼儿园、社区医院、老年服务站，到菜店、食堂、药店、理发店等等，居民日常生活所需的服务设施场所齐备完整。生态城第四社区是天津市唯一入选社区。',
];

describe('a dateline in a first paragraph closed by a link mark', () => {
  it('names the outlet', () => {
    const lead =
      '央广网天津4月20日消息（记者张强）城市是大尺度的建设空间，社区则是小尺度的生活场所。住房城乡建设部办公厅日前印发《完整社区建设案例集（第三批）》，供全国各地学习借鉴。完整社区建设案例集（第三批）>';
    expect(issuerOf([...HEAD, lead, ...REST])).toBe('央广网');
  });

  it('leaves a long paragraph with no dateline naming no outlet', () => {
    const lead =
      '城市是大尺度的建设空间，社区则是小尺度的生活场所。住房城乡建设部办公厅日前印发《完整社区建设案例集（第三批）》，供全国各地学习借鉴。完整社区建设案例集（第三批）>';
    expect(issuerOf([...HEAD, lead, ...REST])).not.toBe('央广网');
  });
});
