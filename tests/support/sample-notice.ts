/**
 * A small zone-approval notice composed for tests (three Hebei districts with themes, a
 * signature and a date). Tests vary the batch word (第二批 → 第三批…) for distinct files.
 */
export const HEBEI_ZONES = `关于确认第二批省级社区治理创新实验区的通知
各市民政局：
经评审，确认以下单位为第二批省级社区治理创新实验区：
1.石家庄市长安区——构建“红色物业”联动机制
2.保定市竞秀区——推行小区议事会制度
3.唐山市路北区——打造老旧小区协商平台
河北省民政厅
2021年6月30日
`;
