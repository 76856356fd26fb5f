// Frontline — exposed-data (français)
// Une facture publiée avec une adresse, un vendeur qui cite le contrat, un troll qui republie : protéger sans censurer.
// Même structure que exposed-data.en.ink : mêmes nœuds, mêmes choix, mêmes tags (seuls `why` et `hint` changent).

VAR trust = 0            // confiance de Laura et des lecteurs
VAR heat = 0             // emballement public
VAR exposed = 3          // contenus qui exposent les données de Laura encore visibles (capture, réponse du vendeur, republication)
VAR legal_alerted = false // le juridique (et donc la DPO) est prévenu
VAR legal_late = false   // prévenu seulement après l'échange avec Laura
VAR leaked = false       // la marque a elle-même publié des données de Laura
VAR blamed = false       // un collègue ou la cliente mis en cause en public
VAR liability = false    // responsabilité juridique reconnue ou indemnisation promise
VAR laura = 0            // réclamation : 1 réponse publique, 2 MP seul, 3 renvoi sec, 4 masquée (censure), 5 ignorée
VAR shot = 0             // capture : 1 masquée + explication, 2 conseil public, 3 supprimée sans mot, 4 données répétées, 5 ignorée
VAR censored = false     // la réclamation elle-même a été masquée
VAR kevin = 0            // 1 masqué, 2 juridique, 3 désavoué en public, 4 liké, 5 ignoré
VAR troll = 0            // 1 supprimé + banni, 2 masqué, 3 juridique, 4 réponse, 5 ignoré
VAR kevin_dm = 0         // 1 juridique, 2 RH, 3 sermonné, 4 encouragé, 5 ignoré
VAR laura_done = false
VAR shot_done = false
VAR kevin_done = false
VAR troll_done = false
VAR kdm_done = false
VAR laura2_done = false
VAR hugo_done = false
VAR sandra_done = false
VAR thea_done = false
// Variantes (manifest, variants) : valeurs par défaut = le scénario tel qu'écrit
VAR thea_wait = "2m" // quand arrive la question de Théa
VAR laura_first = "Laura"          // prénom de la cliente
VAR laura_name = "Laura Besson"    // nom affiché de la cliente
VAR kevin_first = "Kevin"          // prénom du vendeur
VAR price = "89 €"                 // hors-forfait contesté
VAR shop = "Bordeaux Lac"          // boutique du vendeur
VAR plan = "20 Go à 14,99 €"       // forfait de la cliente

-> intro

=== intro ===
Jeudi, 14 h. La page Onda Mobile ronronne : quelques questions de forfait, un concours de photos de vacances.
# memo: manager
Je suis en comité jusqu'à 17 h, les comptes sont à toi. Le juridique et Mme Achour, notre déléguée à la protection des données, sont joignables tout l'après-midi. Tu connais la charte.
-> first_wave

