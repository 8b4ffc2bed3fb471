/**
 * Notice TEXT as the importer will meet it: a title line, 文号, salutation, intro, the list
 * in one of a few layouts, then issuer and date; and the bytes in a few encodings. Each item
 * comes back with its span, so a reader test can check what it should find where.
 * More layouts are added here as readers are added (one-sentence lists, cell-per-line tables…).
 */
import iconv from 'iconv-lite';
import type { GeneratedRecord } from './ledger';
import type { Rng } from './prng';

export const NOTICE_LAYOUTS = ['numbered', 'chinese-numbered', 'tab-table'] as const;
export type NoticeLayout = (typeof NOTICE_LAYOUTS)[number];

export const NOTICE_ENCODINGS = ['utf-8', 'utf-8-bom', 'gb18030'] as const;
export type NoticeEncoding = (typeof NOTICE_ENCODINGS)[number];

export interface NoticeMeta {
  title: string;
  issuer: string;
  /** as printed: 民函〔2019〕41号 */
  docNo: string;
  /** YYYY-MM-DD */
  issuedOn: string;
}

export interface NoticeItem {
  /** 1-based position in the list */
  seq: number;
  /** index into the records passed in */
  record: number;
  regionText: string;
  title: string;
  /** the item's line in `text`: [start, end) in UTF-16 code units */
  start: number;
  end: number;
}

export interface GeneratedNotice {
  meta: NoticeMeta;
  layout: NoticeLayout;
  text: string;
  items: NoticeItem[];
}

/** Title, issuer and 文号 in the style of the programme the records belong to. */
export function makeNoticeMeta(
  r: Rng,
  first: Pick<GeneratedRecord, 'kind' | 'programme' | 'year' | 'batch' | 'province'>,
): NoticeMeta {
  const month = r.int(1, 12);
  const day = r.int(1, 28);
  const issuedOn = `${first.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const n = r.int(1, 199);
  if (first.kind === 'zone') {
    return {
      title: `民政部关于确认${first.batch ?? ''}${first.programme}的通知`,
      issuer: '民政部',
      docNo: `民函〔${first.year}〕${n}号`,
      issuedOn,
    };
  }
  if (first.kind === 'case') {
    return {
      title: `民政部办公厅关于公布${first.programme}名单的通知`,
      issuer: '民政部办公厅',
      docNo: `民办函〔${first.year}〕${n}号`,
      issuedOn,
    };
  }
  return {
    title: `${first.province}民政厅关于确定${first.programme}的通知`,
    issuer: `${first.province}民政厅`,
    docNo: `民发〔${first.year}〕${n}号`,
    issuedOn,
  };
}

const DIGITS = '〇一二三四五六七八九';

/** 1–999 in Chinese numerals as notices count items: 十一, 二十, 一百零五. */
export function chineseNumber(n: number): string {
  if (n < 1 || n > 999 || !Number.isInteger(n)) throw new Error(`chineseNumber: ${n} out of range`);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let out = h ? `${DIGITS[h]}百` : '';
  if (t) out += t === 1 && !h ? '十' : `${DIGITS[t]}十`;
  else if (h && u) out += '零';
  if (u) out += DIGITS[u];
  return out;
}

function itemLine(
  layout: NoticeLayout,
  seq: number,
  rec: Pick<GeneratedRecord, 'regionText' | 'title'>,
): string {
  if (layout === 'numbered') return `${seq}. ${rec.regionText}——${rec.title}`;
  if (layout === 'chinese-numbered')
    return `（${chineseNumber(seq)}）${rec.regionText}：${rec.title}`;
  return `${seq}\t${rec.regionText}\t${rec.title}`;
}

export function renderNotice(
  records: readonly Pick<GeneratedRecord, 'regionText' | 'title'>[],
  meta: NoticeMeta,
  layout: NoticeLayout,
): GeneratedNotice {
  const [y, m, d] = meta.issuedOn.split('-').map(Number);
  const head = [
    meta.title,
    meta.docNo,
    '',
    '各省、自治区、直辖市民政厅（局），新疆生产建设兵团民政局：',
    `　　经研究，现将${records.length}个单位名单公布如下：`,
    '',
    ...(layout === 'tab-table' ? ['序号\t地区\t名称'] : []),
  ].join('\n');
  let text = `${head}\n`;
  const items: NoticeItem[] = [];
  records.forEach((rec, i) => {
    const line = itemLine(layout, i + 1, rec);
    items.push({
      seq: i + 1,
      record: i,
      regionText: rec.regionText,
      title: rec.title,
      start: text.length,
      end: text.length + line.length,
    });
    text += `${line}\n`;
  });
  text += `\n${meta.issuer}\n${y}年${m}月${d}日\n`;
  return { meta, layout, text, items };
}

/** The bytes a file on disk would hold. gb18030, not gbk: rare place-name characters need 4-byte codes. */
export function encodeNotice(text: string, encoding: NoticeEncoding): Buffer {
  if (encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  const body = Buffer.from(text, 'utf8');
  return encoding === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}
