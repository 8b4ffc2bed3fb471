/** Chinese labels for the dedupe screen. */
export const RELATION_LABELS: Record<string, string> = {
  same_place_other_programme: '同地不同项目',
  renamed: '地名变更',
  parent_child: '上下级单位',
};

export const scoreText = (s: number) => `${Math.round(s * 100)}%`;

/** "000_fb6b….txt" is how staff recognise a notice; long names are cut in the middle. */
export const fileLabel = (f: string | null) =>
  f === null ? '—' : f.length > 22 ? `${f.slice(0, 10)}…${f.slice(-8)}` : f;
