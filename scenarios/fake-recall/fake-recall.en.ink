// Frontline — fake-recall (English)
// A fake listeria recall screenshot spreads on a Saturday morning: verify, prove, don't amplify, be gentle, keep the press office in.
// Same structure as fake-recall.fr.ink: same knots, choices and tags (only `why` and `hint` differ).

VAR trust = 0          // trust of customers and the public
VAR heat = 0           // spread of and anger around the rumour
VAR verify = 0         // p1: 1 holding reply + verification, 2 verification only, 3 denial before checking, 4 accusing DM, 5 ignored
VAR fact_out = false   // the facts and the proof were published where the rumour circulates
VAR nathalie = 0       // p4: 1 facts in public, 2 denial in capitals, 3 threat, 4 DM, 5 ignored
VAR press = 0          // p5: 1 press office, 2 direct answer, 3 confidences, 4 no comment, 5 ignored
VAR label = false      // the fake image was reported to the platform for labelling
VAR amplified = false  // the brand gave the rumour a bigger audience
VAR threatened = false // the brand threatened someone with legal action
VAR blamed = false     // the brand accused someone acting in good faith
VAR leaked = false     // internal information or speculation disclosed
VAR promised = false   // an unapproved public commitment
VAR p2_done = false
VAR p3_done = false
VAR p5_done = false
VAR p6_done = false
VAR p7_done = false
VAR p8_done = false
// Variants (manifest, "variants"): each run draws its values; these are the scenario's as written.
VAR product = "sandwich loaf"
VAR paper = "Courrier de l'Estuaire"
VAR batch = "PM-2291"
VAR bruno_wait = "5m" // when Bruno's post arrives
VAR nathalie_first = "Nathalie"
VAR nathalie_handle = "@nath_gourdon"
VAR bruno_first = "Bruno"
VAR bruno_handle = "@bruno_lestang"
VAR erwan_first = "Erwan"
VAR erwan_name = "Erwan Le Du"

-> intro

