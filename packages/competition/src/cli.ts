import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { auditSite, type CliIO, type CliSubcommand, ConfigError, readInputFile } from '@druk/audit';
import { compareRounds } from './compare.ts';
import { DEFAULT_MIN_SHARE, describeDuplicatePair, findDuplicateSites } from './duplicates.ts';
import { readCsvRecords } from './csv.ts';
import { type Database, openDatabase } from './db.ts';
import { startEvaluatorServer } from './evaluator-server.ts';
import { writeLeaderboard } from './leaderboard.ts';
import { mergeShards } from './merge.ts';
import { runMonitor } from './monitor.ts';
import { parseShard, runRound, type SiteAuditor } from './rounds.ts';
import { DEFAULT_RUBRIC, parseRubric } from './rubric.ts';
import { closeRound, roundStandings } from './scoring.ts';
import {
  addEvaluator,
  createCompetition,
  getCompetition,
  getRound,
  listEvaluators,
  listRounds,
  listScoreChanges,
  listSites,
  normaliseSiteUrl,
  openRound,
  parseScore,
  reissueEvaluatorLink,
  registerSites,
  revokeEvaluatorLink,
  saveManualScores,
  startRound,
} from './store.ts';

const USAGE = `druk-audit competition <command> [options]

Every command takes --db FILE (default ./competition.db) and --competition NAME (only needed when the
database holds more than one competition).

  init --name NAME [--rubric rubric.json]   create the competition (rubric: docs/competition-guide.md)
  register --csv sites.csv                  register sites (columns: url, name, agency, contact_email)
  evaluator add --name NAME                 add an evaluator; prints their secret token
  evaluator list                            list evaluators and tokens (their links: ORIGIN/e/TOKEN/)
  evaluator revoke --name NAME              stop an evaluator's link from opening the page
  evaluator reissue --name NAME             give an evaluator a new link (the old one stops working)
  round start                               open the next round
  round run [--shard I/N] [--max-pages 25] [--concurrency 2] [--resume | --retry-failed]
                                            audit the open round's sites (or shard I of N)
  round close                               freeze the round's results
  monitor --interval 5m (--sweeps N | --duration 45d) [--timeout 10s]
                                            probe every site's uptime on a schedule
  serve [--port 0] [--public-origin URL]    serve the evaluators' scoring page on 127.0.0.1; behind a TLS
                                            proxy, URL is the address evaluators use (https://scores.example.bt)
  scores import --csv scores.csv            import manual scores (columns: evaluator, url, criterion, score, comment)
  scores history [--round N]                every change of a manual score: when, who, old and new value
  duplicates [--round N] [--min-share 0.5]  pairs of sites whose pages are largely the same text, for the
                                            judges to decide on (elimination for duplicacy)
  compare [--round N] [--details]           what improved and degraded since the round before
                                            (--details: every fixed and new finding)
  leaderboard --out DIR [--round N]         write the leaderboard (HTML en/dz, CSV, JSON) and report packs
  merge SHARD.db...                         import the crawls and probes of shard databases
  status                                    rounds, sites, crawls and probes so far
`;

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "500ms", "30s", "5m", "2h", "45d" -> milliseconds. */
export function parseDuration(text: string, option: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(text.trim());
  if (!match) throw new ConfigError(`${option} needs a number with a unit (ms, s, m, h, d), e.g. 5m; got "${text}"`);
  return Number(match[1]) * UNITS[match[2]!]!;
}

function positiveInteger(text: string | undefined, option: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new ConfigError(`${option} must be a whole number above 0, not "${text}"`);
  return value;
}

/** druk-audit's own site auditor; tests pass one of their own. */
async function defaultAuditor(): Promise<SiteAuditor> {
  return auditSite;
}

interface CommandContext {
  args: string[];
  io: CliIO;
  db: Database;
  dbFile: string;
  competitionName: string | undefined;
  auditor: () => Promise<SiteAuditor>;
}

type Handler = (context: CommandContext) => Promise<number>;

/** Mailbox, @, a domain with a dot: enough to catch a name or a phone number typed in the e-mail column. */
const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>".]+$/;

/** A sites CSV's rows, checked before anything is registered: each problem names its line and column. */
function checkRegistrations(records: Record<string, string>[], file: string): void {
  const lineOfUrl = new Map<string, number>();
  records.forEach((record, index) => {
    const where = `${file} line ${index + 2}`;
    let url: string;
    try {
      url = normaliseSiteUrl(record.url!);
    } catch (error) {
      throw new ConfigError(`${where}: url ${(error as Error).message}`);
    }
    const earlier = lineOfUrl.get(url);
    if (earlier !== undefined) throw new ConfigError(`${where}: url ${url} is already on line ${earlier}`);
    lineOfUrl.set(url, index + 2);
    const email = record.contact_email ?? '';
    if (email !== '' && !EMAIL.test(email)) {
      throw new ConfigError(`${where}: contact_email "${email}" is not an e-mail address`);
    }
  });
}

