/**
 * The relations a person can set between two records that stay apart (a link, not a
 * merge), with the words staff use for them.
 */
export const LINK_RELATIONS = ['same_place_other_programme', 'renamed', 'parent_child'] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

export const LINK_RELATION_LABELS: Record<LinkRelation, string> = {
  same_place_other_programme: '同一地方的其他项目',
  renamed: '更名前后',
  parent_child: '上下级',
};
