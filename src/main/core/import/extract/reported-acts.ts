/**
 * What a sentence tells as done rather than owes: a clause reporting an act already held or
 * passed (已通过结项验收的…, …进行了结项验收), and an acceptance named only as an outcome (验收结果,
 * 通过…验收). The rules read from a sentence (rules.ts) leave such acts out of its duties.
 */

/** A clause reporting something done (已通过结项验收的…) states no duty. */
export function reportsPast(key: string, word: RegExp): boolean {
  const m = word.exec(key);
  if (!m) return false;
  const before = key.slice(Math.max(0, (m.index ?? 0) - 10), m.index ?? 0);
  // "经…申报、…推荐、…遴选验收，A等4个村…予以命名": the steps that led to the act, done.
  const clause =
    key
      .slice(0, m.index ?? 0)
      .split(/[。；;]/)
      .pop() ?? '';
  if (/^\s*经[^，,]*$/.test(clause)) return true;
  // "此次验收认定工作以…为依据，…进行了认定，确定了…名单": the act this notice reports, told as done.
  if (
    /(此次|本次|这次)\s*$/.test(before) &&
    /(进行|开展|组织|完成|确定)了/.test(key.slice(m.index ?? 0)) &&
    !/应|须|需|将于|拟/.test(key.slice(m.index ?? 0))
  )
    return true;
  // "…对16个实验区进行了结项验收", "组织开展了…实验区建设成果验收工作": the act told as done
  // (verb + 了, its object a long noun phrase, a batch's whole name too: "组织开展了延续创建
  // 的第一批…示范创建县验收工作"), no duty.
  // A work done that only qualifies who owes it ("完成了三年创建任务的示范创建县将于…接受验收")
  // leaves the duty: a future or an obligation after the 了 keeps it.
  if (
    /(进行|开展|组织|完成)了[^。；;，,]{0,40}$/.test(clause) &&
    !/了[^。；;，,]*(?:将(?:于|在|适时|组织|开展|对|接受)|应当?|须|需|拟|要求)[^。；;，,]*$/.test(
      clause,
    )
  )
    return true;
  // "5月5日下午，…验收组…一行对…进行验收": a visit told by the day and hour it was held, or by
  // the team that came (…一行对…), took place; the unit owes nothing unless the sentence asks it.
  if (
    (/^\s*[0-9]{1,2}月[0-9]{1,2}日(?:上午|下午|晚上?|中午)/.test(key) ||
      /一行[^。；;]{0,30}?(?:对|到|赴|莅临)/.test(key)) &&
    // …or bids the units ready for it (请…做好迎检准备): a visit announced, still to come
    !/应|须|需|将|拟|要求|请|务必|做好/.test(key)
  )
    return true;
  // "2023年9月开始，省民政厅部署开展…评估验收工作": a round an organ deployed from a month
  // named as its start, told as begun; the units owe nothing unless the sentence asks it.
  if (
    /(?:年|月|月份)(?:开始|起|以来)[，,]?[^。；;]{0,16}部署/.test(clause) &&
    !/应|须|需|将|拟|要求/.test(key)
  )
    return true;
  // "在各地初审验收的基础上，…决定": the step the act built on, done.
  if (/在[^。；;，,]*$/.test(clause) && /^\S[^。；;，,]{0,14}基础上/.test(key.slice(m.index ?? 0)))
    return true;
  return /已(经)?(通过|完成)?|通过了/.test(before) && !/应|须|需|要/.test(before);
}

/**
 * The acceptance a sentence only reports as an outcome: its results or grades ("评估验收结果如下",
 * "…验收结果的通报") or a pass ("2024年9月通过民政部终期评估验收") that no modal asks for ("须通过验收"
 * stays a duty). What is left of the sentence without them may still state the duty.
 */
export function withoutOutcomes(key: string): string {
  return key
    .replace(/(?:结项|终期|评估)*验收(?:评估)?(?:结果|等次|等级)/g, '')
    .replace(/通过[^。；;，,]{0,10}?验收/g, (m, at: number) =>
      // "现将通过验收的…公布为…": 现将 hands over what is done now, no future pass.
      /(应|须|需|要|(?<!现)将|确保|争取|力争|方可)\s*$/.test(key.slice(Math.max(0, at - 4), at))
        ? m
        : '',
    );
}
