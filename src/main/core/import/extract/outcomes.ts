/**
 * What a notice says happened to a listed unit: it passed acceptance (已验收, with a
 * grade 优秀/良好/合格 where one is given; "全部达标" after a 考核验收 is a pass), failed it
 * (未通过, "不达标" too; a reconfirmation put off, "暂缓确认", has not passed either), was
 * revoked (已撤销; "降格" out of its standing and "淘汰" too), or
 * had its experiment extended (已延期, with the new end where stated). Read from the words
 * after the unit or from a conclusion column; an attributive clause ("已通过结项验收的
 * 徐汇区…以新的实验主题开展实验") describes the past and is no outcome of this notice.
 */
import type { ItemOutcome } from '../../../../shared/notice-roles';
import { CHINESE_NUMERAL_CHARS, parseNumber, parseYear } from './chinese-numerals';
import { toKey } from './text-key';
import { revokedSiteName } from './revoked-site-name';

export type Outcome = ItemOutcome;

const YEAR = `((?:19|20)[0-9]{2}|[${CHINESE_NUMERAL_CHARS}]{4})`;
const N = `([0-9]{1,2}|[${CHINESE_NUMERAL_CHARS}]{1,3})`;
const UNTIL = new RegExp(`(?:延期|延长)[^。；;]{0,12}?至${YEAR}年${N}月(?:${N}日)?`);

/**
 * The organ that held the acceptance, between 通过 and its word ("通过省某厅终期评估验收"), or
 * only its level ("顺利通过省级评估认定": a province's assessment names no organ), perhaps after the
 * round it belongs to ("通过第五批国家评估").
 */
const BY =
  '(?:第[一二三四五六七八九十0-9]{1,3}批)?(?:[\u4e00-\u9fff]{1,6}?(?:部|厅|局|委|办|政府)|(?:国家|省|市|县)级?)?';
/**
 * A programme's name between 通过 and its named check ("通过国家生态区考核验收", "通过了国家生态示范区
 * 考核验收组的验收"): the title the unit was checked for. The check must be named (考核, 终期…): a
 * headline's "某区通过省级…实验区验收" may speak for the zones under it. The means of a check
 * ("通过听取汇报、现场查看等方式…进行验收") is no pass: 通过 there is "by", naming no programme.
 */
const NAMED =
  '(?![^。；;，,]*?(?:方式|形式|听取|查看|查阅|审阅|实地|采取|进行|开展|组织|对))[\u4e00-\u9fff“”"]{2,20}?(?:区|县|市|镇|乡|村|社区|园区?|基地|城市?|单位|试点)(?:创建)?(?:考核|技术|终期|结项)(?:验收组的)?(?:验收|评估)(?!组)';
/**
 * A pass or fail told as a condition or a duty ("如通过…考核验收，将予以命名", "凡未通过…的",
 * "要通过…"): nothing has been checked yet (此前通过… stays a pass).
 */
const NOT_YET = '(?<!如|若|如果|一旦|凡|待|争取|力争|确保|要|须|应)';
/**
 * Put on a term to rectify (列为限期整改): not when denied ("未被列入…"), nor when told of the
 * units failing in general ("对未通过的试点地区列为限期整改地区", after the passing units' list),
 * nor when only proposed or allowed ("拟列为…", "可列为…", "建议列为…", "拟将其列为…"): only a decided
 * 列为 fails.
 */
const PROPOSED = '(?<!拟|可|可以|建议|拟被|可被|将|应|或|(?:拟|可以?|建议)[将把][^，,。；;]{0,12})';
const RECTIFYING = `(?<!(?:未|不|没有?)被?|[对将把凡][^，,。；;]{0,24}的[^，,。；;]{0,12})${NOT_YET}${PROPOSED}(列为|列入|确定为)限期整改`;
/**
 * A sanction set down as a rule for whoever earns it ("…不合格的，不予命名", "…者予以除名", "如…
 * 不合格，一律不予认定") or only proposed ("拟不予命名"): it befalls no unit yet.
 */
