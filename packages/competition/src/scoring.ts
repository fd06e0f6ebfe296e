import { type Band, type CategoryId } from '@druk/audit';
import { type Database, transaction } from './db.ts';
import { type UptimeReport, uptimeReports } from './monitor.ts';
import { bandFor, type Rubric, rubricSchema } from './rubric.ts';
import {
  type Competition,
  listEvaluators,
  listSites,
  loadCrawls,
  loadManualScores,
  markRoundClosed,
  type ManualScore,
  type Round,
  type Site,
} from './store.ts';

/**
 * One criterion's evaluator scores for one site, combined. Scores are put on a 0-100 scale; with three or
 * more evaluators, a score further than `outlierDistance` from the median of all its scores is set
 * aside (one evaluator's slip or grudge cannot move a site), and the mean is taken of the rest. With one or
 * two evaluators nothing can be called an outlier, so all count.
 */
export interface CriterionAggregate {
  criterion: string;
  /** Every score, 0-100, by evaluator id. */
  scores: { evaluatorId: number; score: number; outlier: boolean }[];
  /** Mean of the scores kept, 0-100. */
  mean: number;
  /** Population standard deviation of all scores (0-100 scale): how much the evaluators disagree. */
  spread: number;
  /** Highest minus lowest score, 0-100 scale. */
  range: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function aggregateCriterion(
  criterion: string,
  scores: { evaluatorId: number; score: number }[],
  outlierDistance: number,
): CriterionAggregate {
  const middle = median(scores.map((entry) => entry.score));
  const marked = scores.map((entry) => ({
    ...entry,
    outlier: scores.length >= 3 && Math.abs(entry.score - middle) > outlierDistance,
  }));
  const kept = marked.filter((entry) => !entry.outlier);
  const counted = kept.length > 0 ? kept : marked;
  const values = marked.map((entry) => entry.score);
  const mean = counted.reduce((sum, entry) => sum + entry.score, 0) / counted.length;
  const allMean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const spread = Math.sqrt(values.reduce((sum, value) => sum + (value - allMean) ** 2, 0) / values.length);
  return { criterion, scores: marked, mean, spread, range: Math.max(...values) - Math.min(...values) };
}

export interface Standing {
  site: Site;
  /** 'ok', 'unreachable' (audited but nothing loaded) or 'not-audited' (no crawl in this round). */
  status: 'ok' | 'unreachable' | 'not-audited';
  crawlError: string;
  /** 0-100 per category, after manual scores and uptime are blended in. */
  categories: Partial<Record<CategoryId, number>>;
  /** Automated category scores as the audit gave them. */
  automated: Partial<Record<CategoryId, number>>;
  manual: CriterionAggregate[];
  uptime: UptimeReport | null;
  total: number | null;
  band: Band | null;
  /** 1 = best; equal totals share a rank; null for sites that are not ranked. */
  rank: number | null;
  eliminated: boolean;
  /** Why the site is flagged for elimination, with the numbers. */
  eliminationEvidence: string;
  failures: number;
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function eliminationEvidence(report: UptimeReport, threshold: number): string {
  const down = report.probes - report.up;
  const outages = report.outages
    .map(
      (outage) =>
        `${new Date(outage.from).toISOString()} to ${new Date(outage.to).toISOString()} (${outage.probes} probes, ${outage.reason})`,
    )
    .join('; ');
  return `uptime ${percent(report.uptime ?? 0)} is below the ${percent(threshold)} required: ${down} of ${report.probes} probes failed; outages: ${outages}`;
}

/** Scores every registered site for a round from the store: automated scores, manual scores and uptime. */
export function computeStandings(db: Database, competition: Competition, round: Round): Standing[] {
  const { rubric } = competition;
  const crawls = loadCrawls(db, round.id);
  const uptime = uptimeReports(db, round.id);
  const manualBySite = new Map<number, ManualScore[]>();
  for (const score of loadManualScores(db, round.id)) {
    manualBySite.set(score.siteId, [...(manualBySite.get(score.siteId) ?? []), score]);
  }
  const standings = listSites(db, competition.id).map((site): Standing => {
    const crawl = crawls.get(site.id);
    const report = uptime.get(site.id) ?? null;
    const manual = rubric.manualCriteria.flatMap((criterion) => {
      const scores = (manualBySite.get(site.id) ?? [])
        .filter((score) => score.criterion === criterion.id)
        .map((score) => ({ evaluatorId: score.evaluatorId, score: (score.score / criterion.max) * 100 }));
      return scores.length ? [aggregateCriterion(criterion.id, scores, rubric.outlierDistance)] : [];
    });
    const eliminated = report?.uptime !== null && report !== null && report.uptime! < rubric.eliminationUptime;
    const base: Standing = {
      site,
      status: crawl ? crawl.status : 'not-audited',
      crawlError: crawl?.error ?? '',
      categories: {},
      automated: crawl?.categoryScores ?? {},
      manual,
      uptime: report,
      total: null,
      band: null,
      rank: null,
      eliminated,
      eliminationEvidence: eliminated ? eliminationEvidence(report!, rubric.eliminationUptime) : '',
      failures: crawl?.findings.filter((finding) => finding.status === 'fail').length ?? 0,
    };
    if (crawl?.status !== 'ok') return base;
    base.categories = categoryScores(rubric, crawl.categoryScores, manual, report);
    base.total = weightedTotal(rubric, base.categories);
    base.band = bandFor(rubric, base.total);
    return base;
  });
  return rank(standings);
}

function categoryScores(
  rubric: Rubric,
  automated: Partial<Record<CategoryId, number>>,
  manual: CriterionAggregate[],
  uptime: UptimeReport | null,
): Partial<Record<CategoryId, number>> {
  const scores: Partial<Record<CategoryId, number>> = {};
  for (const { id } of rubric.categories) {
    let score = automated[id] ?? 0;
    const judged = manual.filter(
      (aggregate) => rubric.manualCriteria.find((criterion) => criterion.id === aggregate.criterion)?.category === id,
    );
    if (judged.length) {
      const manualMean = judged.reduce((sum, aggregate) => sum + aggregate.mean, 0) / judged.length;
      score = (1 - rubric.manualShare) * score + rubric.manualShare * manualMean;
    }
    if (id === rubric.uptimeCategory && uptime?.uptime != null) {
      score = (1 - rubric.uptimeShare) * score + rubric.uptimeShare * uptime.uptime * 100;
    }
    scores[id] = Math.round(score * 100) / 100;
  }
  return scores;
}

function weightedTotal(rubric: Rubric, categories: Partial<Record<CategoryId, number>>): number {
  const weight = rubric.categories.reduce((sum, category) => sum + category.weight, 0);
  const total = rubric.categories.reduce((sum, category) => sum + category.weight * (categories[category.id] ?? 0), 0);
  return Math.round((total / weight) * 100) / 100;
}

/**
 * Ranks sites with a total that are not flagged for elimination, best first; equal totals share a rank
 * (1, 2, 2, 4). As in the 2015 round, sites that could not be accessed receive no rank.
 */
function rank(standings: Standing[]): Standing[] {
  const ranked = standings
    .filter((standing) => standing.total !== null && !standing.eliminated)
    .sort((a, b) => b.total! - a.total! || a.site.name.localeCompare(b.site.name));
  ranked.forEach((standing, index) => {
    const previous = ranked[index - 1];
    standing.rank = previous && previous.total === standing.total ? previous.rank : index + 1;
  });
  const unranked = standings
    .filter((standing) => standing.rank === null)
    .sort((a, b) => (b.total ?? -1) - (a.total ?? -1) || a.site.name.localeCompare(b.site.name));
  return [...ranked, ...unranked];
}

/** Closes a round: computes the standings and freezes them in the result table. */
export function closeRound(db: Database, competition: Competition, round: Round): Standing[] {
  if (round.status !== 'open') throw new Error(`round ${round.number} is already closed`);
  return transaction(db, () => {
    const standings = computeStandings(db, competition, round);
    const insert = db.prepare(
      `INSERT OR REPLACE INTO result (round_id, site_id, total, rank, band, uptime, eliminated, elimination_evidence, categories)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const standing of standings) {
      insert.run(
        round.id,
        standing.site.id,
        standing.total,
        standing.rank,
        standing.band ?? '',
        standing.uptime?.uptime ?? null,
        standing.eliminated ? 1 : 0,
        standing.eliminationEvidence,
        JSON.stringify(standing.categories),
      );
    }
    db.prepare('INSERT OR REPLACE INTO round_snapshot (round_id, rubric, standings) VALUES (?, ?, ?)').run(
      round.id,
      JSON.stringify(competition.rubric),
      JSON.stringify(standings),
    );
    markRoundClosed(db, round.id);
    return standings;
  });
}

/** A round's rubric and standings: as frozen when it closed, or computed afresh while it is open. */
export interface RoundStandings {
  rubric: Rubric;
  standings: Standing[];
}

/**
 * The standings to show for a round. A closed round answers from the snapshot taken when it closed, so sites
 * registered or renamed since, and rubric edits, never change its leaderboard or packs. Rounds closed before
 * snapshots existed (schema 3) have none and are computed from the store, as they always were.
 */
export function roundStandings(db: Database, competition: Competition, round: Round): RoundStandings {
  const snapshot = db.prepare('SELECT rubric, standings FROM round_snapshot WHERE round_id = ?').get(round.id) as
    { rubric: string; standings: string } | undefined;
  if (round.status === 'closed' && snapshot) {
    return {
      rubric: rubricSchema.parse(JSON.parse(snapshot.rubric)),
      standings: JSON.parse(snapshot.standings) as Standing[],
    };
  }
  return { rubric: competition.rubric, standings: computeStandings(db, competition, round) };
}

/** Evaluator names by id, for reports of closed rounds (open rounds never show other people's sheets). */
export function evaluatorNames(db: Database, competition: Competition): Map<number, string> {
  return new Map(listEvaluators(db, competition.id).map((evaluator) => [evaluator.id, evaluator.name]));
}
