/** How many items a long 去重 list shows at first, and adds on each 再显示 (ShowMore.tsx). */
export const SHOWN_STEP = 50;