function scoreValue(score: number | null): string {
  return score === null ? '–' : String(score);
}

function scoreHistory(args: string[], io: CliIO, db: Database, competitionName: string | undefined): number {
  const { values } = options(args, { round: { type: 'string' } });
  const competition = getCompetition(db, competitionName);
  const round = getRound(db, competition.id, positiveInteger(values.round, '--round'));
  const changes = listScoreChanges(db, round.id);
  io.stdout(`round ${round.number}: ${changes.length} score changes (UTC)\n`);
  for (const change of changes) {
    io.stdout(
      `${new Date(change.changedAt).toISOString()}\t${change.evaluator}\t${change.site}\t${change.criterion}\t${scoreValue(change.oldScore)} -> ${scoreValue(change.newScore)}\t${change.source}\n`,
    );
  }
  return 0;
}

function options<T extends Record<string, { type: 'string' | 'boolean' }>>(
  args: string[],
  spec: T,
  positionals = false,
) {
  return parseArgs({ args, options: spec, allowPositionals: positionals, strict: true });
}

const handlers: Record<string, Handler> = {
  async register({ args, io, db, competitionName }) {
    const { values } = options(args, { csv: { type: 'string' } });
    if (!values.csv) throw new ConfigError('register needs --csv sites.csv');
    const file = resolve(io.cwd, values.csv);
    const records = readCsvRecords(readInputFile(file, 'the sites CSV'), ['url', 'name'], file);
    checkRegistrations(records, file);
    const competition = getCompetition(db, competitionName);
    const { added, updated } = registerSites(
      db,
      competition.id,
      records.map((record) => ({
        url: record.url!,
        name: record.name!,
        agency: record.agency ?? '',
        contactEmail: record.contact_email ?? '',
      })),
    );
    io.stdout(`${added} sites registered, ${updated} updated (${listSites(db, competition.id).length} in all)\n`);
    return 0;
  },

  async evaluator({ args, io, db, competitionName }) {
    const [action, ...rest] = args;
    const competition = getCompetition(db, competitionName);
    if (action === 'add') {
      const { values } = options(rest, { name: { type: 'string' } });
      if (!values.name) throw new ConfigError('evaluator add needs --name');
      const evaluator = addEvaluator(db, competition.id, values.name);
      io.stdout(`${evaluator.name}\t${evaluator.token}\n(their page: <serve URL>/e/${evaluator.token}/)\n`);
      return 0;
    }
    if (action === 'list') {
      for (const evaluator of listEvaluators(db, competition.id)) {
        io.stdout(`${evaluator.name}\t${evaluator.revoked ? '(link revoked)' : evaluator.token}\n`);
      }
      return 0;
    }
    if (action === 'revoke' || action === 'reissue') {
      const { values } = options(rest, { name: { type: 'string' } });
      if (!values.name) throw new ConfigError(`evaluator ${action} needs --name`);
      if (action === 'revoke') {
        revokeEvaluatorLink(db, competition.id, values.name);
        io.stdout(`${values.name}'s link no longer opens the scoring page; their scores stay\n`);
      } else {
        const evaluator = reissueEvaluatorLink(db, competition.id, values.name);
        io.stdout(`${evaluator.name}\t${evaluator.token}\n(their new page: <serve URL>/e/${evaluator.token}/)\n`);
      }
      return 0;
    }
    throw new ConfigError('evaluator needs add, list, revoke or reissue');
  },

  async round({ args, io, db, dbFile, competitionName, auditor }) {
    const [action, ...rest] = args;
    const competition = getCompetition(db, competitionName);
    if (action === 'start') {
      const round = startRound(db, competition.id);
      io.stdout(`round ${round.number} started\n`);
      return 0;
    }
    if (action === 'run') {
      const { values } = options(rest, {
        shard: { type: 'string' },
        'max-pages': { type: 'string' },
        concurrency: { type: 'string' },
        resume: { type: 'boolean' },
        'retry-failed': { type: 'boolean' },
      });
      const round = openRound(db, competition.id);
      const summary = await runRound(db, round, {
        auditor: await auditor(),
        ...(values.shard ? { shard: parseShard(values.shard) } : {}),
        concurrency: positiveInteger(values.concurrency, '--concurrency') ?? 2,
        auditOptions: {
          maxPages: positiveInteger(values['max-pages'], '--max-pages') ?? 25,
          // The database keeps what the competition needs; the audit's own journal goes next to it.
          formats: [],
          outputDir: `${dbFile.replace(/\.db$/, '')}-audits/round-${round.number}`,
        },
        onlyMissing: values.resume ?? false,
        retryFailed: values['retry-failed'] ?? false,
        onSite: (site, crawl) =>
          io.stdout(`${crawl.status === 'ok' ? 'audited' : `UNREACHABLE (${crawl.error})`}\t${site.url}\n`),
        onToolFailure: (site, error) => io.stdout(`TOOL ERROR, not counted (${error})\t${site.url}\n`),
      });
      const lost = summary.toolFailures
        ? `; ${summary.toolFailures} lost to tool errors, audit them again with --retry-failed`
        : '';
      io.stdout(
        `round ${round.number}: ${summary.audited} sites audited (${summary.unreachable} unreachable, ${summary.skipped} already done) in ${(summary.durationMs / 1000).toFixed(1)} s${lost}\n`,
      );
      return 0;
    }
    if (action === 'close') {
      const round = openRound(db, competition.id);
      const standings = closeRound(db, competition, round);
      const eliminated = standings.filter((standing) => standing.eliminated);
      io.stdout(`round ${round.number} closed: ${standings.filter((s) => s.rank !== null).length} sites ranked\n`);
      for (const standing of eliminated) {
        io.stdout(`flagged for elimination: ${standing.site.name}: ${standing.eliminationEvidence}\n`);
      }
      for (const pair of findDuplicateSites(db, competition, round)) io.stdout(`${describeDuplicatePair(pair)}\n`);
      return 0;
    }
    throw new ConfigError('round needs start, run or close');
  },

  async monitor({ args, io, db, competitionName }) {
    const { values } = options(args, {
      interval: { type: 'string' },
      sweeps: { type: 'string' },
      duration: { type: 'string' },
      timeout: { type: 'string' },
    });
    if (!values.interval) throw new ConfigError('monitor needs --interval, e.g. --interval 5m');
    const competition = getCompetition(db, competitionName);
    const round = openRound(db, competition.id);
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const sweeps = await runMonitor(db, round, listSites(db, competition.id), {
        intervalMs: parseDuration(values.interval, '--interval'),
        ...(values.sweeps ? { maxSweeps: positiveInteger(values.sweeps, '--sweeps')! } : {}),
        ...(values.duration ? { durationMs: parseDuration(values.duration, '--duration') } : {}),
        ...(values.timeout ? { timeoutMs: parseDuration(values.timeout, '--timeout') } : {}),
        signal: stop.signal,
        onSweep: (sweep, probes) =>
          io.stdout(`sweep ${sweep}: ${probes.filter((probe) => probe.ok).length}/${probes.length} sites up\n`),
      });
      io.stdout(`monitor stopped after ${sweeps} sweeps\n`);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    return 0;
  },

  async serve({ args, io, db, competitionName }) {
    const { values } = options(args, { port: { type: 'string' }, 'public-origin': { type: 'string' } });
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535)
      throw new ConfigError(`--port must be 0-65535, not "${values.port}"`);
    const server = await startEvaluatorServer(db, {
      port,
      ...(competitionName ? { competition: competitionName } : {}),
      ...(values['public-origin'] ? { publicOrigin: values['public-origin'] } : {}),
    });
    // The links are the evaluators' only keys: a log is read by more people than the organiser, so only
    // where to find them is printed.
    io.stdout(
      `scoring page on ${server.url} for ${server.publicOrigin} (Ctrl-C stops it)\n` +
        `evaluators' links: ${server.publicOrigin}/e/<token>/ with the tokens from \`druk-audit competition evaluator list\`\n`,
    );
    await new Promise<void>((done) => {
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    });
    await server.close();
    return 0;
  },

  async scores({ args, io, db, competitionName }) {
    const [action, ...rest] = args;
    if (action === 'history') return scoreHistory(rest, io, db, competitionName);
    if (action !== 'import') throw new ConfigError('scores needs import or history');
    const { values } = options(rest, { csv: { type: 'string' } });
    if (!values.csv) throw new ConfigError('scores import needs --csv scores.csv');
    const file = resolve(io.cwd, values.csv);
    const records = readCsvRecords(
      readInputFile(file, 'the scores CSV'),
      ['evaluator', 'url', 'criterion', 'score'],
      file,
    );
    const competition = getCompetition(db, competitionName);
    const round = openRound(db, competition.id);
    const evaluators = new Map(listEvaluators(db, competition.id).map((evaluator) => [evaluator.name, evaluator]));
    const sites = new Map(listSites(db, competition.id).map((site) => [site.url, site]));
    const sheets = new Map<
      string,
      { siteId: number; evaluatorId: number; scores: Record<string, number>; comment: string }
    >();
    // A criterion scored twice for one site by one evaluator is most likely a copy-paste slip: the later row
    // is kept, as a spreadsheet would, and the organiser told which rows repeat which.
    const lineOfScore = new Map<string, number>();
    const repeated: string[] = [];
    records.forEach((record, index) => {
      const line = index + 2;
      const where = `${file} line ${line}`;
      const evaluator = evaluators.get(record.evaluator!);
      if (!evaluator) throw new ConfigError(`${where}: no evaluator named "${record.evaluator}"`);
      const site = sites.get(normaliseSiteUrl(record.url!));
      if (!site) throw new ConfigError(`${where}: ${record.url} is not a registered site`);
      let score: number;
      try {
        score = parseScore(record.score!);
      } catch (error) {
        throw new ConfigError(`${where}: score ${(error as Error).message}`);
      }
      const key = `${evaluator.id} ${site.id}`;
      const scoreKey = `${key} ${record.criterion}`;
      const earlier = lineOfScore.get(scoreKey);
      if (earlier !== undefined) {
        repeated.push(
          `${where} repeats line ${earlier} (${evaluator.name}, ${site.url}, ${record.criterion}); line ${line} is used`,
        );
      }
      lineOfScore.set(scoreKey, line);
      const sheet = sheets.get(key) ?? { siteId: site.id, evaluatorId: evaluator.id, scores: {}, comment: '' };
      sheet.scores[record.criterion!] = score;
      if (record.comment) sheet.comment = record.comment;
      sheets.set(key, sheet);
    });
    for (const sheet of sheets.values()) {
      saveManualScores(db, round, competition.rubric, { ...sheet, source: `import ${basename(file)}` });
    }
    for (const message of repeated) io.stderr(`${message}\n`);
    io.stdout(
      `${lineOfScore.size} scores imported for round ${round.number}${repeated.length ? ` (${repeated.length} repeated rows)` : ''}\n`,
    );
    return 0;
  },

  async duplicates({ args, io, db, competitionName }) {
    const { values } = options(args, { round: { type: 'string' }, 'min-share': { type: 'string' } });
    const competition = getCompetition(db, competitionName);
    const round = getRound(db, competition.id, positiveInteger(values.round, '--round'));
    const minShare = values['min-share'] === undefined ? DEFAULT_MIN_SHARE : Number(values['min-share']);
    if (!(minShare > 0 && minShare <= 1)) {
      throw new ConfigError(`--min-share must be a number above 0 and at most 1, not "${values['min-share']}"`);
    }
    const pairs = findDuplicateSites(db, competition, round, minShare);
    io.stdout(`round ${round.number}: ${pairs.length} pair(s) of sites with largely the same pages\n`);
    for (const pair of pairs) io.stdout(`${describeDuplicatePair(pair)}\n`);
    return 0;
  },

  async compare({ args, io, db, competitionName }) {
    const { values } = options(args, { round: { type: 'string' }, details: { type: 'boolean' } });
    const competition = getCompetition(db, competitionName);
    const current = getRound(db, competition.id, positiveInteger(values.round, '--round'));
    const previous = listRounds(db, competition.id)
      .filter((round) => round.number < current.number)
      .at(-1);
    // Not an error: the guide's round-by-round commands are chained with &&, and round 1 runs them too.
    if (!previous) {
      io.stdout(`round ${current.number} is the first round; there is nothing to compare it with yet\n`);
      return 0;
    }
    const comparison = compareRounds(db, competition, previous, current);
    const { improved, degraded, unchanged } = comparison.counts;
    io.stdout(
      `round ${previous.number} -> ${current.number}: ${improved} improved, ${degraded} degraded, ${unchanged} unchanged\n`,
    );
    for (const site of comparison.sites) {
      const movement =
        site.rankMovement === null ? '' : ` rank ${site.rankMovement >= 0 ? '+' : ''}${site.rankMovement}`;
      const findings = site.notAuditedIn
        ? `not audited in round ${site.notAuditedIn.number}`
        : `fixed ${site.fixed.length}, new ${site.introduced.length}, persisting ${site.persisting}`;
      io.stdout(`${site.trend}\t${site.after.site.name}${movement}, total ${site.totalChange ?? '–'}; ${findings}\n`);
      if (!values.details) continue;
      for (const [mark, findings] of [
        ['fixed', site.fixed],
        ['new', site.introduced],
      ] as const) {
        for (const finding of findings) {
          io.stdout(
            `  ${mark}\t${finding.ruleId} (${finding.severity}, ${finding.pages.length} pages): ${finding.message}\n`,
          );
        }
      }
    }
    return 0;
  },

  async leaderboard({ args, io, db, competitionName }) {
    const { values } = options(args, { out: { type: 'string' }, round: { type: 'string' } });
    if (!values.out) throw new ConfigError('leaderboard needs --out DIR');
    const competition = getCompetition(db, competitionName);
    const files = writeLeaderboard(
      db,
      competition,
      resolve(io.cwd, values.out),
      positiveInteger(values.round, '--round'),
    );
    io.stdout(`${files.length} files written to ${resolve(io.cwd, values.out)}\n`);
    return 0;
  },

  async merge({ args, io, db, competitionName }) {
    const { positionals } = options(args, {}, true);
    if (positionals.length === 0) throw new ConfigError('merge needs one or more shard database files');
    const competition = getCompetition(db, competitionName);
    for (const summary of mergeShards(
      db,
      competition,
      positionals.map((file) => resolve(io.cwd, file)),
    )) {
      io.stdout(
        `${summary.file}: ${summary.crawls} crawls, ${summary.probes} probes imported; ${summary.olderSkipped} older crawls skipped\n`,
      );
    }
    return 0;
  },

  async status({ io, db, competitionName }) {
    const competition = getCompetition(db, competitionName);
    io.stdout(
      `${competition.name}: ${listSites(db, competition.id).length} sites, ${listEvaluators(db, competition.id).length} evaluators\n`,
    );
    for (const round of listRounds(db, competition.id)) {
      const { standings } = roundStandings(db, competition, round);
      const audited = standings.filter((standing) => standing.status !== 'not-audited').length;
      const probes = db.prepare('SELECT count(*) AS n FROM probe WHERE round_id = ?').get(round.id) as { n: number };
      io.stdout(`round ${round.number} (${round.status}): ${audited} sites audited, ${probes.n} uptime probes\n`);
    }
    return 0;
  },
};

