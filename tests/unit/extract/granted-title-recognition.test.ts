/**
 * A title granted to units that created toward it ("授予延吉市等12个(市、区)首批“全国综合减灾示范县”
 * 称号" on a page telling the city became a creation pilot in 2019) closes their creation: the
 * existing record accepted (已验收). Look-alikes: a first grant with no creation told, a grant
 * promised to those who pass, and a list further on naming another honour.
 */
import { describe, expect, it } from 'vitest';
import { recognitionOutcome } from '../../../src/main/core/import/extract/recognition-outcome';
import { readResolved } from './helpers';

const GRANT =
  '近日，国家防灾减灾救灾委员会办公室与应急管理部联合发布通知，正式授予延吉市等12个(市、区)首批“全国综合减灾示范县”称号。';
const PILOT = '延吉市从2019年开始成为全国综合减灾示范县创建试点和全国自然灾害综合风险普查试点。';

describe('a title granted after a creation period', () => {
  it('is the pass of the creation pilots its sentence names', () => {
    expect(recognitionOutcome(GRANT, GRANT + PILOT)).toEqual({ status: '已验收' });
    const { n, codes } = readResolved(['延吉市获评全国综合减灾示范县', GRANT, PILOT].join('\n'));
    expect(codes[0]).toBe('222401');
    expect(n.records[0]?.outcome?.status).toBe('已验收');
  });

  it('states none with no creation told, as a promise, or for a list further on', () => {
    expect(recognitionOutcome(GRANT, GRANT)).toBeNull();
    const promised = '对验收合格的，授予“全国综合减灾示范县”称号。';
    expect(recognitionOutcome(promised, promised + PILOT)).toBeNull();
    const further = GRANT + '目前，北山街道丹英社区等25个村(社区)被评为“国家综合减灾示范社区”';
    expect(recognitionOutcome(further, further + PILOT)).toBeNull();
  });

  it('reads a creation round only from a unit told as one of its pilots', () => {
    const applied = '吉林省拟申报延吉市为全国综合减灾示范县创建试点。';
    expect(recognitionOutcome(GRANT, GRANT + applied)).toBeNull();
    // Creation work in general before a first naming closes no round of creation pilots.
    const granted = '平凉市被授予第一批“国家生态文明建设示范市”称号。';
    const work = '平凉市全面启动国家级生态市创建工作以来，生态环境质量全面改善。';
    expect(recognitionOutcome(granted, granted + work)).toBeNull();
  });
});