const AS_RULE = '(?<!(?:的|者)[，,]?|(?:如(?!下|期)|若(?!干)|凡|一旦|拟|应当?)[^。；;]{0,16})';
/**
 * Refused the title after its check ("3个旗县区暂不予命名", "不予认定"): not passed. Not a thing of
 * the unit's refused ("…申报的项目资金不予认定").
 */
const NAMING_REFUSED = `${AS_RULE}(?<!的[^。；;，,]{0,8})暂?不予(?:命名|确认|认定)`;
const FAILED = new RegExp(
  `暂缓(确认|命名|认定|通过)|${NAMING_REFUSED}|${RECTIFYING}|未(能)?通过${BY}(结项|终期)?(验收|评估)|${NOT_YET}未(能)?通过(了)?${NAMED}|(验收|评估|考核)(结果|等次|结论|等级)?(为|是|评定为|[:：])?不合格|不予通过|(不|未能?)达标|^不合格$|^不通过$|^未通过$`,
);
/**
 * A unit leaving its programme: "依…申请退出国家农业科技园区序列", "因行政区划调整，不再作为
 * 国家可持续发展实验区", or a title a re-review no longer renews ("…不再重新确认为国家卫生县城
 * （乡镇）": the place held it until then). It is no longer one of the programme's units, the way
 * a revocation ends it. 退出 of anything else (退出机制, 退出舞台, 有进有退) is no leaving of a
 * programme.
 */
const LEAVES =
  '退出[^。；;，,]{0,24}?(?:序列|名单|名录|行列)|不再(?:作为|是|列为|保留)[^。；;，,]{0,24}?(?:实验区|试验区|示范区|示范园|试点|示范县|示范市|园区)|不再(?:重新)?(?:确认|命名|认定)为[^。；;，,]{0,24}?(?:城市|县城|乡镇|城镇|镇|县|区|村|社区|园区?|基地|单位)';
/** The clause right after a unit says it leaves its programme (…因行政区划调整，不再作为…). */
const LEAVES_NEXT = new RegExp(`^[^。；;]{0,30}?(?:${LEAVES})`);
const LEAVES_RE = new RegExp(LEAVES);
/**
 * Leaving only as a rule or a plan ("对评估不合格的，退出示范区行列", "拟于年底前退出…序列",
 * "建立退出机制，对考核不合格的园区，退出…", "今后不再命名为…", "自2016年起不再认定…"), or
 * retold from before ("去年虽不再确认为…，但…", "曾退出…"): what would befall a unit, or once
 * did, not what this notice does. 可 alone is no such word (可持续发展实验区).
 */
const LEAVES_IF =
  /拟|将|应当?|须|可以|一律|机制|今后|此后|以后|(?:自|从)[^。；;，,]{0,12}?起|曾(?:经|被|因|于)|去年|此前|虽然?|尽管|(?:对|凡|如|若)[^。；;]{0,20}?(?:的|者)|(?:的|者)[，,][^。；;，,]{0,8}$/;
/**
 * A unit the division change renames or merges goes on in its programme ("更名为襄阳市，…以襄阳市
 * 继续开展实验"): it has not left.
 */
const STAYS = /更名为|改称|继续(?:作为|开展|承担|推进|实验)/;

/**
 * A unit leaving its programme, not one graduating from it: "通过验收，命名为示范区，不再保留实验区
 * 称号" is a pass the leaving of the old title follows, read as the pass below.
 */
function leaves(text: string): boolean {
  const m = LEAVES_RE.exec(text);
  if (!m || LEAVES_IF.test(text.slice(0, m.index)) || STAYS.test(text)) return false;
  return !ACCEPTED.test(text);
}

/** Whether the words right after a unit (to its sentence's end) say it leaves its programme. */
export function leavesProgramme(after: string): boolean {
  return LEAVES_NEXT.test(after.trim()) && leaves(after.trim());
}
/**
 * Struck off the programme's list (予以除名, 被除名) or its plaque or certificate taken back
 * (收回…证牌): the standing is gone, as when revoked. Not a person struck off a roll (党员、人员),
 * a rule for whoever earns it, nor an old certificate taken back to issue a new one (收回原证书，
 * 换发新证书: a renaming).
 */
