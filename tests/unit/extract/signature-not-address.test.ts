/**
 * A notice closing on where to write to (联系地址： over 某县某路某局 lines, then a phone line)
 * names its organs as addresses: that block signs nothing. Organs closing a notice without such
 * a label still sign it.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const issuer = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't.txt', regions: gazetteerRegionLookup() }).metadata
    .issuer;

const body = [
  '文明社区复核公示',
  '经初核，青溪县12个文明社区均能够按照建设标准开展各项活动，现予以公示。',
  '公示期内，如对公示对象有异议，请实名反映。',
];

describe('a contact block at the foot', () => {
  it('signs nothing', () => {
    expect(
      issuer(
        [
          ...body,
          '联系地址：',
          '青溪县人民路东青溪县司法局',
          '青溪县文昌路青溪县民政局',
          '联系电话：0571-1234567',
        ].join('\n'),
      ),
    ).toBeNull();
  });

  it('organs without the label sign', () => {
    expect(issuer([...body, '青溪县司法局', '青溪县民政局'].join('\n'))).toBe(
      '青溪县司法局 青溪县民政局',
    );
  });
});
