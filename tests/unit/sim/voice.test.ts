/**
 * Issue #16: the community talks about the post and answers the brand. The banks (src/sim/voices/)
 * are well formed; and for every shipped scenario, in both languages, over 10 seeds, no thread
 * contradicts its post's situation, repeats a line, or shows a comment without an author. Two golden
 * transcripts per language are committed (tests/golden/) and compared, so a change of voice is seen.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/core/types';
import { createRng } from '../../../src/core/rng';
import { Session } from '../../../src/engine/session';
import { VOICES, castOf, contractFrench, personOf, sayLine, type Fill, type Flag, type Line } from '../../../src/sim';
import { shippedScenario } from '../../support/long-run';

const ROOT = join(__dirname, '..', '..', '..');
const SCENARIOS = readdirSync(join(ROOT, 'scenarios')).filter((d) => existsSync(join(ROOT, 'scenarios', d, 'manifest.json')));
const text = (l: Line) => (typeof l === 'string' ? l : l[0]);
const flags = (l: Line): readonly string[] => (typeof l === 'string' ? [] : l.slice(1));

describe('the voice banks', () => {
  it.each(LOCALES)('%s: every situation has lines, none twice, with known placeholders and consistent flags', (locale) => {
    const seen = new Set<string>();
    const problems: string[] = [];
    const check = (where: string, lines: readonly Line[], rule: (f: readonly string[]) => string | null) => {
      if (lines.length < 6) problems.push(`${where}: ${lines.length} lines`);
      for (const l of lines) {
        const t = text(l);
        if (seen.has(t)) problems.push(`${where}: "${t}" twice`);
        seen.add(t);
        const unknown = t.match(/\{(?!(?:author|brand|name|product|place|delay|price|event)\})[^}]*\}/);
        if (/\{name\}/.test(t) && !where.startsWith('rejoinder')) problems.push(`${where}: {name} outside the answers to members`);
        // anyone may say a line: no French line agrees with its speaker's gender (« je suis sûre », « trop content »)
        if (
          locale === 'fr' &&
          /\b(?:je suis|m[’']avez|trop|toujours)\s+(?:sûre?|contente?|convaincue?|motivée?|déçue?|ravie?|perdue?|client|cliente)\b|\bclientes?\s+(?:chez|depuis)|\bdésolée?\s+(?:pour|que)|\bje croyais être l[ae] seule?\b/i.test(
            t,
          )
        )
          problems.push(`${where}: "${t}" agrees with its speaker's gender`);
        if (unknown) problems.push(`${where}: unknown placeholder ${unknown[0]}`);
        const bad = rule(flags(l));
        if (bad) problems.push(`${where}: "${t}" ${bad}`);
      }
    };
    for (const [topic, phases] of Object.entries(VOICES[locale].topics))
      for (const [phase, cells] of Object.entries(phases))
        for (const [stance, lines] of Object.entries(cells))
          check(`${topic}/${phase}/${stance}`, lines, (f) =>
            phase === 'before' && f.includes('thanks')
              ? 'thanks the brand before it answered'
              : topic === 'abuse' && f.includes('backs-author')
                ? 'backs an abusive post'
                : (phase === 'good' || phase === 'poor') && f.includes('awaits-answer')
                  ? 'waits for an answer the brand has given'
                  : null,
          );
    for (const [subject, cells] of Object.entries(VOICES[locale].subjects))
      for (const [stance, lines] of Object.entries(cells))
        check(`subject ${subject}/${stance}`, lines, (f) => (f.includes('thanks') ? 'thanks the brand before it answered' : null));
    for (const [breach, cells] of Object.entries(VOICES[locale].breach))
      for (const [stance, lines] of Object.entries(cells))
        check(`breach ${breach}/${stance}`, lines, (f) => (f.includes('praise') || f.includes('thanks') ? 'praises a breach' : null));
    const { agree, defend, doubt, calm } = VOICES[locale].rejoinder;
    // agreeing takes the flags of the comment agreed with; the others say what they do themselves
    check('rejoinder agree', agree, (f) => (f.length > 0 ? 'carries flags of its own' : null));
    check('rejoinder defend', defend, (f) =>
      f.includes('praise') || f.includes('thanks') ? 'praises a service nobody has seen yet' : null,
    );
    check('rejoinder doubt', doubt, (f) => (f.includes('blames-brand') ? null : 'does not say what it holds against the brand'));
    check('rejoinder calm', calm, (f) => (f.includes('backs-author') || f.includes('attacks-author') ? 'takes a side in an attack' : null));
    expect(problems).toEqual([]);
  });

  it("says a post's facts only under a post that has them", () => {
    const situation = { topic: 'grievance', phase: 'before' } as const;
    const lines = (fill: Fill) =>
      Array.from({ length: 200 }, (_, i) => sayLine('en', situation, 'peer', i / 200, new Set(), fill)?.text ?? '');
    const bare = lines({ author: 'Léa', brand: 'Voltaire' });
    expect(bare.some((t) => /[{}]/.test(t))).toBe(false);
    const told = lines({ author: 'Léa', brand: 'Voltaire', product: 'Zadig', delay: 'two days' });
    expect(told.filter((t) => t.includes('Zadig') || t.includes('two days')).length).toBeGreaterThan(0);
  });

  it('folds French articles into the preposition before a name', () => {
    expect(contractFrench('Du grand Le Fournil. Merci à Le Fournil, avis de Le Fournil, de Les Halles, chez Le Fournil')).toBe(
      'Du grand Fournil. Merci au Fournil, avis du Fournil, des Halles, chez Le Fournil',
    );
  });

  it('gives members first names the personas do not have', () => {
    const taken = new Set(['Emma', 'Léa', 'Hugo', 'Lucas']);
    for (let j = 0; j < 300; j++) expect(taken.has(personOf(3, j, 'fr', taken).name.split(' ')[0]!)).toBe(false);
  });

  it("casts a run with no two people alike and none of a persona's family", () => {
    const cast = castOf(5, 'fr', [{ name: 'Léa Martin' }, { name: 'Zed' }]);
    const people = Array.from({ length: 500 }, (_, j) => cast(j));
    expect(cast(42)).toBe(people[42]);
    expect(new Set(people.map((p) => p.handle)).size).toBe(500);
    expect(new Set(people.map((p) => p.name)).size).toBe(500);
    expect(people.filter((p) => p.name.startsWith('Léa ') || p.name.endsWith(' Martin'))).toEqual([]);
  });

  it('gives each member of a run one name and handle, the same every time', () => {
    expect(personOf(7, 42, 'fr')).toEqual(personOf(7, 42, 'fr'));
    const people = Array.from({ length: 200 }, (_, j) => personOf(7, j, 'en'));
    expect(new Set(people.map((p) => p.handle)).size).toBeGreaterThan(150);
    for (const p of people) expect(p.handle).toMatch(/^@[a-z0-9._]+$/);
  });
});

/** Plays a shipped scenario to its end, answering each post with a random shown option (or its best one). */
function play(id: string, locale: Locale, seed: number, policy: 'random' | 'best'): Session {
  const scenario = shippedScenario(id);
  const s = new Session({
    manifest: scenario.manifest,
    charter: scenario.charter,
    story: scenario.stories[locale],
    locale,
    seed,
    audienceSize: 1000,
  });
  const rng = createRng(`voice:${id}:${locale}:${seed}`);
  for (let guard = 0; !s.ended && guard < 5000; guard++) {
    const post = s.feed.find((p) => p.state === 'open');
    if (!post) {
      s.advance(s.nextEventAt() ?? s.now + 60);
      continue;
    }
    s.advance(s.now + 60);
    const shown = s.visibleOptions(post.id).filter((o) => !o.hidden);
    const best = shown.find((o) => o.judgement === 'best') ?? shown[0];
    const pick = policy === 'best' ? best : rng.pick(shown);
    if (pick) s.choose(post.id, pick.index);
  }
  s.advance(s.now + 1800);
  return s;
}

