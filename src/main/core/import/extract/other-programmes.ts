/**
 * "毛集实验区臧巷村入选全国村级议事协商创新实验试点单位" over a last paragraph on the city's
 * record ("…大通街道被命名为全省城乡社区协商示范乡镇（街道），…南岭社区等23个村（居）被
 * 命名为全省…示范村（居）"): a story whose headline puts its entries on a national list names
 * the places of a provincial honour only in passing, and the other way round. Those groups
 * are no entries of the list the story is about.
 */
import type { ListDraft } from './drafts';
import { toKey } from './text-key';

type Scope = 'national' | 'provincial';

/** The verb that puts the headline's places on a list, and the list's scope after it. */
const HEADLINE =
  /(?:入选|入围|获评|上榜|榜上有名|被命名为|被评为|被认定为|被确定为|获得|荣获)[“"]?(全国|国家级?|省级|全省)/;

function scopeOf(word: string): Scope {
  return /^(全国|国家)/.test(word) ? 'national' : 'provincial';
}

function phraseScope(phrase: string): Scope | null {
  const m = /^[“"]?(?:[0-9]{4}年度?)?(全国|国家级?|省级|全省)/.exec(toKey(phrase).trim());
  return m ? scopeOf(m[1]!) : null;
}

export function withoutOtherProgrammes(lists: ListDraft[], title: string | null): ListDraft[] {
  const said = HEADLINE.exec(toKey(title ?? ''));
  if (!said) return lists;
  const own = scopeOf(said[1]!);
  return lists.filter((list) => {
    const named = (list.categories ?? []).map((c) => phraseScope(c.name));
    const scopes = [...named, list.phrase ? phraseScope(list.phrase) : null].filter(
      (s): s is Scope => s !== null,
    );
    return scopes.length === 0 || scopes.some((s) => s === own);
  });
}
