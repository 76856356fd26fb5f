// Frontline — drop-day (English)
// A drop sold out in 40 seconds, bots, memes and a 15-25 community that doesn't forgive corporate speak.
// Same structure as drop-day.fr.ink: same knots, choices and tags (only `why` and `hint` differ).

VAR trust = 0          // the community's trust
VAR heat = 0           // anger and virality of the evening
VAR corporate = 0      // help-desk boilerplate replies
VAR cringe = false     // a try-hard slang reply
VAR promised = false   // a date or a pair promised without sign-off
VAR corrected = false  // the promise was corrected in public
VAR leaked = false     // internal information revealed (figures, raffle)
VAR scam = 0           // 0 open, 1 removed, 2 warned only, 3 left up or liked
VAR meme_done = false  // meme handled (parallel posts)
VAR lina_done = false  // Lina's fit handled
VAR scam_done = false  // scam handled
VAR theo_done = false  // Théo's question handled
VAR theo_ok = false    // Théo got the right answer
// Variants (manifest, "variants"): each run draws its values; these are the scenario's as written.
VAR colour = "Brume"
VAR resale = "€400"
VAR delay = "ten days"
VAR meme_wait = "4m" // when the meme arrives
VAR nael_first = "Naël"
VAR lina_first = "Lina"
VAR theo_first = "Théo"
VAR sacha_first = "Sacha"

-> intro

=== intro ===
Thursday, 5:50 pm. In ten minutes the Silex 02 "{colour}" goes live on kairn.fr. The whole team is glued to their screens.
# memo: manager
You're running the accounts tonight; I'm staying with the tech team during the drop. Charter reminder: we sound like us, not like a help desk, and no restock dates without sign-off. If it kicks off, message me.
-> sold_out

