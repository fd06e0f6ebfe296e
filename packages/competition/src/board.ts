// What a round's leaderboard shows, as data. leaderboard.ts renders it as the page, the CSV and the JSON and
// report.ts as each site's pack; keeping it here lets report.ts read it without importing leaderboard.ts,
// which imports report.ts to write the packs.
import { compareRounds, type RoundComparison } from './compare.ts';
import type { Database } from './db.ts';
import { roundStandings, type Standing } from './scoring.ts';
import { type Competition, getRound, listRounds, loadCrawls, type Round, type StoredCrawl } from './store.ts';

export interface Leaderboard {
  competition: Competition;
  round: Round;
  standings: Standing[];
  /** Against the round before, when there is one. */
  comparison: RoundComparison | undefined;
  /** This round's crawls by site id, for the report packs' lists of failures. */
  crawls: Map<number, StoredCrawl>;
  generatedAt: number;
}

/**
 * Everything the leaderboard shows. An open round is computed afresh; a closed one comes from its snapshot and
 * is dated when it closed, so regenerating it gives the same files byte for byte.
 */
export function buildLeaderboard(db: Database, competition: Competition, roundNumber?: number): Leaderboard {
  const round = getRound(db, competition.id, roundNumber);
  const previous = listRounds(db, competition.id)
    .filter((candidate) => candidate.number < round.number)
    .at(-1);
  const { rubric, standings } = roundStandings(db, competition, round);
  return {
    competition: { ...competition, rubric },
    round,
    standings,
    comparison: previous ? compareRounds(db, competition, previous, round) : undefined,
    crawls: loadCrawls(db, round.id),
    generatedAt: round.closedAt ?? Date.now(),
  };
}

export function standingStatus(standing: Standing): 'ranked' | 'eliminated' | 'unreachable' | 'not-audited' {
  if (standing.status !== 'ok') return standing.status;
  return standing.eliminated ? 'eliminated' : 'ranked';
}
