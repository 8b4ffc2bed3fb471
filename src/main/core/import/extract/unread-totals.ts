/**
 * Never silent: "“某某议事会”等10个案例获得…", "《某某》等十大案例入围", "确定了11个创新经验
 * 被评为…", a headline "…十佳社区治理案例" — a notice that states how many entries its list
 * has, names one or two of them (by a quoted title, not a place) and yields fewer records.
 * The stated total is said, with where it is; checked last, when no other count was said.
 */
import type { NoticeWarning } from '../../../../shared/domain';
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import { attachmentTotal } from './attachment-counts';
import { statedCount } from './counts';
import type { ListDraft } from './drafts';
import { countedByOpeningClause } from './group-counted-lists';
import { headsFigures } from './header-cell-figures';
import { ownShareOfRound, totalBeforeShare } from './share-counts';
import type { KeyedText } from './text-key';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
/** What a list's entries are: a count of anything else (applications, speakers) promises none. */
const ENTRY = '(?:案例|成果|经验|项目|社区|村|小区|单位|典型|品牌|实验区|试点|观察点|示范点)';
/**
 * What a recognition (认定, 拟认定) counts besides those: demonstration areas, parks and bases
 * ("拟认定62个自治区级核心示范区"). Only after that verb: "91个示范区申报验收" counts the applicants.
 */
const RECOGNISED = '(?:示范区|示范园区?|基地|园区)';
/** Words between a count and what it counts, within one clause and past no other count. */
const GAP = '[^。；;，,、：:！!？?\\n0-9个]{0,8}?';
/**
 * A count said in so many words: after examples cited by their quoted titles
 * ("”等10个案例", "》等十大案例"), or as what a selection chose ("确定了11个…经验",
 * "遴选出10份案例", "发布了此次100个创建单位名单": the round may be named between), or as the
 * contest's outcome ("16个项目获奖"). A count of applications ("报送了89个案例") is no list's
 * total.
 */
const SAID = [
  new RegExp(
    `[”"》」』]\\s*等(?:在内的)?\\s*${N}\\s*(?:个|项|份|家|大|佳)${GAP}${ENTRY}(?!中)`,
    'g',
  ),
  new RegExp(
    `(?:确定|发布|遴选出|评选出|评出|选出)(?:了|并发布了)?(?:此次|本次|这次|该批|这批|本批)?\\s*${N}\\s*(?:个|项|份|家)${GAP}${ENTRY}(?!中)`,
    'g',
  ),
  // A recognition's total, proposed or made: "拟认定62个自治区级核心示范区". Not a tally of
  // the holders so far ("全区已认定62个…", "累计认定", "先后认定"), which no list of the page counts.
  new RegExp(
    `(?<!已|已经|累计|累积|先后|陆续|历年)认定\\s*${N}\\s*(?:个|家|处)${GAP}(?:${ENTRY}|${RECOGNISED})(?!中)`,
    'g',
  ),
  // A contest's outcome said of its winners: "最终，16个项目获奖". Those that reached a stage
  // (入围, 进入决赛, 参赛) are no winners, and a clause past the count is no longer its subject.
  new RegExp(`${N}\\s*(?:个|项|份|家)${GAP}${ENTRY}\\s*(?:获奖|胜出)`, 'g'),
  // A decision's total written after what it chose: "拟确定全市上等级…综合文化站共计50个".
  new RegExp(`(?:确定|评定|认定)[^。；;，,]{0,30}?共计\\s*${N}\\s*(?:个|家|所)`, 'g'),
  // A table's header cell counting its column ("区域 | 省份(24个) | 县及县级市(120个)"): the
  // column's entries, as many as its rows should hold.
  new RegExp(
    `(?<=^|\\t)[\\u4e00-\\u9fff]{1,10}\\s*[(（]\\s*${N}\\s*(?:个|家|处|项)\\s*[)）](?=[ \\t]*(?:\\t|$))`,
    'gm',
  ),
];

