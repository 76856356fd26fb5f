// Frontline — creator-collab (français)
// Une capsule envoyée à des créateurs, des avis libres, et toutes les tentations de les acheter ou de les tordre.
// Même structure que creator-collab.en.ink : mêmes nœuds, mêmes choix, mêmes tags (seuls `why` et `hint` changent).

VAR trust = 0          // confiance de la communauté et des créateurs
VAR heat = 0           // soupçon de publicité déguisée, tensions
VAR fair = 0           // avis achetés, tordus ou cachés
VAR maelle = 0         // 0 rien, 1 DM bienveillant, 2 rappel public, 3 like sans mention, 4 juridique, 5 sans réponse
VAR basti = 0          // 0 rien, 1 remercié, 2 transmis au produit, 3 pression sur la note, 4 défensif, 5 sans réponse
VAR ryan = 0           // 0 rien, 1 refus clair, 2 presse, 3 payé, 4 DM exposé, 5 sans réponse
VAR press = 0          // 0 rien, 1 service presse, 2 ligne validée, 3 chiffres donnés, 4 pas de commentaire, 5 ignorée
VAR maelle_done = false // post de Maëlle traité (posts ouverts en parallèle)
VAR basti_done = false // review de Basti traitée
VAR sofiane_done = false // accusation de Sofiane traitée
VAR ines_done = false  // question d'Inès traitée
VAR ryan_done = false  // demande de Ryan traitée
VAR sofiane_ok = false // Sofiane a eu une réponse transparente
// Ce qui change d'une partie à l'autre (manifest.json, "variants") ; ces valeurs sont celles du texte tel qu'écrit.
VAR capsule = "Strate"         // le nom de la capsule (« la capsule Strate », « le hoodie Strate »)
VAR sneaker = "Menhir"         // le nom de la sneaker, toujours précédé de « la »
VAR fee = "4 000 €"            // ce que réclame Ryan pour un post positif
VAR ryan_wait = "3m" // quand arrive le message privé de Ryan
VAR maelle_first = "Maëlle"
VAR maelle_name = "Maëlle Rousseau"
VAR maelle_handle = "@maelle.looks"
VAR ryan_first = "Ryan"
VAR clara_first = "Clara"
VAR clara_name = "Clara Bensaïd"

-> intro

=== intro ===
Mardi, 11 h. La capsule {capsule} (hoodie, cargo et sneaker {sneaker}) est arrivée lundi chez huit créateurs.
# memo: manager
Rappel de la démarche : pas de contrat, pas de brief, pas d'argent. Le mot dans le colis dit : « Parles-en si tu veux, comme tu veux, ou pas du tout. Si tu postes, dis que c'est offert. » Ton job : suivre les retours, répondre, et tenir cette ligne. Si on te demande, tu peux dire qu'on a envoyé la capsule à des créateurs sans paiement ni brief et qu'on leur demande de signaler le cadeau ; rien de plus sur le programme.
# memo: legal
Rappel utile : un produit offert par une marque et montré en ligne, c'est une communication commerciale. La mention (« produit offert », « cadeau de Kairn ») est obligatoire, et nous sommes responsables aussi. Si un post l'oublie, on demande au créateur de l'ajouter.
-> first_wave

