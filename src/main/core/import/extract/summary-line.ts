/**
 * A page's summary set above its story under a label of its own ("内容摘要：日前，中国科协官网公示
 * 了…", "核心提示：…"): it retells the lead in a sentence, but it is the site's abstract, not the
 * story's first paragraph. The byline, dateline and source lines a story opens with stand after it,
 * so the body is looked for below it.
 */
const SUMMARY_LABEL = /^[【[]?(?:内容摘要|内容提要|摘要|导读|核心提示)[】\]]?\s*[:：]/;

/** Whether the line (key form, trimmed) is such a labelled summary. */
export const isSummaryLine = (key: string): boolean => SUMMARY_LABEL.test(key);
