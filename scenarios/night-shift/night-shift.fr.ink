// Frontline — night-shift (français)
// Une nuit de panne du téléphone fixe : tout arrive en même temps, et l'ordre des décisions compte.
// Même structure que night-shift.en.ink : mêmes nœuds, mêmes choix, mêmes tags (seuls `why` et `hint` changent).

VAR heat = 0            // emballement public
VAR leaked = false      // chiffre ou cause non confirmée divulgués
VAR promised = false    // heure de rétablissement ou geste promis sans validation
VAR handled = 0         // décisions prises dans la première vague (pour l'ordre)
VAR margot = 0          // 1 direction + consigne, 2 consigne seule, 3 SAV demain, 4 message type, 5 ignorée, 6 signalée tard
VAR margot_rank = 9     // rang auquel Margot a été traitée dans la première vague (0 = en premier)
VAR bomb = 0            // 1 direction, 2 masquée, 3 supprimée, 4 réponse, 5 ignorée
VAR malik = 0           // 1 réponse + consigne 112, 2 MP, 3 message type, 4 promesse, 5 ignoré
VAR spam = 0            // 1 supprimé + comptes bannis, 2 supprimé, 3 avertissement en réponse, 4 ignoré
VAR press = 0           // 1 astreinte presse, 2 ligne publique, 3 « pas la nuit », 4 chiffres divulgués, 5 ignoré
VAR malik_done = false
VAR bomb_done = false
VAR margot_done = false
VAR spam_done = false
VAR lou_done = false
VAR press_done = false

-> intro

=== intro ===
Samedi, 1 h 40. Vous êtes d'astreinte sur les réseaux sociaux d'Onda. Le téléphone vibre une fois, puis dix.
# memo: management
Incident en cours : depuis 1 h 10, plus de tonalité sur les téléphones fixes d'une partie de la région lyonnaise. Internet et le réseau mobile fonctionnent. Les ingénieurs sont dessus, aucune heure de retour à annoncer. Ligne validée : « Depuis 1 h 10, une partie de nos clients de la région lyonnaise ne peut plus appeler depuis son téléphone fixe. Internet et le réseau mobile fonctionnent. Nos équipes sont mobilisées. En cas d'urgence, appelez le 112 depuis un téléphone portable. » Je suis l'astreinte de direction cette nuit : tout ce qui touche à la sécurité des personnes, c'est moi, immédiatement. L'astreinte presse est joignable aussi.
-> wave_one

