/**
 * A joint notice signed by nine departments on five lines above its date, with the attachment's
 * heading and notes below, starts its signature above the last lines the foot looks at: the
 * signature is still read whole, its first line too. A body line above it that is no organ
 * still ends it.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const issuer = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't.txt', regions: gazetteerRegionLookup() }).metadata
    .issuer;

const notice = (above: string[]) =>
  [
    '关于印发全国某某服务体系建设试点地区名单的通知',
    '各省、自治区、直辖市卫生健康委、民政厅(局):',
    '根据各地申报试点情况,我们整理形成了试点地区名单(见附件1),现印发给你们。',
    '附件:',
    '1.全国某某服务体系建设试点地区名单',
    '2.全国某某服务体系建设试点2019年重点工作任务',
    ...above,
    '教育部办公厅 公安部办公厅',
    '民政部办公厅 司法部办公厅',
    '财政部办公厅 国家信访局办公室',
    '中国残联办公厅',
    '2019年6月5日',
    '(信息公开形式:主动公开)',
    '附件1',
    '全国某某服务体系建设试点地区名单',
  ].join('\n');

describe('a long signature above the foot', () => {
  it('is read whole, its first line too', () => {
    expect(issuer(notice(['国家卫生健康委办公厅 中央政法委办公厅']))).toBe(
      '国家卫生健康委办公厅 中央政法委办公厅 教育部办公厅 公安部办公厅 民政部办公厅 司法部办公厅 财政部办公厅 国家信访局办公室 中国残联办公厅',
    );
  });

  it('ends at the body line above it', () => {
    expect(issuer(notice([]))).toBe(
      '教育部办公厅 公安部办公厅 民政部办公厅 司法部办公厅 财政部办公厅 国家信访局办公室 中国残联办公厅',
    );
  });
});
