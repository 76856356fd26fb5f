// Frontline — drop-day (français)
// Un drop vendu en 40 secondes, des bots, des mèmes et une communauté de 15-25 ans qui ne pardonne pas la langue de bois.
// Même structure que drop-day.en.ink : mêmes nœuds, mêmes choix, mêmes tags (seuls `why` et `hint` changent).

VAR trust = 0          // confiance de la communauté
VAR heat = 0           // colère et viralité de la soirée
VAR corporate = 0      // réponses en langue de bois de service client
VAR cringe = false     // une réponse en faux jeune
VAR promised = false   // une date ou une paire promise sans validation
VAR corrected = false  // la promesse a été corrigée en public
VAR leaked = false     // une info interne révélée (chiffres, tirage au sort)
VAR scam = 0           // 0 ouvert, 1 supprimé, 2 averti seulement, 3 laissé ou liké
VAR meme_done = false  // mème traité (posts ouverts en parallèle)
VAR lina_done = false  // fit de Lina traité
VAR scam_done = false  // arnaque traitée
VAR theo_done = false  // question de Théo traitée
VAR theo_ok = false    // Théo a eu la bonne réponse
// Variantes (manifest, « variants ») : chaque partie tire ses valeurs ; celles-ci sont celles du scénario tel qu'écrit.
VAR colour = "Brume"
VAR resale = "400 balles"
VAR delay = "dix jours"
VAR meme_wait = "4m" // quand arrive le mème
VAR nael_first = "Naël"
VAR lina_first = "Lina"
VAR theo_first = "Théo"
VAR sacha_first = "Sacha"

-> intro

=== intro ===
Jeudi, 17 h 50. Dans dix minutes, la Silex 02 « {colour} » sort sur kairn.fr. Toute l'équipe a les yeux rivés sur les écrans.
# memo: manager
Ce soir c'est toi qui tiens les comptes, moi je reste avec la tech pendant le drop. Rappel de la charte : on tutoie, on parle comme nous, pas comme un guichet, et pas de date de restock sans validation. Si ça chauffe, écris-moi.
-> sold_out

