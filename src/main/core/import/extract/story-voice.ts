/**
 * Whether a page is told as a story rather than in the issuer's own voice: a reporter, an
 * outlet, a visit's report, hearsay (据悉, 获悉, 负责人介绍), or a story's signs outweighing an
 * organ's own document's.
 */
import { documentSigns, newsWeight, reportedCheck } from './notice-voice';
import { keyOf, type KeyedText } from './text-key';

/** A reporter, or a repost that names the story it copies ("原标题：…"). */
const REPORTER = /记者|本报讯|通讯员|特约撰稿|原标题[:：]/;
/** A survey's or inspection's written report ("…的调研报告", "…考察报告"), titled as one. */
const SURVEY_REPORT = /(?:调研|考察|视察)报告$/;

/**
 * A byline in brackets at a story's end ("（作者：李明 王芳）"): told by someone else, but
 * it may still be how the outcome it states reaches the ledger (like hearsay).
 */
const BYLINE = /[(（]作者[:：][^()（）]{2,30}[)）]/;
/**
 * Told as someone else's news: hearsay, "我市…入选" (or "我市…受到省上表彰") after another
 * organ's announcement, or an organ's document told in the third person ("省民政厅日前发文确认…").
 */
const HEARSAY =
  /据[了瞭]解|据悉|获悉|负责人(介绍|表示|说)|榜上有名|据[^。，,]{0,12}(讯息|消息|报道)|(我省|我市|我区|我县)[^。；]{0,40}(入选|入围|入榜|上榜|榜上|被评为|受到[^。；]{0,6}表彰)|(日前|近日|近期)[^。；]{0,6}(发文|下文|下发|印发)|根据[^。；]{0,20}(信息|资料|报道)整理/;

/** What the page's voice is judged from: its text, title, outlet and 文号. */
export interface VoiceInput {
  doc: KeyedText;
  title: string | null;
  /** The outlet a news item names (dateline or source line), if any. */
  outlet: string | null;
  docNo: string | null;
  /** The page is the organ's own document under its title and signature (signed-document-page.ts). */
  signedDocument?: boolean;
}

/** A story by weight of its signs (headline, retold announcement, page chrome) alone. */
const STORY_WEIGHT = 2;

/** A text told by a reporter or as hearsay rather than in the issuer's own voice. */
export function reportsNews(
  doc: KeyedText,
  outlet: string | null,
  title: string | null = null,
): 'news' | 'hearsay' | null {
  if (outlet || REPORTER.test(doc.key)) return 'news';
  // A visit's report: "…一行来我市调研…", "…陪同调研", a delegation come to observe ("…来我中心观摩").
  // A survey's own report to the body that ordered it ("…工作情况的调研报告") is that body's
  // document, not a visit told by someone who was there.
  const t = title ? keyOf(title) : '';
  if (/调研|考察|视察|走访|陪同|一行|观摩/.test(t) && !SURVEY_REPORT.test(t)) return 'news';
  return HEARSAY.test(doc.key) || BYLINE.test(doc.key) ? 'hearsay' : null;
}

/**
 * Whether the page is told as a story rather than in the issuer's own voice, judged before
 * its records are read (a story's lead may cite another document's batch by examples).
 */
export function readsAsStory(input: VoiceInput): boolean {
  const voice = reportsNews(input.doc, input.outlet, input.title);
  if (voice === 'news') return true;
  const weight = newsWeight(input);
  return voice === 'hearsay' ? weight >= 0 : weight >= STORY_WEIGHT;
}

/**
 * A page is a story by its signs when they outweigh an organ's own document by two, or when
 * it bears no sign of an organ's own document at all (文号, addressee, 附件, its own act, a
 * 关于…的通知 title) and at least one of a story: a retold headline or announcement, a
 * site's chrome, a check by a visiting team told after the fact.
 */
export function storyByItsSigns(signs: Parameters<typeof newsWeight>[0]): boolean {
  const weight = newsWeight(signs) + reportedCheck(signs);
  if (weight >= STORY_WEIGHT) return true;
  return documentSigns(signs) === 0 && weight >= 1;
}
