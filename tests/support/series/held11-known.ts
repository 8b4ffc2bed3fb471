/**
 * The eleventh held-out round's known problems as series (held11-*), listed so that none is added.
 * First run 5/11 records right, 1 invented: a province's department listed among the funeral-reform
 * pilot areas (甲省民政厅、乙市、丙县等80个地区(单位)作为…) dropped as an organ that only took part;
 * a city's share of a demonstration list told unit by unit (A、B作为…示范企业，C街道作为…示范街道，D
 * 区作为…示范基地位列其中) read as the city alone; a city's own page naming its registry's grade
 * with the city only as 我市 unread, and its sentence on the province's evaluation round deployed
 * from a month past (2023年9月开始，省民政厅部署开展…评估验收工作) read as an acceptance duty. Then
 * an organ named with the places by the run's count or naming verb is a unit at its place (the
 * department a zone at its province, kept by a news item as a named body is), a unit before 作为 and
 * a demonstration noun is an entry, and a round deployed from a month past is no duty: 8/11, 1
 * invented. Then a place ranked by how many of its units made the list (某市入围公示名单项目数量
 * 位居…前列) is no entry itself. Left: the two enterprises (written with their city short,
 * 青岛…有限公司) unread, and the city read once from the headline composed from the lead
 * (青岛入围…公示名单: a city framing its units' share); the city's 我市 placed only by its site;
 * the forwarding's deadline without the programme of the title it forwards
 * (转发《…婚姻登记机关等级评定工作的通知》).
 */
export const HELD11_KNOWN: Record<string, string[]> = {
  'held11-national-smart-elderly-care-pilots-2021': [
    'invented: other 370200 (01-city.html)',
    'missing: other 370200',
  ],
  'held11-marriage-registry-grades-2011': [
    'missing: other 330683',
    'rule 01-municipal deadline: scope - -, want 婚姻登记机关等级评定 ',
  ],
};
