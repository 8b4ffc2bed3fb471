import { describe, expect, it } from 'vitest';
import type { NoticeWarning } from '../../../src/shared/domain';
import { withoutAnsweredWarnings } from '../../../src/main/core/import/answered-warnings';
import type { ExtractedNotice, ExtractedRecord } from '../../../src/main/core/import/extract/types';
import { prepareImport } from '../../../src/main/core/import/prepare-import';
import type { ResolvedRecord } from '../../../src/main/core/import/resolve-records';
import { resolveRegion } from '../../../src/main/core/gazetteer';

const prepare = (text: string) =>
  prepareImport({ name: '名单.txt', bytes: new Uint8Array(Buffer.from(text)), sha256: 'x' });

const unresolved = (seqs: (number | null)[], places: string[]): NoticeWarning => ({
  code: 'region_unresolved',
  message: `${places.length}项的地区无法识别为行政区划`,
  seqs,
  regionTexts: places,
});

const record = (seq: number, place: string): ExtractedRecord => ({
  kind: 'zone',
  seq,
  regionText: place,
  title: '',
  programme: null,
  year: null,
  span: { start: 0, end: 0 },
  warnings: [{ code: 'region_unresolved', message: '', seq, regionText: place }],
});

describe('an unresolved-place warning the gazetteer answered afterwards', () => {
  it('is dropped for a place now placed, kept for one still without a code', () => {
    const records = [record(1, '河南省郑州市中原区'), record(2, '某某新城')];
    const notice = {
      records,
      warnings: [unresolved([1, 2], ['河南省郑州市中原区', '某某新城'])],
    } as unknown as ExtractedNotice;
    const resolved: ResolvedRecord[] = records.map((r) => ({
      record: r,
      resolution: resolveRegion(r.regionText ?? ''),
    }));
    expect(resolved.map((r) => r.resolution?.regionCode ?? null)).toEqual(['410102', null]);
    const out = withoutAnsweredWarnings(notice, resolved);
    expect(out.notice.warnings).toMatchObject([
      { code: 'region_unresolved', seqs: [2], message: '第2项的地区“某某新城”无法识别为行政区划' },
    ]);
    expect(out.resolved[0]?.record.warnings).toEqual([]);
    expect(out.resolved[1]?.record.warnings).toHaveLength(1);
  });

  it('says what a name one character off was taken for, instead of 无法识别', async () => {
    // Traditional characters and two county-level cities each miswritten by one character.
    const p = await prepare(
      [
        '民政部關於確認全國農村社區建設實驗縣的批復',
        '同意以下縣(市、區)為全國農村社區建設實驗縣(市、區),名單如下:',
        '江蘇省:江陰市、宜興市、張家巷市',
        '浙江省:諸暨市、蕭山區、余桃市',
      ].join('\n'),
    );
    const messages = p.notice.warnings.map((w) => w.message);
    expect(messages.join()).not.toContain('无法识别');
    expect(messages).toEqual([
      expect.stringMatching(/“張家巷市”.*已按近似名认定为江苏省苏州市张家港市（320582），请核对/),
      expect.stringMatching(/“余桃市”.*已按近似名认定为浙江省宁波市余姚市（330281），请核对/),
    ]);
    const yuyao = p.records.find((r) => r.fields.region_text === '余桃市');
    expect(JSON.stringify(yuyao?.extracted.warnings)).toContain('已按近似名认定');
  });
});
