/**
 * A signature a PDF's text runs onto the end of the contact line above it (…邮箱:abc@163.com某县
 * 农业农村局2022年3月11日。) signs and dates the notice; a sentence whose words run on into an
 * organ and a date does not, nor an organ and date inside the body.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const meta = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata;

const HEAD = '关于青禾县县级休闲农业示范点监测结果的公示';
const BODY =
  '根据《青禾县县级休闲农业示范点认定管理办法》，我局对全县县级休闲农业示范点开展了监测，现将监测结果予以公示。公示期间如有异议，请以书面形式向县农业农村局农经站提出。';

describe('a signature glued onto the contact line', () => {
  it('signs and dates the notice', () => {
    const m = meta(
      [
        HEAD,
        BODY,
        '通讯地址:青禾县凤城镇莲荷路29号,电话:0591-26182002邮箱:qhxnyb@163.com青禾县农业农村局2022年3月11日。',
      ].join('\n'),
    );
    expect(m.issuer).toBe('青禾县农业农村局');
    expect(m.issuedOn).toBe('2022-03-11');
  });

  it('never a sentence running on into an organ and a date', () => {
    const m = meta([HEAD, BODY, '监测工作由县农业农村局2022年3月11日。'].join('\n'));
    expect(m.issuedOn).toBeNull();
    expect(m.issuer).not.toBe('监测工作由县农业农村局');
    const after = meta([HEAD, BODY, '以上结果，经县农业农村局2022年3月11日。'].join('\n'));
    expect(after.issuedOn).toBeNull();
  });

  it('after a phone number as well as an e-mail address', () => {
    const m = meta(
      [HEAD, BODY, '联系人：张三，联系电话：0591-26182002青禾县农业农村局2022年3月11日。'].join(
        '\n',
      ),
    );
    expect(m.issuer).toBe('青禾县农业农村局');
    expect(m.issuedOn).toBe('2022-03-11');
  });

  it('never a table row numbered before an organ and a date', () => {
    // A last row "5 青禾县民政局 2022年3月11日" lists a unit and its day; nothing is glued.
    expect(meta([HEAD, BODY, '5 青禾县民政局 2022年3月11日'].join('\n')).issuer).toBeNull();
    expect(meta([HEAD, BODY, '3 青禾县东坡村委会 2022年3月11日'].join('\n')).issuer).toBeNull();
  });

  it('never an organ and date the body tells before its end', () => {
    const m = meta([HEAD, '邮箱:qhxnyb@163.com青禾县农业农村局2022年3月11日。', BODY].join('\n'));
    expect(m.issuedOn).toBeNull();
  });
});
