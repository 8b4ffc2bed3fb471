/**
 * A bullet glyph at the head of a line (●灵璧县冯庙镇, • 某某社区, ◆某某单位): county and city
 * sites set each unit of a list on its own line behind one, and a name that starts with a
 * glyph reads as no place at all, so the whole list is lost. Only one glyph, at the very head of
 * the line and right before a character: a run of them is a censor's mask (■■■, warned of as
 * masked text), and ▲ is left alone because it heads photo captions fused into a list
 * (city-dash-groups.ts), which must stay distinguishable from the units.
 * A bulleted line that says what its unit was named (◎某社区获评“…”) is a news item's
 * highlight, not a list line: it keeps its glyph, as it did before bullets were read, so the
 * page's sentences, not the highlights, give the units.
 */
export const LINE_BULLET =
  /^[ \u3000]*[●•◆■◇★☆▪►▶◎][ \u3000]*(?=[\u3400-\u9fff])(?![^\n]*?(?:获评|獲評|评为|評為|荣获|榮獲|入选|入選|授予|命名为|命名為))/;
