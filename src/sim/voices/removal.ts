/**
 * What people say, under another of the brand's threads, when the brand takes a post down ({author}: the
 * removed post's author). Fair criticism removed (`censored`) is noticed, screenshotted and held against
 * the brand; abuse, spam or exposed data removed (`cleared`) draws thanks to the moderators. Every line
 * notices the removal; censored lines name whose post it was.
 */
import type { RemovalVoice } from './types';

export const REMOVAL_EN: RemovalVoice = {
  censored: {
    supporter: [
      ["Did {brand} just delete {author}'s post? Not a good look, and I say that as a fan", 'notices-removal', 'blames-brand'],
      ["Hmm, where did {author}'s post go? I hope there was a good reason", 'notices-removal'],
      ["I stick up for {brand} a lot, but taking down {author}'s post isn't the answer", 'notices-removal', 'blames-brand'],
      ["Please put {author}'s post back and answer it, that would be so much better", 'notices-removal', 'blames-brand'],
      ['Removing what {author} wrote only makes it louder, {brand}', 'notices-removal', 'blames-brand'],
      [
        "I am disappointed to see {author}'s message removed. A reply would have been far better.",
        'notices-removal',
        'blames-brand',
        'formal',
      ],
    ],
    peer: [
      ["Wait, {author}'s post is gone? It was there a minute ago", 'notices-removal'],
      ["Anyone else notice {author}'s post disappeared?", 'notices-removal'],
      ["Was {author}'s post deleted, or did they take it down themselves?", 'notices-removal'],
      ["Refreshed and {author}'s post has vanished. Weird", 'notices-removal'],
      ["Someone screenshotted {author}'s post before it went, it's going round now", 'notices-removal'],
      ["ngl deleting {author}'s post is kinda sus", 'notices-removal', 'blames-brand', 'casual'],
      ["May I ask why {author}'s message is no longer visible?", 'notices-removal', 'formal'],
    ],
    critic: [
      ["Screenshot of {author}'s post before {brand} deleted it 👇 Still can't believe it", 'notices-removal', 'blames-brand'],
      ["So {brand} deletes criticism now. {author}'s post is gone", 'notices-removal', 'blames-brand'],
      ["They took {author}'s post down instead of answering it. Says everything", 'notices-removal', 'blames-brand'],
      ["Reposting what {author} said, since {brand} won't let it stay up", 'notices-removal', 'blames-brand'],
      ["Deleting a customer's post. {author} had a fair point and got erased", 'notices-removal', 'blames-brand'],
      ["Keep screenshots, everyone. {brand} is tidying up its page, {author}'s post first", 'notices-removal', 'blames-brand'],
    ],
    troll: [
      ["{brand} speedrunning the Streisand effect with {author}'s post 🏃", 'notices-removal', 'blames-brand'],
      ["{author}'s post got deleted and now everyone's talking about it. Great plan", 'notices-removal', 'blames-brand'],
      ["RIP {author}'s post, gone but not forgotten 🕯️", 'notices-removal'],
      ['Post deleted, screenshot eternal 📸 nice try with {author}', 'notices-removal', 'blames-brand'],
      ['The delete button got {author} before the reply button did', 'notices-removal', 'blames-brand'],
      ['{author} got moderated harder than the actual trolls lol', 'notices-removal', 'blames-brand', 'casual'],
    ],
    press: [
      ["{brand}, can you confirm you removed {author}'s post, and why?", 'notices-removal', 'journalist'],
      [
        "Noting that {author}'s post has been removed from {brand}'s page. I've asked the press office for a comment",
        'notices-removal',
        'journalist',
      ],
      ['{author}, was your post removed by {brand}? I would like to hear from you, DMs open', 'notices-removal', 'journalist'],
      ["People keep asking me about {author}'s deleted post. Talking about it tonight", 'notices-removal', 'creator', 'blames-brand'],
      ["Got the screenshot of {author}'s post. Sharing it so you can all judge for yourselves", 'notices-removal', 'creator'],
      ["Deleting {author}'s post won't make it go away. A lesson for every brand, live", 'notices-removal', 'creator', 'blames-brand'],
    ],
  },
  cleared: {
    supporter: [
      ['Thanks for taking that down 👍', 'notices-removal', 'thanks-mods'],
      ['Good call removing that post, it had no place here', 'notices-removal', 'thanks-mods'],
      ['Thank you mods, that was getting ugly', 'notices-removal', 'thanks-mods'],
      ['Glad that post is gone. Thanks for acting quickly', 'notices-removal', 'thanks-mods'],
      ['Nice to see the page being looked after', 'notices-removal', 'thanks-mods'],
      ['Thank you for removing that message so promptly.', 'notices-removal', 'thanks-mods', 'formal'],
      ['mods ate with that one, thank u 🙏', 'notices-removal', 'thanks-mods', 'casual'],
    ],
    peer: [
      ['Oh good, that post from earlier is gone', 'notices-removal', 'thanks-mods'],
      ['Thanks for cleaning that up', 'notices-removal', 'thanks-mods'],
      ['That was quick, thanks', 'notices-removal', 'thanks-mods'],
      ['Finally, that post is gone', 'notices-removal', 'thanks-mods'],
      ['Good, nobody needed to see that', 'notices-removal', 'thanks-mods'],
      ['Thanks mods 🙏', 'notices-removal', 'thanks-mods'],
    ],
    critic: [
      ['At least they removed that one. Now answer the real complaints', 'notices-removal', 'thanks-mods', 'blames-brand'],
      ['Good that it is gone. Would be nice if the rest got the same attention', 'notices-removal', 'thanks-mods', 'blames-brand'],
      ['Fine, that one deserved to go. Credit where due', 'notices-removal', 'thanks-mods'],
      ['Took them long enough, but ok, thanks', 'notices-removal', 'thanks-mods', 'blames-brand'],
      ['Right call on that post. Keep it up', 'notices-removal', 'thanks-mods'],
      ['That post had to go. Still waiting on an answer to mine though', 'notices-removal', 'thanks-mods', 'blames-brand'],
    ],
    troll: [
      ['The mods woke up I see 👀', 'notices-removal'],
      ['RIP that post, it had a good run', 'notices-removal'],
      ['Awww, the drama got deleted', 'notices-removal'],
      ["Nooo I hadn't finished reading that 😂", 'notices-removal'],
      ['Deleted faster than my last ranked game', 'notices-removal'],
      ['The delete button is busy today', 'notices-removal'],
    ],
    press: [
      ['Noted: {brand} removed the offending post quickly.', 'notices-removal', 'journalist'],
      ['{brand}, can you say which rule the removed post broke?', 'notices-removal', 'journalist'],
      ['Good to see moderation act fast. That is how a page keeps its community safe', 'notices-removal', 'thanks-mods', 'creator'],
      ['Quick removal, good. Reminder to everyone who follows me: report, do not reply', 'notices-removal', 'thanks-mods', 'creator'],
      ['Clean thread again. Thanks to whoever moderates this page', 'notices-removal', 'thanks-mods', 'creator'],
      ['Has the account behind it been banned as well, {brand}?', 'notices-removal', 'journalist'],
      ['Noting the removal. Will check whether the account comes back', 'notices-removal', 'journalist'],
    ],
  },
};

