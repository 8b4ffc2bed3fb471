/**
 * The outcome a unit's own clause states: a quoted project whose verb makes it an evaluated
 * project ("…“社区暖心事”成为国家第三批…试点评估合格项目") passed; a condition, a plan or an
 * evaluation just begun states none. A grade cell written short with its rank ("优（一等）") is a
 * pass graded as written; a middle grade or a longer word is none.
 */
import { describe, expect, it } from 'vitest';
import { clauseOutcome } from '../../../src/main/core/import/extract/clause-outcome';
import { outcomeIn } from '../../../src/main/core/import/extract/outcomes';
import { readResolved } from './helpers';

const PASSED =
  '国家标准化管理委员会印发通知，确定伊金霍洛旗阿勒腾席热镇“社区暖心事”成为国家第三批新型' +
  '城镇化标准化试点评估合格项目。';

describe('the outcome of a unit’s own clause', () => {
  it('reads a pass the verb gives the unit', () => {
    expect(clauseOutcome('成为国家第三批新型城镇化标准化试点评估合格项目')?.status).toBe('已验收');
  });

  it('reads none from a condition, a plan or an evaluation begun', () => {
    expect(clauseOutcome('成为国家第三批标准化试点项目，验收合格后授牌')).toBeNull();
    expect(clauseOutcome('成为国家标准化试点项目，将于2024年进行验收')).toBeNull();
    expect(clauseOutcome('入选试点项目，目前启动终期评估，待评估合格')).toBeNull();
    expect(clauseOutcome('被评为最佳志愿服务项目')).toBeNull();
  });

  it('gives the quoted project its outcome, and none when the clause is a plan', () => {
    const { n, codes } = readResolved(['伊旗项目评估合格', PASSED].join('\n'));
    expect(codes).toEqual(['150627']);
    expect(n.records.map((r) => r.outcome?.status)).toEqual(['已验收']);
    const planned = PASSED.replace('评估合格项目。', '项目，将于2024年进行评估验收。');
    const later = readResolved(['伊旗项目入选试点', planned].join('\n'));
    expect(later.codes).toEqual(['150627']);
    expect(later.n.records.every((r) => !r.outcome)).toBe(true);
  });
});

describe('a quoted project’s aim', () => {
  it('states no pass: what is hoped for has not befallen it', () => {
    expect(clauseOutcome('成为国家第三批试点项目，力争明年通过评估验收')).toBeNull();
    expect(clauseOutcome('于2019年开工，计划年底前通过验收')).toBeNull();
    expect(clauseOutcome('已具备验收条件，有望通过验收')).toBeNull();
    // 如期 is on time, a pass that happened.
    expect(clauseOutcome('如期通过验收')?.status).toBe('已验收');
    const text =
      '关于第三批试点工作的通知\n浙江省宁波市海曙区“社区暖心事”成为国家第三批试点项目，力争明年通过评估验收。';
    expect(readResolved(text).n.records.every((r) => !r.outcome)).toBe(true);
  });
});

describe('two quoted projects in one sentence', () => {
  it('give the first none of the second’s pass', () => {
    const text =
      '关于第三批试点工作的通报\n浙江省宁波市海曙区“社区暖心事”成为第三批试点项目，' +
      '江苏省南京市鼓楼区“邻里守望”项目已通过验收。';
    const { n } = readResolved(text);
    const first = n.records.find((r) => r.title === '社区暖心事');
    expect(first).toBeDefined();
    expect(first?.outcome).toBeUndefined();
  });
});

describe('a grade cell written short with its rank', () => {
  it('is a pass graded as written', () => {
    expect(outcomeIn('优（一等）')).toEqual({ status: '已验收', grade: '优' });
    expect(outcomeIn('良(二等)')).toEqual({ status: '已验收', grade: '良' });
  });

  it('is none for a middle grade or a longer word', () => {
    expect(outcomeIn('中（三等）')).toBeNull();
    expect(outcomeIn('优化（一类）')).toBeNull();
    expect(outcomeIn('优')).toBeNull();
  });

  it('is none for a bracket that is no rank: a grade not yet given', () => {
    expect(outcomeIn('良（待定）')).toBeNull();
    expect(outcomeIn('优（拟）')).toBeNull();
  });
});

describe('a 资格 taken away', () => {
  it('revokes a title taken away, however long its name (取消了…龙头企业资格)', () => {
    expect(outcomeIn('被取消了农业产业化国家重点龙头企业资格')?.status).toBe('已撤销');
    expect(outcomeIn('取消其示范社资格')?.status).toBe('已撤销');
  });

  it('revokes nothing for a right to be rated, to apply or to draw money', () => {
    expect(outcomeIn('因违纪被取消了评优资格')).toBeNull();
    expect(outcomeIn('被取消参评资格')).toBeNull();
    expect(outcomeIn('因虚报面积被取消了本年度补贴资格')).toBeNull();
    expect(outcomeIn('取消其三年内申报资格')).toBeNull();
  });
});
