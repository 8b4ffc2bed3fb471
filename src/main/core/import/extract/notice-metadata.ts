/**
 * The notice's own facts from its text: title (checked against the body), issuer (title,
 * a news item's outlet, the organs printed above the title, signature at the end or above
 * a dated line before an attachment, an organ dating the line below the title, source line, or the
 * organ a reprint names as acting), 文号 (not a cited one), and date. A date the file
 * carries but the text does not (Word properties, a page's meta tag) is kept apart as
 * `fileDate` and flagged, never taken as the notice's date.
 */
import { cutSignature } from './cut-signature';
import { issuerOverBareDepartment } from './department-issuer';
import type { NoticeWarning } from '../../../../shared/domain';
import type { SourceDocument } from '../source-document';
import { corroboratedOutlet } from './corroborated-outlet';
import { docNoSuspicion, findDocNumbers, type DocNumber } from './doc-number';
import { findDates } from './dates';
import { findIssueDate } from './issue-date';
import { gluedSignature } from './glued-signature';
import {
  decidingOrgan,
  issuerAboveTitle,
  issuerDatedBelowTitle,
  issuerFromSignature,
  footSourceName,
  issuerFromClosingCredit,
  issuerFromSource,
  issuerFromTitle,
  issuerOnInfoLine,
  issuerSignedAboveDate,
  storySource,
} from './issuer';
import { newsOutlet } from './news-outlet';
import { workbookTitle } from './workbook-title';
import { organHeadedTitle } from './organ-headed-title';
import { namedSource } from './named-source';
import { signedDocumentPage } from './signed-document-page';
import { speakingOrgans } from './speaking-organs';
import { readsAsStory, reportsNews } from './story-voice';
import { exclaimedHeadline } from './exclaimed-headline';
import { paperOfJoinedDateline } from './own-paper';
import type { KeyedText, Line } from './text-key';
import type { RegionLookup } from './types';
import { toKey } from './text-key';
import { pickTitle } from './title';
import type { TitlePick } from './title-line';
import { bodyStart } from './body-start';
import { headlineOfHint } from './headline-hint';
import { proseChars, titleRelatedness } from './title-relatedness';

/** A disclosure table's 文号 label in the cell before the number (spaces between its characters dropped). */
const LABELLED_DOC_NO = /(?:^|\t)(?:文号|发文字号|文件编号)(?:[:：]\t?|\t)$/;
/**
 * A portal's info line of labelled fields set apart by spaces ("索引号: … 发文单位: … 发文字号:
 * 阳政办〔2022〕12号 主题分类: …"): the number its 文号 label heads, wherever on the line.
 */
const FIELD_DOC_NO = /(?:^|[ \u3000])(?:文号|发文字号|文件编号)[ \u3000]*[:：][ \u3000]*$/;
/**
 * A document's formal title with its 文号 set after it on the same line ("关于发布…的通知
 * 常民发〔2023〕2号"), as a portal's table cell or heading prints the two: that title's number.
 */
const AFTER_FORMAL_TITLE =
  /关于[^。；，,]{2,80}的(?:通知|批复|通报|决定|意见|函|公告|公示|复函)[ \u3000]+$/;

/** Below this share of its words echoed by the body, a title-like first line is someone else's heading. */
const MIN_RELATEDNESS = 0.5;
/** "日前，民政部对…作出批复，同意…": a reprint names the organ that acted. */
const ACTING_ORGAN =
  /^(?:日前|近日|近期|最近)?[,，]?\s*([\u4e00-\u9fff]{2,14}?(?:部|厅|局|委|政府|办公厅))(?:对|日前|近日|近期|下发|印发|作出|批复|同意|确认|命名|公布|决定)/;

export interface NoticeFacts {
  pick: TitlePick | null;
  issuer: string | null;
  /** The issuer is only who wrote the item up (a closing credit, a foot's account). */
  credited: boolean;
  /**
   * The issuer is only the organ the lead names as acting ("日前，民政部对…作出批复"): a reprint's
   * issuer, never a news story's, which is issued by its outlet or by no one it names.
   */
  acted: boolean;
  outlet: string | null;
  /** The page is the organ's own document, headed by its title and signed: never a story. */
  signedDocument: boolean;
  docNumber: DocNumber | null;
  issuedOn: string | null;
  fileDate: string | null;
  warnings: NoticeWarning[];
}

/** A disclosure page's index field after the 文号 on its line: its label and a value. */
const INDEX_FIELD = /^\s+(?:索取号|索引号)\s*[:：]\s*\S+\s*$/;

