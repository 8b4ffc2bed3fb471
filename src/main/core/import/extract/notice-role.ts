/**
 * The notice's role in the life of a programme's records, from its own words: the title
 * first (批复/名单 confirm, 申报/征集 call for applications, 通报 reports progress,
 * 验收结果 accepts, 延期 extends, 撤销 revokes), then the body. A news item — an outlet's
 * dateline or source, a reporter — is news whatever it reports; a report told in the third
 * person (据悉, 获悉, 负责人介绍) is news unless it states an outcome for named units
 * (then it is that event: acceptance, revocation, extension).
 */
import type { NoticeRole } from '../../../../shared/notice-roles';
import { reportsAssessment } from './assessed-objects';
import { relaysSiteAnnouncement } from './site-announcement-relay';
import { tellsDayAnnouncement } from './day-told-announcement';
import { checksNamedUnits } from './checked-units';
import { launchesCall } from './launched-call';
import { repostsDocument } from './reposted-document';
import { retellsCall } from './retold-call';
import { PLAN_TITLE } from './background-honours';
import { documentSigns, isDocumentTitle, newsWeight } from './notice-voice';
import { withoutUntoldProgress } from './untold-progress';
import { reportsProgressMeeting } from './progress-meeting';
import { keyOf } from './text-key';
import type { ExtractedRecord, NoticeRule } from './types';
import { tellsHeldDesignation } from './held-designation';
import { documentUnderHeadline, exclaimedHeadline } from './exclaimed-headline';
import { receivesAcceptanceVisit } from './acceptance-visit';
import { meetingHeldAt } from './meeting-headline';
import { accountsOwnWork, reviewsOwnWork } from './work-review';
import { answersProposal } from './proposal-reply';
import { asksToApplyBy, publishesAttachedList } from './attached-list-and-call';
import { isSeriesCasePage } from './series-case-page';
import { reportsNews, storyByItsSigns, type VoiceInput } from './story-voice';
import {
  CHAPTER,
  MIDTERM,
  REPORT_HEARD,
  TITLE_ROLES,
  YEAR_WORK_REPORT,
  issuedDocumentTitle,
  periodicCheck,
  unquoted,
  withoutToldOfCounted,
} from './role-titles';

/**
 * An organ's act told from outside, dated by when it happened ("近日，某省委、省政府决定，授予…",
 * "7月31日，某厅对…进行公示", "11月4日，某委发布关于…的公示"): an organ's own document does its
 * act ("决定授予…", "现予公示"), it does not date it for the reader; a page opening a sentence so
 * retells the act.
 */
const DATED_ACT =
  /(?:^|[\n。])\s*(?:近日|日前|近期|[0-9]{1,2}月[0-9]{1,2}日)[，,]?[^。；，,\n]{2,30}?(?:决定|公布|公示|命名|授予|认定|发布关于)/;
/**
 * A story passed on from another outlet, account or organ ("据某网消息，", "据某报报道，",
 * "来自某省发改委的消息，"): it tells another's news, whatever outcomes it repeats. Word from
 * many places (来自各地的报道，) names no one it passes on: an organ may sum it up itself.
 */
const PASSED_ON =
  /(?:^|[\n。！？])\s*(?:据|来自(?!各|全国各|基层|一线))[^。，,；;\n]{2,24}(?:讯息|消息|报道)[，,:：]/;
/**
 * A document's words told as reported speech ("某部网站发布《关于…的通知》（以下简称《通知》）称，"):
 * the page retells the document, it is not the document.
 */
const DOCUMENT_SAID = /》(?:[(（][^()（）《》]{0,20}(?:《[^《》]{1,10}》)?[)）])?称[，,:：]/;
/**
 * A title telling that an application or a creation succeeded, or that a selection was made
 * ("共评选出某村等23个…"): an outcome, not a call.
 */
const SUCCEEDED = /(成功|顺利)(申报|创建|入选)|(申报|创建)成功|获批|(?:评|遴)选出/;
/**
 * A body saying the round has chosen and now shows its pick ("确定了初选入围案例，现进行展示"):
 * under a call's title, the page is that pick, not the call.
 */
