/**
 * A check told as it happened, no acceptance anyone still owes: a sentence opening on the day or
 * days it was held ("10月25日，某县召开…现场验收评估反馈会", "8月8日至8月10日，…验收组…进行市级初验"),
 * or telling what the checking team did or said ("验收评估组通过查阅资料…等方式…", "验收组指出…",
 * "…评估组充分肯定了…", "由专家分别带领…检查组…分头前往…"). A news page reports the visit; the
 * duty, if any, was set by the programme's own notice. A sentence that still asks something of
 * someone (应, 须, 要, 将, 请…) is no mere report.
 */

/**
 * The day or days opening the sentence or a clause of it, right before its comma (not a
 * deadline: 前 follows one).
 */
const ON_DAY =
  /(?:^|[，,]\s*)[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:\s*(?:[-—－~～至到])\s*(?:[0-9一二三四五六七八九十]{1,2}月)?[0-9一二三四五六七八九十]{1,3}日)?[，,]/;
/** The checking team as the actor: its means, its remarks, its members' visits. */
const TEAM_DID =
  /(?:验收|评估|检查|考核|访谈)(?:评估|验收)?(?:工作)?组(?:一行[^。；;，,]{0,6}[，,]?)?(?:通过|指出|认为|表示|充分肯定|肯定|一致认为|分头|前往|深入|听取|查阅|实地)/;
/**
 * Words still asking for something (a modal before the act it asks: 应及时…, 须按…, 将于…): a duty, not
 * a report. 应急, 主要 are no modals.
 */
const ASKS =
  /(?:应当?|应该|须|需|要|务必|必须)(?:在|于|按|及时|认真|积极|做好|组织|开展|进行|完成|报送|提交|申请|接受)|要求|拟|(?<!申|邀)请(?!示)|将(?:于|在|对|组织|开展|进行)/;

/**
 * The units checked as a class (对创建单位, 对各试点县, 对申报地区): a procedure's rule of how the
 * team checks whoever comes ("验收组通过听取汇报、查阅资料…等方式对创建单位进行验收"), no visit told.
 */
const CLASS_CHECKED =
  /对(?:各|每个|每一个?|所有|全部)?(?:创建|申报|参评|试点|示范)(?:试点)?(?:单位|地区|县|区|市|城市|对象)/;

/** Whether the sentence (a text key) tells a check held rather than one owed. */
export function tellsCheckHeld(key: string): boolean {
  const s = key.trim();
  if (ASKS.test(s)) return false;
  return ON_DAY.test(s) || (TEAM_DID.test(s) && !CLASS_CHECKED.test(s));
}
