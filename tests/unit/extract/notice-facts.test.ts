/**
 * The notice's own facts from its text: title (above the body, a page's headline without
 * the site's name), issuer (joint signatures, a news item's outlet, the organ a reprint
 * names as acting), 文号, date (发布于, a page's date line, day first, never the file's),
 * and its role.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import type { SourceDocument } from '../../../src/main/core/import/source-document';
import { txtDoc } from './helpers';

const extract = (doc: SourceDocument) => extractNotice(doc, { fileName: 't' });
const meta = (text: string) => extract(txtDoc(text)).metadata;

describe('title', () => {
  it('is never a list heading below the body', () => {
    const m = meta(
      '据了解，今年开展了第二批示范村镇创建工作。\n第二批示范乡镇名单(本省6个)\n成都市大邑县安仁镇',
    );
    expect(m.title).toBeNull();
  });

  it('a page’s headline, not its <title> with the site’s name', () => {
    const doc: SourceDocument = {
      format: 'html',
      text: '首页 政务公开\n我省29个村入选全国村级议事协商创新实验试点单位\n河北日报讯（记者 某某）近日，民政部公布了试点单位名单。',
      blocks: [],
      hints: { title: '我省29个村入选全国村级议事协商创新实验试点单位_某某省民政厅门户网站' },
    };
    expect(extract(doc).metadata.title).toBe('我省29个村入选全国村级议事协商创新实验试点单位');
  });

  it('a news headline above the body that the body is about', () => {
    const m = meta(
      '嘉兴市新增4家全国和谐社区建设示范单位\n日前，民政部公布了全国和谐社区建设示范单位名单，嘉兴市4家单位榜上有名。',
    );
    expect(m.title).toBe('嘉兴市新增4家全国和谐社区建设示范单位');
  });
});

describe('issuer', () => {
  it('joint issuers signed on one line or on two', () => {
    const body = '各省卫生健康委：\n现决定命名一批示范社区。具体名单见附件。\n';
    expect(meta(body + '国家卫生健康委 全国老龄办\n2022年10月19日').issuer).toBe(
      '国家卫生健康委 全国老龄办',
    );
    expect(meta(body + '国家卫生健康委\n全国老龄办\n2024年1月15日').issuer).toBe(
      '国家卫生健康委 全国老龄办',
    );
  });

  it('the signature under a notice that is only a table', () => {
    const m = meta(
      '2023年度社区治理创新项目名单\n序号\t单位\t项目\n1\t南京市鼓楼区\t邻里中心\n2\t无锡市梁溪区\t红色物业\n南京市民政局\n2023年5月6日',
    );
    expect(m.issuer).toBe('南京市民政局');
    expect(m.issuedOn).toBe('2023-05-06');
  });

  it('a news item’s outlet, from its dateline or its source line', () => {
    expect(
      meta('青岛日报/青报网讯 12月3日，农业农村部发布了公示通知，胶州市里岔镇入选。').issuer,
    ).toBe('青岛日报');
    expect(
      meta('作者: 发布于:2015-10-09 11:39:33 来源:中国网\n近日，民政部下发通知，确认一批实验区。')
        .issuer,
    ).toBe('中国网');
    expect(
      meta('时间:2018-01-15 来源: 政府网站\n记者从省民政厅了解到，民政部确认48个单位。').issuer,
    ).toBeNull();
  });

  it('the organ a reprint names as acting, unless it is hearsay', () => {
    expect(
      meta('日前，民政部对第二批申报作出批复，同意北京市海淀区等42个县为实验县，名单如下：').issuer,
    ).toBe('民政部');
    expect(
      meta('日前，民政部下发通知，公布了名单。据了解，这是最高级别的示范创建活动。').issuer,
    ).toBeNull();
  });
});

describe('date', () => {
  it('a page’s 发布于, its date line, a day-first date', () => {
    expect(meta('作者: 发布于:2015-10-09 11:39:33 来源:中国网\n正文。').issuedOn).toBe(
      '2015-10-09',
    );
    expect(meta('2014-11-11 来源 :公益时报  作者 : 某某\n正文。').issuedOn).toBe('2014-11-11');
    expect(meta('05.01.2015  10:29\n1月4日，从省民政厅传来消息，评选结果揭晓。').issuedOn).toBe(
      '2015-01-05',
    );
  });

  it('a dotted stamp read month first only where the text writes that day, not its month alone', () => {
    // The lead's month tells when the review it reports was held; the stamp is the site's, day first.
    expect(meta('08.09.2016  21:16\n2016年8月，省领导小组通报全省试点县工作情况。').issuedOn).toBe(
      '2016-09-08',
    );
    // The text's own "8月9日" is the stamp's day: month first.
    expect(meta('08.09.2016  21:16\n8月9日，省领导小组通报全省试点县工作情况。').issuedOn).toBe(
      '2016-08-09',
    );
  });

  it('a file’s own date is kept apart and flagged, never the issue date', () => {
    const doc: SourceDocument = {
      format: 'docx',
      text: '关于开展实验区建设的通知\n各省民政厅：\n现就有关事项通知如下。',
      blocks: [],
      hints: { date: '2026-11-30' },
    };
    const n = extract(doc);
    expect(n.metadata.issuedOn).toBeNull();
    expect(n.metadata.fileDate).toBe('2026-11-30');
    expect(n.warnings.find((w) => w.code === 'date_from_file')).toMatchObject({
      fileDate: '2026-11-30',
    });
  });
});

describe('role', () => {
  it.each([
    [
      '民政部关于同意将北京市石景山区等单位确认为实验区的批复\n同意北京市石景山区为实验区。',
      'confirmation',
    ],
    ['关于征集第三批全国乡村治理典型案例的通知\n请各地推荐。', 'application_call'],
    ['关于2020年度实验区工作情况的通报\n各实验区有序推进工作。', 'progress_report'],
    ['关于第一批实验区结项验收结果的通知\n北京市朝阳区通过结项验收。', 'acceptance'],
    ['关于同意部分实验区延期的批复\n同意北京市朝阳区延期至2022年12月。', 'extension'],
    ['关于撤销部分实验区资格的通知\n撤销北京市朝阳区实验区资格。', 'revocation'],
    ['关于开展全国农村社区治理实验区建设的通知\n实验周期一般不超过3年。', 'rules_only'],
    ['华龙网讯（记者 某某）近日，重庆市江津区先锋镇入选全国乡村治理示范乡镇。', 'news'],
  ])('%s', (text, role) => {
    expect(meta(text).role).toBe(role);
  });

  it('a page that lists nothing and requires nothing is news, unless it is shaped as a document', () => {
    const told = meta(
      '我县民主法治示范村复核工作全面启动！\n为巩固创建成果，县里组织各乡镇对已命名的示范村开展复核，重点查看制度落实、矛盾化解等情况。',
    );
    expect(told.role).toBe('news');
    const opinions = meta(
      '关于加强城乡社区治理与服务的实施意见\n为加强城乡社区治理与服务，结合本市实际，提出如下意见。',
    );
    expect(opinions.role).toBe('rules_only');
  });

  it('a report told as hearsay that states an acceptance is news: the role names the source', () => {
    const m = meta('从省民政厅获悉，近日民政部发文确认哈尔滨市南岗区圆满完成各项实验任务。');
    expect(m.role).toBe('news');
  });

  it('a progress report cites the confirming document and tells results', () => {
    const m = meta(
      '各省民政厅：\n根据《民政部关于同意将北京市石景山区等单位确认为实验区的批复》，北京市石景山区、天津市河北区、辽宁省沈阳市和平区等3个实验区有序推进实验区建设工作，形成了一批创新成果。',
    );
    expect(m.role).toBe('progress_report');
  });
});
