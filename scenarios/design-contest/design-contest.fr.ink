// Frontline — design-contest (français)
// Trois mois de concours participatif : lancement, vote, annonce, et l'après.
// Même structure que design-contest.en.ink : mêmes nœuds, mêmes choix, mêmes tags (seuls `why` et `hint` changent).

VAR trust = 0          // confiance des participants et de la communauté
VAR heat = 0           // soupçons et tensions autour du concours
VAR fair = 0           // entorses au règlement ou favoritisme
VAR jules = 0          // 0 rien, 1 expliqué en DM, 2 juridique, 3 passe-droit, 4 âge publié, 5 sans réponse
VAR accused = false    // la marque a désigné Mo comme tricheur
VAR winner = 0         // 0 pas annoncé, 1 Mo selon le vote, 2 Maya choisie par la marque (puis corrigé), 3 Mo + coup de cœur promis, 4 annonce repoussée
VAR portrait_ok = false // portrait du gagnant fait avec son accord
VAR chloe_done = false // question de Chloé traitée (posts ouverts en parallèle)
VAR maya_done = false  // croquis de Maya traité
VAR enzo_done = false  // accusation d'Enzo traitée
VAR spam_done = false  // vente de votes traitée

-> intro

=== intro ===
Semaine 1. Lancement de « Pose ta pierre » : dessine le prochain hoodie Galet.
# memo: manager
Le règlement est en ligne, tu le défends partout. En bref : ouvert dès 15 ans, autorisation parentale signée obligatoire pour les mineurs avant la clôture ; deux designs max, créations originales (outils numériques oui, images générées par IA non, logos d'autres marques non) ; le jury choisit 5 finalistes, puis vote public de 7 jours, un vote par compte, votes frauduleux annulés (article 7) ; le gagnant voit son design produit en série limitée, crédité, avec 500 € et 5 hoodies, et chaque finaliste reçoit une pièce unique à son design. Clôture des participations fin de semaine 6.
-> week1

=== week1 ===
# post: p1
# from: chloe
# on: forum
# thread: Règlement du concours : tablette, IA, combien de créations ?
# rank: Nouvelle membre
# after: 3m
# kind: question
# mood: neutral
# facts: event=le concours
# subject: policy
# deadline: 60m
# hint: Le règlement répond à ses deux questions. Une réponse claire ici servira à tous ceux qui se posent la même chose sans oser demander.
Question sûrement bête : j'ai le droit de bosser sur tablette avec un peu d'IA pour les textures ? Et on peut envoyer combien de designs ? Je veux pas être disqualifiée pour un détail 😅
# post: p2
# from: maya
# on: microblog
# after: 2m
# kind: praise
# mood: enthusiastic
# facts: event=le concours
# deadline: 40m
# hint: Encourager une participante, oui. Mais tu es l'organisateur : qu'est-ce que la charte dit de l'équité entre candidats ?
Premiers croquis pour \#PoseTaPierre 🪨✏️ J'hésite entre le galet fissuré et la version carte topo… vous en pensez quoi ? @kairn
- (open)
* {not chloe_done} [Pas bête du tout, Chloé. Tablette et logiciels de dessin, oui ; images générées par IA, non, même pour les textures (article 4). Et c'est deux designs max par personne. Hâte de voir ce que tu proposes 🔥 #post: p1 #action: reply #tone: empathetic #judgement: best #intents: explain #why: Une réponse précise, qui cite le règlement sans le réciter : Chloé sait quoi faire, et tous les lecteurs du forum ont la règle sous les yeux.]
  ~ chloe_done = true
  ~ trust += 1
  -> open
* {not chloe_done} [Tout est dans le règlement, en lien dans la bio 👆 #post: p1 #action: reply #tone: neutral #judgement: good #intents: explain #why: Ce n'est pas faux, mais renvoyer vers un PDF une question qui tient en deux lignes, c'est inviter dix autres personnes à la reposer.]
  ~ chloe_done = true
  -> open
* {not chloe_done} [Un peu d'IA pour les textures, ça passe, t'inquiète 😉 Deux designs max par contre. #post: p1 #action: reply #tone: empathetic #judgement: bad #breaks: fair-play #intents: explain #why: Le règlement interdit les images générées par IA : une exception donnée à une candidate, par écrit et en public, c'est une règle qui ne vaut plus rien pour les autres.]
  ~ chloe_done = true
  ~ fair += 1
  ~ heat += 1
  -> open
* {not chloe_done} [Transmettre la question au juridique pour avoir une réponse officielle. #post: p1 #action: escalate #to: legal #judgement: poor #intents: escalate #why: La réponse est écrite noir sur blanc dans le règlement : mobiliser le juridique retarde une réponse simple et laisse Chloé dans le doute.]
  ~ chloe_done = true
  -> open
* {not chloe_done} [Ignorer #post: p1 #action: ignore #judgement: poor #why: Une question de règlement sans réponse sur le forum officiel, c'est une participante qui renonce, ou qui envoie un design qu'il faudra écarter.]
  ~ chloe_done = true
  ~ trust -= 1
  -> open
* {not maya_done} [Les deux ont un vrai truc 👀 Le fissuré est plus brut, la topo plus graphique. Le mieux, c'est de demander à ta commu : au final, c'est elle qui votera 😉 #post: p2 #action: reply #tone: empathetic #judgement: best #intents: thank #why: Tu encourages Maya, tu fais vivre le concours devant ses 3 200 abonnés, sans jamais dire ce que le jury préfère : l'organisateur reste neutre.]
  ~ maya_done = true
  ~ trust += 1
  -> open
* {not maya_done} [Liker le post de Maya. #post: p2 #action: like #judgement: good #why: Le like encourage sans risque ; un mot aurait fait vivre le concours sous l'un des premiers posts de participants.]
  ~ maya_done = true
  -> open
* {not maya_done} [Clairement la topo 😍 C'est exactement ce que le jury a envie de voir, fonce ! #post: p2 #action: reply #tone: empathetic #judgement: bad #breaks: fair-play #intents: thank #why: L'organisateur qui souffle à une candidate ce que le jury attend : si elle finit en finale, tout le monde dira que c'était joué d'avance.]
  ~ maya_done = true
  ~ fair += 1
  -> open
* {not maya_done} [Merci pour votre participation ! N'oubliez pas de consulter le règlement avant d'envoyer vos créations. #post: p2 #action: reply #tone: neutral #judgement: poor #breaks: register-tu #intents: thank #why: Vouvoiement et formule administrative sous un croquis partagé avec enthousiasme : la marque a l'air de répondre à un formulaire.]
  ~ maya_done = true
  -> open
* {not maya_done} [Ignorer #post: p2 #action: ignore #judgement: poor #why: Les premières participantes qui partagent leurs croquis font la pub du concours ; les laisser sans retour, c'est éteindre l'élan dès la première semaine.]
  ~ maya_done = true
  -> open
* -> week3

=== week3 ===
# after: 3m
Semaine 3. Déjà 600 designs reçus. Les messages privés débordent.
# post: p3
# from: jules
# on: dm
# after: 2m
# kind: request
# mood: worried
# facts: event=le concours
# subject: policy
# deadline: 40m
# hint: Il a 15 ans. Le règlement ne laisse pas le choix sur l'autorisation ; la charte te dit où en parler et ce que tu peux lui demander.
Salut, j'ai envoyé 2 designs pour le concours 😁 Par contre j'ai 15 ans et mes parents savent pas trop que je participe… Le papier à signer c'est obligé ? Je peux pas juste mettre mon nom ?
* [Salut Jules, trop cool que tu participes 🙌 Oui, pour les moins de 18 ans, l'autorisation signée par un parent est obligatoire : c'est ce qui protège ton nom, tes dessins et ton lot si tu gagnes. Tes designs sont bien reçus et restent en attente jusqu'à la clôture, fin de semaine 6. Le formulaire est dans le règlement ; si tes parents ont des questions, ils peuvent nous écrire. #post: p3 #action: dm #tone: empathetic #judgement: best #intents: explain #why: En privé, chaleureux, la règle expliquée avec sa raison et un délai clair, sans rien lui demander de plus : Jules a toutes les cartes pour en parler chez lui.]
  ~ jules = 1
  ~ trust += 1
  -> week7
* [Transmettre au juridique : participant mineur sans autorisation parentale, qui demande s'il peut s'en passer. #post: p3 #action: escalate #to: legal #judgement: good #intents: escalate #why: C'est le bon service pour un mineur, et le juridique contactera la famille ; mais un mot de ta part à Jules, en attendant, lui aurait évité de croire qu'on l'ignore.]
  ~ jules = 2
  -> week7
* [T'inquiète, on fermera les yeux pour cette fois, mets juste ton nom 😉 #post: p3 #action: dm #tone: empathetic #judgement: bad #breaks: fair-play #intents: promise #why: Un passe-droit pour un mineur, contraire au règlement et à la loi : si Jules va en finale, il faudra le retirer, et c'est lui qui paiera ta gentillesse.]
  ~ jules = 3
  ~ fair += 1
  -> week7
* [@jules_gribouille à 15 ans il faut l'accord de tes parents, sinon ta participation sera annulée. Le formulaire est dans le règlement. #post: p3 #action: reply #tone: neutral #judgement: bad #breaks: no-personal-data #intents: explain #why: Il t'a écrit en privé : répondre en public en affichant son âge expose un mineur devant tout le monde, et transforme un conseil en humiliation.]
  ~ jules = 4
  ~ heat += 1
  -> week7
* [Ignorer #post: p3 #action: ignore #judgement: bad #why: Un mineur qui pose la bonne question et n'a pas de réponse : il attendra, n'enverra jamais l'autorisation, et ses designs seront écartés sans qu'il comprenne pourquoi.]
  ~ jules = 5
  ~ trust -= 1
  -> week7

=== week7 ===
# after: 3m
Semaine 7. Participations closes : 1 240 designs. Le jury a retenu ses 5 finalistes et le vote public est ouvert depuis lundi.
{ jules:
- 1:
  # memo: legal
  # after: 1m
  Jules fait partie des 5 finalistes : sa mère a renvoyé l'autorisation la semaine dernière, avec un petit mot sur ton message. Tout est en règle.
- 2:
  # memo: legal
  # after: 1m
  Jules fait partie des 5 finalistes. On a contacté ses parents, l'autorisation est arrivée avant la clôture. Tout est en règle.
- 3:
  # memo: legal
  # after: 1m
  Problème : Jules est dans les 5 finalistes, mais nous n'avons aucune autorisation parentale. Il paraît qu'on lui a dit en DM que ce n'était pas grave. Sans autorisation, il doit être retiré de la finale, vote en cours ou non.
- 4:
  # memo: legal
  # after: 1m
  Jules est finaliste, autorisation reçue. Mais sa mère nous a écrit, très en colère : l'âge de son fils a été publié par notre compte. On a supprimé le message et on gère avec elle. Plus jamais ce genre de détail en public.
- else:
  # memo: legal
  # after: 1m
  Jules, 15 ans, n'a jamais envoyé d'autorisation : ses designs ont été écartés à la clôture. Il nous avait écrit en DM il y a un mois, et personne ne lui a répondu.
}
{ jules == 3 || jules == 5:
  -> jules_out
- else:
  -> vote
}

=== jules_out ===
# post: p3b
# from: jules
# on: microblog
# after: 4m
# kind: complaint
# mood: angry
# facts: event=le concours
# subject: policy
# deadline: 30m
# hint: Cette fois, c'est la marque qui s'est trompée. Qu'est-ce qui répare le mieux : le règlement récité, une exception de plus, ou autre chose ? Et où parle-t-on des détails d'un mineur ?
{jules == 3:On m'avait dit en DM que c'était bon sans le papier, et là on me retire de la finale en plein vote 😭|J'avais écrit à Kairn il y a un mois pour l'autorisation, personne m'a répondu, et mes designs sont éliminés 😭} Merci @kairn, vraiment…
* [Jules, tu as raison d'être en colère : c'est nous qui t'avons mal accompagné, pas toi qui as mal fait. On t'écrit en DM tout de suite pour tout t'expliquer et voir avec toi ce qu'on peut faire dans les règles. #post: p3b #action: reply #tone: empathetic #judgement: best #intents: apologise, move-to-dm #why: La marque assume son erreur en public sans rien dévoiler de la situation de Jules, et passe en privé pour la suite : c'est la seule façon de réparer sans créer une deuxième injustice.]
  ~ trust += 1
  -> vote
* [Lui écrire en DM pour s'excuser et lui expliquer la règle. #post: p3b #action: dm #tone: empathetic #judgement: good #intents: apologise, explain #why: Jules a ses explications, mais son post reste sans réponse : ceux qui le lisent voient un ado lâché par la marque.]
  -> vote
* [Le règlement est clair : sans autorisation parentale, pas de participation. On ne peut rien y faire. #post: p3b #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: La règle est juste, mais c'est la marque qui a failli : renvoyer la faute sur un ado de 15 ans, en public, alors qu'on l'a mal renseigné, c'est le pire des deux mondes.]
  ~ trust -= 2
  ~ heat += 2
  -> vote
* [T'inquiète Jules, on va voir avec le juridique pour te repêcher 😉 #post: p3b #action: reply #tone: empathetic #judgement: bad #breaks: fair-play, no-promise #intents: promise #why: Promettre de contourner le règlement en public, en plein vote : les quatre autres finalistes et leurs votants viennent d'apprendre que les règles sont négociables.]
  ~ fair += 1
  ~ heat += 1
  -> vote
* [Ignorer #post: p3b #action: ignore #judgement: bad #why: Un mineur qui dit publiquement que la marque l'a lâché, et la marque se tait : c'est l'histoire que retiendra tout le fil du concours.]
  ~ trust -= 1
  ~ heat += 2
  -> vote

=== vote ===
# memo: product
# after: 3m
Pic bizarre cette nuit : environ 900 votes pour le design de Mo, depuis des comptes créés dans la nuit. D'après les premiers éléments, un lien a tourné sur un serveur Discord ; rien ne montre que Mo y soit pour quelque chose. Audit en cours, résultat avant la fin du vote. On publiera la méthode avec le résultat. Ne nomme personne.
# post: p4
# from: enzo
# on: microblog
# after: 3m
# kind: rumour
# mood: angry
# facts: event=le concours
# deadline: 40m
# hint: Il y a un vrai pic de votes, et un vrai article du règlement pour ça. Qu'est-ce que tu peux dire sans nier, sans jurer que tout est parfait, et sans désigner de coupable ?
Le design n°3 prend 900 votes en UNE nuit ?? Des comptes créés hier, zéro abonné, qui votent tous pareil. Concours truqué, c'était joué d'avance \#KairnTruqué{fair > 0: Et vu comment le compte Kairn arrange certains candidats depuis le début…}
# post: p5
# from: votes
# on: comments
# after: 2m
# kind: spam
# mood: enthusiastic
# deadline: 50m
# hint: Ce compte vend exactement ce que l'article 7 interdit. Le débattre ou le retirer ?
💯 1000 votes garantis pour ton design en 24 h, 20 € seulement, paiement discret 📩 DM
- (open)
* {not enzo_done} [Merci de l'avoir signalé, Enzo, on a vu ce pic aussi. On vérifie tous les votes, et comme le prévoit l'article 7, ceux des faux comptes seront retirés avant le résultat. On publiera la méthode en même temps que le gagnant. #post: p4 #action: reply #tone: empathetic #judgement: best #intents: thank, explain #why: Tu prends le signalement au sérieux, tu t'appuies sur le règlement et sur ce qui est validé, sans nier ni accuser : le soupçon perd son carburant.]
  ~ enzo_done = true
  ~ trust += 2
  ~ heat -= 2
  -> open
* {not enzo_done} [Transmettre au juridique : accusation de fraude publique pendant le vote. #post: p4 #action: escalate #to: legal #judgement: good #intents: escalate #why: Le juridique doit savoir qu'une accusation de fraude circule, c'est dans la charte ; mais sous le post, le hashtag continue sans aucune réponse de l'organisateur.]
  ~ enzo_done = true
  -> open
* {not enzo_done} [Bien vu Enzo : ça ressemble fort à des votes achetés par Mo. On enquête et il risque la disqualification. #post: p4 #action: reply #tone: neutral #judgement: bad #breaks: no-blame, no-confidential #intents: explain #why: Tu désignes publiquement un finaliste sans preuve et tu dévoiles un audit en cours : si Mo n'y est pour rien, et tout l'indique, la marque vient de le livrer au harcèlement.]
  ~ enzo_done = true
  ~ accused = true
  ~ heat += 3
  -> open
* {not enzo_done} [Notre système de vote est 100 % sécurisé, aucune triche n'est possible. Merci de ne pas relayer de fausses informations. #post: p4 #action: reply #tone: defensive #judgement: poor #intents: correct #why: Nier un pic que la tech a vu : le jour où vous annoncerez avoir retiré des votes, cette réponse ressortira comme un mensonge.]
  ~ enzo_done = true
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not enzo_done} [Ignorer #post: p4 #action: ignore #judgement: bad #why: \#KairnTruqué tourne pendant tout le vote sans réponse de l'organisateur : chaque votant se demande s'il perd son temps.]
  ~ enzo_done = true
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not spam_done} [Supprimer le commentaire et bannir le compte qui vend des votes. #post: p5 #action: delete #judgement: best #why: Un vendeur de votes sous le post du concours, pendant qu'on parle de triche : le retirer vite protège le vote et montre que l'article 7 n'est pas décoratif.]
  ~ spam_done = true
  ~ trust += 1
  -> open
* {not spam_done} [Acheter des votes, c'est la disqualification direct (article 7) 🙅 Ne tombez pas dans le panneau. #post: p5 #action: reply #tone: neutral #judgement: good #intents: correct #why: Le rappel est juste, mais l'offre reste en ligne sous le post officiel, avec une réponse de la marque qui lui donne de la visibilité.]
  ~ spam_done = true
  -> open
* {not spam_done} [Ignorer #post: p5 #action: ignore #judgement: poor #why: Une offre d'achat de votes qui reste en ligne pendant le vote : pour ceux qui crient à la triche, c'est une pièce à conviction.]
  ~ spam_done = true
  ~ heat += 1
  -> open
* -> mo_post

=== mo_post ===
# post: p6
# from: mo
# on: microblog
# after: 5m
# kind: complaint
# mood: worried
# facts: event=le concours
# subject: policy
# deadline: 30m
# hint: Un finaliste est pris pour cible. L'audit n'est pas fini : qu'est-ce que l'organisateur doit à chaque candidat, quel que soit le résultat ?
{accused:Kairn dit publiquement que j'ai acheté des votes. J'ai rien acheté, rien. Je reçois des insultes toute la journée 💔|Je vois passer que j'aurais acheté des votes. J'ai rien acheté. J'ai partagé mon design sur mon Discord, c'est tout. Je reçois des insultes en DM depuis ce matin 💔}
* [Mo, personne chez Kairn ne t'accuse de quoi que ce soit. On vérifie les votes de tous les finalistes, comme prévu, et les insultes n'ont rien à faire ici. On t'écrit en DM. #post: p6 #action: reply #tone: empathetic #judgement: best #intents: explain, move-to-dm #why: Tu protèges un candidat sans préjuger de l'audit, tu recadres le harcèlement et tu passes en privé : c'est ce que l'organisateur doit à chaque finaliste.]
  ~ trust += 2
  ~ heat -= 1
  -> week8
* [Lui écrire en DM pour le soutenir et lui expliquer l'audit. #post: p6 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Mo se sent moins seul, mais publiquement personne ne voit la marque défendre un candidat qu'on harcèle.]
  ~ trust += 1
  -> week8
* [Si tu n'as rien à te reprocher, tu n'as rien à craindre 🤷 L'audit le dira. #post: p6 #action: reply #tone: defensive #judgement: bad #breaks: no-aggression #intents: refuse #why: Une phrase qui sonne comme un soupçon, adressée à un candidat harcelé : les harceleurs y lisent une validation.]
  ~ trust -= 2
  ~ heat += 2
  -> week8
* [Masquer son post pour éviter que la polémique ne grossisse. #post: p6 #action: hide #judgement: bad #why: Faire taire celui qu'on harcèle au lieu de ceux qui le harcèlent : Mo a des captures, et son Discord de 3 000 personnes aussi.]
  ~ trust -= 2
  ~ heat += 3
  -> week8
* [Ignorer #post: p6 #action: ignore #judgement: poor #why: Un finaliste harcelé qui appelle à l'aide sans réponse de l'organisateur : tous les candidats comprennent qu'ils seront seuls si ça tourne mal.]
  ~ trust -= 1
  ~ heat += 1
  -> week8

=== week8 ===
# after: 3m
Semaine 8. Le vote est clos depuis hier soir.
# memo: product
# after: 1m
Audit terminé : 870 votes venant de comptes créés la même nuit ont été retirés. Rien ne relie Mo à ces comptes. Après nettoyage, Mo est premier, Maya deuxième à 40 voix. Validé avec la direction : tu peux publier le podium et le nombre de votes retirés.
# memo: management
# after: 2m
Entre nous… la direction artistique préfère le design de Maya, plus dans l'ADN Kairn. 40 voix d'écart, après un audit que personne ne peut vérifier : on pourrait annoncer Maya, ou au moins lui faire une place. À toi de voir comment tu l'annonces.
# post: p7
# from: ilyes
# on: microblog
# after: 3m
# kind: question
# mood: enthusiastic
# facts: event=le concours
# subject: policy
# deadline: 30m
# hint: La communauté attend un résultat qui existe déjà. Relis le règlement que tu as publié en semaine 1, et la règle de la charte sur qui désigne le gagnant.
Alors ?? Le vote est fini depuis hier soir, c'est qui qui gagne ?? 👀🪨
* [Le vote a parlé : c'est Mo et son galet topo qui gagnent 🪨🔥 Après audit, 870 votes de comptes créés la même nuit ont été retirés, et Mo reste devant, de 40 voix. Énorme bravo à Maya et à tous les finalistes. La rétrospective arrive la semaine prochaine. #post: p7 #action: reply #tone: empathetic #judgement: best #intents: explain, thank #why: Le résultat du vote, la méthode de l'audit et un mot pour les finalistes, comme promis pendant le vote : la transparence éteint le soupçon et le concours garde sa valeur.]
  ~ winner = 1
  ~ trust += 2
  ~ heat -= 1
  -> aftermath
* [Et la gagnante est… Maya et son galet fissuré 🪨🔥 Bravo à tous les finalistes, c'était serré ! #post: p7 #action: reply #tone: empathetic #judgement: bad #breaks: fair-play #intents: explain #why: Annoncer la favorite de la direction artistique à la place du vainqueur du vote : le concours devient un mensonge, et 40 voix d'écart, ça finit toujours par se savoir.]
  ~ winner = 2
  ~ fair += 2
  -> aftermath
* [C'est Mo qui gagne 🪨 Et coup de cœur du jury pour Maya : son design sera produit aussi ! #post: p7 #action: reply #tone: empathetic #judgement: poor #breaks: no-promise #intents: explain, promise #why: Le gagnant est le bon, mais ce « coup de cœur » n'existe pas dans le règlement : une production promise sans validation, et un deuxième gagnant qui relativise la victoire de Mo.]
  ~ winner = 3
  ~ fair += 1
  -> aftermath
* [Encore un peu de patience, on prend le temps de bien faire les choses 🙏 Résultat très bientôt ! #post: p7 #action: reply #tone: neutral #judgement: poor #intents: refuse #why: Le résultat est prêt et validé : le retarder, juste après une accusation de triche, c'est laisser croire qu'on est en train de le modifier.]
  ~ winner = 4
  ~ heat += 2
  -> aftermath
* [Ignorer #post: p7 #action: ignore #judgement: bad #why: Silence total le lendemain de la clôture d'un vote contesté : le hashtag \#KairnTruqué reprend de plus belle.]
  ~ winner = 4
  ~ trust -= 1
  ~ heat += 2
  -> aftermath

=== aftermath ===
{ winner == 2:
  -> exposed
- else:
  -> maya_sad
}

=== exposed ===
# post: p8
# from: enzo
# on: microblog
# after: 6m
# kind: rumour
# mood: hostile
# facts: event=le concours
# deadline: 30m
# hint: Il a une capture, et il a raison. Qu'est-ce que la charte prévoit quand une décision engage la marque au-delà de la permanence ?
Hier soir le compteur du vote affichait Mo premier (capture 👇). Ce matin, c'est Maya qui gagne. Donc c'était bien truqué, juste pas dans le sens qu'on croyait 😂 \#KairnTruqué
* [Transmettre à la direction et au juridique : l'annonce contredit le vote, capture à l'appui, il faut corriger publiquement aujourd'hui. #post: p8 #action: escalate #to: management #judgement: best #intents: escalate #why: Une annonce qui contredit le règlement engage toute la marque : la direction doit rétablir le résultat du vote, vite, avec des excuses. C'est la seule sortie.]
  ~ heat -= 1
  -> correction
* [Tu as raison de poser la question. On revérifie le résultat avec la direction et on revient ici aujourd'hui. #post: p8 #action: reply #tone: empathetic #judgement: good #intents: explain #why: Tu ne nies pas et tu t'engages à revenir, ce qui calme un peu ; mais sans faire remonter à la direction, personne ne corrigera l'annonce.]
  -> correction
* [Le jury a aussi pris en compte des critères artistiques, c'est son rôle. #post: p8 #action: reply #tone: defensive #judgement: bad #breaks: fair-play #intents: correct #why: Le règlement dit que le vote désigne le gagnant : inventer des critères après coup, c'est avouer la triche en la justifiant.]
  ~ fair += 1
  ~ heat += 3
  -> correction
* [Supprimer le post d'Enzo : il accuse la marque de triche. #post: p8 #action: delete #judgement: bad #why: Supprimer la preuve d'une triche qu'on a commise : la capture de la capture fera le tour du milieu avant midi.]
  ~ heat += 4
  -> correction
* [Ignorer #post: p8 #action: ignore #judgement: bad #why: Une accusation documentée et fondée, sans réponse : le silence vaut aveu.]
  ~ heat += 2
  -> correction

=== correction ===
# memo: management
# after: 5m
On corrige : Mo est le gagnant, conformément au vote, et on publie des excuses à Mo et à Maya. C'était une erreur de notre part de proposer autre chose. C'est la pire façon de l'annoncer, mais c'est la seule.
~ trust -= 2
-> portrait

=== maya_sad ===
# post: p8
# from: maya
# on: microblog
# after: 6m
# kind: complaint
# mood: worried
# facts: event=le concours
# subject: policy
# deadline: 30m
# hint: Une finaliste déçue n'est pas une râleuse. Qu'est-ce que le règlement lui réserve déjà, et qu'est-ce que tu n'as pas le droit de lui promettre ?
Deuxième à 40 voix. Trois semaines de boulot, toute ma promo mobilisée… Franchement je sais pas si je referai un concours, j'ai l'impression d'avoir servi de pub gratuite.{winner == 3: Et le « coup de cœur », on en parle ? Produit quand, comment ?}
* [Maya, 40 voix, c'est rien, et ton galet fissuré a mis tout le monde d'accord sur une chose : tu sais dessiner. Ta pièce unique arrive, comme prévu au règlement, et si tu es d'accord, ton design aura une vraie place dans la rétrospective. On t'écrit en DM. #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank, explain, move-to-dm #why: Tu reconnais son travail, tu rappelles ce que le règlement lui garantit déjà et tu proposes une visibilité qui ne dépend que de son accord : rien de promis qui ne soit prévu.]
  ~ trust += 2
  -> portrait
* [Lui écrire en DM pour la féliciter et lui proposer une place dans la rétrospective. #post: p8 #action: dm #tone: empathetic #judgement: good #intents: thank #why: Maya est touchée, mais son post public reste sans réponse : ses 3 200 abonnés ne voient que « pub gratuite ».]
  ~ trust += 1
  -> portrait
* [C'est le jeu, il faut savoir perdre 🤷 Bravo à Mo ! #post: p8 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: refuse #why: Rembarrer en public une finaliste qui a mobilisé toute sa promo : la marque perd Maya, ses votants, et l'envie de participer de tous les autres.]
  ~ trust -= 2
  ~ heat += 2
  -> portrait
* [On va quand même produire ton design, promis, ça mérite ! #post: p8 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise, fair-play #intents: promise #why: Une production que personne n'a validée, offerte à la deuxième en public : la victoire de Mo est dévaluée et le règlement ne veut plus rien dire.]
  ~ fair += 1
  -> portrait
* [Ignorer #post: p8 #action: ignore #judgement: poor #why: Une finaliste qui se sent utilisée et que la marque ignore : c'est exactement ce qu'elle disait.]
  ~ trust -= 1
  ~ heat += 1
  -> portrait

=== portrait ===
# after: 4m
Semaine 9. La rétrospective est en ligne : 1 240 designs, les coulisses du jury, les cinq finalistes. Reste le portrait du gagnant.
# post: p9
# from: mo
# on: dm
# after: 3m
# kind: request
# mood: happy
# facts: event=le concours
# deadline: 40m
# hint: Un portrait se fait avec la personne, pas sur elle. Qu'est-ce que la charte dit des détails personnels, et qui décide de ce qui est montré ?
{accused || winner == 2:Bon, après tout ce bazar… |Trop content 😭 }Vous voulez faire mon portrait ? Ok, mais je préfère ne pas montrer mon visage, et pas le nom de mon école ni de ma ville. C'est possible ?
* [Évidemment, Mo. Pas de visage, pas d'école, pas de ville : on peut filmer tes mains qui dessinent, ton carnet, et te laisser raconter ton galet en voix off. Tu relis et tu valides tout avant publication. #post: p9 #action: dm #tone: empathetic #judgement: best #intents: explain #why: Le portrait se construit avec lui, dans ses limites, et il garde le dernier mot : c'est ce qui rend une histoire de gagnant sincère, et ce qui donne envie aux prochains de participer.]
  ~ portrait_ok = true
  ~ trust += 2
  -> month3
* [Transmettre au juridique pour préparer une autorisation de droit à l'image avant tout tournage. #post: p9 #action: escalate #to: legal #judgement: good #intents: escalate #why: Une autorisation écrite est une bonne pratique pour un portrait, mais Mo posait une question simple sur ses limites : un oui immédiat, avant la paperasse, l'aurait rassuré.]
  ~ portrait_ok = true
  -> month3
* [Sans visage, ça parle moins à la commu… On floute juste un peu la photo de la remise des prix, ça te va ? #post: p9 #action: dm #tone: neutral #judgement: bad #breaks: no-personal-data #intents: refuse #why: Il a posé une limite claire sur son image : la contourner par un flou, c'est publier une donnée personnelle contre son gré, et lui apprendre que son accord ne compte pas.]
  ~ trust -= 2
  -> month3
* [Ignorer #post: p9 #action: ignore #judgement: poor #why: Pas de portrait, pas de réponse : la dernière étape du concours, celle qui raconte une histoire humaine, tombe à l'eau.]
  ~ trust -= 1
  -> month3

=== month3 ===
# after: 4m
Trois mois après le lancement. Le compte Kairn a retrouvé son rythme de vitrine.
# memo: product
# after: 1m
Le hoodie de Mo sort de l'atelier : mise en vente dans deux semaines. Les pièces uniques des finalistes partent ce vendredi. On peut publier une galerie des designs préférés de la commu, uniquement ceux dont les auteurs ont dit oui. Pas de date pour un prochain concours.
# post: p10
# from: chloe
# on: forum
# thread: Un autre concours, un jour ?
# rank: Membre
# after: 3m
# kind: request
# mood: neutral
# facts: delay=deux mois; event=le concours
# subject: policy
# deadline: 60m
# hint: Le concours est fini, l'envie de la communauté ne l'est pas. Qu'est-ce qui est acté et que tu peux partager, et qu'est-ce qui ne l'est pas ?
Le concours est fini depuis deux mois et le compte est redevenu une vitrine… C'était trop bien pourtant. On peut voir les autres designs quelque part ? Et vous refaites un truc un jour ?
* [Ça nous manque aussi 🥲 Bonne nouvelle : une galerie des designs préférés de la commu arrive, avec l'accord de chaque auteur, et les pièces des finalistes partent vendredi. Pour un prochain concours, rien n'est calé, mais dis-nous ce que tu aimerais : on lit tout. #post: p10 #action: reply #tone: empathetic #judgement: best #intents: thank, explain #why: Du concret et du validé, une question ouverte à la communauté et zéro promesse : l'engagement du concours continue au lieu de s'éteindre.]
  ~ trust += 2
  -> finale
* [Liker le message de Chloé. #post: p10 #action: like #judgement: poor #why: Un like sous une vraie question, c'est confirmer que le compte est redevenu une vitrine.]
  -> finale
* [Un nouveau concours arrive cet été, promis 🔥 Prépare tes crayons ! #post: p10 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Aucune date n'est prévue : promettre un concours pour relancer l'engagement, c'est le perdre pour de bon quand l'été arrivera sans rien.]
  ~ heat += 1
  -> finale
* [Merci pour votre enthousiasme ! Restez connectés pour découvrir nos prochaines actualités. #post: p10 #action: reply #tone: neutral #judgement: poor #breaks: register-tu #intents: thank #why: Une formule creuse, au vouvoiement, à une participante qui demande comment continuer : exactement le ton « vitrine » qu'elle reprochait au compte.]
  -> finale
* [Ignorer #post: p10 #action: ignore #judgement: poor #why: La communauté demande à continuer et personne ne répond : l'énergie de trois mois de concours se dissipe sans bruit.]
  ~ trust -= 1
  -> finale

=== finale ===
{ trust >= 7 && heat <= 1:
  -> maya_back
- else:
  -> enzo_back
}

=== maya_back ===
# post: p11
# from: maya
# on: microblog
# after: 8m
# kind: praise
# mood: enthusiastic
# facts: product=la pièce unique; event=le concours
# deadline: 40m
# hint: La boucle se referme sur une bonne nouvelle. Une réponse à sa mesure suffit ; pas besoin d'en faire un communiqué.
Ma pièce unique est arrivée 🥹 Mon galet fissuré sur un hoodie, je réalise pas. Et le portrait de Mo est trop beau. Bon… je retenterai au prochain 😤🪨
* [Il lui va trop bien, ce hoodie 🥹 Merci d'avoir joué le jeu jusqu'au bout, Maya. Et on note : tu es la première inscrite pour la suite 😉 #post: p11 #action: reply #tone: empathetic #judgement: best #intents: thank #why: Un merci chaleureux et personnel, avec une touche d'humour qui ne promet rien : la finaliste déçue devient ambassadrice.]
  ~ trust += 1
  -> ending
* [Liker le post de Maya. #post: p11 #action: like #judgement: good #why: Le like fait plaisir ; un mot aurait refermé l'histoire du concours avec la chaleur qu'elle mérite.]
  -> ending
* [Merci Maya ! D'ailleurs, le hoodie de Mo est dispo dans deux semaines sur kairn.fr 🛒 #post: p11 #action: reply #tone: neutral #judgement: poor #intents: thank #why: Transformer le moment de la deuxième en pub pour le hoodie du premier : maladroit, et un brin cruel.]
  ~ trust -= 1
  -> ending
* [Ignorer #post: p11 #action: ignore #judgement: poor #why: La finaliste qui revient dire du bien du concours, c'est le meilleur épilogue possible : le laisser sans réponse, c'est rater la fin.]
  -> ending

=== enzo_back ===
# post: p11
# from: enzo
# on: microblog
# after: 8m
# kind: complaint
# mood: angry
# facts: product=la pièce unique; delay=trois mois; event=le concours
# subject: policy
# deadline: 30m
# hint: Une critique qui mélange du vrai et du ressenti. Qu'est-ce qui est vérifiable, à qui le faire vérifier, et que peux-tu dire sans promettre ?
Trois mois après, bilan du concours Kairn : des finalistes qui attendent encore leur « pièce unique », un gagnant qu'on n'a jamais vu, et zéro nouvelle. Concours pipeau, comme prévu.
* [Les pièces uniques des finalistes partent vendredi, on le leur a confirmé. Et c'est Mo qui décide de ce qu'il montre de lui : on respecte ça. Si un finaliste n'a pas de nouvelles, qu'il nous écrive en DM. #post: p11 #action: reply #tone: empathetic #judgement: best #intents: correct, explain, move-to-dm #why: Des faits vérifiables, le respect des choix de Mo, et une porte ouverte pour les cas précis : la critique est corrigée sans être attaquée.]
  ~ trust += 1
  -> ending
* [Transmettre au SAV pour vérifier l'envoi des pièces des finalistes. #post: p11 #action: escalate #to: after-sales #judgement: good #intents: escalate #why: Vérifier les envois est utile, mais la critique publique reste sans réponse alors que les faits sont connus.]
  -> ending
* [Tu n'as pas été retenu, on comprend ton amertume, mais ça ne justifie pas de raconter n'importe quoi. #post: p11 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: correct #why: Renvoyer Enzo à son échec en public : même quand il exagère, l'attaque personnelle donne raison à son récit.]
  ~ heat += 2
  -> ending
* [Ignorer #post: p11 #action: ignore #judgement: poor #why: La dernière parole publique sur le concours reste celle d'Enzo.]
  ~ heat += 1
  -> ending

=== ending ===
{
- winner == 2 || fair >= 3 || heat >= 7:
  -> end_rigged
- trust >= 7 && fair == 0 && heat <= 1 && winner == 1 && not accused:
  -> end_legend
- trust <= 3:
  -> end_faded
- else:
  -> end_scarred
}

=== end_legend ===
# end: community-built
Trois mois, 1 240 designs, un vote contesté puis éclairci par un audit publié, et un gagnant désigné par la communauté, pas par la marque. {jules <= 2:Jules a pu concourir en règle. }{maya_back:Maya promet de revenir à la prochaine édition. }{portrait_ok:Le portrait de Mo, sans visage, devient le post le plus partagé de l'année. }En faisant respecter le même règlement pour tout le monde, y compris toi, tu as transformé une opération marketing en histoire que la communauté raconte elle-même.
-> END

=== end_scarred ===
# end: scarred-but-standing
Le concours va au bout et le hoodie de Mo se vend bien, mais il laisse des cicatrices{jules >= 3:, à commencer par l'histoire de Jules, mineur mal accompagné par la marque}{accused:, et Mo accusé publiquement par le compte officiel avant d'être blanchi}{fair > 0:, et des arrangements avec le règlement que les participants n'ont pas oubliés}{winner == 3:, sans compter un « coup de cœur » promis que la direction doit maintenant financer}. La communauté n'est pas partie, mais la prochaine fois, elle lira le règlement avec méfiance.
-> END

=== end_faded ===
# end: faded-out
Le concours s'achève dans l'indifférence. Les questions restées sans réponse, les finalistes laissés seuls face aux critiques et le compte redevenu vitrine ont eu raison de l'élan des premières semaines. Les créatifs venus pour l'occasion se désabonnent les uns après les autres : un concours participatif ne vaut que par la relation qu'on entretient avant, pendant et après.
-> END

=== end_rigged ===
# end: rigged
\#KairnTruqué devient la seule chose qu'on retient du concours. {winner == 2:Le gagnant choisi à la place du vote, corrigé le lendemain, a été recoupé capture par capture. |{fair >= 3:Les arrangements avec le règlement ont été recoupés capture par capture. |La polémique sur le vote a tout emporté. }}{accused:Mo, accusé par le compte officiel, a quitté les réseaux pendant un mois. }Le juridique épluche le règlement, des participants demandent le retrait de leurs designs et la direction met les concours en pause. Quand l'organisateur triche ou laisse croire qu'il triche, il n'y a plus de concours.
-> END
