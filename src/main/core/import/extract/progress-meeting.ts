/**
 * A page whose lead reports the programme's own progress meeting held somewhere ("…社工站建设试点
 * 推进会在某镇社会工作站举行", "…工作调度会在某地召开"): the organ running the work telling how it
 * goes, as a title's 推进会 or 调度会 does (notice-role's TITLE_ROLES), not a story of another's
 * event. Any other meeting, a forum or a ceremony in a lead stays news.
 */
const PROGRESS_MEETING =
  /(?:推进会|调度会|推进会议|调度会议)[，,]?在[^。；，,]{2,20}(?:召开|举行|举办)/;

/** The lead (`lead`: the text's first characters) reports the work's own progress meeting. */
export const reportsProgressMeeting = (lead: string): boolean => PROGRESS_MEETING.test(lead);
