// Frontline — employee-post (français)
// Le message personnel et politique d'un développeur sur le crunch devient viral : coordonner sans prendre parti.
// Même structure que employee-post.en.ink : mêmes nœuds, mêmes choix, mêmes tags (seuls `why` et `hint` changent).

VAR trust = 0          // confiance de la communauté envers le studio
VAR heat = 0           // température de la polémique
VAR hr_told = false    // les RH ont été alertées par la permanence
VAR mgmt_told = false  // la direction a été alertée par la permanence
VAR press = 0          // 0 rien, 1 service presse, 2 confidences, 3 « pas de commentaire », 4 ignorée
VAR attacked = false   // le studio a désavoué ou dénigré son salarié en public
VAR political = false  // le compte du studio a pris position politiquement
VAR exposed = false    // le studio a nommé ou exposé le salarié
VAR doxx = 0           // 0 rien, 1 appel à l'identifier retiré, 2 laissé en ligne
VAR leaked = false     // une info interne a filé (horaires, projet non annoncé)
VAR promised = false   // un engagement public non validé
VAR censored = false   // un avis poli masqué
VAR aurore_done = false // boucles de posts ouverts en parallèle
VAR vince_done = false
VAR hugo_done = false
VAR gaelle_done = false
VAR sam_done = false
VAR yannick_done = false

-> intro

=== intro ===
Mercredi, 8 h 45. La mise à jour 1.5 « Abysses » de Deeplight sort vendredi. En ouvrant le tableau de veille, vous voyez qu'une capture circule depuis la nuit.
# memo: manager
Je suis dans le train jusqu'à 11 h et le réseau coupe tout le temps. Tu as la main sur la comm' communauté ce matin. Tu connais la charte et tu connais la maison : je te fais confiance.
-> relay

