import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db.ts';
import { type EvaluatorServer, parsePublicOrigin, startEvaluatorServer } from '../src/evaluator-server.ts';
import { closeRound } from '../src/scoring.ts';
import {
  addEvaluator,
  type Competition,
  type Evaluator,
  listScoreChanges,
  listSites,
  loadManualScores,
  type Round,
  startRound,
} from '../src/store.ts';
import { competitionWithSites, tempDir } from './fixtures.ts';

const temp = tempDir();
let db: Database;
let competition: Competition;
let round: Round;
let server: EvaluatorServer;
let pema: Evaluator;
let karma: Evaluator;

beforeAll(async () => {
  ({ db, competition } = competitionWithSites(join(temp.dir, 'evaluators.db'), ['a', 'b']));
  round = startRound(db, competition.id);
  pema = addEvaluator(db, competition.id, 'Pema');
  karma = addEvaluator(db, competition.id, 'Karma');
  server = await startEvaluatorServer(db);
});

afterAll(async () => {
  await server.close();
  db.close();
  temp.remove();
});

function post(
  evaluator: Evaluator,
  siteId: number,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  return fetch(`${server.linkFor(evaluator)}sites/${siteId}`, {
    method: 'POST',
    body: new URLSearchParams(fields),
    redirect: 'manual',
    // A browser names the page's origin on every form it posts.
    headers: { origin: server.publicOrigin, ...headers },
  });
}

/** A POST as raw HTTP, with the Host and Origin headers exactly as given (fetch would correct them). */
function rawPost(path: string, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((done, failed) => {
    const request = httpRequest(new URL(path, server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    });
    request.on('response', (response) => {
      response.resume();
      done(response.statusCode!);
    });
    request.on('error', failed);
    request.end(body);
  });
}

