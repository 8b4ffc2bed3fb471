/**
 * "…A、B入选。截至目前，连同前两批的C、D，我省累计…", "此前，C、D已入选前两批…", "加上去年创建
 * 成功的C…", "某省已有C、D两地入选", "此前，我市已有N个…入选…，它们分别是C、D", "其他11个
 * 已认定的…分别为C、D": a run of units the notice recalls from an earlier batch or year to sum up its
 * place's tally. They were listed before; this notice does not list them again. Such a run is
 * dropped while another run of the notice keeps its entries. A sentence that an earlier time
 * alone opens ("此前，A、B与C…共同入选…") retells all it names: its run is dropped even where
 * the page names no other, since "before" is never the page's own selection.
 */
import { CHINESE_NUMERAL_CHARS } from './chinese-numerals';
import type { ListDraft } from './drafts';
import type { KeyedText } from './text-key';
import { heldSoFar } from './tally-holders';
import { othersOfTally } from './tally-others';

/** An earlier batch or year: 前两批, 上一批, 首批 is not (a notice may list it), 去年, 此前. */
const EARLIER = `(?:前[${CHINESE_NUMERAL_CHARS}0-9两]+批|上一?批|去年|往年|此前|之前|以往)`;

/** Before the run, in its own clause: the words adding it to the tally ("连同前两批的"). */
const ADDED_BEFORE = new RegExp(`(?:连同|加上|加之|算上|包括)${EARLIER}[^，。；,;：:]{0,8}$`);

/** In the rest of its clause: the run entered an earlier batch ("…已入选前两批…"). */
const ENTERED_AFTER = new RegExp(
  `(?:已|曾|均已|早已)(?:经)?(?:入选|列入|入围|获评|获批|成为|创建成功|被命名为?|被确定为?)?了?${EARLIER}`,
);

/**
 * Right before the run, the place already holding them, and after it their count as places
 * chosen ("江苏已有A、B、C3地入选"): a tally retelling an earlier selection.
 */
const HELD_BEFORE = /(?:已有|已经有|早已有)$/;
const CHOSEN_AFTER =
  /^\s*(?:[0-9]+|[一二两三四五六七八九十]+)\s*地(?:成功|顺利|均|都)?(?:入选|入围|上榜|获评|榜上有名)/;

/**
 * The sentence the run lies in opens with an earlier time and the place's holding
 * ("此前，我市已有7个社区入选2021年和2022年…名单，它们分别是…"): every run of that sentence
 * retells units chosen before, whatever its clause says of each.
 */
const LED_EARLIER =
  /^(?:此前|之前|以往|在此之前)[，,]?[^。！？\n]{0,30}已(?:经)?有[^。！？\n]{0,40}(?:入选|列入|入围|获评|上榜|被命名|被评为)/;

/**
 * After the earlier holding the sentence turns to this notice's own ("此前，我市已有3个社区入选，
 * 今年又有A、B入选"): the run after the turn is new, not retold.
 */
const NEW_TURN = /今年|本年|本次|此次|这次|本批|今天|近日|又有|又被|新增/;

/** Whether the run's sentence opens with an earlier holding and never turns to the new ones. */
function ledEarlier(sentence: string): boolean {
  const led = LED_EARLIER.exec(sentence);
  return led !== null && !NEW_TURN.test(sentence.slice(led[0].length));
}

/** The text of the run's sentence before it (from the last sentence end or line break). */
function sentenceBefore(doc: KeyedText, start: number): string {
  const head = doc.key.slice(Math.max(0, start - 160), start);
  return head.slice(Math.max(...['。', '！', '？', '\n'].map((m) => head.lastIndexOf(m))) + 1);
}

/**
 * What the others were already given: a title or a place on a list. Others this notice deals
 * with otherwise ("其余2个已限期整改的…", "其他3个曾被通报批评的…") are its own entries.
 */
const HELD_VERB = '(?:认定|命名|入选|获评|列入|评为|授予|确定为|创建成功|成功创建)';

/**
 * The clause leading into the run says they are the others a place already holds ("其他11个国家
 * 已认定…示范县分别为A、B…"): after this notice's own, the place's earlier ones retold.
 */
const OTHERS_HELD = new RegExp(
  `(?:其他|其余|另外)[${CHINESE_NUMERAL_CHARS}0-9]+个[^，。；,;]{0,40}?(?:已|此前|之前|曾)` +
    `(?:经|被)?[\u4e00-\u9fff]{0,4}?${HELD_VERB}[^，。；,;]{0,60}?(?:分别为|分别是)$`,
);

