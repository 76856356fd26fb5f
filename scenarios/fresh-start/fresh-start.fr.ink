// Frontline — fresh-start (français)
// Lancer de zéro les comptes d'une nouvelle gamme : objectifs, réseaux, premier post, premiers abonnés, et la tentation des faux abonnés.
// Même structure que fresh-start.en.ink : mêmes nœuds, mêmes choix, mêmes tags (seuls `why` et `hint` changent).
// Soazig, responsable de la gamme, tutoie la stagiaire ; la stagiaire la vouvoie. En public, la marque vouvoie toujours.

VAR trust = 0          // confiance et intérêt des premiers abonnés
VAR heat = 0           // réactions négatives autour du lancement
VAR objective = 0      // p1 : 1 objectifs mesurables, 2 image, 3 ventes seulement, 4 abonnés à tout prix
VAR networks = 0       // p2 : 1 pertinents, 2 un seul réseau bien tenu, 3 partout, 4 le plus gros
VAR first = 0          // p3 : 1 authentique, 2 institutionnel, 3 pique au concurrent, 4 jeu-concours, 5 publié sans vous
VAR pauline = 0        // p4 : 1 réponse + commande de groupe, 2 livraison promise, 3 transmis, 4 sec, 5 ignorée
VAR herve = 0          // p5 : 1 réponse, 2 moquerie, 3 masqué, 4 MP, 5 ignoré
VAR engaged_spam = false // la marque a répondu au vendeur d'abonnés
VAR bought = false     // des abonnés ont été achetés
VAR ads = false        // publicité locale proposée à la direction
VAR owned = false      // l'achat a été reconnu publiquement
VAR idea_routed = false // la suggestion de Théo est partie au chef boulanger
VAR promised = false   // engagement public non validé
VAR p4_done = false
VAR p5_done = false

-> intro

=== intro ===
Lundi, 9 h. Depuis 7 h ce matin, la boutique en ligne des Tartines du Vent est ouverte : commande avant 11 h, retrait à midi dans trois boutiques de Nantes (Chantenay, île de Nantes, Commerce). Les comptes de la gamme ont été créés vendredi. Abonnés : 0.
# memo: manager
Bienvenue dans l'aventure ! C'est toi qui lances les comptes des Tartines. Soazig, qui porte la gamme, va te poser quelques questions avant qu'on publie quoi que ce soit : prends le temps d'y répondre, c'est là que tout se joue. Rappel charte : en public on vouvoie, on ne promet rien qui ne soit validé, et on ne cite jamais les concurrents.
-> objectives