const CHOSEN =
  /(确定|产生|选出|评出)了?[^。；;]{0,12}(入围|入选)[^。；;]{0,8}(案例|名单|单位|项目)/;
const SHOWN = /(现|现予|予以|现将)[^。；;]{0,8}(展示|公示|公布)/;
/**
 * A title launching a round of applications ("…联合发文开展…申报认定工作", "…评选报名活动31日截止").
 */
const CALL_TITLE = /申报|征集|推荐|遴选|报名/;
/**
 * An organ launching a round in its own words and giving its terms: "民政部决定开展第二届…案例
 * 征集活动。现将有关事项通知如下".
 */
const OWN_CALL =
  /决定(?:组织)?(?:开展|举办|启动)[^。；;]{2,50}?(?:征集|申报|推荐|评选|遴选)(?:活动|工作)?[。，,]\s*现将[^。；;]{0,10}通知如下/;

/** A decision on units' evaluation grades: lowered (降低评估等级, 由4A级降为3A级) or cancelled. */
const GRADE_LOWERED = /决定[^。；]{0,60}?(?:降低|取消)评估等级|评估等级由[^。；]{0,12}降为/;

/** Who may take part in a round of grading, and who may not: the round is still open. */
const TAKES_PART =
  /申请参加(?:评估|评定|评级)|申请参评|(?:不能|不得|不予)(?:参加)?(?:评估|评定|评级)/;

/** A title reporting who won or is commended: the awards are the list. */
const AWARDED = /获奖|表彰|通报表扬|嘉奖/;

/** Words in the body by which the notice itself confirms units (not a cited document). */
const CONFIRMS =
  /同意(将|把)?|确认为|命名为?|认定为?|确定为|(确定|公布)[^。，,]{0,20}为|名单如下|现予公布|予以(确认|命名)/;
/**
 * A 公示 showing units proposed for a title ("现将拟命名单位公示如下"): the list itself, even when
 * the list did not come through.
 */
const PROPOSED = /(现将|现予)[^。；]{0,6}拟(命名|认定|表彰|确定|授予|推荐)/;
/**
 * A body showing a round's result for objections ("现将征集结果向社会公示"): the list itself,
 * even when only its counts are on the page and the names are in an attachment that did not
 * come through.
 */
const RESULT_SHOWN = /现将[^。；;]{0,12}(结果|名单)[^。；;]{0,6}(向社会)?(予以)?公示/;
/** A title publishing a list or a result ("…推荐名单", "…评选结果…的公示"): the list itself. */
const LIST_TITLE = /名单$|(名单|结果)[^。]*公示$/;
/** A report's table or body headed by how the work went ("3、4月份工作推进情况"). */
const PROGRESS_BODY = /(工作|项目)?(推进|进展|完成)情况/;
/**
 * A page opening on an event it reports: a meeting or ceremony held somewhere ("…交流会在某地召开",
 * "…授牌仪式，在某站举行") or a
 * visiting team ("专家组…一行莅某跟踪指导", "…陪同调研"). The units it names are the event's,
 * told by whoever was there, not confirmed by the page.
 */
const EVENT_LEAD =
  /(会|会议|论坛|仪式|典礼)[，,]?在[^。；，,]{2,14}(召开|举行|举办)|一行[^。；，,]{0,8}(莅|来|到|赴)|陪同(调研|考察|视察|检查)/;
/** How far into the text an event's report opens (its headline and lead). */
const EVENT_LEAD_CHARS = 300;
/**
 * What happened to units told in the third person ("湖南有17家社会组织入选", "…项目荣获一等奖",
 * "…等7个社区被命名为…"): a page telling its units' outcome, not an organ making it.
 */
const TOLD_OUTCOME =
  /入选|入围|入榜|荣获|获评|榜上有名|上榜|被[^。；，,]{0,6}?(?:评|命名|确认|认定|确定|评定|授予|列)为/;