=== relay ===
# post: p1
# from: pixelpulse
# on: microblog
# after: 2m
# kind: rumour
# mood: neutral
# deadline: 30m
# hint: Avant de dire quoi que ce soit en public, qui au studio doit savoir tout de suite qu'un membre de l'équipe est exposé ? La grille d'escalade de la charte répond.
🧵 Un dev de @PixelForge (Deeplight) a vidé son sac cette nuit sur son compte perso : « trois semaines à 60 h pour tenir une date de sortie qu'on ne nous a jamais demandée », puis un passage très politique sur la grève de jeudi, « ceux qui soutiennent cette réforme peuvent désinstaller nos jeux » 👀 Capture ci-dessous. Le studio va réagir ? \#Deeplight \#crunch
* [Alerter les RH avec la capture et le lien : un membre de l'équipe s'exprime publiquement sur le studio, et sa publication devient virale. #post: p1 #action: escalate #to: hr #judgement: best #intents: escalate #why: Le bon premier réflexe : avant toute prise de parole, la personne concernée doit être contactée et accompagnée, et ce sont les RH qui lui parlent, pas les réseaux.]
  ~ hr_told = true
  -> hr_news
* [Alerter la direction : la publication d'un salarié sur le crunch devient virale à deux jours de la 1.5. #post: p1 #action: escalate #to: management #judgement: good #intents: escalate #why: La direction doit le savoir, mais l'urgence est d'abord humaine : un salarié exposé, que seuls les RH peuvent accompagner. Elle risque aussi de réagir à chaud sans eux.]
  ~ mgmt_told = true
  -> hr_news
* [Ce message n'engage que son auteur et ne reflète en rien la réalité de Pixel Forge. Le studio ne partage pas ses opinions politiques. #post: p1 #action: reply #tone: defensive #judgement: bad #breaks: no-politics, no-aggression #intents: correct #why: Désavouer un salarié en public et nier son témoignage sans rien savoir : le studio choisit son camp contre lui, en direct, et devient lui-même le sujet de la journée.]
  ~ attacked = true
  ~ trust -= 2
  ~ heat += 3
  -> hr_news
* [On soutient Théo à 100 % 💪 Le crunch est un vrai sujet dans notre industrie et il a raison de le dire. Jeudi, on pensera fort à tous ceux qui se mobilisent ✊ #post: p1 #action: reply #tone: empathetic #judgement: bad #breaks: no-politics, no-personal-data #intents: explain #why: Le compte du studio nomme le salarié et reprend sa prise de position politique : ce n'est plus Théo qui parle, c'est Pixel Forge, et la direction découvre sa nouvelle ligne sur les réseaux.]
  ~ political = true
  ~ exposed = true
  ~ heat += 2
  -> hr_news
* [Ignorer #post: p1 #action: ignore #judgement: poor #why: Ne pas répondre en public n'est pas une faute ; ne prévenir personne en interne, si : les RH et la direction découvriront l'affaire par la presse, et le salarié reste seul pendant des heures.]
  ~ heat += 1
  -> hr_news

=== hr_news ===
{ hr_told:
  # memo: hr
  # after: 6m
  Merci d'avoir été aussi rapide. On a eu Théo au téléphone : il va bien, il regrette d'avoir mêlé le studio à ses opinions, et il a passé son compte en privé. Consignes : on ne le nomme pas, on ne commente ni ses opinions ni sa situation, rien sur les horaires de l'équipe. Si quelqu'un cherche à l'identifier, on masque et on nous remonte. Pour la direction et la presse, on te laisse faire le lien.
- else:
  # memo: product
  # after: 8m
  Côté devs, tout le monde a vu la capture et l'ambiance est lourde. Plusieurs demandent si le studio va « lâcher » Théo. Les RH sont au courant ? Personne ne nous a rien dit.
}
-> reactions

=== reactions ===
# post: p2
# from: aurore
# on: comments
# after: 8m
# kind: question
# mood: worried
# subject: policy
# deadline: 45m
# hint: Elle te demande une décision RH et, au fond, ton avis. La charte dit ce qu'on peut dire d'un membre de l'équipe, et ce qui ne se promet pas.
Soutien à ce dev 💛 @PixelForge vous allez le virer pour avoir dit la vérité ? Parce que si c'est ça, je me fais rembourser mon accès anticipé.
# post: p3
# from: vince
# on: comments
# in: p2
# after: 4m
# kind: abuse
# mood: hostile
# deadline: 30m
# hint: Relis la dernière phrase. Qu'est-ce que ce message cherche à obtenir, et que dit la charte de l'identité des membres de l'équipe ?
Un gauchiste qui pleure parce qu'il bosse 60 h 😂 Moi aussi je bosse 60 h et je fais pas grève. @PixelForge virez-le. Quelqu'un a son nom complet ou son LinkedIn ? Qu'on aille lui expliquer la vraie vie 👊
- (open)
* {not aurore_done} [Salut Aurore, on comprend que ça t'inquiète, et ça fait du bien de voir que tu penses aux gens derrière le jeu 💛 Ce qui concerne une personne de l'équipe se traite avec elle, en interne, pas sur les réseaux : c'est une question de respect. On n'en dira pas plus ici, ni dans un sens ni dans l'autre. #post: p2 #action: reply #tone: empathetic #judgement: best #intents: thank, explain, refuse #why: On répond à l'inquiétude sans rien dire de la situation du salarié : Aurore entend un studio respectueux, et personne ne peut en tirer une citation, ni pour ni contre.]
  ~ aurore_done = true
  ~ trust += 1
  -> open
* {not aurore_done} [Non, promis, personne ne sera viré ! 🙏 #post: p2 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise, no-confidential #intents: promise #why: Une décision RH annoncée par le compte communauté alors que les RH n'ont rien dit : si la situation évolue, c'est cette phrase qu'on ressortira au studio.]
  ~ aurore_done = true
  ~ promised = true
  -> open
* {not aurore_done} [Transmettre aux RH : des joueurs demandent publiquement si le salarié va être licencié. #post: p2 #action: escalate #to: hr #judgement: good #intents: escalate #why: Les RH doivent savoir ce que la communauté se demande, mais Aurore et tous ceux qui lisent le post restent sans réponse, et l'idée d'un licenciement s'installe.]
  ~ aurore_done = true
  ~ hr_told = true
  -> open
* {not aurore_done} [Nous ne commentons pas les publications personnelles de nos collaborateurs. #post: p2 #action: reply #tone: neutral #judgement: poor #intents: refuse #why: Sur le fond c'est la ligne, mais la formule sèche, au « nous » d'un communiqué, répond à une journaliste qu'Aurore n'est pas : une fan inquiète entend une porte qui claque.]
  ~ aurore_done = true
  -> open
* {not aurore_done} [Ignorer #post: p2 #action: ignore #judgement: poor #why: La question « allez-vous le virer ? » reste sans réponse sous le post du studio : d'autres y répondent à sa place, avec des suppositions.]
  ~ aurore_done = true
  ~ heat += 1
  -> open
* {not vince_done} [Masquer le commentaire de Vince : il appelle à retrouver l'identité d'un membre de l'équipe pour s'en prendre à lui. #post: p3 #action: hide #judgement: best #why: Réclamer le nom et le LinkedIn de quelqu'un pour « aller lui expliquer la vie », c'est le début d'un doxxing : on le retire sans débat, avant que quelqu'un réponde avec un lien.]
  ~ vince_done = true
  ~ doxx = 1
  ~ trust += 1
  -> open
* {not vince_done} [Signaler le commentaire aux RH : quelqu'un cherche à identifier un membre de l'équipe. #post: p3 #action: escalate #to: hr #judgement: good #intents: escalate #why: Les RH doivent le savoir, mais pendant ce temps le commentaire reste en ligne, et la question « qui a son LinkedIn ? » attend toujours sa réponse.]
  ~ vince_done = true
  ~ hr_told = true
  ~ doxx = 2
  -> open
* {not vince_done} [@vince_sanschichi Un peu de respect pour nos équipes. Et pour ta gouverne, Théo est l'un de nos meilleurs devs. #post: p3 #action: reply #tone: aggressive #judgement: bad #breaks: no-personal-data, no-aggression #intents: correct #why: En voulant le défendre, le studio confirme son prénom et son poste à celui qui le cherchait, sur un ton méprisant en prime : le pire service à lui rendre.]
  ~ vince_done = true
  ~ exposed = true
  ~ heat += 2
  -> open
* {not vince_done} [@vince_sanschichi Le droit de grève est un droit constitutionnel, et chez Pixel Forge on le respecte. Les étiquettes comme « gauchiste », très peu pour nous. #post: p3 #action: reply #tone: defensive #judgement: bad #breaks: no-politics #intents: correct #why: Répondre sur le terrain politique, c'est faire entrer le studio dans le débat que la charte lui interdit, au moment précis où tout le monde guette de quel côté il penche. Et l'appel à l'identifier reste en ligne.]
  ~ vince_done = true
  ~ political = true
  ~ doxx = 2
  ~ heat += 2
  -> open
* {not vince_done} [Ignorer #post: p3 #action: ignore #judgement: bad #why: La question « qui a son nom ? » reste en ligne sous le compte du studio : tôt ou tard, quelqu'un y répond avec un lien.]
  ~ vince_done = true
  ~ doxx = 2
  ~ heat += 1
  -> open
* -> crisis_cell

=== crisis_cell ===
{ mgmt_told:
  # memo: management
  # after: 10m
  Merci pour l'alerte. Cellule de crise à 11 h avec les RH et la presse. À chaud, Simon voulait publier tout de suite « les propos de ce salarié sont inexacts et n'engagent que lui » ; on en discute encore. Pour l'instant : rien sur Théo, rien sur les horaires, pas de politique. Si ça déborde (partenaires, boycott), préviens-nous directement.
- else:
  # memo: manager
  # after: 10m
  Je capte enfin du réseau et je découvre tout. {hr_told:Les RH s'occupent de Théo, bien joué. Par contre, la direction n'a rien reçu de nous|Ni les RH ni la direction n'avaient été prévenus} : Simon a vu la capture passer sur son fil, il est furieux et veut publier tout de suite « les propos de ce salarié sont inexacts et n'engagent que lui ». Je ne suis pas sûr que ce soit une bonne idée. Pas de politique, rien sur Théo, et tiens-moi au courant de tout.
}
-> pressure

=== pressure ===
# post: p4
# from: hugo
# on: forum
# thread: Grève de jeudi : le studio choisit son camp ?
# rank: Membre
# after: 8m
# kind: request
# mood: angry
# deadline: 60m
# hint: On te somme de prendre parti. La charte est nette sur ce que fait le compte du studio ; reste à refuser sans mépris, sans caricaturer l'engagement de Hugo et sans le faire taire.
Le studio va devoir choisir son camp. Soit vous soutenez vos devs et la grève de jeudi, soit vous êtes du côté de ceux qui cassent le droit du travail. Pas de « on ne fait pas de politique » : ne rien dire, c'est déjà choisir. J'attends une réponse claire de @PixelForge.
# post: p5
# from: gaelle
# on: dm
# after: 6m
# kind: request
# mood: neutral
# deadline: 60m
# hint: Trois questions, et aucune n'est pour la permanence communauté. Qui, au studio, parle à la presse ?
Bonjour, Gaëlle Royer, de Respawn Hebdo. J'écris sur la publication d'un de vos développeurs. Pouvez-vous me confirmer des semaines de 60 heures sur la 1.5 ? Le salarié fait-il l'objet d'une procédure ? Et le studio soutient-il la grève de jeudi ? Je boucle à 16 h. Merci !
- (open)
* {not hugo_done} [Salut Hugo. On comprend que le sujet compte pour toi, et tu as le droit d'avoir un avis tranché. Le compte du studio, lui, ne prend pas position sur la politique ni sur les grèves, dans un sens comme dans l'autre : c'est la même règle pour tout le monde. Ce qui concerne nos équipes se traite avec elles, en interne. #post: p4 #action: reply #tone: empathetic #judgement: best #intents: explain, refuse #why: Un refus net et respectueux, qui reconnaît l'engagement de Hugo sans y adhérer ni s'en moquer : les lecteurs des deux bords voient la même règle appliquée à tous.]
  ~ hugo_done = true
  ~ trust += 1
  -> open
* {not hugo_done} [Tu as raison Hugo : le droit du travail, c'est sacré, et on sera de tout cœur avec celles et ceux qui feront grève jeudi ✊ #post: p4 #action: reply #tone: empathetic #judgement: bad #breaks: no-politics #intents: explain #why: Le compte du studio prend parti sur une grève et une réforme : une moitié de la communauté applaudit, l'autre se sent exclue, et la direction découvre une position qu'elle n'a jamais prise.]
  ~ hugo_done = true
  ~ political = true
  ~ heat += 2
  -> open
* {not hugo_done} [Masquer le message de Hugo : pas de politique sur le forum. #post: p4 #action: hide #judgement: bad #breaks: fair-moderation #why: Hugo n'insulte personne : masquer un avis politique poli, c'est lui offrir la preuve que « le studio fait taire ceux qui parlent des conditions de travail ».]
  ~ hugo_done = true
  ~ censored = true
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not hugo_done} [Ici on parle de Deeplight, pas de politique. Merci de rester dans le sujet 🙂 #post: p4 #action: reply #tone: defensive #judgement: poor #intents: refuse #why: C'est la règle sur le fond, mais le ton « hors sujet » balaie une question sur les conditions de travail que Hugo relie à vos équipes : il y lit du mépris, et le dit.]
  ~ hugo_done = true
  ~ heat += 1
  -> open
* {not hugo_done} [Ignorer #post: p4 #action: ignore #judgement: poor #why: Pour Hugo, ne rien dire c'est choisir : son fil grossit, et d'autres répondent à la place du studio.]
  ~ hugo_done = true
  ~ heat += 1
  -> open
* {not gaelle_done} [Transmettre au service presse la capture, les trois questions et l'heure de bouclage, et répondre à Gaëlle que le service presse la recontacte avant 16 h. #post: p5 #action: escalate #to: press #judgement: best #intents: escalate #why: Le bon circuit : la journaliste a un interlocuteur habilité avant son bouclage, et aucune des trois questions (horaires, situation du salarié, grève) ne reçoit de réponse improvisée.]
  ~ gaelle_done = true
  ~ press = 1
  -> open
* {not gaelle_done} [Bonjour Gaëlle, entre nous : oui, la fin de prod a été intense, mais Théo ne risque rien, la direction n'est pas du genre à sanctionner. Pour la grève, pas de position officielle. #post: p5 #action: dm #tone: neutral #judgement: bad #breaks: no-confidential, no-personal-data #intents: explain #why: « Entre nous » n'existe pas avec une journaliste : les horaires, la situation d'un salarié nommé et l'état d'esprit de la direction, tout finit dans l'article, entre guillemets.]
  ~ gaelle_done = true
  ~ press = 2
  -> open
* {not gaelle_done} [Bonjour, nous ne souhaitons pas faire de commentaire. Cordialement. #post: p5 #action: dm #tone: defensive #judgement: poor #intents: refuse #why: « Pas de commentaire » devient « le studio refuse de s'exprimer » : la pire phrase possible dans un article sur le crunch.]
  ~ gaelle_done = true
  ~ press = 3
  ~ heat += 1
  -> open
* {not gaelle_done} [Ignorer #post: p5 #action: ignore #judgement: bad #why: Sans réponse, Gaëlle écrit avec la capture, les réactions des joueurs et « contacté, le studio n'a pas répondu ».]
  ~ gaelle_done = true
  ~ press = 4
  ~ heat += 1
  -> open
* -> partner

=== partner ===
# post: p6
# from: melo
# on: microblog
# after: 10m
# kind: complaint
# mood: angry
# facts: event=le live de lancement
# subject: policy
# deadline: 30m
# hint: Une partenaire suspend une opération et le mot « boycott » circule : ça dépasse la permanence communauté. Qui décide, et que peux-tu dire d'ici là sans engager personne ?
Je devais animer le live de lancement de la 1.5 vendredi, en partenariat avec @PixelForge. Je le mets en pause tant que le studio ne s'est pas exprimé sur le crunch. Et j'aimerais bien savoir comment va ce dev. Vous êtes nombreux à me demander s'il faut boycotter : je vous laisse juges. \#Deeplight
* [Alerter la direction : une streameuse partenaire à 62 000 abonnés suspend le live de lancement et le mot « boycott » circule. Une décision s'impose sur la prise de parole et sur le partenariat. #post: p6 #action: escalate #to: management #judgement: best #intents: escalate #why: La suspension d'un partenariat et un appel au boycott engagent tout le studio : c'est à la direction de trancher, et elle doit l'apprendre maintenant, par vous, pas par Mélo.]
  ~ mgmt_told = true
  ~ heat -= 1
  -> statement
* [Merci Mélo de le dire franchement, et de penser aux gens derrière le jeu. On comprend ta décision. On revient vers toi dès qu'il y a du nouveau, et on reparlera du live à ce moment-là. #post: p6 #action: reply #tone: empathetic #judgement: good #intents: thank, explain #why: Le ton est juste et rien n'est promis ; mais le partenariat et la prise de parole relèvent de la direction, qui n'est pas mise dans la boucle par cette réponse.]
  ~ trust += 1
  -> statement
* [Publier la phrase proposée par Simon : « Les propos de ce salarié sont inexacts et n'engagent que lui. Pixel Forge respecte ses équipes. » #post: p6 #action: reply #tone: defensive #judgement: bad #breaks: no-aggression #intents: correct #why: Déclarer publiquement qu'un salarié dit des choses inexactes, c'est l'attaquer avec le compte du studio, sans cellule de crise ni RH : Mélo et ses 62 000 abonnés ont leur réponse, et c'est la pire.]
  ~ attacked = true
  ~ heat += 3
  -> statement
* [Ignorer #post: p6 #action: ignore #judgement: bad #why: Une partenaire qui suspend publiquement son live et ne reçoit aucun signe : pour ses abonnés, le boycott devient la version officielle.]
  ~ heat += 2
  -> statement

=== statement ===
{
- mgmt_told && press == 1:
  # memo: press
  # after: 15m
  Déclaration officielle publiée, validée par la direction et les RH : « Un membre de notre équipe a partagé son ressenti sur la fin de production de la mise à jour 1.5. Nous en parlons avec lui et avec toute l'équipe, en interne. La charge de travail est un sujet que nous prenons au sérieux. Nous ne commentons pas les opinions personnelles de nos équipes. La 1.5 sort comme prévu vendredi. » Tu peux y renvoyer et la citer telle quelle. On a aussi eu Gaëlle au téléphone.
- mgmt_told || press == 1:
  # memo: press
  # after: 15m
  Déclaration publiée : « Un membre de notre équipe a partagé son ressenti sur la fin de production de la 1.5. Nous en parlons avec lui et avec l'équipe, en interne. Nous ne commentons pas les opinions personnelles de nos équipes. La 1.5 sort vendredi. » Elle arrive tard : {press == 1:la direction n'a su qu'au dernier moment que Mélo suspendait son live|Gaëlle a joint Simon directement, et l'article citera ses mots à lui, pas les nôtres}. Tu peux y renvoyer.
- else:
  # memo: management
  # after: 15m
  On a découvert l'ampleur de l'affaire par une journaliste qui a appelé Simon sur son portable. Déclaration publiée en urgence : « Nous en parlons avec l'équipe, en interne. Nous ne commentons pas les opinions personnelles de nos salariés. La 1.5 sort vendredi. » La prochaine fois, on veut être prévenus dès la première capture.
}
-> daily

=== daily ===
# post: p7
# from: sam
# on: forum
# thread: La 1.5 sort toujours vendredi ?
# rank: Membre
# after: 10m
# kind: question
# mood: neutral
# subject: game
# deadline: 60m
# hint: Une question sur ce qui est annoncé, une sur ce qui ne l'est pas. La charte sépare nettement les deux.
Question bête au milieu du drama : la 1.5 sort toujours vendredi ? Et dans son thread, le dev parlait d'un « projet dont on n'a pas le droit de parler » : c'est Deeplight 2 ? 👀
# post: p8
# from: yannick
# on: forum
# thread: Guide : le guide du débutant à jour pour la 1.5
# rank: Auteur de guides
# after: 5m
# kind: praise
# mood: happy
# deadline: 90m
# hint: Un contenu utile de la communauté au milieu de la tempête. Une réponse calibrée : ni oubli, ni récupération.
Pour ceux qui préfèrent parler du jeu : mon guide débutant est à jour pour la 1.5, avec les nouvelles salles des Abysses et trois compos d'équipe pour la profondeur 40. Bonne lecture, et courage à toute l'équipe, on est nombreux à penser à vous 🙂
- (open)
* {not sam_done} [Salut Sam, pas de question bête 🙂 Oui, la 1.5 « Abysses » sort bien vendredi, comme annoncé, et les notes de patch arrivent jeudi. Pour le reste, on ne parle que de ce qui a été annoncé officiellement ; le jour où il y aura du neuf, c'est ici que tu l'apprendras en premier. #post: p7 #action: reply #tone: empathetic #judgement: best #intents: explain, refuse #why: Une réponse factuelle sur ce qui est public, et une porte fermée avec le sourire sur ce qui ne l'est pas : ni confirmation, ni démenti, ni mystère entretenu.]
  ~ sam_done = true
  ~ trust += 1
  -> open
* {not sam_done} [Vendredi, oui ! Et pour le projet… disons qu'on a très hâte de te montrer ce qui se prépare pour l'an prochain 👀😉 #post: p7 #action: reply #tone: empathetic #judgement: bad #breaks: no-confidential #intents: explain #why: Un clin d'œil vaut confirmation : « Pixel Forge tease Deeplight 2 en pleine polémique sur le crunch » sera le titre de demain, et l'équipe n'avait rien annoncé.]
  ~ sam_done = true
  ~ leaked = true
  ~ heat += 1
  -> open
* {not sam_done} [Répondre à Sam en message privé : oui, la 1.5 sort bien vendredi. #post: p7 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Sam a sa réponse et rien ne filtre, mais la question était publique : tous ceux qui se demandent si la date a glissé ne verront pas la confirmation.]
  ~ sam_done = true
  -> open
* {not sam_done} [Désolé, nous ne pouvons rien communiquer pour le moment. #post: p7 #action: reply #tone: neutral #judgement: poor #intents: refuse #why: La date de la 1.5 est publique : refuser de la confirmer en pleine crise laisse croire qu'elle a glissé, et nourrit une rumeur de plus.]
  ~ sam_done = true
  ~ heat += 1
  -> open
* {not sam_done} [Ignorer #post: p7 #action: ignore #judgement: poor #why: Une question simple sans réponse, un jour pareil : d'autres joueurs y répondent, et chacun a sa théorie sur la date.]
  ~ sam_done = true
  -> open
* {not yannick_done} [Merci Yannick, ton guide tombe à pic 🙏 On l'épingle dans la section Guides pour vendredi. Et merci pour le mot d'encouragement, il compte. #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank #why: On met en avant un vrai contenu de la communauté et on accueille le soutien simplement : la vie du jeu continue, sans transformer Yannick en argument dans la polémique.]
  ~ yannick_done = true
  ~ trust += 1
  -> open
* {not yannick_done} [Liker le guide de Yannick. #post: p8 #action: like #judgement: good #why: Le like fait plaisir, mais un guide de cette qualité, un jour pareil, méritait un mot et une mise en avant.]
  ~ yannick_done = true
  -> open
* {not yannick_done} [Merci Yannick ! Tu vois, tout le monde n'est pas là pour casser du sucre sur le studio 😉 #post: p8 #action: reply #tone: defensive #judgement: bad #breaks: no-aggression #intents: thank #why: Se servir du message d'un fan pour tacler ceux qui critiquent : Hugo, Aurore et Mélo le lisent comme une pique, et la polémique a un nouvel extrait.]
  ~ yannick_done = true
  ~ heat += 2
  -> open
* {not yannick_done} [Merci Yannick 🙏 Tu pourrais partager ton guide sous le post de Mélo ? Ça recentrerait un peu le débat sur le jeu. #post: p8 #action: reply #tone: empathetic #judgement: poor #intents: thank #why: Envoyer un fan au front sous le post d'une partenaire fâchée, c'est l'exposer aux critiques à votre place et donner l'impression de vouloir noyer le sujet.]
  ~ yannick_done = true
  ~ heat += 1
  -> open
* {not yannick_done} [Ignorer #post: p8 #action: ignore #judgement: poor #why: Rien de grave, mais le seul message du jour qui parle du jeu, et qui soutient l'équipe, reste sans un signe du studio.]
  ~ yannick_done = true
  -> open
* -> aftermath

=== aftermath ===
{ exposed || doxx == 2:
  -> doxx_alert
- else:
  -> followup_questions
}

=== doxx_alert ===
# post: p9
# from: aurore
# on: comments
# in: p2
# after: 12m
# kind: info
# mood: worried
# deadline: 30m
# hint: Des informations personnelles circulent et une menace apparaît. La grille d'escalade de la charte dit qui prend la main, en plus de la modération.
Euh… sous votre post, des gens partagent le LinkedIn du dev et le nom de sa ville 😰 Il y en a même un qui propose d'aller « l'attendre » à la sortie du studio. Faites quelque chose, s'il vous plaît.
* [Masquer tous les messages qui exposent le salarié, et transmettre au juridique et aux RH les captures, y compris la menace d'aller « l'attendre ». #post: p9 #action: escalate #to: legal #judgement: best #intents: escalate #why: Doxxing et menace physique : on retire tout de suite, et le juridique prend la main (signalement, plainte éventuelle) pendant que les RH préviennent la personne. C'est la sécurité d'un collègue qui est en jeu.]
  ~ doxx = 1
  ~ hr_told = true
  ~ trust += 1
  -> partner_news
* [Merci Aurore de nous prévenir 🙏 Tout est en train d'être retiré. Rappel pour tout le monde : partager les infos perso de quelqu'un, c'est non, et ce sera sanctionné. #post: p9 #action: reply #tone: empathetic #judgement: good #intents: thank, correct #why: Public, rapide et ferme ; mais une menace d'aller attendre quelqu'un dépasse la modération, et sans le juridique personne ne la traite.]
  ~ doxx = 1
  ~ trust += 1
  -> partner_news
* [Merci de ne pas partager les infos de Théo, il vit déjà un moment assez difficile comme ça 🙏 #post: p9 #action: reply #tone: empathetic #judgement: bad #breaks: no-personal-data #intents: correct #why: Le prénom, et la confirmation qu'il « vit un moment difficile » : le studio ajoute lui-même deux informations sur la personne qu'il prétend protéger.]
  ~ exposed = true
  ~ heat += 1
  -> partner_news
* [Masquer le commentaire d'Aurore pour ne pas donner davantage de visibilité à l'affaire. #post: p9 #action: hide #judgement: bad #breaks: fair-moderation #why: Aurore signale un danger, et c'est son message qui disparaît : les liens restent en ligne, et la seule personne qui demandait de l'aide est réduite au silence.]
  ~ doxx = 2
  ~ censored = true
  ~ heat += 2
  -> partner_news
* [Ignorer #post: p9 #action: ignore #judgement: bad #why: Un signalement de doxxing et de menace resté sans réaction pendant une demi-heure : si quelque chose arrive à ce salarié, cette capture-là sera au dossier.]
  ~ doxx = 2
  ~ heat += 2
  -> partner_news

=== followup_questions ===
# post: p9
# from: pixelpulse
# on: microblog
# in: p1
# after: 12m
# kind: question
# mood: neutral
# subject: policy
# deadline: 30m
# hint: Deux questions auxquelles la charte interdit de répondre, posées devant 38 000 personnes. Tout l'art est de ne pas répondre sans avoir l'air de fuir.
Pixel Forge a publié une déclaration sur l'affaire du crunch. Vos questions en réponses sont nombreuses : combien d'heures font vraiment les devs en fin de prod ? Et le dev en question, il est toujours au studio ? @PixelForge
* [La déclaration dit ce qu'on peut dire aujourd'hui, et on s'y tient : on en parle en interne, avec toute l'équipe. Les horaires et la situation de chacun restent entre le studio et ses équipes, par respect pour elles. Côté jeu, la 1.5 sort vendredi comme prévu. #post: p9 #action: reply #tone: neutral #judgement: best #intents: explain, refuse #why: On assume de ne pas répondre en expliquant pourquoi, et on ramène vers la seule info publique : ni chiffre, ni situation personnelle, ni impression de fuite.]
  ~ trust += 1
  -> partner_news
* [Transmettre la question au service presse, qui gère l'après-déclaration. #post: p9 #action: escalate #to: press #judgement: good #intents: escalate #why: Prudent, mais une question publique adressée au compte communauté attend une réponse publique, et la presse n'a rien à ajouter à la déclaration.]
  -> partner_news
* [Officiellement 35 h, en vrai un peu plus les dernières semaines, comme partout 😅 Et oui, il est toujours là, rassurez-vous ! #post: p9 #action: reply #tone: empathetic #judgement: bad #breaks: no-confidential, no-personal-data #intents: explain #why: Deux confidences en une ligne : un aveu sur les horaires qui contredit la déclaration, et la situation d'un salarié livrée à 38 000 personnes.]
  ~ leaked = true
  ~ heat += 2
  -> partner_news
* [Merci de vous référer à notre déclaration officielle. #post: p9 #action: reply #tone: neutral #judgement: poor #intents: refuse #why: Correct sur le fond, mais une ligne sèche au « vous » d'un service client, sous une question publique, ressemble à une porte claquée : les spéculations continuent dans les réponses.]
  ~ heat += 1
  -> partner_news
* [Ignorer #post: p9 #action: ignore #judgement: poor #why: Sans réponse, les 38 000 abonnés de Pixel Pulse complètent eux-mêmes : chiffres inventés et rumeurs de licenciement.]
  ~ heat += 1
  -> partner_news

=== partner_news ===
{ mgmt_told && not attacked && not political:
  -> melo_back
- else:
  -> melo_pause
}

=== melo_back ===
# post: p10
# from: melo
# on: microblog
# after: 20m
# kind: info
# mood: happy
# facts: event=le live de vendredi
# deadline: 60m
# hint: Une partenaire revient, apaisée. La réponse qui conclut bien une journée pareille est courte, et ne promet rien de ce qui se discute encore en interne.
Update : le studio m'a appelée, échange franc et honnête. Je maintiens le live de vendredi, et on prendra un moment pour parler des conditions de travail dans le jeu vidéo, avec eux. Merci pour vos messages 💜 \#Deeplight
* [Merci Mélo, pour le live et pour l'échange 🙏 À vendredi, avec toutes les questions que tu voudras. #post: p10 #action: reply #tone: empathetic #judgement: best #intents: thank #why: Un merci simple, sans triomphalisme ni promesse : la partenaire revient, et le studio accepte d'avance d'être interrogé en direct.]
  ~ trust += 1
  -> ending
* [Liker le message de Mélo. #post: p10 #action: like #judgement: good #why: Le like montre que le message a été vu ; un mot aurait mieux refermé une journée tendue avec une partenaire importante.]
  -> ending
* [Merci Mélo ! Et on peut te le dire : le crunch, c'est fini chez Pixel Forge, plus jamais ça 💪 #post: p10 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: thank, promise #why: Un engagement sur l'organisation du travail que ni la direction ni les RH n'ont pris : il sera vérifié à chaque fin de production, en public.]
  ~ promised = true
  ~ heat += 1
  -> ending
* [Génial 🎉 Rendez-vous vendredi 20 h, avec -20 % sur Deeplight pendant tout le live ! #post: p10 #action: reply #tone: empathetic #judgement: poor #intents: thank #why: Glisser une promo sous un message sur les conditions de travail, c'est transformer une réconciliation sincère en opération commerciale.]
  ~ trust -= 1
  -> ending
* [Ignorer #post: p10 #action: ignore #judgement: poor #why: Une partenaire qui revient publiquement et n'a aucune réponse : l'histoire se termine sur un silence qui ne lui rend pas justice.]
  -> ending

=== melo_pause ===
# post: p10
# from: melo
# on: microblog
# after: 20m
# kind: complaint
# mood: angry
# facts: event=le live de vendredi
# subject: policy
# deadline: 45m
# hint: La partenaire maintient sa pause. Qui peut décider de la suite du partenariat, et que peut dire le compte du studio sans rien promettre ni se défendre ?
Toujours pas d'échange avec le studio de mon côté. {attacked:Et voir un studio traiter son propre dev de menteur en public, franchement, ça glace.|Et ce que j'ai lu de leur côté aujourd'hui ne me rassure pas.} Je maintiens la pause du live de vendredi.
* [Transmettre à la direction : la partenaire maintient sa pause et attend un échange direct avec le studio. #post: p10 #action: escalate #to: management #judgement: best #intents: escalate #why: C'est à la direction de parler à une partenaire qui attend un interlocuteur : la permanence fait le lien au lieu d'improviser une négociation en public.]
  ~ mgmt_told = true
  -> ending
* [Mélo, on comprend, et on respecte ta décision. La déclaration du studio est en ligne ; pour le partenariat, quelqu'un de l'équipe va te contacter directement. #post: p10 #action: reply #tone: empathetic #judgement: good #intents: explain #why: Respectueux et sans promesse, mais annoncer un appel sans avoir saisi la direction, c'est parier qu'il aura lieu.]
  ~ trust += 1
  -> ending
* [On a publié une déclaration, on ne peut pas faire plus. Libre à toi de streamer ou non. #post: p10 #action: reply #tone: defensive #judgement: poor #intents: refuse #why: Froid et fermé : Mélo entend que le studio se moque de perdre sa partenaire, et ses 62 000 abonnés aussi.]
  ~ heat += 1
  -> ending
* [Dommage de prendre en otage une sortie attendue par toute la communauté pour faire le buzz 🙄 #post: p10 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: correct #why: Accuser publiquement une partenaire de chercher le buzz : la rupture devient définitive, et c'est le studio qui l'a provoquée.]
  ~ trust -= 1
  ~ heat += 3
  -> ending
* [Ignorer #post: p10 #action: ignore #judgement: poor #why: Le silence confirme à Mélo et à ses abonnés que le studio ne cherche pas le dialogue.]
  ~ heat += 1
  -> ending

=== ending ===
{
- exposed || doxx == 2 || press == 2:
  -> end_exposed
- attacked:
  -> end_thrown
- political:
  -> end_sides
- hr_told && mgmt_told && press == 1 && heat <= 4 && not leaked && not promised:
  -> end_steady
- else:
  -> end_bruised
}

=== end_steady ===
# end: steady-hands
# after: 15m
Vendredi, la 1.5 sort à l'heure et {melo_back:le live de Mélo fait le plein|Mélo, rappelée en fin de journée par la direction, a finalement maintenu son live}. La capture a tourné deux jours, puis s'est éteinte faute de nouvel épisode : le studio n'a ni désavoué ni récupéré son salarié, n'a pris parti pour personne et n'a rien laissé filer de l'interne. Les RH ont accompagné la personne, la direction a parlé au bon moment, la presse a eu une déclaration sobre. Le débat sur la charge de travail continue, en interne, là où il doit avoir lieu. Vous avez tenu la ligne d'un bout à l'autre.{doxx_alert: Les messages qui exposaient le salarié ont été retirés à temps, mais il aura eu une belle frayeur.}{heat >= 2: Quelques réponses sèches ou manquées ont seulement laissé la polémique traîner un peu plus que nécessaire.}{censored: Seul regret : le message masqué de Hugo, que certains citent encore.}
-> END

=== end_bruised ===
# end: bruised-trust
# after: 15m
La tempête passe, mais elle laisse des traces. {not hr_told:Les RH ont appris l'affaire bien trop tard, et le salarié est resté seul des heures. }{not mgmt_told:La direction a découvert l'ampleur de la crise par d'autres que vous. }{press != 1:L'article de Respawn Hebdo s'est écrit sans interlocuteur habilité. }{leaked:Une information interne a filé depuis le compte du studio. }{promised:Un engagement public que personne n'avait validé reste à assumer. }{censored:Un avis poli a été masqué, et on vous le reproche. }Rien d'irréparable, mais la communauté a vu un studio qui tâtonne, et la confiance se regagnera lentement.
-> END

=== end_exposed ===
# end: employee-exposed
# after: 15m
Le salarié a été identifié. {press == 2:Ses horaires et sa situation sont dans l'article de Respawn Hebdo, cités comme des confidences du studio. }{doxx == 2:Son LinkedIn et sa ville ont circulé sous les publications du studio sans que personne ne les retire à temps. }{exposed:C'est le compte du studio lui-même qui a donné son prénom. }Il reçoit des messages jusque chez lui, les RH gèrent une situation de sécurité et le juridique prépare des signalements. Quoi que le studio pense de ses propos, le protéger passait avant tout le reste : son identité et sa situation ne regardaient personne.
-> END

=== end_thrown ===
# end: employee-thrown-under
# after: 15m
« Pixel Forge traite son propre développeur de menteur » : la phrase fait le tour des médias spécialisés. L'équipe découvre en ligne que le studio a désavoué l'un des siens, deux développeurs annoncent leur démission et le débat sur le crunch devient un procès fait à la direction. En attaquant le salarié plutôt que de laisser les RH et la direction traiter le fond, le compte du studio a confirmé tout ce qu'il voulait démentir.
-> END

=== end_sides ===
# end: studio-takes-sides
# after: 15m
En quelques heures, Pixel Forge est devenu un camp. Une partie de la communauté applaudit, l'autre demande le remboursement de ses achats, et chaque message du studio est désormais lu comme un tract. La direction doit expliquer en interne une position qu'elle n'a jamais prise, et le salarié, dont le message a été repris par le compte officiel, se retrouve au centre d'une bataille qui n'est plus la sienne. Le compte du studio ne choisit pas de camp : c'est précisément ce qui lui permet de parler à tout le monde.
-> END