/** A line's words before a number found on it, spaces dropped. */
const before = (line: Line, d: { index: number }): string =>
  line.key.slice(0, d.index - line.start).replace(/\s/g, '');

function docNumber(doc: KeyedText, titleEnd: number, pickedTitle: string): DocNumber | null {
  const title = toKey(pickedTitle).replace(/\s/g, '');
  const standalone = findDocNumbers(doc.key, doc.text).filter((d) => {
    const line = doc.lines.find((l) => l.start <= d.index && d.index <= l.end);
    if (!line) return false;
    // The 文号 stands on its own line, or opens the title line ("国卫老龄函〔2024〕17号《…》"),
    // or fills the cell its label heads in a disclosure table ("文  号 | 某民发〔2023〕6号 | 主题词 | …").
    const rest = line.trimmed.replace(/\s/g, '').length - d.raw.replace(/\s/g, '').length;
    return (
      rest <= 6 ||
      LABELLED_DOC_NO.test(line.key.slice(0, d.index - line.start).replace(/[ \u3000]/g, '')) ||
      FIELD_DOC_NO.test(line.key.slice(0, d.index - line.start)) ||
      // Only on the notice's own title line, or a copy of its title: a cited or related
      // document's title carries its own.
      (((titleEnd > line.start && titleEnd <= line.end) ||
        (title !== '' && before(line, d).endsWith(title))) &&
        AFTER_FORMAL_TITLE.test(line.key.slice(0, d.index - line.start)) &&
        line.key.trimEnd().endsWith(toKey(d.raw).trim())) ||
      (d.index === line.trimmedStart &&
        /^《/.test(line.key.slice(d.index - line.start + d.raw.length).trim())) ||
      // …or opens a line whose rest is the page's own index field ("沪民基发〔2017〕1号 索取号:…").
      (d.index === line.trimmedStart &&
        INDEX_FIELD.test(line.key.slice(d.index - line.start + d.raw.length)))
    );
  });
  return standalone.find((d) => d.index >= titleEnd) ?? standalone[0] ?? null;
}

function actingOrgan(doc: KeyedText, bodyLine: number): string | null {
  const line = doc.lines[bodyLine];
  const m = line ? ACTING_ORGAN.exec(line.key.trim()) : null;
  if (!m?.[1] || /^(我|本|省|市|县|区)/.test(m[1])) return null;
  const at = line!.key.indexOf(m[1]);
  return line!.raw.slice(at, at + m[1].length);
}

/**
 * The organs above the title, or above its second copy: a web page heads the article with
 * its headline and then prints the document itself, organs, title and all.
 */
function issuerAboveCopies(doc: KeyedText, pick: TitlePick, bodyLine: number): string | null {
  const title = toKey(pick.title).replace(/\s+/g, '');
  for (const line of doc.lines.slice(0, Math.max(bodyLine, pick.line + 1))) {
    if (line.index <= 0) continue;
    if (line.index !== pick.line && line.trimmed.replace(/\s+/g, '') !== title) continue;
    const found = issuerAboveTitle(doc, line.index);
    if (found) return found;
  }
  return null;
}

/**
 * The picked heading is the one the file itself is titled with (a page's <title> without the
 * site's name, a document's title property): the page's own headline, however loosely its
 * words recur in the story, never an unrelated heading spliced on top.
 */
function ownHeadline(pick: TitlePick, hint: string | undefined): boolean {
  const own = headlineOfHint(hint);
  // A document number in the title property (某民复〔2020〕17号) is no headline.
  if (own === null || /〔|\[\d{4}\]|[(（]\d{4}[)）]|号$/.test(own)) return false;
  return toKey(own).replace(/\s+/g, '') === toKey(pick.title).replace(/\s+/g, '');
}