/**
 * A naming's total, the scope it chose from between: "决定命名全市14个社区为…". The same total
 * told again after a sentence whose example was read (决定命名A社区等100个社区为…。…命名100个社区
 * 为…) is that list's count, judged with it (list-warnings.ts).
 */
const NAMING = new RegExp(
  `(?:命名|授予)(?:了)?(?:全市|全省|全国|全区|全县|全州|全盟)?\\s*${N}\\s*(?:个|家)${GAP}${ENTRY}为`,
  'g',
);

/**
 * With nothing read, a round's total said of what was chosen, whatever its kind: "全市共30个
 * 儿童之家入选…". Only then: where entries were read, such a total may be the wider round a share
 * of it stands in.
 */
const CHOSEN_TOTAL = new RegExp(
  `共\\s*${N}\\s*(?:个|家|处)[\\u4e00-\\u9fff]{1,8}?(?:入选|获评|上榜|榜上有名)`,
  'g',
);
/**
 * With nothing read, examples' count followed by what became of the group: "北京房山长沟泉水等158处
 * 试点建设的国家湿地公园通过验收" (the examples written too short for any reader). A count of
 * those who acted ("长春市等24个市、县先后出台…") tells no outcome.
 */
const EXAMPLES_OUTCOME = new RegExp(
  `等\\s*${N}\\s*(?:个|家|处)[^，,。；;！!？?\\n]{0,16}?(?:未?通过验收|入选|上榜|获评|被评为|被命名为|被认定为|被授予)`,
  'g',
);

/**
 * With nothing read, a total told by its places' shares: "20家单位包括贵阳市4家、遵义市4家…".
 * The shares must be places' (…市4家): "20家养老机构，包括公办5家" splits no list.
 */
const TALLIED_TOTAL = new RegExp(
  `${N}\\s*(?:个|家|处)[\\u4e00-\\u9fff]{0,6}?包括[\\u4e00-\\u9fff]{1,6}?(?:市|州|县|区|盟)\\s*(?:[0-9]+|[${CHINESE_NUMERAL_CHARS}]+)\\s*(?:个|家|处)`,
  'g',
);

/**
 * "十大案例", "十佳社区", "百佳村": a single numeral before 大/佳 counts the honour's entries.
 * Not a numeral inside a longer one or after 第: "十九大", "二十大" are congresses, "第十批"
 * a batch, "十四五" a plan period.
 */
const TOP = new RegExp(
  `(?<![第${CHINESE_NUMERAL_CHARS}0-9])([二三四五六七八九十百])(?:大|佳)${GAP}${ENTRY}`,
  'g',
);
/**
 * "“品质社区”20强名单出炉": a ranking's list counts its entries (N强 right before 名单/榜单).
 * Not a stage of the contest ("到30强实地暗访") nor a ranking of places ("百强县名单").
 */
const RANKED = new RegExp(
  `(?<![第${CHINESE_NUMERAL_CHARS}0-9])([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)强(?:名单|榜单)`,
  'g',
);

/**
 * The story's own place's share of the round, counted without 个 too ("我市两案例入选…“十佳”",
 * "本县3个村入选"): records it accounts for are that share, not the round's list.
 */
const OWN_SHARE = new RegExp(
  `(?:我|本)(?:省|市|州|县|区|盟|旗)(?:共有|共|有)?\\s*${N}\\s*(?:个|项|家)?${GAP}${ENTRY}\\s*(?:入选|入围|上榜|被评为|获评)`,
  'g',
);

/**
 * Words in a clause telling the honour's holders are named or listed: a count closing examples
 * (…等11个组织获评百佳…), a list announced (名单, 分别是, 如下, a colon), or a unit told among
 * them after it (评出十佳和谐社区，某社区榜上有名).
 */
const NAMES_HOLDERS = new RegExp(
  `等\\s*${N}\\s*(?:个|项|份|家|篇|所|大|佳)|分别[是为]|如下|名单|名录|榜单|[：:]|榜上有名|入选|上榜|在列|入围`,
);

/**
 * An organ conferring the honour on its holders ("表彰了十佳和谐社区", "命名十佳…", "评选出十佳…"):
 * the page should list them, so with none read the count still warns.
 */
