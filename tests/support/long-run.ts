/**
 * A realistic long run on a shipped scenario, played in Node with the real engine: every post is
 * opened after some thinking, a hint is taken now and then, and most posts get a written reply of
 * a few sentences — the biggest save a learner makes in normal play.
 */
import { join } from 'node:path';
import type { Locale } from '../../src/core/types';
import type { SavedRun } from '../../src/records/saved-run';
import { Session } from '../../src/engine/session';
import { type LoadedScenario, loadCharters, loadScenario } from '../../tools/scenarios/load';

const ROOT = join(__dirname, '..', '..', 'scenarios');

export function shippedScenario(id: string): LoadedScenario {
  const problems: string[] = [];
  // Other charters being written at the same time may have problems; only this scenario's matter.
  const charters = loadCharters(join(ROOT, 'charters'), []);
  const scenario = loadScenario(join(ROOT, id), charters, problems);
  if (!scenario) throw new Error(`${id}: ${problems.join('\n')}`);
  return scenario;
}

const REPLIES: Record<Locale, string[]> = {
  fr: [
    'Bonjour, merci de nous avoir signalé ce problème et désolés pour la gêne occasionnée. Nous avons transmis votre message à notre service technique, qui revient vers vous dans la journée. Pouvez-vous nous écrire en message privé avec votre numéro de commande pour que nous suivions votre dossier de près ?',
    'Merci pour votre patience. Nous comprenons votre frustration : un vélo neuf qui tombe en panne, ce n’est pas acceptable. Nos équipes analysent les retours reçus depuis hier et nous publierons ici même un point complet avant ce soir, avec les démarches à suivre pour les clients concernés.',
    'Bonjour à tous, nous lisons chacun de vos messages. Par sécurité, évitez d’utiliser le vélo si le voyant clignote et contactez-nous en privé : nous organisons un rendez-vous en atelier ou un retrait à domicile, sans frais. Merci de votre confiance, nous vous tenons informés.',
    'Merci beaucoup pour votre message, ça fait plaisir ! Toute l’équipe vous souhaite de belles balades.',
    'Nous ne pouvons pas commenter des rumeurs, mais nous pouvons vous dire ce que nous savons : une partie des batteries d’un lot de mars est en cours de vérification. Les clients concernés seront contactés directement par e-mail. Si vous avez un doute, écrivez-nous en privé avec le numéro de série.',
    'Bonjour, nous sommes désolés de l’attente. Votre dossier est bien pris en charge par le service après-vente, qui vous rappellera demain matin. N’hésitez pas à nous répondre ici si vous n’avez pas de nouvelles d’ici midi.',
  ],
  en: [
    'Hello, thank you for flagging this and we are sorry for the trouble. We have passed your message to our technical team, who will get back to you today. Could you send us your order number in a private message so that we can follow your case closely?',
    'Thank you for your patience. We understand your frustration: a new bike breaking down is not acceptable. Our teams are looking at every report since yesterday and we will post a full update here before tonight, with the steps for the customers concerned.',
    'Hello everyone, we read every one of your messages. To be safe, please do not ride the bike while the light is blinking and contact us privately: we will book a workshop visit or a collection at home, free of charge. Thank you for your trust, we will keep you posted.',
    'Thank you so much for your message, it made our day! The whole team wishes you lovely rides.',
    'We cannot comment on rumours, but we can tell you what we know: part of one batch of batteries from March is being checked. The customers concerned will be contacted directly by e-mail. If in doubt, write to us privately with the serial number.',
    'Hello, we are sorry for the wait. Your case is with our after-sales team, who will call you back tomorrow morning. Do reply here if you have not heard from them by noon.',
  ],
};

/**
 * A long reply that compresses like prose, not like a repeated sentence: words of the replies
 * above drawn in a seeded order (a learner pasting a long statement on every post).
 */
function wordySalad(locale: Locale, length: number, seed: number): string {
  const words = REPLIES[locale].join(' ').split(/\s+/);
  let h = ((seed + 1) * 2654435761) >>> 0;
  const out: string[] = [];
  for (let n = 0; n < length;) {
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    const w = words[h % words.length]!;
    out.push(w);
    n += w.length + 1;
  }
  return out.join(' ').slice(0, length).trim();
}

export interface LongRun {
  run: SavedRun;
  session: Session;
}

/**
 * Plays `scenario` until it ends or `stopBefore` decisions are made (a run still in progress, as
 * saved). `replyLength` repeats the written replies up to that many characters (to make runs too
 * long for the suspend data); by default they are a few sentences.
 */
export function longRun(
  scenario: LoadedScenario,
  opts: { locale?: Locale; seed?: number; stopBefore?: number; replyLength?: number } = {},
): LongRun {
  const locale = opts.locale ?? 'fr';
  let real = Date.parse('2026-11-23T09:00:00Z');
  const session = new Session({
    manifest: scenario.manifest,
    charter: scenario.charter,
    story: scenario.stories[locale],
    locale,
    seed: opts.seed ?? 42,
    realClock: () => real,
  });
  let decisions = 0;
  for (let guard = 0; !session.ended && guard < 5_000 && decisions < (opts.stopBefore ?? Infinity); guard++) {
    const post = session.feed.find((p) => p.state === 'open');
    if (!post) {
      session.advance(session.nextEventAt() ?? session.now + 60);
      real += 1_500;
      continue;
    }
    if (decisions % 3 === 1) session.useHint(post.id);
    session.advance(session.now + 20 + (decisions % 4) * 7.25);
    real += 23_417;
    const options = session.visibleOptions(post.id).filter((o) => !o.hidden && o.action !== 'ignore');
    if (options.length === 0) continue;
    if (decisions % 4 === 3) {
      session.choose(post.id, options[options.length - 1]!.index);
    } else {
      const text = opts.replyLength
        ? wordySalad(locale, opts.replyLength, decisions)
        : REPLIES[locale][decisions % REPLIES[locale].length]!;
      const r = session.write(post.id, text);
      if ('error' in r) session.choose(post.id, options[0]!.index);
    }
    decisions++;
  }
  session.advance(session.now + 13.5);
  return {
    session,
    run: {
      version: 1,
      scenario: scenario.manifest.id,
      scenarioVersion: scenario.manifest.version,
      locale,
      seed: session.seed,
      mode: 'training',
      startedAt: '2026-11-23T09:00:00.000Z',
      clock: session.now,
      log: session.log,
    },
  };
}
