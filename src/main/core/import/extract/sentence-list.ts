/**
 * Lists written in prose or as labelled lines: "同意将北京市石景山区，天津市河北区，…等单位
 * 确认为…", "湖北省武汉市江汉区、武昌区", "内蒙古：通辽市科尔沁区、赤峰市红山区",
 * "山東。諸城市", "太原市迎泽区、阳泉市矿区、长治市城区3城区，…5街道", "江苏省南京市等14个
 * 城市为…示范城市、北京市东城区等140个城区为…", "A、B入选…". A province or city written
 * once is inherited by the items after it (regionContext); a count or a membership verb
 * closes a group. Places that are only the subject of an activity ("A、B深入探索了…") or
 * stops of a visit ("调研了A、B") are passing mentions, not list entries.
 *
 * This file walks the lines and pieces; what a closed group means is enumeration-groups.ts,
 * places followed by what they do acting-places.ts, whether a finished enumeration is a list
 * enumeration-acceptance.ts, a counted group's heading line counted-group-heading.ts, a place
 * that only counts its units summing-count.ts.
 */
import { reportsAssessment, reportsKeptTitles } from './assessed-objects';
import { reportsSanction } from './sanctioned-objects';
import { countyInBracket } from './bracketed-county';
import { creditedBelow } from './credit-lines';
import type { CategoryDraft, ListDraft } from './drafts';
import { looksLikePlace } from './place-like';
import { bylineLength } from './byline-lead';
import { countedVillages } from './counted-villages';
import { townVillageEntry } from './town-village-entry';
import { placeNames } from './place-names';
import {
  closesEnumeration,
  introducedLabel,
  ownPlaceLead,
  speaksOfOwnPlace,
  townshipLead,
  countedLead,
  isAddressee,
  labelContext,
  labelOf,
  isCountedLabel,
  joinSpacedTownships,
  piecesAfter,
  piecesAfterSection,
  shortCityLabel,
  spacedProvinceLabel,
  splitGluedLabels,
  splitJoinedEntries,
  titleRanges,
} from './prose-labels';
import { gluedProgrammeLabel } from './programme-labels';
import { inContext, lastSentenceEnd, tailOf } from './sentence-pieces';
import { summingCount } from './summing-count';
import { readNumbering } from './numbering';
import { regionParts } from './region-heuristic';
import { namesShareAfter, splitShareRunOn } from './share-place';
import type { KeyedText } from './text-key';
import {
  addCutEntry,
  addItem,
  cutEntry,
  markLineListed,
  newBuilding,
  notedPiece,
  type Building,
} from './sentence-building';
import { cutGroupLabel } from './labelled-bodies';
import { unplacedRun } from './unplaced-run';
import { afterSplicedWords } from './spliced-words';
import { closedVisit, SENTENCE_END } from './enumeration-cues';
import { clauseLeadOutcome, endsTail, opensClause } from './clause-verbs';
import type { Outcome } from './outcomes';
import { acceptedLists } from './enumeration-acceptance';
import { closeGroup } from './enumeration-groups';
import { leavingClause, settleActingPlace } from './acting-places';
import { countedGroupHeading, siblingGroupContext } from './counted-group-heading';
import { villageLikeKindHeading } from './kind-group-heading';
import { provinceHeading } from './province-headings';
import { roundGroup } from './batch-lines';
import { readEntryPlaces } from './entry-places';
import { addNames, continuedNames } from './continued-names';
import type { RegionContext, RegionLookup } from './types';

