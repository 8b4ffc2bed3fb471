/**
 * Verdicts told in running prose: a verb opening its own clause after a semicolon or comma
 * ("重新确认A、B为…；暂缓确认C为…") governs the places after it, not the group before; a pass
 * named with the programme between 通过 and its check ("通过了国家生态示范区考核验收") is a pass.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const statuses = (text: string) =>
  readResolved(['复审结果通报', text].join('\n')).n.records.map(
    (r) => `${r.regionText}:${r.outcome?.status ?? ''}`,
  );

describe('a verdict opening its own clause inside a sentence', () => {
  it('defers the place after it, not the reconfirmed group before the semicolon', () => {
    expect(
      statuses(
        '通报重新确认吉林省四平市、湖南省岳阳市为“国家卫生城市”；暂缓确认福建省泉州市为“国家卫生城市”。',
      ),
    ).toEqual(['吉林省四平市:', '湖南省岳阳市:', '福建省泉州市:未通过']);
  });

  it('holds for every place of its clause and after a comma too', () => {
    expect(
      statuses(
        '重新确认吉林省四平市为“国家卫生城市”，暂缓确认福建省泉州市、漳州市为“国家卫生城市”。',
      ),
    ).toEqual(['吉林省四平市:', '福建省泉州市:未通过', '漳州市:未通过']);
  });

  it('leaves clauses with no verdict of their own without one (control)', () => {
    expect(
      statuses(
        '重新确认吉林省四平市、湖南省岳阳市为“国家卫生城市”；重新确认福建省泉州市为“国家卫生城市”。',
      ),
    ).toEqual(['吉林省四平市:', '湖南省岳阳市:', '福建省泉州市:']);
  });

  it('still lets a verb opening the sentence govern all its places (control)', () => {
    expect(statuses('暂缓确认福建省泉州市、河南省平顶山市为“国家卫生城市”。')).toEqual([
      '福建省泉州市:未通过',
      '河南省平顶山市:未通过',
    ]);
  });
});

describe('a pass with the programme named before its check', () => {
  it('is a pass of every place of the run', () => {
    expect(statuses('南宁市武鸣县、上林县、马山县、隆安县通过了国家生态示范区考核验收。')).toEqual([
      '南宁市武鸣县:已验收',
      '上林县:已验收',
      '马山县:已验收',
      '隆安县:已验收',
    ]);
  });

  it('reads a single district passing its check', () => {
    const { n, codes } = readResolved(
      [
        '湾里区通过国家级生态区考核验收',
        '经过现场检查和资料核查，考核组同意湾里区通过国家生态区考核验收，并按程序报环境保护部审批。',
      ].join('\n'),
    );
    expect(codes).toEqual(['360105']);
    expect(n.records[0]?.outcome?.status).toBe('已验收');
  });

  it('is a failure after 未 (control)', () => {
    expect(statuses('南宁市武鸣县、上林县、马山县未通过国家生态示范区考核验收。')).toEqual([
      '南宁市武鸣县:未通过',
      '上林县:未通过',
      '马山县:未通过',
    ]);
  });

  it('is no pass where 通过 names the means of a check (control)', () => {
    const { n } = readResolved(
      [
        '专家组到社区考核',
        '专家组将通过听取汇报、资料审阅、现场查看等三种方式对南宁市武鸣县、上林县、马山县创建省五星级宜居社区进行考核验收。',
      ].join('\n'),
    );
    expect(n.records.filter((r) => r.outcome?.status === '已验收')).toEqual([]);
  });

  it('is no pass or fail told as a condition (control)', () => {
    const read = (then: string) =>
      readResolved(
        [
          '关于开展国家生态示范区建设的通知',
          `南宁市武鸣县、上林县为第二批国家生态示范区建设试点单位。${then}`,
        ].join('\n'),
      ).n;
    const passIf = read('如通过国家生态示范区考核验收，将予以命名。');
    expect(passIf.records.map((r) => r.outcome?.status ?? null)).toEqual([null, null]);
    expect(passIf.metadata.role).not.toBe('acceptance');
  });
});

describe('a county seat (县城) in a verdict', () => {
  it('stands for its county', () => {
    const { codes } = readResolved(
      ['复审结果通报', '暂缓确认河南省平顶山市宝丰县城为“国家卫生县城”。'].join('\n'),
    );
    expect(codes).toEqual(['410421']);
  });

  it('leaves a town named 城关镇 whole (control)', () => {
    const { n } = readResolved(
      ['复审结果通报', '重新确认河南省平顶山市宝丰县城关镇、郏县为国家卫生县城。'].join('\n'),
    );
    expect(n.records[0]?.regionText).toBe('河南省平顶山市宝丰县城关镇');
  });
});
