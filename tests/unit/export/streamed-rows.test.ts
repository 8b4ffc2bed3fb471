/**
 * A Word list whose table rows are streamed into the file writes the same document.xml,
 * byte for byte, as docx building the whole document: several tables (one per programme),
 * one longer than a slice, names broken between levels, write-ups over several lines.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildListDocument } from '../../../src/main/core/export/list-document';
import { SLICE_ROWS } from '../../../src/main/core/export/streamed-rows';
import type { LedgerRecord } from '../../../src/shared/domain';
import { makeRecord } from '../../fixtures/export/sample-records';
import { zipPart } from './docx-parts';

const PLACES: [string, string, string, string, string][] = [
  ['浙江省', '杭州市', '上城区', '330102', '探索街道社区减负增效长效机制'],
  ['北京市', '', '石景山区', '110107', '以“老街坊”议事会推进居民协商'],
  ['江苏省', '南京市', '栖霞区', '320113', '构建“网格+社工”社区服务模式'],
  ['天津市', '', '和平区', '120101', '完善社区议事协商制度'],
];
const PROGRAMMES = ['全国社区治理和服务创新实验区', '省级社区治理和服务创新实验区', '观察点'];

function ledger(n: number): LedgerRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const [province, city, county, code, theme] = PLACES[i % PLACES.length]!;
    return makeRecord({
      // the first programme holds more rows than one slice
      programme: PROGRAMMES[i < SLICE_ROWS + 40 ? 0 : 1 + (i % 2)]!,
      province,
      city,
      county,
      regionText: `${province}${city}${county}`,
      regionCode: code,
      title: `${theme}（第${i + 1}项）`,
      content: `围绕${theme}，${'建立居民议事、社会组织协同和社区工作者联动的工作机制，'.repeat(1 + (i % 3))}形成可复制经验。`,
    });
  });
}

const documentXml = async (docx: Buffer) => zipPart(docx, 'word/document.xml');

describe('streamed Word list', () => {
  it('writes the document.xml a whole build writes, byte for byte', async () => {
    const records = ledger(SLICE_ROWS + 120);
    const opts = {
      kind: 'zone' as const,
      title: '全国社区治理和服务创新实验区名单',
      label: '附件1',
      grouping: 'byProgramme' as const,
    };
    const whole = await documentXml(
      await buildListDocument(records, { ...opts, streamRows: false }),
    );
    const streamed = await documentXml(await buildListDocument(records, opts));
    expect(streamed.length).toBe(whole.length);
    expect(streamed === whole).toBe(true);
    expect(streamed.match(/<w:tbl>/g)).toHaveLength(3);
  }, 120_000);

  it('a table without rows and a single table stream the same way', async () => {
    const opts = { kind: 'zone' as const, title: '名单' };
    for (const records of [[], ledger(3)]) {
      const whole = await documentXml(
        await buildListDocument(records, { ...opts, streamRows: false }),
      );
      expect(await documentXml(await buildListDocument(records, opts))).toBe(whole);
    }
  });
});

/** Every entry of a packed file in its order; the build's timestamps (docProps/core.xml) blanked. */
async function allParts(docx: Buffer): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(docx);
  const parts: [string, string][] = [];
  for (const entry of Object.values(zip.files)) {
    const xml = entry.dir ? '' : await entry.async('string');
    parts.push([entry.name, xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1')]);
  }
  return parts;
}

describe('streamed Word list, the whole file', () => {
  it('is the same document as a whole build: the same parts in the same order, each byte for byte', async () => {
    const records = ledger(SLICE_ROWS * 2 + 7);
    const opts = {
      kind: 'zone' as const,
      title: '全国社区治理和服务创新实验区名单',
      label: '附件',
    };
    const whole = await allParts(await buildListDocument(records, { ...opts, streamRows: false }));
    const streamed = await allParts(await buildListDocument(records, opts));
    expect(streamed.map(([name]) => name)).toEqual(whole.map(([name]) => name));
    for (const [i, [name, xml]] of streamed.entries()) {
      expect(xml.length, name).toBe(whole[i]![1].length);
      expect(xml === whole[i]![1], name).toBe(true);
    }
    expect(streamed.find(([name]) => name === 'word/document.xml')![1]).toContain('（第107项）');
  }, 120_000);
});