/** `listLines`: lines a list was read from, which never sign the notice. */
export function noticeFacts(
  doc: KeyedText,
  source: SourceDocument,
  listLines: ReadonlySet<number> = new Set(),
  lookup?: RegionLookup,
): NoticeFacts {
  const warnings: NoticeWarning[] = [];
  let pick =
    workbookTitle(source, doc, () => pickTitle(doc)?.title ?? null) ??
    pickTitle(doc, source.hints?.title);
  if (
    pick &&
    !ownHeadline(pick, source.hints?.title) &&
    // A headline cheering or teasing its readers is the page's own voice, however little of it
    // the story repeats ("八年悉心苦经营,终于等来这一天!").
    !exclaimedHeadline(pick.title) &&
    doc.text.length > 300 &&
    proseChars(doc, pick) >= 200 &&
    titleRelatedness(doc, pick) < MIN_RELATEDNESS
  ) {
    warnings.push({
      code: 'mismatched_heading',
      message: `标题“${pick.title}”与正文内容不符，疑为无关标题`,
      heading: pick.title,
      start: pick.start,
      end: pick.end,
    });
    pick = null;
  }
  // A page headed by the document's 关于… title without its organ, which it prints in full below.
  const organHeaded = organHeadedTitle(doc, pick?.title ?? null);
  if (pick && organHeaded) pick = { ...pick, title: organHeaded };
  const title = pick?.title ?? null;
  const bodyLine = bodyStart(doc);
  const storyOutlet =
    newsOutlet(doc, bodyLine, lookup) ??
    corroboratedOutlet(doc, bodyLine) ??
    paperOfJoinedDateline(doc, bodyLine);
  // A notice that is only a table has no sentence to start its body: sign below the title.
  const signedBelow = bodyLine < doc.lines.length ? bodyLine : (pick?.line ?? -1);
  // A news item is issued by its outlet, whatever organ its headline names; a story with no
  // outlet, by the organ its foot names as its source.
  const signed = (): string | null =>
    decidingOrgan(
      issuerFromSignature(doc, signedBelow, listLines) ??
        issuerSignedAboveDate(doc, bodyLine) ??
        cutSignature(doc, bodyLine),
      doc,
    );
  // A page that is the organ's own document under its own title and signature: the site that
  // carried it (its 来源 line) is no outlet telling a story. Only a site's line is set aside: a
  // page with no outlet keeps what its other signs say.
  const headed = pick && title ? { text: title, line: pick.line } : null;
  const signedDocument =
    storyOutlet !== null && signedDocumentPage(doc, headed, bodyLine, signed());
  const outlet = signedDocument ? null : storyOutlet;
  const newsOutletFirst = outlet && reportsNews(doc, outlet) === 'news' ? outlet : null;
  const dn = docNumber(doc, pick?.end ?? 0, pick?.title ?? '');
  const story = !signedDocument && readsAsStory({ doc, title, outlet, docNo: dn?.raw ?? null });
  const found =
    newsOutletFirst ??
    (story ? storySource(doc) : null) ??
    // A reporter's headline names the organ that acted, not who speaks ("民政部确认…").
    (!signedDocument && reportsNews(doc, outlet) === 'news'
      ? null
      : // A document the page reposts signed and all is issued by the organ its own title names,
        // not one the page's headline over it names (own-headline.ts).
        issuerOverBareDepartment(
          issuerFromTitle(pick?.document && signed() ? pick.document : title),
          signed,
        )) ??
    outlet ??
    (pick ? issuerAboveCopies(doc, pick, bodyLine) : null) ??
    signed() ??
    gluedSignature(doc)?.organ ??
    (pick ? issuerDatedBelowTitle(doc, pick.line) : null) ??
    // Unsigned, the page is whoever its source line names above the text, app or journal alike.
    namedSource(doc, bodyLine) ??
    issuerFromSource(doc) ??
    issuerOnInfoLine(doc, bodyLine);
  const acting = found || reportsNews(doc, outlet) ? null : actingOrgan(doc, bodyLine);
  const issuer =
    found ?? acting ?? (reportsNews(doc, outlet) ? null : speakingOrgans(doc, bodyLine));
  // …and with none of those, the organ its closing bracket credits or the account its foot
  // names as source: who wrote the item up, not an organ whose place owns its programme.
  const credited = issuer ? null : (issuerFromClosingCredit(doc) ?? footSourceName(doc));
  if (dn) {
    const why = dn.damaged
      ? `文号“${dn.raw}”残缺（缺少右括号），请核对原件`
      : docNoSuspicion(dn, issuer);
    if (why) warnings.push({ code: 'suspicious_doc_no', message: why, docNo: dn.raw });
  }
  // A dateline without its year ("10月27日电") takes the year of the notice's own 文号, never a
  // year its title names: that is the round of the honour, which a story may tell a year later.
  const issuedOn = findIssueDate(doc, pick?.end ?? 0, dn?.year ?? null, outlet, bodyLine);
  const hinted = source.hints?.date ? (findDates(source.hints.date)[0]?.iso ?? null) : null;
  const fileDate = issuedOn ? null : hinted;
  if (fileDate)
    warnings.push({
      code: 'date_from_file',
      message: `正文未写明发文日期；文件属性中的日期为${fileDate}，未作为发文日期，请核对后填写`,
      fileDate,
    });
  return {
    pick,
    issuer: issuer ?? credited,
    credited: credited !== null,
    acted: acting !== null && issuer === acting,
    outlet,
    signedDocument,
    docNumber: dn,
    issuedOn,
    fileDate,
    warnings,
  };
}
