// Frontline — defect-crisis (français)
// Un chargeur défectueux, une cliente en colère, et une matinée qui s'emballe.
// Même structure que defect-crisis.en.ink : mêmes nœuds, mêmes choix, mêmes tags (seul `why` change).

VAR trust = 0          // confiance des clients et de la communauté
VAR heat = 0           // température de la crise (viralité, colère)
VAR leaked = false     // une donnée personnelle publiée par la marque
VAR promised = false   // un engagement public non validé (remboursement…)
VAR asked_public = false // la marque a demandé le n° de commande en public
VAR censored = false   // un avis légitime supprimé
VAR mocked = false     // un concurrent moqué
VAR press = 0          // 0 rien, 1 service presse, 2 réponse directe, 3 « pas de commentaire », 4 fuite de chiffres, 5 ignorée
VAR troll = 0          // 0 ouvert, 1 masqué, 2 banni, 3 nourri, 4 laissé en ligne
VAR lea_dm = false     // Léa est passée en message privé
VAR jade_sent = false  // une fan envoyée au front contre Léa
VAR marc_done = false  // avis de Marc traité (posts ouverts en parallèle)
VAR jade_done = false  // commentaire de Jade traité
VAR gerard_done = false // message de Gérard traité
VAR reply_judgement = "" // posé par le moteur avant la branche de conséquence d'une réponse écrite
VAR reply_action = ""    // reply, dm ou escalate
// Ce qui change d'une partie à l'autre (manifest.json, « variants ») ; les valeurs par défaut donnent le scénario tel qu'écrit.
VAR model = "Zadig"      // le modèle de vélo : noms masculins à initiale consonne (« le », « du », « mon », « un »)
VAR price = "1 890 €"    // son prix
VAR commute = "18 km"    // le trajet quotidien de Léa
VAR outlet = "Roue Libre Mag" // le média de la journaliste
VAR review_wait = "12m" // quand arrive l'avis de Marc
VAR filing = "14 h"      // l'heure de bouclage de la journaliste
VAR lea_first = "Léa"
VAR lea_handle = "@lea_velotaf"
VAR marc_first = "Marc"
VAR noah_first = "Noah"
VAR claire_first = "Claire"
VAR claire_name = "Claire Vasseur"

-> intro

=== intro ===
Lundi, 8 h 30. Premier café, première permanence sur les comptes de Voltaire Cycles.
# memo: manager
Salut ! Je suis en réunion fournisseurs jusqu'à midi, tu tiens la permanence réseaux. La charte est dans ton onglet : on vouvoie, on ne promet rien qui ne soit validé, les données perso passent en MP. Le SAV, le juridique et la presse sont joignables toute la matinée. Bon courage 💪
-> lea_post