/**
 * A sentence opened by an earlier time and a comma, the run right after it ("。此前，A、B…"), and
 * the run entering a round later in the same sentence ("…，凭借…，共同入选…"). A subject between
 * (此前，湖北已有A、B…) is the tally shape above, not this one.
 */
const OPENS_EARLIER = /(?:^|[。！？!?\n])\s*(?:此前|之前|早前|先前)[，,]\s*$/;
const ENTERS_LATER =
  /^[^。！？!?\n]{0,80}?(?:入选|入围|上榜|获评|被评为|被命名为|被确定为|被认定为|榜上有名)/;

/** A clause break between two items: they are two runs, told apart. */
const CLAUSE_BREAK = /[，。；,;：:\n]/;

type Run = [number, number];

/** The list's items cut into runs at clause breaks: [first, last] indexes. */
function runsOf(doc: KeyedText, list: ListDraft): Run[] {
  const runs: Run[] = [];
  list.items.forEach((it, i) => {
    const prev = list.items[i - 1];
    const run = runs[runs.length - 1];
    if (prev && run && !CLAUSE_BREAK.test(doc.key.slice(prev.end, it.start))) run[1] = i;
    else runs.push([i, i]);
  });
  return runs;
}

/** The run is the whole of a sentence's retelling, opened by 此前 (see OPENS_EARLIER). */
function openedEarlier(doc: KeyedText, list: ListDraft, [first, last]: Run): boolean {
  const start = list.items[first]!.start;
  const end = list.items[last]!.end;
  const before = doc.key.slice(Math.max(0, start - 24), start);
  return OPENS_EARLIER.test(before) && ENTERS_LATER.test(doc.key.slice(end, end + 120));
}

function recalledRun(doc: KeyedText, list: ListDraft, [first, last]: Run): boolean {
  const start = list.items[first]!.start;
  const end = list.items[last]!.end;
  const before = doc.key.slice(Math.max(0, start - 24), start);
  const clause = /[^，。；,;]*$/.exec(doc.key.slice(Math.max(0, start - 100), start))?.[0] ?? '';
  const after = /^[^，。；,;]*/.exec(doc.key.slice(end, end + 40))?.[0] ?? '';
  return (
    openedEarlier(doc, list, [first, last]) ||
    ledEarlier(sentenceBefore(doc, start).trimStart()) ||
    ADDED_BEFORE.test(before) ||
    OTHERS_HELD.test(clause) ||
    othersOfTally(doc, start) ||
    heldSoFar(doc, start, list.items[first]!.end, end) ||
    (HELD_BEFORE.test(before) && CHOSEN_AFTER.test(after)) ||
    ENTERED_AFTER.test(after)
  );
}

/** The list without its recalled runs; null when none is. */
type RunTest = (doc: KeyedText, list: ListDraft, run: Run) => boolean;

function withoutRecalled(doc: KeyedText, list: ListDraft, recalled: RunTest): ListDraft | null {
  const dropped = new Set<number>();
  for (const run of runsOf(doc, list))
    if (recalled(doc, list, run)) for (let i = run[0]; i <= run[1]; i++) dropped.add(i);
  if (dropped.size === 0) return null;
  const items = list.items.filter((_, i) => !dropped.has(i));
  const categories = list.categories
    ?.map((c) => {
      const at = list.items.findIndex((it) => it.start === c.start);
      const kept = list.items.slice(at, at + c.found).filter((it) => items.includes(it));
      return { ...c, start: kept[0]?.start ?? c.start, found: kept.length };
    })
    .filter((c) => c.found > 0);
  return {
    ...list,
    items,
    end: items[items.length - 1]?.end ?? list.end,
    ...(categories ? { categories } : {}),
  };
}

function withoutRuns(doc: KeyedText, lists: ListDraft[], recalled: RunTest): ListDraft[] | null {
  let changed = false;
  const kept = lists.map((l) => {
    const cut = l.items.length > 0 ? withoutRecalled(doc, l, recalled) : null;
    if (cut) changed = true;
    return cut ?? l;
  });
  return changed ? kept.filter((l, i) => l.items.length > 0 || lists[i]!.items.length === 0) : null;
}

export function withoutRecalledRuns(doc: KeyedText, lists: ListDraft[]): ListDraft[] {
  const kept = withoutRuns(doc, lists, recalledRun);
  if (kept?.some((l) => l.items.length > 0)) return kept;
  // Nothing else left: only the sentences an earlier time opens go, every run of them.
  return withoutRuns(doc, lists, openedEarlier) ?? lists;
}