const CONFERRED = /表彰|命名|评选出|评出|授予/;

/**
 * "…获评全国百佳社区工作法", "举办十佳创新案例发布会", "十佳社区现场评估活动": with nothing read,
 * an honour's name whose clause and the rest of its sentence name none of its holders and
 * announce no list is the honour, a contest or an event told of, no list's count.
 */
function namesNoHolders(key: string, at: number): boolean {
  let from = at;
  while (from > 0 && !CLAUSE_END.test(key[from - 1]!)) from--;
  const end = key.slice(at).search(SENTENCE_END);
  const told = key.slice(from, end < 0 ? key.length : at + end);
  return !NAMES_HOLDERS.test(told) && !CONFERRED.test(key.slice(from, at));
}

const ownShareIs = (key: string, found: number): boolean =>
  [...key.matchAll(OWN_SHARE)].some((m) => parseNumber(m[1] ?? '') === found);

interface Stated {
  n: number;
  start: number;
  end: number;
}

const SENTENCE_END = /[。；;！!？?\n]/;
/** A numbered heading counting its own group in brackets: "一、特级文化站(6个)". */
const GROUP_HEADING =
  /^\s*[一二三四五六七八九十]+[、.．][^。，,]{1,20}[(（]\s*[0-9]+\s*个\s*[)）]\s*$/;
const CLAUSE_END = /[，,。；;！!？?\n]/;

function firstAbove(
  key: string,
  patterns: RegExp[],
  found: number,
  counted: (from: number, to: number) => boolean = () => false,
  shared: (at: number, n: number) => boolean = () => false,
): Stated | null {
  let best: Stated | null = null;
  for (const re of patterns) {
    for (const m of key.matchAll(re)) {
      const n = parseNumber(m[1] ?? '');
      if (n === null || n <= found || n > 2000) continue;
      const start = m.index ?? 0;
      let from = start;
      while (from > 0 && !SENTENCE_END.test(key[from - 1]!)) from--;
      if (counted(from, start + m[0].length) || shared(start, n)) continue;
      if (!best || start < best.start) best = { n, start, end: start + m[0].length };
      break;
    }
  }
  return best;
}

/** A count closing cited examples, "等100个". */
const EXAMPLE_TOTAL = new RegExp(`等\\s*${N}\\s*(?:个|家|项|处)`, 'g');

/** A count after an example cited by its quoted title ("…”等9个…项目"), one per group. */
const EXAMPLE_COUNT = new RegExp(SAID[0]!.source, 'g');

/**
 * "对A“…”等5个…项目和B“…”等9个…项目进行表彰": groups each counted after a cited example,
 * one sentence stating them together. Records that make up one group's count leave the
 * others unread (an attachment that did not come through): the sentence's total is said.
 */