=== intro ===
Saturday, 7:10 am. The shops are opening and the queues are growing. On your on-call phone, the listening tool is going wild: a screenshot has been circulating since dawn. It mimics a notice from the government's official product-recall site: red banner, "Recall: Le Fournil des Quatre Vents {product}, 500 g, batch {batch}: presence of Listeria monocytogenes". Already 340 shares.
# memo: manager
You're on call this weekend. Reachable by phone: Katell in quality, Hélène in press, and legal for emergencies. Charter reminder: nothing about product safety without quality, journalists go to Hélène, and we never go after the people sharing. Good luck.
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
# hint: A health alert, a worried mother, and you don't know anything yet. What has to happen before you assert anything? Reread the escalation route to quality.
⚠️ PLEASE SHARE ⚠️ Product recall on @FournilQuatreVents {product}: listeria 😱 {~My daughter had some for her after-school snack last night…|My daughter ate some after school yesterday…} Does anyone know how serious this is??
* [{~Hello {nathalie_first}, we have seen your message and we understand your concern. We are checking with our quality team right now and will come back to you here very shortly. If your daughter feels unwell, please do not wait for our answer: call your doctor.|Hello {nathalie_first}, thank you for letting us know; we understand why you are worried. We are having our quality team check this right now and will reply here as soon as we can. In the meantime, if your daughter feels unwell, call your doctor without waiting for our answer.} #post: p1 #action: reply #tone: empathetic #judgement: best #intents: explain, escalate #why: A human holding reply that neither confirms nor denies before you know, puts the child's health first and starts the check: the mother feels taken seriously.]
  ~ verify = 1
  ~ trust += 2
  -> quality
* [Alert the on-call quality lead with the screenshot: is there a recall, a complaint, does this batch number exist? Publish nothing until she answers. #post: p1 #action: escalate #to: product #judgement: good #intents: escalate #why: Checking first is the right reflex; but a mother worried about her daughter gets not a word while the screenshot keeps spreading.]
  ~ verify = 2
  -> quality
* [Hello, there is no recall on any of our products: this screenshot is fake. Please do not share it. #post: p1 #action: reply #tone: defensive #judgement: bad #breaks: no-promise #intents: correct, refuse #why: You may well be right, but you don't know yet: asserting a product is safe without quality is betting the brand's credibility on a hunch.]
  ~ verify = 3
  ~ trust -= 1
  ~ heat += 1
  -> quality
* [Message {nathalie_first} privately: "You are spreading false information that is damaging our business. Please delete your post." #post: p1 #action: dm #tone: aggressive #judgement: bad #breaks: no-blame, no-aggression #intents: refuse #why: Accusing a mother worried about her daughter, without having checked anything: a screenshot of this private message will do more damage than the rumour itself.]
  ~ verify = 4
  ~ blamed = true
  ~ trust -= 2
  ~ heat += 2
  -> quality
* [Ignore #post: p1 #action: ignore #judgement: bad #why: Thirty minutes without a reaction to a health alert: the brand's silence looks like an admission, and the shares double.]
  ~ verify = 5
  ~ trust -= 1
  ~ heat += 2
  -> quality

=== quality ===
{
- verify == 1 || verify == 2:
  # memo: product
  # after: 8m
  Katell, on-call quality. Checked: no recall in progress, not on the {product} or any other product. The official recall list, which anyone can look up, doesn't mention the Fournil. Batch {batch} doesn't exist: our batch codes are FQV followed by the date. No customer complaints, this week's in-house checks all fine. You can say so publicly, with the link to the official list. No details of our testing.
- else:
  # memo: product
  # after: 20m
  Katell, on-call quality. I heard about this from the switchboard, not from you. Checked: no recall in progress, not on the {product} or any other product. The official recall list, which anyone can look up, doesn't mention the Fournil. Batch {batch} doesn't exist: our batch codes are FQV followed by the date. No customer complaints. You can say so publicly, with the link. {verify == 3 || verify == 4: And you denied it before calling me? This time it was fake, but the day it's real… We check first, always.}
}
-> pile_on

=== pile_on ===
{shuffle:
- -> bruno_post -> melanie_post ->
- -> melanie_post -> bruno_post ->
}
- (open)
* {not p2_done} [{~Hello {bruno_first}, there is no recall on any of our products: you can check for yourself on the official recall list, where the Fournil does not appear. The screenshot going round is not genuine. We understand it is worrying, which is why we prefer to say so clearly.|Hello {bruno_first}, none of our products is subject to a recall: the official recall list, which anyone can look up, does not mention the Fournil. The screenshot going round is fake. We understand it may be worrying, hence this clarification.} #post: p2 #action: reply #tone: neutral #judgement: best #intents: correct, explain #why: Facts, proof anyone can look up and no dig: people reading his post have the correction in front of them, and he has nothing to grab on to.]
  ~ p2_done = true
  ~ fact_out = true
  ~ trust += 1
  ~ heat -= 1
  -> open
* {not p2_done} [You pass on any old rubbish without checking, as usual. This recall is FAKE. #post: p2 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression, no-shouting #intents: correct #why: A personal attack in capitals: the critic has his story, "the Fournil insults people who ask questions", and the rumour gets a second wind.]
  ~ p2_done = true
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not p2_done} [Block {bruno_handle}. #post: p2 #action: ban #judgement: poor #why: Blocking him removes nothing from his post: it keeps circulating, now with "they blocked me" in the comments.]
  ~ p2_done = true
  ~ heat += 1
  -> open
* {not p2_done} [Pass {bruno_first}'s post to legal as defamation. #post: p2 #action: escalate #to: legal #judgement: poor #intents: escalate #why: A private individual passing on a rumour isn't a legal case: while the file goes off, his 2,300 followers read the fake alert with no correction.]
  ~ p2_done = true
  -> open
* {not p2_done} [Ignore #post: p2 #action: ignore #judgement: poor #why: A call for a boycott stays uncorrected in front of 2,300 followers, when one calm, factual reply would have done.]
  ~ p2_done = true
  ~ heat += 1
  -> open
* {not p3_done} [{~Thank you for your trust, Mélanie 🙏 But {nathalie_first} had every reason to be worried: the screenshot imitates a real recall notice, and she was thinking of her daughter. What matters is that the right information gets around, without anyone being called names.|Thank you for your support, Mélanie 🙏 But {nathalie_first} did nothing wrong: the screenshot looks exactly like a real recall notice, and she was worried about her daughter. What matters is that the right information gets around, without anyone being insulted.} #post: p3 #action: reply #tone: empathetic #judgement: best #intents: thank, correct #why: The fan is thanked without her insult being endorsed, and the worried mother is publicly defended by the very brand she suspected.]
  ~ p3_done = true
  ~ trust += 1
  -> open
* {not p3_done} [Like Mélanie's reply. #post: p3 #action: like #judgement: bad #why: A like from the brand under "you'd have to be an idiot": as far as everyone following the thread is concerned, it's the brand calling the mother an idiot.]
  ~ p3_done = true
  ~ blamed = true
  ~ trust -= 1
  ~ heat += 1
  -> open
* {not p3_done} [Thank you, Mélanie 😊 #post: p3 #action: reply #tone: empathetic #judgement: poor #intents: thank #why: Thanking her without a word about her tone suggests the brand approves of an insult aimed at a worried customer.]
  ~ p3_done = true
  ~ heat += 1
  -> open
* {not p3_done} [Ignore #post: p3 #action: ignore #judgement: poor #why: The insult stays under the mother's post with no word from the brand: you can't moderate that thread, but you could have spoken up.]
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
# hint: He has 2,300 followers and his mind made up. An answer in proportion: facts, the proof, the charter's tone.
Listeria in the Fournil des Quatre Vents {product}. {~That's what you get from chains playing at craft bakers with factory bread 🤢|Pose as craft bakers, sell factory bread, and this is the result 🤢} Boycott. \#recall \#listeria
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
# hint: A fan is defending you by insulting a worried mother. You can't moderate this thread, but you can say where the brand stands.
{nathalie_handle} you'd have to be an idiot to believe a screenshot like that 🙄 Stop sharing any old rubbish, the Fournil is the best bakery around.
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
  # hint: You now have quality's answer. What really reassures: your word, or proof anyone can look up?
  {~Thanks for answering so quickly.|Thanks for the quick reply.} So, is it true or not? My daughter's fine for now, but I'm keeping an eye on her.
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
  # hint: Your first denial came too fast to be believed. What will make it credible now?
  The Fournil says it's fake… but how can they be sure within five minutes at 7 am on a Saturday? Did they actually check, or are they just covering themselves?
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
  # hint: The rumour may be false, but your private message was very real. Where do you start?
  @FournilQuatreVents sent me a DM ordering me to delete my post! Is that how you treat a mother worried about her daughter?? Screenshot ⬇
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
  # hint: You now have quality's answer. What really reassures: your word, or proof anyone can look up?
  Still no answer from @FournilQuatreVents? My daughter's fine for now but I'm keeping an eye on her… Can you tell us whether it's true??
}
* [{~{nathalie_first}, {verify == 4:first, we apologise for our private message, it was uncalled for. Second, |}good news: there is no recall on any of our products. Our quality team checked this morning, and you can see for yourself on the official recall list, where the Fournil does not appear. The screenshot is not genuine: that batch number does not exist. You were right to worry about your daughter; it looked real. If you would like, you could add this to your post; thank you in advance.|{nathalie_first}, {verify == 4:first, we apologise for our private message, it was uncalled for. Second, |}we have the answer: no recall concerns any of our products. Our quality team checked everything this morning, and the official recall list, which anyone can look up, does not mention the Fournil. The screenshot is fake: batch {batch} does not exist. You were right to worry about your daughter; the document looked genuine. If you are willing, a short update to your post would help everyone who shared it; thank you.} #post: p4 #action: reply #tone: empathetic #judgement: best #intents: apologise, correct, explain, thank #why: Checkable proof lands under the original post, where everyone who shared it will look, in words that make nobody feel guilty: the rumour loses its source.]
  ~ nathalie = 1
  ~ fact_out = true
  ~ trust += 2
  ~ heat -= 2
  -> press_and_relay
* [⚠️ FAKE: NO RECALL, NO LISTERIA AT THE FOURNIL!!! STOP SHARING THIS FAKE NEWS!!! #post: p4 #action: reply #tone: defensive #judgement: bad #breaks: no-shouting #intents: correct #why: A shouted denial that puts "listeria" and "Fournil" in the same sentence: this is the reply people will share, and the rumour with it.]
  ~ nathalie = 2
  ~ amplified = true
  ~ heat += 2
  -> press_and_relay
* [Madam, you have passed on false information that seriously harms our forty shops. We reserve the right to take legal action. #post: p4 #action: reply #tone: aggressive #judgement: bad #breaks: no-blame, no-aggression #intents: refuse #why: Publicly threatening a mother acting in good faith: the story is no longer fake listeria, it's "the Fournil threatens a mum".]
  ~ nathalie = 3
  ~ threatened = true
  ~ blamed = true
  ~ trust -= 2
  ~ heat += 3
  -> press_and_relay
* [Message her privately to reassure her, with the link to the official recall list. #post: p4 #action: dm #tone: empathetic #judgement: good #intents: correct, explain #why: The mother is reassured, but her public post stays uncorrected for the hundreds of people who shared it.]
  ~ nathalie = 4
  ~ trust += 1
  -> press_and_relay
* [Ignore #post: p4 #action: ignore #judgement: bad #why: You have quality's answer and you don't pass it on: the mother waits, and the shares keep coming.]
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
* {not p5_done} [{~Pass it straight to Hélène, on call for press, with quality's memo and the 9 am deadline, and tell {erwan_first} the press office will be in touch with him this morning.|Hand the request to Hélène, on call for press, with quality's memo and the journalist's 9 am deadline, and let {erwan_first} know the press office will call him before his brief goes online.} #post: p5 #action: escalate #to: press #judgement: best #intents: escalate #why: The journalist gets an official contact before his deadline, the press office has the verified facts in hand, and the statement that gets quoted is the company's, not an on-call community manager's.]
  ~ p5_done = true
  ~ press = 1
  ~ trust += 1
  -> open
* {not p5_done} [Hello {erwan_first}, there is no recall on any of our products: you can check the official recall list. The screenshot going round is fake. #post: p5 #action: dm #tone: neutral #judgement: good #intents: correct #why: The facts are right and on time, but the press office will discover your message quoted in the article: journalists are Hélène's job.]
  ~ p5_done = true
  ~ press = 2
  -> open
* {not p5_done} [Between us, we think a former employee made the fake, and legal is looking at pressing charges. #post: p5 #action: dm #tone: neutral #judgement: bad #breaks: no-confidential #intents: explain #why: An accusation with no proof and a possible lawsuit, handed to a journalist: that's the headline of his brief, and a new front for the brand.]
  ~ p5_done = true
  ~ press = 3
  ~ leaked = true
  ~ heat += 1
  -> open
* {not p5_done} [No comment. #post: p5 #action: dm #tone: defensive #judgement: bad #intents: refuse #why: With a fake alert, "the Fournil declined to comment" is the worst possible line: it reads like an admission.]
  ~ p5_done = true
  ~ press = 4
  ~ heat += 2
  -> open
* {not p5_done} [Ignore #post: p5 #action: ignore #judgement: bad #why: At 9, the brief goes out with "the company did not respond to our requests", and the fake recall becomes news.]
  ~ p5_done = true
  ~ press = 5
  ~ heat += 2
  -> open
* {not p6_done} [{~Ask legal to report the post to the platform as misleading information (a doctored official notice), with proof: the official recall list and quality's memo.|Hand the post to legal so they report it to the platform as a fake official document, with the evidence: the official recall list and quality's memo.} #post: p6 #action: escalate #to: legal #judgement: best #intents: escalate #why: A documented report lets the platform label the fake image on every share, including the ones you'll never see: the only correction that travels as far as the rumour.]
  ~ p6_done = true
  ~ label = true
  ~ heat -= 2
  -> open
* {not p6_done} [Hello, this image is not genuine: no recall concerns our products, as the official recall list shows. Could you please correct or remove your post? Thank you. #post: p6 #action: reply #tone: neutral #judgement: good #intents: correct, explain #why: A fair, courteous correction, but it stays under one post, when the image has already been copied hundreds of times elsewhere.]
  ~ p6_done = true
  ~ fact_out = true
  ~ heat -= 1
  -> open
* {not p6_done} [Passing on a fake health alert without checking is irresponsible. Our lawyers have been informed. #post: p6 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: refuse #why: A public threat against an account followed by 15,000 people: it will post your reply, and everyone will talk about that more than the denial.]
  ~ p6_done = true
  ~ threatened = true
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not p6_done} [Message the account's admin privately and ask them to delete the post. #post: p6 #action: dm #tone: neutral #judgement: poor #intents: correct #why: A swamped volunteer may read your message tonight; by then the image will have gone all round the region.]
  ~ p6_done = true
  -> open
* {not p6_done} [Ignore #post: p6 #action: ignore #judgement: bad #why: 15,000 followers, a "Please share" in capitals, and nothing done on your side: this is the account that carries the rumour across the region.]
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
# hint: A journalist filing at 9. Reread the escalation routes: who talks to the press, and what should you hand over?
Hello, {erwan_name}, Le {paper}. I'm seeing a listeria recall notice for your {product} going round. Can you confirm or deny it? I'm putting a news brief online at 9.
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
# hint: 15,000 followers, and every share carries the fake image. Who can put a warning on every copy at once?
⚠️ PRODUCT RECALL — @FournilQuatreVents {product}, batch {batch}: presence of Listeria monocytogenes. {~Do not eat, return to store.|Do not eat, return to store for a refund.} Please share.
->->

=== press_memo ===
{
- press == 1:
  # memo: press
  # after: 8m
  Hélène, press. Thanks, I've spoken to {erwan_first}. His brief will say: "A fake recall notice targets Le Fournil des Quatre Vents; no recall exists, the company confirms, citing the official list." We keep it low-key: no press release unless it grows.
- press == 2:
  # memo: press
  # after: 8m
  Hélène, press. {erwan_first} is quoting your DM as "the Fournil's response". The substance is right, thank goodness. But journalists come to me, even on a Saturday: tell me from the very first message.
- press == 3:
  # memo: press
  # after: 8m
  Hélène, press. "Former employee suspected": that's {erwan_first}'s headline, because of your message. We have no evidence of that at all. Legal is furious, and the rumour now has a second episode.
- else:
  # memo: press
  # after: 8m
  Hélène, press. {erwan_first} has published: "Listeria in the Fournil's {product}? The company does not deny it." I'm calling him to correct it, but it's online. Why wasn't I told?
}
-> pressure

=== pressure ===
{shuffle:
- -> yvon_review -> gaelle_dm ->
- -> gaelle_dm -> yvon_review ->
}
- (open)
* {not p7_done} [{~May I suggest something else: a sponsored post would show the rumour to tens of thousands of people who have never seen it. We answer where it is circulating, with the proof, we get the platform to label the image, and we put a short Q&A on the website, approved by Hélène. If the rumour grows, the press office can publish a sober statement that repeats neither the word "listeria" nor the product's name.|I would advise against the sponsored post: it would show the rumour to tens of thousands of people who have never seen it. It is better to answer where it is circulating, with the proof, have the platform label the fake image and put a short Q&A on the website, approved by Hélène. If the rumour grows, the press office can issue a sober statement, without the word "listeria" or the product's name.} #post: p7 #action: dm #tone: empathetic #judgement: best #intents: refuse, explain #why: Reasoned advice to management, with a concrete alternative and the press office kept in the loop: you don't give a rumour the audience it doesn't yet have.]
  ~ p7_done = true
  ~ trust += 1
  -> open
* {not p7_done} [All right, I'll publish it in capitals on all the accounts right away and start the sponsorship. #post: p7 #action: dm #tone: neutral #judgement: bad #breaks: no-shouting #intents: promise #why: A sponsored denial in capitals introduces "the Fournil's listeria" to tens of thousands of people who had never heard of it.]
  ~ p7_done = true
  ~ amplified = true
  ~ heat += 2
  -> open
* {not p7_done} [Pass the request to Hélène in the press office so she can discuss it with the CEO. #post: p7 #action: escalate #to: press #judgement: good #intents: escalate #why: Press is the right channel to the CEO, but your view from the front line, which would have carried weight, isn't given.]
  ~ p7_done = true
  -> open
* {not p7_done} [Yes, but without sponsoring it: just the pinned post on all our accounts. #post: p7 #action: dm #tone: neutral #judgement: poor #intents: explain #why: Cheaper, but the problem remains: a pinned denial shows the rumour to all the Fournil's followers, most of whom hadn't seen it.]
  ~ p7_done = true
  ~ amplified = true
  ~ heat += 1
  -> open
* {not p7_done} [Ignore #post: p7 #action: ignore #judgement: bad #why: With no one advising against it, the CEO has his red denial published: the rumour now has the biggest audience of the day.]
  ~ p7_done = true
  ~ amplified = true
  ~ heat += 2
  -> open
* {not p8_done} [{~Hello, we understand this alert worried you. There is, however, no recall on any of our products: you can check the official recall list, where the Fournil does not appear. The notice going round is fake. If something you bought from us concerns you, please send us a private message and we will look into it with you.|Hello, we understand why this alert worried you. However, none of our products is being recalled: the official recall list, which anyone can look up, does not mention the Fournil. The notice going round is fake. If a product you bought from us worries you, send us a private message and we will look at it together.} #post: p8 #action: reply #tone: empathetic #judgement: best #intents: correct, explain, move-to-dm #why: Every future reader of the review finds the correction and the proof right underneath, in a tone that doesn't reproach Yvon for anything.]
  ~ p8_done = true
  ~ fact_out = true
  ~ trust += 1
  -> open
* {not p8_done} [Report the review to the platform and ask for its removal, since it is not based on any customer experience, without replying. #post: p8 #action: delete #judgement: good #why: A legitimate step, but removal takes days: meanwhile the review asserts contamination with no answer underneath.]
  ~ p8_done = true
  -> open
* {not p8_done} [Sir, you are clearly not a customer and you are passing on false information. Your review will be reported. #post: p8 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: The accusing tone tells readers there's a conflict, and Yvon, who believed an alert, feels called a liar.]
  ~ p8_done = true
  ~ blamed = true
  ~ heat += 1
  -> open
* {not p8_done} [Ignore #post: p8 #action: ignore #judgement: poor #why: One star and the word "listeria" at the top of the page, unanswered: that's what customers looking up your opening hours this weekend will see.]
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
# hint: Management wants to hit back hard. How many people have never seen the rumour, and what would they see?
The CEO has seen the rumour. He wants a big pinned post on all our accounts, "DENIAL: NO LISTERIA AT THE FOURNIL" in red, and he wants it sponsored so it reaches everyone. {~Shall I tell him yes?|Shall we go ahead?}
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
# hint: A review based on the rumour, not on an experience. Answer it or get it removed: which better protects future readers?
Official recall: listeria in the {product}. We won't be setting foot in your shops again.
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
# hint: She's correcting it herself and apologising. Should the morning's last reply have the last word, or make her proud she did it?
{~Update: it was fake.|UPDATE: false alarm.} The Fournil {nathalie == 4: messaged me privately|replied to me} with the link to the official recall list, which anyone can check. Sorry for sharing it, I was scared for my daughter 🙏 I'm leaving the post up with the correction for everyone who shared it.
* [{~Thank you, {nathalie_first}, there is no need to apologise: you wanted to protect your family, and by correcting your post you are helping everyone who shared it. Have a lovely Saturday, you and your daughter 🥖|Please do not apologise, {nathalie_first}: you were thinking of your daughter, and your update helps everyone who had shared the alert. Thank you, and have a lovely Saturday with your family 🥖} #post: p9 #action: reply #tone: empathetic #judgement: best #intents: thank #why: The person who passed on the rumour becomes the one who corrects it, and the brand thanks her without a hint of a lecture: the strongest possible ending to a false alert.]
  ~ trust += 1
  -> ending
* [Like {nathalie_first}'s update. #post: p9 #action: like #judgement: good #why: The like shows you saw it; a word would have lifted her guilt in front of everyone who follows her.]
  -> ending
* [Thank you for acknowledging your mistake. In future, please check before sharing. #post: p9 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: thank #why: Lecturing someone who has just corrected herself in public: she'll regret doing the right thing, and others won't do it at all.]
  ~ blamed = true
  ~ trust -= 1
  ~ heat += 1
  -> ending
* [Thank you, {nathalie_first}! To make up for the scare: 20% off the {product} this weekend with the code NOLISTERIA 😉 #post: p9 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: thank, promise #why: An unapproved promotion, and a code that welds "listeria" to the Fournil's name for good: the joke becomes the new screenshot doing the rounds.]
  ~ promised = true
  ~ amplified = true
  -> ending
* [Ignore #post: p9 #action: ignore #judgement: poor #why: She did the one thing that ends the rumour, and the brand says nothing: a chance to close the story warmly is lost.]
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
# hint: She had never heard of the rumour before your denial. What should you tell her, and above all in what tone?
I'd never heard anything about this listeria business until I saw the Fournil shouting "DENIAL" everywhere 😅 So… is it true or not? I was going to pick up the {product} at lunchtime.
* [{~Hello Sophie, no: there is no recall on any of our products, and you can check the official recall list, where the Fournil does not appear. A fake notice was going round this morning. Enjoy your lunch 🙂|Hello Sophie, rest assured: none of our products is being recalled, as the official recall list, which anyone can look up, shows. What was going round this morning was a fake notice. Enjoy your lunch 🙂} #post: p9 #action: reply #tone: empathetic #judgement: best #intents: correct, explain #why: A calm, factual, checkable answer makes up a little for the noise of the denial: Sophie gets her answer without anyone shouting louder.]
  ~ fact_out = true
  ~ trust += 1
  -> ending
* [NO!!! NO LISTERIA!!! IT'S FAKE NEWS!!! #post: p9 #action: reply #tone: defensive #judgement: bad #breaks: no-shouting #intents: correct #why: Shouting a second time what made the rumour famous in the first place: the brand's panic becomes the story.]
  ~ heat += 2
  -> ending
* [Reply to Sophie privately with the link to the official list. #post: p9 #action: dm #tone: empathetic #judgement: good #intents: correct #why: Sophie is reassured, but her public question, which others are asking too, stays without a visible answer.]
  -> ending
* [Ignore #post: p9 #action: ignore #judgement: bad #why: The denial created the question, and nobody answers it: the worst of both worlds.]
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
# hint: He's exaggerating, but he's leaning on a real slip from this morning. Owning the slip defuses more than disputing the rest.
This morning in a nutshell: a mum worries about her daughter, and @FournilQuatreVents {threatened: threatens to sue her|{blamed: treats her like a liar|leaves her without a real answer for hours}}. Listeria or not, we've seen how they treat their customers. \#boycott
* [{~You are right about one thing, {bruno_first}: {nathalie_first} deserved better from us this morning, and we apologise to her. On the substance, there is no recall on any of our products: the official recall list is there for anyone to check.|On one point, {bruno_first}, you are right: we should have treated {nathalie_first} better this morning, and we apologise to her. As for the rest, none of our products is being recalled: the official recall list is there for anyone to check.} #post: p9 #action: reply #tone: empathetic #judgement: best #intents: apologise, correct #why: Own the slip without arguing the rest, then give the proof again: the critic loses his best argument, and readers remember the apology rather than the row.]
  ~ trust += 1
  ~ heat -= 1
  -> ending
* [We have neither threatened nor insulted anyone. We set the record straight in the face of false information. #post: p9 #action: reply #tone: defensive #judgement: poor #intents: refuse #why: Justifying instead of owning it: anyone can reread the morning's messages, and the defence rings hollow.]
  ~ heat += 1
  -> ending
* [You have been spreading rumours about us for months. Your calls for a boycott fool nobody. #post: p9 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression, no-blame #intents: refuse #why: Settling scores in public with a critic: he now has proof of what he claims, written by the brand itself.]
  ~ trust -= 1
  ~ heat += 2
  -> ending
* [Ignore #post: p9 #action: ignore #judgement: poor #why: The critic's summary becomes the story of the day, for want of any other story from the brand.]
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
By noon, {label: the fake notice is only circulating under a warning label from the platform|the fake notice is still turning up here and there, but the threads it passed through carry your correction}. You checked before asserting, answered with proof anyone could look up, where the rumour was circulating, without giving it a bigger audience, and without ever going after the people who believed it. {press == 1: Thanks to the press office, {erwan_first}'s brief talks about a "fake recall notice". |}In the shops, the {product} is selling as it does every Saturday{nathalie == 1 || nathalie == 4:, and {nathalie_first} has left her post up, correction included, for everyone who shared it}.
-> END

=== end_lingering ===
# end: rumour-lingers
# after: 10m
The rumour is running out of steam, but slowly. {verify == 3 || verify == 4: Your first denial, issued before anything was checked, cast doubt on every one that followed. |}{not label: The fake image keeps circulating with no warning in groups you can't see. |}{press != 1: The press office found out too late to shape Le {paper}'s brief. |}{blamed: Someone acting in good faith felt accused by the brand, and is telling people about it. |}{leaked: A piece of speculation from your messages is now circulating alongside the rumour. |}For a few weeks, customers will ask at the counter whether "the listeria business" is sorted. With a fake alert, every step counts: verify, prove, don't amplify, be gentle, keep the press office informed.
-> END

=== end_streisand ===
# end: streisand-effect
# after: 10m
The denial made more noise than the rumour. Thousands of people who had never seen the fake notice discovered the words "listeria" and "Fournil" together, written by the brand itself. This weekend the {product} stays on the shelves in every shop, comments ask "so was it true, then?", and search engines now link the Fournil's name with contamination.{threatened: On top of that, screenshots of your threats are doing the rounds.} Faced with a rumour, you answer where it circulates, in proportion, with proof: a thunderous denial turns it into news.
-> END

=== end_bruised ===
# end: brand-vs-mum
# after: 10m
The recall was fake, but that's no longer the point. {threatened: Screenshots of your threats are travelling further than the fake notice, |Anger has taken over, }and the story the region remembers is of a brand that goes after people who worry. {press != 1: Le {paper}'s brief was written without the press office. |}Management takes over, legal has to calm things down, and it will take months for "the Fournil that threatens mums" to fade. Someone sharing a false alert is almost always acting in good faith: you correct the information, never the person.
-> END
