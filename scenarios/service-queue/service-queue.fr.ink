// Frontline — service-queue (français)
// Le lendemain d'une panne de fibre : une file d'attente où chaque demande doit partir vite vers le bon service.
// Même structure que service-queue.en.ink : mêmes nœuds, mêmes choix, mêmes tags (seuls `why` et `hint` changent).

VAR routed = 0          // demandes transmises au bon service
VAR neglected = 0       // demandes laissées sans réponse
VAR heat = 0            // tension publique (partages, captures, colère)
VAR promised = false    // un dédommagement promis avant la décision de la direction
VAR leaked = false      // une cause non confirmée ou un chiffre interne divulgué
VAR sophie = 0          // 1 SAV, 2 MP seul, 3 mauvais service, 4 promesse, 5 ignorée
VAR karim = 0           // 1 expert produit, 2 réponse + MP, 3 reset conseillé, 4 cause divulguée, 5 ignoré
VAR gilles = 0          // 1 juridique, 2 MP seul, 3 SAV, 4 débat sur les CGV, 5 ignoré
VAR elise = 0           // 1 presse, 2 ligne publique seule, 3 « pas de commentaire », 4 chiffres divulgués, 5 ignorée
VAR nadege = 0          // 1 réponse publique, 2 MP, 3 défensive, 4 promesse, 5 ignorée
VAR theo = 0            // 1 réponse, 2 SAV, 3 renvoi aux CGV, 4 tacle au concurrent, 5 ignoré
VAR sophie_done = false
VAR karim_done = false
VAR yvette_done = false
VAR gilles_done = false
VAR elise_done = false
VAR nadege_done = false
// Ce qui change d'une partie à l'autre (manifest.json, "variants") ; ces valeurs sont celles du texte tel qu'écrit.
VAR addon = "l'option TV"       // l'option facturée deux fois, avec son article
VAR addon_price = "7,99 €"      // son prix mensuel
VAR credit = "5 €"              // le geste décidé par la direction
VAR karim_wait = "2m" // quand arrive la question de Karim sur sa box
VAR sophie_first = "Sophie"
VAR sophie_name = "Sophie Marchal"
VAR karim_first = "Karim"
VAR karim_name = "Karim Benali"
VAR nadege_first = "Nadège"

-> intro

=== intro ===
Mardi, 8 h. La nuit a été courte pour les équipes réseau d'Onda, et la matinée s'annonce longue pour vous.
# memo: manager
Bonjour ! Panne fibre cette nuit sur la région nantaise, de 23 h 40 à 6 h 10 : internet et téléphone fixe coupés, c'est réparé. La cause est en cours d'analyse, on n'en dit rien. La direction décide d'un éventuel geste commercial dans la matinée : d'ici là, aucune promesse. Ligne validée pour le public : « La panne qui a touché une partie de nos clients fibre de la région nantaise cette nuit est résolue depuis 6 h 10. Nous sommes désolés pour la gêne occasionnée. Si votre service n'est pas revenu, écrivez-nous en message privé. »
# memo: manager
# after: 1m
La file va être chargée. Chaque demande au bon service : SAV pour les factures et les lignes, expert produit pour les box, juridique pour toute menace de procédure, presse pour les journalistes. Et aucune ne reste sans réponse.
-> wave_one

