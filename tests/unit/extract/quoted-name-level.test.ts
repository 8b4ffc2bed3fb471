/**
 * A level written after a name quoted whole ("“某某”省级试点地区") is the programme's scope, read as a
 * level before the name is: the programme is the quoted name at that level, not the level's
 * generic ending alone.
 */
import { describe, expect, it } from 'vitest';
import { programmesIn } from '../../../src/main/core/import/extract/programme';
import { withLevelBeforeQuotedName } from '../../../src/main/core/import/extract/quoted-name-level';
import { readResolved } from './helpers';

describe('a level after a quoted name', () => {
  it('is moved before it', () => {
    expect(withLevelBeforeQuotedName('为“深化乡村地名服务点亮美好家园”省级试点地区')).toBe(
      '为省级“深化乡村地名服务点亮美好家园”试点地区',
    );
  });

  it('names the quoted programme at that level', () => {
    expect(
      programmesIn('丹徒区被确定为“深化乡村地名服务 点亮美好家园”省级试点地区', null).map(
        (p) => p.name,
      ),
    ).toEqual(['省级深化乡村地名服务点亮美好家园试点']);
  });

  it('leaves a quoted name the level comes before, or one going on past the level, alone', () => {
    expect(withLevelBeforeQuotedName('获全国“最美志愿服务社区”称号')).toBe(
      '获全国“最美志愿服务社区”称号',
    );
    expect(withLevelBeforeQuotedName('“一村一品”省级示范村镇创建工作方案的通知')).toBe(
      '“一村一品”省级示范村镇创建工作方案的通知',
    );
  });

  it('reads a list sentence whose quoted name holds a space as one name', () => {
    const { n, codes } = readResolved(
      '关于确定试点地区名单的通知\n省民政厅确定镇江市丹徒区、南京市浦口区等13个地区为“深化乡村地名服务 点亮美好家园”省级试点地区。\n',
    );
    expect(codes).toEqual(['321112', '320111']);
    expect(n.records.map((r) => r.programme)).toEqual([
      '省级深化乡村地名服务点亮美好家园试点',
      '省级深化乡村地名服务点亮美好家园试点',
    ]);
  });

  it('still parts places a space separates after a quote left open', () => {
    const { codes } = readResolved(
      '名单\n入选“示范 单位：南京市浦口区 镇江市丹徒区 常州市溧阳市\n',
    );
    expect(codes).toEqual(['320111', '321112', '320481']);
  });
});
