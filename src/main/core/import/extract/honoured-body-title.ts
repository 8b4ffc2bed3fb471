/**
 * An institution on a list of honours (kind other: 试点示范单位, 维权服务岗, a graded social
 * organisation) is the honoured entry itself, so its name is its title: two bodies of one city
 * named in one sentence ("…成都市社会救助管理站、成都市第二社会福利院为…试点示范地区和单位")
 * are two entries told apart by their names. Beside the areas of a pilot list (试点地区和单位)
 * a body is one more unit placed where it lies, its name kept as the unit only, as before.
 */
import type { RecordKind } from '../../../../shared/domain';
import { namesInstitution } from './labelled-bodies';

export function honouredBodyTitle(
  listKind: RecordKind,
  unit: string | undefined,
  title: string,
): string {
  if (title !== '' || listKind !== 'other' || !unit || !namesInstitution(unit)) return title;
  return unit.trim();
}
