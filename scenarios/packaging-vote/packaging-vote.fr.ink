// Frontline — packaging-vote (français)
// Dernier après-midi du concours « Habillez le Quatre-Vents » : neutralité, plagiat, slogan politique, résultat.
// Même structure que packaging-vote.en.ink : mêmes nœuds, mêmes choix, mêmes tags (seuls `why` et `hint` changent).

VAR trust = 0          // confiance des participants et des fans dans le concours
VAR heat = 0           // tension autour du concours (soupçons, polémiques)
VAR fav = 0            // p1 : 0 neutre, 1 la marque a soutenu Gwen, 2 like isolé
VAR gwen_snub = false  // Gwen est restée sans réponse
VAR copy = 0           // p2 : 1 alerte prise au sérieux en public, 2 juridique seul, 3 rejet défensif, 4 disqualification publique, 5 ignorée
VAR lucas = 0          // p3 : 1 rassuré, 2 réponse froide, 3 confidences, 4 transmis au juridique, 5 ignoré
VAR reinstated = false // Lucas réintégré après une disqualification hâtive
VAR politics = 0       // p4 : 1 refus calme, 2 prise de position, 3 masqué, 4 refus sec, 5 ignoré
VAR celine = 0         // p5 : 1 explication, 2 reproche, 3 MP, 4 repêchage promis, 5 ignorée
VAR announced = 0      // p7 : 1 annonce chaleureuse, 2 sèche, 3 criée, 4 rappel de l'affaire, 5 silence
VAR doubt_fixed = false // le soupçon de favoritisme a été reconnu et levé
VAR promised = false   // engagement public non validé
VAR leaked = false     // information interne divulguée
VAR blamed = false     // un participant mis en cause publiquement
VAR p4_done = false
VAR p5_done = false

-> intro

=== intro ===
Jeudi, 15 h. Dernier jour du vote « Habillez le Quatre-Vents » : 212 projets reçus en six semaines, six finalistes, un vote public qui ferme à 18 h.
# memo: management
Anne-Sophie, direction marketing. Dernière ligne droite ! Le vote ferme à 18 h, l'huissier nous envoie son procès-verbal juste après et tu annonces dès réception. On reste strictement neutres entre les six finalistes. Le règlement ne bouge pas : article 4, logo en façade, trois couleurs maximum, uniquement des encres autorisées au contact alimentaire (l'intérieur de la boîte touche le gâteau), aucun texte à part le nom du gâteau, dépôt clos depuis trois semaines ; article 9, le lauréat adapte son dessin avec Morgane, notre designer, et valide la version finale avec elle. La boîte arrive en boutique le 1er avril, c'est validé. Tout litige passe par le juridique.
-> gwen_post

