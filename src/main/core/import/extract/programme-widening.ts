/**
 * A pilot widened by a later approval ("关于同意扩大…试点的批复", "批复同意扩大…试点"): 扩大 right
 * after the approving word is the approval's verb, not a word of the programme's name. A name
 * that holds the word itself keeps it: 服务业扩大开放综合试点 (扩大 after 业), and a title's
 * "关于扩大开放试点城市…" where nothing approves a widening and 扩大开放 may be the name's.
 */
export const WIDENING_VERB = '(?<=同意|批准|决定)扩大';