export const REMOVAL_FR: RemovalVoice = {
  censored: {
    supporter: [
      [
        '{brand} vient de supprimer le post de {author} ? Pas terrible, et c’est quelqu’un qui les aime bien qui le dit',
        'notices-removal',
        'blames-brand',
      ],
      ['Hmm, il est passé où le post de {author} ? J’espère qu’il y avait une bonne raison', 'notices-removal'],
      ['Je défends souvent {brand}, mais retirer le post de {author}, c’est pas la solution', 'notices-removal', 'blames-brand'],
      ['Remettez le post de {author} et répondez-y, ce serait tellement mieux', 'notices-removal', 'blames-brand'],
      ['Retirer ce qu’a écrit {author}, ça le rend juste plus visible, {brand}', 'notices-removal', 'blames-brand'],
      [
        'Je regrette de voir que le message de {author} a été retiré. Une réponse aurait été bien préférable.',
        'notices-removal',
        'blames-brand',
        'formal',
      ],
    ],
    peer: [
      ['Attends, le post de {author} a disparu ? Il était là y a une minute', 'notices-removal'],
      ['Quelqu’un d’autre a remarqué que le post de {author} a disparu ?', 'notices-removal'],
      ['Le post de {author} a été supprimé, ou c’est {author} qui l’a retiré ?', 'notices-removal'],
      ['J’actualise et le post de {author} n’est plus là. Bizarre', 'notices-removal'],
      ['Quelqu’un a fait une capture du post de {author} avant qu’il disparaisse, ça tourne partout', 'notices-removal'],
      ['supprimer le post de {author} c’est chelou quand même', 'notices-removal', 'blames-brand', 'casual'],
      ['Puis-je savoir pourquoi le message de {author} n’est plus visible ?', 'notices-removal', 'formal'],
    ],
    critic: [
      ['Capture du post de {author} avant que {brand} le supprime 👇 J’en reviens toujours pas', 'notices-removal', 'blames-brand'],
      ['Donc {brand} supprime les critiques maintenant. Le post de {author} a disparu', 'notices-removal', 'blames-brand'],
      ['Ils ont retiré le post de {author} au lieu d’y répondre. Tout est dit', 'notices-removal', 'blames-brand'],
      ['Je republie ce qu’a écrit {author}, puisque {brand} veut pas que ça reste en ligne', 'notices-removal', 'blames-brand'],
      ['Supprimer le message d’un client. {author} disait un truc légitime et hop, effacé', 'notices-removal', 'blames-brand'],
      ['Gardez vos captures. {brand} fait le ménage sur sa page, à commencer par le post de {author}', 'notices-removal', 'blames-brand'],
    ],
    troll: [
      ['{brand} en speedrun de l’effet Streisand avec le post de {author} 🏃', 'notices-removal', 'blames-brand'],
      ['Le post de {author} a été supprimé et maintenant tout le monde en parle. Joli plan', 'notices-removal', 'blames-brand'],
      ['RIP le post de {author}, parti mais pas oublié 🕯️', 'notices-removal'],
      ['Post supprimé, capture éternelle 📸 bien tenté pour {author}', 'notices-removal', 'blames-brand'],
      ['Le bouton supprimer a eu {author} avant le bouton répondre', 'notices-removal', 'blames-brand'],
      ['{author} s’est fait modérer plus fort que les vrais trolls mdr', 'notices-removal', 'blames-brand', 'casual'],
    ],
    press: [
      ['{brand}, pouvez-vous confirmer avoir retiré le post de {author}, et pourquoi ?', 'notices-removal', 'journalist'],
      [
        'Je constate que le post de {author} a été retiré de la page de {brand}. J’ai demandé un commentaire au service presse',
        'notices-removal',
        'journalist',
      ],
      [
        '{author}, votre post a-t-il été retiré par {brand} ? J’aimerais vous entendre, mes MP sont ouverts',
        'notices-removal',
        'journalist',
      ],
      ['On me pose plein de questions sur le post supprimé de {author}. J’en parle ce soir', 'notices-removal', 'creator', 'blames-brand'],
      ['J’ai la capture du post de {author}. Je la partage, jugez par vous-mêmes', 'notices-removal', 'creator'],
      [
        'Supprimer le post de {author} le fera pas disparaître. Une leçon pour toutes les marques, en direct',
        'notices-removal',
        'creator',
        'blames-brand',
      ],
    ],
  },
  cleared: {
    supporter: [
      ['Merci d’avoir retiré ça 👍', 'notices-removal', 'thanks-mods'],
      ['Bien vu d’avoir supprimé ce post, il avait rien à faire ici', 'notices-removal', 'thanks-mods'],
      ['Merci la modé, ça devenait moche', 'notices-removal', 'thanks-mods'],
      ['Tant mieux si ce post a disparu. Merci d’avoir réagi vite', 'notices-removal', 'thanks-mods'],
      ['Ça fait plaisir de voir une page bien tenue', 'notices-removal', 'thanks-mods'],
      ['Merci d’avoir retiré ce message aussi rapidement.', 'notices-removal', 'thanks-mods', 'formal'],
      ['la modé a géré, merci 🙏', 'notices-removal', 'thanks-mods', 'casual'],
    ],
    peer: [
      ['Ah, le post de tout à l’heure a disparu, tant mieux', 'notices-removal', 'thanks-mods'],
      ['Merci pour le ménage', 'notices-removal', 'thanks-mods'],
      ['Rapide, merci', 'notices-removal', 'thanks-mods'],
      ['Enfin, ce post a disparu', 'notices-removal', 'thanks-mods'],
      ['Bien, personne avait besoin de voir ça', 'notices-removal', 'thanks-mods'],
      ['Merci les modos 🙏', 'notices-removal', 'thanks-mods'],
    ],
    critic: [
      ['Au moins ils ont retiré celui-là. Maintenant répondez aux vraies réclamations', 'notices-removal', 'thanks-mods', 'blames-brand'],
      [
        'Tant mieux s’il a disparu. Ce serait bien que le reste ait droit à la même attention',
        'notices-removal',
        'thanks-mods',
        'blames-brand',
      ],
      ['Bon, celui-là méritait de partir. Faut le reconnaître', 'notices-removal', 'thanks-mods'],
      ['Ils ont pris leur temps, mais ok, merci', 'notices-removal', 'thanks-mods', 'blames-brand'],
      ['Bonne décision pour ce post. Continuez comme ça', 'notices-removal', 'thanks-mods'],
      ['Ce post devait partir. J’attends toujours une réponse au mien, par contre', 'notices-removal', 'thanks-mods', 'blames-brand'],
    ],
    troll: [
      ['Ah, les modos se sont réveillés 👀', 'notices-removal'],
      ['RIP ce post, il a bien vécu', 'notices-removal'],
      ['Ohhh, le drama a été supprimé', 'notices-removal'],
      ['Nooon j’avais pas fini de lire 😂', 'notices-removal'],
      ['Supprimé plus vite que ma dernière partie classée', 'notices-removal'],
      ['Le bouton supprimer fait des heures sup aujourd’hui', 'notices-removal'],
    ],
    press: [
      ['Je note : {brand} a retiré rapidement le message en cause.', 'notices-removal', 'journalist'],
      ['{brand}, pouvez-vous préciser quelle règle le message retiré enfreignait ?', 'notices-removal', 'journalist'],
      [
        'Ça fait plaisir de voir une modé réactive. C’est comme ça qu’on protège une communauté',
        'notices-removal',
        'thanks-mods',
        'creator',
      ],
      ['Retiré vite, bien. Rappel à ma commu : on signale, on répond pas', 'notices-removal', 'thanks-mods', 'creator'],
      ['Fil propre à nouveau. Merci à celles et ceux qui modèrent cette page', 'notices-removal', 'thanks-mods', 'creator'],
      ['Le compte à l’origine a-t-il aussi été banni, {brand} ?', 'notices-removal', 'journalist'],
      ['Je note le retrait. Je verrai si le compte revient', 'notices-removal', 'journalist'],
    ],
  },
};
