/**
 * A note mark glued to the end of a listed place (河北省涉县*、河北省武安市*, 海南省琼海市* — the
 * list's note below says what the starred units are: 加“*”的县为…重点帮扶县): a place that ends
 * in a mark reads as no place at all, so every starred unit of the list is lost. Only one
 * asterisk, right after a division's last character (县, 区, 市, 旗, 州, 盟, 镇, 乡, 村, 社区)
 * and before a separator, a closing bracket or the end of the line: two or more are a censor's
 * mask (warned of as masked text), and a mark inside a name (宁夏*自治区) is a mask too. A
 * converter's pinyin after the division's character (區(qū)*) may stand between them.
 */
export const NOTE_MARK =
  /(?<=[县縣区區市旗州盟镇鎮乡鄉村](?:[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]?[a-zü]*[)）])?)[*＊](?![*＊])(?=[、，,；;。\s）)]|$)/;
