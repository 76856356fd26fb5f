// Frontline — rival-recall (français)
// Un concurrent rappelle ses batteries : résister à la moquerie, répondre sur ses propres vélos.
// Même structure que rival-recall.en.ink : mêmes nœuds, mêmes choix, mêmes tags (seuls `why` et `hint` changent).

VAR trust = 0          // confiance des clients et de la communauté
VAR heat = 0           // température du fil (moqueries, inquiétude)
VAR mocked = false     // la marque s'est moquée d'un concurrent ou a cautionné une moquerie
VAR named = false      // la marque a nommé un concurrent ou commenté son rappel, même sans moquerie
VAR salesy = false     // la marque a voulu récupérer commercialement les clients du concurrent
VAR leaked = false     // le nom d'un fournisseur a filé
VAR press = 0          // 0 rien, 1 service presse, 2 confidence sur le concurrent, 3 « pas de commentaire », 4 ignorée, 5 fournisseur nommé
VAR nathalie_ok = false // la propriétaire du vélo concurrent a reçu une réponse juste
VAR karim_ok = false   // la question de sécurité d'un client Voltaire a été prise en charge
VAR memes_done = false // boucles de posts ouverts en parallèle
VAR camille_done = false
VAR nathalie_done = false
VAR helene_done = false
VAR karim_done = false
VAR gerard_done = false

-> intro

=== intro ===
Mardi, 9 h. Hier soir, Ampère Bikes a annoncé le rappel des batteries de son modèle A-Ville fabriquées entre mars et juin, pour un risque de surchauffe pendant la charge. Vos mentions s'agitent déjà.
# memo: manager
Salut ! Tu as vu pour Ampère ? Maxime, au marketing, a déjà un post tout prêt : « Chez Voltaire, la seule chose qui chauffe, ce sont vos mollets 🔥 ». Il est très fier de lui, et c'est vrai que c'est drôle. Mais c'est toi qui tiens les comptes aujourd'hui : je te laisse juger.
-> roast_request

=== roast_request ===
# post: p1
# from: tom
# on: microblog
# after: 3m
# kind: request
# mood: enthusiastic
# facts: product=les batteries Ampère
# subject: safety
# deadline: 30m
# hint: Un fan sympathique vous tend une perche. Relisez la règle de la charte sur les concurrents : elle ne prévoit aucune exception pour l'humour.
@VoltaireCycles Ampère qui rappelle ses batteries parce qu'elles chauffent 🔥😂 Allez, un petit roast, vous pouvez pas laisser passer ça ! \#AmpèreGate
* [Pas de roast chez nous, Tom 🙂 On ne commente pas ce qui arrive aux autres marques, et la sécurité n'est un sujet de blague pour personne. En revanche, une question sur votre Zadig, on est là ! #post: p1 #action: reply #tone: empathetic #judgement: best #intents: refuse, explain #why: Un refus souriant, sans sermon et sans nommer personne : Tom n'est pas vexé, et tous ceux qui passent voient une marque qui a choisi de ne pas jouer.]
  ~ trust += 1
  -> memes_and_praise
