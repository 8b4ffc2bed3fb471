/**
 * A headline telling where a meeting was held ("全省婚姻管理暨婚俗改革工作推进会在东台召开",
 * "…座谈会在大荔县召开"): a story of the meeting, its venue and speakers, whoever hosted it —
 * not the organ's own progress report, which names itself calling the meeting ("某局召开…推进会").
 */
const HELD_AT = /(?:会|会议|论坛)(?:在|于)[\u4e00-\u9fff]{2,12}?(?:召开|举行|举办|开幕)$/;
/** An organ as the headline's subject: it calls the meeting itself. */
const CALLED_BY = /召开[^。]*?(?:会|会议)(?:在|于)/;

export function meetingHeldAt(title: string): boolean {
  return HELD_AT.test(title) && !CALLED_BY.test(title);
}