=== sold_out ===
# after: 10m
6:00 pm and 40 seconds. The counter says "Sold out". Notifications go wild.
# post: p1
# from: nael
# on: microblog
# after: 1m
# kind: complaint
# mood: furious
# facts: event=the drop; product=Silex {colour}
# subject: stock
# deadline: 30m
# hint: This crowd punishes corporate speak faster than silence. Reread the charter's voice: what do you actually know right now, and what don't you know yet?
40 SECONDS. {~I was in the queue at 5:59, got to checkout: sold out.|In the queue since 5:59, finally get to checkout: sold out.} And in ten minutes they'll be on resale sites for {resale}. Bots took the lot, well done @kairn 👏🤡 \#Silex{colour}
* [{~40 seconds, we watched it happen too and we're gutted for you, {nael_first}. There are some dodgy orders in there and we're going through them tonight. As soon as we know what happens next, you'll read it here first.|We're as gutted as you are, {nael_first}: 40 seconds isn't right. We've spotted some dodgy orders and we're going through them tonight. As soon as we know what happens next, you'll read it here first.} #post: p1 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain #why: Short, honest and in the right place: you say what you know (suspicious orders), what you don't know yet, and where to follow it. The fan and everyone reading see people, not a help desk.]
  ~ trust += 2
  ~ heat -= 1
  -> bots_memo
* [DM {nael_first} to say sorry, without replying under his post. #post: p1 #action: dm #tone: empathetic #judgement: good #intents: apologise #why: He feels heard, but his post stays unanswered in front of his 1,200 followers and everyone who missed the drop: in public, the brand looks absent.]
  ~ trust += 1
  -> bots_memo
* [Dear {nael_first}, we understand your frustration and value your feedback. The success of this release exceeded our expectations. Please be advised that all updates will be shared on our official channels. #post: p1 #action: reply #tone: neutral #judgement: bad #breaks: register-tu #intents: thank, explain #why: "Dear", "we value your feedback", "please be advised", "exceeded our expectations": exactly the tone that makes this crowd call the brand fake. This reply ends up as a screenshot.]
  ~ corporate += 1
  ~ trust -= 1
  ~ heat += 2
  -> bots_memo
* [The drop was announced two weeks ago: you needed notifications on and to be ready at 6 sharp 🤷 #post: p1 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: explain #why: He was in the queue at 5:59: blaming him for being slow when bots cleared the stock puts the problem on the community. Everyone who missed out feels targeted.]
  ~ trust -= 2
  ~ heat += 2
  -> bots_memo
* [Ignore #post: p1 #action: ignore #judgement: bad #why: Thirty minutes of silence on drop night is forever for this crowd: more disappointed fans pile into his thread and the brand looks like it's hiding.]
  ~ trust -= 1
  ~ heat += 2
  -> bots_memo

=== bots_memo ===
# memo: product
# after: 3m
Tech confirms it: a big batch of suspicious orders, same card, addresses in series, just over 300 pairs. We're cancelling them tonight. The recovered pairs will go back on sale, but there's no date yet. We're also thinking about a raffle for future drops: nothing decided, keep it between us.
-> meme_and_fit

=== meme_and_fit ===
{shuffle:
- -> meme_post -> lina_post ->
- -> lina_post -> meme_post ->
}
- (open)
* {not meme_done} [{~The skeleton is also us looking at tonight's orders 💀 We're cleaning up: the bot orders are getting cancelled, and what happens next will be announced here.|Honestly, the skeleton is us staring at tonight's orders 💀 We're sorting it: bot orders are being cancelled, and what comes next will be announced here.} #post: p2 #action: reply #tone: empathetic #judgement: best #intents: explain #why: A bit of self-deprecation with real information tucked in: the meme becomes the best way to tell 38,000 followers that bot orders are cancelled, without promising a date.]
  ~ meme_done = true
  ~ trust += 1
  ~ heat -= 1
  -> open
* {not meme_done} [Like the meme. #post: p2 #action: like #judgement: good #why: The like shows the brand can laugh at itself; a reply would also have got the news about the bots to 38,000 followers.]
  ~ meme_done = true
  -> open
* {not meme_done} [LMAOOO so real 😭😭💀 love u fam fr fr, restock dropping super soon no cap, stay tuned 🔥🔥🔥 #post: p2 #action: reply #tone: empathetic #diplomacy: 45 #judgement: bad #breaks: register-tu, no-promise #intents: promise #why: Try-hard slang sounds as fake as boilerplate to this crowd, and "restock dropping super soon" is a promise nobody signed off: a double screenshot, guaranteed.]
  ~ meme_done = true
  ~ cringe = true
  ~ promised = true
  ~ heat += 1
  -> open
* {not meme_done} [Hide the meme: it's mocking the brand on drop night. #post: p2 #action: hide #judgement: bad #why: A meme isn't abuse: hiding it is censorship, and "Kairn hides memes" becomes a far more viral meme than the first one.]
  ~ meme_done = true
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not meme_done} [Ignore #post: p2 #action: ignore #judgement: poor #why: No direct harm, but the meme does the rounds without the brand: a missed chance to show some humour and get the right information out.]
  ~ meme_done = true
  -> open
* {not lina_done} [{~Silex 01 with the cream Galet 🔥 honestly clean. Mind if we share it on our story? We'll credit you, obviously.|Silex 01 and the cream Galet, that combo really works 🔥 Okay if we share your photo on our story, {lina_first}? With credit, obviously.} #post: p3 #action: reply #tone: empathetic #judgement: best #intents: thank #why: A specific, genuine compliment, and you ask before reusing her photo: the fan feels seen, and the community sees a brand that respects the people who wear it.]
  ~ lina_done = true
  ~ trust += 1
  -> open
* {not lina_done} [Like {lina_first}'s post. #post: p3 #action: like #judgement: good #why: A like is always nice; a specific word about her fit would have meant more to a loyal fan on a night she missed the drop too.]
  ~ lina_done = true
  -> open
* {not lina_done} [Thank you for your continued loyalty, {lina_first}! Kindly find the full Galet collection at kairn.fr 🛒 #post: p3 #action: reply #tone: neutral #judgement: poor #breaks: register-tu #intents: thank #why: Stiff customer-service phrasing and a shop link under a personal photo: the compliment turns into an ad, and the fan feels she's talking to a bot.]
  ~ lina_done = true
  ~ corporate += 1
  -> open
* {not lina_done} [Love it 😍 And don't worry about the {colour}, we'll put a pair aside for you for the restock, DM us your size 😉 #post: p3 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Setting a pair aside for one fan, in public, on the night thousands missed the drop: it's favouritism, an unapproved promise, and proof that "the hype is rigged".]
  ~ lina_done = true
  ~ promised = true
  ~ heat += 2
  -> open
* {not lina_done} [Ignore #post: p3 #action: ignore #judgement: poor #why: Nothing serious, but a fan who stays positive on a night like this and hears nothing back is a missed chance.]
  ~ lina_done = true
  -> open
* -> line_memo

=== meme_post ===
# post: p2
# from: memes
# on: microblog
# after: {meme_wait}
# kind: complaint
# mood: happy
# facts: event=the drop; product=Silex {colour}
# subject: stock
# deadline: 30m
# hint: A meme isn't a support ticket. This crowd likes a brand that can laugh at itself, but the charter also rules out try-hard slang and promises.
Me at 18:00:01 hitting "add to cart" vs the bot that's had 14 pairs of {colour} in its basket since 17:59 (pic: skeleton at a computer, covered in cobwebs) \#Silex{colour} \#Kairn
->->

=== lina_post ===
# post: p3
# from: lina
# on: comments
# after: 2m
# kind: praise
# mood: happy
# facts: product=Silex 01
# deadline: 40m
# hint: Not everything is a crisis: a positive post deserves a reply that matches it. And if you fancy reusing her photo, think about consent.
Didn't get the {colour} tonight 😭 {~but the Silex 01 with the cream Galet hoodie will do me for now.|but hey, the Silex 01 and the cream Galet hoodie do the job for now.} Fit of the day 📸 \#KairnFit
->->

=== line_memo ===
# memo: management
# after: 3m
Signed off with management. You can say: no pairs were set aside for anyone, everything went on the site; bot orders are cancelled, the recovered pairs will go back on sale, and the date will be announced on our official accounts at least 24 hours ahead. You don't say: the number of pairs, a date, the raffle.
-> scam_and_theo

=== scam_and_theo ===
# post: p4
# from: scam
# on: microblog
# in: p1
# after: 4m
# kind: spam
# mood: enthusiastic
# deadline: 30m
# hint: Look closely at the account and the link. What protects a young community best: arguing with this account, or something else?
⚡ Silex {colour}: RESTOCK TOMORROW 10AM ⚡ Priority access for the first 200: sign up with your email and shoe size here 👉 kairn-access-vip.shop
# post: p5
# from: theo
# on: comments
# after: 2m
# needs: p4
# kind: question
# mood: worried
# facts: product=Silex {colour}
# subject: stock
# deadline: 40m
# hint: He's 17 and believes what he reads. The approved line says what you can state, the charter says what you can't promise, and what you never ask a minor for.
is the restock tmrw 10am for real?? some account says u have to sign up with ur email… been saving since september for these 😣
- (open)
* {not scam_done} [{~Delete the reply (a phishing link pretending to be Kairn) and report the account.|Delete this phishing link dressed up as a Kairn announcement and report the account to the platform.} #post: p4 #action: delete #judgement: best #why: A fake account harvesting kids' emails under the official thread isn't up for debate: it gets deleted. The community is protected and the scam gets no stage.]
  ~ scam_done = true
  ~ scam = 1
  ~ trust += 1
  -> open
* {not scam_done} [⚠️ This account isn't Kairn and that link isn't ours: don't put your email or card details in. Our announcements only come from @kairn. #post: p4 #action: reply #tone: neutral #judgement: good #intents: correct #why: The warning is useful and clear, but the link stays up under the most-read thread of the night: not everyone will read your reply before clicking.]
  ~ scam_done = true
  ~ scam = 2
  -> open
* {not scam_done} [Like the reply: it's engagement on the thread. #post: p4 #action: like #judgement: bad #why: A like from the brand under a scam is an official stamp of approval: 15-year-old followers will hand over their email thinking Kairn vouched for it.]
  ~ scam_done = true
  ~ scam = 3
  ~ trust -= 2
  ~ heat += 2
  -> open
* {not scam_done} [Ignore #post: p4 #action: ignore #judgement: bad #why: The link stays up all evening under the official thread: minors hand over their emails, and the brand did nothing.]
  ~ scam_done = true
  ~ scam = 3
  ~ trust -= 1
  ~ heat += 1
  -> open
* {not theo_done} [{~Hey {theo_first} 🙏 That account isn't us: don't put your email into its link. What's true: we're cancelling the bot orders and those pairs will go back on sale. The date will be posted here, on our official accounts, at least 24 hours ahead. You won't miss it.|Hey {theo_first}, that account has nothing to do with us: whatever you do, don't put your email into its link. What we know: the bot orders are cancelled and those pairs will go back on sale. The date will be announced here, on our official accounts, at least 24 hours ahead, so you won't miss it.} #post: p5 #action: reply #tone: empathetic #judgement: best #intents: correct, explain #why: You debunk the scam, give exactly the approved line and promise nothing: the teenager is reassured, and everyone wondering the same thing has the answer right there.]
  ~ theo_done = true
  ~ theo_ok = true
  ~ trust += 2
  -> open
* {not theo_done} [Yep {theo_first}, tomorrow 10am, set your alarm 😉 You'll get your pair! #post: p5 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: You confirm a date a scammer made up and promise a pair to a teenager: tomorrow at 10 there'll be nothing, and it's the brand that lied.]
  ~ theo_done = true
  ~ promised = true
  ~ heat += 1
  -> open
* {not theo_done} [DM him: "Send us your email, age and shoe size and we'll put you on a priority list 😉" #post: p5 #action: dm #tone: empathetic #judgement: bad #breaks: no-personal-data, no-promise #intents: ask-details, promise #why: Asking a minor for his age and email for a priority list that doesn't exist: needless data collection, favouritism and a promise, which is exactly what the scam does.]
  ~ theo_done = true
  ~ promised = true
  ~ trust -= 1
  -> open
* {not theo_done} [Hello. Please be advised that we do not comment on restocks. Kindly refer to our official channels. #post: p5 #action: reply #tone: neutral #judgement: poor #breaks: register-tu #intents: refuse #why: Admin-speak for a worried teenager: he doesn't even learn that the scam account isn't yours, and the approved line never gets said.]
  ~ theo_done = true
  ~ corporate += 1
  -> open
* {not theo_done} [Ignore #post: p5 #action: ignore #judgement: bad #why: A worried minor, a scam hanging around and no answer: he ends up believing the fake account, like everyone reading over his shoulder.]
  ~ theo_done = true
  ~ trust -= 1
  ~ heat += 1
  -> open
* -> critic

=== critic ===
# post: p6
# from: sacha
# on: microblog
# after: 6m
# kind: complaint
# mood: hostile
# facts: event=the drop; product=Silex {colour}
# subject: stock
# deadline: 30m
# hint: Harsh criticism isn't necessarily abuse to moderate. What's fair in what he says? And reread the list of what you're not allowed to reveal to defend yourself.
Kairn has turned into a reseller brand that acts like your mate on Insta. A 40-second drop, "community", "add your stone"… {~The only stone laid tonight is on authenticity's grave.|Tonight, the only stone they laid was on authenticity's grave.}{corporate > 0: And when you message them, they reply "we value your feedback" 💀}{promised: And to calm the kids down, they're promising restocks out of thin air.} Fake top to bottom. \#KairnFake
* [{~Tonight, from the outside, we get why it looks fake. Here's what we can say: no pairs were set aside for resellers, bot orders are cancelled and those pairs will go back on sale, announced here. A drop gone in 40 seconds doesn't sit right with us either, and we're working out how to do better.|We get why tonight looks fake from the outside. The facts: no pairs were kept back for resellers, bot orders are cancelled and those pairs will go back on sale, with an announcement here. A drop over in 40 seconds isn't what we want either, and we're working on doing better.} #post: p6 #action: reply #tone: empathetic #judgement: best #intents: explain, correct #why: You own what's fair, correct what's wrong with the approved line, no figures and no internal plans: the video maker can stay harsh, but his 9,400 followers see a brand that isn't hiding.]
  ~ trust += 2
  ~ heat -= 2
  -> follow_up
* [FYI: 312 bot orders cancelled tonight, and from the next drop we're moving to a raffle. Authentic enough for you? 😉 #post: p6 #action: reply #tone: defensive #judgement: bad #breaks: no-confidential, no-promise #intents: correct, promise #why: The figure and the raffle come straight from the internal memo: bots now know what was caught, and an undecided plan becomes a public promise, all in a snippy tone.]
  ~ leaked = true
  ~ promised = true
  ~ heat += 1
  -> follow_up
* [Nobody's making you buy 🤷 Go back to Bitume Club, at least their drops never sell out 😘 #post: p6 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression, no-competitor #intents: refuse #why: A clapback and a dig at a competitor in one line: the perfect screenshot for \#KairnFake, and proof that the brand "acting like your mate" bites when criticised.]
  ~ trust -= 2
  ~ heat += 4
  -> follow_up
* [Hide {sacha_first}'s post: he's calling the brand fake in front of 9,400 followers. #post: p6 #action: hide #judgement: bad #why: Criticism, even unfair criticism, isn't abuse: hiding it is censorship, and the video maker will have the screenshot of his hidden post in his next video.]
  ~ trust -= 1
  ~ heat += 4
  -> follow_up
* [Ignore #post: p6 #action: ignore #judgement: poor #why: Silence doesn't make everything worse, but his hashtag runs on with no version of events from the brand underneath.]
  ~ heat += 1
  -> follow_up

=== follow_up ===
{ promised:
  -> owned
- else:
  -> calm
}

=== owned ===
# memo: management
# after: 3m
Who announced a restock? There's no date: tech needs at least {delay} to put the pairs back on sale. This needs correcting in public, quickly and simply.
# post: p7
# from: nael
# on: microblog
# after: 5m
# kind: question
# mood: angry
# facts: event=the restock; product=Silex {colour}
# subject: stock
# deadline: 30m
# hint: When you've jumped the gun, the charter says to state what's settled. This crowd forgives an admitted mistake far more easily than a covered-up one.
So when's the restock then? Saw your replies, are you confirming or was that hot air? Cos people are booking days off for this 😐
* [{~We got ahead of ourselves, sorry. There's no date yet. What's certain: the bot pairs will go back on sale, and the date will be posted here at least 24 hours ahead. Better to tell you now than have you book a day off for nothing.|Sorry, we jumped the gun: there's no date yet. What's certain is that the bot pairs will go back on sale, with the date announced here at least 24 hours ahead. Better to say so now than let you book a day off for nothing.} #post: p7 #action: reply #tone: empathetic #judgement: best #intents: apologise, correct, explain #why: Own the mistake in one sentence, give the approved line, done: the community sees a brand that corrects itself instead of digging deeper.]
  ~ corrected = true
  ~ trust += 2
  ~ heat -= 1
  -> finale
* [Yep, very soon, stay tuned 🔥 #post: p7 #action: reply #tone: neutral #judgement: bad #breaks: no-promise #intents: promise #why: Confirming a date that doesn't exist, when management has just said nothing will be ready for days: the debt grows, and it'll be paid back with interest.]
  ~ heat += 2
  -> finale
* [Pass the question to management and wait for their answer before saying anything. #post: p7 #action: escalate #to: management #judgement: poor #intents: escalate #why: Management has already said what to do: correct it, fast. Waiting longer means people book days off on the strength of false information.]
  ~ heat += 1
  -> finale
* [Hello. Due to a miscommunication, please disregard any information previously shared. #post: p7 #action: reply #tone: neutral #judgement: poor #breaks: register-tu #intents: correct #why: The substance is right, but this admin notice apologises for nothing and doesn't say what's true: this crowd reads "corporate" before it reads "correction".]
  ~ corporate += 1
  -> finale
* [Ignore #post: p7 #action: ignore #judgement: bad #why: The false date stays up uncorrected: tomorrow people will be waiting for it, and it's the brand that lied.]
  ~ trust -= 1
  ~ heat += 2
  -> finale

=== calm ===
# post: p7
# from: nael
# on: microblog
# after: 8m
# kind: question
# mood: neutral
# facts: event=the restock; product=Silex {colour}
# subject: stock
# deadline: 30m
# hint: He's asking a precise question, and the approved line answers it. What isn't settled doesn't get promised, even to be nice.
Ok. Saw you're binning the bot orders, respect, at least you answer. How much notice do you give before they go back on sale? So I can plan 😅
* [{~At least 24 hours, here on our official accounts. No date yet, but you'll get it at the same time as everyone else. And thanks for coming back 🙏|We give at least 24 hours' notice, here on our official accounts. No date yet, but you'll know at the same time as everyone else. Thanks for checking back 🙏} #post: p7 #action: reply #tone: empathetic #judgement: best #intents: explain, thank #why: The exact answer to his question, no more and no less, with a genuine thank-you: the fan goes from furious to patient, in front of his whole feed.]
  ~ trust += 1
  -> finale
* [Keep next Tuesday free, that's all we're saying 😉 #post: p7 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: A wink that amounts to announcing a date when nothing is fixed: tomorrow the whole scene will be waiting for Tuesday.]
  ~ promised = true
  ~ heat += 1
  -> finale
* [Answer him by DM with the approved line. #post: p7 #action: dm #tone: empathetic #judgement: good #intents: explain #why: He gets his answer, but he asked in public: everyone wondering the same thing won't see it.]
  -> finale
* [Like his post. #post: p7 #action: like #judgement: poor #why: A like under a question is a question left unanswered: he was reaching out, and he leaves with a thumbs-up.]
  -> finale
* [Ignore #post: p7 #action: ignore #judgement: poor #why: He had taken a step towards the brand; with no answer, what he remembers is the 40 seconds.]
  ~ trust -= 1
  -> finale

=== finale ===
{ trust >= 5 && heat <= 0 && not leaked:
  -> wholesome
- else:
  -> trending
}

=== wholesome ===
# post: p8
# from: memes
# on: microblog
# after: 10m
# kind: praise
# mood: happy
# facts: event=the drop; product=Silex {colour}
# deadline: 40m
# hint: Public praise after a night like this: the charter says real before cool. A reply that matches the post is enough.
Kairn replying like actual humans on a botched drop night, not used to this 🥲 (pic: cat crying with a thumbs-up) \#Silex{colour}
* [{~We did still botch the "selling shoes to humans" bit 😅 Thanks though, lesson learned for next time.|Thanks, even if we kind of botched the "selling shoes to humans" step 😅 Lesson learned for next time.} #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank #why: Self-deprecation and no gloating: the brand doesn't celebrate a night when lots of people were let down, it says thanks and stays humble.]
  ~ trust += 1
  -> ending
* [Like the meme. #post: p8 #action: like #judgement: good #why: The like shows you saw it; a self-deprecating word would have closed the night more warmly.]
  -> ending
* [BEST COMMUNITY IN THE GAME 🔥🔥🔥 we love u guys so much fr, stay locked in for what's next 👀👀 #post: p8 #action: reply #tone: empathetic #diplomacy: 45 #judgement: bad #breaks: register-tu #intents: thank #why: Capitals, forced slang and teasing: after a night of frustration, try-hard self-congratulation wipes out the credit you'd earned.]
  ~ cringe = true
  ~ heat += 1
  -> ending
* [Thanks! And to cheer you up: 10% off the Galet hoodie with code GALET10 this weekend 😉 #post: p8 #action: reply #tone: neutral #judgement: poor #breaks: no-promise #intents: thank, promise #why: A discount nobody signed off, slipped under a compliment: the genuine moment turns into an ad, and the code spreads without the team knowing.]
  ~ trust -= 1
  -> ending
* [Ignore #post: p8 #action: ignore #judgement: poor #why: A 38,000-follower account saying nice things about the brand on a botched drop night is rare: no reply wastes the end of the evening.]
  -> ending

=== trending ===
# post: p8
# from: memes
# on: microblog
# after: 10m
# kind: rumour
# mood: hostile
# facts: event=the drop; product=Silex {colour}
# deadline: 30m
# hint: The hashtag is taking off: which answer brings facts back without justifying or fighting? And is this still just a job for the desk?
\#KairnFake trending 💀{corporate > 0: Best of Kairn's replies tonight, "we value your feedback" edition.}{cringe: Special mention for the "love u fam" at 6:20.}{leaked: Bonus, they're dropping their own figures mid-argument.} Who got a pair tonight? Nobody? Figures.
* [{~Pass it to management: the hashtag is trending and the brand needs to speak about the drop, not just reply case by case.|Alert management: with this hashtag trending, the brand needs to say something about the drop, beyond case-by-case replies.} #post: p8 #action: escalate #to: management #judgement: best #intents: escalate #why: When a night outgrows the desk, the charter says to hand over to management: one clear message from the brand about the drop carries more weight than ten separate replies.]
  ~ heat -= 1
  -> ending
* [We got things wrong tonight, some of our replies included. What's true: bot orders are cancelled, those pairs will go back on sale and the date will be announced here at least 24 hours ahead. #post: p8 #action: reply #tone: empathetic #judgement: good #intents: apologise, explain #why: Honest and accurate, and it calms part of the thread; but at this point a brand message signed off by management would carry more weight than a reply from the desk.]
  ~ heat -= 1
  ~ trust += 1
  -> ending
* [Ratio + you've never owned a pair in your life 🤡 #post: p8 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: refuse #why: Picking a fight with a 38,000-follower meme account while you're trending: the brand just wrote the next meme itself.]
  ~ heat += 3
  -> ending
* [Ignore #post: p8 #action: ignore #judgement: poor #why: The trend climbs with no version from the brand: tomorrow, the \#KairnFake story is the one that sticks.]
  ~ heat += 1
  -> ending

=== ending ===
{
- heat >= 6 || leaked:
  -> end_fake
- promised && not corrected:
  -> end_debt
- trust >= 6 && heat <= 0 && corporate == 0 && not promised && scam <= 2 && not cringe:
  -> end_respect
- else:
  -> end_lukewarm
}

=== end_respect ===
# end: respect-earned
Nobody got a pair tonight, and yet the community comes out of the drop more on Kairn's side than against it. Short, true replies, no boilerplate and no empty promises; the scam {scam == 1:deleted before it could do any harm|flagged to everyone}{theo_ok:, {theo_first} reassured without being promised a thing}, and not a single fight. {sacha_first} still made his video, but it's mostly about bots. The pairs go back on sale {delay} later, announced 24 hours ahead… and this time it's signed off.
-> END

=== end_lukewarm ===
# end: lukewarm
Things calm down, but the night leaves a lukewarm aftertaste. The facts were there, bot orders cancelled and pairs going back on sale, but they came too late or too timidly{corporate > 0:, buried in help-desk replies}{cringe:, with a "love u fam" still doing the rounds as a screenshot}{scam == 3:, and with a scam link left far too long under the official thread}.{corrected: The restock promise was corrected in time, but it left a mark.} Some of the 15-to-25s quietly unfollow: here, trust is earned one reply at a time, and tonight a few were missing.
-> END

=== end_debt ===
# end: promise-debt
The next day, dozens of people are waiting for a restock that doesn't exist. Screenshots of last night's promises are going round{scam >= 2: next to the scam link that stayed up too long}, and the brand has to post a correction nobody wants to read. Saying "we don't know yet" would have cost a minute of frustration; a date promised to calm people down costs a week of credibility.
-> END

=== end_fake ===
# end: kairnfake
\#KairnFake stays trending until noon the next day. {leaked:The figures and the raffle lifted from the internal memo go round the whole scene, and the bots now know what was caught. }{corporate > 0:The night's help-desk replies get compiled into a meme. }Meanwhile {sacha_first}'s video passes 200,000 views and management takes the communication back in hand. The botched drop wasn't the problem: the way it was talked about is what made Kairn this week's "fake" brand.
-> END
