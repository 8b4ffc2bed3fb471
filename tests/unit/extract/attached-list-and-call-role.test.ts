/**
 * A document whose title names no act (lost, or only 通知) still does one in its body: it
 * publishes the list it attaches ("…共立项139个，现予发布。附件：1.…立项名单"), or it asks its
 * addressees to apply by a day it sets ("请…积极申报…请于8月19日前报送"). Look-alikes: a rules
 * document published with its 办法 attached, a call's form (推荐名单汇总表), and a duty to report
 * that asks for no application, stay what they were.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const role = (text: string) => readResolved(text).n.metadata.role;

const ADDRESSEES = '各省、自治区、直辖市民政厅（局），各立项单位：\n';
const SIGNED = '民政部办公厅\n2022年5月20日\n';

describe('a list published in its attachments', () => {
  it('is the list when the document publishes it and attaches it', () => {
    const text =
      ADDRESSEES +
      '根据有关项目实施方案，经评审，2022年社会服务项目共立项139个，现予发布。\n各地民政厅（局）要高度重视项目实施工作。\n' +
      '附件：1.2022年社会服务发展示范项目（A类）立项名单\n2.2022年社会服务承接试点项目（B类）立项名单\n' +
      SIGNED;
    expect(role(text)).toBe('confirmation');
  });

  it('is not a list when the attachment is the rules it publishes (control)', () => {
    const text =
      ADDRESSEES +
      '《社会服务项目资金使用管理办法》已经部务会议审议通过，现予发布，请遵照执行。\n各地民政厅（局）要认真组织实施。\n' +
      '附件：社会服务项目资金使用管理办法\n' +
      SIGNED;
    expect(role(text)).not.toBe('confirmation');
  });

  it('is not a list when the attachment is a form to fill in (control)', () => {
    const text =
      ADDRESSEES +
      '现将有关事项通知如下：各地要按照条件做好项目推荐工作，认真填写推荐材料。\n' +
      '附件：2022年社会服务项目推荐名单汇总表\n' +
      SIGNED;
    expect(role(text)).not.toBe('confirmation');
  });
});

describe('a call told in the body', () => {
  it('is the call when it asks its addressees to apply by a day', () => {
    const text =
      '各乡镇人民政府：\n按照省林业厅相关工作安排，现将省林业厅推荐申报森林康养基地的通知转发你们，请按照文件要求，组织辖区内企业积极申报森林康养基地。\n' +
      '请各乡镇于2016年8月19日前，将申请书及相应资料书面报送我局。\n特此通知。\n某县林业局\n2016年7月29日\n';
    expect(role(text)).toBe('application_call');
  });

  it('is the call when it moves the day applying closes', () => {
    const text =
      '各地级以上市农业农村局：\n因疫情原因，部分地区专项资金项目申报工作受到影响。经我厅研究，现将专项资金项目网上申报审核时间延迟至2022年11月11日。\n' +
      '特此通知。\n某省农业农村厅\n2022年11月8日\n';
    expect(role(text)).toBe('application_call');
  });

  it('is no call when the due day is for a work report, not an application (control)', () => {
    const text =
      '各示范区：\n将对各地2010-2012年工作开展情况进行评估。请各单位认真撰写总结报告，务必于2012年8月31日前提交所有总结报告。\n' +
      '某省青少年科技中心\n2012年8月1日\n';
    expect(role(text)).not.toBe('application_call');
  });
});