const PUBLIC = new Set(['reply', 'like']);
const ABUSIVE = new Set(['abuse', 'spam']);

describe('threads through the engine', () => {
  it.each(SCENARIOS)('%s: no thread contradicts its post, repeats a line or lacks an author (2 languages × 10 seeds)', (id) => {
    const problems: string[] = [];
    let comments = 0;
    let answers = 0;
    const distinct = new Set<string>();
    for (const locale of LOCALES)
      for (let seed = 1; seed <= 10; seed++) {
        const s = play(id, locale, seed, 'random');
        for (const post of s.feed) {
          const where = `${locale} seed ${seed} ${post.id}`;
          const replies = post.replies.filter((r) => r.id.startsWith('c'));
          // moderated posts leave the threads they were in; a banned author says nothing more
          for (const d of s.decisions.filter((x) => x.action === 'hide' || x.action === 'delete' || x.action === 'ban')) {
            if (post.replies.some((r) => r.id === d.postId)) problems.push(`${where}: ${d.postId} (${d.action}) still shows in the thread`);
            if (d.postId === post.id && post.replies.some((r) => /^[cs]\d/.test(r.id) && r.at > d.decidedAt))
              problems.push(`${where}: comments keep coming under a post the brand moderated`);
            const author = s.feed.find((p) => p.id === d.postId)?.persona.name;
            if (d.action === 'ban' && post.replies.some((r) => r.author === author && r.at > d.decidedAt))
              problems.push(`${where}: ${author} comments after being banned`);
          }
          const names = new Map<string, string>();
          for (const r of replies) {
            if (names.has(r.handle) && names.get(r.handle) !== r.author) problems.push(`${where}: ${r.handle} is two people`);
            names.set(r.handle, r.author);
          }
          comments += replies.length;
          answers += replies.filter((r) => r.replyTo).length;
          for (const r of replies) distinct.add(r.text);
          const texts = replies.map((r) => r.text);
          const twice = texts.find((t, i) => texts.indexOf(t) !== i);
          if (twice) problems.push(`${where}: "${twice}" twice`);
          const decided = s.decisions.find((d) => d.postId === post.id);
          // thanks need a public answer; praise of the service, any answer (a private message is one)
          const answeredAt = decided && PUBLIC.has(decided.action) ? decided.decidedAt : Infinity;
          const handledAt = decided && decided.action !== 'ignore' && decided.source !== 'deadline' ? decided.decidedAt : Infinity;
          // after a reply that broke the charter, people side with whoever it was aimed at, even a troll
          const breachAt = decided && decided.breaches.length > 0 ? decided.decidedAt : Infinity;
          for (const r of replies) {
            const f: readonly Flag[] = r.flags ?? [];
            if (!r.author || !r.handle) problems.push(`${where}: a comment without an author`);
            if (f.includes('thanks') && r.at < answeredAt) problems.push(`${where}: "${r.text}" thanks the brand before it answered`);
            if (post.kind === 'complaint' && f.includes('praise') && r.at < handledAt && r.segment !== 'fan')
              problems.push(`${where}: "${r.text}" praises the service under an unanswered complaint`);
            if ((post.kind === 'abuse' || post.kind === 'spam') && f.includes('backs-author'))
              problems.push(`${where}: "${r.text}" backs abuse`);
            // (a breach in a private message or a hand-over is not seen by the thread; its screenshot has its own voice)
            if (r.at > breachAt + 60 && decided?.action === 'reply' && (f.includes('praise') || f.includes('thanks')))
              problems.push(`${where}: "${r.text}" praises a reply that broke the charter`);
            if (f.includes('awaits-answer') && r.at > answeredAt && decided?.action === 'reply')
              problems.push(`${where}: "${r.text}" waits for an answer the brand has given`);
            if (r.replyTo) {
              const parent = post.replies.find((p) => p.id === r.replyTo);
              if (!parent || parent.at > r.at) problems.push(`${where}: "${r.text}" answers a comment that is not there before it`);
              // (under an abusive post, siding with someone who stands up to its author is fine)
              else if (!ABUSIVE.has(post.kind) && (parent.flags ?? []).includes('attacks-author') && f.includes('attacks-author'))
                problems.push(`${where}: "${r.text}" sides with an attack on the author`);
            }
          }
        }
      }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(comments).toBeGreaterThan(20);
    expect(answers, 'members answer each other').toBeGreaterThan(0);
    // variety: over 20 runs of the same scenario, most comments are lines not seen in another run
    expect(distinct.size / comments, `${distinct.size} distinct lines in ${comments} comments`).toBeGreaterThan(0.5);
  });
});