=== objectives ===
# post: p1
# from: soazig
# on: dm
# after: 3m
# kind: request
# mood: neutral
# deadline: 60m
# hint: Avant de choisir un réseau ou d'écrire un post : que voulez-vous obtenir, et comment saurez-vous que ça marche ?
Coucou ! Avant qu'on publie quoi que ce soit, la direction veut savoir ce qu'on attend de ces comptes. Il me faut une phrase à leur envoyer avant 10 h. On vise quoi, d'après toi ?
* [Deux objectifs mesurables pour les trois premiers mois : constituer une liste de clients du midi autour des trois boutiques (inscriptions à une alerte « carte du jour »), et recueillir leurs suggestions de recettes. On suivra les inscriptions, les commandes en ligne et les suggestions reçues, pas le nombre d'abonnés. #post: p1 #action: dm #tone: neutral #judgement: best #intents: explain #why: Des objectifs précis, liés au métier (des commandes à midi) et mesurables : ils diront où publier, quoi écrire et quels chiffres regarder.]
  ~ objective = 1
  ~ trust += 1
  -> networks_choice
* [Faire connaître la gamme et améliorer l'image du Fournil auprès des jeunes actifs. #post: p1 #action: dm #tone: neutral #judgement: good #intents: explain #why: Soigner l'image est un objectif légitime, mais sans chiffre ni public précis, personne ne pourra dire dans trois mois si c'est réussi.]
  ~ objective = 2
  -> networks_choice
* [Vendre : chaque publication met en avant l'offre du jour avec un lien de commande, et on mesurera les commandes. #post: p1 #action: dm #tone: neutral #judgement: poor #intents: explain #why: Mesurable, mais un compte qui ne fait que vendre n'apprend rien de ses clients et lasse vite : ni adresses, ni suggestions, ni conversation.]
  ~ objective = 3
  -> networks_choice
* [10 000 abonnés d'ici la fin du mois : c'est le chiffre que la direction comprendra. #post: p1 #action: dm #tone: neutral #judgement: bad #intents: explain #why: Un objectif de volume pour une gamme vendue dans trois boutiques : il poussera à chercher des abonnés n'importe où, y compris là où personne ne commandera jamais une tartine.]
  ~ objective = 4
  ~ trust -= 1
  -> networks_choice
* [Ignorer #post: p1 #action: ignore #judgement: poor #why: Sans réponse, Soazig envoie à la direction la seule chose qui lui vient : « le plus d'abonnés possible ».]
  ~ objective = 4
  -> networks_choice

=== networks_choice ===
# post: p2
# from: soazig
# on: dm
# after: 10m
# kind: question
# mood: worried
# deadline: 60m
# hint: Un nombre d'abonnés ne dit pas qui ils sont. Où se trouvent les gens qui peuvent venir chercher une tartine à midi ?
Merci ! Deuxième question : on ouvre où ? Le service com' m'a sorti deux chiffres : le compte du grand magasin du centre-ville, 24 700 abonnés ; la campagne d'une marque de madeleines l'an dernier, 27 abonnés 😬 Ils disent qu'il faut aller sur la grosse appli vidéo, parce que c'est là qu'est tout le monde. T'en penses quoi ?
* [Là où sont nos clients du midi : un compte photo pour montrer les tartines du jour, le microblog pour les infos pratiques et les réponses rapides, et les groupes d'entreprises et de quartier autour des trois boutiques. Pas de vidéo tant qu'on n'a pas le temps de la faire bien. 24 700 abonnés à 300 km ne viendront pas chercher une tartine à Chantenay ; 300 voisins de bureau, si. #post: p2 #action: dm #tone: neutral #judgement: best #intents: explain #why: Les réseaux sont choisis pour le public visé et pour les moyens réels de l'équipe : la pertinence compte plus que le nombre d'utilisateurs.]
  ~ networks = 1
  ~ trust += 1
  -> first_post
* [Commençons par un seul réseau, le microblog, et tenons-le bien ; on en ajoutera quand on connaîtra mieux nos clients. #post: p2 #action: dm #tone: neutral #judgement: good #intents: explain #why: Sage pour une équipe d'une personne ; mais des photos de tartines auraient trouvé leur public plus vite sur un réseau d'images.]
  ~ networks = 2
  -> first_post
* [Partout : la vidéo, le microblog, le compte photo, le réseau pro et les forums. Plus on est visibles, mieux c'est. #post: p2 #action: dm #tone: neutral #judgement: poor #intents: explain #why: Cinq comptes pour une stagiaire et une gamme naissante : la plupart resteront vides, et un compte vide fait plus de tort que pas de compte.]
  ~ networks = 3
  -> first_post
* [La grosse appli vidéo, évidemment : c'est là qu'il y a le plus d'utilisateurs, et ce sont les chiffres qui impressionnent la direction. #post: p2 #action: dm #tone: neutral #judgement: bad #intents: explain #why: Le nombre d'utilisateurs d'un réseau ne dit rien de leur intérêt pour une tartine à retirer à Nantes : on parlera à beaucoup de monde, et presque à personne de concerné.]
  ~ networks = 4
  ~ trust -= 1
  -> first_post
* [Ignorer #post: p2 #action: ignore #judgement: bad #why: Sans avis de votre part, le service com' l'emporte : tout sur l'appli vidéo, parce que « c'est là qu'est tout le monde ».]
  ~ networks = 4
  -> first_post

=== first_post ===
# post: p3
# from: soazig
# on: dm
# after: 15m
# kind: request
# mood: enthusiastic
# deadline: 60m
# hint: Un premier message présente la marque à des gens qui ne la connaissent pas. Relisez vos objectifs et la charte : qu'est-ce qui donne envie de répondre ?
Dernière étape ! Voilà les quatre brouillons du premier post préparés avec le service com'. Je publie celui que tu choisis 🙏
* [Le n°2 : « Bonjour Nantes 👋 Depuis ce matin, nos boulangers tartinent le pain de la nuit : sarrasin, andouille et pomme, ou chèvre, miel et noix. Commande avant 11 h, retrait à midi dans nos trois boutiques. Et vous, quelle tartine aimeriez-vous voir à la carte ? 🥖 » #post: p3 #action: dm #tone: empathetic #judgement: best #intents: explain #why: Concret, local, avec une voix humaine, et une question qui ouvre la conversation et recueille des suggestions : exactement ce que doit faire un premier message.]
  ~ first = 1
  ~ trust += 2
  -> morning_figures
* [Le n°1 : « Le Fournil des Quatre Vents, acteur incontournable de la boulangerie dans l'Ouest, a le plaisir d'annoncer le lancement de sa gamme innovante de tartines premium. » #post: p3 #action: dm #tone: neutral #judgement: poor #intents: explain #why: Un communiqué de presse sur un réseau social : aucune tartine à voir, aucune raison de répondre, et des mots (« incontournable », « innovante ») que plus personne ne croit.]
  ~ first = 2
  -> morning_figures
* [Le n°3 : « Les meilleures tartines de Nantes, et de loin : rien à voir avec les sandwichs sous plastique de Pain Pressé 😏 » #post: p3 #action: dm #tone: neutral #judgement: bad #breaks: no-competitor #intents: explain #why: Se présenter en se moquant d'un concurrent : la charte l'interdit, et le premier souvenir qu'on laisse est une pique, pas une tartine.]
  ~ first = 3
  ~ trust -= 1
  ~ heat += 2
  -> morning_figures
* [Le n°4 : « JEU-CONCOURS 🎁 Gagnez un an de tartines : abonnez-vous, likez et identifiez trois amis ! » #post: p3 #action: dm #tone: neutral #judgement: bad #breaks: no-promise #intents: promise #why: Un lot que personne n'a validé, et une mécanique qui attire des chasseurs de concours de toute la France : beaucoup d'abonnés, aucun client du midi.]
  ~ first = 4
  ~ promised = true
  -> morning_figures
* [Ignorer #post: p3 #action: ignore #judgement: poor #why: Faute de choix, Soazig publie le premier brouillon de la pile : le communiqué institutionnel.]
  ~ first = 5
  -> morning_figures

=== morning_figures ===
# memo: manager
# after: 45m
Point de fin de matinée. Premier post en ligne{first == 4: : 212 participations au jeu, dont les trois quarts viennent de comptes qui ne suivent que des concours}. Abonnés : {first == 4: 196|14}, dont 9 collègues du Fournil. Commandes en ligne : 3. Inscrits à l'alerte « carte du jour » : {objective == 1: 5|aucun, personne n'a pensé à mettre un lien}.{networks == 4: La vidéo de lancement a fait 1 900 vues, à 80 % hors Loire-Atlantique ; aucune commande attribuée.}{networks == 3: Cinq comptes ouverts, dont trois sans aucune publication depuis ce matin.} Ça paraît peu : c'est normal un premier jour.
-> first_comments

=== first_comments ===
# post: p4
# from: pauline
# on: comments
# after: 30m
# kind: question
# mood: enthusiastic
# facts: product=les tartines; place=sur l'île de Nantes
# subject: delivery
# deadline: 60m
# hint: Votre première vraie cliente potentielle. Que savez-vous faire aujourd'hui, et qui peut organiser le reste ? Relisez la règle sur les engagements.
Trop bien 😍 Vous livrez sur l'île de Nantes ? On est 40 dans l'équipe, on commanderait tous les vendredis !
# post: p5
# from: herve
# on: comments
# after: 5m
# kind: complaint
# mood: angry
# facts: product=la tartine; place=à Saint-Sébastien; price=7,50 €
# subject: price
# deadline: 60m
# hint: Un client de trente ans, grincheux mais sincère. Une critique sur le prix n'est pas une insulte : que pouvez-vous expliquer, et que pouvez-vous transmettre ?
Encore un truc pour les bobos. 7,50 € la tartine, c'est le prix de cinq baguettes. Vous feriez mieux de rouvrir le dimanche à Saint-Sébastien, ça fait trente ans que j'y achète mon pain.
- (open)
* {not p4_done} [Merci Pauline 😊 Pour l'instant, pas de livraison : les tartines se retirent à midi dans nos trois boutiques, dont celle de l'île de Nantes, à deux pas de chez vous. Pour une commande de groupe le vendredi, écrivez-nous en message privé : notre service client regarde avec vous comment la préparer. #post: p4 #action: reply #tone: empathetic #judgement: best #intents: thank, explain, move-to-dm #why: Une réponse honnête sur ce qui existe, une solution concrète, et une commande de 40 personnes confiée au bon service : la première cliente devient peut-être la première habituée.]
  ~ p4_done = true
  ~ pauline = 1
  ~ trust += 2
  -> open
* {not p4_done} [La livraison arrive très bientôt, promis ! On vous tient au courant 😉 #post: p4 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Personne n'a décidé de livrer : Pauline attendra une livraison qui ne viendra pas, et une commande de 40 personnes qui aurait pu se faire en retrait est perdue.]
  ~ p4_done = true
  ~ pauline = 2
  ~ promised = true
  -> open
* {not p4_done} [Transmettre la demande de commande de groupe au service client. #post: p4 #action: escalate #to: after-sales #judgement: good #intents: escalate #why: Le bon service est prévenu, mais Pauline, sous le tout premier post, ne voit aucune réponse : sur un compte qui démarre, chaque question restée seule se remarque.]
  ~ p4_done = true
  ~ pauline = 3
  -> open
* {not p4_done} [Non, nous ne livrons pas. #post: p4 #action: reply #tone: neutral #judgement: poor #intents: refuse #why: C'est vrai, mais c'est tout : la solution du retrait à deux pas de son bureau n'est même pas mentionnée, et l'élan de Pauline retombe.]
  ~ p4_done = true
  ~ pauline = 4
  ~ trust -= 1
  -> open
* {not p4_done} [Ignorer #post: p4 #action: ignore #judgement: poor #why: Quarante clients potentiels frappent à la porte le premier jour, et personne n'ouvre.]
  ~ p4_done = true
  ~ pauline = 5
  ~ trust -= 1
  -> open
* {not p5_done} [Bonjour Hervé, et merci pour ces trente ans de fidélité. Une tartine, c'est un déjeuner complet, préparé le matin même avec le pain de la nuit ; la baguette, elle, ne change pas. Quant au dimanche à Saint-Sébastien, votre remarque part au service client, qui la transmettra à la boutique : nous ne pouvons rien promettre, mais elle sera entendue. #post: p5 #action: reply #tone: empathetic #judgement: best #intents: thank, explain, escalate #why: On explique le prix sans se justifier, on rassure sur la baguette, et la vraie demande d'Hervé (le dimanche) part au bon service sans promesse : un râleur fidèle se sent écouté.]
  ~ p5_done = true
  ~ herve = 1
  ~ trust += 1
  -> open
* {not p5_done} [Personne ne vous oblige à en acheter, Hervé 😉 #post: p5 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: refuse #why: Moquer un client de trente ans sous le premier post de la gamme : tous ceux qui découvrent la marque voient comment elle traite ses fidèles.]
  ~ p5_done = true
  ~ herve = 2
  ~ trust -= 2
  ~ heat += 2
  -> open
* {not p5_done} [Masquer le commentaire d'Hervé : il casse l'ambiance du lancement. #post: p5 #action: hide #judgement: bad #why: Une critique polie sur un prix n'est pas un abus : la masquer, c'est de la censure, et Hervé le racontera au comptoir dès demain matin.]
  ~ p5_done = true
  ~ herve = 3
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not p5_done} [Répondre à Hervé en privé et transmettre sa remarque sur le dimanche au service client. #post: p5 #action: dm #tone: empathetic #judgement: good #intents: explain, escalate #why: Hervé est écouté, mais sous le premier post, son « truc pour les bobos » reste sans réponse aux yeux de tous les nouveaux venus.]
  ~ p5_done = true
  ~ herve = 4
  -> open
* {not p5_done} [Ignorer #post: p5 #action: ignore #judgement: poor #why: La seule critique du jour reste sans réponse sous le premier post : c'est elle que liront les suivants.]
  ~ p5_done = true
  ~ herve = 5
  ~ trust -= 1
  -> open
* -> spam_offer

=== spam_offer ===
# post: p6
# from: boost
# on: dm
# after: 40m
# kind: spam
# mood: enthusiastic
# deadline: 60m
# hint: Qui écrit, et que vend-il au juste ? Tout message ne mérite pas une réponse.
👋 Bonjour @TartinesduVent ! Lancement difficile ? 5 000 abonnés réels et actifs en 48 h pour seulement 39 € 🚀 Paiement sécurisé, résultats garantis. Offre valable aujourd'hui uniquement !
* [Supprimer le message : c'est de la vente de faux abonnés. #post: p6 #action: delete #judgement: best #why: Un spam se supprime, sans discussion : votre boîte de réception reste celle de vos clients.]
  -> afternoon
* [Bonjour, c'est intéressant. Pouvez-vous nous en dire plus sur vos tarifs ? #post: p6 #action: dm #tone: neutral #judgement: bad #intents: ask-details #why: Répondre, c'est signaler au vendeur qu'un compte naïf est à l'écoute : les relances vont pleuvoir, et la tentation avec.]
  ~ engaged_spam = true
  -> afternoon
* [Non merci. #post: p6 #action: dm #tone: neutral #judgement: poor #intents: refuse #why: Poli, mais inutile : répondre confirme au vendeur que quelqu'un lit, et il reviendra avec une « offre spéciale ».]
  ~ engaged_spam = true
  -> afternoon
* [Ignorer #post: p6 #action: ignore #judgement: good #why: Laisser un spam sans réponse est un choix raisonnable ; le supprimer aurait simplement gardé la messagerie propre.]
  -> afternoon

=== afternoon ===
# memo: manager
# after: 30m
Milieu d'après-midi : {first == 4: 203|22} abonnés, 6 commandes. Le directeur est passé voir les chiffres. Il a regardé longtemps le compte du grand magasin.
-> pressure

=== pressure ===
# post: p7
# from: soazig
# on: dm
# after: 20m
# kind: request
# mood: worried
# deadline: 60m
# hint: Quel est le lien entre 5 000 abonnés achetés et vos objectifs ? Et quels chiffres pouvez-vous défendre à la place ?
Bon… le directeur trouve qu'on a l'air d'un compte fantôme à côté du grand magasin. {engaged_spam: Le vendeur de ce matin m'a relancée : |J'ai vu passer une offre : }5 000 abonnés pour 39 €. Personne ne verra la différence, non ? On le fait ?
* [Je vous le déconseille vraiment : ces 5 000 comptes ne commanderont jamais une tartine, ils écraseront nos statistiques (5 000 abonnés, trois likes par post) et ça se voit tout de suite. Proposons plutôt au directeur les chiffres qui comptent pour nos objectifs : les commandes, les inscriptions, les suggestions du premier jour. C'est lent, et c'est normal. #post: p7 #action: dm #tone: empathetic #judgement: best #intents: refuse, explain #why: Un refus argumenté, qui ramène la discussion aux objectifs et donne à Soazig de quoi répondre au directeur : la vraie difficulté (l'attente de chiffres) est traitée.]
  ~ trust += 1
  -> lenaig_next
* [D'accord, prenons les 5 000 : ça lancera la machine, et les vrais abonnés suivront. #post: p7 #action: dm #tone: neutral #judgement: bad #intents: promise #why: Les faux abonnés ne lancent rien : ils n'interagissent pas, font chuter la visibilité des publications et se repèrent en un coup d'œil.]
  ~ bought = true
  -> lenaig_next
* [Proposer à la direction un petit budget de publicité ciblée à deux kilomètres autour des trois boutiques, plutôt que des faux abonnés. #post: p7 #action: escalate #to: management #judgement: good #intents: refuse, escalate #why: Une alternative honnête et ciblée, à la bonne personne ; il manque d'expliquer à Soazig pourquoi le nombre d'abonnés n'est pas le bon indicateur.]
  ~ ads = true
  -> lenaig_next
* [Attendons la fin de la semaine pour décider. #post: p7 #action: dm #tone: neutral #judgement: poor #intents: refuse #why: Gagner du temps ne règle rien : sans argument, la question reviendra vendredi, avec un directeur encore moins patient.]
  -> lenaig_next
* [Ignorer #post: p7 #action: ignore #judgement: bad #why: Sans réponse, Soazig prend le pack à 39 € : le soir même, le compte affiche 5 000 abonnés de plus, venus de nulle part.]
  ~ bought = true
  -> lenaig_next

=== lenaig_next ===
{
- bought:
  -> lenaig_fake
- else:
  -> lenaig_tartine
}

=== lenaig_fake ===
# post: p8
# from: lenaig
# on: microblog
# after: 1h
# kind: rumour
# mood: neutral
# deadline: 45m
# hint: Elle a vu juste, et ses abonnés aussi. Qu'est-ce qui reste crédible quand on est pris en défaut : nier, ou reconnaître ?
Les @TartinesduVent : {first == 4: 203|22} abonnés ce midi, {first == 4: 5 203|5 022} ce soir, et deux likes par post 🤔 Pour une marque qui vend du « fait ici », les abonnés achetés à l'autre bout du monde, ça la fout un peu mal… \#Nantes
* [Vous avez raison, Lénaïg, et merci de le dire franchement : c'était une erreur. Ces comptes ne nous apportent rien et nous les retirons dès ce soir. Nos vrais abonnés sont une vingtaine de voisins, et ce sont eux qui comptent pour nous. #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank, apologise, correct #why: Reconnaître sans détour une erreur évidente est la seule réponse crédible : on perd la face un soir, pas la confiance pour des mois.]
  ~ owned = true
  ~ trust += 1
  -> theo_post
* [Nos abonnés sont tous authentiques. Merci de ne pas diffuser de fausses informations. #post: p8 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Nier ce que chacun peut vérifier en trois clics, et accuser celle qui l'a vu : la capture du compteur suffira à vous contredire.]
  ~ trust -= 2
  ~ heat += 3
  -> theo_post
* [Écrire à Lénaïg en privé pour lui demander de retirer son post. #post: p8 #action: dm #tone: neutral #judgement: poor #intents: ask-details #why: Demander en coulisses de faire disparaître une remarque exacte : si elle publie votre message, l'histoire double de volume.]
  ~ heat += 1
  -> theo_post
* [Ignorer #post: p8 #action: ignore #judgement: bad #why: Le silence vaut aveu, sans le bénéfice de la franchise : le post circule chez les Nantais qui aiment justement les adresses sincères.]
  ~ trust -= 1
  ~ heat += 2
  -> theo_post

=== lenaig_tartine ===
# post: p8
# from: lenaig
# on: microblog
# after: 1h
# kind: praise
# mood: enthusiastic
# facts: product=la tartine sarrasin-andouille; place=à Chantenay
# deadline: 45m
# hint: Une créatrice locale parle de vous sans qu'on lui demande rien. Comment entretenir une relation sincère, sans l'acheter ni crier victoire ?
La tartine sarrasin-andouille-pomme des @TartinesduVent, récupérée à midi à Chantenay 🤤 Petite maison, vraie boulangerie derrière{first == 1:, et on vous demande votre avis sur la carte}. Meilleure pause déj de la semaine. \#Nantes \#bonneadresse
* [Merci Lénaïg, ça fait chaud au cœur dès le premier jour 🥖 La recette vient de Yannick, notre chef boulanger, ça va lui faire plaisir. Et si vous avez une idée de tartine pour la carte, vous savez où nous trouver ! #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank #why: Un merci sincère qui met en avant le boulanger plutôt que la marque, et une porte ouverte : la relation reste libre et chaleureuse.]
  ~ trust += 1
  -> theo_post
* [Liker la publication de Lénaïg. #post: p8 #action: like #judgement: good #why: Le like montre que vous l'avez vue ; un mot aurait marqué davantage une créatrice suivie par 3 400 Nantais.]
  -> theo_post
* [MERCI LÉNAÏG !!! ABONNEZ-VOUS TOUS À NOTRE COMPTE !!! 🥖🥖🥖 #post: p8 #action: reply #tone: empathetic #judgement: bad #breaks: no-shouting #intents: thank #why: Transformer un avis spontané en appel à l'abonnement, en capitales : la sincérité qui faisait la valeur de son post disparaît.]
  ~ heat += 1
  -> theo_post
* [Lui proposer en privé des tartines offertes chaque semaine en échange de posts réguliers. #post: p8 #action: dm #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Un partenariat promis sans validation, qui achète des éloges : ses abonnés finiront par le sentir, et son avis ne vaudra plus rien.]
  ~ promised = true
  -> theo_post
* [Ignorer #post: p8 #action: ignore #judgement: poor #why: Le premier avis spontané d'une créatrice locale reste sans un mot : une relation qui aurait pu naître ne commence pas.]
  -> theo_post

=== theo_post ===
# post: p9
# from: theo
# on: comments
# after: 30m
# kind: request
# mood: happy
# facts: product=les tartines
# deadline: 60m
# hint: Une suggestion, c'est peut-être ce que vous cherchiez ce matin. Qui décide de la carte, et que pouvez-vous dire sans promettre ?
Premier abonné ici 🙋 (si si). Végétarien, je suis resté un peu sur ma faim : une tartine sans viande ni fromage, genre houmous et légumes rôtis, ce serait possible ?
* [Remercier Théo en public, premier abonné et première suggestion, et transmettre son idée à Yannick, le chef boulanger, qui compose la carte. #post: p9 #action: escalate #to: product #judgement: best #intents: thank, escalate #why: La suggestion arrive à celui qui décide, et le premier abonné voit qu'on l'a écouté : c'est précisément ce que les comptes devaient produire.]
  ~ idea_routed = true
  ~ trust += 1
  -> evening
* [Excellente idée : une tartine végétale à la carte dès lundi ! #post: p9 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: La carte se décide au fournil, pas dans les commentaires : si la tartine n'est pas là lundi, le premier abonné sera le premier déçu.]
  ~ promised = true
  -> evening
* [Liker le commentaire de Théo. #post: p9 #action: like #judgement: good #why: Théo voit qu'il a été lu, mais sa suggestion ne va nulle part : l'occasion de montrer qu'on écoute vraiment est manquée.]
  -> evening
* [La carte comporte déjà une tartine chèvre, miel et noix, qui est végétarienne. #post: p9 #action: reply #tone: neutral #judgement: poor #intents: correct #why: Théo demande justement une tartine sans fromage : lui répondre à côté, c'est lui montrer qu'on ne l'a pas lu.]
  -> evening
* [Ignorer #post: p9 #action: ignore #judgement: poor #why: Le premier abonné fait la première suggestion, et elle reste sans suite : l'objectif de la journée passe sous vos yeux.]
  ~ trust -= 1
  -> evening

=== evening ===
# memo: manager
# after: 30m
Bilan du premier jour : {bought: {first == 4: 5 214|5 031} abonnés, dont 5 000 achetés, et une moyenne de quatre likes par publication|{first == 4: 214|31} abonnés, dont 9 collègues}. 8 commandes en ligne.{objective == 1: 17 inscrits à l'alerte du midi et 6 suggestions de recettes.} Pour mémoire, une nouvelle gamme locale met en général trois à six mois à trouver son public.
-> ending

=== ending ===
{
- bought:
  -> end_vanity
- objective >= 4 || networks >= 3 || first == 3 || heat >= 4:
  -> end_scattered
- trust >= 5 && first == 1 && not promised:
  -> end_solid
- else:
  -> end_quiet
}

=== end_solid ===
# end: slow-and-solid
# after: 5m
Trois mois plus tard, les Tartines du Vent comptent 420 abonnés. C'est peu à côté du grand magasin, et c'est exactement ce qu'il fallait : presque tous travaillent à moins de dix minutes d'une des trois boutiques{objective == 1:, 640 personnes sont inscrites à l'alerte du midi}{pauline == 1:, l'équipe de Pauline commande tous les vendredis}{idea_routed:, la tartine houmous-légumes rôtis suggérée par Théo est entrée à la carte}{herve == 1 || herve == 4:, et Hervé a fini par en goûter une}. {objective == 3: Les premières semaines, trop commerciales, ont peu fait parler, mais la suite a corrigé le tir. }Vous avez fixé des objectifs, choisi des réseaux pertinents, parlé comme des boulangers et refusé les raccourcis. Les résultats sont venus lentement, et ce sont les bons.
-> END

=== end_quiet ===
# end: quiet-start
# after: 5m
Trois mois plus tard, les Tartines du Vent comptent 260 abonnés et une clientèle fidèle mais modeste. Le lancement n'a pas fait de faute grave{promised:, même si une promesse faite le premier jour revient régulièrement dans les commentaires}{first != 1:, mais le premier message n'a pas donné envie de répondre, et les suggestions ont mis longtemps à arriver}. Les bases sont là : reste à parler davantage aux premiers abonnés, à faire de chaque question une conversation, et à accepter que la confiance se gagne semaine après semaine.
-> END

=== end_scattered ===
# end: scattered
# after: 5m
Trois mois plus tard, la gamme a {networks == 4: 1 800 abonnés sur l'appli vidéo, dont la plupart vivent à des centaines de kilomètres de Nantes|un peu d'activité ici et là et plusieurs comptes à l'abandon}, et les commandes du midi plafonnent. {objective >= 4: Faute d'objectif utile, on a couru après les abonnés, et personne ne sait dire si c'est un succès ou un échec. |}{first == 3: La pique contre un concurrent dans le tout premier post a été longtemps citée. |}Le directeur s'interroge sur l'utilité des réseaux pour la gamme. La leçon est simple : on fixe le cap avant de lever l'ancre, et on va là où sont les clients, pas là où est la foule.
-> END

=== end_vanity ===
# end: vanity-trap
# after: 5m
Les 5 000 faux abonnés ont tout faussé. Les publications, que personne parmi eux ne regarde, ne sont plus montrées aux vrais Nantais ; le taux d'engagement s'est effondré, et le post de Lénaïg a fait le tour des comptes food de la ville{owned:. Votre réponse franche a limité les dégâts, et il a fallu des semaines pour supprimer les comptes un par un|, sans réponse crédible de votre part}. Trois mois plus tard, la gamme repart presque de zéro. Les abonnés achetés ne commandent pas de tartines : seuls les vrais clients comptent, même quand ils ne sont que trente.
-> END