const STRUCK_OFF = `(?<!(?:党员|人员|干部|职工|学员|学生)[^。；;，,]{0,6})${AS_RULE}(?:予以|被|作)除名|${AS_RULE}收回(?!原)[^。；，,]{0,24}?(?:证牌|牌匾|证书|标牌)(?![^。；;]{0,16}?(?:换发|重新颁发|颁发新|更换))`;
/**
 * A 资格 that is no standing in a programme: the right to be rated or to apply (评优资格, 参评资格,
 * 申报资格) or to draw its money (补贴资格). Taking it away (取消了评优资格) revokes no title.
 */
export const NO_STANDING =
  '(?<!评优|评先|评先评优|参评|评选|参选|申报|申请|补贴|补助|奖补|扶持|奖励|报名|投标)';
const REVOKED = new RegExp(
  `撤销|取消[^。；]{0,12}?(${NO_STANDING}资格|资质|称号|命名)|取消了[^。；;，,]{0,20}?(${NO_STANDING}资格|称号)|摘牌|降格|^取消$|^淘汰$|${STRUCK_OFF}`,
);
/** "未出现社区被撤销称号情况", "没有一个被撤销": a revocation said not to have happened. */
const NOT_REVOKED = /(未|没有|无)(出现|发生|一个|一家)?[^。；，]{0,10}?被?(撤销|取消|摘牌|降格)/;
/**
 * "A等N个村保留“…”称号，撤销B…称号": a review's verdict right after the unit keeps its title; a
 * revocation later in the sentence takes away others'.
 */
const KEPT_FIRST = /^[^。；;]{0,24}?(?:予以|继续|均)?保留[^。；;，,]{0,30}?称号/;

/** Whether the words right after a unit keep its title (a review's verdict): no outcome. */
export function keepsTitle(key: string): boolean {
  return KEPT_FIRST.test(key.trim());
}
const EXTENDED = /延期|延长(实验|试点)?(期|期限|周期|时间)|延长至/;
/**
 * A pilot turned regular ("经过验收，成功“转正”": a pilot wetland park now a national one): its
 * acceptance passed. Only as done (成功, 顺利, 已): "通过验收后才能转为正式" is the programme's rule,
 * and "未能成功转正" a pilot that did not turn regular.
 */
const TURNED_REGULAR = '(?<!未|未能|不能|没|没能|没有|尚未)(?:成功|顺利|已经?)[“"「]?转正';
const ACCEPTED = new RegExp(
  `${TURNED_REGULAR}|通过(了)?${BY}(结项|终期|期满)?(验收|评估)|${NOT_YET}通过(了)?${NAMED}|完成(了)?(各项)?(实验|试点|创建)?任务|验收(合格|通过)|^(优秀|良好|合格|通过|达标)$|(结项|验收|评估|考核)(结果|等次|结论|等级)?(为|是|评定为|[:：])?(优秀|良好|合格|达标)|(全部|均|都|已|验收|考核)达标`,
);

/**
 * Units that applied for acceptance or recognition and "all passed" (…4家申请认定的…全部通过): the
 * verb alone closes the clause, its object the application named before it.
 */
const APPLIED_PASSED =
  /申请(?:验收|认定|评估)[^。；;，,]{0,16}?(?:全部|均|都|已)(?:顺利)?通过(?=$|[。；;，,!！])/;

/**
 * A grade cell written short with its rank in brackets ("优（一等）", "良（二等）"): the grade as
 * written, a pass. 中 and 差 are no pass the sheet states; a longer word (优化) is no grade, nor
 * a bracket that is no rank ("良（待定）", "优（拟）": a grade not yet given).
 */
const SHORT_GRADE = /^(优|良)\s*[(（](?:[一二三四五六七八九十0-9]+等|[甲乙丙丁A-D]等)[)）]$/;

