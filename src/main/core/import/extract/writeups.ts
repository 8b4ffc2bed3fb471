/**
 * Write-ups: a heading naming a place and a title (on one line, run together or split
 * over two lines), then paragraphs describing it, then the next heading. Headings are
 * recognised by shape (short, no sentence end, a confident region at the front), never
 * by what a particular notice says.
 */
import type { ItemDraft, ListDraft } from './drafts';
import { tellsMembership } from './membership';
import { isProse } from './numbered-list';
import { readNumbering } from './numbering';
import { classifyRest } from './place-rest';
import { isConfidentRegion } from './region-heuristic';
import { toKey, type KeyedText, type Line } from './text-key';
import type { RegionLookup } from './types';
import { titleOverUnit, type WriteupHeading } from './title-over-unit';
import { writeupOutcome } from './writeup-outcome';

/**
 * What may stand before the place in a heading: a running label ("案例一：", "典型案例3、")
 * and an opening bracket ("【南京市鼓楼区…】title").
 */
const HEADING_LEAD =
  /^(?:(?:典型案例|案例|经验|做法|观察点|实验区)\s*[一二三四五六七八九十\d]+\s*[：:、.．]?\s*)?[【[［]?/;

const ORGAN_AFTER_REGION =
  /^(民政厅|民政局|民政部|人民政府|政府|委员会|党委|关于|印发|转发|办公厅|办公室)/;

/** A draft's note after a document's title: "（征求意见稿）", "（试行）". */
const DRAFT_NOTE = /\s*[(（](?:征求意见稿|送审稿|讨论稿|草案|试行|修订稿)[)）]$/;

/** What a document's own title ends with (a plan, opinions, rules), never a case's. */
const DOCUMENT_TITLE =
  /(方案|意见|办法|规定|细则|规划|通知|决定|批复|公告|通报|要点|纲要|工作计划|实施计划|行动计划)[”"]?$/;

/**
 * "民政部关于同意将…的批复" on the line below a place: the title of a document printed after
 * the list (a reply, a notice), never the theme of the list's last place.
 */
const readsAsDocumentTitle = (line: Line): boolean =>
  /关于|印发|转发/.test(line.trimmed) && DOCUMENT_TITLE.test(line.trimmed.replace(DRAFT_NOTE, ''));

/** A headline announcing a list or register: "…名单公布", "…名录发布", "…名单出炉". */
const LIST_HEADLINE = /(?:名单|名录)(?:正式)?(?:公布|发布|出炉|揭晓|公示)?[!！]?$/;

/**
 * "…基本农田整理项目达到省级验收标准", "…工程顺利通过验收": a headline naming a project and
 * what became of it; the project's name is the title, not what the headline tells of it.
 */
const TOLD = /^(.{2,30}?(?:项目|工程))(?=(?:顺利|成功|全面|已|均)?(?:达到|通过|完成))/;

/**
 * A page's byline under its title ("某省某厅　时间: 2031-05-06 10:12　【字体：大 中 小】"): the
 * organ that posted it, a labelled or clocked date, the font switch. It names the page's
 * publisher, never a unit written up below it.
 */
const PAGE_BYLINE =
  /(?:发布时间|发布日期|更新时间|时间|日期|来源)\s*[:：]|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}[:：]\d{2}|字[体号]\s*[:：]?\s*[[［【]?\s*大/;

function headingLike(line: Line): boolean {
  const t = line.trimmed;
  // An addressee line ("江苏省、浙江省民政厅：") ends with a colon; a heading never does, nor
  // with a sentence's end or a cry in either width ("某省唯一!" under a headline is prose).
  return (
    t.length >= 4 &&
    t.length <= 60 &&
    !/[。！？!?；;，,:：]$/.test(t) &&
    !t.includes('\t') &&
    !PAGE_BYLINE.test(t) &&
    readNumbering(t) === null
  );
}

/** A place's profile heading's word, the whole of what follows the place. */
const PROFILE_WORD = /^(?:基本)?(?:概况|简介|概述|情况简介|基本情况)$/;

/** A section's label over its paragraphs ("案例简介：", "主要做法："), no part of the text. */
const SECTION_LABEL = /^[\u4e00-\u9fff]{2,8}[:：]$/;

/** The noun of a unit a heading may name after its place (a community, a service centre). */
const UNIT_NOUN = /(?:社区|村|居委会|服务中心|服务站)$/;

/**
 * The paragraph under line `i` opens with the heading's whole text (`heading`): the write-up
 * names its unit first, as a page does under each unit's heading and photographs.
 */
function echoedBelow(doc: KeyedText, i: number, heading: string): boolean {
  let j = i + 1;
  while (doc.lines[j]?.trimmed === '') j++;
  const below = doc.lines[j];
  const key = toKey(heading).trim();
  return !!below && key.length >= 6 && isProse(below) && toKey(below.trimmed).startsWith(key);
}

/** A heading of one line with no title: the write-up starts on the next line. */
function untitled(line: Line, i: number): Omit<WriteupHeading, 'regionText' | 'title'> {
  return { start: line.trimmedStart, end: line.end, lines: [i], next: i + 1 };
}

function headingAt(doc: KeyedText, i: number, lookup: RegionLookup): WriteupHeading | null {
  const line = doc.lines[i];
  if (!line || !headingLike(line)) return null;
  const text = line.raw.trim().slice(HEADING_LEAD.exec(line.raw.trim())?.[0].length ?? 0);
  const found = lookup.splitPrefix(text, {});
  if (!found || !isConfidentRegion(found.regionText)) return null;
  // "…街道办事处" is the unit itself: the office word stays with the region.
  const office = /^(办事处|人民政府|管委会)$/.test(toKey(text.slice(found.end)).trim());
  const hit = office ? { regionText: text, end: text.length } : found;
  const after = text
    .slice(hit.end)
    .trim()
    .replace(/^[】\]］]\s*/, '');
  // A region followed by 、 starts a list of places, not a heading.
  if (/^[、，,]/.test(after)) return null;
  // "七都镇：以…推动…" — the delimiter between place and title is not part of the title.
  const rest = after.replace(/^(?:[:：]|——|—|－－|--)\s*/, '');
  if (ORGAN_AFTER_REGION.test(rest)) return null;
  // "王口村入选第九批…": a headline telling what list the unit joined; the rest of that
  // sentence is the list's name, never a case's title.
  if (tellsMembership(toKey(rest))) return null;
  // "江西省贯彻落实…实施方案": the title of a plan or rules document printed above its text,
  // also as a draft ("…实施方案（征求意见稿）").
  if (DOCUMENT_TITLE.test(toKey(rest).trim().replace(DRAFT_NOTE, ''))) return null;
  // "某省首批…名单公布": a headline announcing a list names the list, never a case of it.
  if (LIST_HEADLINE.test(toKey(rest).trim())) return null;
  // "某社区概况", "某镇简介": a place-name site's profile of the place itself; its prose tells
  // what the place is and what honours it holds, never a case titled by the profile's word.
  if (PROFILE_WORD.test(toKey(rest).trim())) return null;
  // "湖南两个乡镇入选…", "嘉兴4家单位获评…": a place and a count of its units is a headline
  // summing up a list, not the heading of one case.
  const summed = classifyRest(toKey(rest).replace(/^(新增|又有|再添|共有|共)/, ''));
  if (summed.rest === 'count' && !summed.example) return null;
  // "内蒙古：通辽市科尔沁区、赤峰市红山区" labels a list of places; it is not a heading.
  if (/[、,，]/.test(rest) && lookup.splitPrefix(rest, {})) return null;
  // "五华区红云街道党群服务中心" over "五华区红云街道党群服务中心以…": a unit's own name as the
  // heading, its write-up opening with it; the unit has no title of its own.
  if (rest !== '' && UNIT_NOUN.test(toKey(rest)) && echoedBelow(doc, i, text))
    return { regionText: hit.regionText, title: '', ...untitled(line, i) };
  if (rest !== '') {
    const told = TOLD.exec(toKey(rest));
    return {
      regionText: hit.regionText,
      title: told ? rest.slice(0, told[1]!.length) : rest,
      start: line.trimmedStart,
      end: line.end,
      lines: [i],
      next: i + 1,
    };
  }
  // Region alone on its line: the title is the next short line.
  let j = i + 1;
  while (doc.lines[j]?.trimmed === '') j++;
  const titleLine = doc.lines[j];
  // "盘龙区鼓楼街道凤凰社区" over "盘龙区鼓楼街道凤凰社区全面改造…": the place is the unit,
  // the paragraph its write-up, and no title line stands between.
  if (titleLine && echoedBelow(doc, i, text))
    return { regionText: hit.regionText, title: '', ...untitled(line, i) };
  if (!titleLine || !headingLike(titleLine)) return null;
  if (lookup.splitPrefix(titleLine.raw.trim(), {})) return null;
  if (readsAsDocumentTitle(titleLine)) return null;
  return {
    regionText: hit.regionText,
    title: titleLine.raw.trim(),
    start: line.trimmedStart,
    end: titleLine.end,
    lines: [i, j],
    next: j + 1,
  };
}

export function detectWriteups(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const items: ItemDraft[] = [];
  const lineIndexes: number[] = [];
  let i = 0;
  while (i < doc.lines.length) {
    const h = consumed.has(i) ? null : (headingAt(doc, i, lookup) ?? titleOverUnit(doc, i, lookup));
    if (!h) {
      i++;
      continue;
    }
    const paras: Line[] = [];
    let j = h.next;
    for (; j < doc.lines.length; j++) {
      const l = doc.lines[j];
      if (!l || consumed.has(j)) break;
      if (l.trimmed === '') continue;
      // An untitled unit's write-up opens with the unit's name: its first line, not a heading.
      const echo = paras.length === 0 && h.title === '' && l.trimmed.startsWith(h.regionText);
      if (!echo && (headingAt(doc, j, lookup) || titleOverUnit(doc, j, lookup))) break;
      if (paras.length === 0 && h.seq !== undefined && SECTION_LABEL.test(l.trimmed)) continue;
      if (!isProse(l)) break;
      paras.push(l);
    }
    // A description is sentences: a full sentence, or a long line with sentence punctuation;
    // a short line with commas only is a form field (填报单位：…，联系人：…).
    const sentence = (t: string) =>
      (t.length >= 15 && /[。！？]$/.test(t)) || (t.length >= 40 && /[。，；,;]/.test(t));
    if (paras.length === 0 || !paras.some((p) => sentence(p.trimmed))) {
      i = h.next;
      continue;
    }
    const last = paras[paras.length - 1];
    items.push({
      seq: h.seq ?? null,
      start: h.start,
      end: last?.end ?? h.end,
      regionText: h.regionText,
      title: h.title,
      content: paras.map((p) => p.raw.trim()).join('\n'),
      warnings: [],
    });
    lineIndexes.push(...h.lines, ...paras.map((p) => p.index));
    i = j;
  }
  if (items.length === 0) return [];
  const lone = items.length === 1 ? items[0] : undefined;
  const outcome = lone ? writeupOutcome(lone, lone.content ?? '') : null;
  if (lone && outcome) lone.outcome = outcome;
  return [
    {
      layout: 'writeup',
      items,
      start: items[0]?.start ?? 0,
      end: items[items.length - 1]?.end ?? 0,
      lineIndexes,
    },
  ];
}
