/**
 * A place's own plan for the national pilot it holds, published as the plan itself (headed
 * "深圳市社会心理服务体系建设试点工作实施方案", its body doing the work as the 国家试点): the place
 * is the pilot's unit, filed under the national pilot's name. Controls: a place's plan for pilots
 * of its own, and one that only cites the national plan it follows, name no unit.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const plan = (heading: string, lead: string) =>
  readResolved(
    [
      heading,
      '2019-07-17 11:36:41',
      `${lead}制定实施方案如下:`,
      '指导思想',
      '以新时代中国特色社会主义思想为指导,打造共建共治共享的社会治理格局。',
    ].join('\n'),
  );

describe('a place’s own plan for its national pilot', () => {
  it('is the pilot’s unit, under the national pilot’s name', () => {
    const { n, codes } = plan(
      '深圳市社会心理服务体系建设试点工作实施方案(2019—2021)',
      '为做好社会心理服务体系建设国家试点工作,根据《全国社会心理服务体系建设试点工作方案》,',
    );
    expect(codes).toEqual(['440300']);
    expect(n.records.map((r) => r.programme)).toEqual(['全国社会心理服务体系建设试点']);
    expect(n.metadata.programme).toBe('全国社会心理服务体系建设试点');
  });

  it('names no unit for a plan of the place’s own pilots', () => {
    const { codes } = plan(
      '深圳市社区治理试点工作实施方案',
      '为做好全市社区治理试点工作,在各区选择一批社区开展试点,',
    );
    expect(codes).toEqual([]);
  });

  it('names no unit for a plan that only cites the national plan', () => {
    const { codes } = plan(
      '深圳市社会心理服务体系建设试点工作实施方案',
      '根据《全国社会心理服务体系建设试点工作方案》,',
    );
    expect(codes).toEqual([]);
  });

  it('names no unit for a plan citing the national pilot’s own plan by its title', () => {
    const { codes } = plan(
      '青岛市社会心理服务体系建设试点工作实施方案',
      '根据《社会心理服务体系建设国家试点工作方案》要求,结合我市实际,',
    );
    expect(codes).toEqual([]);
  });

  it('names no unit for a plan giving the national pilot as its basis', () => {
    const { codes } = plan(
      '青岛市社会心理服务体系建设试点工作实施方案',
      '按照国家卫生健康委等部门关于社会心理服务体系建设国家试点的部署,在全市选择部分区开展试点,',
    );
    expect(codes).toEqual([]);
  });

  it('still names the place whose body does the national pilot after citing its plan', () => {
    const { codes } = plan(
      '青岛市社会心理服务体系建设试点工作实施方案',
      '根据《社会心理服务体系建设国家试点工作方案》要求,为做好社会心理服务体系建设国家试点工作,',
    );
    expect(codes).toEqual(['370200']);
  });
});
