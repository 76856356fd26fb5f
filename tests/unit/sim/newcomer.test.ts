/**
 * Issue #16, sixth round: what a newcomer found playing three scenarios with replies of their own
 * (a phone number repeated, a count of affected customers, staff on sick leave, unannounced dates, a dig
 * at other customers; a refund promised; a hand-over note only; a private message). Each row plays
 * the reply through the engine and reads what the thread, or the story, then says.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/types';
import { Session, type ReplyDestination } from '../../../src/engine/session';
import { VOICES, fits, sayLine, type Line } from '../../../src/sim';
import { shippedScenario } from '../../support/long-run';

type Written = Record<string, { text: string; to?: ReplyDestination } | 'worst'>;

/** Plays a scenario to its end: the written replies where given, the worst option where asked, else the best. */
function play(id: string, locale: Locale, seed: number, written: Written = {}): Session {
  const { manifest, charter, stories } = shippedScenario(id);
  const s = new Session({ manifest, charter, story: stories[locale], locale, seed, audienceSize: 1000 });
  const done = new Set<string>();
  for (let guard = 0; !s.ended && guard < 5000; guard++) {
    const post = s.feed.find((p) => p.state === 'open');
    if (!post) {
      s.advance(s.nextEventAt() ?? s.now + 60);
      continue;
    }
    s.advance(s.now + 60);
    const w = written[post.id];
    if (w && w !== 'worst' && !done.has(post.id)) {
      done.add(post.id);
      const d = s.write(post.id, w.text, w.to);
      if (!('error' in d)) continue;
    }
    const shown = s.visibleOptions(post.id).filter((o) => !o.hidden);
    const pick =
      w === 'worst' ? (shown.find((o) => o.judgement === 'bad') ?? shown[0]) : (shown.find((o) => o.judgement === 'best') ?? shown[0]);
    if (pick) s.choose(post.id, pick.index);
  }
  s.advance(s.now + 1800);
  return s;
}

/** The comments under a post after the brand's first answer, with what their choice of words saw. */
function after(s: Session, postId: string) {
  const post = s.feed.find((p) => p.id === postId)!;
  const at = post.answers[0]?.at ?? Infinity;
  return post.replies.filter((r) => r.at >= at).map((r) => ({ ...r, line: s.commenter(r.id)?.line ?? '' }));
}

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

describe('a leak in a public reply is noticed', () => {
  it.each([
    ['first-shift', 'en', 'p4', "Hi Monique, we'll call you back on 06 39 98 45 12 to sort out the double charge.", 'personal-data'],
    ['first-shift', 'fr', 'p4', 'Bonjour Monique, on vous rappelle au 06 39 98 45 12 pour le double prélèvement.', 'personal-data'],
    [
      'defect-crisis',
      'en',
      'p9',
      "Hi, about 140 customers have reported the same charger fault so far, we're looking into it.",
      'confidential',
    ],
    [
      'forum-rumour',
      'fr',
      'p4',
      'Oui Sandrine, vos points sont gardés. Petite exclu : la carte passe en numérique le 1er avril !',
      'confidential',
    ],
    [
      'forum-rumour',
      'fr',
      'p2',
      'Bonjour Karim, les horaires ont changé car deux vendeuses sont en arrêt maladie. Désolés pour le dérangement.',
      'confidential',
    ],
    ['defect-crisis', 'en', 'p3', "Thanks Jade! Glad yours works, unlike Sarah who apparently can't plug in a charger.", 'aggression'],
  ] as const)('%s (%s) %s: "%s" draws comments about it in every run', (id, locale, postId, text, breach) => {
    const silent = SEEDS.filter((seed) => {
      const s = play(id, locale, seed, { [postId]: { text } });
      return after(s, postId).filter((r) => r.line.startsWith(`breach:${breach}:`)).length < 2;
    });
    expect(silent, 'seeds where the leak drew fewer than two comments about it').toEqual([]);
  });

  it('a leaked figure is talked about as a figure: no "colleague named in there", no "a template"', () => {
    for (const seed of SEEDS) {
      const s = play('defect-crisis', 'en', seed, {
        p9: { text: "Honestly about 140 customers have reported it, between us it's a bad batch from the supplier." },
      });
      const off = after(s, 'p9').filter((r) => r.flags?.includes('staff') || r.flags?.includes('named') || r.flags?.includes('canned'));
      expect(off.map((r) => r.text)).toEqual([]);
    }
  });

  it('a promise made in a private message is not talked about in public', () => {
    for (const seed of SEEDS) {
      const s = play('defect-crisis', 'en', seed, {
        p1: { text: "Hi Léa, so sorry. We'll refund you in full today, promise.", to: { action: 'dm' } },
      });
      expect(after(s, 'p1').filter((r) => r.line.startsWith('breach:'))).toEqual([]);
    }
  });

  it('a hand-over note is no private message: nobody says "good thing they wrote to you"', () => {
    for (const seed of SEEDS) {
      const s = play('forum-rumour', 'fr', seed, {
        p5: {
          text: 'Question allergie de Julien : voir avec la qualité si traces de sésame possibles.',
          to: { action: 'escalate', department: 'product' },
        },
      });
      expect(after(s, 'p5').filter((r) => /:private:/.test(r.line))).toEqual([]);
    }
  });
});

