/**
 * Terms a sentence states without the words of a term (为期, 周期为, 期限): a trial of so many
 * years with the review that ends it ("森林康养基地试点1年后，省林业局将组织专家…进行考核"),
 * a programme's own evaluation cycle ("全国文明城市每三年评估一次", "评估工作原则上每3年进行一次"),
 * and a term counted from the day the units were approved ("建设期原则上不得超过自批准之日起6年").
 * Each is the length of the units' term, as 实验期为三年 is.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;

/** The review that closes a term: it is the units' assessment, acceptance or evaluation. */
const REVIEW = '(?:考核|验收|评估|评定|复核|复查|测评)';

/**
 * "试点1年后…将组织…考核": the trial, its years, then the review after them. What follows the
 * years must say the review is still to come (将, 须, 应, 拟): "试点两年后，该县已…通过验收"
 * tells what happened, and sets no term. Building is no trial: "建设3年后…将组织评估" is one
 * review, three years on (relative-deadlines.ts), with no term and no yearly duties before it;
 * only a building term named as one (建设期满3年后) is.
 */
const TRIAL_THEN_REVIEW = new RegExp(
  `(?:实验|试点|创建|培育|观察|建设期)(?:期)?(?:满)?\\s*${N}\\s*(?:个)?(?:周年|年)(?:后|以后|之后)([^。；;！!？?]*)`,
);
export const STILL_TO_COME = new RegExp(`(?:将|须|需|应当?|拟|届时)[^。；;]*?${REVIEW}`);
export const TOLD_AS_DONE = /已|了/;

/**
 * "每三年评估一次": the units are evaluated every N years, so their term runs N years. An honour
 * given again every N years ("每两年表彰一次", "每三年评选一次") is the organs' round, not a term of
 * the units: only a review of units already holding the title counts.
 */
const EVERY_N_YEARS = new RegExp(
  `每\\s*${N}\\s*(?:个)?年\\s*(?:进行|开展|组织)?\\s*${REVIEW}\\s*一次`,
);

/**
 * "评估工作原则上每3年进行一次": the review named first, then how often it comes. A round of awards
 * ("评选工作每两年进行一次") is no review of units holding the title.
 */
const REVIEW_EVERY_N_YEARS = new RegExp(
  `${REVIEW}(?:工作)?[^。；;，,]{0,6}?每\\s*${N}\\s*(?:个)?年\\s*(?:进行|开展|组织)?\\s*一次`,
);

/**
 * "建设期原则上不得超过自批准之日起6年": a term counted from the approval, confirmation or naming
 * of the units. A window to apply counted so (申报期自发布之日起…) is no term of units.
 */
const TERM_FROM_APPROVAL = new RegExp(
  `(?:实验|试点|试验|创建|建设|培育)期[^。；;，,]{0,10}?自(?:批准|批复|确认|认定|命名|公布)之日起\\s*${N}\\s*(?:个)?年`,
);

const years = (s: string | undefined): number | null => {
  const n = s === undefined ? null : parseNumber(s);
  return n !== null && n >= 1 && n <= 10 ? n : null;
};

/** The years of a term the sentence states by its review, or null. */
export function termByReview(key: string): number | null {
  if (!key.includes('年')) return null;
  const trial = TRIAL_THEN_REVIEW.exec(key);
  if (trial) {
    const after = trial[2] ?? '';
    const n = years(trial[1]);
    if (n !== null && STILL_TO_COME.test(after) && !TOLD_AS_DONE.test(after)) return n;
  }
  const fromApproval = years(TERM_FROM_APPROVAL.exec(key)?.[1]);
  if (fromApproval !== null) return fromApproval;
  const every = EVERY_N_YEARS.exec(key) ?? REVIEW_EVERY_N_YEARS.exec(key);
  const n = years(every?.[1]);
  // Every year ("每1年") is a yearly review, no term of several years.
  return n !== null && n >= 2 ? n : null;
}