/** An outcome in the passive ("先后被确定为", "被联合国认定"): told of the units, no organ's own act. */
const PASSIVE_ACT = /被[^。；，,]{0,6}?(?:确定|确认|认定|命名|评定|定)为?/g;
/** A report on units confirmed before: it cites the confirming document and tells results. */
const REPORTS = /(推进|取得|形成了|进展|成效|成果|开展了)/;

/**
 * Duties laid on organs in the text's own voice ("各省（自治区、直辖市）要…", "各级民政部门要切实…",
 * "严禁…"): a story reports what was said, a rules document says it. Two such sentences make
 * the text the document.
 */
const DIRECTIVE = /(?:^|[。；\n]|[)）])\s*(?:各[^。；，,]{1,16}?要|严禁|禁止)[^。；]{2}/g;
const directs = (body: string): boolean => [...body.matchAll(DIRECTIVE)].length >= 2;

function outcomeRole(records: ExtractedRecord[]): NoticeRole | null {
  const statuses = records.map((r) => r.outcome?.status).filter(Boolean);
  if (statuses.length === 0) return null;
  if (statuses.includes('已撤销')) return 'revocation';
  if (statuses.includes('已延期')) return 'extension';
  return 'acceptance';
}

/** A title issuing measures (印发《…办法》, 《…实施细则》, 《…管理规定》): a rules document. */
const ISSUES_MEASURES =
  /印发[^《]{0,6}《[^《》]*(?:办法|细则|规定|规则|规程)(?:[（(][^）)]*[）)])?》/;

function withoutCitations(key: string): string {
  return key.replace(/《[^《》]*》/g, '');
}
export interface RoleInput extends VoiceInput {
  records: ExtractedRecord[];
  rules: NoticeRule[];
}

