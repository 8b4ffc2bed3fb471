/**
 * "老龄健康司关于…的公示", signed "国家卫生健康委老龄司": a headline may name only the department
 * inside a ministry or a bureau that drew the notice up (a 司, 处 or 科 with no organ above it),
 * while the signature names it in full. Such a bare department is no issuer staff can file a
 * notice under when the signature writes the whole organ: the signature's name stands.
 */

/** A department's own name with nothing of a place or a parent organ in it. */
const BARE_DEPARTMENT = /^[\u4e00-\u9fff]{2,12}(?:司|处|科)$/;
const PARENT = /部|委|厅|局|办|省|市|县|区|州|盟|旗|国家|中央|全国|中共/;

function bareDepartment(organ: string | null): boolean {
  if (!organ) return false;
  const name = organ.trim();
  return BARE_DEPARTMENT.test(name) && !PARENT.test(name.slice(0, -1));
}

/** The headline's organ, unless it is a bare department and the signature names an organ. */
export function issuerOverBareDepartment(
  titled: string | null,
  signed: () => string | null,
): string | null {
  if (!bareDepartment(titled)) return titled;
  return signed() ?? titled;
}
