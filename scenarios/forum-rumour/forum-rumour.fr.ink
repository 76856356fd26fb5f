// Frontline — forum-rumour (français)
// Une rumeur sur le forum des parents : du pain surgelé, une carte de fidélité supprimée… et des horaires vraiment changés.
// Même structure que forum-rumour.en.ink : mêmes nœuds, mêmes choix, mêmes tags (seuls `why` et `hint` changent).

// La marque (manifest, brands) : valeurs par défaut = le Fournil des Quatre Vents ; une autre charte compatible les remplace
VAR brand = "Le Fournil des Quatre Vents"      // nom complet (rempli depuis brand.name de la charte)
VAR brand_short = "Fournil"                     // forme courte, masculin singulier : le / du / au {brand_short}
VAR brand_handle = "@FournilQuatreVents"        // compte officiel
VAR brand_age = "45"                            // l'âge de la marque, repris par la fausse offre d'anniversaire
VAR scam_site = "fournil-cadeaux.shop"          // le faux site du jeu-concours
VAR town = "Rezé"                               // la ville de la marque, où se passe le fil
VAR forum_name = "Parents de Rezé & Sud-Loire"  // le forum local des parents
VAR competitor = "La Huche Dorée"               // le concurrent cité dans une mauvaise réponse

VAR trust = 0            // confiance des parents du forum et des clients
VAR heat = 0             // tension du fil (agacement, partages)
VAR rumour = 0           // p1 : 1 corrigée en public, 2 MP seulement, 3 démenti accusateur, 4 surenchère fausse, 5 ignorée
VAR hours = 0            // p2 : 1 reconnu, 2 transmis sans réponse, 3 raisons internes divulguées, 4 renvoi au site, 5 ignoré
VAR allergy = 0          // p5 : 1 qualité saisie, 2 fausse réassurance, 3 renvoi sec, 4 MP, 5 ignorée
VAR corrected = false    // la bonne version est lisible dans le fil public
VAR blamed = false       // la marque a mis en cause publiquement un membre du forum
VAR promised = false     // engagement public non validé
VAR leaked = false       // information interne divulguée
VAR phishing_left = false // la fausse offre est restée en ligne
VAR p1_done = false
VAR p2_done = false
VAR p5_done = false
VAR p6_done = false
// Variantes (manifest, variants) : valeurs par défaut = le scénario tel qu'écrit
VAR allergy_wait = "12m" // quand arrive la question de Julien sur l'allergie
VAR sandrine_first = "Sandrine"    // la maman qui relaie la rumeur
VAR karim_first = "Karim"          // le papa qui signale les horaires
VAR julien_first = "Julien"        // le papa de l'enfant allergique
VAR street = "rue des Pommiers"    // la boutique aux horaires changés
VAR workshop = "Vertou"            // l'atelier des viennoiseries
VAR points = "180"                 // les points de fidélité de la maman

-> intro

=== intro ===
Mardi, 13 h 40. L'outil de veille clignote : un fil du forum « {forum_name} » parle du {brand_short}.
# memo: manager
Salut ! La veille remonte un fil sur le forum des parents de {town} : ça parle de pain surgelé et de carte de fidélité supprimée. Tu réponds avec le compte officiel du {brand_short}, il est identifié comme tel sur le forum. Rappel charte : on vouvoie, on corrige sans attaquer personne, on reconnaît ce qui est juste, et rien d'interne. J'ai demandé les faits à Yannick et au service client, tu les as dans deux minutes.
# memo: product
# after: 2m
Yannick, chef boulanger. Tout notre pain est pétri, façonné et cuit sur place chaque nuit, dans chaque boutique. Les viennoiseries : la pâte est préparée par nos pâtissiers à l'atelier de {workshop}, livrée crue et réfrigérée chaque matin, puis cuite en boutique. Rien de surgelé, ni pain ni viennoiserie. Place de l'Église, le fournil est vitré côté rue : les gens peuvent venir voir. Pas de nom de meunier en public, merci.
# memo: after-sales
# after: 2m
Sabine, service client. La carte de fidélité n'est pas supprimée : elle passe en version numérique le 1er avril, la carte papier reste valable jusqu'au 30 juin, les points sont conservés. Annonce officielle lundi en boutique : d'ici là, aucune date en public. Boutique de la {street} : horaires changés le 2 (du mardi au dimanche, 7 h–19 h 30, fermé le lundi) à cause d'absences dans l'équipe, deux arrêts maladie et un départ, ça reste entre nous. L'affichette n'a jamais été posée, c'est notre erreur : je la fais poser ce soir. Les suggestions d'horaires, tu me les envoies.
-> thread