describe('evaluator scoring page', () => {
  it('listens on 127.0.0.1 and refuses unknown tokens', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(`${server.url}e/not-a-token/`);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('This link is not valid');
    expect((await fetch(`${server.url}`)).status).toBe(404);
  });

  it('saves a sheet posted by a plain HTML form and shows each evaluator only their own scores', async () => {
    const [siteA] = listSites(db, competition.id);
    const form = await (await fetch(`${server.linkFor(pema)}sites/${siteA!.id}`)).text();
    // A real form: method, action, labelled number fields with the rubric's range; no script on the page.
    expect(form).toContain(`<form method="post" action="/e/${pema.token}/sites/${siteA!.id}">`);
    expect(form).toContain('<label for="score-aesthetics">Visual design and aesthetics');
    expect(form).toMatch(/<input id="score-aesthetics" name="score.aesthetics" type="number"[^>]* min="0" max="10"/);
    expect(form).not.toContain('<script');

    const saved = await post(pema, siteA!.id, {
      'score.aesthetics': '7.5',
      'score.content-usefulness': '8',
      'score.services-clarity': '',
      comment: 'Clear menus; Dzongkha pages thin.',
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/e/${pema.token}/?saved=${siteA!.id}`);
    await post(karma, siteA!.id, { 'score.aesthetics': '2', 'score.content-usefulness': '3' });
    // The organisers' history names the sheet, the old and the new value, and that the page made the change.
    expect(
      listScoreChanges(db, round.id)
        .filter((change) => change.evaluator === 'Pema')
        .map(({ criterion, oldScore, newScore, source }) => [criterion, oldScore, newScore, source]),
    ).toEqual([
      ['aesthetics', null, 7.5, 'scoring page'],
      ['content-usefulness', null, 8, 'scoring page'],
    ]);

    const sheet = await (await fetch(`${server.linkFor(pema)}?saved=${siteA!.id}`)).text();
    expect(sheet).toContain('Scores for Site A saved.');
    expect(sheet).toContain('0 of 2 websites scored.');
    expect(sheet).toContain('7.5');
    expect(sheet).not.toContain('>2<');
    const karmaSheet = await (await fetch(server.linkFor(karma))).text();
    expect(karmaSheet).not.toContain('7.5');
    expect(loadManualScores(db, round.id, pema.id)).toEqual([
      {
        siteId: siteA!.id,
        evaluatorId: pema.id,
        criterion: 'aesthetics',
        score: 7.5,
        comment: 'Clear menus; Dzongkha pages thin.',
      },
      {
        siteId: siteA!.id,
        evaluatorId: pema.id,
        criterion: 'content-usefulness',
        score: 8,
        comment: 'Clear menus; Dzongkha pages thin.',
      },
    ]);
  });

  it('answers a bad score with the form again, the error and what was typed', async () => {
    const [, siteB] = listSites(db, competition.id);
    const response = await post(pema, siteB!.id, { 'score.aesthetics': '12', 'score.content-usefulness': 'abc' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain(
      'Not saved: &quot;abc&quot; is not a score: write a number such as 7 or 7.5, with at most 2 decimals',
    );
    expect(html).toContain('value="12"');
    for (const unmeant of ['0x5', '1e1', '5.123456789', '-1', 'Infinity']) {
      const refused = await post(pema, siteB!.id, { 'score.aesthetics': unmeant });
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain(`Not saved: &quot;${unmeant}&quot; is not a score`);
    }
    const tooHigh = await (await post(pema, siteB!.id, { 'score.aesthetics': '12' })).text();
    expect(tooHigh).toContain('must be between 0 and 10, not 12');
    expect(loadManualScores(db, round.id, pema.id).filter((score) => score.siteId === siteB!.id)).toEqual([]);
  });

  it('refuses forms from another origin, a null or malformed origin, another Host, and oversized forms', async () => {
    const [siteA] = listSites(db, competition.id);
    const path = `${new URL(server.linkFor(pema)).pathname}sites/${siteA!.id}`;
    const host = new URL(server.url).host;
    const form = 'score.aesthetics=1';
    expect(await rawPost(path, { host, origin: 'http://evil.example' }, form)).toBe(403);
    // A sandboxed frame on any site posts with `Origin: null`.
    expect(await rawPost(path, { host, origin: 'null' }, form)).toBe(403);
    expect(await rawPost(path, { host }, form)).toBe(403);
    expect(await rawPost(path, { host, origin: 'http://[bad' }, form)).toBe(400);
    expect(await rawPost(path, { host, origin: `${server.publicOrigin}/path` }, form)).toBe(400);
    // A page on a DNS name rebound to 127.0.0.1 is same-origin with itself, but names its own host.
    expect(await rawPost(path, { host: 'rebound.example', origin: 'http://rebound.example' }, form)).toBe(400);
    const big = `${form}&comment=${'x'.repeat(64 * 1024)}`;
    expect(await rawPost(path, { host, origin: server.publicOrigin }, big)).toBe(413);
    expect(await rawPost(path, { host, origin: server.publicOrigin, 'transfer-encoding': 'chunked' }, big)).toBe(413);
    expect(loadManualScores(db, round.id, pema.id).find((score) => score.criterion === 'aesthetics')?.score).toBe(7.5);
    expect(await rawPost(path, { host, origin: server.publicOrigin }, form)).toBe(303);
    await post(pema, siteA!.id, { 'score.aesthetics': '7.5' });
  });

  it('answers only for its public origin, and gives links there', async () => {
    const proxied = await startEvaluatorServer(db, { publicOrigin: 'https://scores.example.bt/' });
    try {
      expect(proxied.publicOrigin).toBe('https://scores.example.bt');
      expect(proxied.linkFor(pema)).toBe(`https://scores.example.bt/e/${pema.token}/`);
      // Reached directly rather than through the proxy: the Host is the listening address.
      expect((await fetch(proxied.linkFor(pema).replace('https://scores.example.bt/', proxied.url))).status).toBe(400);
    } finally {
      await proxied.close();
    }
    expect(() => parsePublicOrigin('scores.example.bt')).toThrow('--public-origin must be a URL');
    expect(() => parsePublicOrigin('https://scores.example.bt/scores')).toThrow('scheme and host only');
  });

  it('serves Dzongkha with lang="dz" and Tibetan digits', async () => {
    const html = await (await fetch(`${server.linkFor(pema)}?lang=dz`)).text();
    expect(html).toContain('<html lang="dz">');
    expect(html).toContain('སྐུགས་ཤོག');
    expect(html).toContain('༧.༥');
  });

  it("shows every evaluator's scores, read-only, once the round is closed", async () => {
    closeRound(db, competition, round);
    const [siteA] = listSites(db, competition.id);
    const sheet = await (await fetch(server.linkFor(karma))).text();
    expect(sheet).toContain('Round 1 is closed');
    expect(sheet).toContain('7.5 · 2');
    const form = await (await fetch(`${server.linkFor(karma)}sites/${siteA!.id}`)).text();
    expect(form).toContain('disabled');
    expect(form).not.toContain('type="submit"');
    const late = await post(karma, siteA!.id, { 'score.aesthetics': '9' });
    expect(late.status).toBe(400);
    expect(await late.text()).toContain('round 1 is closed');
  });
});