/** A thread as text: time, author, handle, the line; answers to the brand indented. */
function transcript(s: Session): string {
  const out: string[] = [];
  for (const post of [...s.feed].reverse()) {
    out.push(`## ${post.id} (${post.kind}, ${post.channel}) ${post.persona.name}: ${post.text}`);
    for (const a of post.answers.filter((x) => x.action === 'reply')) out.push(`  [brand] ${a.text}`);
    for (const r of post.replies) {
      const to = r.replyTo ? post.replies.find((p) => p.id === r.replyTo)?.author : r.toBrand ? 'brand' : undefined;
      out.push(`${to ? `    ↳ [to ${to}] ` : '  - '}${r.author} ${r.handle}: ${r.text}`);
    }
  }
  return out.join('\n') + '\n';
}

describe('golden transcripts', () => {
  const cases: [string, Locale][] = [
    ['defect-crisis', 'fr'],
    ['defect-crisis', 'en'],
    ['toxic-thread', 'fr'],
    ['toxic-thread', 'en'],
  ];
  it.each(cases)('%s (%s) reads as committed in tests/golden/', (id, locale) => {
    const file = join(ROOT, 'tests', 'golden', `${id}.${locale}.txt`);
    const now = transcript(play(id, locale, 3, 'best'));
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, now);
    expect(now).toBe(readFileSync(file, 'utf8'));
  });
});