=== thread ===
# post: p1
# from: sandrine
# on: forum
# thread: C'est fini le pain fait maison ??
# rank: Membre
# after: 3m
# kind: rumour
# mood: worried
# facts: product=le pain du {brand_short}
# deadline: 90m
# hint: Relisez les deux notes avant d'écrire : la charte vous demande d'être complet et précis, pas seulement rassurant. Et une rumeur se corrige là où elle circule.
Nouveau fil : « Le {brand_short}, c'est fini le pain fait maison ?? » Coucou les parents. Ma belle-sœur bosse dans la logistique et d'après elle le {brand_short} ne fait plus son pain sur place : tout arrive surgelé d'une usine et ils le repassent au four. Et en plus la carte de fidélité serait supprimée à la fin du mois 😤 Moi qui y vais tous les matins avec les petits… Quelqu'un sait ?
# post: p2
# from: karim
# on: forum
# thread: Re : C'est fini le pain fait maison ??
# rank: Membre
# in: p1
# after: 1m
# kind: complaint
# mood: angry
# facts: place={street}
# subject: policy
# deadline: 90m
# hint: Tout n'est pas faux dans ce fil. La charte vous demande de dire les faits, y compris quand le {brand_short} s'est trompé, mais pas ce qui relève de l'interne.
{~Pour le surgelé j'en sais rien, mais ce qui est sûr c'est que celle de la {street} a changé ses horaires sans prévenir. Fermée le lundi, et ouverture à 7 h au lieu de 6 h 30. Deux fois je me suis retrouvé devant le rideau baissé à 6 h 45 avec les deux petits dans la voiture. Pas une affiche, rien.|Le surgelé, aucune idée, mais une chose est sûre : celle de la {street} a changé ses horaires sans prévenir. Fermée le lundi, et elle ouvre à 7 h au lieu de 6 h 30. Deux fois je me suis retrouvé à 6 h 45 devant le rideau baissé, les deux petits dans la voiture. Pas une affiche, rien.}
- (open)
* {not p1_done} [{~Bonjour {sandrine_first}, bonjour à tous, ici l'équipe du {brand_short} 🙂 Merci de poser la question franchement. Notre pain n'est pas surgelé : il est pétri, façonné et cuit chaque nuit dans le fournil de chaque boutique (place de l'Église, le fournil est vitré côté rue, vous pouvez le voir tourner dès 4 h). Pour être tout à fait précis : la pâte de nos viennoiseries est préparée par nos pâtissiers à notre atelier de {workshop}, livrée crue chaque matin et cuite sur place. Quant à la carte de fidélité, elle n'est pas supprimée : vos points sont conservés, et les détails de son évolution seront annoncés en boutique prochainement.|Bonjour {sandrine_first}, bonjour à tous, c'est l'équipe du {brand_short} qui vous répond 🙂 Merci d'avoir posé la question ouvertement. Notre pain n'arrive pas surgelé : il est pétri, façonné et cuit chaque nuit dans le fournil de chaque boutique (place de l'Église, le fournil est vitré côté rue et on le voit tourner dès 4 h). Pour être tout à fait exacts : la pâte de nos viennoiseries est préparée par nos pâtissiers à notre atelier de {workshop}, livrée crue chaque matin et cuite en boutique. Et la carte de fidélité n'est pas supprimée : vos points restent acquis, et son évolution sera présentée en boutique prochainement.} #post: p1 #action: reply #tone: empathetic #judgement: best #intents: greet, thank, correct, explain #why: Chaque rumeur est reprise et corrigée par un fait vérifiable, nuance des viennoiseries comprise : les parents qui lisent le fil ont la bonne version, et la cliente n'est mise en cause à aucun moment.]
  ~ p1_done = true
  ~ rumour = 1
  ~ corrected = true
  ~ trust += 2
  ~ heat -= 1
  -> open
* {not p1_done} [Écrire à {sandrine_first} en message privé pour lui expliquer comment le pain est fait et la rassurer sur sa carte, sans répondre dans le fil. #post: p1 #action: dm #tone: empathetic #judgement: poor #intents: correct, explain #why: La cliente sera rassurée, mais les dizaines de parents qui lisent le fil ne voient que la rumeur, sans un mot du compte officiel.]
  ~ p1_done = true
  ~ rumour = 2
  -> open
* {not p1_done} [Bonjour, nous démentons formellement ces rumeurs sans aucun fondement. Avant de relayer ce que raconte votre belle-sœur, il serait bon de vérifier vos sources. #post: p1 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: correct, refuse #why: Le démenti est juste sur le fond, mais il accuse publiquement une cliente de bonne foi : tout le forum retient que le {brand_short} l'a remise à sa place.]
  ~ p1_done = true
  ~ rumour = 3
  ~ blamed = true
  ~ trust -= 2
  ~ heat += 2
  -> open
* {not p1_done} [Bonjour {sandrine_first} ! Chez nous, 100 % des produits sont faits maison sur place, du pain aux croissants, et la carte de fidélité ne changera jamais, promis 🥖❤️ #post: p1 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: correct, promise #why: Chaleureux mais faux deux fois : les viennoiseries sont préparées à l'atelier et la carte va évoluer. La première personne qui le sait vous prendra en défaut devant tout le forum.]
  ~ p1_done = true
  ~ rumour = 4
  ~ promised = true
  ~ trust += 1
  -> open
* {not p1_done} [Ignorer #post: p1 #action: ignore #judgement: bad #why: Le compte officiel du {brand_short} est présent sur ce forum et ne dit rien : pour ceux qui lisent, ce silence ressemble à un aveu.]
  ~ p1_done = true
  ~ rumour = 5
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not p2_done} [{~{karim_first}, vous avez raison, et pardon pour ces deux matins devant le rideau baissé. Depuis le 2, la boutique de la {street} ouvre du mardi au dimanche de 7 h à 19 h 30 et ferme le lundi. Nous aurions dû l'afficher et l'annoncer : l'affichette sera posée ce soir. Si ces horaires vous posent problème, écrivez-nous en message privé, le service client fera remonter votre remarque.|{karim_first}, vous avez raison, et nous sommes désolés pour ces deux matins devant le rideau baissé. Depuis le 2, la boutique de la {street} est ouverte du mardi au dimanche, de 7 h à 19 h 30, et fermée le lundi. Nous aurions dû l'annoncer et l'afficher : l'affichette sera en place ce soir. Si ces horaires vous posent problème, écrivez-nous en message privé : le service client fera remonter votre remarque.} #post: p2 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, move-to-dm #why: Reconnaître sans détour le seul reproche fondé du fil, horaires exacts à l'appui : c'est ce qui rend crédible tout le reste de vos corrections.]
  ~ p2_done = true
  ~ hours = 1
  ~ trust += 2
  -> open
* {not p2_done} [Transmettre la remarque de {karim_first} au service client pour que l'affichette soit posée, sans répondre dans le fil. #post: p2 #action: escalate #to: after-sales #judgement: good #intents: escalate #why: Le problème sera réglé en boutique, mais sur le forum la critique juste du client reste sans réponse alors que vous corrigez le reste : on dirait que vous triez.]
  ~ p2_done = true
  ~ hours = 2
  -> open
* {not p2_done} [Bonjour {karim_first}, les horaires ont changé parce que deux vendeuses de la {street} sont en arrêt maladie et qu'une autre est partie. Nouveaux horaires : 7 h–19 h 30, fermé le lundi. #post: p2 #action: reply #tone: neutral #judgement: bad #breaks: no-confidential #intents: explain #why: Les horaires sont justes, mais exposer les arrêts maladie d'une équipe que tout le quartier connaît, c'est divulguer une information interne et personnelle sur des salariées.]
  ~ p2_done = true
  ~ hours = 3
  ~ leaked = true
  ~ trust -= 1
  -> open
* {not p2_done} [Bonjour, les horaires de toutes nos boutiques sont indiqués et mis à jour sur notre site internet. #post: p2 #action: reply #tone: defensive #judgement: poor #intents: explain #why: Vrai, mais à côté : le client ne demande pas où trouver les horaires, il dit qu'on ne l'a pas prévenu. Le renvoyer au site, c'est lui donner tort alors qu'il a raison.]
  ~ p2_done = true
  ~ hours = 4
  ~ trust -= 1
  ~ heat += 1
  -> open
* {not p2_done} [Ignorer #post: p2 #action: ignore #judgement: poor #why: Le seul reproche fondé du fil reste sans réponse : les parents en concluent que le {brand_short} ne répond qu'aux critiques qui l'arrangent.]
  ~ p2_done = true
  ~ hours = 5
  ~ trust -= 1
  -> open
* -> odile_post

=== odile_post ===
# post: p3
# from: odile
# on: forum
# thread: Re : C'est fini le pain fait maison ??
# rank: Habituée
# in: p1
# after: 6m
# kind: praise
# mood: enthusiastic
# facts: place=place de l'Église
# deadline: 60m
# hint: Une fidèle vous défend : elle mérite un merci. Relisez la règle sur les accusations publiques : qui vise-t-elle, elle, dans son message ?
{rumour == 5: Visiblement personne du {brand_short} ne lit ce forum, alors je m'y colle. }Franchement, stop les ragots. Je vais au {brand_short} de la place de l'Église depuis quinze ans, et quand je promène le chien à 5 h je vois le boulanger pétrir derrière la vitre. {~Ceux qui croient au surgelé n'ont qu'à aller voir par eux-mêmes au lieu de colporter n'importe quoi 😉|Ceux qui parlent de surgelé n'ont qu'à passer voir au lieu de colporter n'importe quoi 😉}
* [{~Merci Odile, ça nous touche beaucoup, et une caresse au chien de notre part 🐕 Les questions de {sandrine_first} et de {karim_first} sont légitimes, et c'est justement pour ça que le fournil est vitré : tout le monde est le bienvenu pour venir voir, à 5 h comme à 8 h.|Merci Odile, votre message nous fait chaud au cœur, et une caresse au chien de toute l'équipe 🐕 Les questions de {sandrine_first} et de {karim_first} sont tout à fait légitimes, et c'est bien pour ça que le fournil est vitré : chacun peut venir voir, à 5 h comme à 8 h.} #post: p3 #action: reply #tone: empathetic #judgement: best #intents: thank #why: Un merci sincère à une fidèle, qui rappelle gentiment que les autres membres sont des clients de bonne foi : personne n'est monté contre personne.]
  ~ trust += 1
  -> sandrine_next
* [Liker le message d'Odile. #post: p3 #action: like #judgement: good #why: Odile voit que son soutien a été remarqué ; un mot personnel aurait davantage compté, et aurait évité que sa pique reste la conclusion du fil.]
  -> sandrine_next
* [Merci Odile ! Tout est dit : les ragots, ça suffit 😉 #post: p3 #action: reply #tone: empathetic #judgement: bad #breaks: no-blame #intents: thank #why: Reprendre « les ragots » à votre compte, c'est traiter la cliente inquiète de colporteuse depuis le compte officiel : la fan a gagné, la cliente est humiliée.]
  ~ blamed = true
  ~ trust -= 1
  ~ heat += 1
  -> sandrine_next
* [Merci pour votre fidélité. {brand} s'engage chaque jour pour une boulangerie artisanale de qualité, au service de ses clients. #post: p3 #action: reply #tone: neutral #judgement: poor #intents: thank #why: Une formule de plaquette en réponse à quinze ans de fidélité : Odile attendait un mot, elle reçoit un slogan.]
  -> sandrine_next
* [Ignorer #post: p3 #action: ignore #judgement: poor #why: Odile a pris votre défense en public et n'a aucun retour : c'est une alliée qu'on décourage sans s'en rendre compte.]
  -> sandrine_next

=== sandrine_next ===
{
- rumour == 1 || rumour == 2:
  -> card_question
- rumour == 4:
  -> caught
- else:
  -> hurt
}

=== card_question ===
# post: p4
# from: sandrine
# on: forum
# thread: Re : C'est fini le pain fait maison ??
# rank: Membre
# in: p1
# after: 10m
# kind: question
# mood: neutral
# facts: product=la carte de fidélité
# subject: policy
# deadline: 60m
# hint: Relisez la note du service client : qu'avez-vous le droit de dire aujourd'hui, et qu'est-ce qui n'est pas encore officiel ?
{rumour == 2: Le {brand_short} m'a répondu en privé, je recopie pour les autres : le pain est bien pétri et cuit sur place, seule la pâte des viennoiseries vient de leur atelier. }Merci pour la réponse, c'est clair 🙂 Je savais pas pour les viennoiseries, au moins c'est honnête. Du coup pour la carte : je garde bien mes {points} points ? Je suis à 20 points du gâteau gratuit 😅 Et ça change quand exactement ?
* [{~Oui {sandrine_first}, vos {points} points sont conservés, jusqu'au dernier 🙂 La carte évolue mais ne disparaît pas ; le calendrier sera annoncé en boutique très prochainement, et nous reviendrons le dire ici. Votre gâteau vous attend !|Oui {sandrine_first}, vos {points} points sont bien conservés, tous 🙂 La carte va évoluer, elle ne disparaît pas ; le calendrier sera annoncé très prochainement en boutique, et nous viendrons le partager ici. Votre gâteau vous attend !} #post: p4 #action: reply #tone: empathetic #judgement: best #intents: explain #why: Tout ce qui est validé, rien de ce qui ne l'est pas : la cliente est rassurée sur ce qui compte pour elle, et l'annonce officielle garde sa date.]
  ~ corrected = true
  ~ trust += 1
  -> allergy_and_spam
* [Oui ! Petite exclu pour le forum : la carte passe en version numérique le 1er avril, et la carte papier reste valable jusqu'au 30 juin 😉 #post: p4 #action: reply #tone: neutral #judgement: bad #breaks: no-confidential #intents: explain #why: Donner en avant-première des dates que la direction annonce lundi, c'est divulguer une information interne : si le calendrier bouge d'ici là, c'est votre message qu'on citera.]
  ~ corrected = true
  ~ leaked = true
  -> allergy_and_spam
* [Lui proposer en message privé de vérifier son solde exact avec son numéro de carte. #post: p4 #action: dm #tone: empathetic #judgement: good #intents: ask-details, move-to-dm #why: Utile pour elle, et le numéro de carte reste bien en privé ; mais la question intéressait tout le forum, qui n'a toujours pas la réponse.]
  -> allergy_and_spam
* [Oui, et pour vous faire oublier cette frayeur, votre gâteau est offert dès demain, on prévient la boutique 🎁 #post: p4 #action: reply #tone: empathetic #judgement: poor #breaks: no-promise #intents: promise #why: Un geste promis en public sans accord du service client : toutes les personnes du fil qui sont « à 20 points » vont demander le même.]
  ~ promised = true
  -> allergy_and_spam
* [Ignorer #post: p4 #action: ignore #judgement: poor #why: La cliente qui doutait revient avec une question simple et n'obtient rien : l'élan de la bonne réponse retombe.]
  ~ trust -= 1
  -> allergy_and_spam

=== hurt ===
# post: p4
# from: sandrine
# on: forum
# thread: Re : C'est fini le pain fait maison ??
# rank: Membre
# in: p1
# after: 10m
# kind: complaint
# mood: angry
# facts: product=la carte de fidélité
# subject: policy
# deadline: 60m
# hint: Une cliente froissée n'attend pas de justification. La règle sur les accusations publiques et la note du chef boulanger vous donnent de quoi répondre.
{rumour == 3: Je n'ai rien inventé, je pose une question, c'est tout. Merci au {brand_short} de me faire passer pour une menteuse devant tout le forum.|Toujours aucune réponse du {brand_short} à ma question, alors qu'ils ont un compte sur ce forum.} Franchement, ça ne donne pas envie d'y retourner. Et pour la carte, on n'en sait toujours rien.
* [{~{sandrine_first}, vous avez eu raison de poser la question, et {rumour == 3: notre premier message était maladroit, pardon|pardon d'avoir mis du temps à répondre}. Voici les faits : notre pain est pétri et cuit chaque nuit dans chaque boutique ; seule la pâte des viennoiseries est préparée à notre atelier de {workshop}, puis cuite sur place. Rien n'est surgelé. Et la carte de fidélité n'est pas supprimée : vos points sont conservés.|{sandrine_first}, votre question était légitime, et {rumour == 3: notre premier message était maladroit, pardon|pardon d'avoir tant tardé à répondre}. Voici les faits : chaque nuit, notre pain est pétri et cuit dans chaque boutique ; seule la pâte des viennoiseries vient de notre atelier de {workshop}, et elle est cuite sur place. Rien n'est surgelé. Quant à la carte de fidélité, elle n'est pas supprimée : vos points sont conservés.} #post: p4 #action: reply #tone: empathetic #judgement: best #intents: apologise, correct, explain #why: Une excuse simple sur la forme, puis tous les faits : la cliente redevient une interlocutrice, et le fil lit enfin la bonne version.]
  ~ corrected = true
  ~ trust += 2
  ~ heat -= 1
  -> allergy_and_spam
* [Lui écrire en privé pour s'excuser et lui donner les faits. #post: p4 #action: dm #tone: empathetic #judgement: poor #intents: apologise, explain #why: L'excuse privée apaise la cliente, mais le fil public garde la rumeur sans correction ni excuse visible.]
  -> allergy_and_spam
* [Ces informations sont fausses, et nous ne pouvons pas répondre à chaque rumeur lancée sur internet. #post: p4 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Camper sur sa position face à une cliente blessée, c'est transformer une question en conflit : le fil ne parle plus du pain, il parle de l'arrogance du {brand_short}.]
  ~ blamed = true
  ~ trust -= 1
  ~ heat += 2
  -> allergy_and_spam
* [Ignorer #post: p4 #action: ignore #judgement: bad #why: Deux messages sans réponse satisfaisante : la cliente s'en va, et la rumeur reste la seule version du fil.]
  ~ trust -= 1
  ~ heat += 1
  -> allergy_and_spam

=== caught ===
# post: p4
# from: fabien
# on: forum
# thread: Re : C'est fini le pain fait maison ??
# rank: Nouveau membre
# in: p1
# after: 10m
# kind: complaint
# mood: angry
# facts: product=les croissants
# deadline: 60m
# hint: On vous prend en défaut sur une nuance que la note du chef boulanger donnait. Qu'est-ce qui rétablit la confiance : se justifier, ou rectifier ?
Petite correction au message du {brand_short} : « 100 % fait sur place, du pain aux croissants »… Je bosse en cuisine collective, je connais le chauffeur qui livre des pâtons de croissants depuis {workshop} tous les matins en camion frigo. Ça ne me dérange pas, mais alors il ne faut pas raconter d'histoires. Du coup, le reste, on le croit comment ?
* [{~Vous avez raison, Fabien, et merci de la correction : notre message allait trop vite. Notre pain est bien pétri et cuit chaque nuit dans chaque boutique, mais la pâte de nos viennoiseries est préparée par nos pâtissiers à l'atelier de {workshop}, livrée crue et cuite sur place. Rien de surgelé. Et la carte de fidélité n'est pas supprimée, mais elle va évoluer : nous aurions dû le dire ainsi.|Merci Fabien, vous avez raison : notre message est allé trop vite. Notre pain est bien pétri et cuit chaque nuit dans chaque boutique, mais la pâte de nos viennoiseries est préparée par nos pâtissiers à l'atelier de {workshop}, livrée crue et cuite sur place. Rien n'est surgelé. Quant à la carte de fidélité, elle n'est pas supprimée, mais elle va évoluer : c'est ce que nous aurions dû écrire.} #post: p4 #action: reply #tone: empathetic #judgement: best #intents: thank, apologise, correct, explain #why: Se corriger soi-même, vite et précisément, et remercier celui qui l'a relevé : c'est la seule façon de rendre sa crédibilité au reste du message.]
  ~ corrected = true
  ~ trust += 1
  ~ heat -= 1
  -> allergy_and_spam
* [Bonjour, nos viennoiseries sont bien cuites sur place, ce qui correspond à notre message. Merci de ne pas déformer nos propos. #post: p4 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Jouer sur les mots et accuser Fabien de déformer : le forum voit une marque prise en défaut qui refuse de l'admettre.]
  ~ blamed = true
  ~ trust -= 2
  ~ heat += 2
  -> allergy_and_spam
* [Écrire à Fabien en privé pour lui demander de modifier son message. #post: p4 #action: dm #tone: neutral #judgement: poor #intents: explain #why: Demander en privé de retirer une correction exacte, c'est la meilleure façon qu'elle soit republiée, capture de votre message à l'appui.]
  ~ trust -= 1
  ~ heat += 1
  -> allergy_and_spam
* [Ignorer #post: p4 #action: ignore #judgement: bad #why: La seule erreur du fil est désormais la vôtre, et elle reste sans rectification.]
  ~ trust -= 2
  ~ heat += 1
  -> allergy_and_spam

=== allergy_and_spam ===
{shuffle:
- -> julien_post -> spam_post ->
- -> spam_post -> julien_post ->
}
- (open)
* {not p5_done} [{~Bonjour {julien_first}, votre question mérite une réponse exacte, pas une approximation : nous la transmettons à notre responsable qualité, qui vous écrira en message privé pour vous dire précisément ce qui se fait dans le fournil de votre boutique. En attendant, la fiche allergènes est disponible en boutique sur simple demande.|Bonjour {julien_first}, une question comme la vôtre demande une réponse sûre, pas une approximation : nous la transmettons à notre responsable qualité, qui vous écrira en message privé pour vous expliquer précisément comment travaille le fournil de votre boutique. D'ici là, la fiche allergènes est disponible sur simple demande en boutique.} #post: p5 #action: escalate #to: product #judgement: best #intents: escalate, move-to-dm #why: La bonne personne répond à une question où une erreur peut coûter cher, et le fil montre à tous les parents concernés que la question est prise au sérieux.]
  ~ p5_done = true
  ~ allergy = 1
  ~ trust += 2
  -> open
* {not p5_done} [Bonjour {julien_first}, pas d'inquiétude : notre pain nature ne contient pas de sésame, vous pouvez y aller les yeux fermés 🙂 #post: p5 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: correct, promise #why: La recette ne contient pas de sésame, mais le fournil en utilise pour d'autres pains : sans avis de la qualité, cette réassurance peut mettre un enfant en danger.]
  ~ p5_done = true
  ~ allergy = 2
  ~ promised = true
  -> open
* {not p5_done} [Écrire à {julien_first} en privé pour lui demander dans quelle boutique il achète son pain, avant de voir avec la qualité. #post: p5 #action: dm #tone: empathetic #judgement: good #intents: ask-details, move-to-dm #why: La démarche est sérieuse et personnalisée, mais le fil reste muet pour tous les autres parents d'enfants allergiques qui le lisent.]
  ~ p5_done = true
  ~ allergy = 4
  ~ trust += 1
  -> open
* {not p5_done} [Bonjour, la liste des allergènes est disponible en boutique sur demande. #post: p5 #action: reply #tone: neutral #judgement: poor #intents: explain #why: Exact mais sec : un parent inquiet pour la santé de son fils est renvoyé au comptoir, sans que personne réponde vraiment à sa question sur les traces.]
  ~ p5_done = true
  ~ allergy = 3
  -> open
* {not p5_done} [Ignorer #post: p5 #action: ignore #judgement: bad #why: Une question de sécurité alimentaire sans réponse, c'est un parent qui cherchera l'information ailleurs, peut-être auprès de quelqu'un qui se trompera.]
  ~ p5_done = true
  ~ allergy = 5
  ~ trust -= 1
  -> open
* {not p6_done} [{~Supprimer le commentaire frauduleux et bannir le compte qui l'a publié.|Supprimer ce faux jeu-concours et bannir le compte qui l'a publié.} #post: p6 #action: delete #judgement: best #why: Le piège disparaît de votre page avant que des clients y laissent leur carte bancaire : c'est de la protection, pas de la censure.]
  ~ p6_done = true
  -> open
* {not p6_done} [Masquer le commentaire. #post: p6 #action: hide #judgement: good #why: Le lien n'est plus visible de vos abonnés ; supprimer le commentaire et bloquer le compte aurait évité qu'il recommence dix minutes plus tard.]
  ~ p6_done = true
  -> open
* {not p6_done} [Attention : ce jeu n'est pas organisé par {brand}, ne cliquez pas sur ce lien. #post: p6 #action: reply #tone: neutral #judgement: poor #intents: correct #why: L'avertissement est juste, mais le lien frauduleux reste en ligne sous votre propre publication, et votre réponse le fait remonter.]
  ~ p6_done = true
  ~ phishing_left = true
  -> open
* {not p6_done} [Ignorer #post: p6 #action: ignore #judgement: bad #why: Le faux jeu reste sous votre publication : chaque client qui y laisse sa carte bancaire associera l'arnaque à votre nom.]
  ~ p6_done = true
  ~ phishing_left = true
  ~ trust -= 1
  -> open
* -> quality_memo

=== julien_post ===
# post: p5
# from: julien
# on: forum
# thread: Allergie au sésame et boulangerie
# rank: Membre
# after: {allergy_wait}
# kind: question
# mood: worried
# facts: product=le pain nature
# subject: safety
# deadline: 90m
# hint: C'est une question de santé. Relisez les routes d'escalade de la charte : qui, chez vous, peut répondre avec certitude ?
{~Nouveau fil : « Allergie au sésame et boulangerie ». Bonjour à tous, notre fils de 4 ans a une allergie sévère au sésame (stylo d'adrénaline et tout ce qui va avec). Quelqu'un sait si au {brand_short} le pain nature est fait dans le même fournil que les pains aux graines ? Risque de traces ? On n'ose plus rien acheter. Si quelqu'un du {brand_short} passe par là…|Nouveau fil : « Allergie au sésame et boulangerie ». Bonjour, notre fils de 4 ans est sévèrement allergique au sésame (stylo d'adrénaline, protocole à l'école, etc.). Est-ce que quelqu'un sait si, au {brand_short}, le pain nature sort du même fournil que les pains aux graines ? Y a-t-il un risque de traces ? On n'ose plus rien acheter. Si quelqu'un du {brand_short} lit ce message…}
->->

=== spam_post ===
# post: p6
# from: bonsplans
# on: comments
# after: 4m
# kind: spam
# mood: enthusiastic
# deadline: 30m
# hint: Qui a écrit ce commentaire, et où mène ce lien ? Un espace sain se modère, sans débat quand il s'agit d'une arnaque.
🎉 {brand} fête ses {brand_age} ans et OFFRE un an de pain à 500 familles ! Plus que 12 places ➡ {scam_site} (il suffit de renseigner sa carte bancaire pour les frais d'envoi 📦)
->->

=== quality_memo ===
{
- allergy == 1 || allergy == 4:
  # memo: product
  # after: 5m
  Qualité : merci pour {julien_first}, je l'appelle cet après-midi. Pour info, le pain nature n'a pas de sésame dans sa recette, mais le même fournil travaille des pains aux graines : on ne peut pas exclure les traces. C'est exactement ce que je lui expliquerai, avec les solutions possibles.
- allergy == 2:
  # memo: product
  # after: 5m
  Qualité : tu as écrit à un parent d'enfant allergique qu'il pouvait y aller « les yeux fermés » ?! Nos fournils travaillent le sésame pour d'autres pains, les traces ne sont pas exclues. Je le contacte en urgence. Plus jamais d'assurance sur les allergènes sans nous.
- else:
  # memo: product
  # after: 5m
  Qualité : j'ai vu passer sur le forum la question d'un papa sur le sésame, sans vraie réponse. Ce genre de message, tu me le transmets tout de suite, s'il te plaît : une allergie, ça ne s'improvise pas.
}
{ hours == 3:
  # memo: hr
  # after: 2m
  RH : tu as écrit sur un forum public que deux vendeuses de la {street} sont en arrêt maladie ? Tout le quartier les connaît. Supprime ce passage tout de suite, s'il te plaît. L'état de santé des salariés ne sort jamais de la maison.
}
{
- hours == 1 || hours == 3:
  -> karim_dm
- else:
  -> karim_review
}

=== karim_dm ===
# post: p7
# from: karim
# on: dm
# after: 15m
# kind: request
# mood: neutral
# facts: place={street}
# subject: policy
# deadline: 60m
# hint: Une suggestion utile, une décision qui ne vous appartient pas. Relisez les routes d'escalade et la règle sur les engagements publics.
{hours == 3:Bonjour. Bon, j'ai eu les horaires, c'est déjà ça, mais raconter sur un forum que les vendeuses sont en arrêt maladie… tout le quartier les connaît, ça m'a gêné pour elles. Bref, une suggestion quand même :|Bonjour, merci d'avoir reconnu le problème sur le forum, ça change. Petite suggestion :} on est pas mal de parents à déposer les enfants à la garderie de 7 h juste à côté. Une ouverture à 6 h 45, même rien que pour le pain, ça nous changerait la vie. Je ne sais pas à qui le dire, alors je vous le dis.
* [{~Remercier {karim_first}, lui dire que sa suggestion part au service client et à la responsable de la boutique, sans rien promettre, et la leur transmettre avec le contexte de la garderie.|Répondre à {karim_first} que sa suggestion est transmise au service client et à la responsable de la boutique, sans rien promettre, et la leur faire suivre en expliquant le contexte de la garderie de 7 h.} #post: p7 #action: escalate #to: after-sales #judgement: best #intents: thank, escalate #why: La suggestion arrive chez ceux qui décident, avec le contexte qui la rend convaincante, et le client sait qu'il a été entendu, sans fausse promesse.]
  ~ trust += 1
  -> mael_next
* [Super idée {karim_first} ! C'est noté : ouverture à 6 h 45 dès la semaine prochaine 👍 #post: p7 #action: dm #tone: empathetic #judgement: bad #breaks: no-promise #intents: thank, promise #why: Vous ne décidez pas des horaires : si la boutique n'ouvre pas à 6 h 45 lundi, ce client se retrouvera une troisième fois devant le rideau, votre message à la main.]
  ~ promised = true
  -> mael_next
* [Les horaires sont fixés par la direction en fonction des contraintes de chaque boutique. Ils ne sont pas modifiables à la demande. #post: p7 #action: dm #tone: defensive #judgement: poor #intents: refuse #why: Une fin de non-recevoir à un client qui propose quelque chose de constructif : il ne prendra plus la peine de vous écrire.]
  ~ trust -= 1
  -> mael_next
* [Ignorer #post: p7 #action: ignore #judgement: poor #why: Un client qui passe de la critique à la suggestion et reste sans réponse : l'occasion de le gagner est perdue.]
  ~ trust -= 1
  -> mael_next

=== karim_review ===
# post: p7
# from: karim
# on: reviews
# after: 15m
# kind: complaint
# mood: angry
# facts: place=à {town}
# subject: policy
# stars: 2
# deadline: 120m
# hint: Un avis dur mais juste. Que dit la charte sur ce qu'on reconnaît, et sur ce qu'on fait d'une critique légitime ?
Boutique {street}, {town}. Le pain est bon, rien à dire là-dessus. Mais horaires changés sans prévenir (fermé le lundi, ouverture à 7 h), et quand on le signale sur le forum, {hours == 4: on vous renvoie vers le site internet|le {brand_short} ne répond même pas}. Dommage pour une boulangerie de quartier.
* [{~Bonjour {karim_first}, vous avez raison : nous aurions dû prévenir, et nous ne l'avons pas fait. Depuis le 2, la boutique ouvre du mardi au dimanche de 7 h à 19 h 30 ; l'affichette est posée ce soir. Si vous souhaitez nous faire part d'une remarque sur ces horaires, écrivez-nous en message privé : elle ira directement au service client.|Bonjour {karim_first}, vous avez raison, nous aurions dû prévenir et nous ne l'avons pas fait. La boutique est ouverte depuis le 2 du mardi au dimanche, de 7 h à 19 h 30 ; l'affichette sera posée ce soir. Pour toute remarque sur ces horaires, écrivez-nous en message privé : elle sera transmise directement au service client.} #post: p7 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, move-to-dm #why: L'avis reste à deux étoiles, mais chaque futur client qui le lira verra une boulangerie qui reconnaît son erreur et donne les bons horaires.]
  ~ trust += 1
  -> mael_next
* [Signaler l'avis et demander sa suppression : il ne parle pas de la qualité du pain. #post: p7 #action: delete #judgement: bad #why: L'avis est juste et mesuré : tenter de le faire disparaître, c'est de la censure, et son auteur a déjà dit sur le forum ce qu'il en pensait.]
  ~ trust -= 2
  ~ heat += 2
  -> mael_next
* [Bonjour, les horaires sont affichés sur notre site et mis à jour régulièrement. Nous regrettons que vous ne les ayez pas consultés. #post: p7 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Reprocher au client de ne pas avoir consulté le site, c'est lui faire porter votre propre oubli, sous un avis que tout le quartier peut lire.]
  ~ blamed = true
  ~ trust -= 1
  ~ heat += 1
  -> mael_next
* [Ignorer #post: p7 #action: ignore #judgement: poor #why: Un avis négatif sans réponse reste en tête de la fiche de la boutique pendant des mois.]
  ~ trust -= 1
  -> mael_next

=== mael_next ===
{
- corrected && not blamed && trust >= 4:
  -> mael_praise
- else:
  -> mael_question
}

=== mael_praise ===
# post: p8
# from: mael
# on: microblog
# after: 15m
# kind: praise
# mood: happy
# deadline: 45m
# hint: Une page locale très lue relaie votre correction. Une réponse à sa mesure vaut mieux qu'un coup de clairon.
Vu passer une rumeur « le {brand_short} passe au surgelé » sur le forum des parents. Le {brand_handle} a répondu point par point, fournil vitré à l'appui, et a même reconnu un raté d'horaires à {town}. Comme quoi, poser la question directement, ça marche 👍 \#{town} \#commerceslocaux
* [{~Merci Maël d'avoir pris le temps de vérifier avant de relayer 🙏 Et l'invitation vaut pour toutes les familles de la page : le fournil de la place de l'Église se regarde à travers la vitre dès 4 h, on vous fera coucou.|Merci Maël d'avoir vérifié avant de partager 🙏 Et l'invitation tient pour toutes les familles qui suivent la page : dès 4 h, le fournil de la place de l'Église se regarde à travers la vitre, et on vous fera coucou.} #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank #why: Un merci chaleureux et une invitation concrète : la page qui vous soutient est valorisée, sans triomphalisme.]
  ~ trust += 1
  -> ending
* [Liker la publication de Maël. #post: p8 #action: like #judgement: good #why: Le like montre que vous avez vu ; une réponse aurait permis de remercier Maël de sa démarche devant ses 6 400 abonnés.]
  -> ending
* [MERCI MAËL !!! LE VRAI PAIN C'EST CHEZ NOUS ET NULLE PART AILLEURS !!! 🥖🥖🥖 #post: p8 #action: reply #tone: empathetic #judgement: bad #breaks: no-shouting #intents: thank #why: Crier victoire en capitales transforme une correction sobre en réclame bruyante : ceux qui doutaient encore y voient une marque sur la défensive.]
  ~ heat += 1
  -> ending
* [Merci Maël ! Contrairement à {competitor}, nous, on n'a rien à cacher 😉 #post: p8 #action: reply #tone: neutral #judgement: bad #breaks: no-competitor #intents: thank #why: Une pique contre un concurrent dans un message de remerciement : c'est elle qu'on retiendra, et la charte l'interdit.]
  ~ trust -= 1
  ~ heat += 1
  -> ending
* [Ignorer #post: p8 #action: ignore #judgement: poor #why: Une page locale qui relaie votre correction mérite au moins un signe : sans réponse, elle relaiera moins volontiers la prochaine fois.]
  -> ending

=== mael_question ===
# post: p8
# from: mael
# on: microblog
# after: 15m
# kind: rumour
# mood: neutral
# facts: product=le pain du {brand_short}
# deadline: 30m
# hint: La rumeur change d'échelle. Où ces lecteurs attendent-ils la réponse, et qu'exige la charte d'une correction ?
{~Plusieurs d'entre vous me demandent si c'est vrai que le {brand_handle} est passé au surgelé et supprime sa carte de fidélité. {corrected:Ils ont répondu sur le forum{blamed:, dans un échange assez tendu}, mais ici la rumeur continue de tourner.|Je n'ai trouvé aucune réponse claire de leur part sur le forum{blamed:, juste un échange assez tendu}.} Le {brand_short}, vous confirmez ou pas ? 6 400 familles attendent 😅|Vous êtes nombreux à me demander si le {brand_handle} est vraiment passé au surgelé et s'il supprime sa carte de fidélité. {corrected:Ils ont bien répondu sur le forum{blamed:, dans un échange assez tendu}, mais ici ça tourne encore.|Sur le forum, je n'ai pas vu de réponse claire de leur part{blamed:, juste un échange assez tendu}.} Le {brand_short}, c'est vrai ou pas ? 6 400 familles attendent 😅}
* [{~Merci Maël de poser la question avant de relayer 🙏 Notre pain n'est pas surgelé : il est pétri et cuit chaque nuit dans chacune de nos boutiques ; seule la pâte des viennoiseries est préparée par nos pâtissiers à notre atelier de {workshop}, puis cuite sur place. La carte de fidélité n'est pas supprimée et les points sont conservés. Et le fournil de la place de l'Église est vitré : venez voir !|Merci Maël d'avoir posé la question au lieu de relayer 🙏 Non, notre pain n'est pas surgelé : il est pétri et cuit chaque nuit dans chacune de nos boutiques ; seule la pâte des viennoiseries est préparée par nos pâtissiers à notre atelier de {workshop}, puis cuite sur place. La carte de fidélité n'est pas supprimée, et les points sont conservés. Et place de l'Église, le fournil est vitré : venez voir !} #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank, correct, explain #why: La réponse complète et nuancée arrive enfin là où 6 400 familles la liront, et elle remercie Maël d'avoir vérifié plutôt que relayé.]
  ~ corrected = true
  ~ trust += 2
  ~ heat -= 1
  -> ending
* [Envoyer les faits à Maël en message privé pour qu'il les relaie. #post: p8 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Maël peut relayer juste, mais ses abonnés liront sa version, pas la vôtre : une correction publique de la marque aurait plus de poids.]
  ~ trust += 1
  -> ending
* [Une page aussi suivie devrait vérifier ses informations avant de relayer des rumeurs. #post: p8 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Maël a justement posé la question au lieu de relayer : le sermonner devant 6 400 familles, c'est se fâcher avec un relais précieux.]
  ~ blamed = true
  ~ trust -= 2
  ~ heat += 2
  -> ending
* [Ignorer #post: p8 #action: ignore #judgement: bad #why: Une page locale très lue vous interpelle publiquement et n'a pas de réponse : la rumeur devient l'info du quartier.]
  ~ trust -= 1
  ~ heat += 2
  -> ending

=== ending ===
{
- allergy == 2:
  -> end_unsafe
- heat >= 4 || trust <= 0:
  -> end_spread
- trust >= 7 && corrected && not blamed && not leaked && not promised && not phishing_left:
  -> end_straight
- else:
  -> end_half
}

=== end_straight ===
# end: record-straight
# after: 10m
Le fil se referme sur la bonne version. {sandrine_first} sait que son pain est cuit sur place et que ses points sont conservés, {karim_first} a eu des excuses et les vrais horaires, {julien_first} attend l'appel de la responsable qualité, et les parents de {town} parlent du fournil vitré plutôt que du surgelé. Vous avez corrigé les faits sans attaquer personne, reconnu ce qui était juste et envoyé chaque question au bon service : sur un forum de quartier, c'est ainsi qu'une marque gagne la confiance, un message après l'autre.
-> END

=== end_half ===
# end: partly-heard
# after: 10m
Les faits sont sur la table, mais le fil garde un goût d'inachevé.{leaked: Une information interne est sortie sur le forum, et il faudra l'assumer.}{promised: Une promesse non validée attend maintenant d'être tenue.}{blamed: Un membre du forum s'est senti mis en cause par le compte officiel.}{phishing_left: Le faux jeu-concours est resté en ligne quelques heures de trop.}{not corrected: Beaucoup de parents n'ont jamais lu la bonne version.}{corrected && not leaked && not promised && not blamed && not phishing_left: Vos réponses étaient justes, mais trop souvent données en privé, par un like ou par un simple transfert : les parents qui lisent le fil n'ont pas vu le {brand_short} répondre à chacun.} Rien d'irréparable : le service client reprend la main, et la prochaine rumeur se jouera sur la confiance que vous aurez reconstruite d'ici là.
-> END

=== end_spread ===
# end: rumour-spreads
# after: 10m
La rumeur a gagné. « Le {brand_short} fait du surgelé » circule à la sortie de l'école et sur la page {town} en famille{blamed:, avec la capture d'un message où le compte officiel rabroue un membre du forum}. Le service client croule sous les questions, la boutique de la {street} voit fondre sa clientèle du matin, et la direction vous demande de reprendre la méthode : vérifier, corriger là où la rumeur circule, sans attaquer personne, et reconnaître ce qui est juste.
-> END

=== end_unsafe ===
# end: unsafe-reassurance
# after: 10m
{heat >= 4: Le fil sur le surgelé a mal tourné, mais le plus grave est ailleurs|Le fil sur le surgelé s'est à peu près calmé, mais un autre message inquiète toute l'équipe} : vous avez assuré à {julien_first} qu'il pouvait acheter le pain nature « les yeux fermés ». La responsable qualité rappelle que le même fournil travaille le sésame : les traces ne sont pas exclues. Il faut corriger publiquement, joindre {julien_first} en urgence et revoir la procédure avec vous. Une question d'allergie ne se traite jamais de mémoire : elle part à la qualité, qui répond avec certitude.
-> END