=== lea_post ===
# post: p1
# from: lea
# on: microblog
# after: 2m
# kind: complaint
# mood: angry
# facts: delay=deux jours; product=le {model}; price={price}
# subject: defect
# deadline: 30m
{~Livré mardi, mort jeudi.|Deux jours. Il aura tenu deux jours.} Le chargeur de mon {model} clignote rouge et plus rien, batterie à 0. {price} le vélo, je vais bosser comment demain ?? @VoltaireCycles franchement 😡 \#SAV \#déçue
# comment: p1
# as: neutral
# after: 3m
Pareil ici, {model} livré la semaine dernière et le chargeur clignote rouge depuis hier. Un lot défectueux ?
# comment: p1
# as: fan
# after: 2m
Trois ans sur mon Voltaire sans un souci. Ils vont régler ça, {lea_first}, courage.
* [{~Bonjour {lea_first}, ce n'est vraiment pas l'expérience qu'on veut pour vous, surtout deux jours après la livraison 😔 Écrivez-nous en message privé avec votre numéro de commande : on regarde ça avec le SAV dès ce matin.|{lea_first}, on est vraiment désolés : deux jours après la livraison, ce n'est pas normal 😔 Envoyez-nous votre numéro de commande en message privé, et on voit ça avec le SAV dès ce matin.} #post: p1 #action: reply #tone: empathetic #judgement: best #intents: apologise, move-to-dm, escalate #why: Réponse publique rapide et humaine, et les données de commande passent en privé : la cliente se sent entendue et tous ceux qui lisent voient que la marque s'en occupe.]
  ~ trust += 2
  ~ heat -= 1
  ~ lea_dm = true
  -> morning
* [Écrire directement à {lea_first} en message privé, sans répondre sous son post. #post: p1 #action: dm #tone: empathetic #judgement: good #intents: apologise, ask-details #why: La cliente est prise en charge, mais sous son post la marque reste muette : les curieux qui passent ne voient qu'une cliente en colère sans réponse.]
  ~ trust += 1
  ~ lea_dm = true
  -> morning
* [Bonjour, nos batteries et chargeurs sont testés selon les normes les plus strictes. Vérifiez que vous utilisez bien le chargeur d'origine sur une prise en bon état. #post: p1 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: explain #why: Le discours « nos produits sont parfaits, vérifiez votre prise » renvoie la faute sur une cliente qui n'y est pour rien : c'est exactement ce genre de réponse qu'on capture et qu'on partage.]
  ~ trust -= 2
  ~ heat += 2
  -> morning
* [Oh non {lea_first} ! Donnez-nous votre numéro de commande ici et on vous rembourse intégralement dès aujourd'hui, promis 🙏 #post: p1 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise, no-personal-data #intents: apologise, promise, ask-details #why: L'intention est bonne, mais demander un numéro de commande en public expose ses données, et promettre un remboursement sans l'accord du SAV engage toute la marque auprès de chaque client qui lira ce message.]
  ~ trust += 1
  ~ promised = true
  ~ asked_public = true
  -> morning
* [Réponse écrite #post: p1 #action: written #breaks: no-aggression]
  ~ trust -= 3
  ~ heat += 3
  -> written_insult
* [Réponse écrite #post: p1 #action: written #breaks: no-personal-data, no-confidential]
  ~ leaked = true
  ~ heat += 2
  -> written_leak
* [Réponse écrite #post: p1 #action: written #breaks: no-blame]
  ~ trust -= 2
  ~ heat += 2
  -> written_blame
* [Réponse écrite #post: p1 #action: written #breaks: no-promise]
  ~ trust += 1
  ~ promised = true
  -> written_promise
* [Réponse écrite #post: p1 #action: written]
  {reply_judgement == "best" or reply_judgement == "good":
    ~ trust += 2
    ~ heat -= 1
  - else:
    ~ heat += 1
  }
  {reply_action == "dm" or reply_action == "escalate":
    ~ lea_dm = true
  }
  -> morning
* [Ignorer #post: p1 #action: ignore #judgement: bad #why: Trente minutes de silence sur un réseau social, c'est une éternité : d'autres clients se joignent à la cliente et la marque a l'air absente.]
  ~ trust -= 1
  ~ heat += 2
  -> morning

=== written_insult ===
# memo: manager
# after: 3m
Je viens de voir votre réponse à {lea_first} depuis ma réunion. Quelqu'un en a déjà fait une capture d'écran, et elle circule plus vite que sa plainte. Plus rien du compte de la marque sur ce fil tant qu'on n'en a pas parlé : je prépare des excuses avec le juridique.
-> morning

=== written_leak ===
# memo: legal
# after: 4m
Votre réponse à {lea_first} met sur la place publique une information qui n'aurait jamais dû sortir de nos systèmes. On demande son retrait à la plateforme, mais elle a été vue et copiée. Désormais : données personnelles et chiffres internes en MP ou chez nous, sans exception.
-> morning

=== written_blame ===
# memo: after-sales
# after: 5m
Attention : {lea_first} a utilisé le chargeur livré avec le vélo, comme les trois autres clients qui nous ont appelés. Votre réponse laisse entendre que c'est sa faute, et elle la cite dans les commentaires. Ce matin, mieux vaut s'excuser qu'avoir raison.
-> morning

=== written_promise ===
# memo: after-sales
# after: 5m
Quatre clients viennent de citer votre réponse publique à {lea_first} pour réclamer le même remboursement, aujourd'hui. Rien n'est validé : merci de ne pas nous engager en public tant qu'on ne sait pas quel lot est touché.
-> morning

=== morning ===
# memo: after-sales
# after: 10m
Trois clients nous ont appelés ce matin pour le même symptôme que {lea_first} : chargeur qui clignote rouge, puis plus rien. On vérifie les numéros de lot, retour d'ici une heure. En attendant, rien de précis en public.
-> review_and_fan

=== review_and_fan ===
{shuffle:
- -> marc_review -> jade_fan ->
- -> jade_fan -> marc_review ->
}
- (open)
* {not marc_done} [{~Bonjour {marc_first}, vous avez raison sur un point essentiel : deux mails sans réponse, ce n'est pas acceptable, et nous en sommes désolés. Votre dossier est transmis au SAV en priorité ; écrivez-nous en message privé pour qu'on suive ça ensemble.|{marc_first}, merci pour cet avis détaillé. Sur le SAV, vous avez raison : deux mails restés sans réponse, c'est inacceptable, et on s'en excuse. Votre dossier part au SAV en priorité ; écrivez-nous en privé et on le suit avec vous.} #post: p2 #action: reply #tone: empathetic #judgement: best #intents: apologise, escalate, move-to-dm #why: Reconnaître ce qui est juste dans une critique dure, sous l'avis lui-même, c'est ce que liront tous les futurs acheteurs : l'avis reste sévère mais la réponse rassure.]
  ~ marc_done = true
  ~ trust += 1
  -> open
* {not marc_done} [Transmettre le cas de {marc_first} au SAV, sans répondre publiquement à son avis. #post: p2 #action: escalate #to: after-sales #judgement: good #intents: escalate #why: Le client sera rappelé, c'est l'essentiel, mais l'avis reste sans réponse de la marque pour tous ceux qui le liront.]
  ~ marc_done = true
  -> open
* {not marc_done} [Bonjour, nos équipes répondent sous 48 h ouvrées, comme indiqué dans nos conditions générales. Votre note nous semble un peu sévère pour un premier incident. #post: p2 #action: reply #tone: defensive #judgement: poor #intents: explain, refuse #why: Opposer les conditions générales à un client qui attend depuis des jours, c'est avoir raison sur le papier et tort devant tous les lecteurs de l'avis.]
  ~ marc_done = true
  ~ trust -= 1
  ~ heat += 1
  -> open
* {not marc_done} [Signaler l'avis et le supprimer : il fait baisser la note moyenne au pire moment. #post: p2 #action: delete #judgement: bad #why: Cet avis est dur mais juste : le supprimer, c'est de la censure. Son auteur a gardé une capture, et « Voltaire efface les avis négatifs » fait bien plus de dégâts qu'une étoile de moins.]
  ~ marc_done = true
  ~ censored = true
  ~ trust -= 2
  ~ heat += 3
  -> open
* {not marc_done} [Ignorer #post: p2 #action: ignore #judgement: poor #why: Un avis négatif sans réponse reste en haut de la page pendant des mois : chaque visiteur conclut que personne ne l'a lu.]
  ~ marc_done = true
  ~ trust -= 1
  -> open
* {not jade_done} [{~Merci Jade, ça fait du bien ce matin 💚 Bonne route jusqu'en cours !|Ça fait chaud au cœur ce matin, merci Jade 💚 Bonne route !} #post: p3 #action: reply #tone: empathetic #judgement: best #intents: thank #why: Un merci court et sincère à une fan qui vous soutient : c'est tout ce qu'il faut, sans transformer son message en communiqué de crise.]
  ~ jade_done = true
  ~ trust += 1
  -> open
* {not jade_done} [Liker le commentaire de Jade. #post: p3 #action: like #judgement: good #why: Un like suffit à montrer qu'on l'a lue ; un mot personnel aurait un peu plus compté pour une fan fidèle.]
  ~ jade_done = true
  -> open
* {not jade_done} [Merci Jade. Nous tenons à préciser que nous prenons très au sérieux les signalements de ce jour et que nous mettons tout en œuvre pour apporter une réponse adaptée à chaque situation. #post: p3 #action: reply #tone: neutral #judgement: poor #intents: thank, explain #why: Répondre à un petit mot gentil par un paragraphe de langue de bois sur la crise, c'est amener la polémique dans le seul fil où tout allait bien.]
  ~ jade_done = true
  ~ heat += 1
  -> open
* {not jade_done} [Merci Jade 😍 N'hésitez pas à le dire sous le post de {lea_first}, ça remettra les pendules à l'heure ! #post: p3 #action: reply #tone: empathetic #judgement: bad #intents: thank #why: Envoyer une fan contredire une cliente qui a un vrai problème, c'est monter la communauté contre un client : la cliente le verra, et elle aura raison d'en être blessée.]
  ~ jade_done = true
  ~ jade_sent = true
  ~ trust -= 1
  ~ heat += 1
  -> open
* {not jade_done} [Ignorer #post: p3 #action: ignore #judgement: poor #why: Rien de grave, mais une fan qui vous encourage un jour de crise et qui n'a aucun retour, c'est une occasion manquée.]
  ~ jade_done = true
  -> open
* -> batch


=== marc_review ===
# post: p2
# from: marc
# on: reviews
# after: {review_wait}
# kind: complaint
# mood: angry
# facts: product=le chargeur; delay=trois jours
# subject: defect
# stars: 2
# deadline: 60m
Beau vélo, assistance agréable… jusqu'à ce que le chargeur lâche au bout de trois jours. Depuis : deux mails sans réponse et une hotline qui raccroche après vingt minutes d'attente. À ce prix-là, le SAV devrait être irréprochable. Je ne recommande pas en l'état.
->->

=== jade_fan ===
# post: p3
# from: jade
# on: comments
# after: 6m
# kind: praise
# mood: happy
# facts: product=le {model}
# deadline: 45m
{~8 mois que je vais en cours avec mon {model}, pas une seule panne 💚|Huit mois que mon {model} m'emmène en cours, zéro panne 💚} bon courage à l'équipe aujourd'hui, ça a l'air chaud sur votre fil 😅
->->

=== batch ===
# memo: after-sales
# after: 15m
Confirmé : un lot de chargeurs livrés entre le 3 et le 10 est défectueux, environ 140 clients. Le vélo et la batterie ne sont pas en cause. Des chargeurs neufs partent dès aujourd'hui, par coursier sur la région lyonnaise et en express ailleurs, et on appelle chaque client un par un. Les chiffres restent en interne.
# memo: legal
# after: 4m
Pour le public : vous pouvez dire que nous avons identifié un problème sur une partie des chargeurs et que les clients concernés sont contactés individuellement. Pas un mot sur la responsabilité, les remboursements ou les chiffres. Toute question de journaliste part au service presse.
-> noah

=== noah ===
{ heat >= 3:
  # post: p4
  # from: noah
  # on: microblog
  # in: p1
  # after: 20m
  # kind: rumour
  # mood: angry
  # facts: product=les chargeurs Voltaire
  # deadline: 30m
  Troisième DM ce matin sur des chargeurs @VoltaireCycles morts en 48 h. Et la marque {censored: supprime carrément les avis négatifs, capture à l'appui|ne répond pas vraiment}. Vous êtes 48k ici : vous avez eu le souci ? Je veux comprendre avant d'en faire une vidéo 👀 \#VoltaireGate
- else:
  # post: p4
  # from: noah
  # on: microblog
  # in: p1
  # after: 20m
  # kind: question
  # mood: worried
  # facts: product=les chargeurs Voltaire
  # subject: defect
  # deadline: 30m
  Plusieurs d'entre vous me signalent des chargeurs @VoltaireCycles qui lâchent après deux jours. La marque a l'air sur le coup avec {lea_first}, mais c'est un cas isolé ou un vrai problème ? 🤔 Vos retours m'intéressent.
}
* [{~Merci {noah_first} de poser la question franchement. Nous avons identifié un problème sur une partie des chargeurs livrés récemment ; chaque client concerné est contacté individuellement. Si vous avez un doute sur le vôtre, écrivez-nous en message privé 🙏|Bonne question, {noah_first}, et voici une réponse franche : nous avons identifié un problème sur une partie des chargeurs livrés récemment, et chaque client concerné est contacté individuellement. Un doute sur le vôtre ? Écrivez-nous en message privé 🙏} #post: p4 #action: reply #tone: empathetic #judgement: best #intents: thank, explain, move-to-dm #why: Une réponse factuelle, dans les mots validés par le juridique, sous le post de l'influenceur : ses 48 000 abonnés ont l'information à la source et la rumeur n'a plus de vide à remplir.]
  ~ trust += 1
  ~ heat -= 2
  -> troll_and_fan
* [Écrire à {noah_first} en message privé pour lui expliquer où en est la situation. #post: p4 #action: dm #tone: empathetic #judgement: good #intents: explain #why: L'influenceur est mieux informé et sa vidéo sera plus juste, mais ses abonnés, eux, ne voient toujours aucune réponse publique.]
  ~ heat -= 1
  -> troll_and_fan
* [Avec tout le respect, {noah_first}, vous relayez sans vérifier. Ampère Bikes a rappelé 3 000 vélos l'an dernier et personne n'en a fait une vidéo 😉 #post: p4 #action: reply #tone: aggressive #judgement: bad #breaks: no-competitor, no-aggression #intents: correct #why: Attaquer l'influenceur et tacler un concurrent dans la même phrase : c'est la réponse qu'on capture, qu'on partage, et qui devient le vrai sujet de la journée.]
  ~ mocked = true
  ~ trust -= 1
  ~ heat += 3
  -> troll_and_fan
* [Bonjour {noah_first}, rassurez vos abonnés : tous les clients touchés seront intégralement remboursés, on s'y engage ! #post: p4 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Le juridique vient d'interdire tout engagement public sur les remboursements : cette phrase, vue par 48 000 personnes, engage la marque envers chaque client, concerné ou non.]
  ~ promised = true
  ~ heat -= 1
  -> troll_and_fan
* [Ignorer #post: p4 #action: ignore #judgement: bad #why: Un influenceur qui pose une question publique et n'a pas de réponse en dira plus dans sa vidéo, et ce sera : « la marque n'a pas répondu ».]
  ~ heat += 2
  -> troll_and_fan

=== troll_and_fan ===
{shuffle:
- -> gerard_post -> zed_troll ->
- -> zed_troll -> gerard_post ->
}
- (open)
* {troll == 0} [{~Masquer la réponse de Zed : insulte sexiste envers une cliente et fausse rumeur d'incendie.|Masquer le commentaire de Zed, qui insulte une cliente et lance une fausse rumeur d'incendie.} #post: p5 #action: hide #judgement: best #why: Une insulte visant une cliente n'a rien d'une critique : la masquer protège la cliente et l'espace de discussion, sans offrir au troll la dispute qu'il cherche.]
  ~ troll = 1
  ~ trust += 1
  -> open
* {troll == 0} [Bannir @zed_sansfiltre du compte. #post: p5 #action: ban #judgement: good #why: Le bannissement est défendable face à une insulte sexiste, mais pour un premier message, masquer suffisait : Zed ira crier à la censure ailleurs.]
  ~ troll = 2
  ~ trust += 1
  -> open
* {troll == 0} [@zed_sansfiltre Toi, tu te calmes ou tu dégages. Le clown ici, c'est pas {lea_first}, c'est toi 🤡 #post: p5 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression, register-vous #intents: refuse #why: Répondre à l'insulte par l'insulte, en tutoyant, depuis le compte de la marque : le troll a gagné, et la capture fera le tour du fil.]
  ~ troll = 3
  ~ heat += 2
  -> open
* {troll == 0} [Bonjour, aucun incendie de batterie ne nous a été signalé. Merci de rester courtois dans vos échanges. #post: p5 #action: reply #tone: neutral #judgement: poor #intents: correct #why: Corriger la rumeur est utile, mais l'insulte visant la cliente reste en ligne sous son propre post : la modération n'a pas été faite.]
  ~ troll = 4
  ~ trust -= 1
  -> open
* {troll == 0} [Ignorer #post: p5 #action: ignore #judgement: bad #why: Laisser une insulte sexiste sous le post d'une cliente, c'est lui dire qu'on l'abandonne : elle et ceux qui la suivent le remarquent.]
  ~ troll = 4
  ~ trust -= 2
  ~ heat += 1
  -> open
* {not gerard_done} [{~Merci Gérard pour votre fidélité, ça nous touche 🙂 Une précision quand même : les clients qui nous ont écrit ce matin n'y sont pour rien, c'est un problème sur certains chargeurs, et nous les contactons un par un.|Trois Voltaire dans la famille, merci Gérard, ça nous fait plaisir 🙂 Mais soyons justes : les clients qui nous ont écrit ce matin n'ont rien mal branché. Le problème vient de certains chargeurs, et nous les contactons un par un.} #post: p6 #action: reply #tone: empathetic #judgement: best #intents: thank, correct #why: Remercier un fan sans cautionner sa pique contre les clients : la communauté voit une marque reconnaissante et juste, qui ne laisse pas accuser ses propres clients.]
  ~ gerard_done = true
  ~ trust += 1
  -> open
* {not gerard_done} [Liker le message de Gérard. #post: p6 #action: like #judgement: poor #why: Un like sur « lisez la notice », c'est approuver publiquement qu'on renvoie la faute aux clients qui ont un chargeur défectueux.]
  ~ gerard_done = true
  ~ trust -= 1
  -> open
* {not gerard_done} [Merci Gérard 😉 Comme quoi, un petit coup d'œil à la notice évite bien des soucis ! #post: p6 #action: reply #tone: neutral #judgement: bad #breaks: no-blame #intents: thank #why: La marque elle-même suggère que les clients ne savent pas brancher un chargeur alors que le SAV a confirmé un lot défectueux : quand la vérité sortira, ce message ressortira avec.]
  ~ gerard_done = true
  ~ trust -= 2
  ~ heat += 2
  -> open
* {not gerard_done} [Ignorer #post: p6 #action: ignore #judgement: poor #why: Le fan est fidèle, mais son message accuse des clients à tort, et sur un forum il reste en ligne : un mot de la marque aurait remis les choses d'aplomb.]
  ~ gerard_done = true
  -> open
* -> journalist

=== zed_troll ===
# post: p5
# from: zed
# on: microblog
# in: p1
# after: 15m
# kind: abuse
# mood: hostile
# deadline: 20m
{lea_handle} mdr t'as dû le brancher sur le grille-pain ton chargeur 🤡 les meufs et la technique… va pleurer ailleurs. Et au passage les batteries Voltaire ça crame, mon cousin a failli perdre son garage 🔥
->->

=== gerard_post ===
# post: p6
# from: gerard
# on: forum
# thread: Trois Voltaire, jamais un souci
# rank: Pilier du forum
# after: 5m
# kind: praise
# mood: enthusiastic
# facts: product=les vélos Voltaire
# deadline: 60m
Bonjour à tous. Trois Voltaire dans la famille depuis 2019, jamais un souci, et le SAV m'a toujours rappelé dans la journée. Les gens qui hurlent sur les réseaux au bout de deux jours feraient mieux de lire la notice avant de brancher. Un peu de patience, que diable !
->->

=== journalist ===
# post: p7
# from: claire
# on: dm
# after: 25m
# kind: request
# mood: neutral
# facts: product=les chargeurs Voltaire
# deadline: 40m
Bonjour, {claire_name}, journaliste à {outlet}. Je prépare un article sur des chargeurs Voltaire défaillants signalés depuis ce matin. Pouvez-vous me confirmer l'existence d'un lot défectueux, le nombre de clients concernés et s'il y aura un rappel ? Je boucle à {filing}. Merci !
* [{~Transmettre au service presse avec tout le contexte, et répondre à {claire_first} que le service presse la recontacte avant {filing}.|Transférer sa demande au service presse avec tout le contexte, et prévenir {claire_first} qu'on la rappelle avant {filing}.} #post: p7 #action: escalate #to: press #judgement: best #intents: escalate #why: C'est le bon circuit : la journaliste a un interlocuteur habilité avant son bouclage, et la déclaration officielle est pesée par ceux dont c'est le métier.]
  ~ press = 1
  ~ heat -= 1
  -> press_memo
* [Bonjour {claire_first}, nous avons identifié un problème sur une partie des chargeurs livrés récemment, et chaque client concerné est contacté individuellement. #post: p7 #action: dm #tone: neutral #judgement: good #intents: explain #why: Le fond est juste et conforme à la ligne du juridique, mais un message privé du community manager devient « la déclaration de la marque » sans être passé par le service presse.]
  ~ press = 2
  -> press_memo
* [Bonjour, nous n'avons pas de commentaire à faire. #post: p7 #action: dm #tone: defensive #judgement: poor #intents: refuse #why: « Pas de commentaire » s'écrit dans l'article « la marque a refusé de s'exprimer » : c'est l'aveu d'une crise qu'on ne maîtrise pas.]
  ~ press = 3
  ~ heat += 1
  -> press_memo
* [Bonjour {claire_first}, oui : environ 140 clients, un lot de chargeurs livrés entre le 3 et le 10, et des chargeurs neufs partent dès aujourd'hui. #post: p7 #action: dm #tone: neutral #judgement: bad #breaks: no-confidential #intents: explain #why: Transparent en apparence, mais les chiffres de la note interne donnés à une journaliste deviennent le titre de l'article, hors de tout contrôle du service presse et du juridique.]
  ~ press = 4
  ~ heat += 2
  -> press_memo
* [Ignorer #post: p7 #action: ignore #judgement: bad #why: Une journaliste sans réponse à son bouclage écrit quand même, avec seulement la version des clients mécontents.]
  ~ press = 5
  ~ heat += 1
  -> press_memo

=== press_memo ===
{ press:
- 1:
  # memo: press
  # after: 10m
  Merci pour le transfert 🙏 On a eu {claire_first} au téléphone. Notre déclaration : « Nous avons identifié un défaut sur une partie des chargeurs livrés récemment. Chaque client concerné est contacté individuellement et reçoit un chargeur de remplacement. Le vélo et la batterie ne sont pas en cause. » Tu peux la reprendre telle quelle en public.
- 2:
  # memo: press
  # after: 10m
  {claire_first} cite ton MP comme « déclaration de Voltaire Cycles ». Le fond tient, ouf, mais les journalistes, c'est nous. Déclaration officielle à reprendre si besoin : « Nous avons identifié un défaut sur une partie des chargeurs livrés récemment ; chaque client concerné est contacté et reçoit un chargeur de remplacement. »
- 3:
  # memo: press
  # after: 10m
  {claire_first} a appelé le standard : « pas de commentaire », vraiment ? On a rattrapé avec une déclaration, mais l'article dira que la marque a d'abord refusé de s'exprimer. La prochaine fois, transfère-nous directement.
- 4:
  # memo: press
  # after: 10m
  Tu as donné le nombre de clients concernés à une journaliste ?! C'est dans le titre de son brouillon. On gère avec le juridique. Rappel : tout journaliste passe par nous, sans exception.
- else:
  # memo: press
  # after: 10m
  {claire_first} vient de nous appeler directement : personne ne lui avait répondu sur les réseaux. On lui a donné une déclaration à la dernière minute. Un journaliste en MP, c'est un transfert immédiat chez nous.
}
{ promised:
  # memo: legal
  # after: 2m
  On voit passer des promesses de remboursement sur nos comptes. Rien de tout ça n'était validé : il va falloir soit les honorer pour tout le monde, soit les démentir publiquement. Plus aucun engagement sans nous, merci.
}
{ lea_dm:
  -> lea_private
- else:
  -> lea_public
}

=== lea_private ===
# post: p8-dm
# from: lea
# on: dm
# after: 20m
# kind: request
# mood: worried
# facts: product=le chargeur du {model}
# subject: defect
# deadline: 30m
Bon. Commande VC-240588, livrée mardi. Le chargeur clignote rouge trois fois puis plus rien, j'ai testé deux prises. Je fais {commute} pour aller au boulot, je fais comment demain ?{jade_sent: Et sympa d'envoyer vos fans me faire la leçon sous mon post.}
* [{~Merci {lea_first}, et encore pardon pour ce début. Votre commande fait bien partie des chargeurs concernés : un coursier vous apporte un chargeur neuf dès cet après-midi, et le SAV vous appelle pour caler l'heure.|Merci pour ces précisions, {lea_first}, et pardon encore. Votre chargeur fait bien partie du lot concerné : un coursier vous en apporte un neuf cet après-midi, et le SAV vous appelle pour fixer l'heure avec vous.} #post: p8-dm #action: dm #tone: empathetic #judgement: best #intents: apologise, explain #why: En privé, avec l'accord du SAV, on peut être concret : une solution pour aujourd'hui, un appel humain, et une cliente qui passe de la colère au soulagement.]
  ~ trust += 2
  -> question
* [Transmettre le dossier de {lea_first} au SAV, qui la recontactera sous 48 h. #post: p8-dm #action: escalate #to: after-sales #judgement: good #intents: escalate #why: Le bon service est saisi, mais la cliente repart sans réponse concrète pour demain matin, alors que le SAV a déjà une solution.]
  ~ trust += 1
  -> question
* [{lea_handle} C'est noté pour la commande VC-240588 : chargeur neuf expédié ce soir à votre adresse de livraison ✅ #post: p8-dm #action: reply #tone: empathetic #judgement: bad #breaks: no-personal-data #intents: explain #why: Bonne nouvelle, mauvais endroit : publier le numéro de commande de la cliente en réponse publique expose ses données à tout le monde, et c'est un incident à déclarer.]
  ~ leaked = true
  ~ trust -= 2
  ~ heat += 1
  -> question
* [Avant tout, pouvez-vous vérifier que vous utilisez bien le chargeur fourni, et que le câble est correctement enfoncé des deux côtés ? #post: p8-dm #action: dm #tone: defensive #judgement: poor #breaks: no-blame #intents: ask-details #why: Le SAV a confirmé un lot défectueux : lui faire vérifier son câble, c'est lui faire perdre du temps et lui laisser entendre que c'est sa faute.]
  ~ trust -= 2
  ~ heat += 1
  -> question
* [Ignorer #post: p8-dm #action: ignore #judgement: bad #why: La cliente a fait ce qu'on lui demandait, passer en privé avec son numéro de commande, et n'a plus de nouvelles : elle reviendra en public, plus en colère.]
  ~ trust -= 2
  ~ heat += 1
  -> question

=== lea_public ===
# post: p8-public
# from: lea
# on: microblog
# after: 20m
# kind: complaint
# mood: furious
# facts: product=le {model}; price={price}
# subject: service
# deadline: 30m
{asked_public: Vous m'avez demandé mon numéro de commande ici, le voilà : VC-240588. Le remboursement « dès aujourd'hui », il arrive quand ?|Trois heures après : toujours rien. Commande VC-240588, {price}, et un vélo qui me sert de portemanteau.} Merci @VoltaireCycles 👏{jade_sent: Et bravo pour les fans envoyés me faire la leçon.}
* [{~{lea_first}, pardon : vous auriez dû avoir des nouvelles bien avant. On vous écrit en privé tout de suite pour régler ça avec le SAV. Et par prudence, vous pouvez retirer votre numéro de commande de ce post.|Vous avez raison, {lea_first}, ce silence n'est pas normal et on s'en excuse. On vous écrit en privé tout de suite pour régler ça avec le SAV. Petit conseil au passage : retirez votre numéro de commande de ce post, par sécurité.} #post: p8-public #action: reply #tone: empathetic #judgement: best #intents: apologise, move-to-dm #why: On reconnaît le retard sans se justifier, on passe en privé et on protège ses données : la colère publique retombe d'un cran.]
  ~ trust += 1
  ~ heat -= 1
  -> question
* [Écrire à {lea_first} en message privé : son chargeur fait partie d'un lot défectueux et un neuf part aujourd'hui. #post: p8-public #action: dm #tone: empathetic #judgement: good #intents: explain #why: La cliente a enfin une solution, mais son post furieux reste sans réponse devant tous ceux qui le partagent.]
  ~ trust += 1
  -> question
* [{lea_handle} Dossier VC-240588 retrouvé : chargeur neuf expédié ce soir au 12 rue des Tanneurs ✅ #post: p8-public #action: reply #tone: empathetic #judgement: bad #breaks: no-personal-data #intents: explain #why: Publier son adresse à côté de son numéro de commande, c'est une fuite de données personnelles faite par la marque elle-même, sous les yeux de milliers de personnes.]
  ~ leaked = true
  ~ heat += 2
  -> question
* [Bonjour {lea_first}, les demandes sont traitées par ordre d'arrivée. Merci de votre patience. #post: p8-public #action: reply #tone: defensive #judgement: poor #intents: refuse #why: La phrase type d'un guichet, servie à une cliente qui attend depuis des heures : elle sonne comme « débrouillez-vous » et relance les partages.]
  ~ trust -= 1
  ~ heat += 2
  -> question
* [Ignorer #post: p8-public #action: ignore #judgement: bad #why: Deuxième message sans réponse : c'est désormais le silence de la marque, plus la panne, qui fait réagir.]
  ~ trust -= 1
  ~ heat += 2
  -> question

=== question ===
# post: p9
# from: ines
# on: forum
# thread: Vélo commandé samedi : faut-il annuler ?
# rank: Nouvelle membre
# after: 20m
# kind: question
# mood: worried
# facts: product=le {model}
# subject: defect
# deadline: 45m
{~Bonjour, j'ai commandé un {model} samedi, livraison prévue vendredi.|Bonjour à tous ! Mon {model} est commandé depuis samedi, livraison vendredi.} Je vois passer plein de messages sur des chargeurs qui grillent… Je dois m'inquiéter ? Je peux encore annuler ? Merci d'avance 🙂
* [{~Bonjour Inès, merci de poser la question directement 🙂 Nous avons identifié un défaut sur une partie des chargeurs livrés récemment ; chaque client concerné est contacté et reçoit un chargeur neuf. Si vous avez le moindre doute sur votre commande, ou une question sur l'annulation, écrivez-nous en privé et on regarde ça avec vous.|Merci Inès d'être venue nous poser la question 🙂 Un défaut a bien été identifié sur une partie des chargeurs livrés récemment : chaque client concerné est contacté et reçoit un chargeur neuf. Un doute sur votre commande, ou une question sur l'annulation ? Écrivez-nous en privé, on regarde ça ensemble.} #post: p9 #action: reply #tone: empathetic #judgement: best #intents: thank, explain, move-to-dm #why: Une réponse claire, dans les termes validés, là où la question a été posée : Inès est rassurée et tous les lecteurs du forum ont la bonne information.]
  ~ trust += 1
  -> finale
* [Transmettre la question d'Inès au SAV pour qu'ils vérifient sa commande et la contactent. #post: p9 #action: escalate #to: after-sales #judgement: good #intents: escalate #why: Inès aura sa réponse, mais le fil du forum reste sans réponse et les autres acheteurs inquiets n'en sauront rien.]
  -> finale
* [Aucun risque Inès, tout est réglé à 100 % ! Et au moindre souci, on vous rembourse, promis 😉 #post: p9 #action: reply #tone: empathetic #judgement: poor #breaks: no-promise #intents: promise #why: Rassurant sur le moment, mais « réglé à 100 % » et « on vous rembourse » sont deux engagements que personne n'a validés et qu'on vous ressortira.]
  ~ promised = true
  -> finale
* [Pas d'inquiétude, ces soucis viennent surtout de chargeurs mal branchés. Avec un peu d'attention, tout ira bien ! #post: p9 #action: reply #tone: neutral #judgement: bad #breaks: no-blame #intents: correct #why: C'est faux, et ça accuse les clients : quand la déclaration officielle parlera d'un défaut, ce message passera pour un mensonge.]
  ~ trust -= 1
  ~ heat += 2
  -> finale
* [Ignorer #post: p9 #action: ignore #judgement: poor #why: Une future cliente inquiète qui ne reçoit pas de réponse finit souvent par annuler, et son fil reste ouvert aux rumeurs.]
  ~ trust -= 1
  -> finale

=== finale ===
{ trust >= 3 && not leaked:
  -> lea_thanks
- else:
  -> noah_video
}

=== lea_thanks ===
# post: p10-thanks
# from: lea
# on: microblog
# after: 30m
# kind: praise
# mood: happy
# facts: product=le chargeur du {model}
# deadline: 40m
{~Update : le SAV m'a appelée, et un coursier m'a apporté un chargeur neuf cet après-midi.|Des nouvelles : le SAV m'a rappelée, puis un coursier m'a livré un chargeur neuf cet après-midi.} Ça recharge 🔋 Les galères, ça arrive, c'est la réaction qui compte. Merci @VoltaireCycles 🙏🚲
* [{~Merci {lea_first} d'avoir pris le temps de revenir le dire 🙏 Bonne route demain, et si quoi que ce soit cloche, vous savez où nous trouver.|Ça nous fait vraiment plaisir, {lea_first}, merci d'être revenue le dire 🙏 Bonne route demain, et au moindre souci, vous savez où nous trouver.} #post: p10-thanks #action: reply #tone: empathetic #judgement: best #intents: thank #why: Un merci simple et à sa mesure : pas de triomphalisme, juste la preuve qu'il y a des humains derrière le compte.]
  ~ trust += 1
  -> ending
* [Liker le message de {lea_first}. #post: p10-thanks #action: like #judgement: good #why: Le like montre qu'on l'a vu ; après une matinée pareille, un mot de remerciement aurait refermé l'histoire avec plus de chaleur.]
  -> ending
* [MERCI !!! LE SAV VOLTAIRE EST LE MEILLEUR DE FRANCE !!! 🎉🎉🎉 #post: p10-thanks #action: reply #tone: empathetic #judgement: bad #breaks: no-shouting #intents: thank #why: Crier victoire en majuscules le jour où 140 clients ont eu une panne, c'est de l'autocongratulation : ceux qui attendent encore leur chargeur le prennent très mal.]
  ~ heat += 1
  -> ending
* [Merci {lea_first} ! Et pour tous les autres : -15 % sur les accessoires avec le code VOLTAIRE15 jusqu'à dimanche 😉 #post: p10-thanks #action: reply #tone: neutral #judgement: poor #intents: thank #why: Glisser une promo sous un message de réconciliation transforme un moment sincère en réclame : la cliente a l'impression d'avoir servi de support publicitaire.]
  ~ trust -= 1
  -> ending
* [Ignorer #post: p10-thanks #action: ignore #judgement: poor #why: Une cliente qui revient dire publiquement que la marque a bien réagi, c'est rare : ne pas lui répondre gâche la fin de l'histoire.]
  -> ending

=== noah_video ===
# post: p10-video
# from: noah
# on: microblog
# after: 30m
# kind: request
# mood: angry
# facts: product=les chargeurs Voltaire
# subject: defect
# deadline: 40m
Je tourne ma vidéo sur les chargeurs Voltaire ce soir. @VoltaireCycles, vous avez jusqu'à 17 h pour m'expliquer ce qui se passe vraiment. Après, je raconte avec ce que j'ai.
* [{~Transmettre au service presse : créateur à 48 000 abonnés, tournage ce soir, demande une explication avant 17 h.|Passer le relais au service presse : {noah_first}, 48 000 abonnés, tourne ce soir et attend une explication avant 17 h.} #post: p10-video #action: escalate #to: press #judgement: best #intents: escalate #why: Un créateur qui prépare une vidéo sur un incident, c'est la presse : le service presse peut lui proposer un échange avec l'équipe produit et une déclaration officielle avant 17 h.]
  ~ heat -= 2
  -> ending
* [Bonjour {noah_first}, voici où nous en sommes : un défaut a été identifié sur une partie des chargeurs livrés récemment, chaque client concerné est contacté et reçoit un chargeur neuf. #post: p10-video #action: reply #tone: neutral #judgement: good #intents: explain #why: La ligne publique est juste et arrive à temps, mais le créateur voulait un interlocuteur : sans le service presse, sa vidéo se fera avec trois lignes de réponse.]
  ~ heat -= 1
  -> ending
* [Proposer à {noah_first} en message privé un {model} offert s'il renonce à publier sa vidéo. #post: p10-video #action: dm #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Acheter le silence d'un créateur, c'est lui donner la meilleure scène de sa vidéo : la capture du message privé.]
  ~ heat += 3
  -> ending
* [Nous ne commentons pas les rumeurs. #post: p10-video #action: reply #tone: defensive #judgement: poor #intents: refuse #why: Traiter de rumeur un défaut que le SAV a confirmé, c'est offrir au créateur sa conclusion : la marque nie.]
  ~ heat += 2
  -> ending
* [Ignorer #post: p10-video #action: ignore #judgement: bad #why: Sans réponse avant 17 h, la vidéo sortira avec la seule version des clients mécontents, et votre silence comme chute.]
  ~ heat += 2
  -> ending

=== ending ===
{
- leaked:
  -> end_leak
- heat >= 6 || press == 4:
  -> end_storm
- trust >= 5 && heat <= 1 && not censored && not mocked:
  -> end_trust
- else:
  -> end_bruised
}

=== end_trust ===
# end: trust-regained
La tempête retombe en début d'après-midi. {lea_first} a son chargeur, les clients concernés sont rappelés un par un, et l'article de {outlet} {press <= 2:parle d'une marque « réactive et transparente »|note un premier silence de la marque mais salue sa réaction}. En répondant vite, avec empathie, en passant les données en privé et en laissant le service presse parler aux journalistes, vous avez transformé une panne en preuve de sérieux.{promised: Le juridique doit encore gérer les remboursements promis en public.}
-> END

=== end_bruised ===
# end: reputation-bruised
La crise est contenue, mais elle laisse des traces. Les clients concernés sont dépannés, pourtant on retient surtout les silences et les réponses maladroites de la matinée{censored:, l'avis de {marc_first} supprimé puis ressorti en capture}{mocked:, la pique contre un concurrent}{promised:, des promesses de remboursement que le juridique doit maintenant assumer}. La note moyenne a perdu quelques dixièmes et la confiance se regagnera lentement, réponse après réponse.
-> END

=== end_storm ===
# end: press-storm
La crise vous échappe. {press == 4: L'article de {outlet} titre sur « 140 clients concernés », chiffre sorti de vos propres messages.|Le hashtag \#VoltaireGate grimpe dans les tendances et la vidéo de {noah_first} dépasse les 200 000 vues.} {mocked: La réponse moqueuse visant Ampère Bikes est devenue le symbole de l'arrogance de la marque. }{censored: L'avis supprimé de {marc_first} est partagé comme preuve de censure. }Des internautes appellent au boycott, la direction reprend la main et la permanence réseaux est confiée à quelqu'un d'autre pour la suite.
-> END

=== end_leak ===
# end: data-leak
Le chargeur de {lea_first} est bien parti, mais {lea_dm:son numéro de commande a été publié|son numéro de commande et son adresse ont été publiés} par le compte officiel de Voltaire Cycles. {lea_first} est furieuse, le juridique doit documenter l'incident et le déclarer, et l'histoire devient « la marque qui expose ses clients ». Une seule réponse publique a suffi à annuler les efforts de la matinée : les données personnelles ne se traitent qu'en message privé.
-> END
