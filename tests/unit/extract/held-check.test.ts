/**
 * An acceptance a notice tells was held, and the units that passed it: each passed, in the
 * programme the check was held on (not the title the decision then gives them), and the
 * sentence reports the check, so it owes no acceptance as a rule. A past pass told as a
 * description, or a proposal, states no outcome.
 */
import { describe, expect, it } from 'vitest';
import { outcomeIn } from '../../../src/main/core/import/extract/outcomes';
import { readResolved } from './helpers';

const HEAD = '江苏省确定15个省级“乡村著名行动”先行区\n';

describe('an acceptance held and decided in one sentence', () => {
  it('passes the units it names, in the programme that was checked', () => {
    const { n, codes } = readResolved(
      HEAD +
        '本报讯 近日，江苏省民政厅对“深化乡村地名服务 点亮美好家园”试点地区开展评估验收，将通过评估验收的南京市浦口区等15个试点地区，确定为省级“乡村著名行动”先行区。\n',
    );
    expect(codes).toEqual(['320111']);
    expect(n.records[0]!.outcome).toEqual({ status: '已验收' });
    expect(n.records[0]!.kind).toBe('zone');
    expect(n.records[0]!.programme).toContain('深化乡村地名服务点亮美好家园试点');
    expect(n.rules.filter((r) => r.kind === 'acceptance')).toEqual([]);
  });

  it('reads the same in traditional characters with readings glossed and doubled commas', () => {
    const { n, codes } = readResolved(
      '江蘇省確定15個省級“鄉村著名行動”先行區\n江蘇省確定15個省級“鄉村著名行動”先行區\n' +
        '本報(bào)訊 近日,,江蘇省民政廳對“深化鄉(xiāng)村地名服務(wù) 點(diǎn)亮美好家園”試點(diǎn)地區(qū)開展評估驗(yàn)收,將通過評估驗(yàn)收的南京市浦口區(qū)等15個(gè)試點(diǎn)地區(qū),,確定為省級“鄉(xiāng)村著名行動(dòng)”先行區(qū),。\n',
    );
    expect(codes).toEqual(['320111']);
    expect(n.records[0]!.outcome).toEqual({ status: '已验收' });
  });

  it('states no outcome for a pass told as the past of units starting anew', () => {
    const { n } = readResolved(
      '民政部关于确认实验区的批复\n各省民政厅：\n已通过结项验收的上海市徐汇区、江苏省南京市雨花台区等实验区以新的实验主题开展实验工作，实验时间为期两年。\n',
    );
    expect(n.records.every((r) => !r.outcome)).toBe(true);
  });

  it('states no outcome while the decision is only proposed', () => {
    const { n } = readResolved(
      '关于先行区名单的公示\n省民政厅对“某某服务”试点地区开展评估验收，拟将通过评估验收的南京市浦口区、镇江市丹徒区等3个试点地区确定为省级先行区，现予公示。\n',
    );
    expect(n.records.every((r) => !r.outcome)).toBe(true);
  });

  it('still owes the acceptance an organ will hold on the pilots', () => {
    const { n } = readResolved(
      '关于开展试点地区评估验收工作的通知\n各设区市民政局：\n省民政厅将于2024年3月对南京市浦口区、镇江市丹徒区等试点地区组织开展评估验收，请各地做好准备。\n',
    );
    expect(n.rules.some((r) => r.kind === 'acceptance')).toBe(true);
  });
  it('states no pass for units told as not passing the check in the same sentence', () => {
    for (const failed of ['将未通过评估验收的', '未能通过评估验收的']) {
      const { n, codes } = readResolved(
        '关于试点验收情况的通报\n各设区市民政局：\n省民政厅对“某某服务”试点地区开展评估验收，' +
          failed +
          '常州市溧阳市、无锡市宜兴市等2个试点地区列为限期整改地区。\n',
      );
      expect(codes).toEqual(['320481', '320282']);
      // Put on a term to rectify after the check, they did not pass it.
      expect(n.records.map((r) => r.outcome)).toEqual([{ status: '未通过' }, { status: '未通过' }]);
    }
  });

  it('passes the units and still owes the later check the sentence goes on to plan', () => {
    for (const later of ['省民政厅将组织开展验收', '将于2026年组织验收']) {
      const { n, codes } = readResolved(
        '关于确定先行区的通知\n各设区市民政局：\n省民政厅对“某某服务”试点地区开展评估验收，将通过评估验收的南京市浦口区、镇江市丹徒区等2个试点地区确定为省级先行区，先行区建设期满后' +
          later +
          '。\n',
      );
      expect(codes).toEqual(['320111', '321112']);
      expect(n.records.map((r) => r.outcome)).toEqual([{ status: '已验收' }, { status: '已验收' }]);
      expect(n.rules.some((r) => r.kind === 'acceptance')).toBe(true);
    }
  });
  it('passes no one and still owes the check a plan tells before it is held', () => {
    const lead =
      '关于开展试点工作的通知\n各设区市民政局：\n确定南京市浦口区、镇江市丹徒区为试点地区。';
    const decided = '评估验收，将通过评估验收的南京市浦口区、镇江市丹徒区确定为省级先行区。\n';
    for (const plan of [
      '试点期满后，省民政厅将对试点地区组织',
      '试点期满后，省民政厅对试点地区开展',
    ]) {
      const { n } = readResolved(lead + plan + decided);
      expect(n.records.every((r) => r.outcome?.status !== '已验收')).toBe(true);
      expect(n.rules.some((r) => r.kind === 'acceptance')).toBe(true);
    }
    // Told with 了 after the term ran out, the check was held.
    const { n } = readResolved(lead + '试点期满后，省民政厅对试点地区开展了' + decided);
    expect(n.records.map((r) => r.outcome?.status)).toContain('已验收');
    expect(n.rules.some((r) => r.kind === 'acceptance')).toBe(false);
  });

  it('passes the units the decision names before the failed ones the sentence goes on to', () => {
    const { n, codes } = readResolved(
      '关于试点地区评估验收结果的通报\n各设区市民政局：\n省民政厅对“某某服务”试点地区开展评估验收，将通过评估验收的南京市浦口区、镇江市丹徒区等2个试点地区确定为省级先行区，常州市溧阳市列为限期整改地区，无锡市宜兴市暂缓通过验收。\n江苏省民政厅\n2024年3月1日\n',
    );
    expect(codes).toEqual(['320111', '321112', '320481', '320282']);
    expect(n.records.map((r) => r.outcome)).toEqual([
      { status: '已验收' },
      { status: '已验收' },
      { status: '未通过' },
      { status: '未通过' },
    ]);
  });

  it('passes the units when the sentence is followed by the signing department', () => {
    const { n } = readResolved(
      '关于确定先行区的通知\n各设区市民政局：\n省民政厅对“某某服务”试点地区开展评估验收，将通过评估验收的南京市浦口区、镇江市丹徒区等2个试点地区确定为省级先行区。\n江苏省民政厅\n2024年3月1日\n',
    );
    expect(n.records.map((r) => r.outcome)).toEqual([{ status: '已验收' }, { status: '已验收' }]);
  });
});