=== gwen_post ===
# post: p1
# from: gwen
# on: comments
# after: 3m
# kind: request
# mood: enthusiastic
# facts: event=le concours
# subject: policy
# deadline: 45m
# hint: Six finalistes vous lisent. Qu'est-ce qui rend un vote crédible aux yeux de ceux qui vont perdre ?
Dernières heures !!! 🙏 Votez pour ma boîte n°4 « Marée haute » 🌊 @FournilQuatreVents vous pourriez partager mon post svp ? Ça m'aiderait trop, je suis à quelques voix du n°2 🥺
* [Merci Gwen, et bravo d'être arrivée jusqu'en finale 🌊 Nous ne pouvons pas mettre en avant un projet plutôt qu'un autre, mais voici le rappel pour tout le monde : le vote est ouvert jusqu'à 18 h et les six boîtes sont sur notre page. Bonne chance aux six finalistes ! #post: p1 #action: reply #tone: empathetic #judgement: best #intents: thank, refuse, explain #why: Un refus chaleureux qui se transforme en rappel pour tous : Gwen n'est pas vexée, et les cinq autres finalistes voient une marque qui tient la balance égale.]
  ~ trust += 1
  -> thomas_post
* [Partagé ! Allez tout le monde, votez « Marée haute », elle est magnifique 😍 #post: p1 #action: reply #tone: empathetic #judgement: bad #intents: thank #why: L'organisateur d'un vote qui fait campagne pour une candidate le dernier jour : quel que soit le résultat, les cinq autres finalistes auront un doute, et ils auront raison.]
  ~ fav = 1
  ~ heat += 1
  -> thomas_post
* [Liker le commentaire de Gwen. #post: p1 #action: like #judgement: poor #why: Un geste anodin en apparence, mais le seul like de la marque sur un appel au vote se remarque : les autres finalistes n'en ont pas eu.]
  ~ fav = 2
  -> thomas_post
* [Répondre à Gwen en privé : la marque reste neutre entre les finalistes, mais rien ne l'empêche de mobiliser ses proches depuis son propre compte. #post: p1 #action: dm #tone: empathetic #judgement: good #intents: refuse, explain #why: Gwen comprend et n'est pas froissée ; un rappel public aurait en plus montré aux autres finalistes que la règle vaut pour tous.]
  -> thomas_post
* [Ignorer #post: p1 #action: ignore #judgement: poor #why: La marque évite le piège du favoritisme, mais une finaliste enthousiaste reste sans un mot le jour le plus important du concours.]
  ~ gwen_snub = true
  -> thomas_post

=== thomas_post ===
# post: p2
# from: thomas
# on: microblog
# after: 10m
# kind: complaint
# mood: angry
# facts: event=le concours
# subject: policy
# deadline: 30m
# hint: Il y a peut-être deux personnes de bonne foi dans cette histoire. Relisez les routes d'escalade et la règle sur les accusations publiques avant de trancher quoi que ce soit.
Le finaliste n°2 du concours @FournilQuatreVents, « Rose des vents », reprend la composition de mon illustration « Vents d'Ouest » (2021). Capture côte à côte ⬇ Les concours de marques qui récupèrent gratuitement le travail des illustrateurs, on connaît. \#droitdauteur \#illustration
* [Bonjour Thomas, merci de nous avoir alertés : nous prenons ce type de signalement très au sérieux. Notre service juridique compare les deux œuvres dès maintenant. Pouvez-vous nous écrire en message privé avec le lien vers l'original et sa date de publication ? Nous vous tiendrons informé. #post: p2 #action: reply #tone: empathetic #judgement: best #intents: thank, explain, escalate, move-to-dm #why: L'alerte est prise au sérieux devant les 8 900 abonnés de Thomas, le juridique est saisi, et personne n'est condamné d'avance, ni l'illustrateur ni le finaliste.]
  ~ copy = 1
  ~ trust += 1
  -> lucas_post
* [Transmettre la capture au service juridique et attendre son avis avant de répondre quoi que ce soit. #post: p2 #action: escalate #to: legal #judgement: good #intents: escalate #why: Le bon service est saisi, mais pendant l'examen, le post de Thomas tourne sans réponse auprès de milliers d'illustrateurs.]
  ~ copy = 2
  -> lucas_post
* [Bonjour, tous les projets finalistes ont été vérifiés par notre jury. La rose des vents est un motif traditionnel breton qui n'appartient à personne. #post: p2 #action: reply #tone: defensive #judgement: bad #intents: refuse #why: C'est peut-être juste, mais c'est au juridique de le dire : balayer l'alerte d'un professionnel en deux phrases confirme exactement le discours qu'il dénonce.]
  ~ copy = 3
  ~ trust -= 1
  ~ heat += 2
  -> lucas_post
* [Retirer le projet n°2 du vote et l'annoncer sous le post de Thomas : « Suite à un signalement de plagiat, le projet Rose des vents est retiré du concours. » #post: p2 #action: reply #tone: neutral #judgement: bad #breaks: no-blame #intents: correct #why: Condamner un étudiant de 19 ans en public, sur une capture, sans l'entendre ni consulter le juridique : s'il n'a rien copié, la marque l'aura désigné comme voleur devant tout le monde.]
  ~ copy = 4
  ~ blamed = true
  ~ trust -= 2
  ~ heat += 2
  -> lucas_post
* [Ignorer #post: p2 #action: ignore #judgement: bad #why: Une accusation de plagiat sans réponse sur le compte d'un illustrateur très suivi : le silence de la marque devient la preuve qu'elle n'a rien à dire.]
  ~ copy = 5
  ~ trust -= 1
  ~ heat += 2
  -> lucas_post

=== lucas_post ===
# post: p3
# from: lucas
# on: dm
# after: 15m
# kind: request
# mood: worried
# facts: event=le concours
# subject: policy
# deadline: 45m
# hint: Un finaliste de 19 ans, inquiet, en privé. Que pouvez-vous lui dire sans rien trancher à la place du juridique ?
{copy == 4: Vous m'avez retiré du concours publiquement sans même me demander ?? J'ai tous mes calques, mes croquis datés… Tout le monde me tague en me traitant de voleur. Je suis vraiment mal.|Bonjour… je viens de voir le post de Thomas Riou{copy == 3: et votre réponse}. Je vous jure que je n'ai rien copié, je n'avais jamais vu son dessin. La rose des vents, je l'ai prise sur la carte marine de mon grand-père. J'ai tous mes fichiers avec les calques. Est-ce que je suis disqualifié ?}
* [Bonjour Lucas, merci de nous écrire. {copy == 4: Nous avons eu tort de retirer votre projet sans vous entendre, et nous en sommes sincèrement désolés.|Respirez : personne ne vous accuse.} Un signalement a été fait, et notre service juridique examine les deux dessins, comme le prévoit le règlement. Pouvez-vous nous envoyer vos fichiers de travail et vos croquis ? Nous vous tiendrons informé avant toute décision. #post: p3 #action: dm #tone: empathetic #judgement: best #intents: apologise, explain, ask-details #why: Lucas est traité en participant présumé de bonne foi, il sait ce qui se passe et ce qu'on attend de lui, et ses fichiers arrivent au juridique.]
  ~ lucas = 1
  ~ trust += 1
  -> legal_memo
* [Bonjour, le dossier est en cours d'examen. Nous ne pouvons rien vous dire pour le moment. #post: p3 #action: dm #tone: neutral #judgement: poor #intents: refuse #why: Exact, mais glaçant pour un étudiant de 19 ans qui se sent accusé : il reste seul avec son angoisse, et on ne lui demande même pas ses fichiers.]
  ~ lucas = 2
  -> legal_memo
* [Ne vous inquiétez pas Lucas, entre nous, le juridique pense que Thomas n'a aucune chance. Vous restez en lice, c'est sûr 😉 #post: p3 #action: dm #tone: empathetic #judgement: bad #breaks: no-confidential, no-promise #intents: promise #why: Rassurant, mais c'est une confidence sur un examen en cours et une promesse que personne n'a validée : la capture de ce message privé peut circuler dès ce soir.]
  ~ lucas = 3
  ~ leaked = true
  ~ promised = true
  -> legal_memo
* [Transmettre le message de Lucas au juridique pour qu'ils lui demandent ses fichiers. #post: p3 #action: escalate #to: legal #judgement: good #intents: escalate #why: Le dossier avance, mais Lucas, lui, n'a toujours reçu aucune réponse humaine alors qu'il est en détresse.]
  ~ lucas = 4
  -> legal_memo
* [Ignorer #post: p3 #action: ignore #judgement: bad #why: Un jeune participant qui se sent accusé écrit à la marque et n'obtient rien : il finira par s'exprimer en public, blessé.]
  ~ lucas = 5
  ~ trust -= 1
  ~ heat += 1
  -> legal_memo

=== legal_memo ===
{
- copy == 4:
  # memo: legal
  # after: 15m
  Juridique : on a comparé les deux dessins. Point commun : une rose des vents, motif traditionnel que personne ne possède. Composition, tracé, palette : tout diffère. Retirer le projet de Lucas publiquement était prématuré : il doit être réintégré au vote, avec des excuses. La direction est d'accord. Réponds à Thomas avec respect, sans publier notre analyse détaillée.
- else:
  # memo: legal
  # after: 15m
  Juridique : on a comparé les deux dessins. Point commun : une rose des vents, motif traditionnel que personne ne possède. Composition, tracé, palette : tout diffère{lucas == 1 || lucas == 4:, et les fichiers de Lucas (calques datés de janvier) confirment un travail original}. Pas de contrefaçon à notre sens : Lucas reste en lice. Nous écrivons à Thomas en privé cet après-midi. Pas un mot de notre analyse en public.
}
{ lucas == 3:
  # memo: legal
  # after: 1m
  Autre chose : la capture de ton message à Lucas (« le juridique pense que Thomas n'a aucune chance ») circule, Thomas l'a vue. Un examen en cours ne se commente pas, même en privé.
}
-> rules_posts

=== rules_posts ===
# post: p4
# from: ronan
# on: comments
# after: 12m
# kind: request
# mood: enthusiastic
# facts: event=le concours
# subject: policy
# deadline: 45m
# hint: Relisez l'article 4 et la règle sur la politique. Le règlement s'applique à toutes les causes ; et masquer un message poli, est-ce modérer ?
Ma proposition (envoyée hors délai, mais bon) : la boîte du Quatre-Vents avec écrit en gros NON À LA ROCADE NORD ✊ Tout le pays est contre ce projet, ce serait un carton. Et si vous ne la mettez pas au vote, c'est que vous êtes pour 😏
# post: p5
# from: celine
# on: comments
# after: 4m
# kind: question
# mood: worried
# facts: event=le concours
# subject: policy
# deadline: 60m
# hint: La question est légitime et publique. Que pouvez-vous expliquer du critère qui l'a écartée, sans rien révéler d'interne ?
Question sincère : pourquoi mon projet à l'encre dorée a été écarté dès la présélection ? J'y ai passé trois week-ends. J'ai un peu l'impression que le jury avait déjà ses favoris…
- (open)
* {not p4_done} [Merci Ronan pour votre proposition. Le règlement exclut tout texte autre que le nom du gâteau, quelle que soit la cause défendue, et le dépôt des projets est clos depuis trois semaines : nous ne pouvons donc pas l'ajouter au vote. Ce n'est pas un avis sur le sujet : le Fournil ne prend pas position sur les projets locaux. #post: p4 #action: reply #tone: empathetic #judgement: best #intents: thank, refuse, explain #why: Le refus repose sur une règle valable pour toutes les causes, dit calmement et en public : Ronan n'a ni censure à dénoncer, ni prise de position à brandir.]
  ~ p4_done = true
  ~ politics = 1
  ~ trust += 1
  -> open
* {not p4_done} [Haha, on vous comprend, Ronan ! Entre nous, personne ici n'a envie de voir une rocade passer à côté de la boutique 😉 Mais le règlement, c'est le règlement. #post: p4 #action: reply #tone: empathetic #judgement: bad #breaks: no-politics #intents: refuse #why: Le compte de la marque vient de prendre parti sur un projet qui divise le territoire : les partisans de la rocade sont aussi des clients, et la capture fera le tour de la ville.]
  ~ p4_done = true
  ~ politics = 2
  ~ heat += 2
  -> open
* {not p4_done} [Masquer le commentaire de Ronan : il est politique. #post: p4 #action: hide #judgement: poor #why: Le message est poli et ne viole que le règlement du concours : le masquer, c'est lui offrir la polémique qu'il cherche, « le Fournil censure ».]
  ~ p4_done = true
  ~ politics = 3
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not p4_done} [Bonjour, les projets politiques ne sont pas acceptés et le dépôt est clos. Merci de votre compréhension. #post: p4 #action: reply #tone: neutral #judgement: good #intents: refuse, explain #why: Le refus est juste et neutre ; un peu sec, il laisse cependant sans réponse l'insinuation « si vous refusez, c'est que vous êtes pour ».]
  ~ p4_done = true
  ~ politics = 4
  -> open
* {not p4_done} [Ignorer #post: p4 #action: ignore #judgement: poor #why: Sans réponse, le message reste en haut du fil du concours avec son insinuation, et d'autres commentaires politiques s'y greffent.]
  ~ p4_done = true
  ~ politics = 5
  ~ heat += 1
  -> open
* {not p5_done} [Bonjour Céline, merci pour ces trois week-ends, ça se voit dans votre projet. La raison est technique : l'intérieur de la boîte est en contact direct avec le gâteau, et les encres métallisées ne sont pas autorisées au contact alimentaire sur ce carton. C'est l'un des critères de l'article 4, appliqué à tous les projets. Si vous le souhaitez, écrivez-nous en privé : nous vous donnerons la liste des encres possibles pour vos prochains dessins. #post: p5 #action: reply #tone: empathetic #judgement: best #intents: thank, explain #why: Une contrainte de sécurité alimentaire expliquée simplement et en public : le soupçon de favoritisme tombe, et Céline repart avec quelque chose d'utile.]
  ~ p5_done = true
  ~ celine = 1
  ~ trust += 1
  -> open
* {not p5_done} [Le règlement était pourtant clair sur les encres (article 4). Il suffisait de le lire avant de participer. #post: p5 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Avoir raison sur le fond ne justifie pas de faire la leçon en public à une participante déçue : les 211 autres lisent la façon dont vous traitez ceux qui perdent.]
  ~ p5_done = true
  ~ celine = 2
  ~ blamed = true
  ~ trust -= 1
  ~ heat += 1
  -> open
* {not p5_done} [Répondre à Céline en privé pour lui expliquer le critère des encres. #post: p5 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Céline aura son explication, mais son soupçon sur le jury reste affiché en public, sans réponse, pour tous les participants.]
  ~ p5_done = true
  ~ celine = 3
  -> open
* {not p5_done} [Vous avez raison, c'est dommage : on repêche votre projet pour le vote, il est superbe ! #post: p5 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Repêcher un projet non conforme trois heures avant la clôture, c'est trahir tous les participants écartés pour le même motif, et promettre d'imprimer une encre interdite au contact alimentaire.]
  ~ p5_done = true
  ~ celine = 4
  ~ promised = true
  ~ heat += 1
  -> open
* {not p5_done} [Ignorer #post: p5 #action: ignore #judgement: poor #why: Une question sincère sur l'équité du jury, laissée sans réponse, devient une certitude pour ceux qui la lisent.]
  ~ p5_done = true
  ~ celine = 5
  ~ trust -= 1
  -> open
* -> thomas_next

=== thomas_next ===
{ politics == 2:
  # memo: management
  # after: 5m
  Anne-Sophie : on a déjà trois appels au sujet de la rocade, dont un commerçant qui demande si le Fournil « roule pour le collectif ». Le compte de la marque ne prend pas position, jamais. Point demain matin.
}
{ politics == 3:
  # memo: management
  # after: 5m
  Anne-Sophie : Ronan a publié la capture de son commentaire masqué avec la légende « le Fournil censure ». Ça circule. La prochaine fois, on répond avec le règlement, on ne masque pas.
}
{
- copy == 4:
  -> thomas_regret
- copy == 3 || copy == 5 || lucas == 3:
  -> thomas_angry
- else:
  -> thomas_calm
}

=== thomas_calm ===
# post: p6
# from: thomas
# on: dm
# after: 15m
# kind: request
# mood: neutral
# facts: event=le concours
# subject: policy
# deadline: 60m
# hint: L'illustrateur se calme et fait une remarque de fond. Comment clore l'échange en gardant un allié, sans rien promettre ?
J'ai bien reçu le message de votre service juridique. Je ne suis pas tout à fait d'accord, mais je reconnais que ce sont deux dessins différents, et merci d'avoir pris ça au sérieux. Je ne vais pas en faire une affaire. Par contre, c'est dommage que les illustrateurs professionnels ne soient jamais associés à ce genre de concours.
* [Merci Thomas pour votre réponse et votre fair-play, et merci encore de nous avoir alertés : c'est ce genre de vigilance qui garde un concours honnête. Votre remarque sur la place des illustrateurs professionnels est juste ; nous la transmettons à l'équipe qui prépare nos prochaines opérations. #post: p6 #action: dm #tone: empathetic #judgement: best #intents: thank, escalate #why: L'échange se termine sur un merci sincère et une remarque réellement transmise : l'illustrateur qui accusait devient un interlocuteur, sans promesse en l'air.]
  ~ trust += 1
  -> results
* [Pour nous faire pardonner, vous dessinerez notre boîte de Noël, c'est promis ! #post: p6 #action: dm #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Une commande promise en message privé sans budget ni accord de la direction, et qui ressemble à un prix du silence : le pire des deux mondes.]
  ~ promised = true
  -> results
* [Bien noté. Bonne fin de journée. #post: p6 #action: dm #tone: neutral #judgement: poor #intents: greet #why: Thomas a fait un pas vers vous et reçoit deux mots de guichet : l'occasion de finir l'histoire en bons termes est gâchée.]
  -> results
* [Transmettre la remarque de Thomas à la direction marketing, sans lui répondre. #post: p6 #action: escalate #to: management #judgement: good #intents: escalate #why: La remarque arrive au bon endroit, mais Thomas, qui vient de faire preuve de fair-play, n'en saura rien.]
  -> results
* [Ignorer #post: p6 #action: ignore #judgement: poor #why: Un illustrateur influent qui enterre la hache de guerre et n'a pas de réponse : il s'en souviendra au prochain concours.]
  ~ trust -= 1
  -> results

=== thomas_angry ===
# post: p6
# from: thomas
# on: microblog
# in: p2
# after: 15m
# kind: complaint
# mood: furious
# facts: event=le concours
# subject: policy
# deadline: 30m
# hint: Une menace d'action en justice, en public. Relisez les routes d'escalade, et la règle sur le ton : on ne répond pas à une menace par une menace.
{lucas == 3: On vient de m'envoyer la capture d'un message privé du @FournilQuatreVents : selon eux, je n'ai « aucune chance ». Merci pour le respect.|Toujours aucune réponse sérieuse du @FournilQuatreVents{copy == 3:, à part « c'est un motif traditionnel »}.} J'ai contacté une avocate spécialisée. Les illustrateurs, partagez, ça peut vous arriver aussi. \#droitdauteur
* [Bonjour Thomas, vous méritiez une réponse sérieuse et respectueuse, et nous vous présentons nos excuses. Notre service juridique a examiné les deux œuvres et vous écrit aujourd'hui en privé avec son analyse ; vous pourrez bien sûr la transmettre à votre avocate. #post: p6 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, move-to-dm #why: Des excuses pour la forme, sans céder sur le fond ni le trancher en public, et un échange qui passe entre juristes : la tension retombe devant ses abonnés.]
  ~ trust += 1
  ~ heat -= 2
  -> results
* [Transmettre immédiatement au juridique : menace d'action en justice. #post: p6 #action: escalate #to: legal #judgement: good #intents: escalate #why: C'est le bon service pour une menace de procès, mais sans un mot public, le post continue de tourner chez les illustrateurs.]
  ~ heat -= 1
  -> results
* [Nous rappelons que la diffamation publique est punie par la loi. Notre avocat se tient à la disposition du vôtre. #post: p6 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: refuse #why: Une contre-menace publique face à un illustrateur suivi par des milliers de créateurs : la marque devient l'agresseur de l'histoire.]
  ~ trust -= 1
  ~ heat += 3
  -> results
* [Ignorer #post: p6 #action: ignore #judgement: bad #why: Un appel à partager, une avocate, et toujours pas de réponse : la polémique déborde du concours.]
  ~ heat += 2
  -> results

=== thomas_regret ===
# post: p6
# from: thomas
# on: microblog
# in: p2
# after: 15m
# kind: complaint
# mood: worried
# facts: event=le concours
# subject: policy
# deadline: 30m
# hint: L'accusateur lui-même trouve la sanction injuste. Relisez la note du juridique : que devez-vous à Lucas, et devant qui ?
Merci d'avoir réagi vite. Mais je vois que le jeune qui a fait « Rose des vents » se fait traiter de voleur dans tous les commentaires… Ce n'était pas le but. Je voulais que vous vérifiiez, pas que vous le jetiez en pâture.
* [Vous avez raison, Thomas, et merci de le dire. Nous sommes allés trop vite : notre service juridique a examiné les deux œuvres et conclut à deux créations distinctes autour d'un motif traditionnel. Le projet de Lucas est réintégré au vote, et nous lui présentons publiquement nos excuses. #post: p6 #action: reply #tone: empathetic #judgement: best #intents: apologise, correct #why: Réparer en public une erreur faite en public : Lucas est lavé de l'accusation là où elle a été lancée, et la marque montre qu'elle sait reconnaître ses torts.]
  ~ reinstated = true
  ~ trust += 2
  ~ heat -= 2
  -> results
* [Merci Thomas. Le dossier est désormais clos. #post: p6 #action: reply #tone: neutral #judgement: poor #intents: thank #why: Clos pour qui ? Lucas reste désigné comme copieur devant tout le monde, et rien n'est réparé.]
  ~ heat += 1
  -> results
* [Nous avons appliqué le règlement. Les commentaires des internautes ne relèvent pas de notre responsabilité. #post: p6 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: La marque a lancé l'accusation et se lave les mains de ses conséquences : même l'illustrateur qui se plaignait prend la défense du finaliste.]
  ~ trust -= 1
  ~ heat += 2
  -> results
* [Ignorer #post: p6 #action: ignore #judgement: bad #why: Un étudiant se fait insulter à cause d'une décision de la marque, et la marque se tait : c'est elle que l'on juge maintenant.]
  ~ heat += 2
  -> results

=== results ===
Le vote est clos.
# memo: legal
# after: 25m
Procès-verbal de l'huissier reçu : « Marée haute », de Gwen, l'emporte avec 2 914 voix sur 9 236. Les chiffres sont publiables, le règlement le prévoit. Tu peux annoncer. Le portrait de Gwen est prêt pour demain matin ; elle passera une journée avec Morgane pour l'adaptation, et la boîte arrive en boutique le 1er avril.
-> announce

=== announce ===
# post: p7
# from: maelys
# on: comments
# after: 5m
# kind: question
# mood: enthusiastic
# facts: event=le concours
# subject: policy
# deadline: 30m
# hint: C'est le moment que 9 236 votants attendent. Une annonce réussie remercie, raconte et ouvre la suite ; relisez la note de l'huissier pour savoir ce qui est publiable.
18 h passées… le suspense me tue 😭 C'est qui ?? 👀 \#HabillezLeQuatreVents
* [Le voici, Maëlys 😊 La nouvelle boîte du Quatre-Vents sera « Marée haute », dessinée par Gwen, infirmière à Lorient, avec 2 914 voix sur 9 236 🌊 Bravo aux autres finalistes, et merci aux 212 participants et à tous ceux qui ont voté. Gwen va maintenant préparer l'impression avec Morgane, notre designer, et la boîte arrivera en boutique le 1er avril. Son portrait demain matin sur notre page ! #post: p7 #action: reply #tone: empathetic #judgement: best #intents: thank, explain #why: Le résultat, des chiffres vérifiables, un merci à tous et la suite du projet : l'annonce récompense la lauréate sans oublier ceux qui ont perdu, et donne rendez-vous pour la suite.]
  ~ announced = 1
  ~ trust += 2
  -> gwen_dm
* [Le gagnant est le projet n°4. Merci à tous pour votre participation. #post: p7 #action: reply #tone: neutral #judgement: poor #intents: thank #why: Six semaines de concours bouclées en une ligne : pas de nom, pas de merci aux finalistes, pas de suite. L'engagement retombe aussitôt.]
  ~ announced = 2
  -> gwen_dm
* [ET C'EST « MARÉE HAUTE » QUI GAGNE !!! BRAVO GWEN, ON T'ADORE !!! 🎉🎉🎉 #post: p7 #action: reply #tone: empathetic #judgement: bad #breaks: no-shouting, register-vous #intents: thank #why: Des capitales, une rafale de points d'exclamation et un tutoiement : l'enthousiasme est sincère, mais la voix n'est plus celle du Fournil, et les perdants l'entendent comme une fête dont ils sont exclus.]
  ~ announced = 3
  -> gwen_dm
* [Bravo à Gwen ! Et malgré les accusations de copie qui ont visé un finaliste, le jury et l'huissier ont tranché en toute sérénité 😉 #post: p7 #action: reply #tone: neutral #judgement: bad #breaks: no-blame, no-confidential #intents: thank #why: Ressortir l'affaire du plagiat le jour de l'annonce, c'est désigner à nouveau Lucas et évoquer un examen juridique qui devait rester interne.]
  ~ announced = 4
  ~ blamed = true
  ~ leaked = true
  ~ heat += 2
  -> gwen_dm
* [Ignorer #post: p7 #action: ignore #judgement: bad #why: Les votants apprennent le résultat par la lauréate elle-même, une heure plus tard : l'organisateur a raté son propre moment.]
  ~ announced = 5
  ~ trust -= 1
  -> gwen_dm

=== gwen_dm ===
# post: p8
# from: gwen
# on: dm
# after: 15m
# kind: question
# mood: worried
# facts: product=la boîte du Quatre-Vents; event=le concours
# subject: policy
# deadline: 60m
# hint: La lauréate craint qu'on dénature son dessin. Relisez l'article 9 : comment garder la main sur la marque tout en l'associant vraiment ?
{gwen_snub: Vous ne m'aviez pas répondu cet après-midi, mais là je vous pardonne tout 😭|Je suis trop heureuse 😭😭} Par contre Morgane m'a parlé d'« adapter » mon dessin ? On m'avait dit qu'il serait imprimé tel quel… Vous allez le modifier sans moi ?
* [Félicitations encore, Gwen ! Rien ne se fera sans vous : le règlement prévoit une adaptation technique (place du logo, encres autorisées au contact alimentaire, format de découpe), et c'est justement pour ça que vous passerez une journée avec Morgane. Votre vague reste la vôtre, et c'est vous qui validerez la version finale avec elle. #post: p8 #action: dm #tone: empathetic #judgement: best #intents: thank, explain #why: Les contraintes de marque et de sécurité alimentaire sont expliquées, la lauréate est associée à chaque étape et garde la validation : la marque garde la main sans déposséder la créatrice.]
  ~ trust += 1
  -> last_next
* [Pas d'inquiétude, on imprimera votre dessin exactement tel quel, promis ! #post: p8 #action: dm #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Impossible à tenir : logo, découpe et encres alimentaires imposent des ajustements. La promesse d'aujourd'hui sera la déception d'avril.]
  ~ promised = true
  -> last_next
* [L'article 9 du règlement prévoit que le Fournil peut adapter les projets lauréats. Vous l'avez accepté en participant. #post: p8 #action: dm #tone: defensive #judgement: poor #intents: refuse #why: Juste sur le papier, mais opposer le règlement à une lauréate heureuse et inquiète, c'est lui faire sentir qu'on lui a pris son dessin.]
  ~ trust -= 1
  -> last_next
* [Transmettre l'inquiétude de Gwen à Morgane pour qu'elle l'appelle et lui explique l'adaptation. #post: p8 #action: escalate #to: product #judgement: good #intents: escalate #why: Morgane est la mieux placée pour expliquer l'adaptation, mais un premier mot rassurant de votre part aurait évité à Gwen une soirée d'inquiétude.]
  -> last_next
* [Ignorer #post: p8 #action: ignore #judgement: poor #why: La lauréate, le soir de sa victoire, se demande si on va lui prendre son dessin, et personne ne lui répond.]
  ~ trust -= 1
  -> last_next

=== last_next ===
{
- fav == 1:
  -> yann_rigged
- else:
  -> maelys_next
}

=== yann_rigged ===
# post: p9
# from: yann
# on: microblog
# after: 20m
# kind: rumour
# mood: angry
# facts: event=le concours
# deadline: 30m
# hint: Le soupçon repose sur un vrai faux pas de votre part. Qu'est-ce qui convainc le plus : nier, ou reconnaître l'erreur et montrer la preuve ?
Donc la marque partage le post de la finaliste n°4 le dernier jour, et c'est elle qui gagne. Je dis ça, je dis rien… \#HabillezLeQuatreVents
* [Vous avez raison sur un point, Yann : nous n'aurions pas dû relayer l'appel d'une finaliste, c'était une erreur de notre part, et nous vous présentons nos excuses, à vous et aux autres finalistes. Le résultat, lui, a été constaté par l'huissier désigné dans le règlement, et le détail des voix est publié sur notre page. #post: p9 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain #why: Reconnaître le faux pas, puis montrer la preuve indépendante : le doute sur le résultat tombe parce que la marque n'a pas nié ce qui était vrai.]
  ~ doubt_fixed = true
  ~ trust += 1
  ~ heat -= 1
  -> ending
* [Le vote était parfaitement régulier. Ces insinuations sont déplacées. #post: p9 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Nier le partage que tout le monde a vu et traiter le finaliste d'insinuateur : le soupçon devient conviction.]
  ~ blamed = true
  ~ heat += 2
  -> ending
* [Écrire à Yann en privé pour lui envoyer le procès-verbal de l'huissier. #post: p9 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Yann a la preuve, mais son post reste sans réponse publique et les autres lecteurs gardent le doute.]
  -> ending
* [Ignorer #post: p9 #action: ignore #judgement: bad #why: Un finaliste qui soupçonne un favoritisme, sans réponse de l'organisateur : le résultat sera contesté pendant des semaines.]
  ~ heat += 2
  -> ending

=== maelys_next ===
# post: p9
# from: maelys
# on: comments
# in: p7
# after: 20m
# kind: request
# mood: happy
# facts: event=le concours
# subject: policy
# deadline: 45m
# hint: L'engagement ne s'arrête pas à l'annonce. Comment accueillir une bonne idée sans promettre ce qui n'est pas décidé ?
C'était trop bien ce concours 😍 Vous allez montrer les autres projets quelque part ? Le mien (pas finaliste 😅) dort dans un tiroir, et je suis sûre qu'on est 200 dans ce cas !
* [Quelle belle idée, Maëlys ! 212 projets, ça mérite d'être vu. Nous la transmettons à l'équipe qui prépare la suite du Quatre-Vents, et nous vous tiendrons au courant ici. En attendant, n'hésitez pas à partager le vôtre en commentaire, on adorerait le voir 🙂 #post: p9 #action: reply #tone: empathetic #judgement: best #intents: thank, escalate #why: L'idée d'une fan est accueillie et transmise sans promesse, et l'invitation à partager son dessin prolonge l'engagement dès ce soir.]
  ~ trust += 1
  -> ending
* [Oui ! Exposition des 212 projets dans nos 40 boutiques en mai, c'est prévu 🎨 #post: p9 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Rien de tout cela n'est décidé : les 212 participants vont attendre leur exposition, et la marque devra l'organiser ou se dédire.]
  ~ promised = true
  -> ending
* [Liker le commentaire de Maëlys. #post: p9 #action: like #judgement: good #why: Un signe sympathique, mais l'idée d'exposer les projets, qui pourrait prolonger le concours, n'est ni accueillie ni transmise.]
  -> ending
* [Ignorer #post: p9 #action: ignore #judgement: poor #why: Une fan propose de prolonger elle-même l'engagement et n'a pas de réponse : le concours s'éteint avec l'annonce.]
  -> ending

=== ending ===
{
- politics == 2:
  -> end_political
- heat >= 5 || (copy == 4 && not reinstated) || (fav == 1 && not doubt_fixed):
  -> end_tainted
- trust >= 4 && announced == 1 && fav != 1 && (copy == 1 || copy == 2) && (politics == 1 || politics == 4) && heat <= 1 && not promised && not leaked && not blamed:
  -> end_cocreated
- else:
  -> end_flat
}

=== end_cocreated ===
# end: co-created
# after: 10m
Le concours se termine comme il a commencé : avec les fans. Gwen prépare sa boîte avec Morgane, Lucas est fier de sa place en finale, Thomas a rangé son hashtag{celine == 1 || celine == 3:, Céline sait quelles encres choisir la prochaine fois}, et les commentaires se remplissent de félicitations pour les six finalistes. Vous avez impliqué la communauté sans lâcher le règlement, la charte graphique ni la sécurité alimentaire, et vous n'avez condamné personne sur une capture. Le 1er avril, la « Marée haute » arrivera en boutique avec 9 236 personnes qui auront le sentiment d'y être pour quelque chose.
-> END

=== end_flat ===
# end: flat-finish
# after: 10m
Le concours arrive au bout sans drame majeur, mais sans l'élan espéré.{promised: Une promesse faite en chemin devra être tenue ou démentie.}{leaked: Une information interne a filé.}{blamed: Un participant s'est senti mis en cause par le compte officiel.}{announced >= 2: L'annonce du résultat n'a pas été à la hauteur de six semaines de participation.}{announced == 1 && not promised && not leaked && not blamed: Vos décisions étaient justes, mais souvent prises en coulisses : transferts et messages privés ont laissé le public sans réponse aux moments où il regardait.} La boîte de Gwen arrivera bien en boutique le 1er avril ; reste à entretenir l'engagement dans les mois qui viennent, et à retenir qu'un concours participatif se gagne sur les détails : neutralité, transparence, reconnaissance.
-> END

=== end_tainted ===
# end: contest-tainted
# after: 10m
Le résultat est là, mais plus personne n'en parle. {copy == 4 && not reinstated: On retient surtout qu'un étudiant de 19 ans a été désigné comme copieur par le Fournil, sans vérification ni réparation.|{fav == 1 && not doubt_fixed: On retient surtout que la marque a fait campagne pour la lauréate le dernier jour.|On retient surtout l'affaire du plagiat et la façon dont le Fournil l'a traitée.}} Des illustrateurs appellent à boycotter les concours de marque, plusieurs finalistes demandent le détail des voix, et la direction suspend le prochain projet participatif le temps de revoir la méthode : rester neutre, vérifier avant de trancher, ne condamner personne en public.
-> END

=== end_political ===
# end: political-storm
# after: 10m
Le concours s'efface derrière une autre histoire : « le Fournil est contre la rocade ». Les partisans du projet appellent à changer de boulangerie, le collectif de Ronan cite la marque comme alliée, un élu demande des explications à la direction. Quelle que soit la cause, une marque qui rassemble des clients de tous bords ne prend pas parti : le règlement du concours vous offrait un refus neutre, valable pour tous. La boîte de Gwen arrivera en boutique le 1er avril, mais c'est la rocade qu'on vous demandera au comptoir.
-> END