/** The lists written in prose or as labelled lines, outside the lines other readers took. */
export function detectSentenceLists(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  let current: Building | null = null;
  let ctx: RegionContext = {};
  let groupLabel: CategoryDraft | null = null;
  let sentenceStart = 0;
  let groupBase: RegionContext | undefined;
  let labelPlace: RegionContext | null = null;
  // A place's count named its units' share ("某区3个社区上榜，分别是…"): its sentence's
  // entries are read inside that place.
  let shareGiven = false;
  // What held before the share's place: the share ends with its sentence, its list with it.
  let shareBase: RegionContext = {};
  const endShare = (): void => {
    if (!shareGiven) return;
    shareGiven = false;
    flush();
    ctx = shareBase;
  };

  const flush = (): void => {
    const b = current;
    current = null;
    groupLabel = null;
    groupBase = undefined;
    labelPlace = null;
    if (b) lists.push(...acceptedLists(b, doc, lookup));
  };

  for (const line of doc.lines) {
    if (line.trimmed === '') continue;
    markLineListed(current, line, doc);
    if (consumed.has(line.index) || isAddressee(line) || creditedBelow(doc, line)) {
      flush();
      ctx = {};
      continue;
    }
    // "2017年" between a list's lines: a group of the list, which goes on below it.
    const round = current ? roundGroup(doc, current, line) : null;
    if (round) {
      groupLabel = round;
      continue;
    }
    const numbering = readNumbering(line.trimmed);
    const lead = numbering && /^cn/.test(numbering.style) ? numbering.length : 0;
    // "二、文明村(31个)": the group is the honour's kind, its label no entry and no place; the
    // townships' villages on the lines below are its entries, as under a county's label.
    const kind = villageLikeKindHeading(line, lookup);
    if (kind) {
      if (current?.items.length) flush();
      current ??= newBuilding(line, doc, sentenceStart);
      current.labelled = current.kindHeaded = true;
      current.categories.push((groupLabel = { ...kind, found: 0, start: line.trimmedStart }));
      current.lines.push(line.index);
      continue;
    }
    const heading = countedGroupHeading(line, numbering, lookup);
    if (heading) {
      const parts = regionParts(heading.regionText);
      if (parts.province && !parts.city) ctx = { province: heading.regionText };
      else {
        // A city or county heading its group ("桥东区（15个）" over a line of communities): the
        // items lie in it, a sibling of the groups before.
        ({ ctx, base: groupBase } = siblingGroupContext(
          current,
          groupBase,
          ctx,
          heading.regionText,
        ));
      }
      groupLabel = {
        name: heading.regionText,
        stated: heading.stated,
        found: 0,
        start: line.trimmedStart,
      };
      current ??= newBuilding(line, doc, sentenceStart);
      current.groupBase ??= groupBase;
      current.categories.push(groupLabel);
      current.labelled = true;
      current.lines.push(line.index);
      continue;
    }
    // "河北省" over "邯郸市武安市", "北京市" over "昌平区": a province line heads the lines below.
    const headed = provinceHeading(doc, line, (i) => current?.lines.includes(i) === true);
    if (headed) {
      ctx = { province: headed };
      labelPlace = ctx;
      current ??= newBuilding(line, doc, line.start);
      current.labelled = true;
      current.headedBy = headed;
      current.lines.push(line.index);
      continue;
    }
    sentenceStart = line.start;
    // An item number before a place label ("1.河北省：石家庄市、邯郸市") numbers the label's
    // line, as a section number does: the places after the label are the entries.
    const itemLead = numbering && /^arabic/.test(numbering.style) ? numbering.length : 0;
    // A news paragraph's first sentence starts after its dateline and reporters' bracket.
    const byline =
      lead || itemLead ? 0 : bylineLength(line.key.slice(line.trimmedStart - line.start));
    const spaced = joinSpacedTownships(
      byline ? piecesAfter(line, byline) : piecesAfterSection(line, lead || itemLead, lookup),
      lookup,
    );
    const pieces = splitJoinedEntries(splitGluedLabels(splitShareRunOn(spaced)), looksLikePlace);
    const quoted = titleRanges(line);
    let hadItems = false;
    if (current?.labelled && cutGroupLabel(line, pieces.length)) {
      flush();
      ctx = {};
      continue;
    }
    endShare();
    let verdict: Outcome | null = null;
    // Whether the clause the run reads is a sanction's objects (sanctioned-objects.ts).
    let sanctionRun = false;
    for (let k = 0; k < pieces.length; k++) {
      if (k > 0 && SENTENCE_END.test(pieces[k - 1]!.sep)) endShare();
      if (k > 0 && SENTENCE_END.test(pieces[k - 1]!.sep)) verdict = null;
      const glued = gluedProgrammeLabel(pieces[k]!, lookup);
      if (glued) {
        if (glued.place) ctx = labelContext(glued.place, ctx);
        current ??= newBuilding(line, doc, sentenceStart, pieces[k]!.start);
        current.labelled = true;
        current.categories.push((groupLabel = glued.group));
        pieces[k] = glued.rest;
      }
      const introduced = introducedLabel(pieces[k]!, lookup);
      if (introduced) {
        if (current?.items.length) flush();
        ctx = labelContext(introduced.label, ctx);
        current ??= newBuilding(line, doc, pieces[k]!.start);
        current.labelled = true;
        current.intro = introduced.intro;
        pieces[k] = introduced.rest;
      }
      // "…同意北京市海淀区等42个县为…，我市大足县、梁平县…": the notice's own place starts
      // again; a province or city carried from the entries before it no longer holds.
      if (current?.items.length && speaksOfOwnPlace(pieces[k]!)) ctx = {};
      const own = current?.items.length ? null : ownPlaceLead(pieces[k]!);
      if (own && placeNames(own.rest)) {
        current ??= newBuilding(line, doc, pieces[k]!.start);
        current.intro = own.intro;
        current.placeGiven = true;
        pieces[k] = own.rest;
      }
      // "…卫生镇的有某镇、…", then "…卫生村的有某镇的甲村、…": each introduction opens a list.
      const led = own ? null : townshipLead(pieces[k]!);
      if (led && placeNames(led.rest)) {
        if (current?.items.length) flush();
        current ??= newBuilding(line, doc, pieces[k]!.start);
        current.intro = led.intro;
        current.townLead = true;
        pieces[k] = led.rest;
      }
      // "14个社区是：甲街乙社区、丙社区，…": the counted introduction opens the list.
      const counted = own || led ? null : countedLead(pieces[k - 1], pieces[k]!);
      if (counted && placeNames(pieces[k]!)) {
        if (current?.items.length) flush();
        current ??= newBuilding(line, doc, pieces[k]!.start);
        current.intro = counted;
        current.townLead = true;
      }
      let piece = pieces[k]!;
      // "某镇某村(海带)" set apart by spaces or lines: the place is read without its note, the
      // note becomes its title. Between 、 marks the run is prose, which names places only.
      const noted = pieces[k - 1]?.sep !== '、' && piece.sep !== '、' ? notedPiece(piece) : null;
      if (noted) piece = noted.piece;
      const label = closesEnumeration(piece, doc.key)
        ? null
        : (labelOf(piece, lookup) ??
          spacedProvinceLabel(piece, pieces[k + 1], lookup) ??
          shortCityLabel(piece, pieces[k + 1], lookup));
      if (label && (piece.sep !== '。' || current !== null || k + 1 < pieces.length)) {
        // Groups that count their entries ("余姚市（6个）：", "宁海县（4个）：") are siblings.
        if (isCountedLabel(piece))
          ({ ctx, base: groupBase } = siblingGroupContext(current, groupBase, ctx, label));
        else ctx = labelContext(label, ctx);
        labelPlace = ctx;
        current ??= newBuilding(line, doc, piece.start);
        current.groupBase ??= groupBase;
        current.labelled = true;
        continue;
      }
      const bracketed = countyInBracket(piece, lookup);
      // A township's own county in brackets holds for it, whatever city the items before named.
      if (bracketed) {
        piece = bracketed.piece;
        ctx = { ...(ctx.province ? { province: ctx.province } : {}), ...bracketed.context };
      }
      const opening = !current || current.open.items.length === 0;
      // "…、友好晋安区茶园街道东浦社区": stray words spliced before an entry of the run.
      if (!opening && !bracketed) piece = afterSplicedWords(piece, lookup) ?? piece;
      const ahead = doc.key.slice(piece.start, piece.start + 160);
      const sanction = reportsSanction(ahead);
      if (opening || sanction || opensClause(pieces[k - 1]?.sep)) sanctionRun = sanction;
      const object = opening && (reportsAssessment(ahead) || reportsKeptTitles(ahead) || sanction);
      const reader = bracketed || shareGiven ? inContext(lookup, ctx) : lookup;
      // "某县甲镇老王庄、乙镇丙寨3个村被评为…": villages without 村 that their count names.
      const villages = opening && !bracketed ? countedVillages(pieces, k, lookup, ctx) : null;
      if (villages) piece = pieces[(k = villages.last)]!;
      const read = readEntryPlaces(
        { piece, pieces, k, lookup, reader, ctx, quoted },
        { opening, bracketed: !!bracketed, object, villages: villages?.places },
        current,
        labelPlace,
      );
      piece = read.piece;
      let places = read.places;
      // A place that only counts its units sums up (summing-count.ts): no entry of the run.
      const only = summingCount(doc, places, opening);
      if (only) {
        places = [];
        // "…渝中区3个社区上榜，分别是甲街道乙社区、…": the units named next are the place's share.
        if (namesShareAfter(doc.key.slice(only.restAt, only.restAt + 60))) {
          shareBase = ctx;
          ctx = labelContext(only.regionText, ctx);
          shareGiven = true;
        }
      }
      // After a county's label ("清河区：A街道B社区、…") a township opens the group.
      const underCounty =
        current?.labelled === true && (ctx.county !== undefined || current.kindHeaded === true);
      const continuing = current !== null && (current.open.items.length > 0 || underCounty);
      if (places.length === 0 && continuing) {
        // "…敬信镇防川村、英安镇甩湾子村成功上榜": the last entry closes the run with its verb.
        const last = townVillageEntry(piece);
        if (last) places = [last];
      } else if (places.length === 0) {
        // "春城街道林田村，春湾镇三乡村、…10条行政村位列其中": a whole sentence of towns and
        // villages closed as entries, placed in the one county its towns lie in.
        // A lead word (我县…) the own-place reading took off opens the run at this piece.
        const ledHere = current?.placeGiven === true && current.items.length === 0;
        const run = unplacedRun(pieces, k, lookup, ledHere, doc.key.slice(0, line.start));
        if (run) {
          flush();
          const b = newBuilding(line, doc, sentenceStart, run.places[0]!.start);
          current = b;
          const closing = run.places[run.places.length - 1]!;
          for (const p of run.places) {
            addItem(b, p, {}, groupLabel);
            b.items[b.items.length - 1]!.regionContext = run.context;
          }
          closeGroup(doc, b, closing, '');
          ctx = run.context;
          b.lastLine = line.index;
          hadItems = true;
          continue;
        }
      }
      if (places.length === 0) {
        const names = continuedNames(doc, line, pieces, k, piece, current, underCounty, lookup);
        if (current && names) {
          ctx = addNames(current, names, ctx, groupLabel);
          hadItems = true;
          continue;
        }
        if (current && current.items.length > 0) {
          // The enumeration ended; the sentence goes on about something else.
          leavingClause(current, piece.start, doc);
          flush();
          ctx = {};
        }
        if (SENTENCE_END.test(piece.sep)) sentenceStart = piece.start + piece.text.length + 1;
        continue;
      }
      // A name cut short (a line "…镇白毛", the copy's last "…区洗"): still an entry, flagged.
      const cut = current && !villages ? cutEntry(places, pieces, k, current, line, doc) : null;
      if (current && cut) {
        ctx = addCutEntry(current, { ...places[0]!, ...cut, rest: 'none' }, ctx, groupLabel, line);
        continue;
      }
      // A line that opens with a place doing something (a signature "江苏省民政厅", a new
      // paragraph) ends the list of the lines before; it is no part of it.
      if (current && k === 0 && current.lastLine !== line.index && places[0]!.rest === 'activity') {
        flush();
        ctx = {};
        continue;
      }
      // A visit's stops closed by their sentence ("…考察了A、B等地。") end there: the next
      // sentence's enumeration has an introduction of its own.
      const at = places[0]!.start;
      if (current && closedVisit(current, doc, at)) {
        flush();
        ctx = {};
        sentenceStart = Math.max(sentenceStart, lastSentenceEnd(doc, line.start, at));
      }
      current ??= newBuilding(line, doc, sentenceStart, at);
      current.lastLine = line.index;
      if (opensClause(pieces[k - 1]?.sep))
        verdict = clauseLeadOutcome(piece, pieces[k - 1]?.sep, at);
      for (const place of places) {
        // Only a place that is its whole head takes the note ("…型社区（具体名单见二维码）": none).
        const whole = noted && place.end === piece.start + piece.text.trimEnd().length;
        const p =
          whole && places.length === 1 && !place.title ? { ...place, title: noted.note } : place;
        ctx = addItem(current, p, lookup.standsAlone?.(p.regionText, ctx) ?? ctx, groupLabel);
        if (sanctionRun) current.items[current.items.length - 1]!.sanctioned = true;
        else if (verdict) current.items[current.items.length - 1]!.outcome ??= verdict;
        hadItems = true;
        if (p.rest === 'none') continue;
        const rest = piece.text.slice(p.restAt - piece.start);
        if (settleActingPlace(current, p, rest, doc) === 'ended') {
          flush();
          ctx = {};
          break;
        }
        closeGroup(doc, current, p, tailOf(pieces, k, endsTail(lookup)));
      }
    }
    if (hadItems && current && !current.lines.includes(line.index)) current.lines.push(line.index);
  }
  flush();
  return lists;
}