describe('lines that fit the post and the reply', () => {
  it('the author thanked in a reply that mocks others is not the one outraged by it', () => {
    for (const seed of SEEDS) {
      const s = play('forum-rumour', 'fr', seed, {
        p3: { text: "Merci Odile, t'es adorable ! Il y en a qui feraient mieux de venir voir avant de raconter n'importe quoi 😉" },
      });
      expect(after(s, 'p3').filter((r) => r.line.startsWith('author:') && r.flags?.includes('blames-brand'))).toEqual([]);
    }
  });

  it('a public refund promise draws the author’s pleased, wary answer, not a bare "that helps"', () => {
    const lines = SEEDS.flatMap((seed) =>
      after(
        play('defect-crisis', 'en', seed, { p2: { text: "We're really sorry. We will refund you in full by tomorrow, promise." } }),
        'p2',
      )
        .filter((r) => r.line.startsWith('author:'))
        .map((r) => r.line),
    );
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.startsWith('author:fair:promised:'))).toBe(true);
  });

  it('a corrected rumour is not "without a clear answer" on the forum', () => {
    for (const locale of ['fr', 'en'] as const) {
      // the correction is posted, then a fan's dig is endorsed: the story goes on to Maël's question
      const s = play('forum-rumour', locale, 1, { p3: 'worst' });
      const mael = s.feed.find((p) => p.id === 'p8')!;
      expect(mael.text).not.toMatch(/aucune réponse claire|pas vu de réponse claire|couldn't (?:find|see) a clear answer/);
    }
  });

  it('a brand is named by its name, not "the company" (only a journalist speaks of the company)', () => {
    const found: string[] = [];
    const scan = (lines: readonly Line[]) => {
      for (const l of lines) {
        const [t, ...f] = typeof l === 'string' ? [l] : l;
        // (« la société guérit » is the meme "society is healing", not the brand)
        if (/\bthe company\b|la société(?! guérit)/i.test(t) && !f.includes('journalist')) found.push(t);
      }
    };
    for (const locale of ['en', 'fr'] as const) {
      const v = VOICES[locale];
      for (const cells of [
        ...Object.values(v.topics).flatMap((t) => Object.values(t)),
        ...Object.values(v.breach),
        v.subjects[Object.keys(v.subjects)[0] as never],
      ])
        for (const lines of Object.values(cells ?? {})) scan(lines as readonly Line[]);
      for (const moves of Object.values(v.author)) for (const lines of Object.values(moves)) scan(lines ?? []);
      for (const lines of Object.values(v.subjects)) for (const cell of Object.values(lines)) scan(cell);
    }
    expect(found).toEqual([]);
  });

  it('bread does not break down: no breakdown line under a food safety question', () => {
    const line: Line = ['Other breakdowns this week?', 'breakdown'];
    expect(
      fits(line, { stance: 'press', role: 'journalist' }, { topic: 'grievance', phase: 'before' }, { subject: 'safety', food: true }),
    ).toBe(false);
    expect(
      fits(line, { stance: 'press', role: 'journalist' }, { topic: 'grievance', phase: 'before' }, { subject: 'safety', food: false }),
    ).toBe(true);
  });

  it('a product named after the brand is not said next to the brand ("pour le pain du Fournil, Le Fournil…")', () => {
    const fill = { author: 'Maël', brand: 'Le Fournil des Quatre Vents', product: 'le pain du Fournil' };
    for (const locale of ['en', 'fr'] as const)
      for (const stance of ['critic', 'peer', 'supporter'] as const)
        for (let i = 0; i < 200; i++) {
          const said = sayLine(
            locale,
            { topic: 'rumour', phase: 'before' },
            { stance, customer: true },
            i / 200,
            { thread: new Set() },
            fill,
          );
          expect(said?.text ?? '').not.toMatch(/pain du Fournil.*Fournil des Quatre Vents/);
        }
  });
});

