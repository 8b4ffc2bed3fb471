/**
 * The twenty-eighth held-out round's known problems as series (held28-*), listed so that none is
 * added. First run (before any rule) 1/3 records right as series, 4 invented, the acceptance's
 * event 0/1, the cycle rule's scope wrong and an acceptance rule read from the told check: the
 * places speaking at a training (…等七个地区作了交流发言) were read as entries, the acceptance's
 * units (将通过评估验收的…等15个试点地区，确定为…先行区) were not read under an announcing
 * headline repeated as the page heading, and the list's quoted name with a space and its level
 * after the quotes (“深化乡村地名服务 点亮美好家园”省级试点地区) was read as another programme.
 * Then 2/3, none invented, the event read and joined. Left: a city's own pilot named only as
 * 来溧 / 我市 (溧阳样板), and the cycle's scope written with 省级 where the relay names no province.
 */
const PROBLEMS = [
  'missing: zone 320481',
  'rule 01-dantu cycle: scope 省级深化乡村地名服务点亮美好家园试点 -, want 江苏省深化乡村地名服务点亮美好家园试点 ',
];

export const HELD28_KNOWN: Record<string, string[]> = {
  'held28-jiangsu-village-place-name-pilots-2023': PROBLEMS,
};
