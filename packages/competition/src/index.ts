// @druk/competition library API: what `druk-audit competition …` does, for organisers' scripts. The command
// itself is `./cli` (druk-audit loads it when this package is installed beside @druk/audit).
export { openDatabase, schemaVersion, type Database } from './db.ts';
export {
  createCompetition,
  getCompetition,
  registerSites,
  listSites,
  addEvaluator,
  listEvaluators,
  revokeEvaluatorLink,
  reissueEvaluatorLink,
  startRound,
  openRound,
  getRound,
  listRounds,
  loadCrawls,
  saveManualScores,
  listScoreChanges,
  type Competition,
  type Site,
  type SiteRegistration,
  type Round,
  type Evaluator,
  type StoredCrawl,
  type ScoreChange,
} from './store.ts';
export { DEFAULT_RUBRIC, parseRubric, type Rubric, type ManualCriterion } from './rubric.ts';
export {
  runRound,
  parseShard,
  type SiteAuditor,
  type RunRoundOptions,
  type RoundRunSummary,
  type Shard,
} from './rounds.ts';
export { mergeShards, type MergeSummary } from './merge.ts';
export { runMonitor, uptimeReports, type MonitorOptions, type UptimeReport } from './monitor.ts';
export { closeRound, computeStandings, roundStandings, type Standing } from './scoring.ts';
export { compareRounds, type RoundComparison } from './compare.ts';
export { findDuplicateSites, type DuplicatePair } from './duplicates.ts';
export { buildLeaderboard, type Leaderboard } from './board.ts';
export { writeLeaderboard } from './leaderboard.ts';
export { startEvaluatorServer, type EvaluatorServer } from './evaluator-server.ts';
export { runCompetitionCommand } from './cli.ts';
