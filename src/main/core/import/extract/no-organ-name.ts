/**
 * Lines that end like an organ but name none: a person under the organ's post (a photo's
 * caption "某某部安全生产监察专员张三科" ends in 科 as a section does), or a name a site's
 * chrome broke into (a page's title or a casino's banner pasted over the organ's place:
 * "某某网-【投注平台】林业局"). An organ's name is words only, with no post and no person in it.
 */

/** A post a person holds, then the person's name of two or three characters. */
const PERSON_AT_POST =
  /(?:专员|书记|局长|厅长|部长|处长|科长|主任|县长|市长|区长|镇长|乡长|主席|秘书长|巡视员|调研员)[\u4e00-\u9fff]{2,3}$/;
/** What no organ's name holds: a site's brackets, underscores and bars. */
const PAGE_CHROME = /[【】[\]_＿|｜]/;
/** An organ's own word that may follow a post (某局局长办公室): still an office, no person. */
const OFFICE_TAIL = /(?:办公室|会|室|处|组|办)$/;

/** Whether a name that ends like an organ is a person's caption or a site's chrome instead. */
export function namesNoOrgan(key: string): boolean {
  return PAGE_CHROME.test(key) || (PERSON_AT_POST.test(key) && !OFFICE_TAIL.test(key));
}
