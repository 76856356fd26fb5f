// Frontline — first-shift (français)
// Le tutoriel : une matinée calme chez Onda Mobile, avec une coach qui explique tout pas à pas.
// Même structure que first-shift.en.ink : mêmes nœuds, mêmes choix, mêmes tags (seuls `why` et `hint` changent).

VAR points = 0          // +2 excellent, +1 bon, 0 discutable, -1 mauvais : sert à choisir la fin
VAR leaked = false      // la marque a répété une donnée personnelle en public
VAR bernard = 0         // 0 sans réponse, 1 réponse publique, 2 MP, 3 renvoi FAQ, 4 promesse
VAR spam = 0            // 0 ouvert, 1 supprimé, 2 masqué, 3 réponse publique, 4 laissé en ligne
VAR awa_done = false
VAR spam_done = false
VAR monique = 0         // 0 ouvert, 1 réponse + MP, 2 MP seul, 3 numéro répété, 4 faute rejetée sur la banque, 5 ignorée
VAR monique_helped = false // le dossier de Monique est arrivé au SAV
VAR lucas = 0           // 0 ouvert, 1 réponse + suite, 2 transmis, 3 réponse à côté, 4 pique concurrent, 5 ignoré
VAR jp = 0              // 0 ouvert, 1 merci, 2 like, 3 réclame, 4 masqué, 5 laissé
VAR lucas_done = false
VAR jp_done = false

-> intro

