/**
 * The nouns of facilities named after the place that houses them ("…街道社会工作站", "…社区儿童
 * 之家", "…镇社工站", "…镇综合文化站"): such a facility lies in its place, and a list of them
 * lists their places — a grading of town cultural stations grades the towns' stations.
 */
export const FACILITY_NAMES =
  '社会工作服务站|社会工作站|社工站|妇女儿童之家|儿童之家|党群服务中心|便民服务中心|综合服务中心|养老服务中心|日间照料中心|综合文化站|文化站|文化馆|文化服务中心';