=== first_wave ===
{shuffle:
- -> laura_post -> laura_bill -> kevin_reply ->
- -> laura_post -> kevin_reply -> laura_bill ->
}
- (open)
* {not laura_done} [{~Bonjour {laura_first}, nous comprenons votre colère : des appels que vous n'avez pas passés, cela doit être vérifié, et vite. Nous vous écrivons en privé pour regarder ces {price} avec vous.|Bonjour {laura_first}, votre colère se comprend : des appels que vous n'avez pas passés, il faut le vérifier, et rapidement. Nous vous envoyons un message privé pour examiner ces {price} ensemble.} #post: p1 #action: reply #tone: empathetic #judgement: best #intents: explain, move-to-dm #why: Une réponse publique rapide qui prend la réclamation au sérieux, sans un mot du dossier : les lecteurs voient une marque qui répond, et la suite passe en privé.]
  ~ laura_done = true
  ~ laura = 1
  ~ trust += 1
  -> open
* {not laura_done} [Écrire à {laura_first} en privé pour vérifier ces {price} avec elle, sans répondre sous sa publication. #post: p1 #action: dm #tone: empathetic #judgement: good #intents: ask-details, move-to-dm #why: La cliente est prise en charge, mais sous sa publication la marque reste muette : les curieux qui passent ne voient qu'une réclamation sans réponse.]
  ~ laura_done = true
  ~ laura = 2
  ~ trust += 1
  -> open
* {not laura_done} [Bonjour, le détail de vos communications hors forfait est disponible dans votre espace client. Nous vous invitons à le consulter. #post: p1 #action: reply #tone: defensive #judgement: poor #intents: refuse #why: Renvoyer une cliente qui conteste des appels vers le document qu'elle conteste : la réponse est exacte et ne sert à rien.]
  ~ laura_done = true
  ~ laura = 3
  ~ trust -= 1
  ~ heat += 1
  -> open
* {not laura_done} [Masquer toute la publication de {laura_first}, réclamation comprise, pour calmer le fil. #post: p1 #action: hide #judgement: bad #intents: correct #why: Ce n'est pas la réclamation qui pose problème, c'est la capture : masquer une critique légitime, c'est de la censure, et la cliente le fera savoir ailleurs.]
  ~ laura_done = true
  ~ laura = 4
  ~ censored = true
  ~ trust -= 2
  ~ heat += 2
  -> open
* {not laura_done} [Ignorer #post: p1 #action: ignore #judgement: bad #why: Une réclamation sans réponse sous votre propre page, un jour où tout le monde la regarde : le silence devient le sujet.]
  ~ laura_done = true
  ~ laura = 5
  ~ trust -= 1
  ~ heat += 1
  -> open
* {not shot_done} [{~Masquer le commentaire avec la capture (adresse, numéro client et numéro de ligne lisibles) et expliquer aussitôt à {laura_first} en privé pourquoi : sa réclamation, elle, reste en ligne.|Masquer tout de suite le commentaire où l'on lit son adresse, son numéro client et son numéro de ligne, puis écrire à {laura_first} en privé pour lui expliquer ce geste : sa réclamation reste visible.} #post: p1b #action: hide #judgement: best #intents: explain, move-to-dm #why: On protège la personne en quelques secondes, on lui dit pourquoi, et sa critique reste visible : ce n'est pas de la censure, c'est de la protection.]
  ~ shot_done = true
  ~ shot = 1
  ~ exposed -= 1
  ~ trust += 1
  -> open
* {not shot_done} [{laura_first}, attention : votre capture montre votre adresse et votre numéro client. Nous vous conseillons de la retirer. #post: p1b #action: reply #tone: empathetic #judgement: good #intents: explain #why: Le bon conseil, mais la cliente ne retirera sa capture qu'en lisant la réponse : pendant ce temps, son adresse reste sous les yeux de tous, trolls compris.]
  ~ shot_done = true
  ~ shot = 2
  ~ exposed -= 1
  ~ trust += 1
  -> open
* {not shot_done} [Supprimer le commentaire avec la capture, sans rien dire à {laura_first}. #post: p1b #action: delete #judgement: poor #intents: correct #why: Les données disparaissent, mais la cliente découvre que son commentaire a été effacé sans explication : elle y verra de la censure, pas de la protection.]
  ~ shot_done = true
  ~ shot = 3
  ~ exposed -= 1
  ~ trust -= 1
  -> open
* {not shot_done} [Bonjour {laura_first}, les {price} sur votre compte n° 7730 2281 05 correspondent à des appels vers un numéro surtaxé. Nous vérifions avec le SAV. #post: p1b #action: reply #tone: neutral #judgement: bad #breaks: no-personal-data #intents: explain #why: La marque recopie elle-même le numéro client et le détail de la facture en public : l'exposition change de nature, elle porte désormais le nom d'Onda.]
  ~ shot_done = true
  ~ shot = 4
  ~ leaked = true
  ~ trust -= 2
  ~ heat += 2
  -> open
* {not shot_done} [Ignorer #post: p1b #action: ignore #judgement: bad #why: L'adresse et le numéro client d'une cliente restent affichés sous votre page, à la disposition de n'importe qui.]
  ~ shot_done = true
  ~ shot = 5
  ~ heat += 1
  -> open
* {not kevin_done} [{~Masquer la réponse de {kevin_first} : elle publie des détails du contrat de la cliente (forfait, date de souscription, appels).|Masquer la réponse de {kevin_first}, qui affiche le forfait, la date de souscription et le détail des appels de la cliente.} #post: p2 #action: hide #judgement: best #intents: correct #why: Un salarié a publié plus que ce que la cliente avait montré : on retire vite, sans bruit et sans reproche public. Le reste se règle en interne.]
  ~ kevin_done = true
  ~ kevin = 1
  ~ exposed -= 1
  -> open
* {not kevin_done} [Transmettre tout de suite au juridique : un salarié a publié des données du dossier d'une cliente sous notre page. #post: p2 #action: escalate #to: legal #judgement: good #intents: escalate #why: Le juridique et la DPO doivent le savoir, c'est essentiel, mais le contrat de la cliente reste affiché sous votre publication le temps qu'ils fassent retirer la réponse, alors qu'un clic suffisait.]
  ~ kevin_done = true
  ~ kevin = 2
  ~ exposed -= 1
  ~ legal_alerted = true
  -> open
* {not kevin_done} [Nous précisons que {kevin_first} n'était pas habilité à répondre au nom d'Onda ni à consulter ce dossier. Des mesures seront prises. #post: p2 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: correct #why: Désavouer un collègue en public ne retire rien : la réponse reste en ligne, on confirme au passage qu'il a consulté le dossier, et un vendeur apprécié est livré à la foule.]
  ~ kevin_done = true
  ~ kevin = 3
  ~ blamed = true
  ~ heat += 2
  -> open
* {not kevin_done} [Liker la réponse de {kevin_first} : elle explique clairement les {price}. #post: p2 #action: like #judgement: bad #breaks: no-personal-data #intents: thank #why: Le like du compte officiel valide la publication du contrat d'une cliente : Onda endosse l'exposition de ses données.]
  ~ kevin_done = true
  ~ kevin = 4
  ~ leaked = true
  ~ heat += 2
  -> open
* {not kevin_done} [Ignorer #post: p2 #action: ignore #judgement: bad #why: Le contrat de la cliente reste affiché, signé d'un salarié Onda, et chaque minute l'expose davantage.]
  ~ kevin_done = true
  ~ kevin = 5
  ~ heat += 1
  -> open
* -> second_wave

=== laura_post ===
# post: p1
# from: laura
# on: comments
# after: 2m
# kind: complaint
# mood: furious
# facts: product=le forfait; price={price}
# subject: price
# deadline: 20m
# hint: Une réclamation légitime, sur votre page, d'une cliente à bout. Qu'attendent d'abord les lecteurs : une réponse, ou un fil plus propre ?
{~{price} de hors-forfait ce mois-ci pour des appels que je n'ai JAMAIS passés !!! C'est la deuxième fois cette année. Vous m'expliquez ça @OndaMobile ? 😡|{price} facturés en hors-forfait ce mois-ci, pour des appels que je n'ai JAMAIS passés !!! Et c'est déjà la deuxième fois cette année. @OndaMobile, vous m'expliquez ? 😡}
->->

=== laura_bill ===
# post: p1b
# from: laura
# on: comments
# in: p1
# after: 1m
# kind: personal-data
# mood: angry
# facts: product=le forfait
# deadline: 20m
# hint: Regardez bien ce que montre la capture. Que dit la charte des données publiées par le client lui-même ? Comment les protéger sans faire taire sa réclamation ?
{~Et voilà la facture, regardez vous-mêmes 👇|La preuve, c'est ma facture 👇 Jugez vous-mêmes.} [Capture : facture Onda de {laura_name}, 14 rue des Capucins, 33800 Bordeaux. Compte client n° 7730 2281 05. Ligne 06 39 98 71 26. « Communications hors forfait : {price} »]
->->

=== kevin_reply ===
# post: p2
# from: kevin
# on: comments
# in: p1
# after: 2m
# kind: personal-data
# mood: neutral
# facts: product=le forfait
# deadline: 20m
# hint: Un collègue, de bonne foi, répond sous votre page. Qu'ajoute-t-il à ce que la cliente avait publié ? Et que dit la charte sur la façon de traiter l'erreur d'un collègue ?
Bonjour {laura_first}, {kevin_first} de la boutique Onda {shop} 👋 J'ai regardé votre dossier : vous êtes sur le forfait {plan} depuis le 3 mars, et les {price} ce sont 14 appels vers un 0899 les 12 et 13 mai. Donc c'est bien du hors forfait, désolé !
->->

=== second_wave ===
{shuffle:
- -> dede_post -> kevin_message ->
- -> kevin_message -> dede_post ->
}
- (open)
* {not troll_done} [{~Capturer le commentaire de Dédé, le supprimer et bannir le compte : il republie l'adresse d'une cliente avec un appel à aller la voir.|Faire une capture du commentaire de Dédé pour le dossier, puis le supprimer et bannir le compte : republier l'adresse d'une cliente en invitant à aller chez elle n'a pas sa place ici.} #post: p3 #action: ban #judgement: best #intents: correct #why: L'adresse disparaît, le compte ne peut pas recommencer, et la capture conservée servira si la cliente porte plainte : protection immédiate et durable.]
  ~ troll_done = true
  ~ troll = 1
  ~ exposed -= 1
  -> open
* {not troll_done} [Masquer le commentaire de Dédé. #post: p3 #action: hide #judgement: good #intents: correct #why: L'adresse n'est plus visible, c'est l'essentiel ; mais le compte reste libre de la republier dans cinq minutes.]
  ~ troll_done = true
  ~ troll = 2
  ~ exposed -= 1
  -> open
* {not troll_done} [Transmettre au juridique : republication de l'adresse d'une cliente avec incitation à aller la voir. #post: p3 #action: escalate #to: legal #judgement: good #intents: escalate #why: Le juridique doit le savoir, mais l'adresse de la cliente reste affichée pendant qu'il s'en saisit : on protège après avoir retiré, pas à la place.]
  ~ troll_done = true
  ~ troll = 3
  ~ legal_alerted = true
  -> open
* {not troll_done} [Dédé, publier l'adresse de quelqu'un est illégal. Retirez ça immédiatement ou nous portons plainte. #post: p3 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: correct #why: Menacer un troll en public, c'est lui offrir la scène qu'il cherche, et le commentaire avec l'adresse reste en ligne, remonté par votre réponse.]
  ~ troll_done = true
  ~ troll = 4
  ~ heat += 2
  -> open
* {not troll_done} [Ignorer #post: p3 #action: ignore #judgement: bad #why: L'adresse d'une cliente et une invitation à aller la voir restent sous votre page : c'est votre espace, c'est votre responsabilité de le tenir.]
  ~ troll_done = true
  ~ troll = 5
  ~ heat += 2
  -> open
* {not kdm_done} [{~Signaler au juridique, pour la DPO : un vendeur a publié sous notre page des données du contrat d'une cliente (captures conservées). Et répondre à {kevin_first}, sans reproche, de ne rien republier et que quelqu'un le recontacte.|Prévenir le juridique, pour la DPO, qu'un vendeur a publié sous notre page des données du contrat d'une cliente (captures conservées), et écrire à {kevin_first}, sans reproche, de ne plus rien publier : quelqu'un va le recontacter.} #post: p4 #action: escalate #to: legal #judgement: best #intents: escalate, explain #why: Le délai d'une éventuelle notification court dès que l'entreprise sait : la DPO est prévenue, le vendeur est arrêté sans être humilié, et rien ne se règle sur la place publique.]
  ~ kdm_done = true
  ~ kevin_dm = 1
  ~ legal_alerted = true
  -> open
* {not kdm_done} [Transmettre aux RH : un salarié a répondu à une cliente au nom d'Onda sans y être habilité. #post: p4 #action: escalate #to: hr #judgement: good #intents: escalate #why: Les RH s'occuperont de la conduite du vendeur, mais l'incident de données relève de la DPO, via le juridique : elle l'apprendra tard, et le délai court.]
  ~ kdm_done = true
  ~ kevin_dm = 2
  -> open
* {not kdm_done} [{kevin_first}, vous vous rendez compte ? Vous avez étalé le dossier d'une cliente devant tout le monde. C'est une faute grave. #post: p4 #action: dm #tone: aggressive #judgement: poor #intents: correct #why: Sermonner un collègue n'est pas votre rôle, et ça ne protège personne : la DPO n'est toujours pas prévenue, et le vendeur se braque.]
  ~ kdm_done = true
  ~ kevin_dm = 3
  -> open
* {not kdm_done} [Merci {kevin_first}, votre explication était claire : vous pouvez la laisser, ou la republier, nous l'appuierons. #post: p4 #action: dm #tone: empathetic #judgement: bad #breaks: no-personal-data #intents: thank #why: Encourager un salarié à publier le contrat d'une cliente, c'est transformer une maladresse individuelle en pratique de l'entreprise.]
  ~ kdm_done = true
  ~ kevin_dm = 4
  ~ leaked = true
  { kevin == 1:
    ~ exposed += 1
  }
  -> open
* {not kdm_done} [Ignorer #post: p4 #action: ignore #judgement: poor #why: Sans réponse, le vendeur fait ce qui lui semble logique : il republie son explication, et personne n'a prévenu la DPO.]
  ~ kdm_done = true
  ~ kevin_dm = 5
  { kevin == 1:
    ~ exposed += 1
  }
  -> open
* -> legal_news

=== dede_post ===
# post: p3
# from: dede
# on: comments
# in: p1
# after: 3m
# kind: abuse
# mood: hostile
# deadline: 15m
# hint: Ce n'est plus une critique : c'est une adresse et une invitation. Qu'est-ce qui protège la cliente le plus vite et le plus durablement ?
{shot == 1 || shot == 3:Trop tard, j'avais fait une capture avant que vous la cachiez 😏|Capture enregistrée 😏} La râleuse habite au 14 rue des Capucins à Bordeaux. {~Avis aux voisins : allez donc lui expliquer ce que c'est qu'un 0899 😂|Si quelqu'un passe dans le coin, allez lui expliquer ce que c'est qu'un 0899 😂} [Capture republiée de la facture]
->->

=== kevin_message ===
# post: p4
# from: kevin
# on: dm
# after: 3m
# kind: request
# mood: worried
# facts: product=le forfait; price={price}
# deadline: 20m
# hint: Le vendeur est de bonne foi. Qui, chez Onda, doit savoir qu'un salarié a publié des données d'une cliente, et pourquoi le plus tôt possible ?
{kevin == 1:C'est vous qui avez masqué ma réponse à la cliente ? Je voulais juste l'aider, j'ai accès à son dossier, c'est mon boulot. Je la republie ?|J'ai répondu à la cliente sous votre publication pour lui expliquer ses {price}. Vous pouvez liker pour appuyer ? Elle n'a pas l'air de comprendre.}
->->

=== legal_news ===
{ kevin == 2:
  # memo: legal
  # after: 1m
  Nous avons fait retirer la réponse de {kevin_first} par la responsable de sa boutique. C'est fait, mais elle est restée en ligne un bon quart d'heure de plus : la prochaine fois, masquez d'abord, prévenez-nous ensuite.
}
{ legal_alerted:
  # memo: legal
  # after: 1m
  Merci pour le signalement. Mme Achour évalue l'incident : si une notification à la CNIL est nécessaire, elle doit partir sous 72 heures. D'ici là, conservez les captures. En public : pas le mot « violation », aucune reconnaissance de responsabilité, aucun détail du dossier. Vous pouvez dire que les contenus ont été retirés pour protéger la cliente et que le sujet est traité.
- else:
  # memo: manager
  # after: 1m
  Je vois passer des notifications entre deux points du comité : ça chauffe sous notre publication ? Rappel : une donnée client exposée, c'est le juridique, tout de suite.
}
-> third_wave

=== third_wave ===
{ laura <= 2:
  # post: p5
  # from: laura
  # on: dm
  # after: 3m
  # kind: complaint
  # mood: angry
  # facts: product=le forfait
  # deadline: 20m
  # hint: La cliente a peur et elle est en colère. Comment s'excuser pour ce qu'elle vit sans écrire ce que seul le juridique peut écrire ?
  {shot == 1:Bon, merci de m'avoir prévenue pour la capture, je n'avais pas vu qu'on lisait mon adresse.|{shot == 2:J'ai enlevé ma capture.|{shot == 3:Vous avez supprimé ma capture sans même me prévenir ?|{shot == 4:Et vous recopiez mon numéro client en public, sérieusement ?|Au fait, ma capture est toujours en ligne.}}}} Mais votre vendeur, lui, a étalé mon forfait et mes appels devant tout le monde ! {troll == 1 || troll == 2:Et un inconnu a republié mon adresse, je l'ai vu avant que ça disparaisse.|Et maintenant un inconnu publie mon adresse en invitant les gens à venir chez moi !} J'ai une fille de 8 ans. J'ai peur, et je suis furieuse. Vous faites quoi ?
- else:
  # post: p5
  # from: laura
  # on: microblog
  # after: 3m
  # kind: complaint
  # mood: furious
  # facts: product=le forfait
  # deadline: 15m
  # hint: La colère est devenue publique, et elle parle de la CNIL. Que pouvez-vous dire en public, et que devez-vous garder pour le juridique ?
  {laura == 4:Onda masque ma réclamation au lieu d'y répondre,|{laura == 3:Onda me renvoie à la facture que je conteste,|{shot == 4:Onda recopie mon numéro client en public,|Ma réclamation reste sans réponse,}}} un vendeur Onda étale mon contrat en commentaire, et un inconnu republie mon adresse. Bravo @OndaMobile pour la protection des données. Je saisis la CNIL. \#RGPD
}
# post: p6
# from: hugo
# on: forum
# thread: En boutique, les vendeurs voient-ils tout notre compte ?
# rank: Membre
# after: 2m
# kind: question
# mood: worried
# facts: product=le compte client
# deadline: 25m
# hint: Une question légitime sur les règles, posée en public. Peut-on y répondre sans parler du dossier de la cliente ?
{~Question sérieuse : en boutique, les vendeurs Onda peuvent voir tout notre compte ? Appels, adresse, tout ? Parce que ce qu'on lit sous votre dernière publication fait froid dans le dos.|Vraie question : un vendeur Onda en boutique a accès à tout notre compte ? Nos appels, notre adresse, tout ? Ce qu'on lit sous votre dernière publication fait froid dans le dos.}
- (open)
* {laura <= 2 && not laura2_done} [{~{laura_first}, vous avez toutes les raisons d'être choquée, et nous en sommes sincèrement désolés. Nous retirons de notre page tout message qui expose vos informations, et la personne chargée chez nous de la protection des données va vous contacter directement. Si vous vous sentez menacée, vous pouvez le signaler à la police : nous conservons tous les éléments. Et le SAV vérifie ces {price} d'appels.|{laura_first}, ce que vous vivez est choquant, et nous en sommes sincèrement désolés. Tout message de notre page qui expose vos informations est retiré, et la personne chargée de la protection des données chez nous va vous contacter directement. Si vous vous sentez menacée, n'hésitez pas à le signaler à la police : nous gardons tous les éléments. Quant aux {price} d'appels, le SAV les vérifie.} #post: p5 #action: dm #tone: empathetic #judgement: best #intents: apologise, explain #why: Des excuses sincères pour ce qu'elle vit, des actes concrets, un conseil de sécurité, et aucun mot qui qualifie juridiquement les faits : c'est exactement la frontière entre empathie et aveu.]
  ~ laura2_done = true
  ~ trust += 2
  { not legal_alerted:
    ~ legal_alerted = true
    ~ legal_late = true
  }
  -> open
* {laura <= 2 && not laura2_done} [{laura_first}, nous reconnaissons une violation de vos données personnelles dont Onda est entièrement responsable. Vous serez indemnisée, et le vendeur sera sanctionné. #post: p5 #action: dm #tone: empathetic #judgement: bad #breaks: no-promise, no-blame #intents: apologise, promise #why: Sincère, mais c'est un aveu juridique écrit, une indemnisation promise et un collègue livré : trois décisions qui appartenaient au juridique, aux RH et à la direction, pas à la permanence.]
  ~ laura2_done = true
  ~ liability = true
  ~ trust += 1
  -> open
* {laura <= 2 && not laura2_done} [Nous comprenons, mais c'est vous qui avez publié votre facture en premier : nous ne pouvons pas être tenus responsables de sa diffusion. #post: p5 #action: dm #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Renvoyer la faute sur la cliente, alors qu'un salarié a publié des informations qu'elle n'avait pas montrées : c'est faux, c'est blessant, et c'est la capture qu'elle publiera.]
  ~ laura2_done = true
  ~ trust -= 2
  ~ heat += 2
  -> open
* {laura <= 2 && not laura2_done} [Transmettre au SAV la contestation des {price} et lui répondre qu'un conseiller la rappelle. #post: p5 #action: escalate #to: after-sales #judgement: poor #intents: escalate #why: Sa facture sera vérifiée, mais elle vous parle de peur et de son adresse qui circule : lui répondre sur la facture, c'est répondre à côté.]
  ~ laura2_done = true
  -> open
* {laura <= 2 && not laura2_done} [Ignorer #post: p5 #action: ignore #judgement: bad #why: Une cliente qui dit avoir peur pour sa fille, sans réponse : elle ira chercher de l'aide ailleurs, en public, et elle aura raison.]
  ~ laura2_done = true
  ~ trust -= 2
  ~ heat += 2
  -> open
* {laura > 2 && not laura2_done} [{~{laura_first}, votre inquiétude est légitime et nous en sommes sincèrement désolés. Nous retirons de notre page tout ce qui expose vos informations, et la personne chargée de la protection des données chez nous vous écrit en privé aujourd'hui.|{laura_first}, vous avez raison d'être inquiète, et nous en sommes sincèrement désolés. Tout ce qui expose vos informations est retiré de notre page, et la personne chargée chez nous de la protection des données vous écrit en privé dès aujourd'hui.} #post: p5 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, move-to-dm #why: En public, l'essentiel et rien de plus : des excuses, ce qui est fait, ce qui va se passer. Aucun détail du dossier, aucun mot juridique.]
  ~ laura2_done = true
  ~ trust += 1
  ~ heat -= 1
  { not legal_alerted:
    ~ legal_alerted = true
    ~ legal_late = true
  }
  -> open
* {laura > 2 && not laura2_done} [Transmettre au juridique : la cliente annonce une plainte à la CNIL. #post: p5 #action: escalate #to: legal #judgement: good #intents: escalate #why: Le juridique doit l'avoir, sans attendre. Mais son message public, lu par ses abonnés et par les nôtres, reste sans la moindre réponse.]
  ~ laura2_done = true
  { not legal_alerted:
    ~ legal_alerted = true
    ~ legal_late = true
  }
  -> open
* {laura > 2 && not laura2_done} [Nous rappelons que la capture a été publiée par vous-même sur notre page. #post: p5 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: correct #why: Rappeler à la victime qu'elle a commencé, en public, pendant qu'un salarié et un troll ont fait bien pire : c'est la phrase qui fera le tour des comptes spécialisés.]
  ~ laura2_done = true
  ~ trust -= 2
  ~ heat += 2
  -> open
* {laura > 2 && not laura2_done} [{laura_first}, nous reconnaissons une grave violation de vos données. Vous serez indemnisée. #post: p5 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: apologise, promise #why: Un aveu juridique et une promesse d'indemnisation, publiés devant tous : le juridique perd toute marge, et chaque client exposé demain réclamera la même chose.]
  ~ laura2_done = true
  ~ liability = true
  -> open
* {laura > 2 && not laura2_done} [Ignorer #post: p5 #action: ignore #judgement: bad #why: Une cliente qui annonce saisir la CNIL, en public, et aucune réaction : le silence devient la preuve que la marque ne prend pas le sujet au sérieux.]
  ~ laura2_done = true
  ~ heat += 2
  -> open
* {not hugo_done} [{~Bonjour Hugo, c'est une question légitime. Nos conseillers n'accèdent à un dossier que pour traiter une demande du client lui-même, et ces informations ne doivent jamais être rendues publiques. Nous ne commentons pas un cas individuel ici, mais la situation dont vous parlez est prise très au sérieux.|Bonjour Hugo, votre question est légitime. Un conseiller n'ouvre un dossier que pour traiter une demande du client lui-même, et ces informations ne doivent jamais être publiées. Nous ne commentons pas de cas individuel ici, mais la situation que vous évoquez est prise très au sérieux.} #post: p6 #action: reply #tone: empathetic #judgement: best #intents: explain #why: La règle, clairement, en public, pour tous les clients qui se posent la même question, sans un mot sur le dossier de la cliente.]
  ~ hugo_done = true
  ~ heat -= 1
  -> open
* {not hugo_done} [Répondre à Hugo en message privé pour lui expliquer les règles d'accès aux dossiers. #post: p6 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Hugo est rassuré, mais le fil du forum reste sans réponse, et tous ceux qui ont eu la même inquiétude en lisant votre page aussi.]
  ~ hugo_done = true
  -> open
* {not hugo_done} [La protection de vos données est notre priorité absolue. #post: p6 #action: reply #tone: neutral #judgement: poor #intents: explain #why: La phrase toute faite qu'on lit sous chaque incident : elle ne répond pas à la question, et elle sonne faux le jour même où un dossier a été exposé.]
  ~ hugo_done = true
  ~ heat += 1
  -> open
* {not hugo_done} [Bonjour Hugo, dans ce cas précis, le vendeur a consulté le dossier de {laura_name} sans motif valable. C'est une erreur individuelle. #post: p6 #action: reply #tone: neutral #judgement: bad #breaks: no-blame, no-confidential #intents: explain #why: Nommer la cliente, accuser le collègue et livrer l'enquête interne sur un forum public : trois informations qui n'avaient rien à faire là.]
  ~ hugo_done = true
  ~ blamed = true
  ~ heat += 2
  -> open
* {not hugo_done} [Ignorer #post: p6 #action: ignore #judgement: poor #why: Une inquiétude légitime sans réponse : sur un forum, le vide se remplit vite de suppositions, souvent pires que la réalité.]
  ~ hugo_done = true
  ~ heat += 1
  -> open
* -> fourth_wave

=== fourth_wave ===
{shuffle:
- -> sandra_post -> thea_post ->
- -> thea_post -> sandra_post ->
}
- (open)
* {not sandra_done} [{~Merci Sandra pour ce message bienveillant. Nous ne commentons pas de situation individuelle ici, mais nous transmettrons vos mots à l'équipe de la boutique.|Merci Sandra pour ces mots chaleureux. Nous ne commentons pas de cas individuel ici, mais nous ferons suivre votre message à l'équipe de la boutique.} #post: p7 #action: reply #tone: empathetic #judgement: best #intents: thank #why: On remercie une cliente fidèle sans juger personne : ni désaveu public du vendeur, ni absolution d'une erreur que la DPO examine.]
  ~ sandra_done = true
  -> open
* {not sandra_done} [Liker le commentaire de Sandra. #post: p7 #action: like #judgement: poor #intents: thank #why: Le like du compte officiel sous « il a voulu aider, c'est tout » se lit comme une absolution : la cliente et Théa y verront une marque qui minimise.]
  ~ sandra_done = true
  ~ heat += 1
  -> open
* {not sandra_done} [Merci Sandra, mais {kevin_first} a commis une faute grave en publiant ce dossier, et il en répondra. #post: p7 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: correct #why: Mettre un collègue en cause en public pour paraître ferme : le vendeur est humilié, ses clients fidèles se retournent contre la marque, et l'incident devient un feuilleton.]
  ~ sandra_done = true
  ~ blamed = true
  ~ heat += 2
  -> open
* {not sandra_done} [Merci Sandra ! {kevin_first} a eu raison de vouloir aider, il n'a rien fait de mal 😊 #post: p7 #action: reply #tone: empathetic #judgement: poor #intents: thank #why: Déclarer en public qu'exposer le contrat d'une cliente n'était « rien de mal », c'est contredire la charte et la DPO le jour même.]
  ~ sandra_done = true
  ~ heat += 2
  -> open
* {not sandra_done} [Ignorer #post: p7 #action: ignore #judgement: good #why: Rien ne vous oblige à répondre : ne pas commenter un cas individuel est une position tenable. Un merci neutre aurait toutefois apaisé une cliente fidèle.]
  ~ sandra_done = true
  -> open
* {legal_alerted && not thea_done} [{~Bonjour Théa, merci pour votre vigilance. Les contenus concernés ont été retirés de notre page pour protéger la cliente, et le sujet est entre les mains de notre déléguée à la protection des données. Nous ne commentons pas un cas individuel en public.|Bonjour Théa, merci de votre attention. Pour protéger la cliente, les contenus concernés ont été retirés de notre page, et notre déléguée à la protection des données s'occupe du sujet. Nous ne commentons pas un cas individuel en public.} #post: p8 #action: reply #tone: neutral #judgement: best #intents: thank, explain #why: Une réponse exacte, publique et sobre : ce qui est fait, qui s'en occupe, et rien de ce qui appartient à la DPO. Les 8 700 abonnés de Théa voient une entreprise qui sait ce qu'elle fait.]
  ~ thea_done = true
  ~ heat -= 1
  -> open
* {not legal_alerted && not thea_done} [{~Transmettre au juridique, pour la DPO, tout l'incident (captures conservées), et répondre à Théa que le sujet est entre les mains de notre déléguée à la protection des données.|Saisir le juridique, pour la DPO, de tout l'incident (captures conservées), puis répondre à Théa que notre déléguée à la protection des données a le dossier en main.} #post: p8 #action: escalate #to: legal #judgement: best #intents: escalate, explain #why: La question de Théa révèle le trou : la DPO n'a rien su jusqu'ici. On la saisit enfin, et on peut répondre avec exactitude.]
  ~ thea_done = true
  ~ legal_alerted = true
  ~ legal_late = true
  -> open
* {not thea_done} [Il ne s'agit pas d'un incident de données : la cliente avait elle-même publié ses informations. #post: p8 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: correct #why: Faux, puisque le vendeur a publié ce que la cliente n'avait pas montré, et accusateur envers elle : une spécialiste le démontrera en un fil.]
  ~ thea_done = true
  ~ heat += 2
  -> open
* {not thea_done} [Oui, c'est une violation de données, et nous la notifierons à la CNIL sous 72 h. #post: p8 #action: reply #tone: neutral #judgement: bad #breaks: no-confidential, no-promise #intents: explain, promise #why: Qualifier juridiquement les faits et annoncer une décision que seule la DPO peut prendre : franc en apparence, mais c'est engager l'entreprise à la place de ceux dont c'est le rôle.]
  ~ thea_done = true
  ~ liability = true
  -> open
* {not thea_done} [Nous ne communiquons pas sur ce sujet. #post: p8 #action: reply #tone: defensive #judgement: poor #intents: refuse #why: Refuser de répondre à une question simple et légitime, devant 8 700 personnes : le silence est interprété comme un aveu de négligence.]
  ~ thea_done = true
  ~ heat += 1
  -> open
* {not thea_done} [Ignorer #post: p8 #action: ignore #judgement: poor #why: La question reste affichée sans réponse et d'autres comptes la reprennent : « Onda ne sait pas si sa DPO est au courant ».]
  ~ thea_done = true
  ~ heat += 2
  -> open
* -> closing

=== sandra_post ===
# post: p7
# from: sandra
# on: comments
# in: p2
# after: 3m
# kind: praise
# mood: enthusiastic
# facts: place=à la boutique de {shop}
# deadline: 25m
# hint: Un soutien sincère à un collègue, au milieu d'un incident. Peut-on remercier sans juger, ni dans un sens ni dans l'autre ?
{~Arrêtez de tomber sur {kevin_first} de {shop}, c'est le vendeur le plus serviable que je connaisse ! Il a voulu aider, c'est tout. Bravo {kevin_first} 💪|Laissez {kevin_first} tranquille ! À la boutique de {shop}, c'est le vendeur le plus serviable que je connaisse. Il a voulu aider, c'est tout. Bravo {kevin_first} 💪}
->->

=== thea_post ===
# post: p8
# from: thea
# on: microblog
# after: {thea_wait}
# kind: question
# mood: neutral
# facts: product=le forfait
# deadline: 20m
# hint: Une experte pose publiquement la bonne question. Que pouvez-vous affirmer aujourd'hui, et qu'est-ce qui appartient à la DPO seule ?
{~Un vendeur @OndaMobile qui publie en commentaire le forfait et le détail des appels d'une cliente : pour moi, c'est un incident de données, avec notification à la CNIL sous 72 h si risque. Question simple : Onda a-t-elle prévenu sa DPO ?|Un vendeur @OndaMobile qui étale en commentaire le forfait et les appels d'une cliente : c'est un incident de données, à notifier à la CNIL sous 72 h s'il y a un risque. Une seule question : la DPO d'Onda est-elle prévenue ?} \#RGPD
->->

=== closing ===
{ legal_alerted && trust >= 2 && not leaked:
  -> laura_calm
- else:
  -> laura_upset
}

=== laura_calm ===
# post: p9
# from: laura
# on: dm
# after: 8m
# kind: praise
# mood: neutral
# facts: product=le forfait
# deadline: 30m
# hint: L'histoire se termine mieux qu'elle n'avait commencé. Que dire, et surtout où ?
Mme Achour, votre déléguée à la protection des données, m'a appelée. Elle m'a expliqué ce qui avait été fait. Et le SAV a annulé les {price} : une fraude aux appels surtaxés, apparemment. Merci d'avoir réagi vite. Je reste choquée par ce vendeur, mais au moins on m'a écoutée.
* [{~Merci de nous le dire, {laura_first}. Nous sommes soulagés que les {price} soient annulés, et de nouveau désolés pour ce que vous avez vécu cet après-midi. Si quoi que ce soit vous inquiète encore, nous sommes là.|Merci beaucoup pour ce message, {laura_first}. Nous sommes soulagés que les {price} aient été annulés, et encore désolés pour cet après-midi éprouvant. Si quelque chose vous inquiète encore, écrivez-nous : nous sommes là.} #post: p9 #action: dm #tone: empathetic #judgement: best #intents: thank, apologise #why: Un dernier message simple, en privé, qui reconnaît ce qu'elle a vécu sans rouvrir le dossier : la confiance se referme là où elle a été abîmée.]
  ~ trust += 1
  -> ending
* [Transmettre son retour à la DPO et au juridique pour leur dossier. #post: p9 #action: escalate #to: legal #judgement: good #intents: escalate #why: Utile pour le dossier de l'incident, mais la cliente attendait surtout un mot humain en retour.]
  -> ending
* [Pour nous faire pardonner, voici un bon de 20 € à utiliser en boutique ! #post: p9 #action: dm #tone: empathetic #judgement: poor #breaks: no-promise #intents: apologise, promise #why: Un geste que personne n'a validé, offert dans un dossier que la DPO suit : il ressemble à un achat de silence.]
  -> ending
* [Publier en réponse sous notre page : « Merci {laura_name}, ravis que votre litige de {price} soit réglé ! » #post: p9 #action: reply #tone: empathetic #judgement: bad #breaks: no-personal-data #intents: thank #why: Remettre en public son nom et son litige, à la fin d'une journée passée à les retirer : l'erreur exacte que tout l'après-midi cherchait à réparer.]
  ~ leaked = true
  -> ending
* [Ignorer #post: p9 #action: ignore #judgement: poor #why: Une cliente qui prend le temps de remercier après une journée pareille, sans réponse : la relation se termine sur un silence.]
  -> ending

=== laura_upset ===
# post: p9
# from: laura
# on: dm
# after: 8m
# kind: complaint
# mood: furious
# deadline: 15m
# hint: Ce n'est plus seulement une question d'image : une personne se sent menacée. Qui doit le savoir tout de suite ?
Il y a dix minutes, un appel masqué : « Alors, on râle contre Onda ? ». Mon adresse a circulé sur votre page. {legal_alerted:On m'a dit qu'une personne de chez vous m'appellerait, je n'ai toujours rien.|Personne chez vous ne m'a rappelée.} Je porte plainte, et je saisis la CNIL.
* [{~Transmettre en urgence au juridique et à la DPO : la cliente a reçu un appel anonyme menaçant après la diffusion de son adresse. Et lui écrire en privé que la personne chargée de la protection des données l'appelle aujourd'hui, et qu'elle a raison de porter plainte.|Alerter en urgence le juridique et la DPO : après la diffusion de son adresse, la cliente a reçu un appel anonyme menaçant. Puis lui écrire en privé qu'elle a raison de porter plainte et que la personne chargée de la protection des données l'appelle aujourd'hui.} #post: p9 #action: escalate #to: legal #judgement: best #intents: escalate, explain #why: Une menace réelle contre une cliente passe avant tout : le juridique et la DPO doivent agir aujourd'hui, et la cliente sait qu'on la soutient dans sa plainte au lieu de s'en défendre.]
  { not legal_alerted:
    ~ legal_alerted = true
    ~ legal_late = true
  }
  -> ending
* [{laura_first}, nous sommes profondément désolés. Vous avez raison de porter plainte, et nous conservons tous les éléments qui pourront vous aider. #post: p9 #action: dm #tone: empathetic #judgement: good #intents: apologise #why: Le ton est juste et le soutien réel, mais personne en interne n'est saisi de la menace : les mots ne suffisent pas quand une cliente a peur.]
  -> ending
* [Nous ne pouvons être tenus responsables des agissements de tiers. #post: p9 #action: dm #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Se retrancher derrière les « tiers » face à une cliente menacée chez elle : c'est la phrase qui finira dans sa plainte et dans la presse.]
  ~ heat += 2
  -> ending
* [Onda prendra en charge tous les frais de votre plainte et vous indemnisera. #post: p9 #action: dm #tone: empathetic #judgement: poor #breaks: no-promise #intents: promise #why: Généreux, mais c'est un engagement juridique et financier pris seul, dans un dossier qui peut finir devant la CNIL.]
  ~ liability = true
  -> ending
* [Ignorer #post: p9 #action: ignore #judgement: bad #why: Une cliente menacée qui vous écrit, et aucune réponse : l'incident de données devient une affaire de sécurité dont Onda aura été absente.]
  ~ heat += 3
  -> ending

=== ending ===
{
- leaked || blamed || exposed >= 2 || heat >= 8:
  -> end_scandal
- exposed == 0 && shot == 1 && kevin == 1 && legal_alerted && not liability && trust >= 2 && heat <= 4:
  -> end_contained
- else:
  -> end_scars
}

=== end_contained ===
# end: data-contained
# after: 2m
17 h, le comité se termine. Tout ce qui exposait {laura_first} a disparu de la page, {legal_late:un peu tard pour le juridique, qui a tout de même pu ouvrir le dossier dans le délai|le juridique et la DPO ont eu l'incident en main dès le début}, et la cliente a été écoutée plutôt que réduite au silence. Personne n'a écrit « violation » ni promis d'indemnisation à la place de ceux dont c'est le rôle, et {kevin_first} sera reçu en interne, sans avoir été livré à la foule. Votre responsable relit le fil et note : « C'est exactement ce qu'on attend d'un senior. »
-> END

=== end_scars ===
# end: contained-with-scars
# after: 2m
17 h. L'incident est sous contrôle, mais il laisse des traces. {exposed > 0:Un contenu exposant {laura_first} est resté visible plus longtemps qu'il n'aurait dû. |{shot == 2:La capture de {laura_first} est restée visible le temps qu'elle lise votre conseil et la retire elle-même. }{kevin == 2:La réponse de {kevin_first} est restée en ligne le temps que le juridique la fasse retirer, alors qu'un clic suffisait. }}{not legal_alerted:Le juridique découvre l'affaire par votre responsable, bien après les faits : le délai de 72 heures a commencé sans lui. }{legal_late && legal_alerted:La DPO a été prévenue tard, par le détour d'une cliente en colère ou d'une question publique. }{censored:La réclamation de {laura_first} a été masquée en même temps que ses données : elle en parle comme d'une censure. }{liability:Des engagements pris sur le ton de l'excuse obligent le juridique à rattraper ce qui a été écrit. }{trust < 3:{laura_first} garde le sentiment d'avoir été traitée comme un problème à faire disparaître. }Rien d'irréparable, mais le débrief montre où la protection a pris du retard sur la communication.
-> END

=== end_scandal ===
# end: privacy-scandal
# after: 2m
La soirée commence mal. {leaked:Des données de {laura_first} ont été publiées ou validées par le compte officiel d'Onda lui-même. |}{blamed:Un collègue ou la cliente a été mis en cause en public, et c'est désormais le sujet principal. |}{censored:Sa réclamation masquée circule en capture sous le titre « Onda censure ses clients ». |}{exposed >= 2:Son adresse et son contrat sont restés visibles sous votre page une bonne partie de l'après-midi. |}Théa publie un long fil sur « l'opérateur qui expose ses clients », repris par des comptes spécialisés, et la direction doit préparer une déclaration avec le juridique. La permanence réseaux vous est retirée pour la semaine, le temps de faire le point.
-> END
