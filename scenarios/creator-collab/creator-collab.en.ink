// Frontline — creator-collab (English)
// A capsule sent to creators, free opinions, and every temptation to buy or bend them.
// Same structure as creator-collab.fr.ink: same knots, choices and tags (only `why` and `hint` differ).

VAR trust = 0          // trust of the community and the creators
VAR heat = 0           // suspicion of hidden ads, tension
VAR fair = 0           // opinions bought, bent or hidden
VAR maelle = 0         // 0 nothing, 1 kind DM, 2 public reminder, 3 cheered without disclosure, 4 legal, 5 no answer
VAR basti = 0          // 0 nothing, 1 thanked, 2 passed to product, 3 pressure on the score, 4 defensive, 5 no answer
VAR ryan = 0           // 0 nothing, 1 clear no, 2 press, 3 paid, 4 DM exposed, 5 no answer
VAR press = 0          // 0 nothing, 1 press office, 2 approved line, 3 figures given, 4 no comment, 5 ignored
VAR maelle_done = false // Maëlle's post handled (parallel posts)
VAR basti_done = false // Basti's review handled
VAR sofiane_done = false // Sofiane's accusation handled
VAR ines_done = false  // Inès's question handled
VAR ryan_done = false  // Ryan's request handled
VAR sofiane_ok = false // Sofiane got a transparent answer
// What changes from one run to the next (manifest.json, "variants"); these values are the text as written.
VAR capsule = "Strate"         // the capsule's name ("the Strate capsule", "the Strate hoodie")
VAR sneaker = "Menhir"         // the sneaker's name
VAR fee = "€4,000"             // what Ryan asks for a positive post
VAR ryan_wait = "3m" // when Ryan's DM arrives
VAR maelle_first = "Maëlle"
VAR maelle_name = "Maëlle Rousseau"
VAR maelle_handle = "@maelle.looks"
VAR ryan_first = "Ryan"
VAR clara_first = "Clara"
VAR clara_name = "Clara Bensaïd"

-> intro

=== intro ===
Tuesday, 11 am. The {capsule} capsule (hoodie, cargos and the {sneaker} sneaker) landed with eight creators on Monday.
# memo: manager
Quick reminder of the approach: no contract, no brief, no money. The note in the box says: "Talk about it if you want, however you want, or not at all. If you post, say it was a gift." Your job: follow the reactions, reply, and hold that line. If anyone asks, you can say we sent the capsule to some creators with no payment or brief and asked them to disclose the gift; nothing more about the programme.
# memo: legal
Useful reminder: a product gifted by a brand and shown online is commercial communication. The disclosure ("gifted", "gift from Kairn") is mandatory, and we're liable too. If a post leaves it out, we ask the creator to add it.
-> first_wave