=== intro ===
Lundi, 9 h. Premier jour à la permanence réseaux d'Onda Mobile. Le café est chaud, le fil est calme.
# memo: coach
Bonjour et bienvenue ! Je suis Nadia, je vous accompagne toute la matinée. Rien ne presse : aujourd'hui, on apprend. En haut, l'horloge : le temps du jeu avance tout seul, et le bouton Pause l'arrête si vous voulez relire quelque chose. Dans le fil de la marque arrivent les messages des clients. Ici, dans le panneau Équipe, vous recevez mes conseils et les notes des autres services.
# memo: coach
# after: 1m
Un premier message va arriver sur le forum. Cliquez dessus : vous verrez vos options, chacune avec son type (réponse publique, message privé, transmettre à un service, j'aime, masquer…). Si aucune ne vous plaît, vous pouvez écrire votre propre réponse dans la zone en dessous. Sous le message s'affiche aussi le délai de réponse visé par la charte pour ce canal. Et si vous hésitez, le bouton « Demander un indice au coach » vous donne une piste, contre quelques points.
-> bernard_post

=== bernard_post ===
# post: p1
# from: bernard
# on: forum
# thread: Mon forfait au Portugal : appels et internet ?
# rank: Nouveau membre
# after: 1m
# kind: question
# mood: worried
# facts: product=le forfait 60 Go; place=à Porto
# subject: price
# deadline: 60m
# hint: Bernard n'est sûrement pas le seul à se poser la question. Où une réponse sera-t-elle utile au plus grand nombre ? Et la charte demande des mots simples, sans promesse.
Bonjour, je pars 3 semaines à Porto chez mes petits-enfants le 12. J'ai le forfait Onda 60 Go. Est-ce que je pourrai téléphoner et aller sur internet là-bas comme en France, ou bien je vais avoir une facture salée au retour ? Mon fils me dit de tout couper, je n'y comprends plus rien. Merci d'avance.
* [Bonjour Bernard, bonne nouvelle : le Portugal fait partie de l'Union européenne, et votre forfait y fonctionne comme en France. Appels, SMS et internet sont inclus, dans la limite « Europe » indiquée dans votre espace client. Un seul réglage avant de partir : activez « Itinérance des données » dans les réglages du téléphone. Très bon séjour à Porto ! #post: p1 #action: reply #tone: empathetic #judgement: best #intents: greet, explain #why: Une réponse claire, en mots simples, sous la question elle-même : Bernard part rassuré et tous les lecteurs du forum qui voyagent ont la même information.]
  ~ bernard = 1
  ~ points += 2
  -> charter_tips
* [Répondre à Bernard en message privé, avec les mêmes explications sur l'Europe. #post: p1 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Bernard a sa réponse, mais sa question reste sans réponse sur le forum : les prochains voyageurs la reposeront.]
  ~ bernard = 2
  ~ points += 1
  -> charter_tips
* [Bonjour, toutes les informations sur l'utilisation de votre forfait à l'étranger sont disponibles dans notre FAQ, rubrique « Voyager ». #post: p1 #action: reply #tone: neutral #judgement: poor #intents: explain #why: Renvoyer vers une FAQ un client qui dit « je n'y comprends plus rien », c'est lui rendre la question sans la réponse, alors qu'elle tenait en deux phrases.]
  ~ bernard = 3
  -> charter_tips
* [Aucun souci Bernard, à l'étranger c'est partout pareil qu'en France, vous ne paierez jamais rien de plus, promis 😉 #post: p1 #action: reply #tone: empathetic #judgement: poor #breaks: no-promise #intents: promise #why: Chaleureux mais faux : hors de l'Union européenne, des frais s'appliquent. « Jamais, promis » engage Onda devant tous les lecteurs du forum.]
  ~ bernard = 4
  -> charter_tips
* [Ignorer #post: p1 #action: ignore #judgement: poor #why: Une question simple restée une heure sans réponse sur le forum : Bernard part inquiet, et le fil donne l'impression que personne ne lit.]
  ~ bernard = 0
  -> charter_tips

=== charter_tips ===
{ bernard == 1:
  # memo: coach
  # after: 30s
  Très bien : une réponse claire, au bon endroit, que tous les voyageurs du forum pourront relire.
- else:
  # memo: coach
  # after: 30s
  C'est noté. Chaque décision est expliquée au débrief, avec une meilleure réponse quand il y en avait une. On apprend en faisant, pas d'inquiétude.
}
# memo: coach
# after: 1m
Un point sur la charte d'Onda, que vous avez lue avant de prendre votre poste. On vouvoie toujours. On ne promet rien qui ne soit validé (geste commercial, date de réparation). On ne parle jamais des concurrents. Et chaque canal a son délai de réponse visé : 15 min sur le réseau social, 20 min en message privé, 30 min en commentaires, 1 h sur le forum, 4 h pour les avis.
# memo: coach
# after: 1m
Deux commentaires arrivent presque en même temps sous notre dernière publication. Quand plusieurs messages attendent, c'est vous qui choisissez l'ordre : ils restent ouverts tant que vous n'avez pas décidé. Et ne rien faire est aussi une décision : soit vous choisissez « Ne rien faire », soit le délai passe et c'est compté comme un silence. Parfois c'est le bon choix, souvent non.
-> comments_pair

=== comments_pair ===
# post: p2
# from: awa
# on: comments
# after: 1m
# kind: praise
# mood: happy
# facts: place=à Rennes
# deadline: 60m
# hint: Un message positif n'est pas un problème à traiter. Qu'est-ce qui ferait plaisir à Awa, à sa mère et à la boutique, sans en faire trop ?
Un grand merci à Sandrine de la boutique Onda de Rennes centre 🙏 Elle a passé 40 min à transférer toutes les photos de ma mère sur son nouveau téléphone, avec une patience d'ange. Maman est ravie, elle m'a déjà envoyé 3 selfies 😂
# post: p3
# from: gains
# on: comments
# after: 1m
# kind: spam
# mood: enthusiastic
# deadline: 45m
# hint: Pensez aux clients âgés qui lisent ces commentaires. Que risquent-ils si ce message reste visible ?
🔥 GAGNEZ 1 000 € PAR SEMAINE depuis chez vous !! Méthode 100 % légale, déjà 3 000 retraités conquis 👉 gainsfaciles24.net
- (open)
* {not awa_done} [Merci beaucoup Awa pour ce message 😊 Nous le transmettons avec plaisir à Sandrine et à toute l'équipe de Rennes centre. Belle découverte du nouveau téléphone à votre maman, et bravo pour les selfies ! #post: p2 #action: reply #tone: empathetic #judgement: best #intents: thank #why: Un merci chaleureux et à sa mesure, et la promesse facile à tenir de transmettre le compliment : Awa se sent lue, la boutique sera fière.]
  ~ awa_done = true
  ~ points += 2
  -> open
* {not awa_done} [Liker le commentaire d'Awa. #post: p2 #action: like #judgement: good #intents: thank #why: Le like montre que le message a été vu ; un mot pour Sandrine et pour sa mère aurait fait davantage plaisir.]
  ~ awa_done = true
  ~ points += 1
  -> open
* {not awa_done} [Merci Awa ! Profitez-en : -20 % sur les coques et protections d'écran jusqu'à dimanche avec le code MERCI20. #post: p2 #action: reply #tone: neutral #judgement: poor #intents: thank #why: Glisser une promotion sous un remerciement sincère, c'est transformer un joli moment en publicité : Awa a l'impression de parler à un catalogue.]
  ~ awa_done = true
  -> open
* {not awa_done} [Ignorer #post: p2 #action: ignore #judgement: poor #why: Rien de grave, mais un client qui prend le temps de féliciter une boutique et n'a aucun retour, c'est une occasion manquée.]
  ~ awa_done = true
  -> open
* {not spam_done} [Supprimer le commentaire : publicité frauduleuse avec un lien douteux. #post: p3 #action: delete #judgement: best #why: Une arnaque qui vise les retraités n'a rien à faire sous nos publications : la supprimer protège les clients, sans débat ni réponse.]
  ~ spam_done = true
  ~ spam = 1
  ~ points += 2
  -> open
* {not spam_done} [Masquer le commentaire pour qu'il ne soit plus visible des abonnés. #post: p3 #action: hide #judgement: good #why: Les abonnés ne le voient plus, c'est l'essentiel. Pour un robot qui colle un lien d'arnaque, la suppression est plus nette.]
  ~ spam_done = true
  ~ spam = 2
  ~ points += 1
  -> open
* {not spam_done} [Attention : ce message n'a rien à voir avec Onda Mobile, ne cliquez surtout pas sur ce lien. #post: p3 #action: reply #tone: neutral #judgement: poor #intents: correct #why: Bien intentionné, mais répondre au spam le fait remonter dans le fil, et le lien reste en ligne juste au-dessus de votre avertissement.]
  ~ spam_done = true
  ~ spam = 3
  -> open
* {not spam_done} [Ignorer #post: p3 #action: ignore #judgement: poor #why: Le lien d'arnaque reste visible toute la journée sous nos publications, lu par des clients qui nous font confiance.]
  ~ spam_done = true
  ~ spam = 4
  -> open
* -> data_tip

=== data_tip ===
{ spam == 4:
  # memo: after-sales
  # after: 1m
  Pour info : une cliente vient d'appeler, inquiète. Elle a cliqué sur le lien « 1 000 € par semaine » sous votre publication et a donné son adresse e-mail. On l'a rassurée et on lui a conseillé de changer son mot de passe.
}
# memo: coach
# after: 1m
Règle d'or de la charte : les informations personnelles (numéro de téléphone, numéro client, adresse, facture) ne s'échangent qu'en message privé. Jamais en public, même quand c'est le client qui les a écrites le premier. Sur le réseau social, le délai visé est de 15 minutes.
-> monique_post

=== monique_post ===
# post: p4
# from: monique
# on: microblog
# after: 1m
# kind: request
# mood: worried
# facts: price=32,99 €
# subject: price
# deadline: 45m
# hint: Monique a besoin d'aide, et elle a écrit quelque chose qu'elle n'aurait pas dû. Relisez la règle d'or que Nadia vient de rappeler.
Bonjour Onda, j'ai été prélevée deux fois de 32,99 € ce mois-ci. Pouvez-vous vérifier mon compte s'il vous plaît ? Vous pouvez me rappeler au 06 39 98 45 12, je suis chez moi tout l'après-midi. Merci beaucoup. Monique G.
* [Bonjour Monique, merci de nous avoir écrit : nous allons vérifier ce double prélèvement avec vous. Nous vous envoyons un message privé pour la suite. Par prudence, vous pouvez supprimer ce message : votre numéro de téléphone y est visible de tous. #post: p4 #action: reply #tone: empathetic #judgement: best #intents: greet, explain, move-to-dm #why: Une réponse publique rapide qui rassure, la suite en privé, et un conseil discret pour protéger son numéro, sans jamais le répéter.]
  ~ monique = 1
  ~ points += 2
  -> routing_tip
* [Écrire directement à Monique en message privé pour lui demander son numéro client. #post: p4 #action: dm #tone: empathetic #judgement: good #intents: ask-details, move-to-dm #why: Monique est prise en charge, mais personne ne lui dit que son numéro de téléphone est affiché en public, et son message reste sans réponse visible.]
  ~ monique = 2
  ~ points += 1
  -> routing_tip
* [Bonjour Monique, c'est noté : un conseiller vous rappelle cet après-midi au 06 39 98 45 12. #post: p4 #action: reply #tone: empathetic #judgement: bad #breaks: no-personal-data, no-promise #intents: promise #why: Répéter son numéro en public l'expose une deuxième fois, sous le nom d'Onda, et promettre un appel dans l'après-midi engage un service qui n'a rien validé.]
  ~ monique = 3
  ~ leaked = true
  ~ points -= 1
  -> routing_tip
* [Bonjour, un double prélèvement vient le plus souvent d'une erreur de la banque. Nous vous invitons à la contacter en premier lieu. #post: p4 #action: reply #tone: defensive #judgement: poor #breaks: no-blame #intents: refuse #why: Renvoyer la faute vers la banque sans avoir rien vérifié, c'est se débarrasser d'une cliente âgée qui vous fait confiance, et c'est peut-être faux.]
  ~ monique = 4
  -> routing_tip
* [Ignorer #post: p4 #action: ignore #judgement: bad #why: Une cliente inquiète pour son argent, son numéro affiché en public, et pas un mot pendant trois quarts d'heure : c'est tout ce que la charte cherche à éviter.]
  ~ monique = 5
  ~ points -= 1
  -> routing_tip

=== routing_tip ===
{ monique == 1:
  # memo: coach
  # after: 30s
  Parfait : vous l'avez rassurée en public sans répéter son numéro, et la suite se passe en privé.
- else:
  # memo: coach
  # after: 30s
  Monique va revenir vers nous. Gardez en tête la règle d'or : ses informations personnelles, c'est en privé.
}
# memo: coach
# after: 1m
Quand un cas demande une vérification interne, on le transmet au bon service avec « Transmettre » : le SAV pour une facture, une ligne ou un contrat ; l'expert produit pour une question technique (box, réseau, réglages) ; le juridique pour une menace de procès ou une donnée exposée ; la presse pour un journaliste ; la direction pour tout risque pour la sécurité des personnes. Transmettre, ce n'est pas se débarrasser : on résume le cas pour que le service n'ait rien à redemander.
{ monique <= 2:
  -> monique_private
- else:
  -> monique_public
}

=== monique_private ===
# post: p5
# from: monique
# on: dm
# after: 2m
# kind: request
# mood: neutral
# facts: price=32,99 €
# subject: price
# deadline: 45m
# hint: Vous avez maintenant tout ce qu'il faut. Qui, chez Onda, peut corriger un prélèvement ? Et Monique saura-t-elle ce qui va se passer ?
Bonjour, voilà mon numéro client : 4402 1187 36. Les deux prélèvements sont du 5 et du 6 du mois, 32,99 € chacun. {monique == 1: J'ai supprimé mon message comme vous me l'avez conseillé.|Faut-il que j'enlève mon premier message, celui avec mon numéro ?} Excusez-moi, je ne suis pas très douée avec tout ça.
* [Transmettre au SAV : double prélèvement de 32,99 € les 5 et 6, numéro client reçu en privé, rappel souhaité l'après-midi. Et répondre à Monique que le service facturation la contacte. #post: p5 #action: escalate #to: after-sales #judgement: best #intents: escalate, explain #why: Le bon service, un résumé complet qui évite de tout lui redemander, et une cliente qui sait ce qui va se passer.]
  ~ monique_helped = true
  ~ points += 2
  -> scoring_tip
* [Merci Monique, vous n'avez pas à vous excuser ! Pas d'inquiétude : un double prélèvement est remboursé automatiquement sous 10 jours. #post: p5 #action: dm #tone: empathetic #judgement: poor #breaks: no-promise #intents: promise #why: Gentil, mais rien n'a été vérifié ni transmis : le « remboursement automatique » est une promesse inventée, et le dossier n'est arrivé chez personne.]
  -> scoring_tip
* [Transmettre le dossier de Monique à l'expert produit. #post: p5 #action: escalate #to: product #judgement: poor #intents: escalate #why: Une facture relève du SAV, pas des techniciens : le dossier va faire un aller-retour et Monique attendra deux fois plus.]
  -> scoring_tip
* [Pour toute question de facturation, merci d'appeler notre service client du lundi au vendredi, de 9 h à 19 h. #post: p5 #action: dm #tone: neutral #judgement: poor #intents: refuse #why: Monique vient de tout expliquer : la renvoyer vers un standard téléphonique, c'est lui faire tout recommencer, alors que vous pouviez transmettre en un clic.]
  -> scoring_tip
* [Ignorer #post: p5 #action: ignore #judgement: bad #why: Monique a fait exactement ce qu'on lui demandait, et plus personne ne lui répond : elle reviendra en public, et elle aura raison.]
  ~ points -= 1
  -> scoring_tip

=== monique_public ===
# post: p5
# from: monique
# on: microblog
# in: p4
# after: 2m
# kind: complaint
# mood: worried
# facts: price=32,99 €
# subject: service
# deadline: 45m
# hint: Monique s'impatiente et son numéro est toujours visible. Comment la rassurer devant tout le monde, tout en gardant ses informations à l'abri ?
{monique == 3:Bonjour, on m'a écrit ici qu'un conseiller me rappelait. Toujours rien… Et ma petite-fille dit que j'ai eu tort de laisser mon numéro, qu'on le voit partout maintenant ?|{monique == 4:Ma banque me dit que ce n'est pas elle : c'est bien Onda qui a prélevé deux fois. Alors, qui s'en occupe ?|Toujours pas de réponse… Est-ce que quelqu'un lit les messages ici ?}}
* [Monique, pardon pour cette attente. Nous vous écrivons tout de suite en message privé pour régler ce double prélèvement avec le service facturation. Et par prudence, vous pouvez supprimer votre premier message : votre numéro y est visible. #post: p5 #action: reply #tone: empathetic #judgement: best #intents: apologise, move-to-dm #why: On reconnaît l'attente sans se justifier, la suite passe en privé et on l'aide à protéger son numéro : l'inquiétude retombe.]
  ~ monique_helped = true
  ~ points += 2
  -> scoring_tip
* [Transmettre au SAV le message de Monique pour qu'ils la rappellent. #post: p5 #action: escalate #to: after-sales #judgement: good #intents: escalate #why: Le bon service est saisi, mais Monique n'en sait rien, et son numéro reste affiché en public.]
  ~ monique_helped = true
  ~ points += 1
  -> scoring_tip
* [Bonjour, les demandes sont traitées dans l'ordre d'arrivée. Merci de votre patience. #post: p5 #action: reply #tone: defensive #judgement: poor #intents: refuse #why: La phrase d'un guichet, servie à une cliente âgée qui attend : elle sonne comme « débrouillez-vous », et rien n'avance.]
  -> scoring_tip
* [Ignorer #post: p5 #action: ignore #judgement: bad #why: Deux messages sans réponse : Monique conclut que personne ne s'occupe d'elle, et ses abonnés aussi.]
  ~ points -= 1
  -> scoring_tip

=== scoring_tip ===
# memo: coach
# after: 1m
Comment êtes-vous évalué ? Sur cinq critères : la diplomatie (le ton de vos messages), la rapidité (votre délai comparé à celui de la charte), le respect de la charte (chaque règle enfreinte coûte des points), le discernement (la bonne action pour chaque message : répondre, passer en privé, transmettre, modérer ou laisser) et l'état de la communauté (l'évolution du sentiment et de l'e-réputation). Le débrief reprendra chaque décision, une par une.
# memo: coach
# after: 1m
Deux derniers messages : un client qui a un souci de box, et un habitué du forum qui répond à Bernard. À vous de choisir par lequel commencer.
-> evening_pair

=== evening_pair ===
# post: p6
# from: lucas
# on: microblog
# after: 1m
# kind: question
# mood: neutral
# facts: product=la box fibre
# subject: defect
# deadline: 45m
# hint: Lucas a déjà fait les vérifications de base et décrit précisément son problème. Lisez-le jusqu'au bout. Qui, chez Onda, sait diagnostiquer une box ?
@OndaMobile ma box fibre redémarre toute seule tous les soirs vers 21 h, pile pendant mes parties en ligne 🙃 voyant rouge quelques secondes puis ça repart. J'ai déjà changé de prise et rebranché la fibre. Une idée ? \#fibre
# post: p7
# from: jeanpierre
# on: forum
# thread: Re : Mon forfait au Portugal : appels et internet ?
# rank: Expert de la communauté
# in: p1
# after: 2m
# kind: info
# mood: happy
# facts: product=le forfait 60 Go; place=en Espagne
# deadline: 60m
# hint: Tout n'appelle pas une réponse de la marque. L'information de Jean-Pierre est-elle juste ? Que mérite un client qui aide les autres ?
{bernard == 0:Bonjour Bernard, je vois que personne ne vous a répondu, alors je me permets :|{bernard == 3:Bonjour Bernard, la version courte, d'un client à un autre :|{bernard == 4:Petite précision pour Bernard : c'est inclus en Europe, pas partout ! Au Maroc l'an dernier, j'ai payé. En Europe en revanche, aucun souci :|Je confirme pour Bernard :}}} j'étais en Espagne en avril avec le même forfait, appels et internet comme à la maison, rien de plus sur la facture. Pensez juste à activer les données à l'étranger dans les réglages. Bon voyage !
- (open)
* {not lucas_done} [Merci Lucas pour ces détails précis, ils nous font gagner du temps. Un redémarrage chaque soir à la même heure n'est pas normal : nous transmettons à nos techniciens box et nous vous écrivons en message privé pour vérifier votre ligne à distance. #post: p6 #action: reply #tone: empathetic #judgement: best #intents: thank, explain, escalate, move-to-dm #why: Lucas voit qu'on l'a lu jusqu'au bout, sait ce qui va se passer, et la vérification de sa ligne se fera en privé avec les bonnes personnes.]
  ~ lucas_done = true
  ~ lucas = 1
  ~ points += 2
  -> open
* {not lucas_done} [Transmettre à l'expert produit, sans répondre à Lucas pour l'instant. #post: p6 #action: escalate #to: product #judgement: good #intents: escalate #why: Le bon service est saisi, mais Lucas ne le sait pas : sur le réseau social, une question sans réponse visible pendant des heures ressemble à de l'indifférence.]
  ~ lucas_done = true
  ~ lucas = 2
  ~ points += 1
  -> open
* {not lucas_done} [Bonjour Lucas, avez-vous essayé de redémarrer votre box ? Débranchez-la 30 secondes, puis rebranchez-la. #post: p6 #action: reply #tone: neutral #judgement: poor #intents: explain #why: Lucas a écrit qu'il avait déjà tout rebranché : lui servir la réponse toute faite montre qu'on ne l'a pas lu, et il le fera savoir.]
  ~ lucas_done = true
  ~ lucas = 3
  -> open
* {not lucas_done} [Bonjour Lucas, rassurez-vous, chez Kairn Télécom les box plantent trois fois par soir 😅 On regarde ça ! #post: p6 #action: reply #tone: neutral #judgement: bad #breaks: no-competitor #intents: explain #why: La plaisanterie sur un concurrent est interdite par la charte, et elle ne règle rien : Lucas a toujours sa box qui redémarre.]
  ~ lucas_done = true
  ~ lucas = 4
  ~ points -= 1
  -> open
* {not lucas_done} [Ignorer #post: p6 #action: ignore #judgement: poor #why: Une question technique précise restée sans réponse : Lucas en parlera à ses camarades, avec les mots qu'on imagine.]
  ~ lucas_done = true
  ~ lucas = 5
  -> open
* {not jp_done} [Merci Jean-Pierre pour ce coup de main, c'est exactement ça 👍 Bon voyage à Bernard ! #post: p7 #action: reply #tone: empathetic #judgement: best #intents: thank #why: Un merci public à un client qui aide les autres : il se sent reconnu, et le forum voit que l'entraide compte pour la marque.]
  ~ jp_done = true
  ~ jp = 1
  ~ points += 2
  -> open
* {not jp_done} [Liker la réponse de Jean-Pierre. #post: p7 #action: like #judgement: good #intents: thank #why: Le like valide une information juste sans alourdir le fil ; un mot de merci l'aurait davantage valorisé.]
  ~ jp_done = true
  ~ jp = 2
  ~ points += 1
  -> open
* {not jp_done} [Merci Jean-Pierre. Nous rappelons à tous que notre option Pass Monde, à 9,99 € par mois, vous permet de voyager sereinement hors d'Europe. #post: p7 #action: reply #tone: neutral #judgement: poor #intents: thank, explain #why: Transformer l'aide spontanée d'un client en argument de vente, c'est le meilleur moyen qu'il n'aide plus personne.]
  ~ jp_done = true
  ~ jp = 3
  -> open
* {not jp_done} [Masquer la réponse de Jean-Pierre : ce n'est pas à un client de répondre à notre place. #post: p7 #action: hide #judgement: bad #why: Masquer une réponse juste et bienveillante, c'est de la censure : l'entraide entre clients est une force, pas une concurrence.]
  ~ jp_done = true
  ~ jp = 4
  ~ points -= 1
  -> open
* {not jp_done} [Ignorer #post: p7 #action: ignore #judgement: good #why: Rien d'urgent : l'information est juste et le fil est résolu. Ne rien faire est acceptable ici, même si un merci aurait valorisé Jean-Pierre.]
  ~ jp_done = true
  ~ jp = 5
  ~ points += 1
  -> open
* -> bernard_back

=== bernard_back ===
{ bernard == 1 || bernard == 2 || ((bernard == 0 || bernard == 3) && jp != 4):
  -> bernard_happy
- else:
  -> bernard_again
}

=== bernard_happy ===
# post: p8
# from: bernard
# on: forum
# thread: Re : Mon forfait au Portugal : appels et internet ?
# rank: Nouveau membre
# in: p1
# after: 4m
# kind: praise
# mood: happy
# facts: product=le forfait 60 Go; place=à Porto
# deadline: 60m
# hint: Une bonne nouvelle qui clôt une histoire. Quelle réponse serait à la mesure de ce message ?
Bien reçu, merci à tous ! J'ai activé le réglage avec mon petit-fils au téléphone, tout est prêt pour Porto. C'est agréable d'avoir des réponses claires, pour une fois que je comprends quelque chose à la technique 😊
* [Merci Bernard, ça nous fait très plaisir. Très bon séjour à Porto, et profitez bien de vos petits-enfants ! #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank #why: Un au revoir chaleureux et simple : Bernard repart avec l'image d'une marque humaine, et le fil se termine bien pour tous ceux qui le liront.]
  ~ points += 2
  -> wrap
* [Liker le message de Bernard. #post: p8 #action: like #judgement: good #intents: thank #why: Le like referme le fil correctement ; un mot personnel aurait été plus chaleureux pour un client fidèle depuis quinze ans.]
  ~ points += 1
  -> wrap
* [Merci Bernard ! Et pour vos prochains voyages hors d'Europe, pensez à notre Pass Monde à 9,99 € par mois. #post: p8 #action: reply #tone: neutral #judgement: poor #intents: thank #why: Une vente glissée sous un merci gâche le moment : Bernard voulait dire au revoir, pas recevoir une offre.]
  -> wrap
* [Ignorer #post: p8 #action: ignore #judgement: poor #why: Un client content qui revient le dire, c'est rare : le laisser sans réponse gâche la fin de l'histoire.]
  -> wrap

=== bernard_again ===
# post: p8
# from: bernard
# on: forum
# thread: Re : Mon forfait au Portugal : appels et internet ?
# rank: Nouveau membre
# in: p1
# after: 4m
# kind: question
# mood: worried
# facts: product=le forfait 60 Go
# subject: price
# deadline: 60m
# hint: Deuxième chance avec Bernard. Que lui faut-il pour partir tranquille, et où cette réponse servira-t-elle aussi aux autres ?
{ bernard == 4: Vous m'aviez écrit « partout pareil », mais un monsieur du forum dit que ce n'est pas vrai hors d'Europe… Mon fils va au Maroc en juin. Qui a raison ?|Je pars demain et je n'ai toujours pas compris si internet est compris au Portugal. Je n'ose pas l'allumer là-bas. Quelqu'un peut m'expliquer simplement ?}
* [Bonjour Bernard, pardon pour ce manque de clarté. Au Portugal, comme partout dans l'Union européenne, votre forfait fonctionne comme en France, dans la limite « Europe » indiquée dans votre espace client. Hors d'Europe, au Maroc par exemple, c'est différent : votre fils peut nous écrire en privé avant de partir et on regardera avec lui. #post: p8 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, move-to-dm #why: On reconnaît le flou, on corrige avec des mots simples et justes, là où tout le forum le lira : la confiance revient.]
  ~ points += 2
  -> wrap
* [Répondre à Bernard en message privé avec les bonnes explications. #post: p8 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Bernard est enfin renseigné, mais l'information erronée ou manquante reste telle quelle sur le forum.]
  ~ points += 1
  -> wrap
* [Bonjour, nous vous invitons à consulter les conditions de votre offre dans votre espace client. #post: p8 #action: reply #tone: neutral #judgement: poor #intents: refuse #why: Deuxième renvoi sans réponse : Bernard part sans savoir, et le forum voit une marque qui esquive.]
  -> wrap
* [Ignorer #post: p8 #action: ignore #judgement: poor #why: Bernard part demain : sans réponse, il coupera tout son téléphone pendant trois semaines, ou il aura une mauvaise surprise.]
  -> wrap

=== wrap ===
# memo: coach
# after: 30s
C'est tout pour ce matin, merci ! Vous allez voir le débrief : vos cinq notes, puis chaque décision expliquée, avec une meilleure réponse quand il y en avait une. Rien de ce que vous avez fait ce matin n'est grave : c'est fait pour apprendre.
{
- points >= 12 && not leaked:
  -> end_great
- points >= 6:
  -> end_fine
- else:
  -> end_shaky
}

=== end_great ===
# end: great-first-day
# after: 1m
Excellent premier jour. Bernard part à Porto rassuré, {monique_helped:Monique a son dossier entre les mains du SAV|Monique attend encore des nouvelles, mais le reste de la matinée a été solide}, {spam == 1 || spam == 2:l'arnaque a disparu de nos commentaires|l'arnaque est restée un moment en ligne, à surveiller la prochaine fois} et les clients qui aident les autres se sentent reconnus. Vous avez trouvé le bon ton : simple, chaleureux, précis, et vous avez gardé les informations personnelles à l'abri. Nadia vous confie la permanence de demain après-midi.
-> END

=== end_fine ===
# end: good-start
# after: 1m
Un bon début, avec quelques réflexes à prendre. {leaked:Le numéro de Monique a été répété en public : c'est la leçon du jour, une donnée personnelle ne se traite qu'en privé. }{not monique_helped:Le dossier de Monique n'est pas encore arrivé au SAV : transmettre, avec un résumé complet, c'est ce qui fait avancer un client. }{spam == 3 || spam == 4:Le lien d'arnaque est resté visible sous nos publications. }Le débrief vous montre, décision par décision, ce qui aurait pu être plus juste. Nadia vous propose de refaire la matinée : la deuxième fois, tout va plus vite.
-> END

=== end_shaky ===
# end: shaky-start
# after: 1m
Une matinée un peu hésitante, et c'est normal : c'était la première. {leaked:Le numéro de Monique a été répété en public, ce qu'on ne fait jamais. }Plusieurs clients sont restés sans réponse claire ou ont été renvoyés ailleurs. Rien d'irréparable : Monique et Bernard ont été rappelés par l'équipe. Prenez le temps de lire le débrief, chaque décision y est expliquée avec une meilleure réponse, puis rejouez la matinée avec les conseils de Nadia en tête.
-> END
