/**
 * A name cell naming a list by its first unit and the list's count ("某某示范区等8个海洋牧场"),
 * the way a sentence does before 等N个: the cell's unit is the example; the count and the kind
 * after 等 belong to the list, no word of the unit's name.
 */
const EXAMPLE_TAIL =
  /等\s*(?:[0-9]+|[一二两三四五六七八九十百]+)\s*(?:个|家|处|所|项|名|座)[\u4e00-\u9fff]{0,12}$/;

export function exampleOfCell(cell: string): string {
  const m = EXAMPLE_TAIL.exec(cell);
  if (!m || m.index < 2) return cell;
  return cell.slice(0, m.index).trim();
}
