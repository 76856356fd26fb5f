// Frontline — forum-rumour (English)
// A rumour on the parents' forum: frozen bread, a scrapped loyalty card… and opening hours that really did change.
// Same structure as forum-rumour.fr.ink: same knots, choices and tags (only `why` and `hint` differ).

// The brand (manifest, brands): defaults = Le Fournil des Quatre Vents; another compatible charter replaces them
VAR brand = "Le Fournil des Quatre Vents"      // full name (filled from the charter's brand.name)
VAR brand_short = "Fournil"                     // short form, masculine singular in French: le / du / au {brand_short}
VAR brand_handle = "@FournilQuatreVents"        // official account
VAR brand_age = "45"                            // the brand's age, used by the fake anniversary giveaway
VAR scam_site = "fournil-cadeaux.shop"          // the fake giveaway's site
VAR town = "Rezé"                               // the brand's home town, where the thread happens
VAR forum_name = "Rezé & South Loire Parents"   // the local parents' forum
VAR competitor = "La Huche Dorée"               // the competitor named in a bad reply

VAR trust = 0            // trust of the forum's parents and of customers
VAR heat = 0             // how tense the thread gets (irritation, shares)
VAR rumour = 0           // p1: 1 corrected in public, 2 DM only, 3 accusing denial, 4 false overstatement, 5 ignored
VAR hours = 0            // p2: 1 acknowledged, 2 passed on without a reply, 3 internal reasons disclosed, 4 pointed to the website, 5 ignored
VAR allergy = 0          // p5: 1 sent to quality, 2 false reassurance, 3 curt redirect, 4 DM, 5 ignored
VAR corrected = false    // the right version can be read in the public thread
VAR blamed = false       // the brand publicly pointed the finger at a forum member
VAR promised = false     // an unapproved public commitment
VAR leaked = false       // internal information disclosed
VAR phishing_left = false // the fake giveaway stayed up
VAR p1_done = false
VAR p2_done = false
VAR p5_done = false
VAR p6_done = false
// Variants (manifest, variants): the defaults are the scenario as written
VAR allergy_wait = "12m" // when Julien's allergy question arrives
VAR sandrine_first = "Sandrine"    // the mum passing on the rumour
VAR karim_first = "Karim"          // the dad reporting the opening hours
VAR julien_first = "Julien"        // the dad of the allergic child
VAR street = "Rue des Pommiers"    // the shop whose hours changed
VAR workshop = "Vertou"            // the pastry workshop
VAR points = "180"                 // the mum's loyalty points

-> intro

=== intro ===
Tuesday, 1:40 pm. The listening tool lights up: a thread on the "{forum_name}" forum is talking about the {brand_short}.
# memo: manager
Hi! Listening has flagged a thread on the {town} parents' forum: people are talking about frozen bread and the loyalty card being scrapped. You'll answer from the {brand_short}'s official account, which is marked as such on the forum. Charter reminder: courteous and warm, we correct without attacking anyone, we own what's true, and nothing internal. I've asked Yannick and customer service for the facts; you'll have them in two minutes.
# memo: product
# after: 2m
Yannick, head baker. All our bread is kneaded, shaped and baked on site every night, in every shop. Pastries: the dough is made by our pastry chefs at the {workshop} workshop, delivered raw and chilled every morning, then baked in the shop. Nothing frozen, neither bread nor pastries. At Place de l'Église the bakehouse has a window onto the street: people are welcome to come and look. No miller's name in public, please.
# memo: after-sales
# after: 2m
Sabine, customer service. The loyalty card is not being scrapped: it goes digital on 1 April, paper cards stay valid until 30 June, and points are kept. The official announcement is in shops on Monday: until then, no dates in public. The {street} shop: hours changed on the 2nd (Tuesday to Sunday, 7 am to 7:30 pm, closed Mondays) because of absences in the team, two on sick leave and one who left; that stays between us. The notice was never put up, that's our mistake: I'm having it put up tonight. Send any suggestions about opening hours to me.
-> thread

