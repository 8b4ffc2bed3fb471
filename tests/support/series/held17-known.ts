/**
 * The seventeenth held-out round's known problems as series (held17-*), listed so that none is added.
 * First run (the lists' kind then corrected to other, as the corpus labels 示范 lists) 37/53 records
 * right as series, 2 invented: the recognitions' first parks (a village, a town: 同意将某村…示范园等
 * 100个单位认定为…) and the parks one per line as county + programme unread; a province's parks after
 * 我省 read one of three; a created park and its later recognition kept apart (the headline's count
 * 我省2个 read as the province's own programme). Then a programme named by its 示范园 and a province
 * counting its own parks are read: the created and recognised park is one record. Left: the
 * recognitions' outcome (认定 of a created park, 获得国家认定) gives no acceptance, so no status and no
 * event; the batches' dated assessments (…前…进行考核) are no acceptance rule; a management zone's
 * park written short (西洞庭) unread; a town after 察北管理区 placed at its city; the headline's town
 * written short (无棣西小王镇) a second record beside the text's 无棣县西小王镇; a town after its county
 * with its product in brackets, last before 。, unread; the building list's town and the later naming's
 * joined across batches (2020年 and 首批). Then the recognitions' first parks (the unit's own
 * name an aside before 等N个) and the lines of county + the heading's programme are read: 1/3 →
 * 2/3 and 0/14 → 5/14 records right, none invented; their status still null (the recognition's
 * acceptance above). Then a statistical unit is coded at its city (察北管理区 at 张家口市, 西洞庭管理区 at
 * 常德市: GB/T 2260 gives them no code): the town after 察北管理区 and the park in 西洞庭 are right
 * records, the park's status still null (the recognition's acceptance above). Then, after the
 * fifty-fifth round's programme and title rules, the list's unit at 130981 is no longer invented;
 * the city's later item joins it as a mention (a wrong join: that unit is still missing).
 */
export const HELD17_KNOWN: Record<string, string[]> = {
  'held17-national-agri-strong-towns-2020': [
    'other 130981: mentioned by 02-cangzhou too (a wrong join)',
    'missing: other 130981',
    'missing: other 130926',
    'duplicated: other 371623 ×2',
  ],
  'held17-national-rural-fusion-parks-2018': [
    'other 110111: status null, want 已验收',
    'other 430700: status null, want 已验收',
    'event missing: 110111|已验收||||01-notice',
    'event missing: 430700|已验收|||2019-02-02|02-changde',
    // The list's publication after the creation list (入选国家创建名单) now gives the park its
    // acceptance; the page's 今年2月2日 takes its year only from the cited 文号, so the event is
    // read undated.
    'event not expected: 430700|已验收||||02-changde',
    'overdue on 2026-11-30: 0, want 1',
    'rule missing: 03-third acceptance "2021年年底前,国家农村产业融合发展部门协同推进机制各成员单位将通过第三方评估等方式,联合对各示范园创建情况进行考核"',
  ],
  'held17-national-rural-fusion-parks-2019': [
    'missing: other 632324',
    'other 632821: not joined by 02-qinghai',
    'other 632821: status null, want 已验收',
    'other 630123: status null, want 已验收',
    'other 110118: status null, want 已验收',
    'other 520123: status null, want 已验收',
    'other 520323: status null, want 已验收',
    'other 522730: status null, want 已验收',
    'other 520621: status null, want 已验收',
    'missing: other 632525',
    'event missing: 110118|已验收||||03-guizhou',
    'event missing: 520123|已验收||||03-guizhou',
    'event missing: 520323|已验收||||03-guizhou',
    'event missing: 522730|已验收||||03-guizhou',
    'event missing: 520621|已验收||||03-guizhou',
    'event missing: 630123|已验收|||2020-11-07|04-accepted',
    'event missing: 632821|已验收|||2020-11-07|04-accepted',
    'overdue on 2026-11-30: 0, want 5',
    'rule missing: 01-chongqing acceptance "2020年3月前,國家農村產業融合發展部門協同推進機制各成員單位將對各示範園創建工作情況進行考核"',
  ],
};
