/**
 * "附件:" alone on its line over numbered document names ("1、某区公益创投项目中期报告书(A类)") lists
 * the notice's attachments, not entries; a label alone over numbered places is the list itself.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const units = (text: string): string[] =>
  readResolved(text).n.records.map((r) => `${r.regionText ?? ''}|${r.title ?? ''}`);

const notice = (attachments: string[]): string =>
  [
    '各街道社会组织服务中心、各公益创投项目执行方:',
    '海曙区社会组织服务中心将对区第九届公益创投项目进行中期评估。现将有关事项通知如下:',
    '各公益创投项目执行方开展自评,于2020年12月15日前发送至邮箱。',
    '附件:',
    ...attachments,
  ].join('\n');

describe('attachments named one a line under a label alone', () => {
  it('are no entries', () => {
    expect(
      units(
        notice([
          '1、海曙区公益创投项目中期报告书(A类)',
          '2、海曙区公益创投项目中期报告书(B类)',
          '3、海曙区公益创投项',
        ]),
      ),
    ).toEqual([]);
  });

  it('leave a list of places under the label read (control)', () => {
    const got = units(
      notice(['1、宁波市海曙区：党建引领社区协商', '2、宁波市江北区：社区服务数字化']),
    );
    expect(got.map((u) => u.split('|')[0])).toEqual(['宁波市海曙区', '宁波市江北区']);
  });
});
