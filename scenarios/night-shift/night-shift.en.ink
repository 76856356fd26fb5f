// Frontline — night-shift (English)
// A night-time landline outage: everything arrives at once, and the order of decisions matters.
// Same structure as night-shift.fr.ink: same knots, choices and tags (only `why` and `hint` differ).

VAR heat = 0            // how far the row is spreading
VAR leaked = false      // internal figure or unconfirmed cause disclosed
VAR promised = false    // restoration time or gesture promised without sign-off
VAR handled = 0         // decisions taken in the first wave (for the order)
VAR margot = 0          // 1 management + instruction, 2 instruction only, 3 after-sales tomorrow, 4 template, 5 ignored, 6 escalated late
VAR margot_rank = 9     // position at which Margot was dealt with in the first wave (0 = first)
VAR bomb = 0            // 1 management, 2 hidden, 3 deleted, 4 replied, 5 ignored
VAR malik = 0           // 1 reply + 112 advice, 2 DM, 3 template, 4 promise, 5 ignored
VAR spam = 0            // 1 deleted + accounts banned, 2 deleted, 3 warning reply, 4 ignored
VAR press = 0           // 1 press on call, 2 public line, 3 "not at night", 4 figures disclosed, 5 ignored
VAR malik_done = false
VAR bomb_done = false
VAR margot_done = false
VAR spam_done = false
VAR lou_done = false
VAR press_done = false

-> intro

=== intro ===
Saturday, 1:40 am. You're on call for Onda's social accounts. Your phone buzzes once, then ten times.
# memo: management
Incident under way: since 1:10 am there's been no dial tone on home phones across part of the Lyon area. Internet and the mobile network are working. The engineers are on it, and there's no restoration time to announce. Approved line: "Since 1:10 am, some of our customers in the Lyon area have been unable to make calls from their home phone. Internet and the mobile network are working. Our teams are fully mobilised. In an emergency, call 112 from a mobile phone." I'm the on-call manager tonight: anything affecting people's safety comes to me, immediately. The on-call press officer is reachable too.
-> wave_one