=== wave_one ===
{shuffle:
- -> karim_post -> sophie_dm -> yvette_post ->
- -> sophie_dm -> yvette_post -> karim_post ->
- -> sophie_dm -> karim_post -> yvette_post ->
- -> karim_post -> yvette_post -> sophie_dm ->
- -> yvette_post -> sophie_dm -> karim_post ->
- -> yvette_post -> karim_post -> sophie_dm ->
}
- (open)
* {not sophie_done} [{~Transmettre au SAV : {addon} facturée deux fois alors que résiliée en mars (mail de confirmation à l'appui), client n° 5521 0093 17. Et répondre à {sophie_first} que le service facturation la recontacte aujourd'hui.|Transmettre au SAV : client n° 5521 0093 17, {addon} résiliée en mars (elle a le mail de confirmation) mais facturée deux fois en mai. Et dire à {sophie_first} que la facturation la rappelle dans la journée.} #post: p1 #action: escalate #to: after-sales #judgement: best #intents: escalate, explain #why: Le bon service, un résumé qui contient tout, et une cliente qui sait ce qui va se passer : son dossier peut être corrigé sans qu'on lui redemande rien.]
  ~ sophie_done = true
  ~ sophie = 1
  ~ routed += 1
  -> open
* {not sophie_done} [Bonjour {sophie_first}, vous avez raison d'être agacée : une option résiliée n'a rien à faire sur votre facture. Pouvez-vous nous transférer le mail de confirmation de mars ? #post: p1 #action: dm #tone: empathetic #judgement: good #intents: apologise, ask-details #why: Le ton est juste et la pièce utile, mais le dossier ne part toujours chez personne : la facturation ne sait rien, et la cliente attendra un second échange.]
  ~ sophie_done = true
  ~ sophie = 2
  -> open
* {not sophie_done} [Transmettre à l'expert produit : facture et panne de cette nuit. #post: p1 #action: escalate #to: product #judgement: poor #intents: escalate #why: Une erreur de facturation relève du SAV : les techniciens, déjà débordés ce matin, vont renvoyer le dossier, et la cliente perdra une heure de plus.]
  ~ sophie_done = true
  ~ sophie = 3
  -> open
* {not sophie_done} [Désolés {sophie_first} ! On vous rembourse les deux prélèvements de {addon} et on vous offre le mois pour la panne de cette nuit. #post: p1 #action: dm #tone: empathetic #judgement: bad #breaks: no-promise #intents: apologise, promise #why: Rembourser l'option se vérifie d'abord, et le geste pour la panne n'est pas encore décidé : cette promesse en MP finira en capture d'écran, et la direction devra choisir entre la tenir pour tous ou la renier.]
  ~ sophie_done = true
  ~ sophie = 4
  ~ promised = true
  -> open
* {not sophie_done} [Ignorer #post: p1 #action: ignore #judgement: bad #why: Une cliente qui a tout envoyé en privé, comme on le demande, et qui n'a pas de réponse : elle reviendra en public, plus en colère, et avec raison.]
  ~ sophie_done = true
  ~ sophie = 5
  ~ neglected += 1
  -> open
* {not karim_done} [{~Transmettre à l'expert produit : voyant orange clignotant depuis la coupure, wifi 5 GHz absent, filaire OK, trois redémarrages. Et répondre à {karim_first} qu'un technicien lui écrit en privé.|Transmettre à l'expert produit : depuis la coupure, voyant orange qui clignote et plus de wifi 5 GHz, le filaire fonctionne, box déjà redémarrée trois fois. Et dire à {karim_first} qu'un technicien le contacte en message privé.} #post: p2 #action: escalate #to: product #judgement: best #intents: escalate, explain #why: Un symptôme précis, apparu avec la panne : c'est exactement ce que l'expert produit doit voir, et le client sait que quelqu'un de compétent s'en occupe.]
  ~ karim_done = true
  ~ karim = 1
  ~ routed += 1
  -> open
* {not karim_done} [Bonjour {karim_first}, merci pour ces précisions. Écrivez-nous en message privé avec votre numéro client : nous regardons votre box avec vous. #post: p2 #action: reply #tone: empathetic #judgement: good #intents: thank, move-to-dm #why: Le client a une réponse publique rapide, mais son diagnostic reste sur votre bureau : sans l'expert produit, il faudra plusieurs allers-retours avant la moindre solution.]
  ~ karim_done = true
  ~ karim = 2
  -> open
* {not karim_done} [Bonjour {karim_first}, faites une réinitialisation : appuyez 10 secondes sur le bouton à l'arrière de la box, elle repartira à zéro. #post: p2 #action: reply #tone: neutral #judgement: poor #intents: explain #why: Un conseil lancé sans diagnostic : une réinitialisation efface tous les réglages de la box, et rien ne dit que c'est la bonne solution.]
  ~ karim_done = true
  ~ karim = 3
  -> open
* {not karim_done} [Bonjour {karim_first}, la coupure venait d'un câble sectionné par des travaux à Rezé, les box mettent parfois un peu de temps à s'en remettre. #post: p2 #action: reply #tone: neutral #judgement: bad #breaks: no-confidential #intents: explain #why: La cause n'est pas confirmée et la charte interdit d'en parler : cette phrase sera reprise partout comme la version officielle, et elle est peut-être fausse.]
  ~ karim_done = true
  ~ karim = 4
  ~ leaked = true
  ~ heat += 2
  -> open
* {not karim_done} [Ignorer #post: p2 #action: ignore #judgement: bad #why: Une question précise et publique, un matin de panne : vingt minutes de silence suffisent pour que ses 1 200 abonnés concluent que personne ne répond.]
  ~ karim_done = true
  ~ karim = 5
  ~ neglected += 1
  ~ heat += 1
  -> open
* {not yvette_done} [{~Merci beaucoup Yvette, nous transmettons vos encouragements aux équipes de nuit, elles vont les apprécier 🙏|Merci Yvette pour ce message ! Nous le faisons suivre aux techniciens qui ont travaillé cette nuit, ça va leur faire plaisir 🙏} #post: p3 #action: reply #tone: empathetic #judgement: best #intents: thank #why: Un merci court et sincère : il montre aux lecteurs des plaintes voisines qu'il y a des humains derrière le compte, sans rien nier de la panne.]
  ~ yvette_done = true
  -> open
* {not yvette_done} [Liker le commentaire d'Yvette. #post: p3 #action: like #judgement: good #intents: thank #why: Un geste rapide et suffisant un matin chargé ; un mot pour les équipes de nuit aurait eu un peu plus de chaleur.]
  ~ yvette_done = true
  -> open
* {not yvette_done} [Merci Yvette ! Et rappelons-le : la fibre Onda, c'est 99,9 % de disponibilité sur l'année 💪 #post: p3 #action: reply #tone: neutral #judgement: poor #intents: thank #why: Vanter la fiabilité du réseau au lendemain d'une nuit de panne, c'est offrir aux mécontents une phrase à citer.]
  ~ yvette_done = true
  ~ heat += 1
  -> open
* {not yvette_done} [Ignorer #post: p3 #action: ignore #judgement: good #why: Rien de grave un matin de file d'attente : le message n'attendait rien. Un merci aurait simplement été une jolie note au milieu des plaintes.]
  ~ yvette_done = true
  -> open
* -> wave_one_news

=== sophie_dm ===
# post: p1
# from: sophie
# on: dm
# after: 2m
# kind: request
# mood: angry
# facts: delay=six heures; product={addon}; price={addon_price}
# subject: price
# deadline: 25m
# hint: La cliente a tout fourni : le problème, la preuve, son numéro client. Qui peut corriger une facture, et que faut-il transmettre pour qu'on ne lui redemande rien ?
{~Bonjour. Facture de mai reçue ce matin : {addon} est comptée deux fois (2 × {addon_price}), alors que je l'ai RÉSILIÉE en mars, j'ai le mail de confirmation. Client n° 5521 0093 17. Et avec 6 h sans internet cette nuit, je paie pour quoi exactement ?|Bonjour. Je viens de recevoir ma facture de mai : {addon} y figure deux fois (2 × {addon_price}). Je l'ai RÉSILIÉE en mars, mail de confirmation à l'appui. Client n° 5521 0093 17. Et 6 h sans internet cette nuit en prime : je paie pour quoi, au juste ?}
->->

=== karim_post ===
# post: p2
# from: karim
# on: microblog
# after: {karim_wait}
# kind: question
# mood: worried
# facts: product=la box
# subject: defect
# deadline: 20m
# hint: Un symptôme précis apparu juste après la panne, des vérifications déjà faites. Qui sait diagnostiquer une box ? Et que dit la charte sur la cause de la panne ?
{~@OndaMobile depuis la coupure de cette nuit, voyant orange qui clignote sur ma box, internet OK en filaire mais plus du tout de wifi 5 GHz. Redémarrée 3 fois. Une idée avant que je bosse en 4G toute la journée ? \#panne|@OndaMobile ma box a un voyant orange qui clignote depuis la coupure de cette nuit. Le filaire marche, mais plus aucun wifi 5 GHz. Déjà redémarrée 3 fois. Quelqu'un a une piste avant que je passe la journée à bosser en 4G ? \#panne}
->->

=== yvette_post ===
# post: p3
# from: yvette
# on: comments
# after: 1m
# kind: praise
# mood: happy
# facts: product=la fibre
# deadline: 30m
# hint: Un message gentil au milieu des plaintes. Une réponse à sa mesure, ni plus ni moins.
{~Merci pour le SMS reçu à 1 h du matin qui prévenait de la panne, au moins on savait que ce n'était pas chez nous 👍 Bon courage aux techniciens qui ont travaillé cette nuit.|Bien reçu le SMS d'1 h du matin qui annonçait la panne : au moins, on savait que ça ne venait pas de chez nous 👍 Et bravo aux techniciens qui ont passé la nuit dessus.}
->->

=== wave_one_news ===
{ sophie == 1:
  # memo: after-sales
  # after: 1m
  Dossier de {sophie_name} : sa résiliation de mars n'avait pas été enregistrée. Corrigé, avoir de 2 × {addon_price} sur la prochaine facture, on l'appelle dans l'heure. Merci pour le résumé, on n'a rien eu à lui redemander.
}
{ sophie == 3:
  # memo: product
  # after: 1m
  On a reçu un dossier de facturation ({sophie_name}) : ce n'est pas pour nous, on le renvoie au SAV. Une heure de plus pour elle, désolés.
}
{ karim == 1:
  # memo: product
  # after: 1m
  Box de {karim_name} : mise à jour interrompue par la coupure, le wifi 5 GHz s'est désactivé. Relancée à distance, c'est réglé. Il y en aura d'autres : même symptôme, même chemin, envoyez-les-nous.
}
{ karim == 4:
  # memo: manager
  # after: 1m
  Qui a écrit « câble sectionné à Rezé » ? La cause n'est pas confirmée et l'équipe réseau n'est même pas sûre du lieu. C'est déjà repris dans les commentaires. Plus un mot sur la cause, s'il vous plaît.
}
# memo: manager
# after: 2m
Deuxième vague : les commentaires s'allongent sous notre publication de cette nuit, et la messagerie se remplit. Regardez les délais avant de choisir par où commencer.
-> wave_two

=== wave_two ===
{shuffle:
- -> elise_dm -> gilles_post -> nadege_post ->
- -> gilles_post -> nadege_post -> elise_dm ->
- -> gilles_post -> elise_dm -> nadege_post ->
- -> elise_dm -> nadege_post -> gilles_post ->
- -> nadege_post -> gilles_post -> elise_dm ->
- -> nadege_post -> elise_dm -> gilles_post ->
}
- (open)
* {not gilles_done} [{~Transmettre au juridique : mise en demeure publique, Code de la consommation invoqué, menace de saisir le tribunal sous 8 jours. Et écrire à M. Perrot en privé que sa demande est entre les mains du service compétent, qui lui répondra par écrit.|Transmettre au juridique : mise en demeure publiée en commentaire, qui cite le Code de la consommation et annonce une saisine du tribunal sous 8 jours. Et indiquer en privé à M. Perrot que le service compétent a sa demande et lui répondra par écrit.} #post: p4 #action: escalate #to: legal #judgement: best #intents: escalate, explain #why: Une mise en demeure part au juridique sans attendre, et M. Perrot sait que sa demande est prise au sérieux, sans qu'on discute du fond en public.]
  ~ gilles_done = true
  ~ gilles = 1
  ~ routed += 1
  -> open
* {not gilles_done} [Bonjour M. Perrot, nous comprenons votre exaspération après trois coupures. Nous vous écrivons en message privé pour examiner votre demande. #post: p4 #action: dm #tone: empathetic #judgement: good #intents: apologise, move-to-dm #why: La forme est bonne et le ton aussi, mais une mise en demeure a un délai : tant que le juridique ne l'a pas, personne ne prépare la réponse écrite qu'elle exige.]
  ~ gilles_done = true
  ~ gilles = 2
  -> open
* {not gilles_done} [Transmettre au SAV : demande de remboursement des jours sans service. #post: p4 #action: escalate #to: after-sales #judgement: poor #intents: escalate #why: Le SAV rembourse, mais ne répond pas à une mise en demeure : le dossier repartira vers le juridique, avec des heures de retard sur un délai de 8 jours.]
  ~ gilles_done = true
  ~ gilles = 3
  -> open
* {not gilles_done} [Bonjour, nos conditions générales ne prévoient aucune indemnisation pour une interruption de moins de 24 h. Votre démarche n'a donc pas de fondement. #post: p4 #action: reply #tone: defensive #judgement: bad #intents: refuse, correct #why: Débattre du droit en public avec un client qui menace d'un procès, c'est exactement ce que la charte exclut : la réponse devient une pièce de son dossier et une capture pour son association.]
  ~ gilles_done = true
  ~ gilles = 4
  ~ heat += 2
  -> open
* {not gilles_done} [Ignorer #post: p4 #action: ignore #judgement: bad #why: Une mise en demeure laissée sans réponse sous votre propre publication : le juridique la découvrira trop tard, et les lecteurs voient une marque qui se tait.]
  ~ gilles_done = true
  ~ gilles = 5
  ~ neglected += 1
  ~ heat += 1
  -> open
* {not elise_done} [{~Transmettre au service presse : Élise Caradec, Presse Océane, article pour midi sur la panne, joignable à la rédaction jusqu'à 11 h. Et lui répondre que le service presse la rappelle.|Transmettre au service presse : Élise Caradec (Presse Océane) écrit sur la panne pour l'édition de midi et attend un appel à la rédaction avant 11 h. Et lui confirmer que le service presse la rappelle.} #post: p5 #action: escalate #to: press #judgement: best #intents: escalate, explain #why: Les journalistes passent par le service presse : il peut lui donner une déclaration et un interlocuteur avant son bouclage, et elle sait qu'elle sera rappelée.]
  ~ elise_done = true
  ~ elise = 1
  ~ routed += 1
  -> open
* {not elise_done} [Bonjour Élise, voici ce que nous pouvons vous dire : la panne qui a touché une partie de nos clients fibre de la région nantaise cette nuit est résolue depuis 6 h 10, et nous sommes désolés pour la gêne occasionnée. #post: p5 #action: dm #tone: neutral #judgement: good #intents: explain #why: Des mots justes et validés, mais une journaliste attend un interlocuteur et des réponses à ses questions : sans le service presse, l'article dira qu'Onda n'a rien voulu préciser.]
  ~ elise_done = true
  ~ elise = 2
  -> open
* {not elise_done} [Bonjour, nous ne communiquons pas sur ce sujet. #post: p5 #action: dm #tone: defensive #judgement: poor #intents: refuse #why: « Pas de commentaire » à une journaliste, c'est lui donner son encadré : la marque qui se cache le lendemain d'une panne.]
  ~ elise_done = true
  ~ elise = 3
  ~ heat += 1
  -> open
* {not elise_done} [Bonjour Élise, environ 18 000 foyers touchés, un câble arraché par des travaux à Rezé, et un geste commercial devrait être annoncé aujourd'hui. #post: p5 #action: dm #tone: neutral #judgement: bad #breaks: no-confidential, no-promise #intents: explain, promise #why: Un chiffre interne, une cause non confirmée et une décision qui n'est pas prise, remis à une journaliste : ce sera le titre de midi, et rien de tout cela n'était à vous de le dire.]
  ~ elise_done = true
  ~ elise = 4
  ~ leaked = true
  ~ promised = true
  ~ heat += 3
  -> open
* {not elise_done} [Ignorer #post: p5 #action: ignore #judgement: bad #why: Une journaliste sans réponse à l'heure du bouclage écrit quand même, avec la seule version des clients mécontents.]
  ~ elise_done = true
  ~ elise = 5
  ~ neglected += 1
  ~ heat += 1
  -> open
* {not nadege_done} [{~Bonjour {nadege_first}, nous sommes sincèrement désolés pour cette nuit sans connexion. La panne est résolue depuis 6 h 10. Un geste pour les clients touchés est à l'étude ce matin : nous vous tiendrons informée ici et par SMS. Si quelque chose ne fonctionne pas encore chez vous, écrivez-nous en privé.|Bonjour {nadege_first}, pardon pour cette nuit sans internet ni téléphone, nous savons ce que cela représente. Tout est rétabli depuis 6 h 10. La direction étudie ce matin un geste pour les clients touchés : nous vous tiendrons informée ici et par SMS. Si un service ne fonctionne toujours pas chez vous, écrivez-nous en message privé.} #post: p6 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, move-to-dm #why: Des excuses nettes, la ligne validée, et la vérité sur le geste commercial (à l'étude, pas promis) : ses 2 300 abonnés voient une marque qui répond sans esquiver ni s'engager à la légère.]
  ~ nadege_done = true
  ~ nadege = 1
  ~ heat -= 1
  -> open
* {not nadege_done} [Écrire à {nadege_first} en message privé pour s'excuser et lui expliquer où en est la situation. #post: p6 #action: dm #tone: empathetic #judgement: good #intents: apologise, explain #why: La cliente a sa réponse, mais son post reste sans réponse visible sous le hashtag, là où ses abonnés attendent de voir si Onda réagit.]
  ~ nadege_done = true
  ~ nadege = 2
  -> open
* {not nadege_done} [Bonjour, une panne peut malheureusement toucher n'importe quel réseau. Le service est rétabli depuis 6 h 10. #post: p6 #action: reply #tone: defensive #judgement: poor #intents: explain #why: Minimiser (« ça arrive à tout le monde ») face à une mère de famille privée de téléphone toute la nuit : la réponse est exacte, et elle sonne comme un haussement d'épaules.]
  ~ nadege_done = true
  ~ nadege = 3
  ~ heat += 1
  -> open
* {not nadege_done} [Rassurez-vous {nadege_first} : chaque client touché recevra un mois d'abonnement offert ! #post: p6 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: La direction n'a rien décidé : cette promesse publique, lue par des milliers de clients, devient la référence à laquelle toute vraie décision sera comparée.]
  ~ nadege_done = true
  ~ nadege = 4
  ~ promised = true
  ~ heat -= 1
  -> open
* {not nadege_done} [Ignorer #post: p6 #action: ignore #judgement: bad #why: Un post public très suivi, sous un hashtag de crise, sans la moindre réponse : le silence devient le sujet.]
  ~ nadege_done = true
  ~ nadege = 5
  ~ neglected += 1
  ~ heat += 2
  -> open
* -> wave_two_news

=== gilles_post ===
# post: p4
# from: gilles
# on: comments
# after: 2m
# kind: complaint
# mood: furious
# facts: product=la fibre
# subject: price
# deadline: 30m
# hint: Une mise en demeure et une menace de tribunal, publiées sous votre publication. Que dit la charte sur les procédures ? Qui doit le savoir avant tout le monde ?
Troisième coupure en deux mois. Je vous mets en demeure de me rembourser l'intégralité des jours sans service, comme le Code de la consommation vous y oblige. Sans réponse écrite sous 8 jours, je saisis le tribunal. J'ai conservé toutes les preuves. G. Perrot
->->

=== elise_dm ===
# post: p5
# from: elise
# on: dm
# after: 2m
# kind: request
# mood: neutral
# facts: product=la fibre
# deadline: 20m
# hint: Une journaliste qui boucle à midi. Qui, chez Onda, parle aux journalistes ? Et que peut-on dire, ou pas, sur les chiffres et la cause ?
Bonjour, Élise Caradec, journaliste à Presse Océane. Je prépare un article sur la panne de cette nuit pour notre édition de midi. Combien de foyers ont été touchés, quelle est la cause, et un geste commercial est-il prévu ? Je peux être rappelée à la rédaction jusqu'à 11 h.
->->

=== nadege_post ===
# post: p6
# from: nadege
# on: microblog
# after: 2m
# kind: complaint
# mood: angry
# facts: product=la fibre; delay=huit heures
# subject: outage
# deadline: 15m
# hint: Public, très suivi, et le délai le plus court de la charte. Que pouvez-vous dire aujourd'hui sur le dédommagement, et que ne pouvez-vous pas dire ?
{~8 h sans internet ni téléphone fixe, et pas un mot sur un dédommagement. Vous comptez faire quoi, @OndaMobile ? On paie un abonnement, pas un service « quand ça marche ». \#OndaEnPanne|Une nuit entière sans internet ni fixe, 8 h, et toujours rien sur un dédommagement. On attend quoi, @OndaMobile ? Notre abonnement, on le paie tous les mois, pas seulement « quand ça marche ». \#OndaEnPanne}
->->

=== wave_two_news ===
{ gilles:
- 1:
  # memo: legal
  # after: 1m
  Mise en demeure de M. Perrot bien reçue. Nous lui répondrons par écrit, dans le délai. Merci d'avoir transmis sans rien commenter sur le fond en public.
- 2:
  # memo: legal
  # after: 1m
  M. Perrot nous a transféré votre message privé en pièce jointe de sa mise en demeure. Le ton était bon, mais ce genre de message doit nous arriver directement, et tout de suite.
- 3:
  # memo: after-sales
  # after: 1m
  On a reçu la mise en demeure de M. Perrot : ce n'est pas à nous d'y répondre, on la passe au juridique. Une heure de perdue sur son délai.
- 4:
  # memo: legal
  # after: 1m
  On a vu la réponse sur nos conditions générales à M. Perrot. Elle circule déjà en capture dans son association. Plus un mot sur le droit en public : tout passe par nous.
- else:
  # memo: legal
  # after: 1m
  Une mise en demeure est restée sans réponse sous notre propre publication. On l'a découverte par hasard. Ce genre de message vient chez nous immédiatement.
}
{ elise:
- 1:
  # memo: press
  # after: 2m
  Merci, on a eu Élise Caradec au téléphone. Notre déclaration : « La panne qui a touché une partie de nos clients fibre de la région nantaise est résolue depuis 6 h 10. Nos équipes analysent son origine et nous informerons nos clients des suites dans la journée. » Vous pouvez la reprendre telle quelle.
- 2:
  # memo: press
  # after: 2m
  Élise Caradec cite notre ligne publique, c'est juste, mais elle écrit qu'« Onda n'a pas souhaité donner de détails ». Une journaliste, c'est un transfert immédiat chez nous.
- 3:
  # memo: press
  # after: 2m
  « Nous ne communiquons pas sur ce sujet » : c'est le titre de l'encadré de Presse Océane. On rattrape avec une déclaration, mais le mal est fait.
- 4:
  # memo: press
  # after: 2m
  Un nombre de foyers et une cause non confirmée, donnés à une journaliste ? C'est dans son article de midi, avec « un geste commercial annoncé ». On gère avec la direction.
- else:
  # memo: press
  # after: 2m
  Élise Caradec a appelé le standard : personne ne lui avait répondu en message privé. Son article dira qu'Onda n'a pas répondu à ses questions.
}
-> theo_post

=== theo_post ===
# post: p7
# from: theo
# on: microblog
# after: 3m
# kind: complaint
# mood: angry
# facts: product=le réseau Onda
# subject: outage
# deadline: 20m
# hint: Un client qui part, en public, en citant un concurrent. Que dit la charte sur les concurrents ? Et que peut-on encore lui apporter d'utile ?
{~Bon ben c'est décidé, je pars chez Brisa Mobile. Eux au moins ils avaient du réseau cette nuit. Quelqu'un sait comment on récupère son RIO chez Onda ? 🙄|C'est bon, je me casse chez Brisa Mobile, eux au moins avaient du réseau cette nuit. Quelqu'un sait comment on obtient son RIO chez Onda ? 🙄}
* [{~Bonjour Théo, nous sommes désolés que cette nuit vous donne envie de partir, et nous le comprenons. Votre RIO s'obtient en appelant gratuitement le 3179 depuis votre mobile. Et si vous voulez qu'on regarde ensemble ce qui ne va pas avant, nous sommes en message privé.|Bonjour Théo, nous comprenons qu'après cette nuit vous ayez envie d'aller voir ailleurs, et nous en sommes désolés. Pour obtenir votre RIO, il suffit d'appeler le 3179 depuis votre mobile, c'est gratuit. Si vous souhaitez d'abord qu'on regarde ensemble ce qui ne va pas, écrivez-nous en message privé.} #post: p7 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, move-to-dm #why: Répondre avec élégance à un client qui part : l'information utile, aucun mot sur le concurrent, une porte ouverte. Les lecteurs retiennent une marque qui respecte ses clients, même ceux qui s'en vont.]
  ~ theo = 1
  -> follow_up
* [Transmettre au SAV : client qui envisage de résilier après la panne. #post: p7 #action: escalate #to: after-sales #judgement: good #intents: escalate #why: Le SAV pourra le rappeler, mais Théo posait une question simple en public : sans réponse visible, il part en pensant qu'on l'a ignoré.]
  ~ theo = 2
  -> follow_up
* [Pour toute demande de résiliation, merci de consulter nos conditions générales, rubrique « Mon contrat ». #post: p7 #action: reply #tone: neutral #judgement: poor #intents: refuse #why: Une réponse de guichet à une question qui tenait en un numéro : Théo part avec la preuve qu'il a bien fait.]
  ~ theo = 3
  ~ heat += 1
  -> follow_up
* [Brisa Mobile ? Ils ont eu trois grosses pannes l'an dernier, bon courage Théo 😉 #post: p7 #action: reply #tone: aggressive #judgement: bad #breaks: no-competitor, no-aggression #intents: correct #why: Un tacle contre un concurrent et un client raillé en public, le lendemain d'une panne : c'est la capture qui fera le tour des comparateurs de forfaits.]
  ~ theo = 4
  ~ heat += 2
  -> follow_up
* [Ignorer #post: p7 #action: ignore #judgement: poor #why: Une question publique sans réponse : Théo part quand même, et raconte qu'Onda ne répond même plus à ceux qui s'en vont.]
  ~ theo = 5
  ~ neglected += 1
  -> follow_up

=== follow_up ===
{
- karim == 3:
  -> karim_reset
- sophie != 1:
  -> sophie_public
- else:
  -> marcel_question
}

=== karim_reset ===
# post: p8
# from: karim
# on: microblog
# in: p2
# after: 4m
# kind: complaint
# mood: furious
# facts: product=la box
# subject: defect
# deadline: 15m
# hint: Le conseil donné plus tôt a aggravé les choses. Comment le reconnaître sans se justifier, et qui peut vraiment réparer ?
J'ai fait la réinitialisation que vous m'avez conseillée : plus aucun réglage, mes deux écrans et l'imprimante ne se connectent plus, et toujours pas de 5 GHz. Matinée de boulot perdue. Merci @OndaMobile 👏
* [{~Transmettre en priorité à l'expert produit : box réinitialisée sur notre conseil, réglages perdus, wifi 5 GHz toujours absent. Et répondre à {karim_first}, avec nos excuses pour ce conseil, qu'un technicien le prend en charge en privé.|Transmettre en priorité à l'expert produit : la box a été réinitialisée parce que nous l'avions conseillé, tous les réglages sont perdus et le wifi 5 GHz manque toujours. Et présenter nos excuses à {karim_first} pour ce mauvais conseil, en lui disant qu'un technicien le contacte en privé.} #post: p8 #action: escalate #to: product #judgement: best #intents: apologise, escalate #why: On assume l'erreur sans détour et on confie enfin le problème à ceux qui savent le régler : le client retrouve un interlocuteur compétent.]
  ~ routed += 1
  -> gesture
* [{karim_first}, pardon : ce conseil n'était pas le bon. Écrivez-nous en message privé, nous allons vous aider à tout reconfigurer. #post: p8 #action: reply #tone: empathetic #judgement: good #intents: apologise, move-to-dm #why: Les excuses sont justes et publiques, mais le diagnostic reste sur votre bureau au lieu d'aller chez les techniciens.]
  -> gesture
* [Bonjour {karim_first}, la réinitialisation est la procédure standard recommandée dans notre aide en ligne. #post: p8 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Se retrancher derrière la procédure, c'est laisser entendre qu'il a mal fait, alors que le conseil venait de nous : la colère redouble.]
  ~ heat += 2
  -> gesture
* [Ignorer #post: p8 #action: ignore #judgement: bad #why: Un client qui a suivi votre conseil et perdu sa matinée, sans un mot d'excuse : c'est la capture parfaite pour le hashtag de la panne.]
  ~ neglected += 1
  ~ heat += 2
  -> gesture

=== sophie_public ===
# post: p8
# from: sophie
# on: microblog
# after: 4m
# kind: complaint
# mood: angry
# facts: product={addon}; price={addon_price}
# subject: service
# deadline: 15m
# hint: La cliente revient en public. Que lui faut-il maintenant, et qui peut corriger sa facture ?
{sophie == 4:On m'a promis en MP le remboursement de mes options ET un mois offert. Le service client au téléphone n'est au courant de rien. Il faudrait savoir, @OndaMobile.|Ça fait plus d'une heure que j'ai envoyé ma facture en MP : une option résiliée en mars, facturée deux fois. Toujours rien. @OndaMobile, quelqu'un lit vos messages ?}
* [{~Transmettre au SAV en priorité : {addon} résiliée en mars mais facturée deux fois, client n° reçu en MP. Et répondre à {sophie_first}, en public, que son dossier est chez la facturation et qu'elle sera rappelée aujourd'hui.|Transmettre au SAV en priorité : {addon} facturée deux fois malgré une résiliation en mars, numéro client reçu en MP. Et dire publiquement à {sophie_first} que la facturation a son dossier et la rappelle aujourd'hui.} #post: p8 #action: escalate #to: after-sales #judgement: best #intents: apologise, escalate, explain #why: Le dossier part enfin au bon endroit, complet, et la réponse publique montre à ses abonnés qu'il est pris en main.]
  ~ routed += 1
  -> gesture
* [{sophie_first}, pardon pour cette attente. Nous reprenons votre dossier en message privé tout de suite. #post: p8 #action: reply #tone: empathetic #judgement: good #intents: apologise, move-to-dm #why: Les excuses sont bienvenues, mais sans transmission au SAV, « tout de suite » ne veut rien dire : la facture n'est toujours pas corrigée.]
  -> gesture
* [Bonjour, suite à la panne de cette nuit, nos délais de réponse sont allongés. Merci de votre compréhension. #post: p8 #action: reply #tone: defensive #judgement: poor #intents: refuse #why: La panne n'a rien à voir avec sa facture : l'excuse générique confirme qu'on n'a pas lu son message.]
  ~ heat += 1
  -> gesture
* [Ignorer #post: p8 #action: ignore #judgement: bad #why: Deuxième message sans réponse, en public cette fois : l'erreur de facturation devient une histoire de mépris.]
  ~ neglected += 1
  ~ heat += 2
  -> gesture

=== marcel_question ===
# post: p8
# from: marcel
# on: comments
# after: 4m
# kind: question
# mood: worried
# facts: product=la télé Onda
# subject: outage
# deadline: 30m
# hint: Une question simple, d'un client âgé. Faut-il vraiment un technicien, ou une réponse claire suffit-elle ?
Bonjour, depuis ce matin ma télévision Onda affiche « pas de signal ». Internet marche. Est-ce que c'est encore la panne ? Je n'ose toucher à rien. Merci.
* [{~Bonjour Marcel, après une coupure, le décodeur télé a parfois besoin d'être redémarré : débranchez-le de la prise électrique, comptez jusqu'à dix, puis rebranchez-le. L'image revient en général en deux minutes. Si le message reste affiché, écrivez-nous en privé et nous regarderons avec vous.|Bonjour Marcel, rassurez-vous, c'est fréquent : après une coupure, le décodeur a souvent besoin d'être redémarré. Débranchez-le de la prise, attendez dix secondes et rebranchez-le ; l'image revient d'habitude en deux minutes. Si « pas de signal » reste affiché, écrivez-nous en privé et nous verrons cela ensemble.} #post: p8 #action: reply #tone: empathetic #judgement: best #intents: greet, explain, move-to-dm #why: Une réponse simple, pas à pas, là où la question a été posée : Marcel retrouve sa télévision, et tous ceux qui ont le même écran noir ce matin aussi.]
  -> gesture
* [Transmettre à l'expert produit : décodeur sans signal depuis la panne. #post: p8 #action: escalate #to: product #judgement: poor #intents: escalate #why: Charger les techniciens, déjà débordés, d'un geste de dix secondes : Marcel reste sans télévision toute la matinée pour une question qui avait sa réponse.]
  -> gesture
* [Bonjour, consultez la rubrique « Ma télévision ne fonctionne plus » de notre aide en ligne. #post: p8 #action: reply #tone: neutral #judgement: poor #intents: explain #why: Renvoyer un monsieur de 82 ans qui « n'ose toucher à rien » vers une page d'aide, c'est lui laisser le problème.]
  -> gesture
* [Ignorer #post: p8 #action: ignore #judgement: bad #why: Une question simple restée sans réponse : Marcel attendra le passage de sa fille ce soir, et d'autres lecteurs aussi.]
  ~ neglected += 1
  -> gesture

=== gesture ===
# memo: management
# after: 3m
Décision de la direction : un avoir de {credit} pour chaque client fibre touché cette nuit, annoncé par SMS à 11 h. Vous pouvez le dire publiquement, rien de plus.{promised: Et nous voyons passer des promesses de remboursement ou de « mois offert » faites ce matin : il va falloir les reprendre une par une.}
{
- nadege == 1 || nadege == 2:
  -> nadege_calm
- else:
  -> nadege_upset
}

=== nadege_calm ===
# post: p9
# from: nadege
# on: microblog
# in: p6
# after: 4m
# kind: info
# mood: neutral
# facts: product=la fibre
# deadline: 30m
# hint: Une cliente qui reconnaît vos efforts tout en restant lucide. Comment répondre sans triomphalisme ni justification ?
{~Reçu le SMS : {credit} d'avoir pour la nuit. C'est symbolique, mais au moins on a été prévenus et on a eu des réponses ce matin. Ça change.|SMS bien reçu : {credit} d'avoir pour cette nuit. Ça reste symbolique, mais cette fois on a été prévenus et on a eu des réponses dans la matinée. Ça fait du bien.}
* [{~Merci {nadege_first} pour ce retour. Nous savons bien que {credit} ne rattrapent pas une nuit sans téléphone avec des enfants : c'est un geste, et notre priorité reste la fiabilité du réseau.|Merci pour votre message, {nadege_first}. Un avoir de {credit} ne compense pas une nuit sans téléphone avec des enfants, nous le savons : c'est un geste, et notre vraie priorité reste un réseau fiable.} #post: p9 #action: reply #tone: empathetic #judgement: best #intents: thank, explain #why: On remercie, on reconnaît que le geste est modeste, sans s'en vanter ni se justifier : c'est le ton qui recrée de la confiance.]
  ~ heat -= 1
  -> ending
* [Liker le message de {nadege_first}. #post: p9 #action: like #judgement: good #intents: thank #why: Le like montre qu'on a lu ; un mot qui reconnaisse la modestie du geste aurait été plus juste.]
  -> ending
* [Merci {nadege_first} ! Onda, toujours à vos côtés, même dans la tempête 💪 #post: p9 #action: reply #tone: neutral #judgement: poor #intents: thank #why: Un slogan en guise de réponse à une cliente qui vient de dire « c'est symbolique » : on confond sa bienveillance avec une victoire.]
  ~ heat += 1
  -> ending
* [Ignorer #post: p9 #action: ignore #judgement: poor #why: Une cliente critique qui reconnaît publiquement vos efforts mérite un mot : c'est un petit pas de confiance qu'on laisse passer.]
  -> ending

=== nadege_upset ===
# post: p9
# from: nadege
# on: microblog
# in: p6
# after: 4m
# kind: complaint
# mood: angry
# facts: product=la fibre
# subject: price
# deadline: 15m
# hint: Le geste est décidé. Que pouvez-vous dire maintenant, et comment reconnaître ce qui s'est mal passé ce matin ?
{nadege == 4:Ce matin, on me promettait « un mois offert ». Le SMS dit {credit}. Il faudrait savoir, @OndaMobile. \#OndaEnPanne|Aucune réponse ce matin, et maintenant un SMS « {credit} d'avoir ». {credit} pour une nuit sans téléphone avec trois enfants. Sérieusement ? \#OndaEnPanne}
* [{~{nadege_first}, vous avez raison de nous le reprocher, {nadege == 4:nous n'aurions jamais dû vous annoncer un geste qui n'était pas décidé|vous auriez dû avoir une réponse ce matin}, et nous en sommes désolés. Le geste décidé est un avoir de {credit} pour chaque client touché ; nous savons qu'il ne rattrape pas la nuit. Écrivez-nous en privé : nous regardons votre situation personnellement.|Vous avez raison, {nadege_first}, et nous vous présentons nos excuses : {nadege == 4:ce geste n'était pas décidé, nous n'aurions jamais dû vous l'annoncer|vous auriez dû avoir une réponse dès ce matin}. La direction a décidé d'un avoir de {credit} pour chaque client touché, et nous savons qu'il ne rattrape pas votre nuit. Écrivez-nous en privé : nous regardons votre situation personnellement.} #post: p9 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, move-to-dm #why: On reconnaît l'erreur du matin sans détour, on donne l'information validée, et on propose un échange personnel : c'est la seule façon de reprendre la main.]
  ~ heat -= 1
  -> ending
* [Écrire à {nadege_first} en privé pour lui proposer un second avoir, à titre personnel. #post: p9 #action: dm #tone: empathetic #judgement: poor #breaks: no-promise #intents: promise #why: Un geste individuel que personne n'a validé, pour acheter le calme : il finira en capture, et chaque client réclamera le même.]
  ~ promised = true
  -> ending
* [Bonjour, le geste commercial de {credit} a été décidé par la direction et s'applique à tous les clients touchés, sans exception. #post: p9 #action: reply #tone: defensive #judgement: poor #intents: refuse #why: Exact mais froid : on lui oppose la décision sans reconnaître ni la nuit, ni le silence ou la promesse du matin.]
  ~ heat += 1
  -> ending
* [Ignorer #post: p9 #action: ignore #judgement: bad #why: Une cliente très suivie, en colère, sous le hashtag de la panne, et toujours aucune réponse : le silence devient le sujet de l'après-midi.]
  ~ neglected += 1
  ~ heat += 2
  -> ending

=== ending ===
{
- leaked || heat >= 7:
  -> end_storm
- routed >= 4 && neglected == 0 && not promised && theo != 4 && heat <= 3:
  -> end_cleared
- else:
  -> end_backlog
}

=== end_cleared ===
# end: queue-cleared
# after: 2m
Midi : la file est vide, et personne n'est resté sans réponse. {sophie == 1:{sophie_first} a vu sa facture corrigée dans l'heure|{sophie_first} a fini par avoir une réponse sur sa facture}, {karim == 1:{karim_first} a retrouvé une box qui fonctionne|{karim_first} a retrouvé un interlocuteur}, {gilles == 1:le juridique a reçu la mise en demeure de M. Perrot sans perdre une minute|la mise en demeure de M. Perrot a fait un détour avant d'arriver au juridique} et {elise == 1:l'article de Presse Océane cite la déclaration officielle d'Onda|l'article de Presse Océane s'en tient à notre ligne publique}. Rien n'a été promis avant l'heure, rien n'a fuité : le lendemain de la panne ressemble à une démonstration de sérieux. La direction vous demande de former l'équipe du soir.
-> END

=== end_backlog ===
# end: backlog
# after: 2m
Midi : la file est vidée, mais pas sans dégâts. {neglected > 0:Certaines demandes sont restées sans réponse assez longtemps pour qu'on s'en souvienne. }{promised:Des promesses faites trop tôt obligent la direction à se justifier client par client. }{routed < 4:Plusieurs dossiers ont fait un détour avant d'arriver au bon service, et les clients ont attendu d'autant. }{theo == 4:La pique contre un concurrent, elle, a été remarquée. }Rien d'irréparable, mais l'après-midi sera consacré à rattraper la matinée : rappeler, corriger, expliquer. Le débrief montre où chaque minute s'est perdue.
-> END

=== end_storm ===
# end: queue-overflow
# after: 2m
La file vous a échappé. {leaked:La cause non confirmée de la panne et des chiffres internes circulent désormais comme la version officielle d'Onda, et la direction doit les corriger publiquement. |Le hashtag \#OndaEnPanne s'est emballé, nourri par des réponses sèches et des silences. }{elise == 3 || elise == 5:L'article de Presse Océane raconte un opérateur qui se tait. }{gilles == 4:La réponse sur les conditions générales est devenue la pièce maîtresse du dossier de M. Perrot. }{theo == 4:Et la pique contre Brisa Mobile tourne sur tous les comparateurs de forfaits. }La direction reprend la main sur les comptes pour l'après-midi et vous demande un point sur la matinée.
-> END
