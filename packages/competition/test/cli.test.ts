import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliIO, siteFolderName } from '@druk/audit';
import competitionCommand, { parseDuration, runCompetitionCommand } from '../src/cli.ts';
import type { SiteAuditor } from '../src/rounds.ts';
import { fakeAuditor, type FakeSite, tempDir } from './fixtures.ts';

const temp = tempDir();
afterAll(() => temp.remove());

let sites: Record<string, FakeSite> = {};
const auditor: SiteAuditor = (site, options) => fakeAuditor(sites)(site, options);

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (text) => (out += text), stderr: (text) => (err += text), isTTY: false, cwd: temp.dir };
  const code = await runCompetitionCommand(argv, io, async () => auditor);
  return { code, out, err };
}

describe('druk-audit competition', () => {
  it('is registered as the "competition" sub-command', () => {
    expect(competitionCommand.name).toBe('competition');
  });

  it('names what is wrong and exits 2 on bad usage', async () => {
    expect(await run('register', '--csv', 'x.csv')).toMatchObject({
      code: 2,
      err: expect.stringContaining('there is no competition database'),
    });
    // Named as unknown before the database is looked for: there is none here.
    for (const command of ['frobnicate', 'toString']) {
      expect(await run(command)).toMatchObject({
        code: 2,
        err: expect.stringContaining(`unknown command "${command}"`),
      });
    }
    expect(await run('init')).toMatchObject({ code: 2, err: expect.stringContaining('init needs --name') });
    expect((await run()).out).toContain('druk-audit competition <command>');
    expect(() => parseDuration('5 minutes', '--interval')).toThrow('--interval needs a number with a unit');
    expect(parseDuration('1.5h', '--duration')).toBe(5_400_000);
  });

  it('runs two rounds from the command line: register, score, close, compare, leaderboard', async () => {
    expect(await run('init', '--name', 'National Website Competition')).toMatchObject({ code: 0 });
    writeFileSync(
      join(temp.dir, 'sites.csv'),
      'url,name,agency,contact_email\nhttp://a.test/,Ministry A,MoA,web@a.test\nhttp://b.test/,"Dzongkhag B, East",DzB,\nhttp://c.test/,Thromde C,TC,\n',
    );
    expect((await run('register', '--csv', 'sites.csv')).out).toContain('3 sites registered, 0 updated (3 in all)');
    for (const name of ['Pema', 'Karma', 'Sonam']) expect((await run('evaluator', 'add', '--name', name)).code).toBe(0);
    expect((await run('evaluator', 'list')).out.split('\n').filter(Boolean)).toHaveLength(3);

    sites = {
      'http://a.test/': { score: 70, failing: ['contrast', 'alt'] },
      'http://b.test/': { score: 60, failing: ['contrast'] },
      'http://c.test/': { score: 50, failing: ['hsts'] },
    };
    expect((await run('round', 'start')).out).toContain('round 1 started');
    expect((await run('round', 'run', '--max-pages', '5')).out).toContain(
      '3 sites audited (0 unreachable, 0 already done)',
    );
    writeFileSync(
      join(temp.dir, 'scores.csv'),
      [
        'evaluator,url,criterion,score,comment',
        'Pema,http://c.test/,aesthetics,9,Lovely',
        'Karma,http://c.test/,aesthetics,8,',
        'Sonam,http://c.test/,aesthetics,1,',
      ].join('\n'),
    );
    expect((await run('scores', 'import', '--csv', 'scores.csv')).out).toContain('3 scores imported for round 1');
    writeFileSync(
      join(temp.dir, 'bad-scores.csv'),
      'evaluator,url,criterion,score\nNobody,http://c.test/,aesthetics,5\n',
    );
    expect(await run('scores', 'import', '--csv', 'bad-scores.csv')).toMatchObject({
      code: 2,
      err: expect.stringContaining('line 2: no evaluator named "Nobody"'),
    });
    expect((await run('round', 'close')).out).toContain('round 1 closed: 3 sites ranked');
    // The guide chains a round's commands with &&: compare after round 1 says so and succeeds.
    expect(await run('compare')).toMatchObject({
      code: 0,
      out: 'round 1 is the first round; there is nothing to compare it with yet\n',
    });

    // Round 2: A fixes one problem, B degrades, C unchanged.
    sites = {
      'http://a.test/': { score: 85, failing: ['contrast'] },
      'http://b.test/': { score: 40, failing: ['contrast', 'skip-link'] },
      'http://c.test/': { score: 50, failing: ['hsts'] },
    };
    await run('round', 'start');
    await run('round', 'run');
    expect((await run('scores', 'import', '--csv', 'scores.csv')).out).toContain('3 scores imported for round 2');
    await run('round', 'close');
    const compare = await run('compare');
    expect(compare.out).toContain('round 1 -> 2: 1 improved, 1 degraded, 1 unchanged');
    expect(compare.out).toContain('improved\tMinistry A rank +0, total 15; fixed 1, new 0, persisting 1');
    expect(compare.out).toContain('degraded\tDzongkhag B, East rank -1, total -20; fixed 0, new 1, persisting 1');
    const details = await run('compare', '--details');
    expect(details.out).toContain('  fixed\talt (serious, 1 pages): alt fails\n');
    expect(details.out).toContain('  new\tskip-link (serious, 1 pages): skip-link fails\n');

    const written = await run('leaderboard', '--out', 'board');
    expect(written.code).toBe(0);
    const board = join(temp.dir, 'board');
    const json = JSON.parse(readFileSync(join(board, 'leaderboard.json'), 'utf8'));
    expect(
      json.sites.map((site: { name: string; rank: number; rankMovement: number }) => [
        site.name,
        site.rank,
        site.rankMovement,
      ]),
    ).toEqual([
      ['Ministry A', 1, 0],
      ['Thromde C', 2, 1],
      ['Dzongkhag B, East', 3, -1],
    ]);
    const csv = readFileSync(join(board, 'leaderboard.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe(
      'rank,name,url,status,total,band,usability-reliability,content-aesthetic,security-privacy,services-information,citizen-participation,additional-features,uptime,rank_movement,total_change',
    );
    expect(csv[3]).toMatch(/^3,"Dzongkhag B, East",http:\/\/b\.test\/,ranked,40,fair,/);
    const english = readFileSync(join(board, 'leaderboard.en.html'), 'utf8');
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('Since round 1: 1 improved, 1 degraded, 1 unchanged.');
    expect(english).toContain('<a href="leaderboard.dz.html" lang="dz" hreflang="dz">རྫོང་ཁ</a>');
    expect(english).toContain('<svg');
    expect(english).toContain('<table data-sortable>');
    // Thromde C's aesthetics: 90, 80 and 10; the 10 was set aside.
    expect(english).toContain('<h2 id="disagreement">Where the evaluators disagreed</h2>');
    expect(english).toMatch(
      /<th scope="row">Thromde C<\/th><td>Visual design and aesthetics<\/td><td>90 · 80 · 10<\/td><td class="number">35\.6<\/td><td class="number">85<\/td><td>1 outlying scores set aside<\/td>/,
    );
    const dzongkha = readFileSync(join(board, 'leaderboard.dz.html'), 'utf8');
    expect(dzongkha).toContain('<html lang="dz">');
    expect(dzongkha).toContain('གྲལ་རིམ།');
    expect(dzongkha).toContain('༨༥');
    // Report packs: one per site, in both languages, with the changes finding by finding.
    const [a, b, c] = ['http://a.test/', 'http://b.test/', 'http://c.test/'].map(siteFolderName);
    const pack = JSON.parse(readFileSync(join(board, 'reports', a!, 'report.json'), 'utf8'));
    expect(pack.changes.fixed.map((finding: { ruleId: string }) => finding.ruleId)).toEqual(['alt']);
    expect(existsSync(join(board, 'reports', b!, 'report.dz.html'))).toBe(true);
    expect(pack.site).toEqual({
      id: a,
      name: 'Ministry A',
      url: 'http://a.test/',
      agency: 'MoA',
      contactEmail: 'web@a.test',
    });
    const mailing = readFileSync(join(board, 'reports', 'mailing-list.csv'), 'utf8').split('\n');
    expect(mailing[0]).toBe('site,name,agency,contact_email,report_en,report_dz,report_json');
    expect(mailing).toContain(
      `${a},Ministry A,MoA,web@a.test,${a}/report.en.html,${a}/report.dz.html,${a}/report.json`,
    );
    // Sonam's 1 out of 10 is set aside: the mean of 90 and 80.
    const thromde = JSON.parse(readFileSync(join(board, 'reports', c!, 'report.json'), 'utf8'));
    expect(thromde.manual).toEqual([
      expect.objectContaining({ criterion: 'aesthetics', mean: 85, evaluators: 3, outliers: 1 }),
    ]);
    const status = await run('status');
    expect(status.out).toContain('round 2 (closed): 3 sites audited, 0 uptime probes');
  });
});

describe('checking what is imported', () => {
  const checks = (...argv: string[]) => run('--db', 'checks.db', ...argv);
  const register = async (csv: string) => {
    writeFileSync(join(temp.dir, 'checks-sites.csv'), csv);
    return checks('register', '--csv', 'checks-sites.csv');
  };
  const file = () => join(temp.dir, 'checks-sites.csv');

  it('refuses a sites CSV with an unclosed quote, a bad e-mail or a URL twice, naming line and column', async () => {
    await checks('init', '--name', 'Checks');
    expect(await register('url,name\nhttp://a.test/,A\nhttp://b.test/,"B\nhttp://c.test/,C\n')).toMatchObject({
      code: 2,
      err: `druk-audit competition: ${file()} line 3: a quoted value is never closed (a " is missing)\n`,
    });
    expect(
      await register('url,name,contact_email\nhttp://a.test/,A,web@a.test\nhttp://b.test/,B,Dorji 17 11 22 33\n'),
    ).toMatchObject({
      code: 2,
      err: `druk-audit competition: ${file()} line 3: contact_email "Dorji 17 11 22 33" is not an e-mail address\n`,
    });
    expect(await register('url,name\nhttp://a.test/,A\nhttp://b.test/,B\nhttp://A.test,A again\n')).toMatchObject({
      code: 2,
      err: `druk-audit competition: ${file()} line 4: url http://a.test/ is already on line 2\n`,
    });
    expect(await register('url,name\nftp://a.test/,A\n')).toMatchObject({
      code: 2,
      err: `druk-audit competition: ${file()} line 2: url "ftp://a.test/" is not an http(s) URL\n`,
    });
    expect((await checks('status')).out).toContain('Checks: 0 sites');
    expect(await checks('register', '--csv', '/nonexistent.csv')).toMatchObject({
      code: 2,
      err: 'druk-audit competition: cannot read the sites CSV /nonexistent.csv: there is no such file\n',
    });
  });

  it('refuses scores that are not plain numbers, and reports repeated rows instead of counting them twice', async () => {
    await register('url,name\nhttp://a.test/,A\n');
    await checks('evaluator', 'add', '--name', 'Pema');
    await checks('round', 'start');
    const scores = join(temp.dir, 'checks-scores.csv');
    for (const unmeant of ['0x5', '1e1', '5.123456789']) {
      writeFileSync(scores, `evaluator,url,criterion,score\nPema,http://a.test/,aesthetics,${unmeant}\n`);
      expect(await checks('scores', 'import', '--csv', 'checks-scores.csv')).toMatchObject({
        code: 2,
        err: `druk-audit competition: ${scores} line 2: score "${unmeant}" is not a score: write a number such as 7 or 7.5, with at most 2 decimals\n`,
      });
    }
    writeFileSync(
      scores,
      [
        'evaluator,url,criterion,score',
        'Pema,http://a.test/,aesthetics,5',
        'Pema,http://a.test/,content-usefulness,6',
        'Pema,http://a.test/,aesthetics,7',
      ].join('\n'),
    );
    expect(await checks('scores', 'import', '--csv', 'checks-scores.csv')).toEqual({
      code: 0,
      out: '2 scores imported for round 1 (1 repeated rows)\n',
      err: `${scores} line 4 repeats line 2 (Pema, http://a.test/, aesthetics); line 4 is used\n`,
    });
    expect((await checks('scores', 'history')).out).toContain('aesthetics\t– -> 7\t');
  });
});

describe('evaluator links and score history', () => {
  const links = (...argv: string[]) => run('--db', 'links.db', ...argv);

  /** Runs `serve` until the test is done with it; resolves with its public origin once it is listening. */
  function serve(...argv: string[]) {
    let out = '';
    let listening: (origin: string) => void;
    const started = new Promise<string>((resolve) => (listening = resolve));
    const io: CliIO = {
      stdout: (text) => {
        out += text;
        const origin = /for (\S+) \(Ctrl-C/.exec(out)?.[1];
        if (origin && out.includes("evaluators' links")) listening(origin);
      },
      stderr: (text) => (out += text),
      isTTY: false,
      cwd: temp.dir,
    };
    const exited = runCompetitionCommand(['--db', 'links.db', 'serve', ...argv], io, async () => auditor);
    return { started, exited, output: () => out };
  }

  it('revokes and reissues a link per evaluator, and never prints links in the log', async () => {
    await links('init', '--name', 'Links');
    writeFileSync(join(temp.dir, 'links.csv'), 'url,name\nhttp://a.test/,Ministry A\n');
    await links('register', '--csv', 'links.csv');
    await links('evaluator', 'add', '--name', 'Pema');
    await links('evaluator', 'add', '--name', 'Karma');
    const tokenOf = async (name: string) =>
      new Map(
        (await links('evaluator', 'list')).out.split('\n').map((line) => line.split('\t') as [string, string]),
      ).get(name)!;
    const pemaToken = await tokenOf('Pema');
    const karmaToken = await tokenOf('Karma');

    const server = serve();
    const origin = await server.started;
    try {
      expect(server.output()).toContain('druk-audit competition evaluator list');
      expect(server.output()).not.toContain(pemaToken);
      expect(server.output()).not.toContain(karmaToken);
      const status = async (token: string) => (await fetch(`${origin}/e/${token}/`)).status;
      expect(await status(pemaToken)).toBe(200);

      expect((await links('evaluator', 'revoke', '--name', 'Pema')).code).toBe(0);
      expect(await tokenOf('Pema')).toBe('(link revoked)');
      expect(await status(pemaToken)).toBe(403);
      expect(await status(karmaToken)).toBe(200);

      const reissued = await links('evaluator', 'reissue', '--name', 'Pema');
      const newToken = reissued.out.split('\n')[0]!.split('\t')[1]!;
      expect(newToken).toMatch(/^[\w-]{24}$/);
      expect(await status(pemaToken)).toBe(403);
      expect(await status(newToken)).toBe(200);
      expect(await links('evaluator', 'revoke', '--name', 'Nobody')).toMatchObject({
        code: 2,
        err: expect.stringContaining('there is no evaluator named "Nobody"'),
      });
    } finally {
      process.emit('SIGINT');
      expect(await server.exited).toBe(0);
    }
  });

  it('lists every score change with who, when, the old and the new value', async () => {
    await links('round', 'start');
    const scores = (score: string) =>
      writeFileSync(
        join(temp.dir, 'links-scores.csv'),
        `evaluator,url,criterion,score\nKarma,http://a.test/,aesthetics,${score}\n`,
      );
    scores('6');
    await links('scores', 'import', '--csv', 'links-scores.csv');
    scores('8');
    await links('scores', 'import', '--csv', 'links-scores.csv');
    const history = (await links('scores', 'history')).out.split('\n');
    expect(history[0]).toBe('round 1: 2 score changes (UTC)');
    expect(history[1]).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\tKarma\tMinistry A\taesthetics\t– -> 6\timport links-scores\.csv$/,
    );
    expect(history[2]).toMatch(/\tKarma\tMinistry A\taesthetics\t6 -> 8\timport links-scores\.csv$/);
  });
});
