/**
 * A 文号 that opens its line, followed only by the page's own index field ("沪民基发〔2017〕1号
 * 索取号:AA9106003-2017-001"), is the notice's 文号; a 文号 cited at the head of a sentence, or
 * followed by anything but that field, is not.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const docNo = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata.docNo;

describe('a 文号 on the line of its index field', () => {
  it('reads the 文号 followed by 索取号 or 索引号', () => {
    expect(
      docNo(
        [
          '上海市民政局关于社区事务受理服务中心第三方评估结果等级的通报',
          '沪民基发〔2017〕1号 索取号：AA9106003-2017-001',
          '各区民政局：',
          '现将评估结果通报如下。',
        ].join('\n'),
      ),
    ).toBe('沪民基发〔2017〕1号');
    expect(
      docNo(
        [
          '某市民政局关于评估结果的通报',
          '某民发〔2020〕3号　索引号: 11350100-2020-00012',
          '各区民政局：',
        ].join('\n'),
      ),
    ).toBe('某民发〔2020〕3号');
  });

  it('does not read a 文号 cited at a sentence’s head, nor one with other words after it', () => {
    expect(
      docNo(
        [
          '某市民政局关于评估结果的通报',
          '各区民政局：',
          '沪府办发〔2013〕50号文件要求各区加强受理中心建设，现将评估结果通报如下。',
        ].join('\n'),
      ),
    ).toBeNull();
    expect(
      docNo(
        [
          '某市民政局关于评估结果的通报',
          '沪府办发〔2013〕50号 索取号说明见附件第三页',
          '各区民政局：',
        ].join('\n'),
      ),
    ).toBeNull();
  });
});