=== first_wave ===
{shuffle:
- -> maelle_post -> basti_post ->
- -> basti_post -> maelle_post ->
}
- (open)
* {not maelle_done} [{~DM her: "So glad you love the {capsule} 🧡 Quick thing: since it was a gift, your post needs to say so, a 'gifted' or 'gift from Kairn' in the caption is enough. We ask the whole panel, it's the law. Thanks!"|DM her: "The {capsule} looks amazing on you 🧡 Just one thing: it was a gift, so your post needs to say so. A 'gifted' or 'gift from Kairn' in the caption and you're sorted. We ask the same of the whole panel, it's the law. Thanks!"} #post: p1 #action: dm #tone: empathetic #judgement: best #intents: thank, explain #why: In private, warmly and with the reason for the ask: the creator fixes it without losing face, and the brand stays on the right side of the rules without turning a slip into a case.]
  ~ maelle_done = true
  ~ maelle = 1
  ~ trust += 1
  -> open
* {not maelle_done} [{maelle_handle} thanks! But you forgot to say it was a gift, that's mandatory 😬 #post: p1 #action: reply #tone: neutral #judgement: poor #intents: correct #why: The request is legitimate, but making it in the comments in front of 46,000 followers calls a creator out for a slip: she'll fix it, and she'll remember.]
  ~ maelle_done = true
  ~ maelle = 2
  ~ heat += 1
  -> open
* {not maelle_done} [It looks so good on you 😍 Thanks {maelle_first}! #post: p1 #action: reply #tone: empathetic #judgement: bad #breaks: fair-play #intents: thank #why: The brand applauds under a post that hides the gift: that's endorsing undisclosed advertising the brand is jointly liable for.]
  ~ maelle_done = true
  ~ maelle = 3
  ~ fair += 1
  -> open
* {not maelle_done} [Pass it to legal so they contact {maelle_first} formally. #post: p1 #action: escalate #to: legal #judgement: poor #intents: escalate #why: A formal letter over a forgotten disclosure is out of proportion: a friendly message fixed it in two minutes, without cooling off a creator who genuinely loves the product.]
  ~ maelle_done = true
  ~ maelle = 4
  -> open
* {not maelle_done} [Ignore #post: p1 #action: ignore #judgement: bad #why: The post takes off with no disclosure: every share is undisclosed advertising Kairn is liable for, and someone will notice.]
  ~ maelle_done = true
  ~ maelle = 5
  -> open
* {not basti_done} [{~Thanks Basti for a straight-up review, just how we like them 🙏 The sole and the sizing are noted and passed to our product team; we'll come back to you and your followers with a proper answer.|Thanks Basti, an unfiltered review is exactly what we were hoping for 🙏 Sole and sizing: noted and sent to our product team, and we'll come back to you and your followers with a real answer.} #post: p2 #action: reply #tone: empathetic #judgement: best #intents: thank, escalate #why: Taking criticism in public, passing it up and only promising to come back with an answer: living proof that opinions aren't bought.]
  ~ basti_done = true
  ~ basti = 1
  ~ trust += 2
  -> open
* {not basti_done} [Pass the review to the product team without replying publicly. #post: p2 #action: escalate #to: product #judgement: good #intents: escalate #why: The feedback gets to the right place, but under the review the brand says nothing: anyone on the fence only has the 6/10.]
  ~ basti_done = true
  ~ basti = 2
  -> open
* {not basti_done} [DM him: "A 6/10 after we sent you the pair, that stings… Could you rethink the score, or cut the bit about the sole?" #post: p2 #action: dm #tone: neutral #judgement: bad #breaks: fair-play #intents: ask-details #why: Pressuring a reviewer whose whole reputation rests on "honest review": you're handing him the screenshot that will sink the entire programme.]
  ~ basti_done = true
  ~ basti = 3
  ~ fair += 1
  -> open
* {not basti_done} [The {sneaker}'s sole is natural rubber, so it's normal for it to wear in. And the sizing is standard. #post: p2 #action: reply #tone: defensive #judgement: poor #intents: correct #why: Contradicting a reviewer without checking, in a defensive tone: if product proves him right, this reply becomes proof the brand is in denial.]
  ~ basti_done = true
  ~ basti = 4
  ~ trust -= 1
  ~ heat += 1
  -> open
* {not basti_done} [Ignore #post: p2 #action: ignore #judgement: poor #why: A serious review read by 82,000 people without a word from the brand: it looks like you can't handle the feedback you asked for.]
  ~ basti_done = true
  ~ basti = 5
  -> open
* -> product_memo

=== maelle_post ===
# post: p1
# from: maelle
# on: microblog
# after: 3m
# kind: praise
# mood: enthusiastic
# facts: product={capsule}
# deadline: 40m
# hint: The post is lovely, but something legal just reminded you about is missing. How do you get it fixed without damaging the relationship?
{~Can't take it off 😍 the {capsule} hoodie from @kairn: perfect fit, and that clay colour… I've been living in it for three days. Best buy of the autumn, no question \#ootd \#streetwear|New obsession 😍 the {capsule} hoodie from @kairn: the fit is perfect, and that clay colour, I've been living in it for three days. Best buy of the autumn \#ootd \#streetwear}
->->

=== basti_post ===
# post: p2
# from: basti
# on: microblog
# after: 2m
# kind: info
# mood: neutral
# facts: delay=ten days; product={capsule}
# deadline: 50m
# hint: A free opinion, disclosed as gifted, mixed and well argued: exactly what the approach promised. What do you do with fair criticism?
{~Review: Kairn {capsule} capsule (gifted, honest review). Hoodie: 9/10, heavy, spot-on fit. {sneaker}: 6/10. Good-looking, but the sole marks after ten days of city wear and it runs half a size small. Not worth the price. Full video at the link.|Kairn {capsule} capsule review (gifted, honest review). Hoodie: 9/10, thick, perfect fit. {sneaker}: 6/10. Looks great, but after ten days in the city the sole is already marked, and it runs half a size small. Not up to its price. Full video at the link.}
->->

=== product_memo ===
# memo: product
# after: 3m
Basti's right: the {sneaker} runs half a size small, and the sole wears fast in city use. We're fixing it in the next production run. You can say so: half a size up, and the sole is being reworked for the next run.
-> second_wave

=== second_wave ===
{shuffle:
- -> ryan_dm -> sofiane_post -> ines_comment ->
- -> sofiane_post -> ryan_dm -> ines_comment ->
- -> ines_comment -> sofiane_post -> ryan_dm ->
- -> ines_comment -> ryan_dm -> sofiane_post ->
- -> sofiane_post -> ines_comment -> ryan_dm ->
- -> ryan_dm -> ines_comment -> sofiane_post ->
}
- (open)
* {not sofiane_done} [{~Fair question, Sofiane. We sent the capsule to a few creators, no money, no contract, no brief: they talk about it if they want, however they want. Case in point, Basti gives the {sneaker} 6/10, and he's right about the sizing. The only thing we ask: say it was a gift.|Good question, Sofiane, and it deserves a straight answer. The capsule went to a few creators with no money, no contract and no brief: each of them talks about it if they want, however they want. Look at Basti: 6/10 for the {sneaker}, and he's right about the sizing. We only ask one thing: say it was a gift.} #post: p3 #action: reply #tone: empathetic #judgement: best #intents: explain, correct #why: Checkable facts, within the approved line, and the best proof there is: a mixed review owned in public. Sofiane doesn't have to take your word for it, he can check.]
  ~ sofiane_done = true
  ~ sofiane_ok = true
  ~ trust += 2
  ~ heat -= 2
  -> open
* {not sofiane_done} [DM him to explain the approach. #post: p3 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Sofiane gets it, but his post stays without a public answer: everyone asking the same thing is left with the suspicion.]
  ~ sofiane_done = true
  ~ trust += 1
  -> open
* {not sofiane_done} [We've never paid anyone. What you're writing is defamation: take your post down or we'll get our lawyers involved. #post: p3 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: refuse #why: Threatening a day-one fan with lawyers for asking a question: the "authentic" brand acts exactly like the ones he was running from.]
  ~ sofiane_done = true
  ~ trust -= 2
  ~ heat += 3
  -> open
* {not sofiane_done} [Nothing like Orbe Studio, we don't pay anyone to talk about us 😉 #post: p3 #action: reply #tone: defensive #judgement: bad #breaks: no-competitor #intents: correct #why: Clearing your name by pointing at a competitor: the dig will get picked up, and if a single panel post is badly disclosed, it'll backfire on you.]
  ~ sofiane_done = true
  ~ heat += 2
  -> open
* {not sofiane_done} [Ignore #post: p3 #action: ignore #judgement: bad #why: A loyal fan accuses the brand of buying opinions and the brand says nothing: the suspicion becomes the official version.]
  ~ sofiane_done = true
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not ines_done} [{~Hey Inès! Basti called it: the {sneaker} runs small, go half a size up, so 40.5 for you. The sole does wear fast in the city, and product is reworking it for the next run. Better to know before you buy 🙏|Hey Inès! Yes, the {sneaker} runs half a size small, Basti's right: go for a 40.5. And the sole does mark quickly in the city, product is reworking it for the next run. Better you know before you buy 🙏} #post: p4 #action: reply #tone: empathetic #judgement: best #intents: explain #why: The truth, even when it proves the critic right: Inès buys the right size knowing what she's getting, and every reader sees a brand that doesn't cover anything up.]
  ~ ines_done = true
  ~ trust += 2
  -> open
* {not ines_done} [Nah, it's true to size, get your usual 😉 #post: p4 #action: reply #tone: neutral #judgement: bad #intents: correct #why: Product has just confirmed the opposite: Inès will get a pair that's too small, and Basti's review will look like the only reliable source.]
  ~ ines_done = true
  ~ trust -= 2
  ~ heat += 1
  -> open
* {not ines_done} [Pass the question to the product team. #post: p4 #action: escalate #to: product #judgement: poor #intents: escalate #why: Product has already given you the answer: sending it back to them leaves Inès without advice right when she's deciding.]
  ~ ines_done = true
  -> open
* {not ines_done} [Hello. Kindly refer to the size guide available on kairn.fr. #post: p4 #action: reply #tone: neutral #judgement: poor #breaks: register-tu #intents: explain #why: Stiff admin-speak and a pointer to a guide that doesn't mention the issue: Inès doesn't get her answer, and the brand looks evasive.]
  ~ ines_done = true
  -> open
* {not ines_done} [Ignore #post: p4 #action: ignore #judgement: poor #why: A customer ready to buy asks a precise question and gets no answer: she'll shop elsewhere.]
  ~ ines_done = true
  -> open
* {not ryan_done} [{~Hey {ryan_first}, thanks for opening the box. We don't pay for reviews: the capsule was sent with no strings attached, and you're free to talk about it however you like, good, bad or not at all. If you ever want to discuss a real partnership, disclosed as one, I'll put you in touch with the team.|Hi {ryan_first}, glad you like the box. But we don't pay for reviews: the capsule was sent expecting nothing back, so talk about it however you like, good, bad or not at all. And if you ever want to set up a real partnership, disclosed as one, I'll put you in touch with the team.} #post: p5 #action: dm #tone: empathetic #judgement: best #intents: refuse, explain #why: A clear, friendly no that restates the principle without lecturing and leaves the door open to a disclosed partnership: the creator has nothing he can use against the brand.]
  ~ ryan_done = true
  ~ ryan = 1
  ~ trust += 1
  -> open
* {not ryan_done} [Pass it to the press office: a creator asking to be paid for a positive post. #post: p5 #action: escalate #to: press #judgement: good #intents: escalate #why: Money requests from creators are theirs to handle; but a quick no from you right away would have stopped him reading the silence as a negotiation.]
  ~ ryan_done = true
  ~ ryan = 2
  -> open
* {not ryan_done} [OK for {fee}. Just skip the "sponsored" tag, it looks less natural 😉 #post: p5 #action: dm #tone: neutral #judgement: bad #breaks: fair-play, no-promise #intents: promise #why: Buying a positive review and asking for the payment to be hidden: disguised advertising, a budget committed without sign-off, and the whole "free opinions" line becomes a lie.]
  ~ ryan_done = true
  ~ ryan = 3
  ~ fair += 2
  -> open
* {not ryan_done} [Post a screenshot of his DM: "This is how some creators operate 👀 At Kairn, we don't pay." #post: p5 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression, no-personal-data #intents: refuse #why: Putting a private message on display to look good: it's a public attack and a breach of a private exchange, and it starts a war with 610,000 followers.]
  ~ ryan_done = true
  ~ ryan = 4
  ~ heat += 3
  -> open
* {not ryan_done} [Ignore #post: p5 #action: ignore #judgement: poor #why: No answer to an explicit request: he'll do his "honest" review and tell everyone the brand snubbed him.]
  ~ ryan_done = true
  ~ ryan = 5
  -> open
* -> journalist

=== sofiane_post ===
# post: p3
# from: sofiane
# on: microblog
# after: 4m
# kind: rumour
# mood: angry
# facts: product={capsule}
# deadline: 40m
# hint: It's a real question from a let-down fan. What are you allowed to say about the approach, and what proof do you have right in front of you that the opinions are free?
{maelle_first}, Basti and three others all posting the {capsule} capsule the same week… So Kairn pays influencers now? Like Orbe Studio? I followed you because you weren't like the rest 😒{maelle == 3 || maelle == 5: And {maelle_first} doesn't even say it's sponsored.}
->->

=== ines_comment ===
# post: p4
# from: ines
# on: comments
# after: 2m
# kind: question
# mood: worried
# facts: product={sneaker}
# subject: defect
# deadline: 45m
# hint: Product has just given you the answer. A customer on the fence deserves the truth, even when it proves the critic right.
{~So, does the {sneaker} run small or not? I'm a 40, do I go for a 40.5? And does the sole really wear out that fast? 😬|So does the {sneaker} run small or not? I'm a 40, should I get a 40.5? And is it true the sole wears out fast? 😬}
->->

=== ryan_dm ===
# post: p5
# from: ryan
# on: dm
# after: {ryan_wait}
# kind: request
# mood: neutral
# facts: product={capsule}; price={fee}
# deadline: 60m
# hint: His ask contradicts the whole point of the gift. How do you say no without humiliating or exposing him, and who handles a real partnership?
{~Yo Kairn 👋 Got the box, it's clean. For a positive post (story + reel) it's {fee}. Otherwise I can do an "honest" review 😉 Your call.|Yo Kairn 👋 Box arrived, looks clean. A positive post (story + reel) is {fee}. Or I can do an "honest" review instead 😉 Let me know.}
->->

=== journalist ===
# post: p6
# from: clara
# on: dm
# after: 5m
# kind: request
# mood: neutral
# facts: product={capsule}
# deadline: 40m
# hint: A journalist working on a story. The charter says who answers her, and what never comes out about the programme.
Hi, {clara_name} here, I'm writing a piece for "Le Feed" on brands sending products to creators in streetwear. How many creators did you contact, and what did you ask in return?{maelle == 3 || maelle == 5: I also notice that {maelle_name}'s post doesn't mention the gift. Is that your instruction?} I file on Thursday. Thanks!
* [{~Pass it to the press office with the full context, and tell {clara_first} they'll get back to her before Thursday.|Pass it to the press office with her questions and her Thursday deadline, and let {clara_first} know they'll call her before then.} #post: p6 #action: escalate #to: press #judgement: best #intents: escalate #why: The right route: the journalist gets an authorised contact before her deadline, and the brand's position is weighed by the people whose job it is.]
  ~ press = 1
  -> basti_follow
* [Hi {clara_first}, we sent the capsule to some creators with no payment or brief, and we ask them to disclose the gift. The press office can tell you more. #post: p6 #action: dm #tone: neutral #judgement: good #intents: explain #why: The approved line and nothing more: accurate, but your message becomes "Kairn's answer" without going through the press office.]
  ~ press = 2
  -> basti_follow
* [Hi {clara_first}! Eight creators, about forty pieces, zero contracts. And {maelle_first} just forgot the disclosure, we've told her. #post: p6 #action: dm #tone: neutral #judgement: bad #breaks: no-confidential #intents: explain #why: Programme details handed to a journalist, with a creator named along the way: it'll all end up in the article, out of the press office's control.]
  ~ press = 3
  ~ heat += 2
  -> basti_follow
* [No comment. #post: p6 #action: dm #tone: defensive #judgement: poor #intents: refuse #why: "No comment" on a programme you claim is transparent: the article will say the brand declined to answer.]
  ~ press = 4
  ~ heat += 1
  -> basti_follow
* [Ignore #post: p6 #action: ignore #judgement: bad #why: A journalist with no answer by her deadline writes anyway, with whatever she found on her own.]
  ~ press = 5
  ~ heat += 1
  -> basti_follow

=== basti_follow ===
{
- basti == 3:
  -> basti_leak
- basti == 1:
  -> basti_thanks
- else:
  -> basti_silent
}

=== basti_leak ===
# post: p7
# from: basti
# on: microblog
# after: 6m
# kind: complaint
# mood: angry
# facts: product={sneaker}
# subject: policy
# deadline: 30m
# hint: He has the screenshot, and he's right. What limits the damage: denying, getting angry, or owning it?
For the record: after my review, Kairn messaged me asking me to rethink my score or cut the part about the sole (screenshot 👇). No. My score stays 6/10. When I write "honest review", it means something.
* [{~Basti's right, and that message should never have been sent. Your score is yours, your points on the sole and the sizing are fair, and product is fixing it in the next run. Sorry, to you and everyone who reads you.|Basti's right: that message should never have gone out. Your score belongs to you, what you say about the sole and the sizing is fair, and product is fixing the next run. We apologise, to you and to everyone who follows you.} #post: p7 #action: reply #tone: empathetic #judgement: best #intents: apologise, correct #why: Own it fast, in public, with no lame excuse, and agree with the substance of the criticism: the only answer that doesn't drag the story out.]
  ~ trust += 1
  ~ heat -= 1
  -> maelle_follow
* [Pass it to management: a creator is publishing a message in which the brand asks him to change his score. #post: p7 #action: escalate #to: management #judgement: good #intents: escalate #why: Management needs to know, it's a credibility crisis; but without a quick public answer, Basti's post does the rounds of the whole scene.]
  -> maelle_follow
* [That message was misread: we just wanted to discuss your feedback. #post: p7 #action: reply #tone: defensive #judgement: bad #breaks: fair-play #intents: correct #why: The screenshot is public: claiming a request to change the score was "misread" adds a lie to the pressure.]
  ~ heat += 3
  -> maelle_follow
* [Block Basti from Kairn's accounts. #post: p7 #action: ban #judgement: bad #why: Blocking a reviewer for publishing proof of your pressure: the censorship confirms everything he says, in front of 82,000 people.]
  ~ heat += 4
  -> maelle_follow
* [Ignore #post: p7 #action: ignore #judgement: bad #why: Silence in the face of a screenshot is a confession: the post becomes the go-to reference on "Kairn reviews".]
  ~ heat += 2
  -> maelle_follow

=== basti_thanks ===
# post: p7
# from: basti
# on: microblog
# after: 6m
# kind: praise
# mood: happy
# facts: product={sneaker}
# deadline: 40m
# hint: A demanding reviewer praises how the brand reacted. A reply that matches it, without using the moment to ask him for anything.
Update on the {sneaker}: Kairn got back to me, they confirm the half size and they're fixing the sole in the next run. Rare for a brand to answer a 6/10 like that 👏 (still not paid, still free 😄)
* [{~Thank you: without your review we'd have found out later. Can't wait for you to test the next run, with a score just as free 😄|We're the ones who should be thanking you: your review saved us time. Looking forward to you testing the next run, and scoring it just as freely 😄} #post: p7 #action: reply #tone: empathetic #judgement: best #intents: thank #why: A genuine thank-you that recognises the value of the criticism and says again it'll stay free: the relationship comes out stronger on both sides.]
  ~ trust += 1
  -> maelle_follow
* [Like Basti's post. #post: p7 #action: like #judgement: good #why: The like shows you saw it; a word would have closed the exchange with the warmth it deserves.]
  -> maelle_follow
* [Thanks Basti! So, bumping that score up then? 😇 #post: p7 #action: reply #tone: empathetic #judgement: bad #breaks: fair-play #intents: thank #why: Even as a joke, publicly asking a reviewer to raise his score wipes out everything the reply had earned.]
  ~ fair += 1
  ~ heat += 1
  -> maelle_follow
* [Thanks! And for your followers: 15% off the {sneaker} with code BASTI15 🔥 #post: p7 #action: reply #tone: neutral #judgement: poor #breaks: no-promise #intents: thank, promise #why: An improvised discount code, unapproved, under the review of someone who values his independence: his free opinion becomes an ad he never asked for.]
  ~ trust -= 1
  -> maelle_follow
* [Ignore #post: p7 #action: ignore #judgement: poor #why: A demanding reviewer praises the brand in public and the brand says nothing: a missed chance.]
  -> maelle_follow

=== basti_silent ===
# post: p7
# from: basti
# on: microblog
# after: 6m
# kind: complaint
# mood: neutral
# facts: product={sneaker}
# subject: defect
# deadline: 30m
# hint: He's telling the truth: the brand never answered him on the substance. Product has given you what you need to do it now.
Getting asked this a lot: no, Kairn never got back to me about the sole or the sizing. If in doubt, go half a size up.
* [{~You're right, we should have answered sooner, sorry. Product confirms it: half a size up, and the sole is being reworked for the next run. Thanks for the review, it helped us.|That's true, and we should have got back to you much sooner, sorry. Product confirms it: half a size up, and a reworked sole for the next run. Thanks for your review, it was useful to us.} #post: p7 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, thank #why: Admit the delay, confirm the criticism with the product info and say thanks: the brand makes up for the silence, in front of everyone who was wondering.]
  ~ trust += 2
  -> maelle_follow
* [DM him the info from product. #post: p7 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Basti finally gets his answer, but his followers are still reading that the brand doesn't reply.]
  ~ trust += 1
  -> maelle_follow
* [We don't have to comment on every review, everyone's entitled to an opinion. #post: p7 #action: reply #tone: defensive #judgement: bad #intents: refuse #why: Brushing off fair criticism that product has confirmed: the brand looks like it despises the feedback it asked for.]
  ~ trust -= 1
  ~ heat += 2
  -> maelle_follow
* [Like his post. #post: p7 #action: like #judgement: poor #why: Liking "Kairn never got back to me" without replying: the like confirms the complaint.]
  -> maelle_follow
* [Ignore #post: p7 #action: ignore #judgement: poor #why: The complaint stays unanswered, and it's justified.]
  ~ heat += 1
  -> maelle_follow

=== maelle_follow ===
{
- maelle == 1:
  -> maelle_fixed
- maelle == 2 || maelle == 4:
  -> maelle_hurt
- else:
  -> maelle_denial
}

=== maelle_fixed ===
# post: p8
# from: maelle
# on: microblog
# after: 6m
# kind: praise
# mood: happy
# facts: product={capsule}
# deadline: 40m
# hint: She fixed it and says so. What strengthens the relationship, and what would turn it into a commission?
Quick update: I forgot to mention the {capsule} hoodie was gifted by Kairn, it's fixed ✅ Thanks to them for the kind reminder. And yes, I'm still wearing it today 😄
* [{~Thanks {maelle_first}, for the fix and for everything else 🧡 The best compliment is that you're still wearing it.|Thanks for fixing it, {maelle_first}, and for everything else 🧡 You still wearing it is the best compliment we could get.} #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank #why: A simple thank-you that credits her transparency without overdoing it: the community sees a creator and a brand playing it straight together.]
  ~ trust += 1
  -> ryan_follow
* [Like her post. #post: p8 #action: like #judgement: good #why: The like shows you saw it; a word would have acknowledged her transparency.]
  -> ryan_follow
* [Thanks! Fancy doing a little reel with the {sneaker}? 😇 #post: p8 #action: reply #tone: empathetic #judgement: poor #intents: thank #why: Publicly asking an unpaid creator for content, on the day she's just disclosed the gift: it looks like a brief in disguise.]
  -> ryan_follow
* [Ignore #post: p8 #action: ignore #judgement: poor #why: She did what you asked, and in public: not a word back feels cold.]
  -> ryan_follow

=== maelle_hurt ===
# post: p8
# from: maelle
# on: microblog
# after: 6m
# kind: complaint
# mood: angry
# facts: product={capsule}
# subject: policy
# deadline: 30m
# hint: She fixed it, but the way it was asked hurt. What repairs a relationship with a genuine creator?
{maelle == 2:Thanks @kairn for calling me out in the comments in front of everyone over a slip… DMs exist, you know 🙃|Getting a formal letter from Kairn's legal team over a gifted hoodie?? 😳} I've added the disclosure. But honestly, I just wanted to share something I loved.
* [{~You're right, {maelle_first}, we handled it badly: a friendly message would have done, sorry. Thanks for adding the disclosure, and thanks for genuinely loving what we make.|You're right, {maelle_first}, and we're sorry: we went about it the wrong way, a simple friendly message would have done. Thanks for adding the disclosure, and for truly loving what we make.} #post: p8 #action: reply #tone: empathetic #judgement: best #intents: apologise, thank #why: Owning the clumsiness without justifying it and thanking her for the fix: the creator no longer feels treated like an offender.]
  ~ trust += 1
  -> ryan_follow
* [DM her to apologise. #post: p8 #action: dm #tone: empathetic #judgement: good #intents: apologise #why: She calms down, but she was hurt in public, and her 46,000 followers don't see the apology.]
  -> ryan_follow
* [Disclosure is mandatory, it's the law, we were only reminding you. #post: p8 #action: reply #tone: defensive #judgement: bad #intents: refuse #why: Being right on substance doesn't excuse the manner: snapping at her in public loses a genuine creator and everyone who follows her.]
  ~ trust -= 2
  ~ heat += 2
  -> ryan_follow
* [Ignore #post: p8 #action: ignore #judgement: poor #why: A hurt creator saying so in public, with no answer: the whole panel learns how the brand treats its creators.]
  ~ trust -= 1
  ~ heat += 1
  -> ryan_follow

=== maelle_denial ===
# post: p8
# from: sofiane
# on: microblog
# after: 6m
# kind: question
# mood: hostile
# facts: product={capsule}
# subject: policy
# deadline: 30m
# hint: A creator got it wrong in public, and you're being asked to confirm. How do you tell the truth without throwing her under the bus?
Under {maelle_first}'s post someone asks if it's sponsored, she says "no, I bought it". @kairn, can you confirm? 🤔
* [{~No: the hoodie was a gift, like it was for other creators, and we should have reminded her sooner to mention it. That part's on us; we've messaged her so she can fix it.|No, we won't let that stand: the hoodie was a gift, as it was for other creators. We should have reminded her sooner to disclose it, that's on us too, and we've messaged her so she can fix it.} #post: p8 #action: reply #tone: empathetic #judgement: best #intents: correct, explain #why: The truth, with the brand's share of responsibility and without piling onto the creator: the suspicion fades because nobody's lying.]
  ~ trust += 1
  ~ heat -= 1
  -> ryan_follow
* [DM {maelle_first} to ask her to fix her post and her reply. #post: p8 #action: dm #tone: empathetic #judgement: good #intents: explain #why: The fix will come from her, which is good; but Sofiane's public question stays unanswered and looks like an awkward silence.]
  -> ryan_follow
* [Yep, she bought it like everyone else 👍 #post: p8 #action: reply #tone: neutral #judgement: bad #breaks: fair-play #intents: correct #why: Lying to cover undisclosed advertising: the day the note in the box or another creator contradicts it, the whole approach collapses.]
  ~ fair += 1
  ~ heat += 2
  -> ryan_follow
* [Ignore #post: p8 #action: ignore #judgement: bad #why: The brand lets a convenient lie stand: silence reads as confirmation.]
  ~ heat += 2
  -> ryan_follow

=== ryan_follow ===
{
- ryan == 3:
  -> ryan_paid
- ryan == 4:
  -> ryan_exposed
- else:
  -> ryan_review
}

=== ryan_paid ===
# memo: press
# after: 3m
Who promised {fee} to {ryan_first}? No budget was ever approved, and he's asking where to send his invoice. He's posted his story, with no disclosure at all.
# post: p9
# from: sofiane
# on: microblog
# after: 4m
# kind: rumour
# mood: furious
# facts: product={capsule}
# deadline: 30m
# hint: This time the accusation is well founded. Is this still something the desk can carry alone?
{ryan_first} just said on his live that Kairn's paying him for his story, and the story has no "sponsored" tag at all 💀 So you pay AND you hide it? Unfollowing.
* [{~Pass it to management: an unapproved payment, undisclosed advertising and a well-founded public accusation. The brand needs a decision and needs to speak.|Pass it to management: a payment promised without sign-off, an undisclosed story, and a public accusation that stands up. The brand has to decide and speak for itself.} #post: p9 #action: escalate #to: management #judgement: best #intents: escalate #why: A hidden financial commitment gone public is beyond the desk: management has to decide, get the disclosure fixed and speak for the brand.]
  ~ heat -= 1
  -> ending
* [It's true, and it was a mistake on our part. We're getting the disclosure added and we'll come back to you with an explanation. #post: p9 #action: reply #tone: empathetic #judgement: good #intents: apologise, explain #why: Owning it rather than denying is right; but announcing a fix to a financial commitment on your own, without management, is speaking beyond your role.]
  ~ trust += 1
  -> ending
* [That's false, we've never paid anyone. #post: p9 #action: reply #tone: defensive #judgement: bad #breaks: fair-play #intents: correct #why: Denying a payment the creator has just confirmed live: the brand adds a lie to the disguised ad.]
  ~ heat += 3
  -> ending
* [Delete his post from our spaces. #post: p9 #action: delete #judgement: bad #why: Erasing a true accusation: the screenshot is already out there, now captioned "and they censor".]
  ~ heat += 3
  -> ending
* [Ignore #post: p9 #action: ignore #judgement: bad #why: Silence confirms the accusation, and the wave of unfollows begins.]
  ~ heat += 2
  -> ending

=== ryan_exposed ===
# post: p9
# from: ryan
# on: microblog
# after: 5m
# kind: complaint
# mood: hostile
# subject: policy
# deadline: 30m
# hint: His ask was out of line, but it's the brand that published a private message. What defuses it?
Kairn putting my private DMs on display 🤡 We were talking business, pro to pro. Classy, for an "authentic" brand.
* [{~You're right about one thing: we shouldn't have published your private message, we're taking it down and we apologise. Our position doesn't change: we don't pay for reviews, and you're free to say whatever you want.|On that point you're right: publishing your private message was a mistake, we're taking it down and we apologise. On the substance, nothing changes: we don't pay for reviews, and you're free to say whatever you want.} #post: p9 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain #why: Take the screenshot down and apologise for the manner, without backing off the substance: the brand gets out of the war without giving up its principle.]
  ~ trust += 1
  ~ heat -= 1
  -> ending
* [Pass it to the press office: a public conflict with a 610,000-follower creator. #post: p9 #action: escalate #to: press #judgement: good #intents: escalate #why: The press office should follow this conflict, but the screenshot of his DM stays up in the meantime, and the war goes on.]
  -> ending
* [Own what you write 🤷 We don't pay, simple as. #post: p9 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: refuse #why: Doubling down in front of 610,000 followers: the brand turns a good principle into a fight it will lose.]
  ~ heat += 3
  -> ending
* [Ignore #post: p9 #action: ignore #judgement: poor #why: The screenshot of his private message stays up and his followers take it from there: the brand takes the hit without fixing anything.]
  ~ heat += 2
  -> ending

=== ryan_review ===
# post: p9
# from: ryan
# on: microblog
# after: 5m
# kind: praise
# mood: happy
# facts: product={capsule}
# deadline: 40m
# hint: A free, disclosed and fairly positive review from a creator who wanted to be paid. What shows the approach was genuine?
My take on the Kairn capsule: hoodie's massive, {sneaker} looks good but runs small. 7/10. Gifted, zero euros.{ryan == 5: They didn't even reply to my message, so here's a free review.| They refused to pay me for a positive review, and honestly, respect 😂}
* [{~Thanks {ryan_first}, a free opinion is exactly the idea 🙏 And good call on the sizing: half a size up on the {sneaker}.|Thanks {ryan_first}! A free opinion is the whole point 🙏 And you're right about the sizing: on the {sneaker}, go half a size up.} #post: p9 #action: reply #tone: empathetic #judgement: best #intents: thank, explain #why: Thanking a free opinion and picking up the criticism with useful info: his audience sees a brand that's consistent from start to finish.]
  ~ trust += 1
  -> ending
* [Like {ryan_first}'s post. #post: p9 #action: like #judgement: good #why: The like is consistent; a word would have added the sizing info for his 610,000 followers.]
  -> ending
* [Thanks {ryan_first}! Code {ryan_first}15 for your followers 🔥 #post: p9 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise, fair-play #intents: thank, promise #why: An unapproved discount code handed to a creator who wanted to be paid: his free opinion becomes an undisclosed affiliate deal.]
  ~ fair += 1
  -> ending
* [Ignore #post: p9 #action: ignore #judgement: poor #why: Nothing serious, but a big account saying good things about the brand, disclosed and unpaid, deserves at least a word.]
  -> ending

=== ending ===
{
- fair >= 2 || ryan == 3 || basti == 3 || heat >= 7:
  -> end_bought
- trust >= 6 && fair == 0 && heat <= 1 && maelle == 1:
  -> end_honest
- maelle == 2 || maelle == 4 || ryan == 4 || trust <= 2:
  -> end_burned
- else:
  -> end_mixed
}

=== end_honest ===
# end: honest-panel
The {capsule} capsule got reviews of every shade, and that's exactly what won people over. {maelle_first} fixed her disclosure after a kind message{basti == 1:, Basti's mixed review was welcomed like a gift}{ryan <= 2:, {ryan_first} got a clear no and ended up giving a free opinion}. {press == 1:The press office answered {clara_first}, whose article holds Kairn up as an example of transparency.|{press == 2:{clara_first} got the brand's line, and her article quotes it.|{press == 3:{clara_first} got programme details that should never have come out, but her article stays balanced.|{clara_first} wrote her article without the brand's side, but the facts speak for it.}}}{sofiane_ok: Sofiane is wearing his Kairn hoodie again.} The panel creators say yes to the next capsule: a relationship money can't buy.
-> END

=== end_mixed ===
# end: mixed-signals
The programme survives, but its message got muddled{basti >= 4:, Basti's review never got a real answer}{maelle == 3 || maelle == 5:, an undisclosed post stayed up far too long}{press >= 3:, {clara_first}'s article points to some clumsy answers}. The community can't decide between "transparent brand" and "brand like all the others". Creators will still reply, but cautiously: trust is won or lost in every message, not in a principle written on a note in a box.
-> END

=== end_burned ===
# end: burned-bridges
The approach was genuine; the way it was handled ruined it. {maelle == 2 || maelle == 4:{maelle_first} tells her followers she was "dressed down like a criminal" over a slip. }{ryan == 4:The screenshot of {ryan_first}'s DM has sparked a war between his followers and the brand. }Half the panel turns down the next capsule, and creators pass the word around: with Kairn, you'd better not slip up. A relationship with creators is built in private, with kindness; in public, you say thank you.
-> END

=== end_bought ===
# end: pay-to-praise
The {capsule} capsule now boils down to "Kairn buys reviews"{ryan == 3:, with {ryan_first}'s paid, undisclosed story as evidence}{basti == 3:, with the screenshot of the pressure on Basti as evidence}{maelle == 3 || maelle == 5:, with {maelle_first}'s undisclosed post as evidence}. {clara_first}'s article tells the whole story. Sofiane and hundreds of day-one fans unfollow, legal looks into the brand's liability for undisclosed ads, and management suspends the programme. A bought, bent or hidden opinion doesn't just cost a budget: it costs all the others.
-> END
