/**
 * A name cell naming a list by its first unit and the list's count ("某某示范区等8个海洋牧场"),
 * the way a sentence does before 等N个: the cell's unit is the example; the count and the kind
 * after 等 belong to the list, no word of the unit's name.
 */
const EXAMPLE_TAIL =
  /等\s*(?:[0-9]+|[一二两三四五六七八九十百]+)\s*(?:个|個|家|处|處|所|项|項|名|座)[\u4e00-\u9fff]{0,12}$/;

export function exampleOfCell(cell: string): string {
  const m = EXAMPLE_TAIL.exec(cell);
  if (!m || m.index < 2) return cell;
  return cell.slice(0, m.index).trim();
}

/** A quoted name before the list's count (“甲”等10个项目), or a cell that is one quoted name. */
const QUOTED_EXAMPLE =
  /^[“「]([^“”「」]{2,40})[”」]\s*(?:等\s*(?:[0-9]+|[一二两三四五六七八九十百]+)\s*(?:个|個|家|处|處|所|项|項|名|座)[\u4e00-\u9fff]{0,12})?$/;

/**
 * A title cell (项目 | 项目名称) naming its project whole in quotation marks, perhaps as the
 * first of a prize's projects before 等N个项目: the title is the name inside the quotes, the
 * count and kind after 等 the prize's. A cell with words outside its quotes ("“甲”项目") keeps them.
 */
export function titleOfCell(cell: string): string {
  return QUOTED_EXAMPLE.exec(cell.trim())?.[1] ?? cell;
}
