// Frontline — toxic-thread (français)
// Un patch d'équilibrage controversé, un fil de forum qui s'embrase : modérer sans censurer.
// Même structure que toxic-thread.en.ink : mêmes nœuds, mêmes choix, mêmes tags (seuls `why` et `hint` changent).

VAR trust = 0            // confiance de la communauté envers le studio
VAR heat = 0             // température du fil (colère, viralité)
VAR censored = false     // une critique légitime masquée ou un fil verrouillé
VAR locked = false       // le fil verrouillé à la demande de la direction
VAR restored = false     // le post de Kenza rétabli avec des excuses
VAR kenza_answered = false // Kenza a eu une réponse publique le matin
VAR dev_told = false     // l'équipe dev a reçu les mesures de Kenza
VAR troll = 0            // 0 ouvert, 1 masqué, 2 banni, 3 clashé, 4 réponse polie, 5 laissé en ligne
VAR troll_sorry = false  // le studio a reconnu sa réplique moqueuse
VAR spam_left = false    // le lien d'arnaque est resté en ligne
VAR brax = 0             // 0 ouvert, 1 suspendu, 2 masqué, 3 avertissement public, 4 moqué, 5 laissé en ligne
VAR promised = false     // une date ou un retour en arrière promis sans validation
VAR leaked = false       // une info interne ou un message privé rendu public
VAR lou_left = false     // Lou quitte le forum
VAR troll_done = false   // boucles de posts ouverts en parallèle
VAR spam_done = false
VAR brax_done = false
VAR nox_done = false
VAR yannick_done = false
VAR sacha_done = false
VAR lou_done = false
// Ce qui change d'une partie à l'autre (manifest.json, « variants ») ; les valeurs par défaut donnent le scénario tel qu'écrit.
VAR hours = "900 h"       // les heures de jeu de Kenza
VAR announced = "14 s"    // la recharge du grappin annoncée dans les notes de patch (avant : 8 s)
VAR measured = "18 s"     // la recharge mesurée en co-op à 4 (toujours au-dessus de l'annoncée)
VAR dev = "Julien"        // le développeur qu'une mauvaise réponse nomme
VAR troll_wait = "8m" // quand arrive le commentaire de Grumpf
VAR kenza_first = "Kenza"
VAR lou_first = "Lou"
VAR lou_handle = "@lou_joue"
VAR brax_name = "Brax"
VAR brax_handle = "@brax_ultra"
VAR grumpf_name = "Grumpf"
VAR grumpf_handle = "@grumpf_le_vrai"

-> intro

=== intro ===
Mercredi, 10 h. Le patch 1.4 « Braises » de Deeplight est en ligne depuis hier 21 h. Sur le forum, le fil « Retours patch 1.4 » dépasse déjà les 300 messages.
# memo: manager
Hello ! Comme prévu, le nerf du grappin de l'Éclaireuse fait du bruit. Je suis au salon de Lyon jusqu'à ce soir, donc c'est toi qui tiens la modé et les réseaux. L'équipe dev lit le forum, mais ils comptent sur toi pour leur remonter ce qui compte. Rappel charte : on modère les comportements, pas les opinions. Courage 🔥
-> kenza_post

