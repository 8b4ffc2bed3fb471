/**
 * A line the page sets around a document rather than the document's own words: its date, source
 * and author fields, the font-size and share buttons, the breadcrumb, and a disclosure page's own
 * fields (发布机构：…, 备注/文号：…, 公文生成日期：…). Such a line labels the document and is never
 * its title.
 */
export const PAGE_FIELD_LABEL =
  /^(时间|发布时间|发布日期|发布于|日期|来源|文章来源|信息来源|作者|字体|字号|浏览|点击|索引号|成文日期|发文|主题词|分享|打印|附件|当前位置|您的位置|设为首页|网页截图|发布机构|备注\/文号|文号[:：]|公文生成日期)/;
