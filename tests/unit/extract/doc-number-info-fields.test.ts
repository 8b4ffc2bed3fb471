/**
 * A portal's info line of labelled fields set apart by spaces ("索引号: … 发文单位: … 发文字号:
 * 阳政办〔2022〕12号 主题分类: …") gives the notice's 文号 where its label heads it, wherever on the
 * line. A number the prose cites, unlabelled, is still no 文号 of the notice. Composed from the
 * shapes of real district and city portals.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const docNoOf = (lines: string[]) =>
  extractNotice(txtDoc(lines.join('\n')), { fileName: 't', regions }).metadata.docNo;

const notice = (info: string) => [
  '区人民政府办公室关于印发汉阳区一刻钟便民生活圈建设实施方案的通知',
  info,
  '各街道办事处，区人民政府各部门、各直属机构：',
  '《汉阳区一刻钟便民生活圈建设实施方案》已经区人民政府同意，现印发给你们，请认真组织实施。',
  '汉阳区人民政府办公室',
  '2022年7月22日',
];

describe('a 文号 among the info line’s fields', () => {
  it('is the notice’s 文号 where its label heads it', () => {
    expect(
      docNoOf(
        notice(
          '索引号: MB0X48944/2022-22185　发文单位: 武汉市汉阳区人民政府办公室　发文字号: 阳政办〔2022〕12号　主题分类: 政务公开',
        ),
      ),
    ).toBe('阳政办〔2022〕12号');
    expect(
      docNoOf(
        notice(
          '索取号: 0024204128/2020-00113 发布机构: 上海市民政局 文件编号: 沪民残福发〔2020〕7 号 公开类别: 主动公开',
        ),
      ),
    ).toBe('沪民残福发〔2020〕7号');
  });

  it('leaves a number the line cites without the label', () => {
    expect(
      docNoOf(notice('索引号: MB0X48944/2022-22185　依据: 武政办〔2021〕88号　主题分类: 政务公开')),
    ).toBeNull();
  });

  it('reads the 文号 a formal title carries after it on its line', () => {
    const lines = (head: string) => [
      head,
      '各辖市、区民政局，局机关各处室，各直属单位：',
      '2022年，全市民政系统围绕中心、服务大局，涌现出一批创新创优成果，现予发布。',
      '常州市民政局',
      '2023年1月16日',
    ];
    expect(
      docNoOf(lines('关于发布2022年度全市高质量现代民政创新创优成果的通知 常民发〔2023〕2号')),
    ).toBe('常民发〔2023〕2号');
    // A headline of a story that cites a number after it is no formal title carrying it.
    expect(
      docNoOf(lines('全市发布2022年度高质量现代民政创新创优成果 常民发〔2023〕2号')),
    ).toBeNull();
  });
});
