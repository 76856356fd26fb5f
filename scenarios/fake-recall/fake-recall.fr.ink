// Frontline — fake-recall (français)
// Une fausse capture de rappel pour listeria circule un samedi matin : vérifier, prouver, ne pas amplifier, ménager, informer la presse.
// Même structure que fake-recall.en.ink : mêmes nœuds, mêmes choix, mêmes tags (seuls `why` et `hint` changent).

VAR trust = 0          // confiance des clients et du public
VAR heat = 0           // propagation et colère autour de la rumeur
VAR verify = 0         // p1 : 1 réponse d'attente + vérification, 2 vérification seule, 3 démenti avant vérification, 4 MP accusateur, 5 ignorée
VAR fact_out = false   // les faits et la preuve ont été publiés là où circule la rumeur
VAR nathalie = 0       // p4 : 1 faits en public, 2 démenti en capitales, 3 menace, 4 MP, 5 ignorée
VAR press = 0          // p5 : 1 service presse, 2 réponse directe, 3 confidences, 4 pas de commentaire, 5 ignoré
VAR label = false      // le faux visuel a été signalé à la plateforme pour étiquetage
VAR amplified = false  // la marque a donné plus d'audience à la rumeur
VAR threatened = false // la marque a menacé quelqu'un de poursuites
VAR blamed = false     // la marque a mis en cause quelqu'un de bonne foi
VAR leaked = false     // information interne ou spéculation divulguée
VAR promised = false   // engagement public non validé
VAR p2_done = false
VAR p3_done = false
VAR p5_done = false
VAR p6_done = false
VAR p7_done = false
VAR p8_done = false
// Variantes (manifest, « variants ») : chaque partie tire ses valeurs ; celles-ci sont celles du scénario tel qu'écrit.
VAR product = "le pain de mie"
VAR paper = "Courrier de l'Estuaire"
VAR batch = "PM-2291"
VAR bruno_wait = "5m" // quand arrive le message de Bruno
VAR nathalie_first = "Nathalie"
VAR nathalie_handle = "@nath_gourdon"
VAR bruno_first = "Bruno"
VAR bruno_handle = "@bruno_lestang"
VAR erwan_first = "Erwan"
VAR erwan_name = "Erwan Le Du"

-> intro

=== intro ===
Samedi, 7 h 10. Les boutiques ouvrent, les files s'allongent. Sur votre téléphone d'astreinte, l'outil de veille s'affole : une capture d'écran circule depuis l'aube. Elle imite une fiche du site officiel des rappels de produits : bandeau rouge, « Rappel : {product} du Fournil des Quatre Vents, 500 g, lot {batch} : présence de Listeria monocytogenes ». Déjà 340 partages.
# memo: manager
Tu es d'astreinte ce week-end. Joignables par téléphone : Katell à la qualité, Hélène à la presse, et le juridique en cas d'urgence. Rappel charte : rien sur la sécurité de nos produits sans la qualité, les journalistes passent par Hélène, et on ne s'en prend jamais à ceux qui partagent. Bon courage.
-> first_alert

