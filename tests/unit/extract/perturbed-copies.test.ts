/**
 * Lists read the same from a copy of the notice as from the notice itself: each family of
 * the ways real copies mangle a text (hard wraps, spaced-out characters, flipped widths,
 * other list markers and separators, page furniture, blank lines, other brackets) is applied
 * to composed notices, which must give the same places as the clean text.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { readNotice } from '../../../src/main/core/import/readers';
import { FAMILIES, perturbNotice } from '../../support/perturb/families';
import { buildHtmlText } from '../../support/unseen/build-html';
import { buildPlainText } from '../../support/unseen/build-text';
import type { NoticeSpec } from '../../support/unseen/spec';

const PROSE: NoticeSpec = {
  format: 'txt',
  title: '关于公布第二批省级示范社区名单的通知',
  blocks: [
    { p: '各市民政局：' },
    {
      p: '经各地推荐、专家评审，确定白沙市青禾县柳塘镇东坡社区、白沙市青禾县沙河镇北岗社区、石门市南岭区石门街道南岭社区、石门市南岭区石门街道北关社区、白沙市青禾县柳塘镇西坡社区、石门市北岭区北关街道红旗社区、白沙市白沙县白沙镇河口社区等7个社区为第二批省级示范社区。',
    },
    { p: '请各地认真总结经验，发挥示范带动作用。' },
  ],
};

const COUNTY_LINES: NoticeSpec = {
  format: 'html',
  chrome: false,
  title: '关于命名省级乡村治理示范村的通知',
  blocks: [
    { p: '根据《省级乡村治理示范村创建办法》〔2023〕5号，现将名单公布如下：' },
    { p: '青禾县：柳塘镇东坡村、柳塘镇西坡村、沙河镇北岗村、沙河镇南岗村' },
    { p: '白沙县：白沙镇河口村、白沙镇山口村、石桥乡石桥村' },
    { p: '南岭区：石门街道南关村、石门街道北关村、“红旗”社区' },
  ],
};

const NUMBERED: NoticeSpec = {
  format: 'txt',
  title: '省级社区治理创新实验区名单',
  blocks: [
    { p: '现将第三批省级社区治理创新实验区名单公布如下：' },
    {
      ol: [
        '1.白沙市青禾县：以党建引领推进小区治理',
        '2.石门市南岭区：社区协商议事规范化建设',
        '3.白沙市白沙县：农村社区综合服务设施建设',
        '4.石门市北岭区：城乡社区服务体系建设',
      ],
    },
  ],
};

async function places(spec: NoticeSpec): Promise<string[]> {
  const text = spec.format === 'html' ? buildHtmlText(spec, 'utf-8') : buildPlainText(spec);
  const name = `copy.${spec.format}`;
  const doc = await readNotice(name, new Uint8Array(Buffer.from(text, 'utf8')));
  return extractNotice(doc, { fileName: name }).records.map((r) =>
    (r.regionText ?? '').normalize('NFKC').replace(/\s+/g, ''),
  );
}

describe('a list reads the same from a mangled copy', () => {
  for (const [name, spec] of Object.entries({ PROSE, COUNTY_LINES, NUMBERED }))
    for (const family of FAMILIES)
      it(`${name} under ${family}`, async () => {
        const clean = await places(spec);
        expect(clean.length).toBeGreaterThanOrEqual(3);
        for (const seed of [1, 2, 3]) {
          const copy = perturbNotice(spec, family, seed);
          if (copy) expect(await places(copy), `seed ${seed}`).toEqual(clean);
        }
      });
});
