/** How a mention that only retells an earlier batch's unit begins its reason: it weighs nothing. */
export const RETOLD_REASON = '提及前批';
