/**
 * Where a notice's own facts sit outside the places first looked at, each in a composed
 * wording: the outlet of a story whose headline names an organ, on its info line or at the
 * page's foot; organs signed above a dated line before the attachment, or above the
 * document's second title; a page's stamp written out or with a two-digit year; a
 * programme given only as its 乡镇 and 村 lists; a list's year and the province's short
 * name in front of a conferred title; a workbook's own title over a document it reprints.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { listName } from '../../../src/main/core/import/extract/list-name';
import { noticeProgramme } from '../../../src/main/core/import/extract/notice-programme';
import { scopedProgramme } from '../../../src/main/core/import/extract/notice-scope';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract/gazetteer-adapter';
import { readNotice } from '../../../src/main/core/import/readers';
import { isJunkLine } from '../../../src/main/core/import/readers/html-junk';
import type { SourceDocument } from '../../../src/main/core/import/source-document';
import { txtDoc } from './helpers';

const extract = (text: string) => extractNotice(txtDoc(text), { fileName: 't' });

const STORY_BODY =
  '近日，省民政厅下文确认“邻里议事会”等8个案例为第二批基层治理创新典型案例，我市2个案例入选。\n' +
  '据了解，此次遴选经各地推荐、专家评审等程序产生。\n';

describe('a news item’s outlet', () => {
  it('issues the story even when its headline names the organ that acted', () => {
    const ex = extract(
      '某省民政厅确认第二批基层治理创新典型案例\n' + '东江客户端5月9日讯（记者 王一）' + STORY_BODY,
    );
    expect(ex.metadata.issuer).toBe('东江客户端');
  });

  it('is read from the site named on the info line, or a source line at the foot', () => {
    const site = extract(
      '我市8个村入选民主法治示范村\nwww.example.com 平安东江网 发布时间：2017/12/6 15:31:30\n' +
        STORY_BODY,
    );
    expect(site.metadata.issuer).toBe('平安东江网');
    const foot = extract(
      '我市8个村入选民主法治示范村\n' + STORY_BODY + '（记者 王一）\n来源：东江晚报\n',
    );
    expect(foot.metadata.issuer).toBe('东江晚报');
  });

  it('may end in 在线 or 报社, or be a site and the paper it reprints', () => {
    for (const outlet of ['东江在线', '东江日报社', '东江网-民族日报']) {
      const ex = extract(
        `我市8个村入选民主法治示范村\n2017-03-28 17:05 来源：${outlet} 编辑：李二\n` + STORY_BODY,
      );
      expect(ex.metadata.issuer).toBe(outlet);
    }
  });

  it('keeps a page’s info line that names the source, though it has no date', () => {
    expect(isJunkLine('来源：东江日报　责任编辑：李二　字体：[大 中 小]')).toBe(false);
    expect(isJunkLine('字体：[大 中 小]  打印')).toBe(true);
  });
});

describe('an issuer outside the end of the text', () => {
  it('is the organ signed above a dated line, with the attachment list below it', () => {
    const ex = extract(
      '东江市拟推荐第八批民主法治示范村名单\n' +
        '经严格审核并实地考核，拟推荐申报第八批民主法治示范村9个。现予公示，接受社会各界的监督。\n' +
        '公示时间：2020年12月31日—2021年1月14日\n' +
        '东江市司法局\n2020年12月30日\n' +
        '东江市拟推荐第八批民主法治示范村名单\n' +
        // Longer than a signature's reach from the end of the text.
        [
          '东风社区',
          '西湖社区',
          '平山社区',
          '北塘社区',
          '南湖社区',
          '青石社区',
          '白河社区',
          '金桥社区',
          '银杏社区',
        ]
          .map((c) => `和平区新华街道${c}`)
          .join('\n'),
    );
    expect(ex.metadata.issuer).toBe('东江市司法局');
  });

  it('is the organ dating the line right below a results table’s title', () => {
    const ex = extract(
      '第二批全省社区治理和服务创新实验区结项验收结果\n湖北省民政厅　2022年1月20日\n' +
        '序号\t市（州）\t实验区\t验收等次\n1\t武汉市\t江汉区\t优秀\n2\t武汉市\t武昌区\t合格\n' +
        '注：宣恩县经批准延期至2021年12月31日，已于延期期满后完成验收。\n',
    );
    expect(ex.metadata.issuer).toBe('湖北省民政厅');
  });

  it('is the organs above the second copy of the title a page prints under its headline', () => {
    const ex = extract(
      '关于加强和完善城乡社区治理的实施意见\n' +
        '发布日期：2018-08-28\n东委发〔2018〕20号\n' +
        '中共东江市委　东江市人民政府\n关于加强和完善城乡社区治理的实施意见\n' +
        '为全面提升城乡社区治理水平，现提出如下实施意见。\n一、总体要求\n',
    );
    expect(ex.metadata.issuer).toBe('中共东江市委 东江市人民政府');
  });
});

describe('a page’s stamp', () => {
  it('is the date when written out or given with a two-digit year and its time', () => {
    const written = extract(
      '我市8个村入选民主法治示范村\n2022年04月03日 08:39　来源：东江在线\n' + STORY_BODY,
    );
    expect(written.metadata.issuedOn).toBe('2022-04-03');
    const short = extract(
      '我市8个村入选民主法治示范村\n17-03-28 14:34 来源：东江网\n' + STORY_BODY,
    );
    expect(short.metadata.issuedOn).toBe('2017-03-28');
    const sourced = extract(
      '我市8个村入选民主法治示范村\n来源：东江网　编辑：李二　2019-05-27 08:52:48\n' + STORY_BODY,
    );
    expect(sourced.metadata.issuedOn).toBe('2019-05-27');
  });

  it('is the date when a PDF’s text glues the source label to the time', () => {
    const glued = extract(
      '我市8个村入选民主法治示范村\n2021年11月05日10:12来源：东江在线\n' + STORY_BODY,
    );
    expect(glued.metadata.issuedOn).toBe('2021-11-05');
  });
});

describe('a programme', () => {
  it('given as its 乡镇 list and its 村 list is the 村镇 programme', () => {
    const p = noticeProgramme(
      '第二批全国乡村治理示范乡镇名单（某省6个）',
      '第二批全国乡村治理示范乡镇名单（某省6个）\n…\n第二批全国乡村治理示范村名单（某省59个）',
      null,
    );
    expect(p?.name).toBe('全国乡村治理示范村镇');
    // One level alone names only itself.
    expect(noticeProgramme('第二批全国乡村治理示范村名单', '', null)?.name).toBe(
      '全国乡村治理示范村',
    );
  });

  it('named by a list heading drops the year in front of a conferred title, not of a collection', () => {
    expect(listName('2017年度广西特色名村名单')?.name).toBe('广西特色名村');
    expect(listName('2017年度广西特色名村名单')?.year).toBe(2017);
    expect(listName('2021年度社区治理优秀案例名单')?.name).toBe('2021年度社区治理优秀案例');
  });

  it('that starts with its place’s short name is not given the place again', () => {
    const lookup = gazetteerRegionLookup();
    expect(scopedProgramme('广西特色名村', '广西壮族自治区', lookup)).toBe('广西特色名村');
    expect(scopedProgramme('特色名村', '广西壮族自治区', lookup)).toBe('广西壮族自治区特色名村');
  });
});

describe('a workbook’s title property', () => {
  async function workbook(title: string): Promise<SourceDocument> {
    const wb = new ExcelJS.Workbook();
    wb.title = title;
    const list = wb.addWorksheet('东江市名单');
    list.addRow(['序号', '县（市、区）', '村落']);
    list.addRow(['1', '东江市平安区', '诚峰村']);
    list.addRow(['2', '东江市永和县', '樟脚村']);
    const notice = wb.addWorksheet('通知');
    notice.addRow(['住房和城乡建设部等部门关于公布第五批传统村落名录的村落名单的通知']);
    notice.addRow(['各省、自治区、直辖市住房和城乡建设厅：']);
    notice.addRow(['决定将北京市房山区佛子庄乡黑龙关村等2666个村落列入传统村落名录，现予以公布。']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    return readNotice('名单.xlsx', bytes);
  }

  it('is the title when the formal title in the file is a document printed after its list', async () => {
    const doc = await workbook('【喜报】我市2个村入选第五批传统村落名录');
    expect(doc.hints?.title).toBe('【喜报】我市2个村入选第五批传统村落名录');
    const ex = extractNotice(doc, { fileName: '名单.xlsx' });
    expect(ex.metadata.title).toBe('【喜报】我市2个村入选第五批传统村落名录');
  });

  it('does not replace a formal title that heads the file', () => {
    const ex = extractNotice(
      {
        ...txtDoc(
          '东江市民政局关于公布社区名单的通知\n各区民政局：\n现将名单公布如下。\n序号\t社区\n1\t平安区东风社区\n',
        ),
        hints: { title: '新建文档' },
      },
      { fileName: 't' },
    );
    expect(ex.metadata.title).toBe('东江市民政局关于公布社区名单的通知');
  });
});
