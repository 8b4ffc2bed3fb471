/**
 * A line that ends like an organ is no signature when it is a person under the organ's post (a
 * photo's caption, the name ending in 科 as a section does) or when a site's chrome broke into the
 * name (a banner in lenticular brackets pasted over the organ's place). The organ on the source
 * line, a real signature and an office after a post are still read (controls).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const issuer = (lines: string[]): string | null => readResolved(lines.join('\n')).n.metadata.issuer;

describe('a caption or a chrome-broken name is no organ', () => {
  it("reads the source line's organ, not a caption of an official under the body's first line", () => {
    expect(
      issuer([
        '某某县顺利通过全国综合减灾示范县验收评估',
        '发布时间:2033-10-26 17:15 作者: 来源:某某县应急管理局 浏览次数:',
        '10月25日,某某县召开全国综合减灾示范县创建试点现场验收评估反馈会,顺利通过验收评估。',
        '国家某某部安全生产监察专员杨某科',
        '县委书记石某明',
        '10月22日-24日,验收评估工作组一行对某某县创建工作进行了现场验收评估。',
      ]),
    ).toBe('某某县应急管理局');
  });

  it('still reads an office named after a post as the signing organ (control)', () => {
    expect(
      issuer([
        '关于做好2033年度综合减灾示范社区创建工作的通知',
        '各乡镇人民政府:',
        '现将有关事项通知如下,请认真抓好落实。',
        '某某县减灾委员会主任办公室',
        '2033年3月2日',
      ]),
    ).toBe('某某县减灾委员会主任办公室');
  });

  it("takes no organ from a signature a site's banner broke into", () => {
    expect(
      issuer([
        '各乡镇人民政府:',
        '请各乡镇于2033年8月19日前,将申请书及相应资料书面报送我局。',
        '特此通知。',
        '某某城中心_某某足球网-【投注官网平台】林业局',
        '2033年7月29日',
      ]),
    ).toBeNull();
  });

  it('still reads the signature of the same letter unbroken (control)', () => {
    expect(
      issuer([
        '各乡镇人民政府:',
        '请各乡镇于2033年8月19日前,将申请书及相应资料书面报送我局。',
        '特此通知。',
        '某某县林业局',
        '2033年7月29日',
      ]),
    ).toBe('某某县林业局');
  });
});