export function noticeRole(input: RoleInput): NoticeRole {
  const { doc, title, records, rules, outlet, docNo } = input;
  // A chapter's heading over the text ("第五章 验收与评估") names a part of a rules document,
  // not what the document does: its words give no role.
  const t = title && !CHAPTER.test(keyOf(title)) ? keyOf(title) : '';
  // A story retelling a call that states when applications are due is that call, a
  // reporter's story too: its readers can still act on it.
  // (A 公示's date for objections is no application's, nor a yearly filing's: 每年3月31日前报送年检材料.)
  const dueDate = rules.some(
    (r) =>
      (r.kind === 'deadline' && !r.params.reply) ||
      (r.kind === 'annual_deadline' && r.params.filing !== true),
  );
  const calls = CALL_TITLE.test(t) && !SUCCEEDED.test(t) && !LIST_TITLE.test(t);
  const picked = CHOSEN.test(doc.key) && SHOWN.test(doc.key);
  if (calls && dueDate && records.length === 0) return 'application_call';
  // A round launched in the headline and invited in the body is the call, told by a paper too.
  if (launchesCall(doc, title)) return 'application_call';
  // An organ's own call under its 文号, passed on whole by a site (来源: …): still the call.
  if (docNo && records.length === 0 && OWN_CALL.test(doc.key)) return 'application_call';
  // A round just launched told with its terms of applying, nothing chosen yet: the call.
  if (records.length === 0 && retellsCall(doc, title)) return 'application_call';
  // An organ's own review of its period's work, no outlet telling it: how the work went.
  if (!outlet && reviewsOwnWork(doc)) return 'progress_report';
  // An organ's reply to a deputy's proposal tells, in its own voice, how its work goes.
  // (A reporter quoting the reply tells a story of it.)
  if (answersProposal(doc) && reportsNews(doc, outlet) === null) return 'progress_report';
  const voice = input.signedDocument ? null : reportsNews(doc, outlet, title);
  if (
    voice === 'news' ||
    PASSED_ON.test(doc.key) ||
    DOCUMENT_SAID.test(doc.key) ||
    relaysSiteAnnouncement(doc.key) ||
    tellsDayAnnouncement(doc.key)
  )
    return 'news';
  // A headline that exclaims or asks is a story's own, over whatever document the page quotes
  // (a document set whole right under it is still that document).
  const cheered = exclaimedHeadline(title) && !documentUnderHeadline(doc, title);
  if (title && cheered && !issuedDocumentTitle(title)) return 'news';
  if (repostsDocument(doc, docNo)) return 'news';
  const event = outcomeRole(records);
  const weight = newsWeight({ doc, title, docNo });
  // Hearsay inside an organ's own document (its addressee, 附件, 现将…公示) is still the
  // document; elsewhere it is news unless it tells a revocation or an extension. An acceptance
  // it tells is still news: the role names the source, and its records keep the outcome.
  if ((voice === 'hearsay' || (!voice && DATED_ACT.test(doc.key))) && weight >= 0)
    // A page headed by the document's own title and quoting it (…公告内容如下) is that document.
    // Its issuer may head that title ("某省民政厅关于…结项验收情况的公示"): still its own.
    return event && (event !== 'acceptance' || (title !== null && issuedDocumentTitle(title)))
      ? event
      : 'news';
  // A mid-term check told by those who ran it is how the work goes, though told after the
  // fact like an acceptance's visit.
  if (!voice && MIDTERM.test(t) && records.length === 0) return 'progress_report';
  // …and so is any check of units it names told by those who ran it or host it (a re-check,
  // an inspection, a third party's evaluation): how their work goes, no outcome stated.
  // Only a story of the check: an organ's own document (文号, addressee, 附件, 关于… title) or a
  // title naming its act (名单, 撤销, 评估结果) does what it says, whatever check it cites.
  if (
    !voice &&
    !event &&
    documentSigns({ doc, title, docNo }) === 0 &&
    !TITLE_ROLES.some(([, re]) => re.test(t)) &&
    !CONFIRMS.test(withoutCitations(doc.key)) &&
    checksNamedUnits(doc.key)
  )
    return 'progress_report';
  // A programme's year's report is known by its own title ("2014年度…实验区工作报告"): the
  // site's chrome around it (首页, 字体[大 中 小]) says where it hangs, not what it is. Units
  // it tells left the programme (…不再作为…实验区) are events inside the report, not its act.
  const reportEvent = !event || event === 'revocation';
  if (!voice && reportEvent && YEAR_WORK_REPORT.test(t) && !REPORT_HEARD.test(t))
    return 'progress_report';
  if (!voice && storyByItsSigns({ doc, title, docNo })) return 'news';
  // A headline telling where a meeting was held is a story of the meeting.
  if (!voice && !event && meetingHeldAt(t)) return 'news';
  // A re-review (复核) is what it finds: the revocations or grades it states for units.
  // …its grades for kept units being how they keep up, not their acceptance.
  if (event && /复核|复查|复评/.test(t))
    return event === 'acceptance' && periodicCheck(t) ? 'progress_report' : event;
  // "关于印发《第二次全国地名普查验收办法》的通知": a document issuing measures sets rules, whatever
  // step (验收, 申报, 延期) they govern; it accepts, calls or extends nothing itself.
  if (records.length === 0 && ISSUES_MEASURES.test(t)) return 'rules_only';
  for (const [role, re] of TITLE_ROLES) {
    // A revoked honour's name may stand in quote marks: they are no words of the title.
    if (!re.test(role === 'revocation' ? unquoted(t) : t)) continue;
    // "某县被联合国认定的…", "9家…度假区公布 …": a headline's passive, or a verb closing its
    // clause after the units it counts, tells what befell the units, no organ's act.
    const acted = withoutToldOfCounted(title ?? '').replace(PASSIVE_ACT, '');
    if (role === 'confirmation' && !re.test(acted)) continue;
    if (role === 'progress_report' && !re.test(t.replace(REPORT_HEARD, ''))) continue;
    if (role === 'application_call' && SUCCEEDED.test(t)) continue;
    if (role === 'application_call' && picked) continue;
    // "佛山市创建…示范区建设规划": a plan sets out its place's own creation, it calls for nobody's.
    if (role === 'application_call' && PLAN_TITLE.test(t)) continue;
    // A published list of candidates or results is the list, whatever step it names.
    if ((role === 'application_call' || role === 'progress_report') && LIST_TITLE.test(t))
      return 'confirmation';
    // A call for applications that also lists units is the list.
    if (role === 'application_call' && records.length > 0 && /名单|确认|命名/.test(t)) break;
    // "关于…命名的通报", "关于确认…的通报": a 通报 that itself names the units is the list.
    if (role === 'progress_report' && /命名|确认|认定/.test(t) && !/情况|进展|推进/.test(t))
      continue;
    // "关于…获奖情况的通报", "关于表彰…的通报": a 通报 of awards names its winners.
    if (role === 'progress_report' && AWARDED.test(t)) return 'confirmation';
    // An assessment told only in counts, no unit named, nothing required and no sign of an
    // organ's own document: it changes no record; the page tells about it.
    const told = records.length === 0 && rules.length === 0 && weight >= 0;
    if (role === 'acceptance' && told && !isDocumentTitle(t)) return 'news';
    // "某社区迎来省级验收": the checking team's visit, no result: a story of the work.
    if (role === 'acceptance' && receivesAcceptanceVisit(t)) return 'news';
    return role === 'acceptance' && periodicCheck(t) ? 'progress_report' : role;
  }
  if (event) return event;
  const body = withoutCitations(doc.key);
  // An organ's own decision lowering the grades its evaluation gave is that evaluation's outcome.
  // A 公示 of grades proposing to lower one (拟决定将…降为) is still the proposal to confirm.
  if (records.length > 0 && GRADE_LOWERED.test(body) && !/公示$/.test(t)) return 'acceptance';
  if (/公示$/.test(t) && PROPOSED.test(body)) return 'confirmation';
  if (records.length === 0 && RESULT_SHOWN.test(body)) return 'confirmation';
  // "经评审，…共立项139个，现予发布。附件：1.…立项名单": the list published, its names in the
  // attachments that did not come through.
  if (records.length === 0 && publishesAttachedList(doc, body)) return 'confirmation';
  // (The contents asked of a report to come, or what a check looked at, tell no progress.)
  if (PROGRESS_BODY.test(withoutUntoldProgress(body)) && !CONFIRMS.test(body))
    return 'progress_report';
  const document = title !== null && issuedDocumentTitle(title);
  // "专家组对A、B…进行了考察": units inspected, no outcome, no confirming words (agreeing to
  // recommend them to a later review confirms nothing) and no sign of an organ's own
  // document — a page telling how the work goes, not the list itself.
  if (
    records.length > 0 &&
    weight >= 0 &&
    !document &&
    reportsAssessment(body) &&
    // A procedure's steps in quotes (“县级申请、市级初验、省级审核、国家认定”) are no act of this page.
    !CONFIRMS.test(body.replace(/“[^“”]{0,60}”/g, '').replace(/同意推荐/g, '推荐'))
  )
    return 'news';
  // A place's story told from the designation it holds (自…被批准为…实验区以来，某县…) looks
  // back at another's act: news, however it words that act.
  if (records.length > 0 && weight >= 0 && !document && tellsHeldDesignation(body)) return 'news';
  if (records.length > 0) {
    // (A title publishing the result, "…评估定级结果的公示", makes the units the list itself,
    // whatever work the body says was done under the cited notice.)
    if (
      !CONFIRMS.test(body) &&
      !LIST_TITLE.test(t) &&
      /《[^《》]*(批复|通知|决定)》/.test(doc.key) &&
      REPORTS.test(body)
    )
      return 'progress_report';
    // A page that wears a story's signs and names its units without confirming them in its
    // own words ("…等单位推荐的100个案例入选") tells of another's list: news.
    if (!CONFIRMS.test(body) && weight >= 1) return 'news';
    // …and so does one that reports a meeting or a visit in its lead.
    // (…unless the meeting is the work's own progress meeting, told with no outlet.)
    const lead = doc.key.slice(0, EVENT_LEAD_CHARS);
    if (!CONFIRMS.test(body) && EVENT_LEAD.test(lead))
      return !outlet && reportsProgressMeeting(lead) ? 'progress_report' : 'news';
    // …and so does a page bearing no more signs of an organ's document than of a story that
    // tells its units' outcome in the third person, confirming nothing in its own words.
    const ownConfirms = CONFIRMS.test(body.replace(PASSIVE_ACT, ''));
    if (!ownConfirms && weight >= 0 && !document && TOLD_OUTCOME.test(body)) return 'news';
    // …and so does a case series' page, its case's write-up (series-case-page.ts).
    if (!ownConfirms && !document && isSeriesCasePage(doc)) return 'news';
    return 'confirmation';
  }
  if (/申报|征集|推荐|遴选/.test(t) && !picked) return 'application_call';
  // A page whose title says nothing of a call (or is lost) that asks its addressees to apply
  // by a day it sets ("请按照文件要求…积极申报…请各乡镇于8月19日前报送", "申报时间延迟至…"): the call.
  if (records.length === 0 && asksToApplyBy(body, rules) && !picked) return 'application_call';
  // A round of grading opened to those who may take part ("关于开展…社会组织等级评估工作的通知":
  // 满2年的…均可申请参加评估, 有下列情形之一的不予评估), nothing graded yet: the call to apply.
  if (records.length === 0 && /评估|评定|评级/.test(t) && TAKES_PART.test(body))
    return 'application_call';
  // Nothing listed and nothing required, with no sign of an organ's own document (文号,
  // addressee, 附件, its own act, a 关于…意见 title): a page telling about the work is news,
  // not rules — unless it directs organs in its own words (a page of a guidance without its
  // head: "各级民政部门要…", "严禁…").
  // (…but the organ's own account of its work, point by point, no outlet or reporter, is how
  // that work goes: work-review.ts.)
  if (records.length === 0 && rules.length === 0 && weight >= 0 && !document && !directs(body))
    return !outlet && voice === null && accountsOwnWork(doc) ? 'progress_report' : 'news';
  // "将对…项目进行中期评估。现将有关事项通知如下": an organ arranging the evaluation of work under
  // way, nothing graded yet, tells how that work is checked — not rules of a programme.
  if (records.length === 0 && EVALUATION_ARRANGED.test(body.slice(0, EVALUATION_LEAD_CHARS)))
    return 'progress_report';
  // "专家组对东区…建设工作分组进行技术核查…要求东区…整改": a check that took place, nothing listed:
  // it reports how the work goes (news when a team came to the place); what it asks of the place
  // checked (整改, 申请验收) is no programme's rule.
  if (records.length === 0 && !document && reportsAssessment(body))
    if (CHECK_HELD.test(body)) return CAME_TO.test(body) ? 'news' : 'progress_report';
  return rules.length > 0 || records.length === 0 ? 'rules_only' : 'confirmation';
}

/**
 * A check told as done: 近日/近期/日前, its day and hour (3月11日上午), or a past verb. A day's
 * 日前 ("须于2018年4月18日前报…") is a due date's "before", not "lately".
 */
const CHECK_HELD =
  /近日|近期|(?<![0-9零〇一二三四五六七八九十])日前|[0-9]{1,2}月[0-9]{1,2}日(?:上午|下午|起|至)|(?:进行|开展|召开)了|顺利完成/;
/** A team that came to the place it checked ("…验收组到淇滨区对…进行验收"). */
const CAME_TO = /(?:组|团|一行)[^。；，,]{0,12}?(?:到|赴|莅临|来到)[^。；，,]{1,12}?对/;

const EVALUATION_ARRANGED =
  /对[^。；]{2,60}?(?:进行|开展)[^。；]{0,12}?评估(?:工作)?[。，,][^。]{0,40}?(?:通知如下|安排如下)/;
const EVALUATION_LEAD_CHARS = 400;