=== wave_one ===
# post: p1
# from: malik
# on: microblog
# after: 1m
# kind: complaint
# mood: angry
# facts: product=la ligne fixe
# subject: outage
# deadline: 20m
# hint: Ce post se partage vite et pose une vraie question de sécurité. Qu'est-ce qui peut servir à ses lecteurs cette nuit, et que ne pouvez-vous pas promettre ? Regardez aussi ce qui arrive derrière lui.
Ligne fixe @OndaMobile morte depuis 1 h du mat'. Pas un mot de leur part. Ma mère de 81 ans n'a QUE le fixe. Si elle fait un malaise cette nuit, elle appelle les secours comment ?? RT pour qu'ils se réveillent \#OndaPanne
# post: p2
# from: nuitnoire
# on: comments
# after: 30s
# kind: abuse
# mood: hostile
# deadline: 15m
# hint: Canular ou pas, vous ne pouvez pas le savoir. Qui doit être prévenu, et que faut-il garder ?
Puisque vous ne réparez rien, une bombe va sauter à la boutique Onda de Lyon Part-Dieu demain à l'ouverture. Vous êtes prévenus. 💣
# post: p3
# from: margot
# on: dm
# after: 30s
# kind: request
# mood: worried
# facts: product=la ligne fixe
# subject: outage
# deadline: 12m
# hint: Relisez les trois messages ouverts et demandez-vous lequel peut coûter une vie. Le délai de celui-ci est le plus court de la nuit.
Bonsoir, excusez-moi de vous écrire si tard. Mon téléphone ne fait plus de tonalité depuis tout à l'heure. Mon mari a des problèmes de cœur et nous n'avons pas de portable. Si je dois appeler le 15 cette nuit, comment je fais ? Je vous écris avec la tablette de mon petit-fils. Margot Vidal
- (open)
* {not malik_done} [Bonsoir Malik, vous avez raison de nous interpeller, et nous en sommes désolés. Depuis 1 h 10, une partie de nos clients de la région lyonnaise ne peut plus appeler depuis le fixe ; internet et le réseau mobile fonctionnent, et nos équipes sont mobilisées. En cas d'urgence, le 112 fonctionne depuis n'importe quel portable : si votre mère n'en a pas, un voisin peut appeler pour elle. Nous donnons des nouvelles ici dès que nous en avons. #post: p1 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain #why: La ligne validée, des excuses, et surtout la consigne qui peut sauver quelqu'un cette nuit, sous le post que tout le monde partage : la réponse devient l'information utile.]
  ~ malik_done = true
  ~ malik = 1
  ~ handled += 1
  ~ heat -= 1
  -> open
* {not malik_done} [Écrire à Malik en privé avec les mêmes informations et la consigne du 112. #post: p1 #action: dm #tone: empathetic #judgement: good #intents: apologise, explain #why: Malik est informé, mais les centaines de personnes qui partagent son post ne voient toujours aucune réponse, ni la consigne du 112.]
  ~ malik_done = true
  ~ malik = 2
  ~ handled += 1
  -> open
* {not malik_done} [Bonsoir, nos équipes sont mobilisées pour rétablir le service au plus vite. Merci de votre patience. #post: p1 #action: reply #tone: neutral #judgement: poor #intents: explain #why: Le message type ne répond pas à la seule vraie question du post : comment appeler les secours cette nuit. Il sera cité comme preuve d'indifférence.]
  ~ malik_done = true
  ~ malik = 3
  ~ handled += 1
  ~ heat += 1
  -> open
* {not malik_done} [Bonsoir Malik, pas d'inquiétude : tout sera rétabli avant 3 h, promis. #post: p1 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Personne n'a d'heure de retour : cette promesse, partagée des centaines de fois, se retournera contre Onda à 3 h 01, et elle rassure à tort sur les secours.]
  ~ malik_done = true
  ~ malik = 4
  ~ handled += 1
  ~ promised = true
  -> open
* {not malik_done} [Ignorer #post: p1 #action: ignore #judgement: bad #why: Le post s'emballe sans réponse : la marque a l'air de dormir pendant que ses clients ne peuvent plus appeler les secours.]
  ~ malik_done = true
  ~ malik = 5
  ~ handled += 1
  ~ heat += 3
  -> open
* {not bomb_done} [Transmettre immédiatement à l'astreinte de direction : menace d'explosion visant la boutique de Lyon Part-Dieu à l'ouverture, capture et lien du compte conservés, pour qu'elle prévienne la police. Ne rien répondre. #post: p2 #action: escalate #to: management #judgement: best #intents: escalate #why: Canular ou non, une menace contre des personnes se traite comme réelle : la direction prévient la police, la preuve est intacte, et le troll n'obtient aucune scène.]
  ~ bomb_done = true
  ~ bomb = 1
  ~ handled += 1
  -> open
* {not bomb_done} [Faire une capture, puis masquer le commentaire. #post: p2 #action: hide #judgement: poor #intents: correct #why: Les lecteurs ne voient plus la menace, mais personne ne prévient la police : si la boutique ouvre demain comme si de rien n'était, c'est sur vous que ça retombe.]
  ~ bomb_done = true
  ~ bomb = 2
  ~ handled += 1
  -> open
* {not bomb_done} [Supprimer tout de suite ce commentaire. #post: p2 #action: delete #judgement: bad #intents: correct #why: Le réflexe de propreté détruit la seule preuve, et personne n'est prévenu : la police n'aura ni texte ni lien pour remonter jusqu'à l'auteur.]
  ~ bomb_done = true
  ~ bomb = 3
  ~ handled += 1
  ~ heat += 1
  -> open
* {not bomb_done} [Très drôle. Les menaces, c'est passible de prison, et nous avons votre adresse IP. #post: p2 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: correct #why: Répondre à une menace, c'est lui donner une tribune et faire monter la peur chez les lecteurs, et la menace reste en ligne sans que la police soit prévenue.]
  ~ bomb_done = true
  ~ bomb = 4
  ~ handled += 1
  ~ heat += 2
  -> open
* {not bomb_done} [Ignorer #post: p2 #action: ignore #judgement: bad #why: Une menace d'attentat reste affichée sous votre page, lue et partagée, sans que personne chez Onda n'ait prévenu qui que ce soit.]
  ~ bomb_done = true
  ~ bomb = 5
  ~ handled += 1
  ~ heat += 2
  -> open
* {not margot_done} [Transmettre en urgence à l'astreinte de direction : cliente âgée sans portable, mari cardiaque, ligne fixe coupée, joignable seulement par cette messagerie. Et lui répondre tout de suite qu'en cas d'urgence un voisin peut appeler le 112 depuis son portable, et que quelqu'un d'Onda la contacte dans les minutes qui viennent. #post: p3 #action: escalate #to: management #judgement: best #intents: escalate, explain #why: Une vie peut en dépendre : la consigne immédiate la rassure, et l'astreinte de direction peut agir pour elle cette nuit. C'est la décision qui passe avant toutes les autres.]
  ~ margot_done = true
  ~ margot = 1
  ~ margot_rank = handled
  ~ handled += 1
  -> open
* {not margot_done} [Bonsoir Madame Vidal, vous ne nous dérangez pas. En cas d'urgence cette nuit, demandez à un voisin d'appeler le 112 depuis son portable : ce numéro fonctionne depuis n'importe quel téléphone mobile. Nos équipes travaillent à rétablir votre ligne. #post: p3 #action: dm #tone: empathetic #judgement: good #intents: explain #why: La consigne est juste et elle arrive vite, mais Margot reste seule avec : personne chez Onda ne sait qu'une cliente vulnérable est sans moyen d'appel.]
  ~ margot_done = true
  ~ margot = 2
  ~ margot_rank = handled
  ~ handled += 1
  -> open
* {not margot_done} [Transmettre au SAV pour qu'un conseiller la rappelle demain matin. #post: p3 #action: escalate #to: after-sales #judgement: bad #intents: escalate #why: Le SAV ouvre à 8 h, et elle n'a pas de téléphone pour être rappelée : une personne en danger cette nuit reçoit un rendez-vous pour demain.]
  ~ margot_done = true
  ~ margot = 3
  ~ margot_rank = handled
  ~ handled += 1
  -> open
* {not margot_done} [Bonsoir, un incident est en cours sur notre réseau. Nos équipes sont mobilisées pour rétablir le service au plus vite. Merci de votre compréhension. #post: p3 #action: dm #tone: neutral #judgement: bad #intents: explain #why: Un message type à une femme qui demande comment sauver son mari : sans la consigne du 112, il ne sert à rien, et il le dit avec froideur.]
  ~ margot_done = true
  ~ margot = 4
  ~ margot_rank = handled
  ~ handled += 1
  -> open
* {not margot_done} [Ignorer #post: p3 #action: ignore #judgement: bad #why: Une personne âgée, sans moyen d'appeler les secours, a demandé de l'aide et n'a rien reçu : c'est la pire omission possible cette nuit.]
  ~ margot_done = true
  ~ margot = 5
  ~ handled += 1
  -> open
* -> wave_one_news

=== wave_one_news ===
{ margot == 1:
  # memo: management
  # after: 1m
  Reçu pour Mme Vidal. Procédure clients vulnérables déclenchée : un conseiller d'astreinte l'appelle en audio par la messagerie de sa tablette et reste joignable toute la nuit. J'ai aussi signalé aux secours, via la préfecture, les secteurs où le fixe ne passe plus.{margot_rank >= 2: Mais elle a attendu que tout le reste soit traité : une demande comme la sienne passe avant tout, même avant un post viral.}
}
{ bomb == 1:
  # memo: management
  # after: 1m
  Menace transmise à la police, qui la prend au sérieux : la boutique de Part-Dieu n'ouvrira pas avant leur passage. Gardez la capture, ne répondez rien. Bien joué.
}
{ bomb == 2:
  # memo: management
  # after: 3m
  Un internaute vient de m'envoyer une capture d'une menace de bombe contre Part-Dieu, postée sous notre page puis masquée. Pourquoi je l'apprends par lui ? J'appelle la police.
}
{ bomb == 3:
  # memo: management
  # after: 3m
  Des internautes parlent d'une menace de bombe contre Part-Dieu, supprimée de notre page. La police me demande le texte et le lien du compte : nous n'avons plus rien. Une menace, ça se transmet, ça ne s'efface pas.
}
{ bomb >= 4:
  # memo: management
  # after: 3m
  Une menace de bombe contre Part-Dieu est en ligne sous notre page depuis vingt minutes, et je l'apprends par un abonné. J'appelle la police. La sécurité des personnes, c'est moi, tout de suite.
}
# memo: management
# after: 2m
Le post de Malik dépasse les 400 partages. D'autres messages arrivent.
-> wave_two

=== wave_two ===
# post: p4
# from: fakesupport
# on: comments
# after: 2m
# kind: spam
# mood: enthusiastic
# deadline: 15m
# hint: Ce compte n'est pas le vôtre, et il vise des clients inquiets. Que risquent-ils cette nuit, et comment l'empêcher de revenir ?
📢 INDEMNISATION PANNE : Onda rembourse 50 € à chaque client touché cette nuit ! Saisissez vos coordonnées bancaires avant 6 h 👉 onda-remboursement.info [Le même message est publié par six comptes en quatre minutes.]
# post: p5
# from: lou
# on: microblog
# after: 2m
# kind: praise
# mood: enthusiastic
# facts: product=la fibre
# deadline: 30m
# hint: Un compliment sincère, au milieu d'une nuit où des milliers de clients n'ont plus de téléphone. Quelle réponse est à la bonne mesure ?
Live de 6 h cette nuit, 1 200 viewers, pas une seule coupure 🔥 la fibre @OndaMobile tient la route, je valide 👌 \#streaming
# post: p6
# from: romain
# on: dm
# after: 2m
# kind: request
# mood: neutral
# facts: product=la ligne fixe; place=à Lyon
# deadline: 20m
# hint: Un journaliste, même à 2 h du matin. Qui, chez Onda, lui répond ? Et qu'est-ce qui serait utile à ses lecteurs sans rien révéler ?
Bonsoir, Romain Texier, journaliste de permanence à Rhône Matin. Beaucoup de signalements de téléphones fixes coupés sur Lyon cette nuit. Combien de clients sont touchés ? Les appels d'urgence sont-ils impossibles ? Je mets un article en ligne à 3 h.
- (open)
* {not spam_done} [Supprimer les six messages et bannir les comptes : hameçonnage qui usurpe le nom d'Onda pour voler des coordonnées bancaires. #post: p4 #action: ban #judgement: best #intents: correct #why: Des clients inquiets et une promesse d'argent : c'est le piège parfait. Supprimer et bannir les six comptes coupe court à la vague, sans lui donner de visibilité.]
  ~ spam_done = true
  ~ spam = 1
  -> open
* {not spam_done} [Supprimer les six messages. #post: p4 #action: delete #judgement: good #intents: correct #why: Les messages disparaissent, mais les comptes restent actifs et republieront dans dix minutes, pendant que vous êtes sur autre chose.]
  ~ spam_done = true
  ~ spam = 2
  -> open
* {not spam_done} [Attention : ce message n'est pas d'Onda. Ne cliquez pas sur ce lien et ne donnez jamais vos coordonnées bancaires. #post: p4 #action: reply #tone: neutral #judgement: poor #intents: correct #why: L'avertissement est juste, mais le piège reste en ligne juste au-dessus, et votre réponse le fait remonter dans le fil.]
  ~ spam_done = true
  ~ spam = 3
  ~ heat += 1
  -> open
* {not spam_done} [Ignorer #post: p4 #action: ignore #judgement: bad #why: Un faux remboursement reste toute la nuit sous votre page, lu par des clients âgés et inquiets : certains donneront leur carte bancaire.]
  ~ spam_done = true
  ~ spam = 4
  ~ heat += 2
  -> open
* {not lou_done} [Liker le post de Lou, sans plus. #post: p5 #action: like #judgement: best #intents: thank #why: Un like discret suffit cette nuit : Lou se sent vue, et la marque ne se félicite pas en public pendant que des milliers de clients n'ont plus de téléphone.]
  ~ lou_done = true
  -> open
* {not lou_done} [Merci Lou, ça fait plaisir 🙂 Bonne nuit ! #post: p5 #action: reply #tone: empathetic #judgement: good #intents: thank #why: Un merci sympathique et court ; il reste visible à côté des plaintes de la nuit, mais sans fanfaronnade.]
  ~ lou_done = true
  -> open
* {not lou_done} [Merci Lou ! La fibre Onda, la plus stable de France, qui dit mieux ? 💪🔥 #post: p5 #action: reply #tone: neutral #judgement: poor #intents: thank #why: Se vanter de la stabilité du réseau la nuit où les fixes sont coupés : la capture circulera sous \#OndaPanne avant le lever du jour.]
  ~ lou_done = true
  ~ heat += 2
  -> open
* {not lou_done} [Merci Lou ! Pas comme chez Kairn Télécom 😏 #post: p5 #action: reply #tone: aggressive #judgement: bad #breaks: no-competitor #intents: thank #why: Une pique contre un concurrent, la nuit où c'est votre propre réseau qui lâche : double faute de charte et de ton.]
  ~ lou_done = true
  ~ heat += 2
  -> open
* {not lou_done} [Ignorer #post: p5 #action: ignore #judgement: good #why: Rien d'urgent cette nuit : ne pas répondre à un compliment pendant une crise est tout à fait défendable.]
  ~ lou_done = true
  -> open
* {not press_done} [Transmettre à l'astreinte presse : Romain Texier, Rhône Matin, article en ligne à 3 h sur la panne du fixe, questions sur le nombre de clients et les appels d'urgence. Et lui répondre que l'astreinte presse le contacte. #post: p6 #action: escalate #to: press #judgement: best #intents: escalate, explain #why: Même la nuit, les journalistes passent par la presse : l'astreinte peut lui donner une déclaration et la consigne du 112 pour ses lecteurs avant 3 h.]
  ~ press_done = true
  ~ press = 1
  -> open
* {not press_done} [Bonsoir Romain, voici ce que nous pouvons dire : depuis 1 h 10, une partie de nos clients de la région lyonnaise ne peut plus appeler depuis le fixe ; internet et le mobile fonctionnent, nos équipes sont mobilisées, et en cas d'urgence le 112 fonctionne depuis n'importe quel portable. #post: p6 #action: dm #tone: neutral #judgement: good #intents: explain #why: Des mots validés et une consigne utile à ses lecteurs, mais il attendait un interlocuteur : sans l'astreinte presse, l'article dira qu'Onda n'a rien précisé.]
  ~ press_done = true
  ~ press = 2
  -> open
* {not press_done} [Bonsoir, notre service presse ne répond pas la nuit. Merci de le contacter lundi. #post: p6 #action: dm #tone: defensive #judgement: poor #intents: refuse #why: Faux, puisqu'une astreinte presse existe, et désastreux : l'article de 3 h dira qu'Onda renvoie à lundi une panne qui touche les appels d'urgence.]
  ~ press_done = true
  ~ press = 3
  ~ heat += 1
  -> open
* {not press_done} [Bonsoir Romain, environ 40 000 lignes sont touchées, un serveur de notre prestataire est tombé, retour prévu vers 4 h. #post: p6 #action: dm #tone: neutral #judgement: bad #breaks: no-confidential, no-promise #intents: explain, promise #why: Un chiffre interne, une cause non confirmée et une heure que personne ne garantit, remis à un journaliste : c'est le titre de 3 h, et rien n'était à vous de le dire.]
  ~ press_done = true
  ~ press = 4
  ~ leaked = true
  ~ promised = true
  ~ heat += 2
  -> open
* {not press_done} [Ignorer #post: p6 #action: ignore #judgement: bad #why: Sans réponse, l'article de 3 h paraît avec les seuls témoignages de clients inquiets, et « Onda injoignable » en sous-titre.]
  ~ press_done = true
  ~ press = 5
  ~ heat += 2
  -> open
* -> wave_two_news

=== wave_two_news ===
{ press:
- 1:
  # memo: press
  # after: 2m
  Merci, on a eu Romain Texier. Sa dépêche reprend notre déclaration et la consigne du 112 en gras. C'est exactement ce qu'il fallait cette nuit.
- 2:
  # memo: press
  # after: 2m
  Romain Texier cite notre ligne publique et le 112, c'est bien, mais il écrit qu'« Onda n'a pas précisé le nombre de foyers concernés ». Un journaliste, même à 2 h, c'est l'astreinte presse.
- 3:
  # memo: press
  # after: 2m
  « Le service presse ne répond pas la nuit » ? Nous sommes d'astreinte précisément pour ça. La phrase est dans son article. On rattrape.
- 4:
  # memo: press
  # after: 2m
  « 40 000 lignes », « serveur du prestataire », « retour vers 4 h » : tout est dans l'article de 3 h, et rien n'est confirmé. On gère avec la direction.
- else:
  # memo: press
  # after: 2m
  Romain Texier nous a trouvés par le standard d'astreinte : il dit n'avoir eu aucune réponse en message privé. Son article le mentionne.
}
-> josiane_post

=== josiane_post ===
# post: p7
# from: josiane
# on: comments
# after: 4m
# kind: question
# mood: worried
# deadline: 20m
# hint: Une cliente fidèle pose la question que d'autres n'osent pas poser. Qu'a-t-elle besoin d'entendre clairement, et que doit faire une personne déjà piégée ?
{spam >= 3:Ma voisine a rempli le formulaire des 50 € cette nuit, avec sa carte bancaire… C'est bien vous, le remboursement ?|J'ai vu passer un message qui promettait 50 € de remboursement pour la panne, et puis il a disparu. C'est vrai ou pas ?}
# comment: p7
# as: neutral
# after: 1m
Je l'ai vu passer aussi, avec le lien onda-remboursement.info. Ça m'a paru louche, j'ai rien rempli.
# comment: p7
# as: fan
# after: 3m
Dans le doute : si quelqu'un a mis sa carte bancaire là-dessus, il faut appeler sa banque tout de suite pour faire opposition.
* [Bonsoir Josiane, non : Onda ne demande jamais de coordonnées bancaires par un lien ou un message. Ce message était une arnaque. Si quelqu'un a saisi sa carte, il doit appeler sa banque tout de suite pour faire opposition. #post: p7 #action: reply #tone: empathetic #judgement: best #intents: correct, explain #why: Une réponse nette, publique, avec le geste qui protège ceux qui se sont fait piéger : tous les lecteurs de la page en profitent.]
  ~ heat -= 1
  -> margot_follow
* [Répondre à Josiane en message privé que c'est une arnaque. #post: p7 #action: dm #tone: empathetic #judgement: good #intents: correct #why: Josiane et sa voisine sont prévenues, mais les autres lecteurs de la page, qui se posent la même question, ne le sont pas.]
  -> margot_follow
* [Nous vous invitons à ne vous fier qu'à nos communications officielles. #post: p7 #action: reply #tone: neutral #judgement: poor #intents: explain #why: Une phrase prudente qui ne dit pas le mot « arnaque » et ne dit pas quoi faire : la voisine de Josiane ne saura pas qu'elle doit appeler sa banque.]
  -> margot_follow
* [Bonsoir Josiane, nous ne savons pas encore si un geste commercial sera accordé pour cette panne. #post: p7 #action: reply #tone: neutral #judgement: bad #intents: explain #why: Sans dire que c'est une arnaque, la réponse laisse croire que le remboursement est peut-être vrai : d'autres clients rempliront le formulaire.]
  ~ heat += 2
  -> margot_follow
* [Ignorer #post: p7 #action: ignore #judgement: bad #why: Une question simple sur une arnaque en cours, sans réponse : le doute profite aux escrocs toute la nuit.]
  ~ heat += 1
  -> margot_follow

=== margot_follow ===
{
- margot == 1:
  -> margot_thanks
- margot == 2:
  -> margot_asks
- else:
  -> camille_post
}

=== margot_thanks ===
# post: p8
# from: margot
# on: dm
# after: 5m
# kind: praise
# mood: happy
# facts: product=la ligne fixe
# deadline: 30m
# hint: Une personne rassurée qui vous remercie. Que lui dire, sans rien promettre que vous ne sachiez pas ?
Le monsieur de chez vous m'a appelée sur la tablette, il a été très gentil. Mon mari dort. Je me sens moins seule. Merci beaucoup.
* [Merci à vous, Madame Vidal. Nous sommes contents que vous vous sentiez moins seule. Gardez la tablette près de vous : le conseiller reste joignable toute la nuit, et nous vous préviendrons dès que votre ligne fonctionnera. #post: p8 #action: dm #tone: empathetic #judgement: best #intents: thank, explain #why: Un mot chaleureux, un rappel concret de ce qui reste en place, et aucune promesse d'heure : elle peut se rendormir rassurée.]
  -> restored
* [Transmettre son message à l'astreinte de direction pour le conseiller qui l'a appelée. #post: p8 #action: escalate #to: management #judgement: good #intents: escalate #why: Le conseiller sera content de le savoir, mais Margot attendait un mot en retour, ici.]
  -> restored
* [Merci Madame Vidal ! Votre ligne sera rétablie d'ici une heure, ne vous inquiétez plus. #post: p8 #action: dm #tone: empathetic #judgement: poor #breaks: no-promise #intents: promise #why: Rassurant, mais inventé : si la ligne ne revient pas dans l'heure, c'est à une personne fragile qu'on aura menti.]
  ~ promised = true
  -> restored
* [Ignorer #post: p8 #action: ignore #judgement: poor #why: Rien d'urgent, mais une dame qui vous remercie au milieu de la nuit mérite une réponse.]
  -> restored

=== margot_asks ===
# post: p8
# from: margot
# on: dm
# after: 5m
# kind: question
# mood: worried
# facts: product=la ligne fixe
# subject: outage
# deadline: 15m
# hint: Margot a suivi votre conseil, mais elle reste seule avec son inquiétude. Est-il encore temps de faire davantage ?
Merci pour le conseil. Je suis allée frapper chez la voisine, elle garde son portable allumé pour nous. Mais la ligne va revenir quand ? Mon mari ne dort pas, il respire mal.
* [Transmettre en urgence à l'astreinte de direction : cliente âgée sans portable, mari cardiaque qui respire mal, ligne fixe coupée. Et lui répondre : si son mari respire mal, la voisine doit appeler le 112 maintenant, sans attendre ; quelqu'un d'Onda la contacte dans les minutes qui viennent. #post: p8 #action: escalate #to: management #judgement: best #intents: escalate, explain #why: Un symptôme qui s'aggrave change tout : la consigne devient « appelez maintenant », et l'astreinte de direction doit enfin savoir qu'une cliente vulnérable est sans moyen d'appel.]
  ~ margot = 6
  -> restored
* [Nous n'avons pas encore d'heure de retour, Madame Vidal. Nos équipes font le maximum. #post: p8 #action: dm #tone: empathetic #judgement: poor #intents: explain #why: Honnête sur l'heure, mais elle vient d'écrire que son mari respire mal : la seule réponse qui compte, « faites appeler le 112 maintenant », n'y est pas.]
  -> restored
* [Votre ligne sera rétablie dans moins d'une heure, rassurez-vous. #post: p8 #action: dm #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Une promesse inventée, faite à une personne qui pourrait décider d'attendre la ligne au lieu d'appeler les secours.]
  ~ promised = true
  -> restored
* [Ignorer #post: p8 #action: ignore #judgement: bad #why: Elle signale une aggravation et n'a aucune réponse : c'est le message qu'il ne fallait surtout pas laisser passer.]
  ~ margot = 5
  -> restored

=== camille_post ===
# post: p8
# from: camille
# on: microblog
# after: 5m
# kind: complaint
# mood: furious
# facts: product=la ligne fixe
# subject: service
# deadline: 15m
# hint: Le pire a été évité de justesse, et tout le monde le lit. Comment reconnaître l'erreur sans se justifier ni se défausser ?
Ma grand-mère a écrit à @OndaMobile à 1 h 50 : plus de fixe, pas de portable, mon grand-père cardiaque. {margot == 3:On lui a répondu qu'on la rappellerait « demain matin ».|{margot == 4:On lui a envoyé un message tout fait.|Aucune réponse.}} Il a fait un malaise à 2 h 30, c'est la voisine qui a appelé le 15. Il va bien. Mais vous, franchement ? \#OndaPanne
* [Camille, nous sommes profondément désolés. Votre grand-mère aurait dû recevoir immédiatement la consigne d'appeler le 112 depuis un portable et l'aide de notre astreinte, et ça n'a pas été le cas. Nous sommes soulagés que votre grand-père aille bien. Notre responsable d'astreinte souhaite appeler votre grand-mère : pouvez-vous nous écrire en privé ? #post: p8 #action: reply #tone: empathetic #judgement: best #intents: apologise, move-to-dm #why: Reconnaître l'erreur sans détour ni excuse de procédure, se réjouir sincèrement qu'il aille bien, et proposer un geste humain : c'est tout ce qui peut encore être fait de juste.]
  ~ heat -= 1
  -> restored
* [Transmettre à l'astreinte de direction pour qu'elle contacte la famille. #post: p8 #action: escalate #to: management #judgement: good #intents: escalate #why: La direction doit le savoir, mais le post se partage sans aucune réponse d'Onda, ce qui confirme exactement ce qu'il reproche.]
  -> restored
* [Bonjour, votre grand-mère a reçu une réponse dans nos délais habituels. Nous restons à votre disposition. #post: p8 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Opposer des délais à une famille qui a failli perdre quelqu'un : la phrase la plus partagée de la nuit, et la plus indéfendable.]
  ~ heat += 3
  -> restored
* [Ignorer #post: p8 #action: ignore #judgement: bad #why: Le silence sous ce post, c'est la confirmation publique de ce qu'il raconte.]
  ~ heat += 2
  -> restored

=== restored ===
# memo: management
# after: 4m
3 h 20 : la téléphonie fixe est rétablie. La cause est en cours d'analyse, rien en public à ce sujet. Vous pouvez annoncer le rétablissement.{bomb == 1: Et pour Part-Dieu : la police a identifié l'auteur de la menace, un canular. Merci de l'avoir transmise sans y répondre.}
{ (malik == 1 || malik == 2) && heat <= 4:
  -> malik_calm
- else:
  -> malik_angry
}

=== malik_calm ===
# post: p9
# from: malik
# on: microblog
# in: p1
# after: 3m
# kind: praise
# mood: neutral
# facts: product=la ligne fixe
# deadline: 30m
# hint: Un critique qui reconnaît vos efforts sans rien retirer de sa critique. Comment répondre sans triomphe ni justification ?
Tonalité revenue chez ma mère à 3 h 20. Je maintiens que ce n'est pas normal qu'un fixe lâche comme ça, mais vous avez répondu, et avec le bon conseil pour le 112. Respect à l'équipe de nuit.
* [Merci Malik. Vous avez raison, une coupure du fixe n'est pas acceptable, et nous analysons ce qui s'est passé. Nous sommes contents que votre mère ait retrouvé sa ligne. Bonne fin de nuit. #post: p9 #action: reply #tone: empathetic #judgement: best #intents: thank, explain #why: On remercie, on lui donne raison sur le fond et on annonce le rétablissement, sans se féliciter : la critique devient une conversation respectueuse.]
  ~ heat -= 1
  -> ending
* [Liker la réponse de Malik. #post: p9 #action: like #judgement: good #intents: thank #why: Le like montre qu'on a lu ; un mot qui reconnaisse qu'il avait raison sur le fond aurait mieux refermé le fil.]
  -> ending
* [Merci Malik ! Comme quoi, chez Onda, on ne lâche jamais rien 💪 #post: p9 #action: reply #tone: neutral #judgement: poor #intents: thank #why: Un slogan triomphant en réponse à quelqu'un qui vient d'écrire « ce n'est pas normal » : on transforme une trêve en autopromotion.]
  ~ heat += 1
  -> ending
* [Ignorer #post: p9 #action: ignore #judgement: poor #why: Un critique qui reconnaît publiquement vos efforts, sans réponse : c'est une main tendue qu'on laisse retomber.]
  -> ending

=== malik_angry ===
# post: p9
# from: malik
# on: microblog
# in: p1
# after: 3m
# kind: complaint
# mood: angry
# facts: product=la ligne fixe; delay=deux heures
# subject: outage
# deadline: 15m
# hint: Le service est rétabli, la colère non. Que pouvez-vous dire maintenant, et que devez-vous reconnaître ?
Tonalité revenue à 3 h 20. Deux heures sans pouvoir appeler les secours, et {malik == 4:une heure de retour promise qui ne voulait rien dire|{malik == 3:un message tout fait pour seule réponse|pas un mot utile}} de la part d'@OndaMobile. On fera les comptes demain. \#OndaPanne
* [Malik, vous avez raison : cette nuit, nous n'avons pas été à la hauteur dans nos réponses, et nous en sommes désolés. La téléphonie fixe est rétablie depuis 3 h 20 et la cause est en cours d'analyse ; nous en rendrons compte. Si votre mère a encore le moindre souci, écrivez-nous en privé. #post: p9 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, move-to-dm #why: On reconnaît ce qui n'a pas été à la hauteur, on donne l'information validée, et on reste disponible : sans justification, c'est la seule réponse qui puisse être entendue.]
  ~ heat -= 1
  -> ending
* [Écrire à Malik en privé pour s'excuser et confirmer le rétablissement. #post: p9 #action: dm #tone: empathetic #judgement: good #intents: apologise, explain #why: Malik reçoit des excuses, mais son post, lu des milliers de fois, reste sans réponse publique.]
  -> ending
* [Bonjour, une panne peut malheureusement toucher n'importe quel réseau. Le service est rétabli. #post: p9 #action: reply #tone: defensive #judgement: poor #intents: explain #why: Minimiser une nuit sans accès aux secours, c'est confirmer tout ce que Malik reproche.]
  ~ heat += 1
  -> ending
* [Ignorer #post: p9 #action: ignore #judgement: bad #why: Le dernier mot de la nuit reste à la colère, et il sera repris au matin par tous ceux qui n'ont rien suivi.]
  ~ heat += 2
  -> ending

=== ending ===
{
- (margot >= 3 && margot <= 5) || bomb >= 4 || leaked || heat >= 8:
  -> end_crisis
- margot == 1 && margot_rank <= 1 && bomb == 1 && spam <= 2 && not promised && heat <= 3:
  -> end_held
- else:
  -> end_rough
}

=== end_held ===
# end: night-held
# after: 2m
6 h, la relève arrive. Vous avez traité d'abord ce qui pouvait coûter une vie : Mme Vidal a eu la consigne et un interlocuteur en quelques minutes, la menace contre Part-Dieu est partie à la police avec sa preuve, et le faux remboursement a disparu avec ses comptes. En public, la ligne validée et la consigne du 112 ont circulé plus vite que la colère, sans une promesse d'heure. {press == 1:L'article de Rhône Matin reprend la déclaration d'Onda et le 112 en gras. }La directrice d'astreinte écrit dans son compte rendu : « Priorités tenues, de bout en bout. »
-> END

=== end_rough ===
# end: rough-night
# after: 2m
6 h, la relève arrive, et la nuit laisse des traces. {margot == 1 && margot_rank >= 2:Mme Vidal a eu de l'aide, mais après un post viral et une menace : dans une nuit pareille, elle passait avant. |}{margot == 2:Mme Vidal a eu la bonne consigne, mais personne chez Onda n'a su qu'elle était seule et sans téléphone. |}{margot == 6:Mme Vidal n'a été signalée à l'astreinte qu'au moment où l'état de son mari s'aggravait : c'est dès son premier message qu'il fallait le faire. |}{bomb == 2 || bomb == 3:La menace contre Part-Dieu a été retirée sans être transmise : la police l'a apprise par d'autres. |}{spam >= 3:Le faux remboursement est resté en ligne assez longtemps pour piéger des clients. |}{promised:Des heures de retour ont été promises sans que personne ne les garantisse. |}Personne n'a été mis en danger par vos réponses, mais le débrief montre où l'ordre des priorités a flanché.
-> END

=== end_crisis ===
# end: night-of-crisis
# after: 2m
La nuit vous a échappé. {margot >= 3 && margot <= 5:Une cliente âgée qui ne pouvait plus appeler les secours n'a pas reçu l'aide qu'elle demandait, et son histoire fait le tour des réseaux au réveil. |}{bomb >= 4:Une menace de bombe est restée sous votre page, commentée, sans que personne chez Onda ne prévienne la police. |}{leaked:Des chiffres et une cause non confirmés circulent comme la version officielle d'Onda. |}{heat >= 8:Le hashtag \#OndaPanne s'est emballé toute la nuit. |}La direction prend la main au petit matin et prépare une déclaration publique. Votre astreinte s'arrête là, le temps d'un retour d'expérience.
-> END

// Un inject : l'enseignant qui anime une classe en direct peut l'envoyer à tous les élèves à la fois (docs/authoring.md, « Injects »).
// Il se déroule à côté de l'histoire, qui reste où elle en est : des notes et des messages, sans choix.
=== inject_tv ===
# inject: Une chaîne d'info reprend la panne
# memo: management
Attention : une chaîne d'info en continu vient de passer la panne dans son bandeau, avec une capture du message de Malik. Attendez-vous à beaucoup plus de messages dans les minutes qui viennent. Rien ne change dans ce que nous disons : la ligne validée, aucune heure de rétablissement, et tout ce qui touche à la sécurité remonte d'abord vers moi.
-> DONE