/** Runs `druk-audit competition …`; exit code 0 ok, 1 failure, 2 usage or configuration error. */
export async function runCompetitionCommand(
  argv: string[],
  io: CliIO,
  auditor: () => Promise<SiteAuditor> = defaultAuditor,
): Promise<number> {
  // Global options may stand anywhere; take them out, and the first word left is the command.
  const rest: string[] = [];
  const global: { db?: string; competition?: string } = {};
  for (let index = 0; index < argv.length; index += 1) {
    const match = /^--(db|competition)(?:=(.*))?$/.exec(argv[index]!);
    if (!match) rest.push(argv[index]!);
    else if (match[2] !== undefined) global[match[1] as 'db' | 'competition'] = match[2];
    else {
      global[match[1] as 'db' | 'competition'] = argv[index + 1];
      index += 1;
    }
  }
  const [command, ...args] = rest;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return command ? 0 : 2;
  }
  const dbFile = resolve(io.cwd, global.db ?? 'competition.db');
  const competitionName = global.competition;
  let db: Database | undefined;
  try {
    if (command !== 'init' && !Object.hasOwn(handlers, command))
      throw new ConfigError(`unknown command "${command}"\n\n${USAGE}`);
    if (command !== 'init' && !existsSync(dbFile)) {
      throw new ConfigError(`there is no competition database at ${dbFile}; create one with init (or pass --db)`);
    }
    db = openDatabase(dbFile);
    if (command === 'init') {
      const { values } = options(args, { name: { type: 'string' }, rubric: { type: 'string' } });
      if (!values.name) throw new ConfigError('init needs --name "Name of the competition"');
      const rubric = values.rubric
        ? parseRubric(readInputFile(resolve(io.cwd, values.rubric), 'the rubric'), values.rubric)
        : DEFAULT_RUBRIC;
      createCompetition(db, values.name, rubric);
      io.stdout(`competition "${values.name}" created in ${dbFile}\n`);
      return 0;
    }
    return await handlers[command]!({ args, io, db, dbFile, competitionName, auditor });
  } catch (error) {
    const usage = error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    io.stderr(`druk-audit competition: ${(error as Error).message}\n`);
    return usage ? 2 : 1;
  } finally {
    db?.close();
  }
}

const competitionCommand: CliSubcommand = {
  name: 'competition',
  summary: 'run the national website competition: rounds, evaluators, uptime, leaderboard',
  run: (args, io) => runCompetitionCommand(args, io),
};

export default competitionCommand;