describe('a player who plays several scenarios', () => {
  it('does not meet the same journalist, creator or regular’s sentence about a breach in three of them', () => {
    for (const locale of ['en', 'fr'] as const) {
      const where = new Map<string, Set<string>>();
      for (const id of ['first-shift', 'defect-crisis', 'forum-rumour', 'rival-recall', 'service-queue'])
        for (const seed of [1, 2]) {
          const s = play(
            id,
            locale,
            seed,
            Object.fromEntries(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9'].map((p) => [p, 'worst'])),
          );
          for (const post of s.feed)
            for (const r of post.replies)
              if (/^breach:[a-z-]+:(?:press|supporter):/.test(s.commenter(r.id)?.line ?? ''))
                (where.get(r.text) ?? where.set(r.text, new Set()).get(r.text)!).add(id);
        }
      const often = [...where].filter(([, ids]) => ids.size >= 3).map(([t]) => t);
      expect(often, `${locale}: sentences met in three scenarios or more`).toEqual([]);
    }
  });
});

describe('the story follows what the player wrote', () => {
  it('Karim, blamed and his colleagues’ sick leave told to the forum, does not thank the brand for owning the problem', () => {
    for (const locale of ['fr', 'en'] as const) {
      const text =
        locale === 'fr'
          ? 'Salut Karim, fallait regarder les horaires sur le site. Deux vendeuses sont en arrêt maladie, donc on ouvre à 7 h et on ferme le lundi.'
          : 'Karim, you should have checked the hours on the website. Two of the sales assistants are off sick, so we open at 7 and close on Mondays.';
      const s = play('forum-rumour', locale, 1, { p2: { text } });
      const next = s.feed.find((p) => p.id === 'p7')!;
      expect(next.text).not.toMatch(/merci d'avoir reconnu|thanks for owning/i);
    }
  });

  it('a reply that blames Karim goes on as the brand that sent him to the website', () => {
    const s = play('forum-rumour', 'fr', 1, {
      p2: { text: 'Bonjour, fallait regarder les horaires sur le site, ils y sont depuis le 2.' },
    });
    expect(s.feed.find((p) => p.id === 'p7')?.text).toMatch(/renvoie vers le site/);
  });

  it('Jean-Pierre does not answer an FAQ link the player never posted', () => {
    for (const locale of ['en', 'fr'] as const) {
      const text =
        locale === 'en'
          ? 'Hi Bernard, yes your plan works in Portugal at no extra cost, roaming is included in the EU.'
          : "Bonjour Bernard, oui votre forfait marche au Portugal sans surcoût, l'itinérance est incluse en Europe.";
      const s = play('first-shift', locale, 1, { p1: { text } });
      expect(s.feed.find((p) => p.id === 'p7')?.text ?? '').not.toMatch(/FAQ/);
    }
  });
});