* [Chez Voltaire, la seule chose qui chauffe, ce sont vos mollets 🔥😉 #post: p1 #action: reply #tone: aggressive #judgement: bad #breaks: no-competitor, no-aggression #intents: correct #why: La blague de Maxime, postée sous un message qui cite Ampère : c'est une moquerie sur un problème de sécurité, signée du compte officiel, et elle sera capturée avant midi.]
  ~ mocked = true
  ~ heat += 3
  -> memes_and_praise
* [Liker le post de Tom. #post: p1 #action: like #judgement: bad #breaks: no-competitor #why: Un like du compte officiel sous « roast Ampère », c'est une moquerie à moitié signée : les captures ne feront pas la différence.]
  ~ mocked = true
  ~ heat += 1
  -> memes_and_praise
* [Hors de question de se moquer d'Ampère Bikes : c'est un concurrent sérieux, et un rappel, ça peut arriver à tout le monde. #post: p1 #action: reply #tone: neutral #judgement: poor #breaks: no-competitor #intents: refuse #why: Bienveillant, mais la réponse nomme le concurrent et commente son rappel : elle remet Ampère et le mot « rappel » dans votre fil, ce que la charte interdit, même gentiment.]
  ~ named = true
  -> memes_and_praise
* [Ignorer #post: p1 #action: ignore #judgement: good #why: Ne pas répondre est défendable : on ne nourrit pas la demande. Un refus souriant aurait toutefois montré à tous les curieux que la marque a choisi de ne pas jouer.]
  -> memes_and_praise

=== memes_and_praise ===
# post: p2
# from: velomemes
# on: microblog
# after: 10m
# kind: request
# mood: enthusiastic
# facts: product=les batteries Ampère
# subject: safety
# deadline: 30m
# hint: Un compte à 41 000 abonnés vous compare à un concurrent qui a déjà joué le jeu. Que dit la charte des concurrents, y compris de celui qui fait le mème ?
Rayon Vert a déjà dégainé son mème sur le rappel d'Ampère (12k likes en 2 h 👀). @VoltaireCycles, on attend le vôtre 🍿 Qui fera le meilleur ? Sondage en réponses 👇
# post: p3
# from: camille
# on: comments
# after: 5m
# kind: praise
# mood: happy
# facts: product=le Zadig
# deadline: 60m
# hint: Un moment de joie au milieu d'une matinée agitée. Répondez à la hauteur du message, sans vous en servir pour autre chose.
1 000 km sur mon Zadig ce matin 🎉 Il y a un an, je prenais encore la voiture pour faire 6 km. Merci @VoltaireCycles, meilleur achat de ma vie (après mon chat).
- (open)
* {not memes_done} [On passe notre tour 🙂 Ici, on parle de nos vélos. Et si vous avez des questions sur nos batteries, on y répond avec plaisir. #post: p2 #action: reply #tone: neutral #judgement: best #intents: refuse, explain #why: Une phrase, pas de nom, pas de leçon de morale : la marque ne rentre pas dans le concours et ramène la conversation vers ce qui la regarde.]
  ~ memes_done = true
  ~ trust += 1
  -> open
* {not memes_done} [Publier en réponse le post préparé par Maxime : « Chez Voltaire, la seule chose qui chauffe, ce sont vos mollets 🔥 \#RappelAmpère ». #post: p2 #action: reply #tone: aggressive #judgement: bad #breaks: no-competitor, no-aggression #why: Le concours de mèmes est lancé devant 41 000 personnes, et la marque y entre en se moquant d'un risque d'incendie chez un concurrent : des likes pour une heure, une capture pour des années.]
  ~ memes_done = true
  ~ mocked = true
  ~ heat += 3
  -> open
* {not memes_done} [Le mème de Rayon Vert ? Ils ont toujours eu plus d'humour que de service après-vente 😏 #post: p2 #action: reply #tone: aggressive #judgement: bad #breaks: no-competitor, no-aggression #intents: correct #why: Pour ne pas se moquer du premier concurrent, on s'en prend au second : deux marques nommées, une pique gratuite, et la charte piétinée deux fois.]
  ~ memes_done = true
  ~ mocked = true
  ~ heat += 2
  -> open
* {not memes_done} [Liker le post de Vélo Mèmes. #post: p2 #action: like #judgement: poor #why: Un like est une réponse : la marque encourage la course au mème sans rien dire, et le compte la compte parmi les participants.]
  ~ memes_done = true
  ~ heat += 1
  -> open
* {not memes_done} [Ignorer #post: p2 #action: ignore #judgement: good #why: Ne rien publier est défendable : pas de mème, pas de polémique. Mais 41 000 personnes attendaient une réaction, et une phrase souriante aurait montré que c'est un choix, pas une absence.]
  ~ memes_done = true
  -> open
* {not camille_done} [1 000 km, bravo Camille 🎉 Et six kilomètres de voiture en moins chaque jour, ça compte ! Merci de partager ça avec nous, et salut au chat 🐱 #post: p3 #action: reply #tone: empathetic #judgement: best #intents: thank #why: Un merci personnel, qui reprend ce qu'elle a écrit : la cliente se sent lue, et le fil montre ce que la marque préfère célébrer un jour pareil.]
  ~ camille_done = true
  ~ trust += 1
  -> open
* {not camille_done} [Liker le message de Camille. #post: p3 #action: like #judgement: good #why: Le like fait plaisir ; un mot aurait davantage marqué un cap symbolique pour une cliente fidèle.]
  ~ camille_done = true
  -> open
* {not camille_done} [Bravo Camille ! Et sans risque de surchauffe, elle 😉 #post: p3 #action: reply #tone: aggressive #judgement: bad #breaks: no-competitor, no-aggression #intents: thank #why: Glisser une pique sur le rappel du voisin dans le message de joie d'une cliente : elle n'avait rien demandé, et c'est cette phrase-là que les curieux retiendront.]
  ~ camille_done = true
  ~ mocked = true
  ~ heat += 2
  -> open
* {not camille_done} [Bravo ! Pour fêter ça : -15 % sur votre prochaine révision avec le code 1000KM 😉 #post: p3 #action: reply #tone: neutral #judgement: poor #intents: thank #why: Répondre à un moment sincère par un code promo, c'est transformer le message d'une cliente en support publicitaire.]
  ~ camille_done = true
  -> open
* {not camille_done} [Ignorer #post: p3 #action: ignore #judgement: poor #why: Pas de dégât, mais une cliente heureuse qui remercie publiquement la marque sans un mot en retour, c'est une occasion manquée.]
  ~ camille_done = true
  -> open
* -> product_facts

=== product_facts ===
# memo: product
# after: 8m
Pour la permanence, si on vous interroge sur nos batteries : nos packs sont conçus pour nos modèles, testés selon les normes en vigueur, avec une coupure automatique en cas de surchauffe, et aucun incident de surchauffe ne nous a été signalé. Une batterie tiède en charge, c'est normal ; chaude au toucher, une odeur ou un gonflement : on débranche et on nous contacte. On ne nomme jamais nos fournisseurs, et on ne se compare à personne.
-> questions

=== questions ===
# post: p4
# from: nathalie
# on: forum
# thread: Batterie Ampère rappelée : et les vôtres ?
# rank: Nouvelle membre
# after: 8m
# kind: question
# mood: worried
# facts: product=l'Ampère A-Ville
# subject: safety
# deadline: 90m
# hint: Deux questions en une : l'une porte sur vos vélos, l'autre sur celui d'un concurrent. Qui est le mieux placé pour répondre à chacune ?
Bonjour à tous. J'ai une Ampère A-Ville concernée par le rappel et, honnêtement, je n'ose plus la charger : elle est dans l'entrée, juste à côté de la chambre des enfants. Je pensais passer chez Voltaire. Vos batteries sont vraiment sûres ? Et avec la mienne, je fais quoi en attendant ?
# post: p5
# from: helene
# on: dm
# after: 5m
# kind: request
# mood: neutral
# facts: product=les batteries Ampère
# deadline: 60m
# hint: Une journaliste, une question sur un concurrent, une autre sur vos fournisseurs : trois raisons de ne pas répondre vous-même. La grille d'escalade dit qui le fait.
Bonjour, Hélène Marchetti, du Guidon. Je prépare un article sur le rappel des batteries Ampère. Quel regard portez-vous sur cet incident ? Et vos batteries viennent-elles du même fabricant de cellules ? Je boucle demain à 10 h. Merci d'avance !
- (open)
* {not nathalie_done} [Bonjour Nathalie, on comprend votre inquiétude. Pour votre vélo actuel, le plus sûr est de suivre à la lettre les consignes publiées par son fabricant : ce sont eux qui connaissent le problème. Pour les nôtres : nos batteries sont conçues pour nos modèles, testées selon les normes en vigueur, avec une coupure automatique en cas de surchauffe, et aucun incident de ce type ne nous a été signalé. Si vous voulez en parler, on est là, sans pression. #post: p4 #action: reply #tone: empathetic #judgement: best #intents: explain #why: Chaque question va à la bonne source : son vélo à son fabricant, sans diagnostic ni commentaire ; les vôtres à vous, avec les faits validés par l'équipe produit. Nathalie est rassurée, et personne n'a profité de sa peur.]
  ~ nathalie_done = true
  ~ nathalie_ok = true
  ~ trust += 2
  -> open
* {not nathalie_done} [Rassurez-vous, chez nous ce genre de problème n'arrive pas : contrairement à certains, on ne lésine pas sur la qualité des cellules 😉 Et -15 % pour vous si vous rapportez votre Ampère ! #post: p4 #action: reply #tone: neutral #judgement: bad #breaks: no-competitor, no-promise #intents: promise #why: Se comparer au concurrent, promettre que « ça n'arrive pas » et proposer une remise non validée à une mère inquiète : c'est récupérer sa peur pour vendre, et tout le forum le voit.]
  ~ nathalie_done = true
  ~ mocked = true
  ~ salesy = true
  ~ heat += 2
  -> open
* {not nathalie_done} [À votre place, je ne la rechargerais plus du tout et je la sortirais de la maison : ces batteries-là sont dangereuses. #post: p4 #action: reply #tone: neutral #judgement: bad #breaks: no-competitor #intents: explain #why: Diagnostiquer le vélo d'un concurrent sans rien en savoir : au mieux on affole une cliente, au pire on contredit les consignes officielles du rappel, et c'est Voltaire qu'on citera.]
  ~ nathalie_done = true
  ~ named = true
  ~ heat += 1
  -> open
* {not nathalie_done} [Nous ne pouvons pas nous prononcer sur les produits d'autres marques. #post: p4 #action: reply #tone: neutral #judgement: poor #intents: refuse #why: Exact pour son vélo, mais elle vous demandait aussi si vos batteries sont sûres : c'est votre produit, vous pouvez et devez y répondre.]
  ~ nathalie_done = true
  -> open
* {not nathalie_done} [Ignorer #post: p4 #action: ignore #judgement: poor #why: Une question de sécurité sans réponse sur votre propre forum : d'autres membres y répondent à votre place, avec leurs propres théories sur les batteries.]
  ~ nathalie_done = true
  ~ trust -= 1
  -> open
* {not helene_done} [Transmettre au service presse les deux questions et l'heure de bouclage, et répondre à Hélène que le service presse la recontacte dans la journée. #post: p5 #action: escalate #to: press #judgement: best #intents: escalate #why: Le bon circuit : la journaliste a un interlocuteur habilité bien avant son bouclage, et ni le concurrent ni vos fournisseurs ne font l'objet d'une réponse improvisée.]
  ~ helene_done = true
  ~ press = 1
  -> open
* {not helene_done} [Bonjour Hélène, entre nous, ça ne nous étonne pas vraiment : on entendait parler de soucis chez eux depuis un moment. #post: p5 #action: dm #tone: neutral #judgement: bad #breaks: no-competitor #intents: explain #why: Un « entre nous » à une journaliste devient une citation : « chez Voltaire, on n'est pas surpris », en plein article sur le rappel d'un concurrent.]
  ~ helene_done = true
  ~ press = 2
  -> open
* {not helene_done} [Bonjour Hélène ! Non, aucun rapport : nos cellules viennent d'un autre fabricant, Kelvion Energy, en Corée. #post: p5 #action: dm #tone: neutral #judgement: bad #breaks: no-confidential #intents: explain #why: Pour rassurer, on livre le nom d'un fournisseur : une information confidentielle, qui finira dans l'article et chez tous les concurrents.]
  ~ helene_done = true
  ~ press = 5
  ~ leaked = true
  -> open
* {not helene_done} [Bonjour, pas de commentaire. Cordialement. #post: p5 #action: dm #tone: defensive #judgement: poor #intents: refuse #why: À côté d'un rappel chez un concurrent, « Voltaire n'a pas souhaité commenter » laisse planer un doute sur vos propres batteries.]
  ~ helene_done = true
  ~ press = 3
  -> open
* {not helene_done} [Ignorer #post: p5 #action: ignore #judgement: bad #why: Une journaliste sans réponse écrit quand même, et votre silence se lit à côté du mot « rappel ».]
  ~ helene_done = true
  ~ press = 4
  -> open
* -> press_back

=== press_back ===
{ press:
- 1:
  # memo: press
  # after: 10m
  Merci pour le transfert. Réponse envoyée à Hélène : « Nous ne commentons pas la situation d'autres fabricants. Nos batteries sont conçues pour nos modèles et testées selon les normes en vigueur ; aucun incident de surchauffe ne nous a été signalé. » Tu peux reprendre ces mots en public.
- 2:
  # memo: press
  # after: 10m
  Hélène nous a rappelés pour vérifier une citation : « ça ne nous étonne pas, on entendait parler de soucis chez eux ». C'est de toi ? On a demandé qu'elle la retire, elle n'a rien promis. Les journalistes passent par nous, toujours.
- 5:
  # memo: press
  # after: 10m
  Le nom de notre fabricant de cellules est dans le brouillon d'Hélène. Le juridique est dessus et les achats sont furieux. Aucune information fournisseur, jamais, à personne.
- 3:
  # memo: press
  # after: 10m
  Hélène écrit que Voltaire « n'a pas souhaité commenter ». À côté d'un rappel, ça laisse croire qu'on a quelque chose à cacher sur nos propres batteries. Transfère-nous directement la prochaine fois.
- else:
  # memo: press
  # after: 10m
  Hélène a fini par appeler le standard. On lui a répondu, mais elle note que la marque n'avait pas réagi à sa demande. Un journaliste en message privé, c'est un transfert immédiat chez nous.
}
# memo: manager
# after: 3m
Maxime insiste : le mème de Rayon Vert dépasse les 20 000 likes, il dit qu'on rate le coche. Je lui ai répondu que c'était ton appel.
-> own_bikes

=== own_bikes ===
# post: p6
# from: karim
# on: microblog
# after: 8m
# kind: question
# mood: worried
# facts: product=la batterie du Zadig
# subject: safety
# deadline: 30m
# hint: Un client s'inquiète pour son propre vélo. L'équipe produit vous a donné les faits ; reste à les dire clairement, et à savoir ce qui se dit en public et ce qui passe en privé.
@VoltaireCycles avec cette histoire d'Ampère je flippe un peu. Ma batterie de Zadig est tiède quand je la recharge le soir, c'est normal ? Et vous avez le même fournisseur qu'eux ? Je la charge dans mon salon…
# post: p7
# from: gerard
# on: forum
# thread: Rappel Ampère : ce n'est pas chez Voltaire qu'on verrait ça
# rank: Pilier du forum
# after: 6m
# kind: praise
# mood: enthusiastic
# facts: product=le Voltaire
# deadline: 120m
# hint: Un fidèle vous défend en se moquant d'un concurrent, sur votre propre forum. Comment le remercier sans reprendre sa pique à votre compte ?
Ce n'est pas chez Voltaire qu'on verrait ça ! Trois Voltaire à la maison, pas une batterie qui ait chauffé en cinq ans. Les clients d'Ampère n'ont qu'à venir s'acheter un vrai vélo 😄
- (open)
* {not karim_done} [Bonjour Karim, vous avez bien fait de demander. Une batterie tiède pendant la charge, c'est normal. Si elle devient chaude au toucher, dégage une odeur ou gonfle, débranchez-la et écrivez-nous tout de suite. Nos packs sont conçus pour nos vélos et testés selon les normes en vigueur ; nous ne communiquons pas le nom de nos fournisseurs. Écrivez-nous en message privé si vous voulez qu'un technicien regarde votre batterie avec vous. #post: p6 #action: reply #tone: empathetic #judgement: best #intents: explain, move-to-dm #why: Les faits validés par l'équipe produit, les signes qui doivent alerter, et une porte ouverte en privé : Karim est rassuré, et tous les clients qui se posaient la même question ont la réponse.]
  ~ karim_done = true
  ~ karim_ok = true
  ~ trust += 2
  ~ heat -= 1
  -> open
* {not karim_done} [Transmettre le message de Karim à l'équipe produit pour qu'un technicien le rappelle. #post: p6 #action: escalate #to: product #judgement: good #intents: escalate #why: Le bon service est saisi, mais Karim et tous ceux qui se posent la même question n'ont aucune réponse publique, un jour où l'inquiétude circule.]
  ~ karim_done = true
  ~ karim_ok = true
  -> open
* {not karim_done} [Aucun risque Karim, nos batteries ne chauffent jamais, contrairement à d'autres 😉 #post: p6 #action: reply #tone: neutral #judgement: bad #breaks: no-competitor #intents: correct #why: Il vient de dire que la sienne est tiède : « jamais » est faux, et le clin d'œil au concurrent transforme une question de sécurité en pique.]
  ~ karim_done = true
  ~ mocked = true
  ~ heat += 2
  -> open
* {not karim_done} [Nous ne communiquons pas sur nos fournisseurs. #post: p6 #action: reply #tone: neutral #judgement: poor #intents: refuse #why: Vous répondez à la seule question à laquelle vous ne pouvez pas répondre, et vous laissez de côté celle qui compte : sa sécurité, ce soir, dans son salon.]
  ~ karim_done = true
  ~ trust -= 1
  ~ heat += 1
  -> open
* {not karim_done} [Ignorer #post: p6 #action: ignore #judgement: bad #why: Un client qui pose une question de sécurité sur votre produit, un jour de rappel chez le voisin, et qui n'a pas de réponse : le silence ressemble à un aveu.]
  ~ karim_done = true
  ~ trust -= 2
  ~ heat += 2
  -> open
* {not gerard_done} [Merci Gérard, votre fidélité nous touche 🙂 Mais ici, on ne parle pas des autres marques : quand il est question de sécurité, personne n'a envie d'en rire. Et si un cycliste inquiet passe par le forum, on compte sur vous pour l'accueillir aussi bien que vous nous défendez ! #post: p7 #action: reply #tone: empathetic #judgement: best #intents: thank, correct #why: On remercie le fidèle, on prend ses distances avec la pique sans le mettre en faute, et on transforme son énergie en accueil : le forum voit une marque reconnaissante et élégante.]
  ~ gerard_done = true
  ~ trust += 1
  -> open
* {not gerard_done} [Liker le message de Gérard. #post: p7 #action: like #judgement: bad #breaks: no-competitor #why: Un like de la marque sous « les clients d'Ampère n'ont qu'à s'acheter un vrai vélo », c'est faire sienne la moquerie.]
  ~ gerard_done = true
  ~ mocked = true
  ~ heat += 1
  -> open
* {not gerard_done} [😄 On ne dira rien… mais on n'en pense pas moins ! #post: p7 #action: reply #tone: neutral #judgement: bad #breaks: no-competitor, no-aggression #intents: thank #why: Le clin d'œil dit tout ce que la charte interdit de dire : la marque se réjouit des ennuis d'un concurrent, avec un sourire en prime.]
  ~ gerard_done = true
  ~ mocked = true
  ~ heat += 2
  -> open
* {not gerard_done} [Masquer le message de Gérard : il se moque d'un concurrent. #post: p7 #action: hide #judgement: poor #why: Gérard n'insulte personne : masquer le message d'un client fidèle pour une pique, c'est disproportionné et vexant, alors qu'un mot de la marque suffisait à marquer la distance.]
  ~ gerard_done = true
  ~ trust -= 1
  -> open
* {not gerard_done} [Ignorer #post: p7 #action: ignore #judgement: poor #why: Sur votre propre forum, le silence sous une moquerie visant un concurrent passe pour un accord tacite.]
  ~ gerard_done = true
  -> open
* -> afternoon

=== afternoon ===
{
- mocked:
  -> boomerang
- nathalie_ok:
  -> nathalie_back
- else:
  -> meme_ranking
}

=== boomerang ===
# post: p8
# from: velomemes
# on: microblog
# after: 15m
# kind: rumour
# mood: hostile
# facts: product=les chargeurs Voltaire
# deadline: 30m
# hint: La moquerie revient en boomerang. Qu'est-ce qui arrête l'histoire : une nouvelle pique, ou reconnaître la vôtre ?
Voltaire qui se moque du rappel d'Ampère… Les mêmes dont un lot de chargeurs a lâché il y a deux mois ? 🙃 Capture 👇 Classement du jour : Voltaire, dernier pour la classe.
* [Vous avez raison : ce qu'on a publié ce matin était déplacé, et on l'a retiré. On ne commente pas les difficultés des autres marques, et on n'aurait pas dû le faire. Désolés. #post: p8 #action: reply #tone: empathetic #judgement: best #intents: apologise, correct #why: Reconnaître la faute en trois phrases, sans se justifier ni relancer le concurrent : la capture perd sa force quand la marque dit elle-même qu'elle s'est trompée.]
  ~ trust += 1
  ~ heat -= 2
  -> ending
* [Prévenir la direction : une moquerie du compte officiel sur le rappel d'un concurrent circule et nous revient avec l'affaire des chargeurs. #post: p8 #action: escalate #to: management #judgement: good #intents: escalate #why: Bon réflexe face à un retour de flamme, mais pendant que la direction se réunit, la capture tourne sans un mot de la marque.]
  ~ heat -= 1
  -> ending
* [Au moins, nous, on a réglé notre problème de chargeurs en 48 h 😉 #post: p8 #action: reply #tone: aggressive #judgement: bad #breaks: no-competitor, no-aggression #intents: correct #why: Répondre à une moquerie par une comparaison, c'est confirmer la première et en signer une deuxième : le concours de piques devient le sujet.]
  ~ heat += 3
  -> ending
* [C'était de l'humour, il ne faut pas tout prendre au sérieux 🙂 #post: p8 #action: reply #tone: defensive #judgement: poor #intents: refuse #why: Minimiser une blague sur un risque d'incendie, c'est dire aux clients d'Ampère que leur inquiétude vous amuse : la défense aggrave la faute.]
  ~ heat += 2
  -> ending
* [Ignorer #post: p8 #action: ignore #judgement: poor #why: Le silence laisse la capture et le rappel de vos chargeurs défectueux former la seule version de l'histoire.]
  ~ heat += 2
  -> ending

=== nathalie_back ===
# post: p8
# from: nathalie
# on: forum
# thread: Re : Batterie Ampère rappelée : et les vôtres ?
# rank: Nouvelle membre
# in: p4
# after: 15m
# kind: praise
# mood: happy
# facts: product=le Zadig; place=au showroom de Lyon
# deadline: 90m
# hint: Une cliente potentielle revient, rassurée. Accueillez-la sans triomphalisme ni pique : c'est elle qui décide.
Merci pour votre réponse de ce matin, elle m'a calmée. J'ai suivi les consignes du rappel, ma batterie repart chez le fabricant. Et je passe samedi au showroom de Lyon essayer un Zadig, par curiosité 🙂
* [Avec plaisir Nathalie, et tant mieux si c'est en route de ce côté-là 🙂 À samedi : l'équipe du showroom vous fera essayer le Zadig, sans engagement. #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank #why: Un accueil chaleureux et sobre : pas de victoire sur le concurrent, pas de pression commerciale, juste une porte ouverte. C'est ce qui donne envie de revenir.]
  ~ trust += 1
  -> ending
* [Liker le message de Nathalie. #post: p8 #action: like #judgement: good #why: Le like montre qu'on l'a lue ; un mot d'accueil aurait mieux préparé sa visite de samedi.]
  -> ending
* [Bienvenue dans la famille des vélos qui ne prennent pas feu 😉 #post: p8 #action: reply #tone: aggressive #judgement: bad #breaks: no-competitor, no-aggression #intents: thank #why: Elle vient de vous faire confiance, et vous lui répondez en vous moquant du vélo qu'elle possède encore : la blague la vise autant que le concurrent.]
  ~ mocked = true
  ~ heat += 2
  -> ending
* [Super ! Code BYEBYEAMPERE pour -10 % sur votre premier Voltaire 😉 #post: p8 #action: reply #tone: neutral #judgement: bad #breaks: no-competitor, no-promise #intents: promise #why: Un code promo qui nomme le concurrent et une remise que personne n'a validée : la démarche de Nathalie devient une opération de récupération, visible de tout le forum.]
  ~ salesy = true
  ~ named = true
  -> ending
* [Ignorer #post: p8 #action: ignore #judgement: poor #why: Une future cliente qui revient dire merci et n'a pas de réponse : l'accueil commence mal avant même le showroom.]
  -> ending

=== meme_ranking ===
# post: p8
# from: velomemes
# on: microblog
# after: 15m
# kind: info
# mood: neutral
# facts: product=les batteries Ampère
# deadline: 45m
# hint: On vous classe dans un concours auquel vous avez choisi de ne pas participer. Faut-il vraiment le rejoindre maintenant ?
Classement des réactions au rappel d'Ampère : Rayon Vert 🥇 pour son mème (25k likes), Voltaire… rien. Pas un mot. Classe ou à la ramasse ? Votez 👇
* [On assume notre dernière place à ce classement-là 🙂 On préfère parler de nos vélos, et pour toute question sur nos batteries, on est là. #post: p8 #action: reply #tone: neutral #judgement: best #intents: explain #why: Une touche d'autodérision qui assume le choix sans viser personne : la marque sort du concours par le haut, et les votants voient que ce n'était pas un oubli.]
  ~ trust += 1
  -> ending
* [Publier enfin le post de Maxime : mieux vaut tard que jamais 🔥 #post: p8 #action: reply #tone: aggressive #judgement: bad #breaks: no-competitor, no-aggression #why: Céder au classement en fin de journée, c'est perdre sur les deux tableaux : la moquerie arrive après tout le monde, et la retenue de la matinée ne compte plus.]
  ~ mocked = true
  ~ heat += 3
  -> ending
* [Nous avons choisi de ne pas commenter le rappel d'Ampère Bikes par respect pour leurs clients. #post: p8 #action: reply #tone: neutral #judgement: poor #breaks: no-competitor #intents: explain #why: Dire qu'on ne commente pas en nommant le concurrent et son rappel, c'est commenter quand même, avec une pointe de supériorité morale en prime.]
  ~ named = true
  -> ending
* [Liker le post de Vélo Mèmes. #post: p8 #action: like #judgement: poor #why: Un like sous un classement de mèmes sur le rappel d'un concurrent : la marque valide le concours qu'elle avait eu raison d'ignorer.]
  ~ heat += 1
  -> ending
* [Ignorer #post: p8 #action: ignore #judgement: good #why: Ne pas entrer dans le classement est cohérent avec la matinée ; une phrase d'autodérision aurait simplement montré que c'est un choix assumé.]
  -> ending

=== ending ===
{
- mocked:
  -> end_mockery
- leaked || press == 2:
  -> end_press
- not karim_ok:
  -> end_doubt
- press == 1 && heat <= 1 && not salesy:
  -> end_class
- else:
  -> end_bruised
}

=== end_class ===
# end: class-act
# after: 20m
En fin de journée, pendant que les mèmes sur le rappel d'Ampère tournent en boucle, Voltaire Cycles n'en a publié aucun, et c'est ce qu'on remarque. Les clients inquiets ont eu des réponses claires sur leurs propres batteries, la journaliste a obtenu une déclaration sobre du service presse{nathalie_ok:, et une propriétaire d'Ampère passe samedi au showroom, sans qu'on lui ait rien vendu}. Vous avez résisté à la blague facile et parlé de ce qui vous regarde : vos vélos.{named: Petite fausse note : le nom du concurrent est apparu une fois dans vos réponses, même sans moquerie.}
-> END

=== end_bruised ===
# end: missed-chances
# after: 20m
La journée se termine sans dérapage, mais sans éclat. Vous n'avez moqué personne, pourtant {press != 1:la journaliste a écrit sans réponse du service presse, }{salesy:une remise lancée aux clients du concurrent a laissé un goût de récupération, }{named:le nom du concurrent s'est glissé dans vos réponses, }{heat >= 2:des réponses sèches ou manquées ont laissé l'inquiétude circuler, }et l'image de « la marque qui a eu la classe » revient à d'autres. La retenue était juste ; il manquait la chaleur et la précision pour qu'elle se voie.
-> END

=== end_doubt ===
# end: safety-doubts
# after: 20m
La moquerie a été évitée, mais une question est restée sans réponse : celle d'un de vos propres clients sur sa batterie. Le soir, un fil circule : « Et les batteries Voltaire, elles sont sûres ? La marque ne répond pas. » Le rappel du voisin est devenu votre problème, faute d'avoir dit à temps ce que l'équipe produit vous avait donné. Un jour pareil, répondre factuellement sur vos propres produits n'est pas une option.
-> END

=== end_mockery ===
# end: mockery-backfires
# after: 20m
La pique a fait rire une heure. Puis la capture a rejoint celle de votre lot de chargeurs défectueux d'il y a deux mois, et le fil du soir titre : « Voltaire se moque des batteries des autres, mais a oublié les siennes ». Des propriétaires d'Ampère, inquiets pour leurs enfants, racontent avoir été blessés par le ton, la presse reprend l'échange{press == 1:, malgré la déclaration sobre du service presse}. Se moquer des ennuis d'un concurrent, c'est offrir à tout le monde le droit de se moquer des vôtres.
-> END

=== end_press ===
# end: press-slip
# after: 20m
Sur les réseaux, la journée s'est bien passée. C'est l'article du Guidon qui fait mal : {press == 5:le nom de votre fabricant de cellules y figure, « confirmé par Voltaire », et vos concurrents l'ont noté|une phrase « off » de Voltaire sur les soucis d'Ampère y figure entre guillemets, et le concurrent a appelé votre direction}. Le juridique gère, le service presse rattrape. Avec une journaliste, il n'y a pas d'« entre nous » : tout passe par le service presse.
-> END