=== thread ===
# post: p1
# from: sandrine
# on: forum
# thread: Is the bakery's bread no longer made on site??
# rank: Member
# after: 3m
# kind: rumour
# mood: worried
# facts: product=bread from the {brand_short}
# deadline: 90m
# hint: Read both memos before you write: the charter asks you to be complete and precise, not just reassuring. And a rumour is corrected where it circulates.
New thread: "Has the {brand_short} stopped baking its own bread??" Hi all. My sister-in-law works in logistics and according to her the {brand_short} doesn't bake on site anymore: it all comes in frozen from a factory and they just pop it back in the oven. AND apparently the loyalty card's being scrapped at the end of the month 😤 We go there every single morning on the school run… Anyone know anything?
# post: p2
# from: karim
# on: forum
# thread: Re: Is the bakery's bread no longer made on site??
# rank: Member
# in: p1
# after: 1m
# kind: complaint
# mood: angry
# facts: place=on {street}
# subject: policy
# deadline: 90m
# hint: Not everything in this thread is wrong. The charter asks you to state the facts, including when the {brand_short} got it wrong, but not what is internal.
{~No idea about the frozen thing, but what I do know is the {street} one changed its hours without telling anyone. Closed Mondays now, and it opens at 7 instead of 6:30. Twice I've pulled up at 6:45 with both kids in the car and the shutter down. No sign, nothing.|No clue about the frozen stuff, but one thing's for sure: the {street} one changed its hours without telling anyone. Closed on Mondays, and it opens at 7 now instead of 6:30. Twice I've turned up at 6:45 with both kids in the car to find the shutter down. Not a sign, nothing.}
- (open)
* {not p1_done} [{~Hello {sandrine_first}, hello everyone, this is the {brand_short} team 🙂 Thank you for asking so directly. Our bread is not frozen: it is kneaded, shaped and baked every night in the bakehouse of each shop (at Place de l'Église the bakehouse has a window onto the street, and you can watch it at work from 4 am). To be completely precise: the dough for our pastries is made by our pastry chefs at our {workshop} workshop, delivered raw every morning and baked on site. As for the loyalty card, it is not being scrapped: your points are kept, and the details of how it will change will be announced in our shops shortly.|Hello {sandrine_first}, hello everyone, the {brand_short} team here 🙂 Thank you for asking the question openly. Our bread does not arrive frozen: it is kneaded, shaped and baked every night in the bakehouse of each shop (at Place de l'Église the bakehouse has a window onto the street, and you can see it at work from 4 am). To be entirely accurate: the dough for our pastries is made by our pastry chefs at our {workshop} workshop, delivered raw every morning and baked in the shop. And the loyalty card is not being scrapped: you keep your points, and how it will change will be explained in our shops shortly.} #post: p1 #action: reply #tone: empathetic #judgement: best #intents: greet, thank, correct, explain #why: Each rumour is taken up and corrected with a checkable fact, pastry nuance included: the parents reading the thread get the right version, and the customer is never put on the spot.]
  ~ p1_done = true
  ~ rumour = 1
  ~ corrected = true
  ~ trust += 2
  ~ heat -= 1
  -> open
* {not p1_done} [Message {sandrine_first} privately to explain how the bread is made and reassure her about her card, without replying in the thread. #post: p1 #action: dm #tone: empathetic #judgement: poor #intents: correct, explain #why: The customer will be reassured, but the dozens of parents reading the thread see only the rumour, with not a word from the official account.]
  ~ p1_done = true
  ~ rumour = 2
  -> open
* {not p1_done} [Hello, we categorically deny these baseless rumours. Before passing on what your sister-in-law tells you, it would be wise to check your sources. #post: p1 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: correct, refuse #why: The denial is right on substance, but it publicly accuses a customer acting in good faith: the whole forum remembers the {brand_short} putting her in her place.]
  ~ p1_done = true
  ~ rumour = 3
  ~ blamed = true
  ~ trust -= 2
  ~ heat += 2
  -> open
* {not p1_done} [Hello {sandrine_first}! Here, 100% of our products are homemade on site, from the bread to the croissants, and the loyalty card will never change, we promise 🥖❤️ #post: p1 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: correct, promise #why: Warm, and wrong twice over: the pastries are made at the workshop and the card is about to change. The first person who knows will catch you out in front of the whole forum.]
  ~ p1_done = true
  ~ rumour = 4
  ~ promised = true
  ~ trust += 1
  -> open
* {not p1_done} [Ignore #post: p1 #action: ignore #judgement: bad #why: The {brand_short}'s official account is on this forum and says nothing: to anyone reading, that silence looks like an admission.]
  ~ p1_done = true
  ~ rumour = 5
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not p2_done} [{~{karim_first}, you are right, and we are sorry about those two mornings in front of a closed shutter. Since the 2nd, the {street} shop has been open Tuesday to Sunday from 7 am to 7:30 pm, and closed on Mondays. We should have put up a notice and said so: the notice goes up this evening. If these hours are a problem for you, please send us a private message and customer service will pass your comments on.|{karim_first}, you are right, and we apologise for those two mornings outside a closed shop. Since the 2nd, the {street} shop has been open from 7 am to 7:30 pm, Tuesday to Sunday, and closed on Mondays. We should have announced it and put up a notice: the notice will be up this evening. If these hours don't work for you, please send us a private message and customer service will pass your comments on.} #post: p2 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, move-to-dm #why: Owning the one fair complaint in the thread, plainly and with the exact hours, is what makes the rest of your corrections believable.]
  ~ p2_done = true
  ~ hours = 1
  ~ trust += 2
  -> open
* {not p2_done} [Pass {karim_first}'s comment to customer service so the notice gets put up, without replying in the thread. #post: p2 #action: escalate #to: after-sales #judgement: good #intents: escalate #why: The problem will be fixed in the shop, but on the forum the customer's fair point stays unanswered while you correct everything else: it looks as if you're picking and choosing.]
  ~ p2_done = true
  ~ hours = 2
  -> open
* {not p2_done} [Hello {karim_first}, the hours changed because two of the {street} shop assistants are on sick leave and another one has left. New hours: 7 am to 7:30 pm, closed on Mondays. #post: p2 #action: reply #tone: neutral #judgement: bad #breaks: no-confidential #intents: explain #why: The hours are right, but exposing the sick leave of a team the whole neighbourhood knows by sight is disclosing internal, personal information about employees.]
  ~ p2_done = true
  ~ hours = 3
  ~ leaked = true
  ~ trust -= 1
  -> open
* {not p2_done} [Hello, the opening hours of all our shops are listed and kept up to date on our website. #post: p2 #action: reply #tone: defensive #judgement: poor #intents: explain #why: True, and beside the point: the customer isn't asking where to find the hours, he's saying nobody told him. Pointing him to the website makes him wrong when he's right.]
  ~ p2_done = true
  ~ hours = 4
  ~ trust -= 1
  ~ heat += 1
  -> open
* {not p2_done} [Ignore #post: p2 #action: ignore #judgement: poor #why: The only fair complaint in the thread goes unanswered: parents conclude the {brand_short} only answers the criticism that suits it.]
  ~ p2_done = true
  ~ hours = 5
  ~ trust -= 1
  -> open
* -> odile_post

=== odile_post ===
# post: p3
# from: odile
# on: forum
# thread: Re: Is the bakery's bread no longer made on site??
# rank: Regular
# in: p1
# after: 6m
# kind: praise
# mood: enthusiastic
# facts: place=at the Place de l'Église shop
# deadline: 60m
# hint: A loyal customer is standing up for you: she deserves thanks. Reread the rule on public accusations: who is she taking aim at in her message?
{rumour == 5: Clearly nobody from the {brand_short} reads this forum, so I'll do it. }Honestly, enough of the gossip. I've been going to the Place de l'Église {brand_short} for fifteen years, and when I walk the dog at 5 am I can see the baker kneading behind the window. {~Anyone who believes the frozen story can go and look for themselves instead of spreading any old nonsense 😉|Anyone talking about frozen bread can just pop by and look instead of spreading any old nonsense 😉}
* [{~Thank you, Odile, that means a great deal to us, and a pat for the dog from all of us 🐕 {sandrine_first}'s and {karim_first}'s questions are perfectly fair, and that is exactly why the bakehouse has a window: everyone is welcome to come and look, at 5 am or at 8.|Thank you, Odile, your message warms our hearts, and a pat for the dog from the whole team 🐕 {sandrine_first}'s and {karim_first}'s questions are entirely fair, and that is exactly why the bakehouse has a window: anyone can come and look, at 5 am or at 8.} #post: p3 #action: reply #tone: empathetic #judgement: best #intents: thank #why: A sincere thank-you to a loyal customer that gently reminds everyone the other members are customers acting in good faith: nobody is set against anybody.]
  ~ trust += 1
  -> sandrine_next
* [Like Odile's post. #post: p3 #action: like #judgement: good #why: Odile sees her support was noticed; a personal word would have meant more, and would have stopped her dig being the thread's last word.]
  -> sandrine_next
* [Thank you, Odile! Well said: enough gossip 😉 #post: p3 #action: reply #tone: empathetic #judgement: bad #breaks: no-blame #intents: thank #why: Adopting "gossip" as your own word calls the worried customer a rumour-monger from the official account: the fan wins, the customer is humiliated.]
  ~ blamed = true
  ~ trust -= 1
  ~ heat += 1
  -> sandrine_next
* [Thank you for your loyalty. {brand} is committed every day to quality craft baking in the service of its customers. #post: p3 #action: reply #tone: neutral #judgement: poor #intents: thank #why: A brochure line in reply to fifteen years of loyalty: Odile hoped for a word and got a slogan.]
  -> sandrine_next
* [Ignore #post: p3 #action: ignore #judgement: poor #why: Odile defended you in public and heard nothing back: an ally discouraged without anyone noticing.]
  -> sandrine_next

=== sandrine_next ===
{
- rumour == 1 || rumour == 2:
  -> card_question
- rumour == 4:
  -> caught
- else:
  -> hurt
}

=== card_question ===
# post: p4
# from: sandrine
# on: forum
# thread: Re: Is the bakery's bread no longer made on site??
# rank: Member
# in: p1
# after: 10m
# kind: question
# mood: neutral
# facts: product=loyalty card
# subject: policy
# deadline: 60m
# hint: Reread customer service's memo: what are you allowed to say today, and what isn't official yet?
{rumour == 2: The {brand_short} answered me privately, so I'm copying it here for everyone: the bread really is kneaded and baked on site, only the pastry dough comes from their workshop. }Thanks for the answer, that's clear 🙂 Didn't know that about the pastries, at least it's honest. So about the card: I do keep my {points} points? I'm 20 points off a free cake 😅 And when exactly does it change?
* [{~Yes, {sandrine_first}, your {points} points are kept, every last one 🙂 The card is changing but it is not going away; the timetable will be announced in our shops very soon, and we will come back and post it here. Your cake is waiting for you!|Yes, {sandrine_first}, your {points} points are safe, all of them 🙂 The card is changing, not disappearing; the timetable will be announced in our shops very soon, and we will come back here to share it. Your cake is waiting for you!} #post: p4 #action: reply #tone: empathetic #judgement: best #intents: explain #why: Everything that's approved and nothing that isn't: the customer is reassured about what matters to her, and the official announcement keeps its date.]
  ~ corrected = true
  ~ trust += 1
  -> allergy_and_spam
* [Yes! A little exclusive for the forum: the card goes digital on 1 April, and paper cards stay valid until 30 June 😉 #post: p4 #action: reply #tone: neutral #judgement: bad #breaks: no-confidential #intents: explain #why: Leaking dates that management announces on Monday is disclosing internal information: if the timetable shifts before then, your post is the one people will quote.]
  ~ corrected = true
  ~ leaked = true
  -> allergy_and_spam
* [Offer, by private message, to check her exact balance with her card number. #post: p4 #action: dm #tone: empathetic #judgement: good #intents: ask-details, move-to-dm #why: Helpful for her, and the card number stays private; but the whole forum wanted the answer, and it still doesn't have it.]
  -> allergy_and_spam
* [Yes, and to make up for the scare, your cake is on us from tomorrow, we will let the shop know 🎁 #post: p4 #action: reply #tone: empathetic #judgement: poor #breaks: no-promise #intents: promise #why: A gesture promised in public without customer service's agreement: everyone in the thread who is "20 points off" will ask for the same.]
  ~ promised = true
  -> allergy_and_spam
* [Ignore #post: p4 #action: ignore #judgement: poor #why: The customer who had doubts comes back with a simple question and gets nothing: the good answer loses its momentum.]
  ~ trust -= 1
  -> allergy_and_spam

=== hurt ===
# post: p4
# from: sandrine
# on: forum
# thread: Re: Is the bakery's bread no longer made on site??
# rank: Member
# in: p1
# after: 10m
# kind: complaint
# mood: angry
# facts: product=loyalty card
# subject: policy
# deadline: 60m
# hint: A customer who feels hurt isn't waiting for justifications. The rule on public accusations and the head baker's memo give you what you need.
{rumour == 3: I didn't make anything up, I asked a question, that's all. Thanks, {brand_short}, for making me look like a liar in front of the whole forum.|Still no answer from the {brand_short}, even though they've got an account on this forum.} Honestly, it doesn't make me want to go back. And we still don't know anything about the card.
* [{~{sandrine_first}, you were right to ask, and {rumour == 3: our first message was clumsy, we apologise|we are sorry it took us so long to reply}. Here are the facts: our bread is kneaded and baked every night in every shop; only the pastry dough is made at our {workshop} workshop and then baked on site. Nothing is frozen. And the loyalty card is not being scrapped: your points are kept.|{sandrine_first}, your question was a fair one, and {rumour == 3: our first message was clumsy, we apologise|we are sorry we took so long to reply}. Here are the facts: every night, our bread is kneaded and baked in every shop; only the pastry dough comes from our {workshop} workshop, and it is baked on site. Nothing is frozen. As for the loyalty card, it is not being scrapped: your points are kept.} #post: p4 #action: reply #tone: empathetic #judgement: best #intents: apologise, correct, explain #why: A simple apology for the manner, then all the facts: the customer is treated as someone to talk to again, and the thread finally reads the right version.]
  ~ corrected = true
  ~ trust += 2
  ~ heat -= 1
  -> allergy_and_spam
* [Message her privately to apologise and give her the facts. #post: p4 #action: dm #tone: empathetic #judgement: poor #intents: apologise, explain #why: The private apology calms the customer down, but the public thread keeps the rumour with no visible correction or apology.]
  -> allergy_and_spam
* [This information is false, and we cannot answer every rumour that starts on the internet. #post: p4 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Digging in against a hurt customer turns a question into a fight: the thread stops talking about bread and starts talking about the {brand_short}'s arrogance.]
  ~ blamed = true
  ~ trust -= 1
  ~ heat += 2
  -> allergy_and_spam
* [Ignore #post: p4 #action: ignore #judgement: bad #why: Two messages without a proper answer: the customer walks away, and the rumour is the only version left in the thread.]
  ~ trust -= 1
  ~ heat += 1
  -> allergy_and_spam

=== caught ===
# post: p4
# from: fabien
# on: forum
# thread: Re: Is the bakery's bread no longer made on site??
# rank: New member
# in: p1
# after: 10m
# kind: complaint
# mood: angry
# facts: product=croissants
# deadline: 60m
# hint: You've been caught out on a nuance the head baker's memo spelled out. What restores trust: justifying yourself, or putting it right?
Small correction to the {brand_short}'s post: "100% made on site, from the bread to the croissants"… I work in catering, and I know the driver who brings croissant dough over from {workshop} every morning in a refrigerated van. Doesn't bother me at all, but then don't tell stories. So how are we supposed to believe the rest?
* [{~You are right, Fabien, and thank you for the correction: our message went too fast. Our bread really is kneaded and baked every night in every shop, but the dough for our pastries is made by our pastry chefs at the {workshop} workshop, delivered raw and baked on site. Nothing is frozen. And the loyalty card is not being scrapped, but it is going to change: that is how we should have put it.|Thank you, Fabien, you are right: our message went too fast. Our bread really is kneaded and baked every night in every shop, but the dough for our pastries is made by our pastry chefs at the {workshop} workshop, delivered raw and baked on site. Nothing is frozen. As for the loyalty card, it is not being scrapped, but it is going to change: that is what we should have written.} #post: p4 #action: reply #tone: empathetic #judgement: best #intents: thank, apologise, correct, explain #why: Correcting yourself, quickly and precisely, and thanking the person who noticed is the only way to give the rest of the message its credibility back.]
  ~ corrected = true
  ~ trust += 1
  ~ heat -= 1
  -> allergy_and_spam
* [Hello, our pastries are indeed baked on site, which is what our message said. Please do not twist our words. #post: p4 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Playing with words and accusing Fabien of twisting them: the forum sees a brand caught out and refusing to admit it.]
  ~ blamed = true
  ~ trust -= 2
  ~ heat += 2
  -> allergy_and_spam
* [Message Fabien privately and ask him to edit his post. #post: p4 #action: dm #tone: neutral #judgement: poor #intents: explain #why: Privately asking someone to take down an accurate correction is the surest way to see it reposted, with a screenshot of your message.]
  ~ trust -= 1
  ~ heat += 1
  -> allergy_and_spam
* [Ignore #post: p4 #action: ignore #judgement: bad #why: The only error left in the thread is now yours, and nobody has corrected it.]
  ~ trust -= 2
  ~ heat += 1
  -> allergy_and_spam

=== allergy_and_spam ===
{shuffle:
- -> julien_post -> spam_post ->
- -> spam_post -> julien_post ->
}
- (open)
* {not p5_done} [{~Hello {julien_first}, your question deserves an exact answer, not a rough one: we are passing it to our quality manager, who will send you a private message telling you precisely how things are done in your shop's bakehouse. In the meantime, the allergen sheet is available in any of our shops on request.|Hello {julien_first}, a question like yours needs a reliable answer, not a rough one: we are passing it to our quality manager, who will send you a private message explaining exactly how the bakehouse in your shop works. Meanwhile, the allergen sheet is available on request in any of our shops.} #post: p5 #action: escalate #to: product #judgement: best #intents: escalate, move-to-dm #why: The right person answers a question where a mistake can cost dearly, and the thread shows every parent concerned that the question is being taken seriously.]
  ~ p5_done = true
  ~ allergy = 1
  ~ trust += 2
  -> open
* {not p5_done} [Hello {julien_first}, no need to worry: our plain bread contains no sesame, you can buy it with complete confidence 🙂 #post: p5 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: correct, promise #why: The recipe has no sesame, but the bakehouse uses it for other loaves: without quality's word, this reassurance could put a child in danger.]
  ~ p5_done = true
  ~ allergy = 2
  ~ promised = true
  -> open
* {not p5_done} [Message {julien_first} privately to ask which shop he buys his bread from, before checking with quality. #post: p5 #action: dm #tone: empathetic #judgement: good #intents: ask-details, move-to-dm #why: A serious, personal approach, but the thread stays silent for every other parent of an allergic child reading it.]
  ~ p5_done = true
  ~ allergy = 4
  ~ trust += 1
  -> open
* {not p5_done} [Hello, the list of allergens is available in our shops on request. #post: p5 #action: reply #tone: neutral #judgement: poor #intents: explain #why: Accurate but curt: a parent worried about his son's health is sent back to the counter, and nobody actually answers his question about traces.]
  ~ p5_done = true
  ~ allergy = 3
  -> open
* {not p5_done} [Ignore #post: p5 #action: ignore #judgement: bad #why: A food-safety question left unanswered means a parent looking for the answer elsewhere, perhaps from someone who gets it wrong.]
  ~ p5_done = true
  ~ allergy = 5
  ~ trust -= 1
  -> open
* {not p6_done} [{~Delete the fraudulent comment and ban the account that posted it.|Delete this fake giveaway and ban the account that posted it.} #post: p6 #action: delete #judgement: best #why: The trap disappears from your page before customers hand over their card details: that's protection, not censorship.]
  ~ p6_done = true
  -> open
* {not p6_done} [Hide the comment. #post: p6 #action: hide #judgement: good #why: Your followers no longer see the link; deleting the comment and blocking the account would have stopped it coming back ten minutes later.]
  ~ p6_done = true
  -> open
* {not p6_done} [Please note: this giveaway is not run by {brand}. Do not click the link. #post: p6 #action: reply #tone: neutral #judgement: poor #intents: correct #why: The warning is right, but the scam link stays live under your own post, and your reply bumps it up the thread.]
  ~ p6_done = true
  ~ phishing_left = true
  -> open
* {not p6_done} [Ignore #post: p6 #action: ignore #judgement: bad #why: The fake giveaway stays under your post: every customer who enters their card there will link the scam to your name.]
  ~ p6_done = true
  ~ phishing_left = true
  ~ trust -= 1
  -> open
* -> quality_memo

=== julien_post ===
# post: p5
# from: julien
# on: forum
# thread: Sesame allergy and bakeries
# rank: Member
# after: {allergy_wait}
# kind: question
# mood: worried
# facts: product=plain bread
# subject: safety
# deadline: 90m
# hint: This is a health question. Reread the charter's escalation routes: who on your side can answer with certainty?
{~New thread: "Sesame allergy and bakeries". Hi everyone, our 4-year-old son has a severe sesame allergy (adrenaline pen and all the rest of it). Does anyone know whether the {brand_short}'s plain bread is made in the same bakehouse as the seeded loaves? Any risk of traces? We hardly dare buy anything anymore. If anyone from the {brand_short} sees this…|New thread: "Sesame allergy and bakeries". Hello, our 4-year-old son is severely allergic to sesame (adrenaline pen, care plan at school, etc.). Does anyone know if the {brand_short}'s plain bread comes out of the same bakehouse as the seeded loaves? Is there a risk of traces? We hardly dare buy anything anymore. If anyone from the {brand_short} reads this…}
->->

=== spam_post ===
# post: p6
# from: bonsplans
# on: comments
# after: 4m
# kind: spam
# mood: enthusiastic
# deadline: 30m
# hint: Who wrote this comment, and where does that link go? A healthy space is moderated, and there's nothing to debate when it's a scam.
🎉 {brand} is turning {brand_age} and GIVING AWAY a year of bread to 500 families! Only 12 places left ➡ {scam_site} (just enter your bank card for the postage 📦)
->->

=== quality_memo ===
{
- allergy == 1 || allergy == 4:
  # memo: product
  # after: 5m
  Quality: thanks for passing on {julien_first}, I'll ring him this afternoon. For the record, the plain loaf has no sesame in its recipe, but the same bakehouse makes seeded loaves, so we can't rule out traces. That's exactly what I'll explain to him, along with the options he has.
- allergy == 2:
  # memo: product
  # after: 5m
  Quality: you told the parent of an allergic child he could buy our bread "with complete confidence"?! Our bakehouses use sesame for other loaves; traces can't be ruled out. I'm contacting him urgently. Never again any assurance about allergens without us.
- else:
  # memo: product
  # after: 5m
  Quality: I saw a dad's question about sesame on the forum, with no real answer. Please send that kind of message straight to me: you don't improvise with allergies.
}
{ hours == 3:
  # memo: hr
  # after: 2m
  HR: did you write on a public forum that two {street} assistants are on sick leave? The whole neighbourhood knows who they are. Please remove that part right away. Employees' health never leaves the building.
}
{
- hours == 1 || hours == 3:
  -> karim_dm
- else:
  -> karim_review
}

=== karim_dm ===
# post: p7
# from: karim
# on: dm
# after: 15m
# kind: request
# mood: neutral
# facts: place=on {street}
# subject: policy
# deadline: 60m
# hint: A useful suggestion, and a decision that isn't yours to make. Reread the escalation routes and the rule on public commitments.
{hours == 3:Hi. Well, I got the hours, that's something, but telling a public forum the sales assistants are off sick… the whole neighbourhood knows them, I felt bad for them. Anyway, a suggestion all the same:|Hi, thanks for owning the problem on the forum, that makes a change. Quick suggestion:} loads of us drop the kids at the 7 am breakfast club right next door. Opening at 6:45, even just for bread, would make our lives so much easier. I don't know who to tell, so I'm telling you.
* [{~Thank {karim_first}, tell him his suggestion is going to customer service and the shop manager, without promising anything, and pass it on to them with the breakfast-club context.|Reply to {karim_first} that his suggestion is going to customer service and the shop manager, without promising anything, and forward it to them with the context of the 7 am breakfast club.} #post: p7 #action: escalate #to: after-sales #judgement: best #intents: thank, escalate #why: The suggestion reaches the people who decide, with the context that makes it persuasive, and the customer knows he's been heard, with no false promise.]
  ~ trust += 1
  -> mael_next
* [Great idea, {karim_first}! Consider it done: opening at 6:45 from next week 👍 #post: p7 #action: dm #tone: empathetic #judgement: bad #breaks: no-promise #intents: thank, promise #why: You don't set the opening hours: if the shop isn't open at 6:45 on Monday, this customer will be standing at the shutter a third time, holding your message.]
  ~ promised = true
  -> mael_next
* [Opening hours are set by management according to each shop's constraints. They cannot be changed on request. #post: p7 #action: dm #tone: defensive #judgement: poor #intents: refuse #why: A flat no to a customer making a constructive suggestion: he won't bother writing to you again.]
  ~ trust -= 1
  -> mael_next
* [Ignore #post: p7 #action: ignore #judgement: poor #why: A customer who moves from complaint to suggestion and gets no reply: the chance to win him over is gone.]
  ~ trust -= 1
  -> mael_next

=== karim_review ===
# post: p7
# from: karim
# on: reviews
# after: 15m
# kind: complaint
# mood: angry
# facts: place=in {town}
# subject: policy
# stars: 2
# deadline: 120m
# hint: A harsh but fair review. What does the charter say about what you acknowledge, and about what you do with legitimate criticism?
Shop on {street}, {town}. The bread's good, no complaints there. But the hours changed without notice (closed Mondays, opens at 7), and when you mention it on the forum, {hours == 4: they point you to their website|the {brand_short} doesn't even reply}. Shame for a neighbourhood bakery.
* [{~Hello {karim_first}, you are right: we should have let people know, and we did not. Since the 2nd, the shop has been open Tuesday to Sunday from 7 am to 7:30 pm; the notice goes up this evening. If you would like to share any comments about these hours, please send us a private message and it will go straight to customer service.|Hello {karim_first}, you are right, we should have told people and we did not. Since the 2nd, the shop has been open from 7 am to 7:30 pm, Tuesday to Sunday; the notice will be put up this evening. For any comments about these hours, please send us a private message: it will go straight to customer service.} #post: p7 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, move-to-dm #why: The review stays at two stars, but every future customer who reads it will see a bakery that owns its mistake and gives the right hours.]
  ~ trust += 1
  -> mael_next
* [Report the review and ask for it to be removed: it isn't about the quality of the bread. #post: p7 #action: delete #judgement: bad #why: The review is fair and measured: trying to make it disappear is censorship, and its author has already told the forum what he thinks.]
  ~ trust -= 2
  ~ heat += 2
  -> mael_next
* [Hello, our opening hours are shown on our website and updated regularly. We are sorry you did not check them. #post: p7 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Blaming the customer for not checking the website pins your own oversight on him, under a review the whole neighbourhood can read.]
  ~ blamed = true
  ~ trust -= 1
  ~ heat += 1
  -> mael_next
* [Ignore #post: p7 #action: ignore #judgement: poor #why: An unanswered bad review sits at the top of the shop's page for months.]
  ~ trust -= 1
  -> mael_next

=== mael_next ===
{
- corrected && not blamed && trust >= 4:
  -> mael_praise
- else:
  -> mael_question
}

=== mael_praise ===
# post: p8
# from: mael
# on: microblog
# after: 15m
# kind: praise
# mood: happy
# deadline: 45m
# hint: A widely read local page is sharing your correction. A reply in proportion beats a fanfare.
Saw a rumour going round the parents' forum that "the {brand_short}'s gone frozen". {brand_handle} answered point by point, bakehouse window and all, and even owned up to an opening-hours slip in {town}. Just goes to show: ask them directly and you get an answer 👍 \#{town} \#shoplocal
* [{~Thank you, Maël, for taking the time to check before sharing 🙏 And the invitation stands for every family who follows the page: you can watch the Place de l'Église bakehouse through the window from 4 am, and we will wave back.|Thank you, Maël, for checking before sharing 🙏 And the invitation goes for every family who follows the page: from 4 am you can watch the Place de l'Église bakehouse through the window, and we will wave back.} #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank #why: A warm thank-you and a concrete invitation: the page that backs you is recognised, without any crowing.]
  ~ trust += 1
  -> ending
* [Like Maël's post. #post: p8 #action: like #judgement: good #why: The like shows you saw it; a reply would have thanked Maël for his approach in front of his 6,400 followers.]
  -> ending
* [THANK YOU MAËL!!! REAL BREAD IS MADE HERE AND NOWHERE ELSE!!! 🥖🥖🥖 #post: p8 #action: reply #tone: empathetic #judgement: bad #breaks: no-shouting #intents: thank #why: Shouting victory in capitals turns a sober correction into a noisy advert: anyone still in doubt sees a brand on the defensive.]
  ~ heat += 1
  -> ending
* [Thank you, Maël! Unlike {competitor}, we have nothing to hide 😉 #post: p8 #action: reply #tone: neutral #judgement: bad #breaks: no-competitor #intents: thank #why: A dig at a competitor inside a thank-you: that's what people will remember, and the charter forbids it.]
  ~ trust -= 1
  ~ heat += 1
  -> ending
* [Ignore #post: p8 #action: ignore #judgement: poor #why: A local page sharing your correction deserves at least a sign: with no reply, it will be less keen to share next time.]
  -> ending

=== mael_question ===
# post: p8
# from: mael
# on: microblog
# after: 15m
# kind: rumour
# mood: neutral
# facts: product=bread from the {brand_short}
# deadline: 30m
# hint: The rumour has changed scale. Where are these readers expecting the answer, and what does the charter require of a correction?
{~Several of you have asked me whether it's true that {brand_handle} has gone over to frozen bread and is scrapping its loyalty card. {corrected:They did answer on the forum{blamed:, in a rather tense exchange}, but the rumour is still doing the rounds here.|I couldn't find a clear answer from them on the forum{blamed:, just a rather tense exchange}.} {brand_short}, can you confirm or not? 6,400 families are waiting 😅|Lots of you are asking me whether {brand_handle} really has switched to frozen bread and is scrapping its loyalty card. {corrected:They did reply on the forum{blamed:, in a rather tense exchange}, but it's still going round here.|On the forum I couldn't see a clear answer from them{blamed:, just a rather tense exchange}.} {brand_short}, true or not? 6,400 families are waiting 😅}
* [{~Thank you, Maël, for asking before sharing 🙏 Our bread is not frozen: it is kneaded and baked every night in each of our shops; only the pastry dough is made by our pastry chefs at our {workshop} workshop, then baked on site. The loyalty card is not being scrapped and points are kept. And the Place de l'Église bakehouse has a window onto the street: do come and see!|Thank you, Maël, for asking the question instead of sharing 🙏 No, our bread is not frozen: it is kneaded and baked every night in each of our shops; only the pastry dough is made by our pastry chefs at our {workshop} workshop, then baked on site. The loyalty card is not being scrapped, and points are kept. And at Place de l'Église the bakehouse has a window: come and see!} #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank, correct, explain #why: The complete, nuanced answer finally lands where 6,400 families will read it, and it thanks Maël for checking rather than sharing.]
  ~ corrected = true
  ~ trust += 2
  ~ heat -= 1
  -> ending
* [Send Maël the facts by private message so he can pass them on. #post: p8 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Maël can share the right facts, but his followers will read his version, not yours: a public correction from the brand would carry more weight.]
  ~ trust += 1
  -> ending
* [A page with this many followers ought to check its information before passing on rumours. #post: p8 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Maël asked instead of sharing: lecturing him in front of 6,400 families turns a valuable ally against you.]
  ~ blamed = true
  ~ trust -= 2
  ~ heat += 2
  -> ending
* [Ignore #post: p8 #action: ignore #judgement: bad #why: A widely read local page asks you a public question and gets no answer: the rumour becomes the neighbourhood's news.]
  ~ trust -= 1
  ~ heat += 2
  -> ending

=== ending ===
{
- allergy == 2:
  -> end_unsafe
- heat >= 4 || trust <= 0:
  -> end_spread
- trust >= 7 && corrected && not blamed && not leaked && not promised && not phishing_left:
  -> end_straight
- else:
  -> end_half
}

=== end_straight ===
# end: record-straight
# after: 10m
The thread closes on the right version. {sandrine_first} knows her bread is baked on site and her points are safe, {karim_first} got an apology and the real opening hours, {julien_first} is expecting a call from the quality manager, and {town}'s parents are talking about the bakehouse window rather than frozen bread. You corrected the facts without attacking anyone, owned what was true and sent each question to the right department: on a neighbourhood forum, that is how a brand earns trust, one message at a time.
-> END

=== end_half ===
# end: partly-heard
# after: 10m
The facts are out there, but the thread feels unfinished.{leaked: Internal information got out on the forum, and it will have to be dealt with.}{promised: An unapproved promise is now waiting to be kept.}{blamed: A forum member felt singled out by the official account.}{phishing_left: The fake giveaway stayed up a few hours too long.}{not corrected: Many parents never read the right version.}{corrected && not leaked && not promised && not blamed && not phishing_left: Your answers were right, but too often given privately, with a like or a quiet hand-over: parents reading the thread never saw the {brand_short} answer each of them.} Nothing that can't be repaired: customer service takes over, and the next rumour will be decided by the trust you have rebuilt by then.
-> END

=== end_spread ===
# end: rumour-spreads
# after: 10m
The rumour has won. "The {brand_short}'s gone frozen" is going round the school gates and the {town} en famille page{blamed:, along with a screenshot of the official account snapping at a forum member}. Customer service is swamped with questions, the {street} shop is losing its morning regulars, and management asks you to go back to the method: check, correct where the rumour circulates, attack nobody, and own what is true.
-> END

=== end_unsafe ===
# end: unsafe-reassurance
# after: 10m
{heat >= 4: The frozen-bread thread went badly, but the most serious problem is elsewhere|The frozen-bread thread has more or less calmed down, but another message has the whole team worried}: you told {julien_first} he could buy the plain loaf "with complete confidence". The quality manager points out that the same bakehouse works with sesame: traces cannot be ruled out. The post has to be corrected publicly, {julien_first} reached urgently, and the procedure gone over with you. An allergy question is never answered from memory: it goes to quality, who answer with certainty.
-> END