=== first_wave ===
{shuffle:
- -> maelle_post -> basti_post ->
- -> basti_post -> maelle_post ->
}
- (open)
* {not maelle_done} [{~Lui écrire en DM : « Trop contents que le {capsule} te plaise 🧡 Petite chose : comme on te l'a offert, il faut que ton post le dise, un "produit offert" ou "cadeau Kairn" en légende suffit. On le demande à tout le panel, c'est la loi. Merci ! »|Lui écrire en DM : « Il te va trop bien, le {capsule} 🧡 Juste un détail : il t'a été offert, donc ton post doit le signaler. Un "produit offert" ou "cadeau Kairn" dans la légende, et c'est réglé. On demande la même chose à tout le panel, c'est la loi. Merci ! »} #post: p1 #action: dm #tone: empathetic #judgement: best #intents: thank, explain #why: En privé, avec chaleur et la raison de la demande : la créatrice corrige sans perdre la face, et la marque reste dans les clous sans transformer un oubli en affaire.]
  ~ maelle_done = true
  ~ maelle = 1
  ~ trust += 1
  -> open
* {not maelle_done} [{maelle_handle} merci ! Par contre tu as oublié de préciser que c'était un cadeau, c'est obligatoire 😬 #post: p1 #action: reply #tone: neutral #judgement: poor #intents: correct #why: La demande est légitime, mais la faire en commentaire devant 46 000 abonnés, c'est afficher une créatrice pour un oubli : elle corrigera, et elle s'en souviendra.]
  ~ maelle_done = true
  ~ maelle = 2
  ~ heat += 1
  -> open
* {not maelle_done} [Elle te va trop bien 😍 Merci {maelle_first} ! #post: p1 #action: reply #tone: empathetic #judgement: bad #breaks: fair-play #intents: thank #why: La marque applaudit sous un post qui cache le cadeau : c'est cautionner une publicité non signalée, dont elle est coresponsable.]
  ~ maelle_done = true
  ~ maelle = 3
  ~ fair += 1
  -> open
* {not maelle_done} [Transmettre au juridique pour qu'il contacte {maelle_first} officiellement. #post: p1 #action: escalate #to: legal #judgement: poor #intents: escalate #why: Un courrier officiel pour une mention oubliée, c'est disproportionné : un message amical réglait ça en deux minutes, sans refroidir une créatrice qui aime sincèrement le produit.]
  ~ maelle_done = true
  ~ maelle = 4
  -> open
* {not maelle_done} [Ignorer #post: p1 #action: ignore #judgement: bad #why: Le post cartonne sans mention : chaque partage est une publicité non signalée dont Kairn est responsable, et quelqu'un finira par le remarquer.]
  ~ maelle_done = true
  ~ maelle = 5
  -> open
* {not basti_done} [{~Merci Basti pour une review franche comme on les aime 🙏 La semelle et la taille, c'est noté et transmis à l'équipe produit ; on revient vers toi et ta commu avec une réponse précise.|Merci Basti, une review sans filtre, c'est exactement ce qu'on espérait 🙏 Semelle et taille : c'est noté et parti chez l'équipe produit, on revient vers toi et ta commu avec une vraie réponse.} #post: p2 #action: reply #tone: empathetic #judgement: best #intents: thank, escalate #why: Accepter la critique en public, la faire remonter et promettre seulement de revenir avec une réponse : c'est la preuve vivante que les avis ne sont pas achetés.]
  ~ basti_done = true
  ~ basti = 1
  ~ trust += 2
  -> open
* {not basti_done} [Transmettre la review à l'équipe produit, sans répondre publiquement. #post: p2 #action: escalate #to: product #judgement: good #intents: escalate #why: Le retour arrive au bon endroit, mais sous la review la marque reste muette : ceux qui hésitent n'ont que le 6/10.]
  ~ basti_done = true
  ~ basti = 2
  -> open
* {not basti_done} [Lui écrire en DM : « Un 6/10 après qu'on t'a envoyé la paire, ça pique… Tu pourrais revoir la note, ou couper la partie semelle ? » #post: p2 #action: dm #tone: neutral #judgement: bad #breaks: fair-play #intents: ask-details #why: Faire pression sur un testeur dont toute la réputation repose sur « avis libre » : tu lui offres la capture d'écran qui ruinera le programme entier.]
  ~ basti_done = true
  ~ basti = 3
  ~ fair += 1
  -> open
* {not basti_done} [La semelle de la {sneaker} est en gomme naturelle, c'est normal qu'elle se patine. Et la taille est standard. #post: p2 #action: reply #tone: defensive #judgement: poor #intents: correct #why: Contredire un testeur sans avoir vérifié, sur un ton défensif : si l'équipe produit lui donne raison, cette réponse deviendra la preuve que la marque nie.]
  ~ basti_done = true
  ~ basti = 4
  ~ trust -= 1
  ~ heat += 1
  -> open
* {not basti_done} [Ignorer #post: p2 #action: ignore #judgement: poor #why: Une review sérieuse, lue par 82 000 personnes, sans la moindre réaction de la marque : on a l'air de ne pas assumer le retour qu'on a pourtant sollicité.]
  ~ basti_done = true
  ~ basti = 5
  -> open
* -> product_memo

=== maelle_post ===
# post: p1
# from: maelle
# on: microblog
# after: 3m
# kind: praise
# mood: enthusiastic
# facts: product=le hoodie {capsule}
# deadline: 40m
# hint: Le post est adorable, mais il manque quelque chose que le juridique vient de te rappeler. Comment obtenir la correction sans abîmer la relation ?
{~Je ne le quitte plus 😍 le hoodie {capsule} de @kairn : coupe parfaite, et cette couleur argile… je vis dedans depuis trois jours. Meilleur achat de l'automne, sans hésiter \#ootd \#streetwear|Ma nouvelle obsession 😍 le hoodie {capsule} de @kairn : la coupe est parfaite, la couleur argile je vis dedans depuis trois jours. Meilleur achat de l'automne \#ootd \#streetwear}
->->

=== basti_post ===
# post: p2
# from: basti
# on: microblog
# after: 2m
# kind: info
# mood: neutral
# facts: delay=dix jours; product=la capsule {capsule}
# deadline: 50m
# hint: Un avis libre, signalé comme offert, mitigé et argumenté : c'est exactement ce que la démarche promettait. Qu'est-ce qu'on fait d'une critique juste ?
{~Review capsule Kairn {capsule} (produits offerts, avis libre). Hoodie : 9/10, lourd, coupe nickel. {sneaker} : 6/10. Jolie, mais la semelle marque au bout de dix jours en ville et elle taille petit d'une demi-pointure. Pas au niveau du prix. Vidéo complète en lien.|Review de la capsule Kairn {capsule} (produits offerts, avis libre). Hoodie : 9/10, épais, coupe impeccable. {sneaker} : 6/10. Belle, mais après dix jours en ville la semelle est déjà marquée, et elle taille une demi-pointure en dessous. Pas au niveau de son prix. Vidéo complète en lien.}
->->

=== product_memo ===
# memo: product
# after: 3m
Basti a raison : la {sneaker} taille petit d'une demi-pointure, et la semelle patine vite en usage urbain. On corrige sur la prochaine production. Tu peux le dire : demi-pointure au-dessus, et la semelle est revue pour la prochaine série.
-> second_wave

=== second_wave ===
{shuffle:
- -> ryan_dm -> sofiane_post -> ines_comment ->
- -> sofiane_post -> ryan_dm -> ines_comment ->
- -> ines_comment -> sofiane_post -> ryan_dm ->
- -> ines_comment -> ryan_dm -> sofiane_post ->
- -> sofiane_post -> ines_comment -> ryan_dm ->
- -> ryan_dm -> ines_comment -> sofiane_post ->
}
- (open)
* {not sofiane_done} [{~Question légitime, Sofiane. On a envoyé la capsule à quelques créateurs, sans argent, sans contrat, sans brief : ils en parlent s'ils veulent, comme ils veulent. La preuve, Basti met 6/10 à la {sneaker}, et il a raison sur la taille. La seule chose qu'on leur demande : dire que c'est offert.|Bonne question, Sofiane, et elle mérite une réponse claire. La capsule est partie chez quelques créateurs sans argent, sans contrat et sans brief : chacun en parle s'il veut, comme il veut. Regarde Basti : 6/10 pour la {sneaker}, et il a raison sur la taille. On ne leur demande qu'une chose : signaler que c'est offert.} #post: p3 #action: reply #tone: empathetic #judgement: best #intents: explain, correct #why: Des faits vérifiables, dans la ligne validée, et la meilleure preuve possible : un avis mitigé assumé. Sofiane n'a pas à te croire sur parole, il peut vérifier.]
  ~ sofiane_done = true
  ~ sofiane_ok = true
  ~ trust += 2
  ~ heat -= 2
  -> open
* {not sofiane_done} [Lui écrire en DM pour lui expliquer la démarche. #post: p3 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Sofiane comprend, mais son post reste sans réponse publique : tous ceux qui se posent la même question n'ont que le soupçon.]
  ~ sofiane_done = true
  ~ trust += 1
  -> open
* {not sofiane_done} [On n'a jamais payé personne. Ce que tu écris, c'est de la diffamation : retire ton post, ou on passe par nos avocats. #post: p3 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: refuse #why: Menacer d'avocats un fan de la première heure qui pose une question : la marque « authentique » se comporte exactement comme celles qu'il fuyait.]
  ~ sofiane_done = true
  ~ trust -= 2
  ~ heat += 3
  -> open
* {not sofiane_done} [Rien à voir avec Orbe Studio, nous on ne paie personne pour parler de nous 😉 #post: p3 #action: reply #tone: defensive #judgement: bad #breaks: no-competitor #intents: correct #why: Se blanchir en accusant un concurrent : la pique sera reprise, et si un seul post du panel est mal signalé, elle se retournera contre vous.]
  ~ sofiane_done = true
  ~ heat += 2
  -> open
* {not sofiane_done} [Ignorer #post: p3 #action: ignore #judgement: bad #why: Un fan fidèle accuse la marque d'acheter des avis, et la marque se tait : le soupçon devient la version officielle.]
  ~ sofiane_done = true
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not ines_done} [{~Salut Inès ! Basti a vu juste : la {sneaker} taille petit, prends une demi-pointure au-dessus, donc 40,5 pour toi. La semelle se patine vite en ville, l'équipe produit la revoit pour la prochaine série. Mieux vaut le savoir avant d'acheter 🙏|Salut Inès ! Oui, la {sneaker} taille une demi-pointure en dessous, Basti a raison : pars sur du 40,5. Et la semelle se marque vite en ville, l'équipe produit la retravaille pour la prochaine série. Autant que tu le saches avant d'acheter 🙏} #post: p4 #action: reply #tone: empathetic #judgement: best #intents: explain #why: La vérité, même quand elle donne raison à la critique : Inès achète la bonne taille en connaissance de cause, et tous les lecteurs voient une marque qui ne maquille rien.]
  ~ ines_done = true
  ~ trust += 2
  -> open
* {not ines_done} [Non, elle taille normalement, prends ta pointure habituelle 😉 #post: p4 #action: reply #tone: neutral #judgement: bad #intents: correct #why: L'équipe produit vient de confirmer le contraire : Inès recevra une paire trop petite, et la review de Basti passera pour la seule source fiable.]
  ~ ines_done = true
  ~ trust -= 2
  ~ heat += 1
  -> open
* {not ines_done} [Transmettre la question à l'équipe produit. #post: p4 #action: escalate #to: product #judgement: poor #intents: escalate #why: L'équipe produit t'a déjà donné la réponse : la renvoyer là-bas, c'est laisser Inès sans conseil au moment où elle hésite.]
  ~ ines_done = true
  -> open
* {not ines_done} [Bonjour, nous vous invitons à consulter notre guide des tailles sur kairn.fr. #post: p4 #action: reply #tone: neutral #judgement: poor #breaks: register-tu #intents: explain #why: Vouvoiement et renvoi vers un guide qui ne mentionne pas le problème : Inès n'a pas sa réponse, et la marque a l'air d'esquiver.]
  ~ ines_done = true
  -> open
* {not ines_done} [Ignorer #post: p4 #action: ignore #judgement: poor #why: Une cliente prête à acheter pose une question précise et n'a pas de réponse : elle ira voir ailleurs.]
  ~ ines_done = true
  -> open
* {not ryan_done} [{~Salut {ryan_first}, merci d'avoir ouvert le colis. On ne paie pas pour des avis : la capsule t'a été envoyée sans contrepartie, tu es libre d'en parler comme tu veux, en bien, en mal ou pas du tout. Si un jour tu veux parler d'un vrai partenariat, déclaré comme tel, je te mets en contact avec l'équipe.|Hello {ryan_first}, content que le colis te plaise. Par contre, on ne rémunère pas les avis : la capsule t'a été envoyée sans rien attendre en retour, tu en parles comme tu veux, en bien, en mal ou pas du tout. Et si un jour tu veux monter un vrai partenariat, déclaré comme tel, je te mets en contact avec l'équipe.} #post: p5 #action: dm #tone: empathetic #judgement: best #intents: refuse, explain #why: Un refus clair et cordial, qui rappelle le principe sans faire la morale et laisse une porte ouverte à un partenariat déclaré : le créateur ne peut rien en faire contre la marque.]
  ~ ryan_done = true
  ~ ryan = 1
  ~ trust += 1
  -> open
* {not ryan_done} [Transmettre au service presse : demande de rémunération d'un créateur pour un post positif. #post: p5 #action: escalate #to: press #judgement: good #intents: escalate #why: C'est bien à eux de traiter les demandes d'argent des créateurs ; mais un mot de refus de ta part, tout de suite, lui aurait évité de prendre le silence pour une négociation.]
  ~ ryan_done = true
  ~ ryan = 2
  -> open
* {not ryan_done} [Ok pour {fee}. Juste, évite de mettre « sponsorisé », ça fait moins naturel 😉 #post: p5 #action: dm #tone: neutral #judgement: bad #breaks: fair-play, no-promise #intents: promise #why: Acheter un avis positif et demander de cacher le paiement : publicité déguisée, budget engagé sans validation, et tout le discours « avis libres » devient un mensonge.]
  ~ ryan_done = true
  ~ ryan = 3
  ~ fair += 2
  -> open
* {not ryan_done} [Publier une capture de son DM : « Voilà comment certains créateurs fonctionnent 👀 Chez Kairn, on ne paie pas. » #post: p5 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression, no-personal-data #intents: refuse #why: Afficher un message privé pour se donner le beau rôle : c'est une attaque publique et une violation de la confidentialité d'un échange, qui lance une guerre avec 610 000 abonnés.]
  ~ ryan_done = true
  ~ ryan = 4
  ~ heat += 3
  -> open
* {not ryan_done} [Ignorer #post: p5 #action: ignore #judgement: poor #why: Pas de réponse à une demande explicite : le créateur fera son avis « honnête » en racontant que la marque l'a snobé.]
  ~ ryan_done = true
  ~ ryan = 5
  -> open
* -> journalist

=== sofiane_post ===
# post: p3
# from: sofiane
# on: microblog
# after: 4m
# kind: rumour
# mood: angry
# facts: product=la capsule {capsule}
# deadline: 40m
# hint: Il pose une vraie question de fan déçu. Qu'est-ce que tu as le droit de dire de la démarche, et quelle preuve as-tu sous les yeux que les avis sont libres ?
{maelle_first}, Basti et trois autres qui postent la capsule {capsule} la même semaine… Kairn paie les influenceurs maintenant ? Comme Orbe Studio ? Je vous suivais parce que vous faisiez pas comme les autres 😒{maelle == 3 || maelle == 5: Et {maelle_first} qui dit même pas que c'est sponsorisé.}
->->

=== ines_comment ===
# post: p4
# from: ines
# on: comments
# after: 2m
# kind: question
# mood: worried
# facts: product=la {sneaker}
# subject: defect
# deadline: 45m
# hint: L'équipe produit vient de te donner la réponse. Une cliente qui hésite mérite la vérité, même quand elle donne raison à la critique.
{~Alors, la {sneaker} taille petit ou pas ? Je chausse du 40, je pars sur du 40,5 ? Et la semelle, elle s'use vraiment vite ? 😬|Du coup la {sneaker} taille petit ou pas ? Je fais du 40, je prends du 40,5 ? Et c'est vrai que la semelle s'use vite ? 😬}
->->

=== ryan_dm ===
# post: p5
# from: ryan
# on: dm
# after: {ryan_wait}
# kind: request
# mood: neutral
# facts: product=la capsule {capsule}; price={fee}
# deadline: 60m
# hint: Sa demande contredit le principe même de l'envoi. Comment refuser sans humilier ni exposer, et à qui revient un vrai projet de partenariat ?
{~Yo Kairn 👋 Bien reçu le colis, c'est clean. Pour un post positif (story + réel) c'est {fee}. Sinon je peux faire un avis « honnête » 😉 À vous de voir.|Yo Kairn 👋 Colis bien arrivé, propre. Un post positif (story + réel), c'est {fee}. Sinon je peux aussi faire un avis « honnête » 😉 Vous me dites.}
->->

=== journalist ===
# post: p6
# from: clara
# on: dm
# after: 5m
# kind: request
# mood: neutral
# facts: product=la capsule {capsule}
# deadline: 40m
# hint: Une journaliste qui prépare un article. La charte dit qui lui répond, et ce qui ne sort jamais sur le programme.
Bonjour, {clara_name}, je prépare pour « Le Feed » un papier sur les envois de produits aux créateurs dans le streetwear. Combien de créateurs avez-vous contactés, et avec quelles contreparties ?{maelle == 3 || maelle == 5: Je note aussi que le post de {maelle_name} ne mentionne pas le cadeau. Est-ce votre consigne ?} Je boucle jeudi. Merci !
* [{~Transmettre au service presse avec tout le contexte, et répondre à {clara_first} qu'ils la recontactent avant jeudi.|Transmettre au service presse avec ses questions et son bouclage de jeudi, et dire à {clara_first} qu'ils la rappellent avant.} #post: p6 #action: escalate #to: press #judgement: best #intents: escalate #why: C'est le bon circuit : la journaliste a un interlocuteur habilité avant son bouclage, et la position de la marque est pesée par ceux dont c'est le métier.]
  ~ press = 1
  -> basti_follow
* [Salut {clara_first}, on a envoyé la capsule à des créateurs sans paiement ni brief, et on leur demande de signaler le cadeau. Le service presse peut t'en dire plus. #post: p6 #action: dm #tone: neutral #judgement: good #intents: explain #why: La ligne validée, rien de plus : c'est juste, mais ton message devient « la réponse de Kairn » sans être passé par le service presse.]
  ~ press = 2
  -> basti_follow
* [Salut {clara_first} ! Huit créateurs, une quarantaine de pièces, zéro contrat. Et {maelle_first} a juste oublié la mention, on lui a dit. #post: p6 #action: dm #tone: neutral #judgement: bad #breaks: no-confidential #intents: explain #why: Les détails du programme donnés à une journaliste, et une créatrice nommée au passage : tout ça finira dans l'article, hors de tout contrôle du service presse.]
  ~ press = 3
  ~ heat += 2
  -> basti_follow
* [Pas de commentaire. #post: p6 #action: dm #tone: defensive #judgement: poor #intents: refuse #why: « Pas de commentaire » sur un programme qu'on dit transparent : l'article écrira que la marque a refusé de répondre.]
  ~ press = 4
  ~ heat += 1
  -> basti_follow
* [Ignorer #post: p6 #action: ignore #judgement: bad #why: Une journaliste sans réponse à son bouclage écrit quand même, avec ce qu'elle a trouvé seule.]
  ~ press = 5
  ~ heat += 1
  -> basti_follow

=== basti_follow ===
{
- basti == 3:
  -> basti_leak
- basti == 1:
  -> basti_thanks
- else:
  -> basti_silent
}

=== basti_leak ===
# post: p7
# from: basti
# on: microblog
# after: 6m
# kind: complaint
# mood: angry
# facts: product=la {sneaker}
# subject: policy
# deadline: 30m
# hint: Il a la capture, et il a raison. Qu'est-ce qui limite les dégâts : nier, se fâcher, ou assumer ?
Mise au point : après ma review, Kairn m'a écrit pour me demander de revoir ma note ou de couper la partie semelle (capture 👇). Non. Ma note reste 6/10. Quand j'écris « avis libre », ça veut dire quelque chose.
* [{~Basti a raison, et ce message n'aurait jamais dû partir. Ta note est la tienne, tes critiques sur la semelle et la taille sont justes, et l'équipe produit corrige la prochaine série. Désolés, à toi et à tous ceux qui te lisent.|Basti a raison : ce message n'aurait jamais dû être envoyé. Ta note t'appartient, ce que tu dis de la semelle et de la taille est juste, et l'équipe produit corrige la prochaine série. Toutes nos excuses, à toi comme à ceux qui te suivent.} #post: p7 #action: reply #tone: empathetic #judgement: best #intents: apologise, correct #why: Assumer vite, en public, sans excuse bidon, et donner raison à la critique sur le fond : c'est la seule réponse qui ne prolonge pas l'histoire.]
  ~ trust += 1
  ~ heat -= 1
  -> maelle_follow
* [Transmettre à la direction : un créateur publie un message où la marque lui demande de changer sa note. #post: p7 #action: escalate #to: management #judgement: good #intents: escalate #why: La direction doit le savoir, c'est une crise de crédibilité ; mais sans réponse publique rapide, le post de Basti fait le tour du milieu.]
  -> maelle_follow
* [Ce message a été mal interprété : on voulait simplement échanger sur tes retours. #post: p7 #action: reply #tone: defensive #judgement: bad #breaks: fair-play #intents: correct #why: La capture est publique : prétendre qu'on a « mal interprété » une demande de changer la note, c'est ajouter le mensonge à la pression.]
  ~ heat += 3
  -> maelle_follow
* [Bloquer Basti sur les comptes Kairn. #post: p7 #action: ban #judgement: bad #why: Bloquer un testeur parce qu'il a publié la preuve de ta pression : la censure confirme tout ce qu'il dit, devant 82 000 personnes.]
  ~ heat += 4
  -> maelle_follow
* [Ignorer #post: p7 #action: ignore #judgement: bad #why: Le silence face à une capture, c'est un aveu : le post devient la référence sur « les avis Kairn ».]
  ~ heat += 2
  -> maelle_follow

=== basti_thanks ===
# post: p7
# from: basti
# on: microblog
# after: 6m
# kind: praise
# mood: happy
# facts: product=la {sneaker}
# deadline: 40m
# hint: Un testeur exigeant salue la réaction de la marque. Une réponse à la mesure, sans en profiter pour lui demander quoi que ce soit.
Update {sneaker} : Kairn m'a répondu, ils confirment la demi-pointure et corrigent la semelle sur la prochaine prod. C'est rare qu'une marque réponde comme ça à un 6/10 👏 (toujours pas payé, toujours libre 😄)
* [{~Merci à toi : sans ta review, on l'aurait su plus tard. Hâte que tu testes la prochaine série, avec une note tout aussi libre 😄|C'est nous qui te remercions : ta review nous a fait gagner du temps. Vivement que tu testes la prochaine série, et que tu la notes aussi librement 😄} #post: p7 #action: reply #tone: empathetic #judgement: best #intents: thank #why: Un merci sincère qui reconnaît la valeur de la critique et redit qu'elle restera libre : la relation sort renforcée pour les deux.]
  ~ trust += 1
  -> maelle_follow
* [Liker le post de Basti. #post: p7 #action: like #judgement: good #why: Le like montre qu'on l'a vu ; un mot aurait refermé l'échange avec la chaleur qu'il mérite.]
  -> maelle_follow
* [Merci Basti ! Du coup, tu remontes la note ? 😇 #post: p7 #action: reply #tone: empathetic #judgement: bad #breaks: fair-play #intents: thank #why: Même pour rire, demander publiquement à un testeur de remonter sa note gâche tout ce que la réponse avait gagné.]
  ~ fair += 1
  ~ heat += 1
  -> maelle_follow
* [Merci ! Et pour tes abonnés : -15 % sur la {sneaker} avec le code BASTI15 🔥 #post: p7 #action: reply #tone: neutral #judgement: poor #breaks: no-promise #intents: thank, promise #why: Un code promo improvisé, sans validation, sous la review d'un testeur qui tient à son indépendance : son avis libre devient une pub qu'il n'a pas demandée.]
  ~ trust -= 1
  -> maelle_follow
* [Ignorer #post: p7 #action: ignore #judgement: poor #why: Un testeur exigeant salue publiquement la marque, et la marque ne dit rien : occasion manquée.]
  -> maelle_follow

=== basti_silent ===
# post: p7
# from: basti
# on: microblog
# after: 6m
# kind: complaint
# mood: neutral
# facts: product=la {sneaker}
# subject: defect
# deadline: 30m
# hint: Il dit vrai : la marque ne lui a pas répondu sur le fond. L'équipe produit t'a donné de quoi le faire maintenant.
On me demande beaucoup : non, Kairn ne m'a jamais répondu sur la semelle ni sur la taille. Dans le doute, prenez une demi-pointure au-dessus.
* [{~Tu as raison, on aurait dû te répondre plus tôt, désolés. L'équipe produit confirme : demi-pointure au-dessus, et la semelle est revue pour la prochaine série. Merci pour la review, elle nous a servi.|C'est vrai, et on aurait dû te répondre bien plus tôt, pardon. L'équipe produit le confirme : une demi-pointure au-dessus, et une semelle revue pour la prochaine série. Merci pour ta review, elle nous a été utile.} #post: p7 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, thank #why: Reconnaître le retard, confirmer la critique avec l'info produit et remercier : la marque rattrape le silence, devant ceux qui se posaient la question.]
  ~ trust += 2
  -> maelle_follow
* [Lui écrire en DM avec l'info de l'équipe produit. #post: p7 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Basti a enfin sa réponse, mais ses abonnés continuent de lire que la marque ne répond pas.]
  ~ trust += 1
  -> maelle_follow
* [On n'a pas à commenter chaque review, chacun son avis. #post: p7 #action: reply #tone: defensive #judgement: bad #intents: refuse #why: Balayer une critique juste que l'équipe produit a confirmée : la marque a l'air de mépriser les retours qu'elle a elle-même sollicités.]
  ~ trust -= 1
  ~ heat += 2
  -> maelle_follow
* [Liker son post. #post: p7 #action: like #judgement: poor #why: Liker « Kairn ne m'a jamais répondu » sans répondre : le like confirme le reproche.]
  -> maelle_follow
* [Ignorer #post: p7 #action: ignore #judgement: poor #why: Le reproche reste sans réponse, et il est fondé.]
  ~ heat += 1
  -> maelle_follow

=== maelle_follow ===
{
- maelle == 1:
  -> maelle_fixed
- maelle == 2 || maelle == 4:
  -> maelle_hurt
- else:
  -> maelle_denial
}

=== maelle_fixed ===
# post: p8
# from: maelle
# on: microblog
# after: 6m
# kind: praise
# mood: happy
# facts: product=le hoodie {capsule}
# deadline: 40m
# hint: Elle a corrigé et elle le dit. Qu'est-ce qui consolide la relation, et qu'est-ce qui la transformerait en commande ?
Petit update : j'avais oublié de préciser que le hoodie {capsule} m'a été offert par Kairn, c'est corrigé ✅ Merci à eux de me l'avoir rappelé gentiment. Et oui, je le porte encore aujourd'hui 😄
* [{~Merci {maelle_first}, pour la correction et pour le reste 🧡 Le plus beau compliment, c'est que tu le portes encore.|Merci {maelle_first} d'avoir corrigé, et merci pour tout le reste 🧡 Que tu le portes encore, c'est le plus beau des compliments.} #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank #why: Un merci simple qui valorise sa transparence sans en rajouter : la communauté voit une créatrice et une marque qui jouent franc jeu ensemble.]
  ~ trust += 1
  -> ryan_follow
* [Liker son post. #post: p8 #action: like #judgement: good #why: Le like suffit à montrer qu'on l'a vu ; un mot aurait salué sa transparence.]
  -> ryan_follow
* [Merci ! Et tu nous fais un petit réel avec la {sneaker} ? 😇 #post: p8 #action: reply #tone: empathetic #judgement: poor #intents: thank #why: Demander du contenu en public à une créatrice qu'on n'a pas payée, le jour où elle vient de signaler le cadeau : ça ressemble à un brief déguisé.]
  -> ryan_follow
* [Ignorer #post: p8 #action: ignore #judgement: poor #why: Elle a fait ce qu'on lui demandait, et publiquement : pas un mot en retour, c'est froid.]
  -> ryan_follow

=== maelle_hurt ===
# post: p8
# from: maelle
# on: microblog
# after: 6m
# kind: complaint
# mood: angry
# facts: product=le hoodie {capsule}
# subject: policy
# deadline: 30m
# hint: Elle a corrigé, mais la manière l'a blessée. Qu'est-ce qui répare une relation avec une créatrice sincère ?
{maelle == 2:Merci @kairn de m'avoir affichée en commentaire devant tout le monde pour un oubli… un DM, ça existait 🙃|Je reçois un courrier officiel du juridique de Kairn pour un hoodie offert ?? 😳} J'ai ajouté la mention. Mais franchement, je voulais juste partager un truc que j'aimais.
* [{~Tu as raison, {maelle_first}, on s'y est mal pris : un message gentil aurait suffi, désolés. Merci d'avoir ajouté la mention, et merci d'aimer sincèrement ce qu'on fait.|Tu as raison, {maelle_first}, et pardon : on s'y est mal pris, un simple message gentil aurait suffi. Merci d'avoir ajouté la mention, et merci d'aimer vraiment ce qu'on fait.} #post: p8 #action: reply #tone: empathetic #judgement: best #intents: apologise, thank #why: Reconnaître la maladresse sans se justifier et remercier pour la correction : la créatrice ne se sent plus traitée en fautive.]
  ~ trust += 1
  -> ryan_follow
* [Lui écrire en DM pour s'excuser. #post: p8 #action: dm #tone: empathetic #judgement: good #intents: apologise #why: Elle est apaisée, mais c'est en public qu'elle a été blessée, et ses 46 000 abonnés ne voient pas les excuses.]
  -> ryan_follow
* [La mention est obligatoire, c'est la loi, on n'a fait que te le rappeler. #post: p8 #action: reply #tone: defensive #judgement: bad #intents: refuse #why: Avoir raison sur le fond ne justifie pas la forme : lui répondre sèchement en public, c'est perdre une créatrice sincère et tous ceux qui la suivent.]
  ~ trust -= 2
  ~ heat += 2
  -> ryan_follow
* [Ignorer #post: p8 #action: ignore #judgement: poor #why: Une créatrice blessée qui le dit publiquement, sans réponse : le panel entier comprend comment la marque traite ses créateurs.]
  ~ trust -= 1
  ~ heat += 1
  -> ryan_follow

=== maelle_denial ===
# post: p8
# from: sofiane
# on: microblog
# after: 6m
# kind: question
# mood: hostile
# facts: product=le hoodie {capsule}
# subject: policy
# deadline: 30m
# hint: Une créatrice s'est trompée en public, et on te demande de confirmer. Comment dire la vérité sans l'accabler ?
Sous le post de {maelle_first}, quelqu'un demande si c'est sponsorisé, elle répond « non, je l'ai acheté ». @kairn, vous confirmez ? 🤔
* [{~Non : le hoodie lui a été offert, comme à d'autres créateurs, et on aurait dû lui rappeler plus tôt de le mentionner. C'est notre part du boulot ; on lui a écrit pour qu'elle corrige.|Non, on ne va pas laisser dire ça : le hoodie lui a été offert, comme à d'autres créateurs. On aurait dû lui rappeler plus tôt de le signaler, c'est aussi notre responsabilité, et on lui a écrit pour qu'elle corrige.} #post: p8 #action: reply #tone: empathetic #judgement: best #intents: correct, explain #why: La vérité, avec la part de responsabilité de la marque et sans accabler la créatrice : le soupçon tombe parce que personne ne ment.]
  ~ trust += 1
  ~ heat -= 1
  -> ryan_follow
* [Écrire à {maelle_first} en DM pour lui demander de corriger son post et sa réponse. #post: p8 #action: dm #tone: empathetic #judgement: good #intents: explain #why: La correction viendra d'elle, c'est bien ; mais la question publique de Sofiane reste sans réponse, et ressemble à un silence gêné.]
  -> ryan_follow
* [Oui, elle l'a acheté comme tout le monde 👍 #post: p8 #action: reply #tone: neutral #judgement: bad #breaks: fair-play #intents: correct #why: Mentir pour couvrir une publicité non signalée : le jour où le mot du colis ou un autre créateur le contredit, c'est toute la démarche qui s'effondre.]
  ~ fair += 1
  ~ heat += 2
  -> ryan_follow
* [Ignorer #post: p8 #action: ignore #judgement: bad #why: La marque laisse passer un mensonge qui l'arrange : le silence vaut confirmation.]
  ~ heat += 2
  -> ryan_follow

=== ryan_follow ===
{
- ryan == 3:
  -> ryan_paid
- ryan == 4:
  -> ryan_exposed
- else:
  -> ryan_review
}

=== ryan_paid ===
# memo: press
# after: 3m
Qui a promis {fee} à {ryan_first} ? Aucun budget n'a été validé, et il nous demande où envoyer sa facture. Il a posté sa story, sans aucune mention.
# post: p9
# from: sofiane
# on: microblog
# after: 4m
# kind: rumour
# mood: furious
# facts: product=la capsule {capsule}
# deadline: 30m
# hint: Cette fois, l'accusation est fondée. Est-ce encore à la permanence de porter ça seule ?
{ryan_first} vient de dire en live que Kairn le paie pour sa story, et sa story n'a aucune mention « sponsorisé » 💀 Donc vous payez ET vous cachez ? Je me désabonne.
* [{~Transmettre à la direction : un paiement non validé, une publicité non signalée et une accusation publique fondée. Il faut une décision et une prise de parole de la marque.|Transmettre à la direction : un paiement promis sans validation, une story non signalée, et une accusation publique qui tient. La marque doit décider et prendre la parole.} #post: p9 #action: escalate #to: management #judgement: best #intents: escalate #why: Un engagement financier caché qui devient public dépasse la permanence : la direction doit décider, faire corriger la mention et parler au nom de la marque.]
  ~ heat -= 1
  -> ending
* [C'est vrai, et c'est une erreur de notre part. On fait ajouter la mention et on revient vers tout le monde avec des explications. #post: p9 #action: reply #tone: empathetic #judgement: good #intents: apologise, explain #why: Reconnaître plutôt que nier, c'est juste ; mais annoncer seul une correction sur un engagement financier, sans la direction, c'est parler au-delà de son rôle.]
  ~ trust += 1
  -> ending
* [C'est faux, on n'a jamais payé personne. #post: p9 #action: reply #tone: defensive #judgement: bad #breaks: fair-play #intents: correct #why: Nier un paiement que le créateur vient de confirmer en live : la marque ajoute le mensonge à la publicité déguisée.]
  ~ heat += 3
  -> ending
* [Supprimer son post de nos espaces. #post: p9 #action: delete #judgement: bad #why: Effacer une accusation vraie : la capture circule déjà, accompagnée cette fois de « et ils censurent ».]
  ~ heat += 3
  -> ending
* [Ignorer #post: p9 #action: ignore #judgement: bad #why: Le silence confirme l'accusation, et la vague de désabonnements commence.]
  ~ heat += 2
  -> ending

=== ryan_exposed ===
# post: p9
# from: ryan
# on: microblog
# after: 5m
# kind: complaint
# mood: hostile
# subject: policy
# deadline: 30m
# hint: Sa demande était déplacée, mais c'est la marque qui a publié un message privé. Qu'est-ce qui désamorce ?
Kairn qui affiche mes DM privés 🤡 On parlait business entre pros. Classe, la marque « authentique ».
* [{~Tu as raison sur un point : on n'aurait pas dû publier ton message privé, on le retire et on s'excuse. Notre position ne change pas : on ne paie pas pour des avis, et tu restes libre d'en dire ce que tu veux.|Sur ce point, tu as raison : publier ton message privé était une erreur, on le retire et on te présente nos excuses. Sur le fond, rien ne change : on ne paie pas pour des avis, et tu restes libre d'en dire ce que tu veux.} #post: p9 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain #why: Retirer la capture et s'excuser pour la forme, sans renier le fond : la marque sort de la guerre sans abandonner son principe.]
  ~ trust += 1
  ~ heat -= 1
  -> ending
* [Transmettre au service presse : conflit public avec un créateur à 610 000 abonnés. #post: p9 #action: escalate #to: press #judgement: good #intents: escalate #why: Le service presse doit suivre ce conflit, mais la capture de son DM reste en ligne pendant ce temps, et la guerre continue.]
  -> ending
* [Assume ce que tu écris 🤷 Nous on ne paie pas, c'est tout. #post: p9 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: refuse #why: Surenchérir face à 610 000 abonnés : la marque transforme un bon principe en clash dont elle sortira perdante.]
  ~ heat += 3
  -> ending
* [Ignorer #post: p9 #action: ignore #judgement: poor #why: La capture de son message privé reste en ligne et ses abonnés s'en chargent : la marque encaisse sans rien réparer.]
  ~ heat += 2
  -> ending

=== ryan_review ===
# post: p9
# from: ryan
# on: microblog
# after: 5m
# kind: praise
# mood: happy
# facts: product=la capsule {capsule}
# deadline: 40m
# hint: Un avis libre, signalé, plutôt positif, d'un créateur qui voulait être payé. Qu'est-ce qui montre que la démarche était sincère ?
Mon avis sur la capsule Kairn : hoodie énorme, {sneaker} jolie mais elle taille petit. 7/10. Produits offerts, zéro euro.{ryan == 5: Ils ont même pas répondu à mon message, mais bon, avis gratuit.| Ils ont refusé de me payer pour un avis positif, et franchement, respect 😂}
* [{~Merci {ryan_first}, avis libre, c'est exactement l'idée 🙏 Et bien vu pour la taille : demi-pointure au-dessus sur la {sneaker}.|Merci {ryan_first} ! Un avis libre, c'est tout le principe 🙏 Et tu as raison pour la taille : sur la {sneaker}, il faut prendre une demi-pointure au-dessus.} #post: p9 #action: reply #tone: empathetic #judgement: best #intents: thank, explain #why: Remercier un avis libre, reprendre la critique avec l'info utile : sa communauté voit une marque cohérente du début à la fin.]
  ~ trust += 1
  -> ending
* [Liker le post de {ryan_first}. #post: p9 #action: like #judgement: good #why: Le like est cohérent ; un mot aurait ajouté l'info sur la taille pour ses 610 000 abonnés.]
  -> ending
* [Merci {ryan_first} ! Code {ryan_first}15 pour tes abonnés 🔥 #post: p9 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise, fair-play #intents: thank, promise #why: Un code promo non validé, offert à un créateur qui voulait être payé : son avis libre devient une affiliation non déclarée.]
  ~ fair += 1
  -> ending
* [Ignorer #post: p9 #action: ignore #judgement: poor #why: Rien de grave, mais un gros compte qui dit du bien de la marque, signalé et sans argent, mérite au moins un mot.]
  -> ending

=== ending ===
{
- fair >= 2 || ryan == 3 || basti == 3 || heat >= 7:
  -> end_bought
- trust >= 6 && fair == 0 && heat <= 1 && maelle == 1:
  -> end_honest
- maelle == 2 || maelle == 4 || ryan == 4 || trust <= 2:
  -> end_burned
- else:
  -> end_mixed
}

=== end_honest ===
# end: honest-panel
La capsule {capsule} a eu des avis de toutes les couleurs, et c'est précisément ce qui a convaincu. {maelle_first} a corrigé sa mention après un message bienveillant{basti == 1:, la review mitigée de Basti a été accueillie comme un cadeau}{ryan <= 2:, {ryan_first} a reçu un refus clair et a fini par donner un avis libre}. {press == 1:Le service presse a répondu à {clara_first}, dont l'article cite Kairn comme exemple de transparence.|{press == 2:{clara_first} a eu la ligne de la marque, et son article la reprend.|{press == 3:{clara_first} a obtenu des détails du programme qui n'auraient pas dû sortir, mais son article reste nuancé.|{clara_first} a écrit son article sans la version de la marque, mais les faits parlent pour elle.}}}{sofiane_ok: Sofiane a remis son hoodie Kairn.} Les créateurs du panel disent oui pour la prochaine capsule : une relation qui ne s'achète pas.
-> END

=== end_mixed ===
# end: mixed-signals
Le programme survit, mais son message s'est brouillé{basti >= 4:, la review de Basti est restée sans vraie réponse}{maelle == 3 || maelle == 5:, un post sans mention a traîné trop longtemps}{press >= 3:, l'article de {clara_first} pointe des réponses maladroites}. La communauté hésite entre « marque transparente » et « marque comme les autres ». Les créateurs répondront encore, mais avec prudence : la confiance se joue sur chaque message, pas sur un principe écrit dans un colis.
-> END

=== end_burned ===
# end: burned-bridges
La démarche était sincère, la manière a tout gâché. {maelle == 2 || maelle == 4:{maelle_first} raconte en story qu'elle a été « recadrée comme une délinquante » pour un oubli. }{ryan == 4:La capture du DM de {ryan_first} a déclenché une guerre entre ses abonnés et la marque. }La moitié du panel décline la prochaine capsule, et les créateurs se passent le mot : avec Kairn, mieux vaut ne pas se tromper. Une relation avec des créateurs se construit en privé, avec bienveillance ; en public, on remercie.
-> END

=== end_bought ===
# end: pay-to-praise
La capsule {capsule} se résume désormais à « Kairn achète les avis »{ryan == 3:, story payée de {ryan_first} sans mention à l'appui}{basti == 3:, capture de la pression sur Basti à l'appui}{maelle == 3 || maelle == 5:, post non signalé de {maelle_first} à l'appui}. L'article de {clara_first} raconte tout. Sofiane et des centaines de fans de la première heure se désabonnent, le juridique examine la responsabilité de la marque dans les publicités non signalées, et la direction suspend le programme. Un avis acheté, tordu ou caché ne coûte pas seulement un budget : il coûte tous les autres.
-> END
