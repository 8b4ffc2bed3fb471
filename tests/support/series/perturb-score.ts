/**
 * Scores a series' ledger for the perturbation report: joins right, joins to the wrong
 * record, missed joins (a later mention not on its record, or a record invented instead),
 * and rules kept in their programme and batch.
 */
import type { Ledger } from '../../../src/main/db/ledger';
import { scoreSeries, type ExpectedSeries } from './series-expected';

export interface JoinScore {
  joinsRight: number;
  joinsTotal: number;
  wrongJoins: number;
  missedJoins: number;
  invented: number;
  /** Records made again for an entity the ledger holds (a new record instead of a join). */
  duplicated: number;
  rulesRight: number;
  rulesTotal: number;
}

export function joinScore(ledger: Ledger, expected: ExpectedSeries): JoinScore {
  const s = scoreSeries(ledger, expected);
  const count = (re: RegExp) =>
    s.problems
      .map((p) => re.exec(p)?.[1])
      .filter((x): x is string => !!x)
      .reduce((n, list) => n + list.split(', ').length, 0);
  return {
    joinsRight: s.mentions.right,
    joinsTotal: s.mentions.total,
    wrongJoins: count(/: mentioned by (.+) too \(a wrong join\)$/),
    missedJoins: count(/: not joined by (.+)$/),
    invented: s.records.invented,
    duplicated: s.problems
      .map((p) => / ×(\d+)$/.exec(p)?.[1])
      .reduce((n, k) => n + (k ? Number(k) - 1 : 0), 0),
    rulesRight: s.rules.right,
    rulesTotal: s.rules.total,
  };
}

export const addScores = (a: JoinScore, b: JoinScore): JoinScore => ({
  joinsRight: a.joinsRight + b.joinsRight,
  joinsTotal: a.joinsTotal + b.joinsTotal,
  wrongJoins: a.wrongJoins + b.wrongJoins,
  missedJoins: a.missedJoins + b.missedJoins,
  invented: a.invented + b.invented,
  duplicated: a.duplicated + b.duplicated,
  rulesRight: a.rulesRight + b.rulesRight,
  rulesTotal: a.rulesTotal + b.rulesTotal,
});

export const ZERO: JoinScore = {
  joinsRight: 0,
  joinsTotal: 0,
  wrongJoins: 0,
  missedJoins: 0,
  invented: 0,
  duplicated: 0,
  rulesRight: 0,
  rulesTotal: 0,
};