=== wave_one ===
# post: p1
# from: malik
# on: microblog
# after: 1m
# kind: complaint
# mood: angry
# facts: product=landline
# subject: outage
# deadline: 20m
# hint: This post is spreading fast and raises a real safety question. What would help his readers tonight, and what can't you promise? Look at what's arriving behind it, too.
@OndaMobile landline dead since 1 am. Not a word from them. My 81-year-old mum ONLY has a landline. If she collapses tonight, how is she meant to call an ambulance?? RT so they wake up \#OndaDown
# post: p2
# from: nuitnoire
# on: comments
# after: 30s
# kind: abuse
# mood: hostile
# deadline: 15m
# hint: Hoax or not, you have no way of knowing. Who needs to be told, and what must you keep?
Since you can't fix anything, a bomb is going off at the Onda shop in Lyon Part-Dieu tomorrow when it opens. You've been warned. 💣
# post: p3
# from: margot
# on: dm
# after: 30s
# kind: request
# mood: worried
# facts: product=landline
# subject: outage
# deadline: 12m
# hint: Reread the three open posts and ask yourself which one could cost a life. This one has the shortest deadline of the night.
Good evening, I am sorry to write so late. My telephone has had no dial tone since earlier on. My husband has a heart condition and we do not have a mobile. If I need to call the ambulance tonight, what do I do? I am writing on my grandson's tablet. Margot Vidal
- (open)
* {not malik_done} [Good evening Malik, you are right to call us out, and we are sorry. Since 1:10 am, some of our customers in the Lyon area have been unable to call from their home phone; internet and the mobile network are working, and our teams are fully mobilised. In an emergency, 112 works from any mobile phone: if your mother doesn't have one, a neighbour can call for her. We will post updates here as soon as we have them. #post: p1 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain #why: The approved line, an apology, and above all the instruction that could save someone tonight, under the post everyone is sharing: the reply becomes the useful information.]
  ~ malik_done = true
  ~ malik = 1
  ~ handled += 1
  ~ heat -= 1
  -> open
* {not malik_done} [Message Malik privately with the same information and the 112 instruction. #post: p1 #action: dm #tone: empathetic #judgement: good #intents: apologise, explain #why: Malik is informed, but the hundreds of people sharing his post still see no reply, and no 112 instruction.]
  ~ malik_done = true
  ~ malik = 2
  ~ handled += 1
  -> open
* {not malik_done} [Good evening, our teams are fully mobilised to restore service as quickly as possible. Thank you for your patience. #post: p1 #action: reply #tone: neutral #judgement: poor #intents: explain #why: The template doesn't answer the only real question in the post: how to call the emergency services tonight. It will be quoted as proof of indifference.]
  ~ malik_done = true
  ~ malik = 3
  ~ handled += 1
  ~ heat += 1
  -> open
* {not malik_done} [Good evening Malik, don't worry: everything will be back before 3 am, promise. #post: p1 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Nobody has a restoration time: this promise, shared hundreds of times, will turn on Onda at 3:01, and it gives false reassurance about emergency calls.]
  ~ malik_done = true
  ~ malik = 4
  ~ handled += 1
  ~ promised = true
  -> open
* {not malik_done} [Ignore #post: p1 #action: ignore #judgement: bad #why: The post snowballs with no answer: the brand seems to be asleep while its customers can't reach the emergency services.]
  ~ malik_done = true
  ~ malik = 5
  ~ handled += 1
  ~ heat += 3
  -> open
* {not bomb_done} [Hand over to the on-call manager immediately: threat of an explosion at the Lyon Part-Dieu shop at opening time, screenshot and account link kept, so that she alerts the police. Do not reply. #post: p2 #action: escalate #to: management #judgement: best #intents: escalate #why: Hoax or not, a threat against people is treated as real: management alerts the police, the evidence is intact, and the troll gets no stage.]
  ~ bomb_done = true
  ~ bomb = 1
  ~ handled += 1
  -> open
* {not bomb_done} [Take a screenshot, then hide the comment. #post: p2 #action: hide #judgement: poor #intents: correct #why: Readers no longer see the threat, but nobody alerts the police: if the shop opens tomorrow as if nothing had happened, it's on you.]
  ~ bomb_done = true
  ~ bomb = 2
  ~ handled += 1
  -> open
* {not bomb_done} [Delete this comment straight away. #post: p2 #action: delete #judgement: bad #intents: correct #why: The tidy-up reflex destroys the only evidence and nobody is told: the police will have neither the text nor a link to trace the author.]
  ~ bomb_done = true
  ~ bomb = 3
  ~ handled += 1
  ~ heat += 1
  -> open
* {not bomb_done} [Very funny. Threats can land you in prison, and we have your IP address. #post: p2 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: correct #why: Answering a threat gives it a platform and raises fear among readers, and the threat stays up without the police being told.]
  ~ bomb_done = true
  ~ bomb = 4
  ~ handled += 1
  ~ heat += 2
  -> open
* {not bomb_done} [Ignore #post: p2 #action: ignore #judgement: bad #why: A bomb threat stays on display under your page, read and shared, without anyone at Onda having told anyone.]
  ~ bomb_done = true
  ~ bomb = 5
  ~ handled += 1
  ~ heat += 2
  -> open
* {not margot_done} [Hand over to the on-call manager as an emergency: elderly customer with no mobile, husband with a heart condition, landline cut, only reachable through this inbox. And reply to her straight away that in an emergency a neighbour can call 112 from their mobile, and that someone from Onda will contact her within minutes. #post: p3 #action: escalate #to: management #judgement: best #intents: escalate, explain #why: A life may depend on it: the immediate instruction reassures her, and the on-call manager can act for her tonight. This decision comes before every other one.]
  ~ margot_done = true
  ~ margot = 1
  ~ margot_rank = handled
  ~ handled += 1
  -> open
* {not margot_done} [Good evening Mrs Vidal, you are not disturbing us at all. In an emergency tonight, ask a neighbour to call 112 from their mobile: that number works from any mobile phone. Our teams are working to restore your line. #post: p3 #action: dm #tone: empathetic #judgement: good #intents: explain #why: The instruction is right and arrives quickly, but Margot is left alone with it: nobody at Onda knows that a vulnerable customer has no way of calling.]
  ~ margot_done = true
  ~ margot = 2
  ~ margot_rank = handled
  ~ handled += 1
  -> open
* {not margot_done} [Hand over to after-sales so that an adviser calls her back tomorrow morning. #post: p3 #action: escalate #to: after-sales #judgement: bad #intents: escalate #why: After-sales opens at 8, and she has no phone to be called back on: a person in danger tonight is given an appointment for tomorrow.]
  ~ margot_done = true
  ~ margot = 3
  ~ margot_rank = handled
  ~ handled += 1
  -> open
* {not margot_done} [Good evening, an incident is affecting our network. Our teams are fully mobilised to restore service as quickly as possible. Thank you for your understanding. #post: p3 #action: dm #tone: neutral #judgement: bad #intents: explain #why: A template sent to a woman asking how to save her husband: without the 112 instruction it is useless, and it says so coldly.]
  ~ margot_done = true
  ~ margot = 4
  ~ margot_rank = handled
  ~ handled += 1
  -> open
* {not margot_done} [Ignore #post: p3 #action: ignore #judgement: bad #why: An elderly person with no way of calling the emergency services asked for help and got nothing: the worst possible omission tonight.]
  ~ margot_done = true
  ~ margot = 5
  ~ handled += 1
  -> open
* -> wave_one_news

=== wave_one_news ===
{ margot == 1:
  # memo: management
  # after: 1m
  Got it for Mrs Vidal. Vulnerable-customer procedure triggered: an on-call adviser is calling her by audio through her tablet's messaging app and will stay reachable all night. I've also told the emergency services, through the prefecture, which areas have no landline service.{margot_rank >= 2: But she waited until everything else had been dealt with: a request like hers comes before everything, even a viral post.}
}
{ bomb == 1:
  # memo: management
  # after: 1m
  Threat passed to the police, who are taking it seriously: the Part-Dieu shop won't open until they've been. Keep the screenshot, don't reply. Well handled.
}
{ bomb == 2:
  # memo: management
  # after: 3m
  A follower has just sent me a screenshot of a bomb threat against Part-Dieu, posted under our page and then hidden. Why am I hearing about this from him? I'm calling the police.
}
{ bomb == 3:
  # memo: management
  # after: 3m
  People are talking about a bomb threat against Part-Dieu that was deleted from our page. The police are asking me for the text and the account link: we have nothing left. A threat is passed on, not erased.
}
{ bomb >= 4:
  # memo: management
  # after: 3m
  A bomb threat against Part-Dieu has been up under our page for twenty minutes, and I'm hearing about it from a follower. I'm calling the police. People's safety comes to me, straight away.
}
# memo: management
# after: 2m
Malik's post has passed 400 shares. More messages are coming in.
-> wave_two

=== wave_two ===
# post: p4
# from: fakesupport
# on: comments
# after: 2m
# kind: spam
# mood: enthusiastic
# deadline: 15m
# hint: This account isn't yours, and it targets worried customers. What do they risk tonight, and how do you stop it coming back?
📢 OUTAGE COMPENSATION: Onda is refunding €50 to every customer affected tonight! Enter your bank details before 6 am 👉 onda-refund.info [The same message is posted by six accounts in four minutes.]
# post: p5
# from: lou
# on: microblog
# after: 2m
# kind: praise
# mood: enthusiastic
# facts: product=fibre
# deadline: 30m
# hint: A sincere compliment, on a night when thousands of customers have no phone. What reply strikes the right balance?
6-hour stream tonight, 1,200 viewers, not a single drop 🔥 @OndaMobile fibre holds up, approved 👌 \#streaming
# post: p6
# from: romain
# on: dm
# after: 2m
# kind: request
# mood: neutral
# facts: product=landline; place=in Lyon
# deadline: 20m
# hint: A journalist, even at 2 am. Who at Onda answers him? And what would help his readers without revealing anything?
Good evening, Romain Texier, night-duty reporter at Rhône Matin. We're getting a lot of reports of home phones cut off across Lyon tonight. How many customers are affected? Is it impossible to call the emergency services? I'm putting a piece online at 3 am.
- (open)
* {not spam_done} [Delete all six messages and ban the accounts: phishing that impersonates Onda to steal bank details. #post: p4 #action: ban #judgement: best #intents: correct #why: Worried customers and a promise of money: the perfect trap. Deleting and banning all six accounts stops the wave without giving it any visibility.]
  ~ spam_done = true
  ~ spam = 1
  -> open
* {not spam_done} [Delete the six messages. #post: p4 #action: delete #judgement: good #intents: correct #why: The messages are gone, but the accounts stay active and will post again in ten minutes, while you're busy with something else.]
  ~ spam_done = true
  ~ spam = 2
  -> open
* {not spam_done} [Please note: this message is not from Onda. Do not click on this link and never give out your bank details. #post: p4 #action: reply #tone: neutral #judgement: poor #intents: correct #why: The warning is right, but the trap stays online just above it, and your reply pushes it back up the thread.]
  ~ spam_done = true
  ~ spam = 3
  ~ heat += 1
  -> open
* {not spam_done} [Ignore #post: p4 #action: ignore #judgement: bad #why: A fake refund stays under your page all night, read by elderly, worried customers: some will hand over their card details.]
  ~ spam_done = true
  ~ spam = 4
  ~ heat += 2
  -> open
* {not lou_done} [Like Lou's post, and leave it there. #post: p5 #action: like #judgement: best #intents: thank #why: A discreet like is enough tonight: Lou feels seen, and the brand doesn't congratulate itself in public while thousands of customers have no phone.]
  ~ lou_done = true
  -> open
* {not lou_done} [Thank you, Lou, lovely to hear 🙂 Good night! #post: p5 #action: reply #tone: empathetic #judgement: good #intents: thank #why: A short, friendly thank-you; it sits in view next to the night's complaints, but without any swagger.]
  ~ lou_done = true
  -> open
* {not lou_done} [Thanks Lou! Onda fibre, the most stable in France, who can beat that? 💪🔥 #post: p5 #action: reply #tone: neutral #judgement: poor #intents: thank #why: Boasting about network stability on the night the landlines are down: the screenshot will be doing the rounds under \#OndaDown before dawn.]
  ~ lou_done = true
  ~ heat += 2
  -> open
* {not lou_done} [Thanks Lou! Not like over at Kairn Télécom 😏 #post: p5 #action: reply #tone: aggressive #judgement: bad #breaks: no-competitor #intents: thank #why: A dig at a competitor on the night your own network is failing: a double lapse, of charter and of tone.]
  ~ lou_done = true
  ~ heat += 2
  -> open
* {not lou_done} [Ignore #post: p5 #action: ignore #judgement: good #why: Nothing urgent tonight: not answering a compliment in the middle of a crisis is perfectly defensible.]
  ~ lou_done = true
  -> open
* {not press_done} [Hand over to the on-call press officer: Romain Texier, Rhône Matin, piece online at 3 am about the landline outage, asking about customer numbers and emergency calls. And tell him the press officer will contact him. #post: p6 #action: escalate #to: press #judgement: best #intents: escalate, explain #why: Even at night, journalists go through press: the on-call officer can give him a statement, and the 112 instruction for his readers, before 3 am.]
  ~ press_done = true
  ~ press = 1
  -> open
* {not press_done} [Good evening Romain, here is what we can say: since 1:10 am, some of our customers in the Lyon area have been unable to call from their home phone; internet and mobile are working, our teams are fully mobilised, and in an emergency 112 works from any mobile phone. #post: p6 #action: dm #tone: neutral #judgement: good #intents: explain #why: Approved words and a useful instruction for his readers, but he wanted someone to talk to: without the press officer, the piece will say Onda gave no details.]
  ~ press_done = true
  ~ press = 2
  -> open
* {not press_done} [Good evening, our press office does not work at night. Please contact them on Monday. #post: p6 #action: dm #tone: defensive #judgement: poor #intents: refuse #why: Untrue, since there's an on-call press officer, and disastrous: the 3 am piece will say Onda put off until Monday an outage affecting emergency calls.]
  ~ press_done = true
  ~ press = 3
  ~ heat += 1
  -> open
* {not press_done} [Good evening Romain, about 40,000 lines are affected, one of our supplier's servers went down, and we expect it back around 4 am. #post: p6 #action: dm #tone: neutral #judgement: bad #breaks: no-confidential, no-promise #intents: explain, promise #why: An internal figure, an unconfirmed cause and a time nobody can guarantee, handed to a journalist: that's the 3 am headline, and none of it was yours to say.]
  ~ press_done = true
  ~ press = 4
  ~ leaked = true
  ~ promised = true
  ~ heat += 2
  -> open
* {not press_done} [Ignore #post: p6 #action: ignore #judgement: bad #why: With no answer, the 3 am piece goes out with only worried customers quoted, and "Onda unreachable" as the subheading.]
  ~ press_done = true
  ~ press = 5
  ~ heat += 2
  -> open
* -> wave_two_news

=== wave_two_news ===
{ press:
- 1:
  # memo: press
  # after: 2m
  Thanks, we've spoken to Romain Texier. His story carries our statement and the 112 instruction in bold. Exactly what was needed tonight.
- 2:
  # memo: press
  # after: 2m
  Romain Texier quotes our public line and the 112 advice, which is good, but he writes that "Onda did not say how many households were affected". A journalist, even at 2 am, goes to the on-call press officer.
- 3:
  # memo: press
  # after: 2m
  "The press office does not work at night"? That's exactly what we're on call for. The line is in his piece. We're catching up.
- 4:
  # memo: press
  # after: 2m
  "40,000 lines", "supplier's server", "back around 4 am": it's all in the 3 am piece, and none of it is confirmed. We're handling it with management.
- else:
  # memo: press
  # after: 2m
  Romain Texier found us through the on-call switchboard: he says he got no answer by private message. His piece mentions it.
}
-> josiane_post

=== josiane_post ===
# post: p7
# from: josiane
# on: comments
# after: 4m
# kind: question
# mood: worried
# deadline: 20m
# hint: A loyal customer asks the question others don't dare to. What does she need to hear clearly, and what should someone who's already been caught do?
{spam >= 3:My neighbour filled in the €50 form tonight, with her bank card… Is that refund really from you?|I saw a message promising a €50 refund for the outage, and then it disappeared. Is it true or not?}
# comment: p7
# as: neutral
# after: 1m
I saw it too, with the onda-remboursement.info link. It looked dodgy, so I didn't fill anything in.
# comment: p7
# as: fan
# after: 3m
If in doubt: anyone who typed their bank card into that should call their bank right now and have the card blocked.
* [Good evening Josiane, no: Onda never asks for bank details through a link or a message. That message was a scam. Anyone who entered their card details should call their bank straight away to have the card stopped. #post: p7 #action: reply #tone: empathetic #judgement: best #intents: correct, explain #why: A clear public answer, with the step that protects anyone who was caught: every reader of the page benefits.]
  ~ heat -= 1
  -> margot_follow
* [Reply to Josiane privately that it is a scam. #post: p7 #action: dm #tone: empathetic #judgement: good #intents: correct #why: Josiane and her neighbour are warned, but the other readers of the page, wondering the same thing, are not.]
  -> margot_follow
* [We invite you to rely only on our official communications. #post: p7 #action: reply #tone: neutral #judgement: poor #intents: explain #why: A cautious sentence that never says the word "scam" and never says what to do: Josiane's neighbour won't know she has to call her bank.]
  -> margot_follow
* [Good evening Josiane, we do not yet know whether a goodwill gesture will be offered for this outage. #post: p7 #action: reply #tone: neutral #judgement: bad #intents: explain #why: By not saying it's a scam, the reply suggests the refund might be real: more customers will fill in the form.]
  ~ heat += 2
  -> margot_follow
* [Ignore #post: p7 #action: ignore #judgement: bad #why: A simple question about a live scam, left unanswered: the doubt works for the fraudsters all night.]
  ~ heat += 1
  -> margot_follow

=== margot_follow ===
{
- margot == 1:
  -> margot_thanks
- margot == 2:
  -> margot_asks
- else:
  -> camille_post
}

=== margot_thanks ===
# post: p8
# from: margot
# on: dm
# after: 5m
# kind: praise
# mood: happy
# facts: product=landline
# deadline: 30m
# hint: A reassured person thanking you. What should you say, without promising anything you don't know?
The gentleman from your company called me on the tablet, he was very kind. My husband is asleep. I feel less alone. Thank you very much.
* [Thank you, Mrs Vidal. We are glad you feel less alone. Keep the tablet close by: the adviser stays reachable all night, and we will let you know as soon as your line is working. #post: p8 #action: dm #tone: empathetic #judgement: best #intents: thank, explain #why: A warm word, a concrete reminder of what stays in place, and no promised time: she can go back to sleep reassured.]
  -> restored
* [Pass her message on to the on-call manager for the adviser who called her. #post: p8 #action: escalate #to: management #judgement: good #intents: escalate #why: The adviser will be glad to hear it, but Margot was waiting for a word back, here.]
  -> restored
* [Thank you, Mrs Vidal! Your line will be back within the hour, so there's no need to worry any more. #post: p8 #action: dm #tone: empathetic #judgement: poor #breaks: no-promise #intents: promise #why: Reassuring, but invented: if the line isn't back within the hour, you will have lied to a vulnerable person.]
  ~ promised = true
  -> restored
* [Ignore #post: p8 #action: ignore #judgement: poor #why: Nothing urgent, but a lady thanking you in the middle of the night deserves an answer.]
  -> restored

=== margot_asks ===
# post: p8
# from: margot
# on: dm
# after: 5m
# kind: question
# mood: worried
# facts: product=landline
# subject: outage
# deadline: 15m
# hint: Margot followed your advice, but she is still alone with her worry. Is there still time to do more?
Thank you for the advice. I knocked on my neighbour's door, and she is keeping her mobile switched on for us. But when will the line come back? My husband isn't sleeping, he is having trouble breathing.
* [Hand over to the on-call manager as an emergency: elderly customer with no mobile, husband with a heart condition now having trouble breathing, landline cut. And reply to her: if her husband is having trouble breathing, her neighbour must call 112 now, without waiting; someone from Onda will contact her within minutes. #post: p8 #action: escalate #to: management #judgement: best #intents: escalate, explain #why: A worsening symptom changes everything: the instruction becomes "call now", and the on-call manager must finally know that a vulnerable customer has no way of calling.]
  ~ margot = 6
  -> restored
* [We don't have a restoration time yet, Mrs Vidal. Our teams are doing everything they can. #post: p8 #action: dm #tone: empathetic #judgement: poor #intents: explain #why: Honest about the time, but she has just written that her husband is struggling to breathe: the only answer that matters, "have 112 called now", is missing.]
  -> restored
* [Your line will be back in less than an hour, don't worry. #post: p8 #action: dm #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: An invented promise, made to someone who might decide to wait for the line instead of calling for help.]
  ~ promised = true
  -> restored
* [Ignore #post: p8 #action: ignore #judgement: bad #why: She reports a worsening condition and gets no answer: the one message that must not be missed.]
  ~ margot = 5
  -> restored

=== camille_post ===
# post: p8
# from: camille
# on: microblog
# after: 5m
# kind: complaint
# mood: furious
# facts: product=landline
# subject: service
# deadline: 15m
# hint: The worst was only just avoided, and everyone is reading about it. How do you own the mistake without justifying yourself or passing the buck?
My grandmother wrote to @OndaMobile at 1:50 am: no landline, no mobile, my grandfather with a heart condition. {margot == 3:She was told someone would call her back "tomorrow morning".|{margot == 4:She was sent a template.|No answer.}} He collapsed at 2:30, and it was the neighbour who called the ambulance. He's OK. But seriously, what about you? \#OndaDown
* [Camille, we are deeply sorry. Your grandmother should have been told straight away to call 112 from a mobile and been given help by our on-call team, and that did not happen. We are relieved your grandfather is all right. Our on-call manager would like to call your grandmother: could you send us a private message? #post: p8 #action: reply #tone: empathetic #judgement: best #intents: apologise, move-to-dm #why: Owning the mistake plainly, without procedural excuses, being genuinely relieved he's all right, and offering a human gesture: that's all that can still be done right.]
  ~ heat -= 1
  -> restored
* [Hand over to the on-call manager so that she contacts the family. #post: p8 #action: escalate #to: management #judgement: good #intents: escalate #why: Management has to know, but the post is being shared without any answer from Onda, which confirms exactly what it says.]
  -> restored
* [Hello, your grandmother received a reply within our usual response times. We remain at your disposal. #post: p8 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Citing response times to a family who nearly lost someone: the most shared line of the night, and the least defensible.]
  ~ heat += 3
  -> restored
* [Ignore #post: p8 #action: ignore #judgement: bad #why: Silence under this post is public confirmation of everything it says.]
  ~ heat += 2
  -> restored

=== restored ===
# memo: management
# after: 4m
3:20 am: home phone service is restored. The cause is being analysed, nothing in public about it. You can announce the restoration.{bomb == 1: And on Part-Dieu: the police have identified the author of the threat, a hoax. Thank you for passing it on without replying.}
{ (malik == 1 || malik == 2) && heat <= 4:
  -> malik_calm
- else:
  -> malik_angry
}

=== malik_calm ===
# post: p9
# from: malik
# on: microblog
# in: p1
# after: 3m
# kind: praise
# mood: neutral
# facts: product=landline
# deadline: 30m
# hint: A critic who acknowledges your efforts without withdrawing his criticism. How do you answer without crowing or justifying yourself?
Dial tone back at my mum's at 3:20. I still say it's not normal for a landline to fail like that, but you did answer, and with the right advice about 112. Respect to the night team.
* [Thank you, Malik. You're right, a landline outage is not acceptable, and we are looking into what happened. We're glad your mother has her line back. Have a good rest of the night. #post: p9 #action: reply #tone: empathetic #judgement: best #intents: thank, explain #why: Thanking him, agreeing with him on the substance and confirming the restoration, without self-congratulation: the criticism becomes a respectful conversation.]
  ~ heat -= 1
  -> ending
* [Like Malik's reply. #post: p9 #action: like #judgement: good #intents: thank #why: The like shows you read it; a word acknowledging he was right on the substance would have closed the thread better.]
  -> ending
* [Thanks Malik! Goes to show, at Onda we never give up 💪 #post: p9 #action: reply #tone: neutral #judgement: poor #intents: thank #why: A triumphant slogan in reply to someone who has just written "it's not normal": turning a truce into self-promotion.]
  ~ heat += 1
  -> ending
* [Ignore #post: p9 #action: ignore #judgement: poor #why: A critic publicly acknowledging your efforts, with no reply: an outstretched hand left hanging.]
  -> ending

=== malik_angry ===
# post: p9
# from: malik
# on: microblog
# in: p1
# after: 3m
# kind: complaint
# mood: angry
# facts: product=landline; delay=two hours
# subject: outage
# deadline: 15m
# hint: The service is back, the anger isn't. What can you say now, and what must you acknowledge?
Dial tone back at 3:20. Two hours without being able to call the emergency services, and {malik == 4:a promised restoration time that meant nothing|{malik == 3:a template for an answer|not one useful word}} from @OndaMobile. We'll settle this tomorrow. \#OndaDown
* [Malik, you are right: tonight our replies were not good enough, and we are sorry. Home phone service has been restored since 3:20 am and the cause is being analysed; we will report on it. If your mother has the slightest problem, please send us a private message. #post: p9 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, move-to-dm #why: Owning what fell short, giving the approved information and staying available: without excuses, it's the only reply that can be heard.]
  ~ heat -= 1
  -> ending
* [Message Malik privately to apologise and confirm the restoration. #post: p9 #action: dm #tone: empathetic #judgement: good #intents: apologise, explain #why: Malik gets an apology, but his post, read thousands of times, has no public answer.]
  -> ending
* [Hello, unfortunately an outage can affect any network. Service has been restored. #post: p9 #action: reply #tone: defensive #judgement: poor #intents: explain #why: Playing down a night without access to the emergency services confirms everything Malik is complaining about.]
  ~ heat += 1
  -> ending
* [Ignore #post: p9 #action: ignore #judgement: bad #why: The last word of the night goes to anger, and everyone who missed it will pick it up in the morning.]
  ~ heat += 2
  -> ending

=== ending ===
{
- (margot >= 3 && margot <= 5) || bomb >= 4 || leaked || heat >= 8:
  -> end_crisis
- margot == 1 && margot_rank <= 1 && bomb == 1 && spam <= 2 && not promised && heat <= 3:
  -> end_held
- else:
  -> end_rough
}

=== end_held ===
# end: night-held
# after: 2m
6 am, the morning shift arrives. You dealt first with what could cost a life: Mrs Vidal had the instruction and someone to talk to within minutes, the threat against Part-Dieu went to the police with its evidence, and the fake refund disappeared along with its accounts. In public, the approved line and the 112 instruction travelled faster than the anger, without a single promised time. {press == 1:The Rhône Matin piece carries Onda's statement and 112 in bold. }The on-call manager writes in her report: "Priorities held, from start to finish."
-> END

=== end_rough ===
# end: rough-night
# after: 2m
6 am, the morning shift arrives, and the night has left its mark. {margot == 1 && margot_rank >= 2:Mrs Vidal got help, but only after a viral post and a threat: on a night like this, she came first. |}{margot == 2:Mrs Vidal got the right instruction, but nobody at Onda knew she was alone and without a phone. |}{margot == 6:Mrs Vidal was only reported to the on-call manager once her husband's condition got worse: it should have happened with her very first message. |}{bomb == 2 || bomb == 3:The threat against Part-Dieu was taken down without being passed on: the police heard about it from others. |}{spam >= 3:The fake refund stayed online long enough to catch customers out. |}{promised:Restoration times were promised that nobody could guarantee. |}Nobody was put in danger by your replies, but the debrief shows where the order of priorities slipped.
-> END

=== end_crisis ===
# end: night-of-crisis
# after: 2m
The night got away from you. {margot >= 3 && margot <= 5:An elderly customer who could no longer call the emergency services did not get the help she asked for, and her story is all over social media by morning. |}{bomb >= 4:A bomb threat stayed up under your page, commented on, without anyone at Onda alerting the police. |}{leaked:Unconfirmed figures and a cause are circulating as Onda's official version. |}{heat >= 8:The \#OndaDown hashtag snowballed all night. |}Management takes over at dawn and prepares a public statement. Your on-call shift ends there, pending a review.
-> END

// An inject: a teacher running a live class may send it to every student at once (docs/authoring.md, "Injects").
// It runs beside the story, which stays where it is: notes and posts only, no choices.
=== inject_tv ===
# inject: A news channel picks up the outage
# memo: management
Heads-up: a 24-hour news channel has just put the outage on its ticker, with a screenshot of Malik's post. Expect many more messages in the next few minutes. Nothing changes in what we say: the approved line, no restoration time, and anything about safety comes to me first.
-> DONE