function gradeOf(text: string): Outcome['grade'] | undefined {
  const m = /(优秀|良好|不合格|合格)/.exec(text);
  return m ? (m[1] as Outcome['grade']) : undefined;
}

/** The outcome stated in `key` (a text key), or null. */
export function outcomeIn(key: string): Outcome | null {
  const text = key.trim();
  if (text === '') return null;
  const attributive = (re: RegExp): boolean => {
    const m = re.exec(text);
    return !!m && text[(m.index ?? 0) + m[0].length] === '的';
  };
  if (keepsTitle(text)) return null;
  if (FAILED.test(text) && !attributive(FAILED)) return { status: '未通过' };
  // "没有一个被撤销", "未被撤销": a revocation denied is none. A 不 inside the object's own
  // attribute ("对…不合格的企业予以除名") denies nothing.
  const denied = (re: RegExp): boolean => {
    const m = re.exec(text);
    return !!m && /(没有|未|无|不)[^。；;，,的]{0,5}$/.test(text.slice(0, m.index));
  };
  if (REVOKED.test(text) && !attributive(REVOKED) && !denied(REVOKED) && !NOT_REVOKED.test(text))
    return { status: '已撤销' };
  if (leaves(text) && !denied(LEAVES_RE)) return { status: '已撤销' };
  if (EXTENDED.test(text) && !attributive(EXTENDED)) {
    const u = UNTIL.exec(text);
    const y = u ? parseYear(u[1] ?? '') : null;
    const mo = u ? parseNumber(u[2] ?? '') : null;
    const d = u?.[3] ? parseNumber(u[3]) : null;
    const until =
      y && mo && mo <= 12
        ? `${y}-${String(mo).padStart(2, '0')}${d && d <= 31 ? `-${String(d).padStart(2, '0')}` : ''}`
        : undefined;
    return { status: '已延期', ...(until ? { until } : {}) };
  }
  const short = SHORT_GRADE.exec(text);
  if (short) return { status: '已验收', grade: short[1] as '优' | '良' };
  if ((ACCEPTED.test(text) && !attributive(ACCEPTED)) || APPLIED_PASSED.test(text)) {
    const grade = gradeOf(text);
    return { status: '已验收', ...(grade && grade !== '不合格' ? { grade } : {}) };
  }
  return null;
}

/** A sanction given that takes a standing away (…取消…质量等级处理, …撤销…资格). */
const GIVEN_REVOCATION =
  /^[^。；;，,]{0,6}?(?:取消|撤销|摘除)[^。；;，,]{0,16}?(?:等级|资格|资质|称号|命名|牌匾)/;

/**
 * Whether the sanction given the places before `rest` takes their standing away
 * ("给予A景区、B景区取消旅游景区质量等级处理"), not a warning, a criticism or money. The last
 * site's own name may run long (给予北京市延庆区八达岭长城风景区取消…): the taking follows it.
 */
export function givesRevocation(intro: string, rest: string): boolean {
  if (!/给予\s*$/.test(toKey(intro))) return false;
  const site = revokedSiteName(rest);
  return GIVEN_REVOCATION.test(toKey(site ? rest.trim().slice(site.length) : rest));
}

/**
 * A lone place whose title is taken away: right after the revoking verb, the rest naming what
 * it loses ("撤销A村“…”称号"), or as the subject of a sentence that goes on to take "its" title
 * ("A村应…申请，报经…同意，撤销其…称号"). The place is the revoked entry, not a passing mention.
 */
export function revokesLonePlace(intro: string, rest: string, sentenceAfter: string): boolean {
  if (/(撤销|取消|摘除)\s*$/.test(intro) && /(称号|资格|命名|牌匾|挂牌)/.test(rest)) return true;
  // "给予A景区取消旅游景区质量等级处理": the sanction given is the taking away.
  if (givesRevocation(intro, rest)) return true;
  return /^[^。；;]*?(撤销|取消|摘除)其[^。；;]{0,40}(称号|资格|命名|牌匾|挂牌)/.test(
    sentenceAfter,
  );
}