=== sold_out ===
# after: 10m
18 h 00 min 40 s. Le compteur affiche « Sold out ». Les notifications s'emballent.
# post: p1
# from: nael
# on: microblog
# after: 1m
# kind: complaint
# mood: furious
# facts: event=le drop; product=la Silex {colour}
# subject: stock
# deadline: 30m
# hint: Ce public punit la langue de bois plus vite que le silence. Relis la voix de la charte : qu'est-ce que tu sais vraiment à cette minute, et qu'est-ce que tu ne sais pas encore ?
40 SECONDES. {~J'étais dans la file à 17h59, j'arrive au paiement : sold out.|Dans la file depuis 17h59, j'arrive enfin au paiement : sold out.} Et dans dix minutes elles seront sur les sites de revente à {resale}. Les bots ont tout pris, bravo @kairn 👏🤡 \#Silex{colour}
* [{~40 secondes, on l'a vu passer aussi et on est dégoûtés pour toi, {nael_first}. Il y a des commandes louches dans le lot, on regarde ça de près ce soir. Dès qu'on sait ce qu'on en fait, c'est ici que tu le lis en premier.|On est aussi dégoûtés que toi, {nael_first} : 40 secondes, c'est pas normal. On a repéré des commandes louches et on les épluche ce soir. Dès qu'on sait ce qu'on en fait, tu le liras ici en premier.} #post: p1 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain #why: Court, honnête et au bon endroit : tu dis ce que tu sais (des commandes suspectes), ce que tu ne sais pas encore, et où suivre la suite. Le fan et tous ceux qui lisent voient des humains, pas un guichet.]
  ~ trust += 2
  ~ heat -= 1
  -> bots_memo
* [Écrire à {nael_first} en DM pour lui dire qu'on est désolés, sans répondre sous son post. #post: p1 #action: dm #tone: empathetic #judgement: good #intents: apologise #why: Il se sent entendu, mais son post reste sans réponse devant ses 1 200 abonnés et tous ceux qui ont raté le drop : en public, la marque a l'air absente.]
  ~ trust += 1
  -> bots_memo
* [Bonjour {nael_first}, nous comprenons votre frustration et vous remercions pour votre retour. Le succès de cette sortie a dépassé nos attentes. Nous vous invitons à suivre nos réseaux pour ne manquer aucune actualité. #post: p1 #action: reply #tone: neutral #judgement: bad #breaks: register-tu #intents: thank, explain #why: Vouvoiement, formules de service client, « succès qui a dépassé nos attentes » : exactement le ton qui fait dire à ce public que la marque est fake. Cette réponse finit en capture d'écran.]
  ~ corporate += 1
  ~ trust -= 1
  ~ heat += 2
  -> bots_memo
* [Le drop était annoncé depuis deux semaines : fallait activer les notifs et être prêt à 18 h pile 🤷 #post: p1 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: explain #why: Il était dans la file à 17 h 59 : lui reprocher sa lenteur alors que des bots ont raflé le stock, c'est rejeter la faute sur la communauté. Tous ceux qui ont raté le drop se sentent visés.]
  ~ trust -= 2
  ~ heat += 2
  -> bots_memo
* [Ignorer #post: p1 #action: ignore #judgement: bad #why: Trente minutes de silence un soir de drop, c'est une éternité pour ce public : d'autres déçus s'ajoutent à son fil et la marque a l'air de se cacher.]
  ~ trust -= 1
  ~ heat += 2
  -> bots_memo

=== bots_memo ===
# memo: product
# after: 3m
La tech confirme : un gros paquet de commandes suspectes, même carte bancaire, adresses en série, un peu plus de 300 paires. On les annule ce soir. Les paires récupérées seront remises en vente, mais la date n'est pas fixée. On réfléchit aussi à un tirage au sort pour les prochains drops : rien d'acté, ça reste entre nous.
-> meme_and_fit

=== meme_and_fit ===
{shuffle:
- -> meme_post -> lina_post ->
- -> lina_post -> meme_post ->
}
- (open)
* {not meme_done} [{~Le squelette, c'est nous aussi en regardant les commandes de ce soir 💀 On fait le ménage : les commandes de bots sautent, et la suite sera annoncée ici.|Honnêtement, le squelette, c'est nous devant les commandes de ce soir 💀 On fait le tri : les commandes de bots sont annulées, et la suite sera annoncée ici.} #post: p2 #action: reply #tone: empathetic #judgement: best #intents: explain #why: Un peu d'autodérision et une vraie info glissée dedans : le mème devient le meilleur canal pour dire que les bots sont annulés, devant 38 000 abonnés, sans promettre de date.]
  ~ meme_done = true
  ~ trust += 1
  ~ heat -= 1
  -> open
* {not meme_done} [Liker le mème. #post: p2 #action: like #judgement: good #why: Le like montre que la marque sait rire d'elle-même ; une réponse aurait en plus fait passer l'info sur les bots à 38 000 abonnés.]
  ~ meme_done = true
  -> open
* {not meme_done} [MDRRR la vérité 😭😭💀 on vous aime trop la fam, tkt le restock arrive très vite, restez connectés 🔥🔥🔥 #post: p2 #action: reply #tone: empathetic #diplomacy: 45 #judgement: bad #breaks: register-tu, no-promise #intents: promise #why: Le faux jeune sonne aussi faux que la langue de bois pour cette audience, et « le restock arrive très vite » est une promesse que personne n'a validée : double capture d'écran assurée.]
  ~ meme_done = true
  ~ cringe = true
  ~ promised = true
  ~ heat += 1
  -> open
* {not meme_done} [Masquer le mème : il se moque de la marque le soir du drop. #post: p2 #action: hide #judgement: bad #why: Un mème n'est pas un abus : le masquer, c'est de la censure, et « Kairn cache les mèmes » devient un mème bien plus viral que le premier.]
  ~ meme_done = true
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not meme_done} [Ignorer #post: p2 #action: ignore #judgement: poor #why: Pas de dégât direct, mais le mème tourne sans la marque : une occasion manquée de montrer de l'humour et de faire passer la bonne info.]
  ~ meme_done = true
  -> open
* {not lina_done} [{~Ce combo Silex 01 + Galet crème 🔥 franchement propre. On peut la repartager en story ? On te crédite, évidemment.|Silex 01 et Galet crème, le combo marche trop bien 🔥 Ça te dit qu'on repartage ta photo en story, {lina_first} ? Avec ton nom, évidemment.} #post: p3 #action: reply #tone: empathetic #judgement: best #intents: thank #why: Un compliment précis, sincère, et on demande avant de réutiliser sa photo : la fan se sent vue, et la communauté voit une marque qui respecte ceux qui la portent.]
  ~ lina_done = true
  ~ trust += 1
  -> open
* {not lina_done} [Liker le post de {lina_first}. #post: p3 #action: like #judgement: good #why: Un like fait toujours plaisir ; un mot précis sur sa tenue aurait compté davantage pour une fan fidèle, un soir où elle a elle aussi raté le drop.]
  ~ lina_done = true
  -> open
* {not lina_done} [Merci {lina_first} pour votre fidélité ! Retrouvez toute la collection Galet sur kairn.fr 🛒 #post: p3 #action: reply #tone: neutral #judgement: poor #breaks: register-tu #intents: thank #why: Vouvoiement et lien boutique sous une photo perso : le compliment devient une pub, et la fan a l'impression de parler à un robot.]
  ~ lina_done = true
  ~ corporate += 1
  -> open
* {not lina_done} [Trop propre 😍 Et t'inquiète pour la {colour}, on t'en met une de côté pour le restock, envoie ta pointure en DM 😉 #post: p3 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Mettre une paire de côté pour une fan, en public, le soir où des milliers de gens ont raté le drop : c'est un passe-droit, une promesse non validée, et la preuve que « la hype est truquée ».]
  ~ lina_done = true
  ~ promised = true
  ~ heat += 2
  -> open
* {not lina_done} [Ignorer #post: p3 #action: ignore #judgement: poor #why: Rien de grave, mais une fan qui reste positive un soir pareil et qui n'a aucun retour, c'est une occasion manquée.]
  ~ lina_done = true
  -> open
* -> line_memo

=== meme_post ===
# post: p2
# from: memes
# on: microblog
# after: {meme_wait}
# kind: complaint
# mood: happy
# facts: event=le drop; product=la Silex {colour}
# subject: stock
# deadline: 30m
# hint: Un mème n'est pas un ticket de réclamation. Ce public aime une marque qui sait rire d'elle-même, mais la charte interdit aussi le faux jeune et les promesses.
Moi à 18:00:01 qui clique sur « ajouter au panier » vs le bot qui a déjà 14 paires de {colour} dans son panier depuis 17:59 (photo : squelette devant un ordi, couvert de toiles d'araignée) \#Silex{colour} \#Kairn
->->

=== lina_post ===
# post: p3
# from: lina
# on: comments
# after: 2m
# kind: praise
# mood: happy
# facts: product=la Silex 01
# deadline: 40m
# hint: Tout n'est pas une crise : un message positif mérite une réponse à sa mesure. Et si tu as envie de réutiliser sa photo, pense au consentement.
Pas eu la {colour} ce soir 😭 {~mais la Silex 01 avec le hoodie Galet crème, ça dépanne bien.|mais bon, la Silex 01 et le hoodie Galet crème font le taf en attendant.} Fit du jour 📸 \#KairnFit
->->

=== line_memo ===
# memo: management
# after: 3m
Validé avec la direction. Tu peux dire : aucune paire n'a été mise de côté pour qui que ce soit, tout est parti sur le site ; les commandes de bots sont annulées, les paires récupérées seront remises en vente, et la date sera annoncée sur nos comptes officiels au moins 24 h avant. Tu ne dis pas : le nombre de paires, une date, le tirage au sort.
-> scam_and_theo

=== scam_and_theo ===
# post: p4
# from: scam
# on: microblog
# in: p1
# after: 4m
# kind: spam
# mood: enthusiastic
# deadline: 30m
# hint: Regarde bien le compte et le lien. Qu'est-ce qui protège le mieux une communauté jeune : discuter avec ce compte, ou autre chose ?
⚡ Silex {colour} : RESTOCK DEMAIN 10H ⚡ Accès prioritaire pour les 200 premiers : inscris-toi avec ton mail et ta pointure ici 👉 kairn-acces-vip.shop
# post: p5
# from: theo
# on: comments
# after: 2m
# needs: p4
# kind: question
# mood: worried
# facts: product=la Silex {colour}
# subject: stock
# deadline: 40m
# hint: Il a 17 ans et il croit ce qu'il lit. La ligne validée dit ce que tu peux affirmer, la charte dit ce que tu ne peux pas promettre, et ce qu'on ne demande jamais à un mineur.
c vrai le restock demain 10h ?? y a un compte qui dit qu'il faut s'inscrire avec son mail… je mets de côté depuis septembre pour cette paire 😣
- (open)
* {not scam_done} [{~Supprimer la réponse (un lien d'hameçonnage qui se fait passer pour Kairn) et signaler le compte.|Supprimer ce lien d'hameçonnage déguisé en annonce Kairn et signaler le compte à la plateforme.} #post: p4 #action: delete #judgement: best #why: Un faux compte qui récolte les mails de gamins sous le fil officiel, ça ne se discute pas : ça se supprime. La communauté est protégée, sans offrir de tribune à l'arnaque.]
  ~ scam_done = true
  ~ scam = 1
  ~ trust += 1
  -> open
* {not scam_done} [⚠️ Ce compte n'est pas Kairn et ce lien n'est pas à nous : ne mets ni ton mail ni ta carte dessus. Nos annonces passent uniquement par @kairn. #post: p4 #action: reply #tone: neutral #judgement: good #intents: correct #why: L'avertissement est utile et clair, mais le lien reste en ligne sous le fil le plus lu de la soirée : tous ne liront pas ta réponse avant de cliquer.]
  ~ scam_done = true
  ~ scam = 2
  -> open
* {not scam_done} [Liker la réponse : ça fait de l'engagement sur le fil. #post: p4 #action: like #judgement: bad #why: Un like de la marque sous une arnaque, c'est une caution officielle : des abonnés de 15 ans vont y laisser leur mail en pensant que c'est validé par Kairn.]
  ~ scam_done = true
  ~ scam = 3
  ~ trust -= 2
  ~ heat += 2
  -> open
* {not scam_done} [Ignorer #post: p4 #action: ignore #judgement: bad #why: Le lien reste en ligne toute la soirée sous le fil officiel : des mineurs y laissent leur mail, et la marque n'a rien fait.]
  ~ scam_done = true
  ~ scam = 3
  ~ trust -= 1
  ~ heat += 1
  -> open
* {not theo_done} [{~Salut {theo_first} 🙏 Ce compte n'est pas nous : ne mets pas ton mail sur son lien. Ce qui est vrai : on annule les commandes de bots et ces paires reviendront en vente. La date tombera ici, sur nos comptes officiels, au moins 24 h avant. Tu ne rateras rien.|Salut {theo_first}, ce compte n'a rien à voir avec nous : surtout, ne mets pas ton mail sur son lien. Ce qu'on sait : les commandes de bots sont annulées et ces paires reviendront en vente. La date sera annoncée ici, sur nos comptes officiels, au moins 24 h avant, donc tu ne la rateras pas.} #post: p5 #action: reply #tone: empathetic #judgement: best #intents: correct, explain #why: Tu démontes l'arnaque, tu donnes exactement la ligne validée et tu ne promets rien : le lycéen est rassuré, et tous ceux qui se posaient la même question ont la réponse sous les yeux.]
  ~ theo_done = true
  ~ theo_ok = true
  ~ trust += 2
  -> open
* {not theo_done} [Oui {theo_first}, demain 10 h, mets ton réveil 😉 Tu vas l'avoir ta paire ! #post: p5 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Tu confirmes la date inventée par un arnaqueur et tu promets une paire à un lycéen : demain à 10 h il n'y aura rien, et c'est la marque qui aura menti.]
  ~ theo_done = true
  ~ promised = true
  ~ heat += 1
  -> open
* {not theo_done} [Lui écrire en DM : « Envoie-nous ton mail, ton âge et ta pointure, on te met sur une liste prioritaire 😉 » #post: p5 #action: dm #tone: empathetic #judgement: bad #breaks: no-personal-data, no-promise #intents: ask-details, promise #why: Demander son âge et son mail à un mineur pour une liste prioritaire qui n'existe pas : collecte de données inutile, passe-droit et promesse, soit exactement ce que fait l'arnaque.]
  ~ theo_done = true
  ~ promised = true
  ~ trust -= 1
  -> open
* {not theo_done} [Bonjour, nous ne communiquons pas sur les réassorts. Merci de suivre nos canaux officiels. #post: p5 #action: reply #tone: neutral #judgement: poor #breaks: register-tu #intents: refuse #why: Vouvoiement et formule de guichet pour un ado inquiet : il n'apprend même pas que le compte de l'arnaque n'est pas vous, et la ligne validée n'est pas donnée.]
  ~ theo_done = true
  ~ corporate += 1
  -> open
* {not theo_done} [Ignorer #post: p5 #action: ignore #judgement: bad #why: Un mineur inquiet, une arnaque qui traîne et pas de réponse : il finit par croire le faux compte, comme ceux qui lisaient par-dessus son épaule.]
  ~ theo_done = true
  ~ trust -= 1
  ~ heat += 1
  -> open
* -> critic

=== critic ===
# post: p6
# from: sacha
# on: microblog
# after: 6m
# kind: complaint
# mood: hostile
# facts: event=le drop; product=la Silex {colour}
# subject: stock
# deadline: 30m
# hint: Une critique dure n'est pas forcément un abus à modérer. Qu'est-ce qui est juste dans ce qu'il dit ? Et relis la liste de ce que tu n'as pas le droit de révéler pour te défendre.
Kairn c'est devenu une marque de revendeurs qui joue les potes sur Insta. Drop de 40 secondes, « communauté », « pose ta pierre »… {~La seule pierre posée ce soir, c'est sur la tombe de l'authenticité.|Ce soir, la seule pierre qu'ils ont posée, c'est sur la tombe de l'authenticité.}{corporate > 0: Et quand on leur écrit, ils répondent « nous comprenons votre frustration » 💀}{promised: Et pour calmer les gosses, ils promettent des restocks dans le vide.} Fake de A à Z. \#KairnFake
* [{~Ce soir, vu de l'extérieur, on comprend que ça ait l'air fake. Ce qu'on peut dire : aucune paire n'a été réservée à des revendeurs, les commandes de bots sont annulées et ces paires reviendront en vente, annoncées ici. Un drop plié en 40 secondes, on ne le vit pas bien non plus, et on cherche comment faire mieux.|On comprend que, vu de l'extérieur, ce soir ait l'air fake. Les faits : aucune paire n'a été mise de côté pour des revendeurs, les commandes de bots sont annulées et ces paires reviendront en vente, avec une annonce ici. Un drop fini en 40 secondes, ça ne nous plaît pas non plus, et on cherche comment faire mieux.} #post: p6 #action: reply #tone: empathetic #judgement: best #intents: explain, correct #why: Tu reconnais ce qui est juste, tu corriges ce qui est faux avec la ligne validée, sans chiffre ni projet interne : le vidéaste peut rester dur, mais ses 9 400 abonnés voient une marque qui ne se cache pas.]
  ~ trust += 2
  ~ heat -= 2
  -> follow_up
* [Pour info : 312 commandes de bots annulées ce soir, et au prochain drop on passe au tirage au sort. Ça te va comme authenticité ? 😉 #post: p6 #action: reply #tone: defensive #judgement: bad #breaks: no-confidential, no-promise #intents: correct, promise #why: Le chiffre et le tirage au sort sortent de la note interne : les bots savent désormais ce qu'on a détecté, et un projet non acté devient une promesse publique, le tout sur un ton piqué.]
  ~ leaked = true
  ~ promised = true
  ~ heat += 1
  -> follow_up
* [Personne ne t'oblige à acheter 🤷 Retourne chez Bitume Club, eux au moins leurs drops ne se vendent pas 😘 #post: p6 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression, no-competitor #intents: refuse #why: Le clash et la pique contre un concurrent dans la même phrase : c'est la capture parfaite pour \#KairnFake, et la preuve que la marque « qui joue les potes » mord quand on la critique.]
  ~ trust -= 2
  ~ heat += 4
  -> follow_up
* [Masquer le post de {sacha_first} : il traite la marque de fake devant 9 400 abonnés. #post: p6 #action: hide #judgement: bad #why: Une critique, même injuste, n'est pas un abus : la masquer, c'est de la censure, et le vidéaste aura la capture de son post masqué dans sa prochaine vidéo.]
  ~ trust -= 1
  ~ heat += 4
  -> follow_up
* [Ignorer #post: p6 #action: ignore #judgement: poor #why: Le silence n'aggrave pas tout, mais son hashtag vit sa vie sans aucune version de la marque en dessous.]
  ~ heat += 1
  -> follow_up

=== follow_up ===
{ promised:
  -> owned
- else:
  -> calm
}

=== owned ===
# memo: management
# after: 3m
Qui a annoncé un restock ? Il n'y a aucune date, la tech a besoin d'au moins {delay} pour remettre les paires en vente. Il faut corriger ça en public, vite et simplement.
# post: p7
# from: nael
# on: microblog
# after: 5m
# kind: question
# mood: angry
# facts: event=le restock; product=la Silex {colour}
# subject: stock
# deadline: 30m
# hint: Quand on s'est avancé trop vite, la charte dit de dire ce qui est acté. Ce public pardonne une erreur reconnue bien plus facilement qu'une erreur maquillée.
Du coup le restock c'est quand ? J'ai vu vos réponses, vous confirmez ou c'était du vent ? Parce que là y a des gens qui posent leur journée 😐
* [{~On s'est avancés trop vite, désolé. Il n'y a pas encore de date. Ce qui est sûr : les paires des bots reviendront en vente, et la date tombera ici au moins 24 h avant. On préfère te le dire maintenant que te faire poser ta journée pour rien.|Désolé, on est allés trop vite : il n'y a pas encore de date. Ce qui est sûr, c'est que les paires des bots reviendront en vente, avec une date annoncée ici au moins 24 h avant. Mieux vaut te le dire maintenant que te laisser poser ta journée pour rien.} #post: p7 #action: reply #tone: empathetic #judgement: best #intents: apologise, correct, explain #why: Reconnaître l'erreur en une phrase, donner la ligne validée, et c'est fini : la communauté voit une marque qui se corrige au lieu de s'enfoncer.]
  ~ corrected = true
  ~ trust += 2
  ~ heat -= 1
  -> finale
* [Oui oui, très vite, restez connectés 🔥 #post: p7 #action: reply #tone: neutral #judgement: bad #breaks: no-promise #intents: promise #why: Confirmer une date qui n'existe pas, alors que la direction vient de dire que rien ne sera prêt avant plusieurs jours : la dette grossit, et elle se paiera avec intérêts.]
  ~ heat += 2
  -> finale
* [Transmettre la question à la direction et attendre leur réponse avant de dire quoi que ce soit. #post: p7 #action: escalate #to: management #judgement: poor #intents: escalate #why: La direction a déjà dit quoi faire : corriger vite. Attendre encore, c'est laisser des gens poser leur journée sur une fausse info.]
  ~ heat += 1
  -> finale
* [Bonjour, suite à une erreur de communication, nous vous prions de ne pas tenir compte des informations précédemment diffusées. #post: p7 #action: reply #tone: neutral #judgement: poor #breaks: register-tu #intents: correct #why: Le fond est juste, mais ce communiqué de guichet ne s'excuse de rien et ne dit pas ce qui est vrai : ce public lit « langue de bois » avant de lire « correction ».]
  ~ corporate += 1
  -> finale
* [Ignorer #post: p7 #action: ignore #judgement: bad #why: La fausse date reste en ligne sans correction : demain, des gens l'attendront, et c'est la marque qui aura menti.]
  ~ trust -= 1
  ~ heat += 2
  -> finale

=== calm ===
# post: p7
# from: nael
# on: microblog
# after: 8m
# kind: question
# mood: neutral
# facts: event=la remise en vente; product=la Silex {colour}
# subject: stock
# deadline: 30m
# hint: Il pose une question précise : la ligne validée y répond. Ce qui n'est pas acté ne se promet pas, même pour faire plaisir.
Bon. J'ai vu que vous virez les commandes de bots, respect, au moins vous répondez. Vous prévenez combien de temps avant pour la remise en vente ? Que je m'organise 😅
* [{~Au moins 24 h avant, ici sur nos comptes officiels. Pas de date pour l'instant, mais tu l'auras en même temps que tout le monde. Et merci d'être revenu 🙏|On prévient au moins 24 h avant, ici sur nos comptes officiels. Pas encore de date, mais tu la sauras en même temps que tout le monde. Merci d'être repassé 🙏} #post: p7 #action: reply #tone: empathetic #judgement: best #intents: explain, thank #why: La réponse exacte à sa question, ni plus ni moins, avec un merci sincère : le fan passe de furieux à patient, devant tout son fil.]
  ~ trust += 1
  -> finale
* [Pose ta journée de mardi, on ne dit rien de plus 😉 #post: p7 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Un clin d'œil qui vaut annonce de date alors que rien n'est fixé : demain, tout le milieu attendra mardi.]
  ~ promised = true
  ~ heat += 1
  -> finale
* [Lui répondre en DM avec la ligne validée. #post: p7 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Il a sa réponse, mais il a posé la question en public : ceux qui se demandent la même chose ne la verront pas.]
  -> finale
* [Liker son post. #post: p7 #action: like #judgement: poor #why: Un like sous une question, c'est une question sans réponse : il revenait vers vous, il repart avec un pouce.]
  -> finale
* [Ignorer #post: p7 #action: ignore #judgement: poor #why: Il avait fait un pas vers la marque ; sans réponse, il retient surtout les 40 secondes.]
  ~ trust -= 1
  -> finale

=== finale ===
{ trust >= 5 && heat <= 0 && not leaked:
  -> wholesome
- else:
  -> trending
}

=== wholesome ===
# post: p8
# from: memes
# on: microblog
# after: 10m
# kind: praise
# mood: happy
# facts: event=le drop; product=la Silex {colour}
# deadline: 40m
# hint: Un compliment public après une soirée pareille : la charte dit vrai avant cool. Une réponse à la mesure du message suffit.
Kairn qui répond comme des humains le soir d'un drop raté, on n'a pas l'habitude 🥲 (photo : chat qui pleure en levant le pouce) \#Silex{colour}
* [{~On a quand même raté la partie « vendre des paires à des humains » 😅 Merci, on retient la leçon pour la suite.|Merci, même si on a un peu raté l'étape « vendre des paires à des humains » 😅 Leçon retenue pour la prochaine fois.} #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank #why: De l'autodérision et aucun triomphalisme : la marque ne fête pas une soirée où beaucoup ont été déçus, elle remercie et reste humble.]
  ~ trust += 1
  -> ending
* [Liker le mème. #post: p8 #action: like #judgement: good #why: Le like suffit à montrer qu'on l'a vu ; un mot d'autodérision aurait refermé la soirée avec plus de chaleur.]
  -> ending
* [LA MEILLEURE COMMU DU GAME 🔥🔥🔥 on vous kiffe de ouf, restez branchés pour la suite 👀👀 #post: p8 #action: reply #tone: empathetic #diplomacy: 45 #judgement: bad #breaks: register-tu #intents: thank #why: Majuscules, argot forcé et teasing : après une soirée de frustration, l'autocongratulation en faux jeune annule tout le crédit gagné.]
  ~ cringe = true
  ~ heat += 1
  -> ending
* [Merci ! Et pour vous consoler : -10 % sur le hoodie Galet avec le code GALET10 ce week-end 😉 #post: p8 #action: reply #tone: neutral #judgement: poor #breaks: no-promise #intents: thank, promise #why: Une promo que personne n'a validée, glissée sous un compliment : le moment sincère devient une réclame, et le code circule sans que l'équipe soit au courant.]
  ~ trust -= 1
  -> ending
* [Ignorer #post: p8 #action: ignore #judgement: poor #why: Un compte à 38 000 abonnés qui dit du bien de la marque le soir d'un drop raté, c'est rare : ne rien répondre gâche la fin de soirée.]
  -> ending

=== trending ===
# post: p8
# from: memes
# on: microblog
# after: 10m
# kind: rumour
# mood: hostile
# facts: event=le drop; product=la Silex {colour}
# deadline: 30m
# hint: Le hashtag s'emballe : quelle réponse ramène des faits, sans se justifier ni clasher ? Et est-ce encore seulement l'affaire de la permanence ?
\#KairnFake en tendance 💀{corporate > 0: Florilège des réponses de Kairn ce soir, « nous comprenons votre frustration » édition.}{cringe: Mention spéciale au « la fam » de 18 h 20.}{leaked: Bonus, ils balancent leurs chiffres en plein clash.} Qui a eu une paire ce soir ? Personne ? Normal.
* [{~Transmettre à la direction : le hashtag est en tendance, il faut une prise de parole de la marque sur le drop, pas seulement des réponses au cas par cas.|Alerter la direction : avec ce hashtag en tendance, la marque doit s'exprimer sur le drop, au-delà des réponses au cas par cas.} #post: p8 #action: escalate #to: management #judgement: best #intents: escalate #why: Quand une soirée déborde la permanence, la charte dit de passer la main à la direction : un message clair de la marque sur le drop pèse plus que dix réponses isolées.]
  ~ heat -= 1
  -> ending
* [Ce soir on a raté des choses, y compris dans certaines de nos réponses. Ce qui est vrai : les commandes de bots sont annulées, ces paires reviendront en vente et la date sera annoncée ici au moins 24 h avant. #post: p8 #action: reply #tone: empathetic #judgement: good #intents: apologise, explain #why: Honnête et juste, ça calme une partie du fil ; mais à ce stade, un message de la marque validé par la direction aurait plus de poids qu'une réponse de la permanence.]
  ~ heat -= 1
  ~ trust += 1
  -> ending
* [Ratio + t'as jamais eu de paire de ta vie 🤡 #post: p8 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: refuse #why: Clasher un compte de mèmes à 38 000 abonnés en pleine tendance : la marque vient d'écrire le mème suivant elle-même.]
  ~ heat += 3
  -> ending
* [Ignorer #post: p8 #action: ignore #judgement: poor #why: La tendance monte sans aucune version de la marque : demain, c'est le récit de \#KairnFake qui restera.]
  ~ heat += 1
  -> ending

=== ending ===
{
- heat >= 6 || leaked:
  -> end_fake
- promised && not corrected:
  -> end_debt
- trust >= 6 && heat <= 0 && corporate == 0 && not promised && scam <= 2 && not cringe:
  -> end_respect
- else:
  -> end_lukewarm
}

=== end_respect ===
# end: respect-earned
Personne n'a eu sa paire ce soir, et pourtant la communauté sort du drop plutôt avec Kairn que contre. Des réponses courtes et vraies, sans langue de bois ni promesse en l'air ; l'arnaque {scam == 1:supprimée avant de faire des dégâts|signalée à tout le monde}{theo_ok:, {theo_first} rassuré sans rien lui promettre}, et pas un seul clash. {sacha_first} a fait sa vidéo, mais elle parle surtout des bots. Les paires reviendront en vente dans {delay}, annoncées 24 h avant… et cette fois, c'est validé.
-> END

=== end_lukewarm ===
# end: lukewarm
Le soufflé retombe, mais la soirée laisse un goût tiède. Les faits étaient là, commandes de bots annulées et paires remises en vente, mais ils sont arrivés trop tard ou trop timidement{corporate > 0:, noyés dans des réponses de guichet}{cringe:, avec un « la fam » qui circule encore en capture}{scam == 3:, et un lien d'arnaque resté trop longtemps sous le fil officiel}.{corrected: La promesse de restock a été corrigée à temps, mais elle a laissé des traces.} Une partie des 15-25 ans se désabonne sans bruit : ici, la confiance se gagne réponse après réponse, et ce soir il en a manqué quelques-unes.
-> END

=== end_debt ===
# end: promise-debt
Le lendemain, des dizaines de personnes attendent un restock qui n'existe pas. Les captures des promesses de la veille circulent{scam >= 2: à côté du lien de l'arnaque resté trop longtemps en ligne}, et la marque doit publier un démenti que personne n'a envie de lire. Dire « on ne sait pas encore » aurait coûté une minute de frustration ; la date promise pour calmer les gens coûte une semaine de crédibilité.
-> END

=== end_fake ===
# end: kairnfake
\#KairnFake reste en tendance jusqu'au lendemain midi. {leaked:Les chiffres et le tirage au sort sortis de la note interne font le tour du milieu, et les bots savent désormais ce qu'on a repéré. }{corporate > 0:Les réponses de guichet de la soirée sont compilées en mème. }La vidéo de {sacha_first} dépasse les 200 000 vues et la direction reprend la communication en main. Le drop raté n'était pas le problème : c'est la façon d'en parler qui a fait de Kairn la marque « fake » de la semaine.
-> END