function unreadSiblingGroups(
  doc: KeyedText,
  found: number,
  counted: (from: number, to: number) => boolean,
): NoticeWarning | null {
  for (const sentence of doc.key.matchAll(/[^。；;！!？?\n]+/g)) {
    const from = sentence.index ?? 0;
    const groups = [...sentence[0].matchAll(EXAMPLE_COUNT)];
    if (groups.length < 2) continue;
    const counts = groups.map((g) => parseNumber(g[1] ?? '') ?? 0);
    const total = counts.reduce((a, n) => a + n, 0);
    if (!counts.includes(found) || total <= found || total > 2000) continue;
    if (counted(from, from + sentence[0].length)) continue;
    const unread = groups[counts.findIndex((n) => n !== found)]!;
    const at = from + (unread.index ?? 0);
    const said = doc.text.slice(at, at + unread[0].length).replace(/^[”"》」』]\s*/, '');
    return {
      code: 'count_mismatch',
      message: `通知称各组共有${total}个（含“${said.trim()}”），实际读到${found}个（其余未在通知中列出，或名称未能识别），请核对`,
      stated: total,
      found,
    };
  }
  return null;
}

/** The attachments' total (attachment-counts.ts) over fewer records, none of it read in place. */
function sentToAttachmentsIn(
  key: string,
  found: number,
  counted: (from: number, to: number) => boolean,
): Stated | null {
  const total = attachmentTotal(key);
  if (!total || total.n <= found || total.n > 5000 || counted(total.start, total.end)) return null;
  return total;
}

export function unreadTotals(
  doc: KeyedText,
  lists: ListDraft[],
  found: number,
  warnings: NoticeWarning[],
): NoticeWarning[] {
  if (warnings.some((w) => w.code === 'count_mismatch')) return [];
  // A sentence some of whose examples were read (kept or set aside) is counted by its list:
  // "…“甲”等3个项目为…，“乙”等15个项目为…提名项目" states another batch's count.
  const counted = (from: number, to: number): boolean =>
    lists.some((l) => l.items.some((it) => it.start >= from && it.start < to));
  // "确定了100个村…，随州市4个村入选，分别为：" — a round's total whose share was read.
  // The totals closing a sentence some of whose examples were read (for NAMING).
  const readTotals = new Set(
    [...doc.key.matchAll(/[^。；;！!？?\n]+/g)]
      .filter((s) => counted(s.index ?? 0, (s.index ?? 0) + s[0].length))
      .flatMap((s) => [...s[0].matchAll(EXAMPLE_TOTAL)].map((m) => parseNumber(m[1] ?? ''))),
  );
  // A header cell over a column of figures counts no names (header-cell-figures.ts).
  const shared = (at: number, n: number): boolean =>
    totalBeforeShare(doc.key, at, n, lists) || headsFigures(doc.key, at);
  const siblings = found >= 1 ? unreadSiblingGroups(doc, found, counted) : null;
  if (siblings) return [siblings];
  // "此次云南省共入选2个案例，分别为…": records their own count accounts for are a share,
  // and the wider batch ("评选出30个典型案例") is none of this notice's list.
  // (A grade's heading counting its own group, "一、特级文化站(6个)", is no such sentence.)
  const sentences = doc.key.split(/[。；;！!？?\n]/).filter((s) => !GROUP_HEADING.test(s));
  if (found >= 2 && sentences.some((s) => statedCount(s) === found)) return [];
  if (found >= 2 && ownShareIs(doc.key, found)) return [];
  // "某市…的4个村分别为：…；…的3个社区分别为：…": every list read counted by its own opening
  // clause accounts for the records; the round's total told before them is no list's.
  const read = lists.filter((l) => l.items.length > 0);
  if (
    found >= 2 &&
    read.length > 0 &&
    read.reduce((a, l) => a + l.items.length, 0) === found &&
    read.every((l) => countedByOpeningClause(doc.key, l.start, l.items.length))
  )
    return [];
  // A count in words outranks the honour's name: "十大…" may have chosen eleven.
  const stated =
    firstAbove(
      doc.key,
      found === 0 ? [...SAID, CHOSEN_TOTAL, TALLIED_TOTAL, EXAMPLES_OUTCOME] : SAID,
      found,
      counted,
      shared,
    ) ??
    firstAbove(
      doc.key,
      [NAMING],
      found,
      counted,
      (at, n) => shared(at, n) || readTotals.has(n) || ownShareOfRound(doc.key, at, n),
    ) ??
    // Counts sent to the attachments ("34家园区…（名单见附件）"): their sum is the total.
    sentToAttachmentsIn(doc.key, found, counted) ??
    firstAbove(
      doc.key,
      [TOP, RANKED],
      found,
      undefined,
      (at, n) => shared(at, n) || (found === 0 && namesNoHolders(doc.key, at)),
    );
  if (!stated || stated.n < 2) return [];
  const said = doc.text.slice(stated.start, stated.end).replace(/^[”"》」』]\s*/, '');
  return [
    {
      code: 'count_mismatch',
      message: `“${said.trim()}”称有${stated.n}个，实际读到${found}个（其余未在通知中列出，或名称未能识别），请核对`,
      stated: stated.n,
      found,
    },
  ];
}