describe('a unit put on a term to rectify in an acceptance', () => {
  it('has not passed it (列为限期整改, 暂缓通过)', () => {
    expect(outcomeIn('列为限期整改')).toEqual({ status: '未通过' });
    expect(outcomeIn('列入限期整改名单')).toEqual({ status: '未通过' });
    expect(outcomeIn('暂缓通过')).toEqual({ status: '未通过' });
  });

  it('is no outcome told of others, nor a rule for units that may fail', () => {
    expect(outcomeIn('列为限期整改的实验区于6月底前报送整改报告')).toBeNull();
    expect(outcomeIn('如验收不合格，须列为限期整改')?.status ?? null).not.toBe('已验收');
    expect(outcomeIn('要列为限期整改')).toBeNull();
  });

  it('is no outcome when denied, nor when told of the units that failed in general', () => {
    expect(outcomeIn('未列为限期整改')).toBeNull();
    expect(outcomeIn('没有被列入限期整改名单')).toBeNull();
    expect(outcomeIn('对评估未达标的试点地区列为限期整改地区')?.status ?? null).not.toBe('未通过');
    // The passing units keep their pass: the rectification is for those that did not pass.
    const { n } = readResolved(
      '关于试点地区评估验收结果的通报\n各设区市民政局：\n省民政厅对“某某服务”试点地区开展评估验收，将通过评估验收的南京市浦口区、镇江市丹徒区等2个试点地区确定为省级先行区，对未通过的试点地区列为限期整改地区。\n江苏省民政厅\n2024年3月1日\n',
    );
    expect(n.records.map((r) => r.outcome)).toEqual([{ status: '已验收' }, { status: '已验收' }]);
  });
});