=== first_alert ===
# post: p1
# from: nathalie
# on: microblog
# after: 4m
# kind: rumour
# mood: worried
# facts: product={product}
# deadline: 30m
# hint: Une alerte sanitaire, une mère inquiète, et vous ne savez encore rien. Que faut-il faire avant d'affirmer quoi que ce soit ? Relisez la route d'escalade vers la qualité.
⚠️ PARTAGEZ ⚠️ Rappel conso sur {product} du @FournilQuatreVents : présence de listeria 😱 {~Ma fille en a mangé hier soir au goûter…|Ma fille en a eu hier à son goûter…} Quelqu'un sait si c'est grave ??
* [{~Bonjour {nathalie_first}, nous avons vu votre message et nous comprenons votre inquiétude. Nous vérifions immédiatement avec notre service qualité et revenons vers vous ici très vite. Si votre fille ne se sent pas bien, n'attendez pas notre réponse : appelez votre médecin.|Bonjour {nathalie_first}, merci de nous avoir alertés, nous comprenons que vous soyez inquiète. Nous faisons vérifier tout de suite par notre service qualité et nous vous répondons ici dès que possible. D'ici là, si votre fille ne se sent pas bien, appelez votre médecin sans attendre notre réponse.} #post: p1 #action: reply #tone: empathetic #judgement: best #intents: explain, escalate #why: Une réponse d'attente humaine, qui ne confirme ni ne dément avant de savoir, met la santé de l'enfant en premier et lance la vérification : la mère se sent prise au sérieux.]
  ~ verify = 1
  ~ trust += 2
  -> quality
* [Alerter l'astreinte qualité avec la capture : existe-t-il un rappel, un signalement, ce numéro de lot ? Ne rien publier avant sa réponse. #post: p1 #action: escalate #to: product #judgement: good #intents: escalate #why: Vérifier d'abord est le bon réflexe ; mais une mère inquiète pour sa fille reste sans un mot pendant que la capture continue de tourner.]
  ~ verify = 2
  -> quality
* [Bonjour, il n'existe aucun rappel sur nos produits : cette capture est un faux. Merci de ne pas la partager. #post: p1 #action: reply #tone: defensive #judgement: bad #breaks: no-promise #intents: correct, refuse #why: Vous avez peut-être raison, mais vous ne le savez pas encore : affirmer la sécurité d'un produit sans la qualité, c'est parier la confiance de la marque sur une intuition.]
  ~ verify = 3
  ~ trust -= 1
  ~ heat += 1
  -> quality
* [Écrire à {nathalie_first} en privé : « Madame, vous diffusez une information fausse qui nuit à notre entreprise. Merci de supprimer votre publication. » #post: p1 #action: dm #tone: aggressive #judgement: bad #breaks: no-blame, no-aggression #intents: refuse #why: Accuser, sans avoir rien vérifié, une mère qui s'inquiète pour sa fille : la capture de ce message privé fera plus de dégâts que la rumeur elle-même.]
  ~ verify = 4
  ~ blamed = true
  ~ trust -= 2
  ~ heat += 2
  -> quality
* [Ignorer #post: p1 #action: ignore #judgement: bad #why: Trente minutes sans réaction sur une alerte sanitaire : le silence de la marque passe pour un aveu, et les partages doublent.]
  ~ verify = 5
  ~ trust -= 1
  ~ heat += 2
  -> quality

=== quality ===
{
- verify == 1 || verify == 2:
  # memo: product
  # after: 8m
  Katell, astreinte qualité. Vérification faite : aucun rappel en cours, ni sur {product} ni sur aucun autre produit. La liste officielle des rappels, consultable par tous, ne mentionne pas le Fournil. Le lot {batch} n'existe pas : nos lots sont au format FQV suivi de la date. Aucun signalement client, autocontrôles de la semaine conformes. Tu peux le dire publiquement, avec le lien vers la liste officielle. Pas de détail sur nos analyses.
- else:
  # memo: product
  # after: 20m
  Katell, astreinte qualité. On m'a prévenue par le standard, pas par toi. Vérification faite : aucun rappel en cours, ni sur {product} ni sur aucun autre produit. La liste officielle des rappels, consultable par tous, ne mentionne pas le Fournil. Le lot {batch} n'existe pas : nos lots sont au format FQV suivi de la date. Aucun signalement client. Tu peux le dire publiquement, avec le lien. {verify == 3 || verify == 4: Et tu as démenti avant de m'appeler ? Cette fois c'était faux, mais le jour où c'est vrai… On vérifie d'abord, toujours.}
}
-> pile_on

=== pile_on ===
{shuffle:
- -> bruno_post -> melanie_post ->
- -> melanie_post -> bruno_post ->
}
- (open)
* {not p2_done} [{~Bonjour {bruno_first}, il n'existe aucun rappel sur nos produits : vous pouvez le vérifier vous-même sur la liste officielle des rappels, où le Fournil n'apparaît pas. La capture qui circule n'est pas authentique. Nous comprenons qu'elle inquiète, c'est pour ça que nous préférons le dire clairement.|Bonjour {bruno_first}, aucun de nos produits ne fait l'objet d'un rappel : la liste officielle des rappels, que chacun peut consulter, ne mentionne pas le Fournil. La capture qui circule est un faux. Nous comprenons qu'elle puisse inquiéter, d'où cette mise au point.} #post: p2 #action: reply #tone: neutral #judgement: best #intents: correct, explain #why: Des faits, une preuve que chacun peut consulter et aucune pique : ceux qui lisent son post ont la correction sous les yeux, et lui n'a rien à quoi s'accrocher.]
  ~ p2_done = true
  ~ fact_out = true
  ~ trust += 1
  ~ heat -= 1
  -> open
* {not p2_done} [Vous relayez n'importe quoi sans vérifier, comme d'habitude. Ce rappel est un FAUX. #post: p2 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression, no-shouting #intents: correct #why: Une attaque personnelle en capitales : le critique tient son histoire, « le Fournil insulte ceux qui posent des questions », et la rumeur gagne un second souffle.]
  ~ p2_done = true
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not p2_done} [Bloquer {bruno_handle}. #post: p2 #action: ban #judgement: poor #why: Le bloquer ne retire rien de son post : il continue de circuler, avec en prime « ils m'ont bloqué » en commentaire.]
  ~ p2_done = true
  ~ heat += 1
  -> open
* {not p2_done} [Transmettre le post de {bruno_first} au juridique pour diffamation. #post: p2 #action: escalate #to: legal #judgement: poor #intents: escalate #why: Un particulier qui relaie une rumeur n'est pas une affaire juridique : pendant que le dossier part, ses 2 300 abonnés lisent la fausse alerte sans correction.]
  ~ p2_done = true
  -> open
* {not p2_done} [Ignorer #post: p2 #action: ignore #judgement: poor #why: Un appel au boycott reste sans correction devant 2 300 abonnés, alors qu'une réponse factuelle et calme suffisait.]
  ~ p2_done = true
  ~ heat += 1
  -> open
* {not p3_done} [{~Merci Mélanie pour votre confiance 🙏 Mais {nathalie_first} avait toutes les raisons de s'inquiéter : la capture imite un vrai avis de rappel, et elle pensait à sa fille. L'important, c'est que la bonne information circule, sans que personne se fasse traiter de quoi que ce soit.|Merci pour votre soutien, Mélanie 🙏 Mais {nathalie_first} n'a rien fait de mal : la capture ressemble à s'y méprendre à un vrai avis de rappel, et elle s'inquiétait pour sa fille. Ce qui compte, c'est que la bonne information circule, sans que personne se fasse insulter.} #post: p3 #action: reply #tone: empathetic #judgement: best #intents: thank, correct #why: La fan est remerciée sans que son insulte soit cautionnée, et la mère inquiète est défendue publiquement par la marque même qu'elle soupçonnait.]
  ~ p3_done = true
  ~ trust += 1
  -> open
* {not p3_done} [Liker la réponse de Mélanie. #post: p3 #action: like #judgement: bad #why: Un like de la marque sous « faut être débile » : c'est la marque qui traite la mère de débile, aux yeux de tous ceux qui suivent le fil.]
  ~ p3_done = true
  ~ blamed = true
  ~ trust -= 1
  ~ heat += 1
  -> open
* {not p3_done} [Merci Mélanie 😊 #post: p3 #action: reply #tone: empathetic #judgement: poor #intents: thank #why: Remercier sans un mot sur le ton, c'est laisser penser que la marque approuve l'insulte faite à une cliente inquiète.]
  ~ p3_done = true
  ~ heat += 1
  -> open
* {not p3_done} [Ignorer #post: p3 #action: ignore #judgement: poor #why: L'insulte reste sous le post de la mère sans que la marque s'en démarque : on ne peut pas modérer ce fil, mais on pouvait s'exprimer.]
  ~ p3_done = true
  -> open
* -> nathalie_back

=== bruno_post ===
# post: p2
# from: bruno
# on: microblog
# after: {bruno_wait}
# kind: rumour
# mood: hostile
# facts: product={product}
# deadline: 40m
# hint: Il a 2 300 abonnés et une opinion déjà faite. Une réponse à sa mesure : des faits, la preuve, le ton de la charte.
Listeria dans {product} du Fournil des Quatre Vents. {~Voilà ce que c'est, les chaînes qui jouent les artisans avec du pain industriel 🤢|Ça se donne des airs d'artisan et ça vend du pain d'usine, voilà le résultat 🤢} Boycott. \#rappel \#listeria
->->

=== melanie_post ===
# post: p3
# from: melanie
# on: microblog
# in: p1
# after: 3m
# kind: abuse
# mood: hostile
# deadline: 40m
# hint: Une fan vous défend en insultant une mère inquiète. Vous ne pouvez pas modérer ce fil, mais vous pouvez dire ce que la marque en pense.
{nathalie_handle} faut vraiment être débile pour croire une capture pareille 🙄 Arrêtez de partager n'importe quoi, le Fournil c'est la meilleure boulangerie du coin.
->->

=== nathalie_back ===
{
- verify == 1:
  # post: p4
  # from: nathalie
  # on: microblog
  # in: p1
  # after: 10m
  # kind: question
  # mood: worried
  # facts: product={product}
  # subject: safety
  # deadline: 30m
  # hint: Vous avez maintenant la réponse de la qualité. Qu'est-ce qui rassure vraiment : votre parole, ou une preuve que chacun peut consulter ?
  {~Merci de m'avoir répondu aussi vite.|Merci pour votre réponse rapide.} Alors, c'est vrai ou pas ? Ma fille va bien pour l'instant, mais je la surveille.
- verify == 3:
  # post: p4
  # from: nathalie
  # on: microblog
  # in: p1
  # after: 10m
  # kind: rumour
  # mood: worried
  # facts: product={product}
  # deadline: 30m
  # hint: Votre premier démenti est arrivé trop vite pour être cru. Qu'est-ce qui le rendra crédible maintenant ?
  Le Fournil dit que c'est un faux… mais comment ils peuvent en être sûrs en cinq minutes un samedi à 7 h ? Ils ont vérifié, ou ils disent ça pour se couvrir ?
- verify == 4:
  # post: p4
  # from: nathalie
  # on: microblog
  # in: p1
  # after: 10m
  # kind: complaint
  # mood: furious
  # facts: product={product}
  # subject: safety
  # deadline: 30m
  # hint: La rumeur est peut-être fausse, mais votre message privé, lui, était bien réel. Par quoi commencer ?
  Le @FournilQuatreVents m'a envoyé un MP pour m'ordonner de supprimer mon post ! C'est comme ça qu'on traite une mère inquiète pour sa fille ?? Capture ⬇
- else:
  # post: p4
  # from: nathalie
  # on: microblog
  # in: p1
  # after: 10m
  # kind: question
  # mood: angry
  # facts: product={product}
  # subject: safety
  # deadline: 30m
  # hint: Vous avez maintenant la réponse de la qualité. Qu'est-ce qui rassure vraiment : votre parole, ou une preuve que chacun peut consulter ?
  Toujours aucune réponse du @FournilQuatreVents ? Ma fille va bien pour l'instant mais je la surveille… Vous pouvez nous dire si c'est vrai ??
}
* [{~{nathalie_first}, {verify == 4:d'abord pardon pour notre message privé, il n'avait pas lieu d'être. Ensuite, |}bonne nouvelle : il n'existe aucun rappel sur nos produits. Notre service qualité l'a vérifié ce matin, et vous pouvez le constater vous-même sur la liste officielle des rappels, où le Fournil n'apparaît pas. La capture n'est pas authentique : ce numéro de lot n'existe pas. Vous avez eu raison de vous inquiéter pour votre fille, elle avait l'air vraie. Si vous le souhaitez, vous pouvez ajouter cette précision à votre post ; merci d'avance.|{nathalie_first}, {verify == 4:d'abord pardon pour notre message privé, il n'avait pas lieu d'être. Ensuite, |}nous avons la réponse : aucun rappel ne concerne nos produits. Notre service qualité a tout vérifié ce matin, et la liste officielle des rappels, consultable par tous, ne mentionne pas le Fournil. La capture est un faux : le lot {batch} n'existe pas. Vous avez bien fait de vous inquiéter pour votre fille, le document avait l'air authentique. Si vous le voulez bien, une courte mise à jour de votre post aidera tous ceux qui l'ont partagé ; merci à vous.} #post: p4 #action: reply #tone: empathetic #judgement: best #intents: apologise, correct, explain, thank #why: La preuve vérifiable arrive sous le post d'origine, là où tous ceux qui l'ont partagé regarderont, avec des mots qui ne culpabilisent personne : la rumeur perd sa source.]
  ~ nathalie = 1
  ~ fact_out = true
  ~ trust += 2
  ~ heat -= 2
  -> press_and_relay
* [⚠️ FAUX : AUCUN RAPPEL, AUCUNE LISTERIA AU FOURNIL !!! NE PARTAGEZ PLUS CETTE FAKE NEWS !!! #post: p4 #action: reply #tone: defensive #judgement: bad #breaks: no-shouting #intents: correct #why: Un démenti hurlé qui répète « listeria » et « Fournil » dans la même phrase : c'est cette réponse que les gens partageront, et avec elle la rumeur.]
  ~ nathalie = 2
  ~ amplified = true
  ~ heat += 2
  -> press_and_relay
* [Madame, vous avez relayé une fausse information qui nuit gravement à nos quarante boutiques. Nous nous réservons le droit d'engager des poursuites. #post: p4 #action: reply #tone: aggressive #judgement: bad #breaks: no-blame, no-aggression #intents: refuse #why: Menacer publiquement une mère de bonne foi : l'histoire n'est plus la fausse listeria, c'est « le Fournil menace une maman ».]
  ~ nathalie = 3
  ~ threatened = true
  ~ blamed = true
  ~ trust -= 2
  ~ heat += 3
  -> press_and_relay
* [Lui écrire en privé pour la rassurer, avec le lien vers la liste officielle des rappels. #post: p4 #action: dm #tone: empathetic #judgement: good #intents: correct, explain #why: La mère est rassurée, mais son post public, lui, reste sans correction pour les centaines de personnes qui l'ont partagé.]
  ~ nathalie = 4
  ~ trust += 1
  -> press_and_relay
* [Ignorer #post: p4 #action: ignore #judgement: bad #why: Vous avez la réponse de la qualité et vous ne la donnez pas : la mère attend, et les partages continuent.]
  ~ nathalie = 5
  ~ trust -= 1
  ~ heat += 2
  -> press_and_relay

=== press_and_relay ===
{shuffle:
- -> relay_post -> erwan_dm ->
- -> erwan_dm -> relay_post ->
}
- (open)
* {not p5_done} [{~Transmettre immédiatement à Hélène, d'astreinte presse, avec la note de la qualité et l'heure de bouclage, et répondre à {erwan_first} que le service presse le contacte ce matin.|Passer la demande à Hélène, d'astreinte presse, avec la note de la qualité et l'heure de bouclage du journaliste, et prévenir {erwan_first} que le service presse l'appelle avant la mise en ligne de sa brève.} #post: p5 #action: escalate #to: press #judgement: best #intents: escalate #why: Le journaliste a une interlocutrice officielle avant son bouclage, la presse a les faits vérifiés en main, et la déclaration qui sera citée est celle de la marque, pas celle d'une astreinte.]
  ~ p5_done = true
  ~ press = 1
  ~ trust += 1
  -> open
* {not p5_done} [Bonjour {erwan_first}, il n'y a aucun rappel sur nos produits : vous pouvez le vérifier sur la liste officielle. La capture qui circule est un faux. #post: p5 #action: dm #tone: neutral #judgement: good #intents: correct #why: Les faits sont justes et arrivent à temps, mais le service presse découvrira votre message cité dans l'article : les journalistes, c'est Hélène.]
  ~ p5_done = true
  ~ press = 2
  -> open
* {not p5_done} [Entre nous, on pense que c'est un ancien salarié qui a fait le montage, et notre juridique regarde pour porter plainte. #post: p5 #action: dm #tone: neutral #judgement: bad #breaks: no-confidential #intents: explain #why: Une accusation sans preuve et une procédure envisagée, confiées à un journaliste : c'est le titre de sa brève, et un nouveau front pour la marque.]
  ~ p5_done = true
  ~ press = 3
  ~ leaked = true
  ~ heat += 1
  -> open
* {not p5_done} [Pas de commentaire. #post: p5 #action: dm #tone: defensive #judgement: bad #intents: refuse #why: Sur une fausse alerte, « le Fournil n'a pas souhaité commenter » est la pire phrase possible : elle sonne comme un aveu.]
  ~ p5_done = true
  ~ press = 4
  ~ heat += 2
  -> open
* {not p5_done} [Ignorer #post: p5 #action: ignore #judgement: bad #why: À 9 h, la brève sort avec « la marque n'a pas répondu à nos sollicitations », et le faux rappel devient une information de presse.]
  ~ p5_done = true
  ~ press = 5
  ~ heat += 2
  -> open
* {not p6_done} [{~Demander au juridique de signaler le post à la plateforme comme information trompeuse (visuel officiel détourné), preuves à l'appui : la liste officielle des rappels et la note de la qualité.|Confier le post au juridique pour qu'il le signale à la plateforme comme faux document officiel, avec les preuves : la liste officielle des rappels et la note de la qualité.} #post: p6 #action: escalate #to: legal #judgement: best #intents: escalate #why: Un signalement documenté permet à la plateforme d'étiqueter le faux visuel sur chaque partage, y compris ceux que vous ne verrez jamais : c'est le seul correctif qui voyage aussi loin que la rumeur.]
  ~ p6_done = true
  ~ label = true
  ~ heat -= 2
  -> open
* {not p6_done} [Bonjour, ce visuel n'est pas authentique : aucun rappel ne concerne nos produits, comme le montre la liste officielle des rappels. Pourriez-vous corriger ou retirer votre publication ? Merci. #post: p6 #action: reply #tone: neutral #judgement: good #intents: correct, explain #why: Une correction juste et courtoise, mais elle reste sous un seul post, quand le visuel est déjà copié des centaines de fois ailleurs.]
  ~ p6_done = true
  ~ fact_out = true
  ~ heat -= 1
  -> open
* {not p6_done} [Relayer une fausse alerte sanitaire sans vérifier, c'est irresponsable. Nos avocats sont prévenus. #post: p6 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: refuse #why: Une menace publique contre un compte suivi par 15 000 personnes : il publiera votre réponse, et tout le monde en parlera plus que du démenti.]
  ~ p6_done = true
  ~ threatened = true
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not p6_done} [Écrire en privé à l'administrateur du compte pour lui demander de supprimer le post. #post: p6 #action: dm #tone: neutral #judgement: poor #intents: correct #why: Un bénévole débordé lira peut-être votre message ce soir ; d'ici là, le visuel aura fait le tour de la région.]
  ~ p6_done = true
  -> open
* {not p6_done} [Ignorer #post: p6 #action: ignore #judgement: bad #why: 15 000 abonnés, un « Partagez » en majuscules, et aucune démarche de votre part : c'est par ce compte que la rumeur touche toute la région.]
  ~ p6_done = true
  ~ heat += 2
  -> open
* -> press_memo

=== erwan_dm ===
# post: p5
# from: erwan
# on: dm
# after: 8m
# kind: request
# mood: neutral
# facts: product={product}
# deadline: 40m
# hint: Un journaliste qui boucle à 9 h. Relisez les routes d'escalade : qui parle à la presse, et que devez-vous lui transmettre ?
Bonjour, {erwan_name}, Le {paper}. Je vois circuler un avis de rappel pour listeria sur {product} de vos boutiques. Pouvez-vous me le confirmer ou le démentir ? Je mets une brève en ligne à 9 h.
->->

=== relay_post ===
# post: p6
# from: relay
# on: microblog
# after: 4m
# kind: rumour
# mood: neutral
# facts: product={product}
# deadline: 40m
# hint: 15 000 abonnés, et chaque partage emporte le faux visuel. Qui peut faire apparaître un avertissement sur toutes les copies à la fois ?
⚠️ RAPPEL CONSO — {product} du @FournilQuatreVents, lot {batch} : présence de Listeria monocytogenes. {~Ne pas consommer, rapporter en magasin.|Ne pas consommer, rapporter en magasin pour remboursement.} Partagez.
->->

=== press_memo ===
{
- press == 1:
  # memo: press
  # after: 8m
  Hélène, presse. Merci, j'ai eu {erwan_first}. Sa brève dira : « Une fausse fiche de rappel vise le Fournil des Quatre Vents ; aucun rappel n'existe, confirme l'entreprise, liste officielle à l'appui. » On reste sobres : pas de communiqué tant que ça ne grossit pas.
- press == 2:
  # memo: press
  # after: 8m
  Hélène, presse. {erwan_first} cite ton MP comme « réponse du Fournil ». Le fond est juste, ouf. Mais les journalistes, c'est moi, même un samedi : préviens-moi dès le premier message.
- press == 3:
  # memo: press
  # after: 8m
  Hélène, presse. « Un ancien salarié soupçonné » : c'est le titre qu'a choisi {erwan_first}, à cause de ton message. On n'a aucune preuve de ça. Le juridique est furieux, et la rumeur a maintenant un deuxième épisode.
- else:
  # memo: press
  # after: 8m
  Hélène, presse. {erwan_first} a publié : « Listeria dans {product} du Fournil ? L'entreprise ne dément pas. » Je l'appelle pour corriger, mais c'est en ligne. Pourquoi je n'ai pas été prévenue ?
}
-> pressure

=== pressure ===
{shuffle:
- -> yvon_review -> gaelle_dm ->
- -> gaelle_dm -> yvon_review ->
}
- (open)
* {not p7_done} [{~Je vous propose autre chose : un post sponsorisé montrerait la rumeur à des dizaines de milliers de gens qui ne l'ont jamais vue. On répond là où elle circule, avec la preuve, on fait étiqueter le visuel par la plateforme et on met une courte question-réponse sur le site, validée par Hélène. Si la rumeur grossit, la presse publiera une déclaration sobre, sans reprendre le mot « listeria » ni le nom du produit.|Je vous déconseille le post sponsorisé : il ferait découvrir la rumeur à des dizaines de milliers de personnes qui ne l'ont jamais vue. Mieux vaut répondre là où elle circule, preuve à l'appui, faire étiqueter le faux visuel par la plateforme et publier sur le site une courte question-réponse validée par Hélène. Si la rumeur enfle, la presse pourra sortir une déclaration sobre, sans le mot « listeria » ni le nom du produit.} #post: p7 #action: dm #tone: empathetic #judgement: best #intents: refuse, explain #why: Un conseil argumenté à la direction, qui propose une alternative concrète et garde la presse dans la boucle : on ne donne pas à une rumeur l'audience qu'elle n'a pas encore.]
  ~ p7_done = true
  ~ trust += 1
  -> open
* {not p7_done} [D'accord, je le publie tout de suite en majuscules sur tous les comptes, et je lance le sponsoring. #post: p7 #action: dm #tone: neutral #judgement: bad #breaks: no-shouting #intents: promise #why: Le démenti sponsorisé en capitales fait découvrir la « listeria du Fournil » à des dizaines de milliers de personnes qui n'en avaient jamais entendu parler.]
  ~ p7_done = true
  ~ amplified = true
  ~ heat += 2
  -> open
* {not p7_done} [Transmettre la demande à Hélène, au service presse, pour qu'elle en discute avec le PDG. #post: p7 #action: escalate #to: press #judgement: good #intents: escalate #why: La presse est le bon relais vers le PDG, mais votre avis de terrain, qui aurait pesé, n'est pas donné.]
  ~ p7_done = true
  -> open
* {not p7_done} [Oui, mais sans sponsoriser : juste le post épinglé sur tous nos comptes. #post: p7 #action: dm #tone: neutral #judgement: poor #intents: explain #why: Moins cher, mais le problème reste : un démenti épinglé montre la rumeur à tous les abonnés du Fournil, dont la plupart ne l'avaient pas vue.]
  ~ p7_done = true
  ~ amplified = true
  ~ heat += 1
  -> open
* {not p7_done} [Ignorer #post: p7 #action: ignore #judgement: bad #why: Sans avis contraire, le PDG fait publier son démenti en rouge : la rumeur a désormais la plus grosse audience de la journée.]
  ~ p7_done = true
  ~ amplified = true
  ~ heat += 2
  -> open
* {not p8_done} [{~Bonjour, nous comprenons que cette alerte vous ait inquiété. Il n'existe pourtant aucun rappel sur nos produits : vous pouvez le vérifier sur la liste officielle des rappels, où le Fournil n'apparaît pas. La fiche qui circule est un faux. Si un produit acheté chez nous vous pose question, écrivez-nous en message privé, nous regarderons avec vous.|Bonjour, nous comprenons votre inquiétude face à cette alerte. Pourtant, aucun de nos produits ne fait l'objet d'un rappel : la liste officielle des rappels, consultable par tous, ne mentionne pas le Fournil. La fiche qui circule est un faux. Si un produit acheté chez nous vous inquiète, écrivez-nous en message privé et nous regarderons cela ensemble.} #post: p8 #action: reply #tone: empathetic #judgement: best #intents: correct, explain, move-to-dm #why: Chaque futur lecteur de l'avis trouve la correction et la preuve juste en dessous, sur un ton qui ne reproche rien à Yvon.]
  ~ p8_done = true
  ~ fact_out = true
  ~ trust += 1
  -> open
* {not p8_done} [Signaler l'avis à la plateforme et demander son retrait, car il ne repose sur aucune expérience client, sans y répondre. #post: p8 #action: delete #judgement: good #why: La démarche est légitime, mais un retrait prend des jours : en attendant, l'avis affirme une contamination sans aucune réponse en dessous.]
  ~ p8_done = true
  -> open
* {not p8_done} [Monsieur, vous n'êtes manifestement pas client et vous relayez une fausse information. Votre avis sera signalé. #post: p8 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Le ton accusateur confirme au lecteur qu'il y a un conflit, et Yvon, qui a cru une alerte, se sent traité de menteur.]
  ~ p8_done = true
  ~ blamed = true
  ~ heat += 1
  -> open
* {not p8_done} [Ignorer #post: p8 #action: ignore #judgement: poor #why: Une étoile et le mot « listeria » en haut de la fiche, sans réponse : c'est ce que verront les clients qui cherchent vos horaires ce week-end.]
  ~ p8_done = true
  ~ trust -= 1
  -> open
* -> closing_next

=== gaelle_dm ===
# post: p7
# from: gaelle
# on: dm
# after: 10m
# kind: request
# mood: worried
# facts: product={product}
# deadline: 45m
# hint: La direction veut frapper fort. Combien de gens n'ont jamais vu la rumeur, et que verraient-ils ?
Le PDG a vu passer la rumeur. Il veut un grand post épinglé sur tous nos comptes, « DÉMENTI : AUCUNE LISTERIA AU FOURNIL » en rouge, et qu'on le sponsorise pour toucher tout le monde. {~Je lui dis oui ?|On y va ?}
->->

=== yvon_review ===
# post: p8
# from: yvon
# on: reviews
# after: 5m
# kind: complaint
# mood: angry
# facts: product={product}
# subject: safety
# stars: 1
# deadline: 60m
# hint: Un avis fondé sur la rumeur, pas sur une expérience. Y répondre ou le faire retirer : qu'est-ce qui protège le mieux les futurs lecteurs ?
Rappel officiel : listeria dans {product}. On ne remettra plus les pieds chez vous.
->->

=== closing_next ===
{
- amplified:
  -> streisand
- threatened || blamed || nathalie == 5:
  -> called_out
- else:
  -> nathalie_update
}

=== nathalie_update ===
# post: p9
# from: nathalie
# on: microblog
# in: p1
# after: 20m
# kind: praise
# mood: happy
# facts: product={product}
# deadline: 45m
# hint: Elle corrige elle-même et s'excuse. La dernière réponse de la matinée doit-elle avoir le dernier mot, ou la rendre fière de l'avoir fait ?
{~Mise à jour : c'était un faux.|MISE À JOUR : fausse alerte.} Le Fournil {nathalie == 4: m'a écrit en privé|m'a répondu} avec le lien vers la liste officielle des rappels, vérifiable par tout le monde. Désolée d'avoir relayé, j'ai eu peur pour ma fille 🙏 Je laisse le post avec la correction pour ceux qui l'ont partagé.
* [{~Merci {nathalie_first}, vous n'avez pas à vous excuser : vous avez voulu protéger les vôtres, et en corrigeant votre post vous aidez tous ceux qui l'avaient partagé. Bon samedi à vous et à votre fille 🥖|Surtout ne vous excusez pas, {nathalie_first} : vous pensiez à votre fille, et votre mise à jour aide tous ceux qui avaient partagé l'alerte. Merci à vous, et bon samedi en famille 🥖} #post: p9 #action: reply #tone: empathetic #judgement: best #intents: thank #why: La personne qui a relayé la rumeur devient celle qui la corrige, et la marque la remercie sans la moindre leçon : la fin la plus solide possible pour une fausse alerte.]
  ~ trust += 1
  -> ending
* [Liker la mise à jour de {nathalie_first}. #post: p9 #action: like #judgement: good #why: Le like montre que vous l'avez vue ; un mot l'aurait déchargée de sa culpabilité devant tous ceux qui la suivent.]
  -> ending
* [Merci de reconnaître votre erreur. À l'avenir, pensez à vérifier avant de partager. #post: p9 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: thank #why: Faire la leçon à quelqu'un qui vient de se corriger publiquement : elle regrettera d'avoir fait le bon geste, et d'autres ne le feront pas.]
  ~ blamed = true
  ~ trust -= 1
  ~ heat += 1
  -> ending
* [Merci {nathalie_first} ! Pour nous faire pardonner la frayeur : -20 % sur {product} ce week-end avec le code PASDELISTERIA 😉 #post: p9 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: thank, promise #why: Une promotion non validée, et un code qui associe pour de bon « listeria » au nom du Fournil : la blague devient la nouvelle capture qui circule.]
  ~ promised = true
  ~ amplified = true
  -> ending
* [Ignorer #post: p9 #action: ignore #judgement: poor #why: Elle a fait le geste qui met fin à la rumeur, et la marque reste muette : une occasion de clore l'histoire avec chaleur est perdue.]
  -> ending

=== streisand ===
# post: p9
# from: sophie
# on: microblog
# after: 20m
# kind: question
# mood: worried
# facts: product={product}
# subject: safety
# deadline: 30m
# hint: Elle n'avait jamais entendu parler de la rumeur avant votre démenti. Que faut-il lui dire, et surtout sur quel ton ?
Je n'avais jamais entendu parler de cette histoire de listeria avant de voir le Fournil crier « DÉMENTI » partout 😅 Du coup… c'est vrai ou pas ? Je devais justement acheter {product} ce midi.
* [{~Bonjour Sophie, non : il n'existe aucun rappel sur nos produits, et vous pouvez le vérifier sur la liste officielle des rappels, où le Fournil n'apparaît pas. Une fausse fiche circulait ce matin. Bon appétit pour ce midi 🙂|Bonjour Sophie, rassurez-vous : aucun de nos produits ne fait l'objet d'un rappel, comme le montre la liste officielle des rappels, consultable par tous. Ce qui circulait ce matin était une fausse fiche. Bon appétit 🙂} #post: p9 #action: reply #tone: empathetic #judgement: best #intents: correct, explain #why: Une réponse calme, factuelle et vérifiable rattrape un peu le bruit du démenti : Sophie a sa réponse sans qu'on crie plus fort.]
  ~ fact_out = true
  ~ trust += 1
  -> ending
* [NON !!! AUCUNE LISTERIA !!! C'EST UNE FAKE NEWS !!! #post: p9 #action: reply #tone: defensive #judgement: bad #breaks: no-shouting #intents: correct #why: Crier une seconde fois ce qui a déjà fait connaître la rumeur : la panique de la marque devient le sujet.]
  ~ heat += 2
  -> ending
* [Répondre à Sophie en privé avec le lien vers la liste officielle. #post: p9 #action: dm #tone: empathetic #judgement: good #intents: correct #why: Sophie est rassurée, mais sa question publique, que d'autres se posent aussi, reste sans réponse visible.]
  -> ending
* [Ignorer #post: p9 #action: ignore #judgement: bad #why: Le démenti a créé la question, et personne n'y répond : c'est le pire des deux mondes.]
  ~ heat += 1
  -> ending

=== called_out ===
# post: p9
# from: bruno
# on: microblog
# after: 20m
# kind: complaint
# mood: hostile
# facts: product={product}
# subject: safety
# deadline: 30m
# hint: Il exagère, mais il s'appuie sur un vrai faux pas de la matinée. Reconnaître le faux pas désamorce mieux que contester le reste.
Résumé de la matinée : une maman s'inquiète pour sa fille, et le @FournilQuatreVents {threatened: la menace de poursuites|{blamed: la traite comme une menteuse|la laisse sans vraie réponse pendant des heures}}. Listeria ou pas, on a compris comment ils traitent leurs clients. \#boycott
* [{~Vous avez raison sur un point, {bruno_first} : {nathalie_first} méritait mieux de notre part ce matin, et nous lui présentons nos excuses. Sur le fond, il n'existe aucun rappel sur nos produits : la liste officielle des rappels est consultable par tous.|Sur un point, {bruno_first}, vous avez raison : nous aurions dû mieux traiter {nathalie_first} ce matin, et nous lui présentons nos excuses. Pour le reste, aucun de nos produits ne fait l'objet d'un rappel : la liste officielle des rappels est consultable par tous.} #post: p9 #action: reply #tone: empathetic #judgement: best #intents: apologise, correct #why: Reconnaître le faux pas sans discuter le reste, puis redonner la preuve : le critique perd son meilleur argument, et les lecteurs retiennent les excuses plutôt que la polémique.]
  ~ trust += 1
  ~ heat -= 1
  -> ending
* [Nous n'avons menacé ni insulté personne. Nous avons rétabli la vérité face à une fausse information. #post: p9 #action: reply #tone: defensive #judgement: poor #intents: refuse #why: Se justifier au lieu de reconnaître : chacun peut relire les messages de la matinée, et la défense sonne creux.]
  ~ heat += 1
  -> ending
* [Vous êtes le premier à propager des rumeurs sur nous depuis des mois. Vos appels au boycott ne trompent personne. #post: p9 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression, no-blame #intents: refuse #why: Régler ses comptes en public avec un critique : il tient la preuve de ce qu'il avance, écrite par la marque elle-même.]
  ~ trust -= 1
  ~ heat += 2
  -> ending
* [Ignorer #post: p9 #action: ignore #judgement: poor #why: Le résumé du critique devient le récit de la journée, faute d'un autre récit de la part de la marque.]
  ~ heat += 1
  -> ending

=== ending ===
{
- amplified:
  -> end_streisand
- threatened || heat >= 6:
  -> end_bruised
- verify <= 2 && fact_out && not blamed && not leaked && trust >= 4 && heat <= 2:
  -> end_defused
- else:
  -> end_lingering
}

=== end_defused ===
# end: rumour-defused
# after: 10m
À midi, {label: la fausse fiche ne circule plus que sous un avertissement de la plateforme|la fausse fiche circule encore ici et là, mais les fils où elle est passée portent votre correction}. Vous avez vérifié avant d'affirmer, répondu avec une preuve que chacun pouvait consulter, là où la rumeur circulait, sans lui offrir plus d'audience, et sans jamais vous en prendre à ceux qui l'avaient crue. {press == 1: Grâce au service presse, {erwan_first} parle dans sa brève d'une « fausse fiche de rappel ». |}Dans les boutiques, {product} se vend comme tous les samedis{nathalie == 1 || nathalie == 4:, et {nathalie_first} a gardé son post, avec la correction, pour ceux qui l'avaient partagé}.
-> END

=== end_lingering ===
# end: rumour-lingers
# after: 10m
La rumeur s'essouffle, mais lentement. {verify == 3 || verify == 4: Votre premier démenti, lancé avant toute vérification, a semé le doute sur tous les suivants. |}{not label: Le faux visuel continue de circuler sans avertissement dans des groupes que vous ne voyez pas. |}{press != 1: Le service presse a découvert l'affaire trop tard pour peser sur la brève du {paper}. |}{blamed: Quelqu'un de bonne foi s'est senti accusé par la marque, et il le raconte. |}{leaked: Une spéculation sortie de vos messages circule désormais avec la rumeur. |}Pendant quelques semaines, des clients demanderont au comptoir si « l'histoire de la listeria » est réglée. Sur une fausse alerte, chaque étape compte : vérifier, prouver, ne pas amplifier, ménager, informer la presse.
-> END

=== end_streisand ===
# end: streisand-effect
# after: 10m
Le démenti a fait plus de bruit que la rumeur. Des milliers de personnes qui n'avaient jamais vu la fausse fiche ont découvert en même temps les mots « listeria » et « Fournil », écrits par la marque elle-même. Ce week-end, {product} reste sur les étagères dans toutes les boutiques, des commentaires demandent « alors, c'était vrai ? », et les moteurs de recherche associent désormais le nom du Fournil à la contamination.{threatened: Les captures de vos menaces circulent par-dessus le marché.} Face à une rumeur, on répond là où elle circule, à sa mesure, avec une preuve : un démenti tonitruant en fait une information.
-> END

=== end_bruised ===
# end: brand-vs-mum
# after: 10m
Le rappel était faux, mais ce n'est plus le sujet. {threatened: Les captures de vos menaces circulent davantage que la fausse fiche, |La colère a pris le dessus, }et l'histoire que retient la région est celle d'une marque qui s'en prend à ceux qui s'inquiètent. {press != 1: La brève du {paper} a été écrite sans le service presse. |}La direction reprend la main, le juridique doit calmer le jeu, et il faudra des mois pour que « le Fournil qui menace les mamans » s'efface. Une personne qui partage une fausse alerte est presque toujours de bonne foi : on corrige l'information, jamais la personne.
-> END