=== kenza_post ===
# post: p1
# from: kenza
# on: forum
# thread: Patch 1.4 : vous avez cassé l'Éclaireuse
# rank: Vétérane
# after: 3m
# kind: complaint
# mood: angry
# subject: game
# deadline: 60m
# hint: Dure, mais argumentée et chiffrée : relis la règle de modération de la charte. Et demande-toi qui, au studio, a besoin de voir ces chiffres.
[Patch 1.4] Vous avez cassé l'Éclaireuse, et j'ai les chiffres. {hours} de jeu, j'adore Deeplight, donc je vais être franche. Grappin passé de 8 à {announced} de recharge : sur le papier, pourquoi pas. Sauf qu'en co-op à 4, je mesure {measured}, à chaque fois (vidéo + tableur en lien). Résultat : l'Éclaireuse ne sert plus à rien après la profondeur 30, et la moitié de mon groupe a changé de classe hier soir. Vous l'avez testé à 4, ce patch ? Franchement, c'est le plus bâclé depuis la sortie.
* [{~Merci {kenza_first} pour un retour aussi complet, vidéo et tableur compris 🙏 L'écart entre les {announced} annoncées et tes {measured} en co-op à 4, on le transmet tel quel à l'équipe dev ce matin, et on revient dans ce fil avec leur analyse. Et tu as bien fait de le dire cash : ce fil sert exactement à ça.|{kenza_first}, merci pour ce retour aussi carré : vidéo, tableur, tout y est 🙏 Tes {measured} mesurées en co-op à 4 contre les {announced} annoncées, ça part tel quel chez l'équipe dev ce matin, et on revient ici avec leur analyse. Et continue de le dire cash : ce fil est fait pour ça.} #post: p1 #action: reply #tone: empathetic #judgement: best #intents: thank, escalate, explain #why: Une réponse publique sous la critique la plus lue du fil : la joueuse est prise au sérieux, ses chiffres partent chez les devs, et les 300 lecteurs voient un studio qui écoute même quand ça pique.]
  ~ trust += 2
  ~ heat -= 1
  ~ kenza_answered = true
  ~ dev_told = true
  -> troll_and_spam
* [Transmettre le post de {kenza_first} à l'équipe dev, avec sa vidéo et son tableur, sans répondre dans le fil. #post: p1 #action: escalate #to: product #judgement: good #intents: escalate #why: Les devs ont les bonnes données, c'est l'essentiel ; mais dans le fil, le studio reste muet sous le message le plus argumenté de la journée.]
  ~ dev_told = true
  -> troll_and_spam
* [Masquer le post de {kenza_first} : « bâclé », en pleine polémique, ça jette de l'huile sur le feu. #post: p1 #action: hide #judgement: bad #breaks: fair-moderation #why: Pas une insulte, que des arguments : masquer ce post, c'est censurer la critique. Elle a 2 400 abonnés et une capture, et « Pixel Forge cache les retours négatifs » ira bien plus vite que son post.]
  ~ censored = true
  ~ trust -= 2
  ~ heat += 3
  -> troll_and_spam
* [Salut {kenza_first} ! Le patch a été testé en interne pendant deux semaines, à 4 aussi. L'Éclaireuse reste très forte entre de bonnes mains : c'est surtout une question d'adapter ton style de jeu 😉 #post: p1 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: explain, correct #why: Répondre « adapte ton style » à une vétérane qui apporte une vidéo, c'est du « skill issue » version studio : la charte l'interdit, et tout le fil se retourne contre vous.]
  ~ trust -= 2
  ~ heat += 2
  -> troll_and_spam
* [Ignorer #post: p1 #action: ignore #judgement: poor #why: Une heure sans réponse sous le post le plus argumenté du fil : pour tout le monde, le studio lit les compliments et zappe les critiques.]
  ~ trust -= 1
  ~ heat += 1
  -> troll_and_spam

=== troll_and_spam ===
{shuffle:
- -> spam_post -> grumpf_post ->
- -> grumpf_post -> spam_post ->
}
- (open)
* {not troll_done} [{~Masquer le commentaire de {grumpf_name} : des insultes envers l'équipe, et pas un mot sur le jeu.|Masquer le commentaire de {grumpf_name}, sans répondre : il insulte l'équipe et ne dit rien du jeu.} #post: p2 #action: hide #judgement: best #why: Il voulait une réaction, il n'en a aucune : l'insulte disparaît des notes de patch sans capture à faire tourner, et les vraies critiques restent en ligne.]
  ~ troll_done = true
  ~ troll = 1
  ~ trust += 1
  -> open
* {not troll_done} [Bannir {grumpf_handle} de la page du studio. #post: p2 #action: ban #judgement: good #why: Défendable face à des insultes gratuites, mais pour un premier message, masquer suffisait : banni, il tient sa capture « censuré par Pixel Forge » à brandir ailleurs.]
  ~ troll_done = true
  ~ troll = 2
  -> open
* {not troll_done} [Salut ! Les retours sur le patch 1.4 sont les bienvenus, même salés : le fil du forum est ouvert et l'équipe dev le lit 🙂 #post: p2 #action: reply #tone: neutral #judgement: poor #intents: explain #why: Calme et poli, mais c'est exactement ce qu'il réclamait : une réponse. Il a désormais un interlocuteur, et il va relancer.]
  ~ troll_done = true
  ~ troll = 4
  ~ heat += 1
  -> open
* {not troll_done} [On a nerf le grappin, pas ton sens de l'humour… ah si, en fait 🤡 Allez, retourne en profondeur 1, champion. #post: p2 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: refuse #why: La punchline fait rire trois personnes et donne au troll tout ce qu'il voulait : une capture du compte officiel qui se moque d'un joueur. C'est elle qui tournera ce soir, pas le patch.]
  ~ troll_done = true
  ~ troll = 3
  ~ trust -= 1
  ~ heat += 3
  -> open
* {not troll_done} [Ignorer #post: p2 #action: ignore #judgement: poor #why: Ne pas répondre, c'est bien ; laisser l'insulte en ligne, moins : elle trône sous les notes de patch et donne le ton à tous les commentaires suivants.]
  ~ troll_done = true
  ~ troll = 5
  ~ heat += 1
  -> open
* {not spam_done} [{~Supprimer le message et bannir le compte : créé ce matin, il a posté le même lien dans douze fils.|Bannir le compte et supprimer son message : une arnaque au vol de comptes, postée dans douze fils depuis ce matin.} #post: p3 #action: ban #judgement: best #why: Une arnaque au vol de comptes n'a rien d'une opinion : on la retire et on coupe le compte qui la diffuse, avant qu'un joueur n'y laisse ses identifiants.]
  ~ spam_done = true
  ~ trust += 1
  -> open
* {not spam_done} [Supprimer le message. #post: p3 #action: delete #judgement: good #why: Le lien disparaît de ce fil, c'est l'essentiel ; mais le compte reste actif et le reposte ailleurs dans l'heure.]
  ~ spam_done = true
  -> open
* {not spam_done} [⚠️ Attention : ce lien est une arnaque, ne connecte surtout pas ton compte Steam dessus ! #post: p3 #action: reply #tone: neutral #judgement: poor #intents: correct #why: Bon réflexe de prévenir, mais le lien reste en ligne juste au-dessus de l'avertissement : ceux qui lisent en diagonale cliqueront quand même.]
  ~ spam_done = true
  ~ spam_left = true
  -> open
* {not spam_done} [Ignorer #post: p3 #action: ignore #judgement: poor #why: Le lien reste dans le fil le plus lu de la journée : d'ici ce soir, quelqu'un y aura laissé son compte.]
  ~ spam_done = true
  ~ spam_left = true
  ~ trust -= 1
  -> open
* -> dev_memo

=== grumpf_post ===
# post: p2
# from: grumpf
# on: comments
# after: {troll_wait}
# kind: abuse
# mood: hostile
# deadline: 45m
# hint: Qu'est-ce que ce message cherche à obtenir de toi ? La charte dit ce qu'on fait d'une insulte, et ce qu'on ne fait jamais en retour.
Les devs de Pixel Forge ont nerf le grappin parce qu'eux-mêmes savent pas s'en servir 🤡 Studio de stagiaires. Allez, venez défendre votre patch, j'attends 🍿 … ah non, vous osez jamais répondre 😂 \#Deeplight \#PatchRaté
->->

=== spam_post ===
# post: p3
# from: freeloot
# on: forum
# thread: Re : Patch 1.4 : vous avez cassé l'Éclaireuse
# rank: Nouveau membre
# in: p1
# after: 5m
# kind: spam
# mood: neutral
# deadline: 60m
# hint: Un lien inconnu qui réclame les identifiants des joueurs, dans le fil le plus lu du jour : pense d'abord à ceux qui vont cliquer.
{~🔥🔥 SKINS LÉGENDAIRES DEEPLIGHT OFFERTS 🔥🔥 Lanterne dorée + grappin néon pour les 500 premiers|🎁 GIVEAWAY DEEPLIGHT 🎁 Lanterne dorée + grappin néon OFFERTS aux 500 premiers inscrits} ➡️ deeplight-freeloot.xyz (connecte-toi avec ton compte Steam, 100 % legit, testé !!)
->->

=== dev_memo ===
{ dev_told:
  # memo: product
  # after: 10m
  Merci pour le post de {kenza_first}, ses mesures sont justes. En co-op à 4, la recharge du grappin se cumule avec le malus de fatigue : {measured} au lieu de {announced}. C'est un bug, pas un choix d'équilibrage. Le correctif est chez la QA. Tu peux dire « bug confirmé, correctif en test ». Pas de date en public tant que la QA n'a pas validé.
- else:
  # memo: product
  # after: 20m
  On vient de tomber par hasard sur la vidéo de {kenza_first} : personne ne nous l'avait remontée ? Elle a raison, en co-op à 4 le grappin se cumule avec le malus de fatigue, {measured} au lieu de {announced}. Bug confirmé, correctif chez la QA. Tu peux le dire, mais aucune date en public. Et la prochaine fois, envoie-nous ce genre de post tout de suite.
}
-> thread_fire

=== thread_fire ===
{shuffle:
- -> brax_post -> yannick_post -> nox_post ->
- -> brax_post -> nox_post -> yannick_post ->
}
- (open)
* {not brax_done} [{~Suspendre {brax_handle} du forum et retirer son message : harcèlement ciblé et appel à envahir le stream de {lou_first}.|Retirer le message de {brax_name} et suspendre son compte du forum : il harcèle {lou_first} et appelle à envahir son stream.} #post: p4 #action: ban #judgement: best #why: Harcèlement d'une joueuse et raid annoncé : c'est exactement ce que la modération doit arrêter net, et tout le fil voit que le forum protège ses membres.]
  ~ brax_done = true
  ~ brax = 1
  ~ trust += 2
  -> open
* {not brax_done} [Masquer le message de {brax_name}. #post: p4 #action: hide #judgement: good #why: Le message disparaît, c'est bien ; mais le harceleur garde son compte, ses amis et son projet de raid pour ce soir.]
  ~ brax_done = true
  ~ brax = 2
  ~ trust += 1
  -> open
* {not brax_done} [{brax_handle} on ne parle pas comme ça aux autres joueurs ici. Dernier avertissement. #post: p4 #action: reply #tone: neutral #judgement: poor #intents: refuse #why: Le recadrage est légitime, mais le harcèlement reste lisible juste au-dessus et le harceleur obtient la scène qu'il cherchait : un duel public avec la modération.]
  ~ brax_done = true
  ~ brax = 3
  ~ heat += 1
  -> open
* {not brax_done} [{brax_handle} {lou_first} a plus de skill dans un petit doigt que toi avec toutes tes heures de jeu 🤡 Assume ton niveau, champion. #post: p4 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: correct #why: Défendre la joueuse visée par une moquerie, c'est répondre au harcèlement par l'humiliation depuis le compte du studio : le message du harceleur reste en ligne et le fil s'enflamme deux fois plus.]
  ~ brax_done = true
  ~ brax = 4
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not brax_done} [Ignorer #post: p4 #action: ignore #judgement: bad #why: Laisser en ligne du harcèlement et une menace de raid, c'est dire à la joueuse visée, et à tous ceux qui lisent, que ce forum ne les protège pas.]
  ~ brax_done = true
  ~ brax = 5
  ~ trust -= 2
  ~ heat += 1
  -> open
* {not nox_done} [{~Petite pause, tout le monde 🙏 Ce fil sert à parler du patch 1.4, et il contient des retours précieux (coucou {kenza_first}). Les attaques perso, d'où qu'elles viennent, on les retire. La critique du patch et de la modé, elle, reste bienvenue : on continue sur le fond ?|Temps mort 🙏 Ici, on parle du patch 1.4, et il y a des retours précieux dans ce fil (merci {kenza_first}). Les attaques perso, peu importe qui les lance, on les retire. Critiquer le patch ou la modé, par contre, ça reste bienvenu : on revient au fond ?} #post: p5 #action: reply #tone: neutral #judgement: best #intents: correct, explain #why: Un recadrage visible de tous, qui vise les comportements et pas les opinions, et qui laisse sa place à la critique de Nox : le fil retrouve sa fonction sans que personne se sente bâillonné.]
  ~ nox_done = true
  ~ trust += 1
  ~ heat -= 1
  -> open
* {not nox_done} [Masquer le message de Nox. #post: p5 #action: hide #judgement: good #why: L'insulte n'a rien à faire là, la masquer est juste ; mais sans un mot de la modé le fil continue de chauffer, et Nox se sent puni pour avoir défendu une joueuse.]
  ~ nox_done = true
  -> open
* {not nox_done} [Bannir @nox_gg pour insultes. #post: p5 #action: ban #judgement: poor #why: Un habitué qui dérape en défendant une joueuse, banni comme le harceleur : le fil y voit une injustice, et c'est la modé qui devient le sujet.]
  ~ nox_done = true
  ~ heat += 1
  -> open
* {not nox_done} [@nox_gg La modé fait ce qu'elle peut, hein. Et si le patch te plaît pas, personne ne t'oblige à y jouer 🙄 #post: p5 #action: reply #tone: defensive #judgement: bad #breaks: no-aggression #intents: refuse #why: « Personne ne t'oblige à jouer » est méprisant : Nox avait tort sur l'insulte, mais le studio vient de lui donner raison sur tout le reste.]
  ~ nox_done = true
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not nox_done} [Ignorer #post: p5 #action: ignore #judgement: poor #why: Sans intervention, le fil tourne au règlement de comptes et les retours sur le patch disparaissent sous les insultes.]
  ~ nox_done = true
  ~ heat += 1
  -> open
* {not yannick_done} [{~Merci Yannick, ça fait du bien de te lire 🙏 Les mesures de {kenza_first} sont bien arrivées chez l'équipe dev. Et pour calmer les esprits, on s'en occupe : profite de ta partie avec tes ados !|Merci pour ce message, Yannick 🙏 Les mesures de {kenza_first} sont bien entre les mains de l'équipe dev. Quant au calme dans le fil, c'est notre boulot : toi, profite de ta partie avec tes ados !} #post: p6 #action: reply #tone: empathetic #judgement: best #intents: thank #why: Un merci sincère à un pilier de la communauté, sans lui confier la modération ni lui faire annoncer quoi que ce soit : il se sent reconnu et le fil voit que le studio est là.]
  ~ yannick_done = true
  ~ trust += 1
  -> open
* {not yannick_done} [Liker le message de Yannick. #post: p6 #action: like #judgement: good #why: Le like montre que le studio approuve l'appel au calme ; un mot aurait davantage compté pour un joueur qui vient de faire une partie du travail.]
  ~ yannick_done = true
  -> open
* {not yannick_done} [Merci Yannick ! Et rassure tout le monde : le grappin repasse à 8 s avec le hotfix de vendredi 😉 #post: p6 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: thank, promise #why: L'équipe dev n'a donné ni date ni retour à 8 s : cette phrase sera citée vendredi soir, et chaque jour de retard deviendra un mensonge du studio.]
  ~ yannick_done = true
  ~ promised = true
  ~ heat -= 1
  -> open
* {not yannick_done} [Merci Yannick 🙏 Tu peux garder un œil sur le fil pour nous et calmer ceux qui dérapent ? T'es le meilleur modo qu'on ait 😄 #post: p6 #action: reply #tone: empathetic #judgement: poor #intents: thank #why: Lui confier officieusement la modération, c'est l'exposer aux trolls et se décharger d'un travail qui est le vôtre : le harceleur et ses amis vont le prendre pour cible.]
  ~ yannick_done = true
  -> open
* {not yannick_done} [Ignorer #post: p6 #action: ignore #judgement: poor #why: Rien de grave, mais un vétéran qui fait redescendre la température sans un signe du studio, c'est un merci qui manque.]
  ~ yannick_done = true
  -> open
* -> afternoon

=== brax_post ===
# post: p4
# from: brax
# on: forum
# thread: Re : Patch 1.4 : vous avez cassé l'Éclaireuse
# rank: Membre · 2 avertissements
# in: p1
# after: 10m
# kind: abuse
# mood: hostile
# deadline: 40m
# hint: Ce message vise-t-il le jeu ou une personne ? Relis aussi ce qu'il annonce pour ce soir.
{lou_handle} « perso j'aime bien le patch, ça oblige à jouer en équipe » 🤡 normal, t'as jamais su jouer seule, tu te fais porter depuis le début. Désinstalle. Au fait, j'ai trouvé ta chaîne : ce soir on passe tous dans ton chat te dire ce qu'on en pense 😘
->->

=== nox_post ===
# post: p5
# from: nox
# on: forum
# thread: Re : Patch 1.4 : vous avez cassé l'Éclaireuse
# rank: Habitué
# in: p4
# after: 4m
# kind: abuse
# mood: furious
# deadline: 40m
# hint: Une insulte, une colère en partie légitime et un fil qui déraille. Qu'est-ce qui ramène la discussion sur le jeu sans punir la critique ?
{brax_handle} ferme-la, sale rat, t'es la plaie de ce forum depuis la bêta. Et vous @PixelForge vous laissez passer ça ? Un patch moisi ET une modé aux abonnés absents, bravo 👏
->->

=== yannick_post ===
# post: p6
# from: yannick
# on: forum
# thread: Re : Patch 1.4 : vous avez cassé l'Éclaireuse
# rank: Auteur de guides
# in: p1
# after: 6m
# needs: p4
# kind: info
# mood: neutral
# deadline: 60m
# hint: Un joueur respecté fait baisser la température. Comment le reconnaître sans lui confier un rôle qui n'est pas le sien, ni annoncer plus que ce que l'équipe a validé ?
{~Bon, on respire deux secondes.|Allez, on se calme un peu, tout le monde.} Je joue depuis l'accès anticipé avec mes deux ados : ce patch a un vrai souci (allez voir les mesures de {kenza_first}, c'est du sérieux), mais s'en prendre à {lou_first} ou aux devs ne fera pas sortir un correctif plus vite. Les retours argumentés ont toujours fini par être lus ici. Et {brax_name}, tu te calmes.
->->

=== afternoon ===
# memo: manager
# after: 8m
Je suis le fil depuis le salon. Simon, le directeur, m'a demandé si on ne pouvait pas « fermer ce fil qui nous fait de la mauvaise pub sur Steam ». Je lui ai dit que je te poserais la question : c'est toi qui as le fil sous les yeux, et c'est ton appel.
{ censored:
  -> kenza_censored
- else:
  -> kenza_back
}

=== kenza_back ===
# post: p7
# from: kenza
# on: forum
# thread: Re : Patch 1.4 : vous avez cassé l'Éclaireuse
# rank: Vétérane
# in: p1
# after: 12m
# kind: question
# mood: neutral
# subject: game
# deadline: 60m
# hint: L'équipe dev t'a dit ce que tu peux annoncer, et ce que tu ne peux pas. La bonne réponse s'arrête exactement à cette limite.
{kenza_answered: Merci pour la réponse de ce matin.|Toujours pas un mot du studio dans ce fil, génial.} Du coup, quelqu'un a regardé ma vidéo ? Les {measured} en co-op, c'est voulu ou c'est un bug ? Et si c'est un bug, le hotfix c'est pour quand ? Mon groupe joue ce week-end.
* [{~Oui, et tes mesures étaient justes 🙌 L'équipe dev a reproduit ton cas : en co-op à 4, la recharge du grappin se cumule avec le malus de fatigue, d'où tes {measured}. C'est un bug, pas un choix d'équilibrage, et le correctif est en test. La date, on la donne ici dès que la QA l'a validé. Merci, ta vidéo leur a fait gagner un temps fou.|Bien vu, {kenza_first} : tes mesures étaient justes 🙌 Les devs ont reproduit le problème. En co-op à 4, la recharge du grappin se cumule avec le malus de fatigue, ce qui donne tes {measured}. C'est un bug, pas un choix d'équilibrage, et le correctif est en test. On donne la date ici dès que la QA l'a validé. Et merci : ta vidéo leur a fait gagner un temps fou.} #post: p7 #action: reply #tone: empathetic #judgement: best #intents: thank, explain #why: Tout ce qui est validé et rien de plus : le bug est reconnu publiquement, la joueuse reçoit le crédit qu'elle mérite, et aucune date n'est promise avant la QA.]
  ~ trust += 2
  ~ heat -= 2
  -> troll_follow
* [C'est un bug, bien vu ! Hotfix vendredi au plus tard, promis : ton groupe pourra jouer ce week-end 💪 #post: p7 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: explain, promise #why: La QA n'a rien validé : si le correctif glisse à lundi, ce sont la joueuse et son groupe, déçus une deuxième fois, qui le rappelleront à tout le forum.]
  ~ promised = true
  ~ trust += 1
  -> troll_follow
* [Bug confirmé 😅 Entre nous, c'est le système de fatigue refait en urgence la semaine du patch qui a tout cassé, {dev} a passé la nuit dessus. Correctif en test ! #post: p7 #action: reply #tone: empathetic #judgement: bad #breaks: no-confidential, no-personal-data #intents: explain #why: Raconter les coulisses et nommer un développeur, c'est livrer de l'interne et désigner un coupable à des joueurs en colère : c'est ce développeur qui recevra les messages à la place du studio.]
  ~ leaked = true
  ~ trust -= 1
  ~ heat += 1
  -> troll_follow
* [Masquer ce nouveau message et verrouiller le fil, comme l'a suggéré la direction : la polémique a assez duré. #post: p7 #action: hide #judgement: bad #breaks: fair-moderation #why: Verrouiller le fil au moment précis où la réponse est connue, c'est transformer un bug reconnu en scandale de censure ; la charte ne prévoit aucune exception pour la page Steam.]
  ~ censored = true
  ~ locked = true
  ~ trust -= 2
  ~ heat += 3
  -> troll_follow
* [Ignorer #post: p7 #action: ignore #judgement: bad #why: La joueuse a fait une partie du travail de la QA et demande une réponse : se taire alors que le bug est confirmé ressemble à du mépris.]
  ~ trust -= 2
  ~ heat += 2
  -> troll_follow

=== kenza_censored ===
# post: p7
# from: kenza
# on: microblog
# after: 12m
# kind: complaint
# mood: furious
# subject: policy
# deadline: 30m
# hint: Quand la modération s'est trompée, qu'est-ce qui rétablit la confiance le plus vite : se justifier, ou réparer ?
Pixel Forge a masqué mon post de retours sur le patch 1.4. Vidéo, tableur, {hours} de jeu… et pas une seule insulte. Voilà comment ce studio traite les joueurs qui prennent le temps d'argumenter. Capture 👇 \#Deeplight
* [{~{kenza_first}, tu as raison : ton post n'aurait jamais dû être masqué. C'était une erreur de notre part, il est de nouveau en ligne. Tes mesures sont chez l'équipe dev, qui a confirmé un bug sur le grappin en co-op à 4 ; le correctif est en test. Merci d'avoir insisté, et pardon.|On s'est trompés, {kenza_first}, et tu as raison de le dire : ton post ne contenait aucune insulte, il n'aurait jamais dû être masqué. Il est de nouveau en ligne. Tes mesures sont chez l'équipe dev, qui a confirmé un bug sur le grappin en co-op à 4 ; le correctif est en test. Pardon, et merci d'avoir insisté.} #post: p7 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, correct #why: Reconnaître l'erreur sans détour, la réparer et donner la vraie information : c'est la seule réponse qui désamorce une accusation de censure, parce qu'elle est vraie.]
  ~ restored = true
  ~ trust += 2
  ~ heat -= 2
  -> troll_follow
* [Écrire à {kenza_first} en message privé pour s'excuser et lui dire que son post est rétabli. #post: p7 #action: dm #tone: empathetic #judgement: good #intents: apologise #why: La joueuse est apaisée, mais sa capture continue de tourner sans réponse publique : pour ses 2 400 abonnés, la censure reste la dernière version de l'histoire.]
  ~ restored = true
  ~ trust += 1
  -> troll_follow
* [Ton post a été masqué pour préserver un climat serein dans le fil, conformément à nos règles de modération. #post: p7 #action: reply #tone: defensive #judgement: bad #breaks: fair-moderation #intents: explain, refuse #why: Invoquer les règles pour justifier la censure d'une critique sans insulte, c'est mentir sur ses propres règles : la charte dit l'inverse, et les joueurs la connaissent.]
  ~ trust -= 2
  ~ heat += 2
  -> troll_follow
* [On comprend ta frustration, mais des mots comme « bâclé » en pleine polémique, ça excite tout le monde. Reformule et on le remettra en ligne 🙂 #post: p7 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Rejeter la faute de la censure sur la joueuse et conditionner son retour à une reformulation : elle fera une capture de cette réponse aussi.]
  ~ trust -= 2
  ~ heat += 2
  -> troll_follow
* [Ignorer #post: p7 #action: ignore #judgement: bad #why: Une accusation de censure sans réponse devient une accusation confirmée : sa capture est le sujet du jour.]
  ~ heat += 2
  -> troll_follow

=== troll_follow ===
{ troll:
- 3:
  -> troll_viral
- 4:
  -> troll_relaunch
- 5:
  -> mathis_left
- else:
  -> mathis_why
}

=== troll_viral ===
# post: p8
# from: grumpf
# on: microblog
# after: 10m
# kind: rumour
# mood: hostile
# deadline: 30m
# hint: La capture circule déjà. Qu'est-ce qui arrête une histoire dont le studio est le méchant : une nouvelle réplique, ou reconnaître la sienne ?
MDR le CM de @PixelForge qui vient me clasher sous les notes de patch 😂 capture 👇 Voilà le niveau du studio : un patch bâclé et un community manager qui insulte les joueurs. RT si tu trouves ça normal \#PixelForgeGate
* [{~Notre réponse de ce matin n'avait rien à faire sur le compte du studio : on l'a retirée, et on s'en excuse. On en reste là. Les retours sur le patch, même très durs, ont leur place sur le forum, et on y répond.|Notre réponse de ce matin était une erreur : elle est retirée, et on présente nos excuses. Rien à ajouter. Les critiques du patch, même très dures, restent les bienvenues sur le forum, et on y répond.} #post: p8 #action: reply #tone: neutral #judgement: best #intents: apologise, correct #why: Reconnaître la faute en deux phrases, sans se justifier ni relancer le troll : la capture perd de sa force quand le studio dit lui-même que c'était une erreur.]
  ~ troll_sorry = true
  ~ trust += 1
  ~ heat -= 2
  -> evening
* [Prévenir la direction : la capture d'une réponse moqueuse du compte officiel circule, il faut décider d'une prise de parole. #post: p8 #action: escalate #to: management #judgement: good #intents: escalate #why: Bon réflexe pour une crise qui déborde, mais pendant que la décision se prend, la capture tourne sans aucune réponse du studio.]
  ~ heat -= 1
  -> evening
* [Quand on traite l'équipe de stagiaires, faut pas s'étonner de la réponse 🤷 Bonne soirée quand même. #post: p8 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: refuse #why: Justifier la moquerie par l'insulte reçue, c'est confirmer la capture et en fournir une deuxième : la charte ne connaît pas la légitime défense.]
  ~ trust -= 1
  ~ heat += 3
  -> evening
* [Bloquer {grumpf_handle} pour qu'il ne puisse plus voir ni commenter les publications du studio. #post: p8 #action: ban #judgement: poor #why: Le bloquer maintenant n'efface pas la capture ; ça lui offre un deuxième épisode : « après m'avoir insulté, ils me bloquent ».]
  ~ heat += 1
  -> evening
* [Ignorer #post: p8 #action: ignore #judgement: poor #why: Le silence laisse le troll raconter seul l'histoire, et sa capture reste la dernière chose que le public a vue du studio.]
  ~ heat += 2
  -> evening

=== troll_relaunch ===
# post: p8
# from: grumpf
# on: comments
# in: p2
# after: 10m
# kind: abuse
# mood: hostile
# deadline: 40m
# hint: Deuxième provocation, même auteur. Ta réponse de tout à l'heure lui a-t-elle donné envie de s'arrêter ?
Ah, ils répondent enfin 😂 « les retours sont les bienvenus » mdr. Bon alors, vous l'avez testé à combien votre patch, à deux stagiaires ? Répondez, je vous lâche pas 🍿🍿
* [{~Bannir {grumpf_handle} de la page et masquer son commentaire : deuxième provocation, et il annonce qu'il ne lâchera pas.|Masquer ce commentaire et bannir {grumpf_handle} de la page : il récidive et promet de ne pas lâcher.} #post: p8 #action: ban #judgement: best #why: Après une première réponse polie, la récidive assumée justifie la sanction : on coupe court, sans un mot de plus.]
  ~ troll = 2
  ~ heat -= 1
  -> evening
* [Masquer ce nouveau commentaire. #post: p8 #action: hide #judgement: good #why: Il disparaît sans réponse à exploiter ; mais le troll a compris qu'il obtient des réactions, et il reviendra avec un autre message.]
  ~ troll = 1
  -> evening
* [Promis, on l'a testé à plus que deux 😅 Viens sur le forum, on en parle ! #post: p8 #action: reply #tone: neutral #judgement: poor #intents: explain #why: Chaque réponse est une victoire pour lui : la page du studio devient la scène de son spectacle, et d'autres comptes arrivent pour regarder.]
  ~ heat += 2
  -> evening
* [T'as raison, on l'a testé à deux. Toi t'aurais même pas réussi à le tester tout seul, vu ton niveau 🤡 #post: p8 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: refuse #why: Au deuxième message, la patience lâche et le studio lui donne enfin ce qu'il attendait : une insulte signée du compte officiel, prête à être capturée.]
  ~ troll = 3
  ~ trust -= 1
  ~ heat += 3
  -> evening
* [Ignorer #post: p8 #action: ignore #judgement: poor #why: La relance reste en ligne sans modération : il ne lâche pas, et d'autres commencent à surenchérir sous les notes de patch.]
  ~ heat += 1
  -> evening

=== mathis_why ===
# post: p8
# from: mathis
# on: comments
# in: p2
# after: 10m
# kind: question
# mood: worried
# subject: policy
# deadline: 45m
# hint: Une question sincère sur la modération mérite une réponse transparente : la charte te donne la règle à expliquer.
{~Pourquoi le commentaire de {grumpf_name} a disparu sous les notes de patch ?|Il est passé où, le commentaire de {grumpf_name} sous les notes de patch ?} Vous supprimez les critiques maintenant ? 🤨 Je dis pas qu'il avait raison, hein, je me pose juste la question.
* [{~Salut Mathis, bonne question 🙂 On masque les insultes et le spam, pas les critiques : ce commentaire traitait l'équipe de stagiaires et de clowns, sans un mot sur le jeu. Les critiques du patch, même salées, restent en ligne, et on y répond.|Bonne question, Mathis, et merci de la poser franchement 🙂 Ce qu'on masque, ce sont les insultes et le spam, pas les critiques : ce commentaire traitait l'équipe de stagiaires et de clowns, sans un mot sur le jeu. Les critiques du patch, même salées, restent en ligne, et on y répond.} #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank, explain #why: Expliquer la règle en public, avec le motif précis et sans attaquer l'auteur : Mathis, et tous ceux qui se posaient la question, voient une modération qui a des principes, pas des humeurs.]
  ~ trust += 1
  -> evening
* [Répondre à Mathis en message privé pour lui expliquer la règle de modération. #post: p8 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Mathis a sa réponse, mais d'autres lecteurs se posent la même question sous le même commentaire, et eux ne la verront pas.]
  -> evening
* [La modération n'a pas à se justifier sur chaque commentaire. Merci de respecter les règles du forum. #post: p8 #action: reply #tone: defensive #judgement: poor #intents: refuse #why: Refuser d'expliquer nourrit exactement le soupçon de censure que Mathis exprimait poliment : une règle qu'on assume s'explique en deux lignes.]
  ~ trust -= 1
  ~ heat += 1
  -> evening
* [{grumpf_name} ? Un troll qui viserait pas un mur avec un grappin, il manquera à personne 😂 #post: p8 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: correct #why: Se moquer d'un compte modéré devant un autre joueur : Mathis voulait savoir si le studio censure, il apprend qu'il se moque. Double peine pour l'image du studio.]
  ~ trust -= 1
  ~ heat += 2
  -> evening
* [Ignorer #post: p8 #action: ignore #judgement: poor #why: Une question polie sur la modération restée sans réponse devient vite, chez le suivant, « ils censurent et ils l'assument même pas ».]
  ~ heat += 1
  -> evening

=== mathis_left ===
# post: p8
# from: mathis
# on: comments
# in: p2
# after: 10m
# kind: complaint
# mood: neutral
# subject: policy
# deadline: 45m
# hint: Mathis signale un message que la charte classe sans ambiguïté. Un joueur qui fait remonter un problème mérite aussi un retour.
C'est normal de laisser un commentaire comme celui de {grumpf_name} sous vos notes de patch depuis ce matin ? « Stagiaires », « clowns »… Ça donne pas trop envie de venir discuter ici 😕
* [{~Bien vu Mathis, et merci de l'avoir signalé : il est masqué. Les critiques, même salées, ont leur place ici ; les insultes envers qui que ce soit, non.|Merci Mathis, tu as raison, il n'aurait pas dû rester en ligne : c'est masqué. Ici, les critiques ont leur place, même salées ; les insultes, contre qui que ce soit, non.} #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank, correct #why: On corrige l'oubli, on remercie celui qui l'a signalé et on rappelle la règle en une phrase : la modération rattrape son retard sans se justifier.]
  ~ troll = 1
  ~ trust += 1
  -> evening
* [Masquer le commentaire de {grumpf_name} et écrire à Mathis en privé : « Merci, c'est réglé 👍 ». #post: p8 #action: dm #tone: empathetic #judgement: good #intents: thank #why: Le commentaire est masqué et Mathis a sa réponse, mais personne d'autre ne voit que le studio a tenu compte du signalement.]
  ~ troll = 1
  -> evening
* [On préfère laisser chacun s'exprimer librement ici, même quand on n'est pas d'accord 🙂 #post: p8 #action: reply #tone: defensive #judgement: bad #breaks: fair-moderation #intents: refuse #why: Confondre une insulte avec une opinion, c'est appliquer la charte à l'envers : Mathis en conclut que le studio tolère tout, sauf l'effort de modérer.]
  ~ trust -= 1
  ~ heat += 1
  -> evening
* [Liker le commentaire de Mathis. #post: p8 #action: like #judgement: poor #why: Un clic pour lui donner raison, mais le commentaire insultant est toujours en ligne : le signalement n'a servi à rien.]
  -> evening
* [Ignorer #post: p8 #action: ignore #judgement: poor #why: Un joueur qui signale une insulte et n'obtient ni action ni réponse ne prendra plus la peine de signaler.]
  ~ trust -= 1
  ~ heat += 1
  -> evening

=== evening ===
# post: p9
# from: sacha
# on: microblog
# after: 12m
# kind: praise
# mood: enthusiastic
# deadline: 60m
# hint: Un fan art plein d'humour sur le sujet qui fâche. La voix de la charte dit jusqu'où l'humour du studio peut aller, et aux dépens de qui il ne va jamais.
{~Fan art du soir : l'Éclaireuse qui attend son grappin depuis {measured} 😭⏳|Petit dessin du soir : l'Éclaireuse, {measured} plus tard, toujours pas de grappin 😭⏳} (oui, j'ai suivi le drama) @PixelForge \#Deeplight \#fanart
{ brax == 1 || brax == 2:
  # post: p10
  # from: lou
  # on: dm
  # after: 5m
  # kind: praise
  # mood: worried
  # facts: event=le stream de ce soir
  # deadline: 60m
  # hint: Une joueuse visée par du harcèlement t'écrit en privé. Qu'est-ce qui doit rester privé, et qui, au studio, peut agir sur des comptes ?
  Hello ! Je voulais juste dire merci d'avoir {brax == 1:suspendu {brax_name}|masqué le message de {brax_name} aussi vite}. J'ai un peu flippé pour mon stream de ce soir 😅{brax == 2: Par contre il vient de m'écrire en privé : « t'inquiète, on sera là à 21 h ».}
- else:
  # post: p10
  # from: lou
  # on: dm
  # after: 5m
  # kind: complaint
  # mood: worried
  # facts: event=le stream de ce soir
  # subject: policy
  # deadline: 60m
  # hint: Le harcèlement continue et une joueuse est sur le départ. Ce qui compte maintenant : agir, et le lui faire savoir, en privé.
  Je crois que je vais arrêter de poster sur le forum. {brax_name} et ses potes m'écrivent en privé depuis ce matin, et son message est toujours en ligne{brax == 3:, avec juste un « dernier avertissement » en dessous}{brax == 4:, avec votre réponse en dessous qui a fait venir encore plus de monde}. Ce soir je pense que je vais pas streamer.
}
- (open)
* {not sacha_done} [{~Sacha 😭 la tête de l'Éclaireuse… Toute l'équipe a ri (un peu jaune, on avoue). Merci de mettre de la douceur dans cette semaine 🧡|On a ri, Sacha, un peu jaune aussi, on l'avoue 😭 La tête de l'Éclaireuse… Merci d'apporter un peu de douceur dans cette semaine 🧡} #post: p9 #action: reply #tone: empathetic #judgement: best #intents: thank #why: On rit avec la fan, et de soi-même, sans viser personne : une touche d'autodérision qui montre un studio humain au milieu de la tempête.]
  ~ sacha_done = true
  ~ trust += 1
  -> open
* {not sacha_done} [Liker le fan art de Sacha. #post: p9 #action: like #judgement: good #why: Le like fait plaisir ; une illustratrice qui publie chaque semaine mérite de temps en temps un vrai mot.]
  ~ sacha_done = true
  -> open
* {not sacha_done} [Exactement la tête des râleurs du forum depuis hier 😂😂 #post: p9 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: thank #why: Transformer un dessin bienveillant en pique contre les joueurs qui critiquent le patch : l'autrice des mesures et tout le fil prendront la blague pour eux, à raison.]
  ~ sacha_done = true
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not sacha_done} [Merci ! Rappel : les personnages de Deeplight sont la propriété de Pixel Forge et leur utilisation est encadrée par nos conditions d'utilisation. #post: p9 #action: reply #tone: neutral #judgement: poor #intents: explain #why: Répondre à un cadeau par un rappel juridique refroidit une fan qui n'a rien fait de mal : un fan art partagé sans but commercial ne pose aucun problème.]
  ~ sacha_done = true
  -> open
* {not sacha_done} [Ignorer #post: p9 #action: ignore #judgement: poor #why: Pas de dégât, mais un fan art qui dédramatise la polémique, c'était le meilleur moment de la journée pour dire merci.]
  ~ sacha_done = true
  -> open
* {not lou_done} {brax == 1 || brax == 2} [{~Merci à toi de nous l'avoir écrit 💛 Personne ne devrait recevoir ça pour avoir donné son avis sur un patch. Si {brax_name} ou d'autres se pointent ce soir, envoie-nous les captures ici : on les transmet au support joueurs pour qu'ils agissent sur les comptes.|Merci de nous prévenir, {lou_first} 💛 Personne ne mérite ça pour un avis sur un patch. Si {brax_name} ou ses potes débarquent ce soir, envoie-nous les captures ici : on les passe au support joueurs, qui agira sur les comptes.} #post: p10 #action: dm #tone: empathetic #judgement: best #intents: thank, ask-details, escalate #why: Chaleureux, concret et privé : elle sait qu'elle n'est pas seule et comment faire remonter la suite, sans que rien de ce qu'elle confie ne soit exposé.]
  ~ lou_done = true
  ~ trust += 1
  -> open
* {not lou_done} {brax == 1 || brax == 2} [Transmettre le cas de {lou_first} au support joueurs pour qu'ils surveillent les comptes de {brax_name} et de ses amis. #post: p10 #action: escalate #to: after-sales #judgement: good #intents: escalate #why: Les bonnes personnes sont saisies, mais la joueuse n'a aucune réponse et ne sait même pas si quelqu'un a lu son message.]
  ~ lou_done = true
  -> open
* {not lou_done} {brax == 1 || brax == 2} [Répondre sur le forum : « Soutien à {lou_first}, qui nous a écrit qu'elle avait peur pour son stream ce soir. Les potes de {brax_name}, on vous attend 💪 » #post: p10 #action: reply #tone: aggressive #judgement: bad #breaks: no-personal-data, no-aggression #intents: explain #why: Rendre public ce qu'une joueuse confie en privé et défier ses harceleurs, c'est l'exposer une deuxième fois et désigner son stream à tous les curieux.]
  ~ lou_done = true
  ~ leaked = true
  ~ heat += 2
  -> open
* {not lou_done} {brax == 1 || brax == 2} [Merci pour ton message. Pour tout signalement, utilise le bouton « Signaler » en bas de chaque message. #post: p10 #action: dm #tone: neutral #judgement: poor #intents: explain #why: La réponse type d'un guichet à une joueuse qui a peur : techniquement juste, humainement à côté.]
  ~ lou_done = true
  -> open
* {not lou_done} {brax == 1 || brax == 2} [Ignorer #post: p10 #action: ignore #judgement: poor #why: Un merci resté sans réponse, passe encore ; une inquiétude sans réponse, c'est la joueuse qui se sent seule au moment où le raid arrive.]
  ~ lou_done = true
  ~ trust -= 1
  -> open
* {not lou_done} {brax >= 3} [{~{lou_first}, on est désolés : on aurait dû agir tout de suite. Le message de {brax_name} est retiré et son compte suspendu, là, maintenant. Envoie-nous les captures des messages privés : le support joueurs s'occupe des comptes qui t'écrivent. Et si tu reviens poster, on sera là.|Pardon, {lou_first}, on a trop tardé. C'est fait maintenant : le message de {brax_name} est retiré et son compte suspendu. Envoie-nous les captures des messages privés, le support joueurs s'occupe des comptes qui t'écrivent. Et si tu reviens sur le forum, on sera là.} #post: p10 #action: dm #tone: empathetic #judgement: best #intents: apologise, explain, ask-details #why: Des excuses sans détour et des actes immédiats, annoncés en privé : c'est ce qui peut encore retenir la joueuse, et ce qu'elle racontera si elle en parle.]
  ~ lou_done = true
  ~ brax = 1
  ~ trust += 1
  -> open
* {not lou_done} {brax >= 3} [Suspendre {brax_name} et transmettre au support joueurs les comptes qui écrivent à {lou_first}. #post: p10 #action: escalate #to: after-sales #judgement: good #intents: escalate #why: Les sanctions tombent enfin, mais la joueuse n'en sait rien : de son point de vue, personne ne lui a répondu.]
  ~ lou_done = true
  ~ brax = 1
  -> open
* {not lou_done} {brax >= 3} [Tu sais, sur internet faut avoir la peau un peu dure 😅 Le mieux, c'est de les ignorer : ils finiront par se lasser ! #post: p10 #action: dm #tone: neutral #judgement: bad #intents: explain #why: Demander à la victime de s'endurcir pendant que le harceleur reste en ligne : la joueuse quitte le forum, et elle dira pourquoi.]
  ~ lou_done = true
  ~ lou_left = true
  ~ trust -= 2
  -> open
* {not lou_done} {brax >= 3} [On comprend, mais on ne peut pas contrôler ce qui se passe en dehors du forum. #post: p10 #action: dm #tone: defensive #judgement: poor #intents: refuse #why: En partie vrai, mais le message du harceleur, lui, est toujours sur votre forum : elle entend « on ne fera rien ».]
  ~ lou_done = true
  ~ lou_left = true
  ~ trust -= 1
  -> open
* {not lou_done} {brax >= 3} [Ignorer #post: p10 #action: ignore #judgement: bad #why: Une joueuse harcelée annonce qu'elle s'en va et personne ne lui répond : elle part, et son silence en dira long.]
  ~ lou_done = true
  ~ lou_left = true
  ~ trust -= 2
  -> open
* -> ending

=== ending ===
{
- censored && not restored:
  -> end_censorship
- troll == 3:
  -> end_circus
- lou_left:
  -> end_unsafe
- trust >= 6 && heat <= 1 && brax <= 2 && not leaked && not promised:
  -> end_healthy
- else:
  -> end_rough
}

=== end_healthy ===
# end: healthy-thread
# after: 20m
Jeudi matin, le fil « Retours patch 1.4 » est toujours là, plus calme, et le message de {kenza_first} est épinglé en tête avec la réponse de l'équipe dev. {brax == 1:Le harceleur est suspendu|Le message du harceleur a disparu}, {spam_left:le lien d'arnaque a fini par être retiré|le spam a disparu}, le troll est parti chercher une autre polémique. En modérant les comportements sans toucher aux opinions, vous avez gardé la critique visible et la communauté en sécurité : le correctif n'est pas encore sorti, mais les joueurs savent qu'il arrive et qu'on les a écoutés.{promised: Seule ombre : la date annoncée en public sans l'accord de la QA, que tout le monde guettera vendredi.}{spam_left: Et deux joueurs ont signalé au support le vol de leur compte via le lien « skins offerts » resté en ligne trop longtemps.}
-> END

=== end_rough ===
# end: rough-week
# after: 20m
La semaine se termine sans incendie, mais sans éclaircie. Le bug du grappin est reconnu, pourtant on retient surtout les flottements de la journée.{brax >= 2: Un harceleur a gardé son compte plus longtemps qu'il n'aurait dû.}{leaked: Des informations qui n'auraient jamais dû sortir du studio, ou d'une conversation privée, sont sorties.}{promised: Une date a été promise sans que personne ne l'ait validée.}{spam_left: Un lien d'arnaque est resté en ligne, et des comptes ont été volés.}{restored: Le post censuré puis rétabli de {kenza_first} circule encore en capture.} Quelques contributeurs réguliers ne postent plus, et il faudra plusieurs patchs, et beaucoup de réponses justes, pour regagner leur confiance.
-> END

=== end_censorship ===
# end: censorship-backlash
# after: 20m
« Pixel Forge censure les critiques » : {locked:le fil verrouillé au moment même où le bug était confirmé|la capture du post masqué de {kenza_first}} fait le tour des réseaux et des forums de jeu. Des joueurs ressortent d'anciens messages, les évaluations récentes du jeu s'effondrent, et le bug reconnu par l'équipe dev passe au second plan. Faire taire une critique argumentée a fait plus de dégâts que la critique elle-même : on modère les comportements, pas les opinions.
-> END

=== end_circus ===
# end: troll-circus
# after: 20m
La capture de la réplique du studio à {grumpf_name} a fait plus de vues que les notes de patch. \#PixelForgeGate attire des comptes qui n'ont jamais lancé Deeplight, les commentaires du studio sont envahis pour le week-end{troll_sorry:, et vos excuses rapides ont limité les dégâts sans les effacer|, et la direction doit publier un message d'excuses}. Le troll cherchait une réaction : il a eu une scène et un public. Un contenu abusif se modère en silence ; il ne se combat pas.
-> END

=== end_unsafe ===
# end: players-leave
# after: 20m
{lou_first} a quitté le forum, et elle l'a expliqué sur ses réseaux : harcelée pendant des heures sans que la modération ne bouge vraiment. D'autres joueuses et joueurs racontent des histoires semblables, et une phrase revient : « ce forum ne protège personne ». Le débat sur le patch s'est éteint, non parce qu'il était réglé, mais parce que ceux qui avaient des choses à dire sont partis. Le harcèlement d'un joueur n'est jamais une opinion à laisser en ligne.
-> END
