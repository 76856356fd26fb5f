// Frontline — rival-recall (English)
// A competitor recalls its batteries: resist the mockery, answer about your own bikes.
// Same structure as rival-recall.fr.ink: same knots, choices and tags (only `why` and `hint` differ).

VAR trust = 0          // trust of customers and the community
VAR heat = 0           // how hot the feed runs (mockery, worry)
VAR mocked = false     // the brand mocked a competitor or endorsed mockery
VAR named = false      // the brand named a competitor or commented on its recall, even without mockery
VAR salesy = false     // the brand tried to poach the competitor's customers
VAR leaked = false     // a supplier's name got out
VAR press = 0          // 0 nothing, 1 press office, 2 off-the-record dig, 3 "no comment", 4 ignored, 5 supplier named
VAR nathalie_ok = false // the competitor's customer got a sound answer
VAR karim_ok = false   // a Voltaire customer's safety question was dealt with
VAR memes_done = false // loops over posts open in parallel
VAR camille_done = false
VAR nathalie_done = false
VAR helene_done = false
VAR karim_done = false
VAR gerard_done = false

-> intro

=== intro ===
Tuesday, 9 am. Last night Ampère Bikes announced a recall of the batteries fitted to its A-Ville model between March and June, over a risk of overheating while charging. Your mentions are already buzzing.
# memo: manager
Morning! Seen the Ampère news? Maxime in marketing already has a post lined up: "At Voltaire, the only thing that overheats is your calves 🔥". He's very pleased with himself, and to be fair it is funny. But you're running the accounts today, so it's your call.
-> roast_request

=== roast_request ===
# post: p1
# from: tom
# on: microblog
# after: 3m
# kind: request
# mood: enthusiastic
# facts: product=Ampère batteries
# subject: safety
# deadline: 30m
# hint: A friendly fan is setting you up. Reread the charter's rule on competitors: it has no exception for humour.
@VoltaireCycles Ampère recalling its batteries cos they overheat 🔥😂 Go on, roast them, you can't let this one slide! \#AmpereGate
* [No roasting from us, Tom 🙂 We don't comment on what's going on at other brands, and safety isn't a joke for anyone. But if you've got a question about your Zadig, we're all yours! #post: p1 #action: reply #tone: empathetic #judgement: best #intents: refuse, explain #why: A smiling no, with no sermon and no names: Tom isn't put out, and everyone passing by sees a brand that has chosen not to play.]
  ~ trust += 1
  -> memes_and_praise
* [At Voltaire, the only thing that overheats is your calves 🔥😉 #post: p1 #action: reply #tone: aggressive #judgement: bad #breaks: no-competitor, no-aggression #intents: correct #why: Maxime's joke, posted under a message that names Ampère: it's the official account mocking a safety problem, and it'll be screenshotted before lunch.]
  ~ mocked = true
  ~ heat += 3
  -> memes_and_praise
* [Like Tom's post. #post: p1 #action: like #judgement: bad #breaks: no-competitor #why: A like from the official account under "roast Ampère" is mockery with half a signature: screenshots won't tell the difference.]
  ~ mocked = true
  ~ heat += 1
  -> memes_and_praise
* [No way we're making fun of Ampère Bikes: they're a serious competitor, and a recall can happen to anyone. #post: p1 #action: reply #tone: neutral #judgement: poor #breaks: no-competitor #intents: refuse #why: Kindly meant, but the reply names the competitor and comments on its recall: it puts Ampère and the word "recall" back on your feed, which the charter rules out, however nicely it's done.]
  ~ named = true
  -> memes_and_praise
* [Ignore #post: p1 #action: ignore #judgement: good #why: Not replying is defensible: you don't feed the request. A smiling no would still have shown onlookers that the brand chose not to play.]
  -> memes_and_praise

=== memes_and_praise ===
# post: p2
# from: velomemes
# on: microblog
# after: 10m
# kind: request
# mood: enthusiastic
# facts: product=Ampère batteries
# subject: safety
# deadline: 30m
# hint: An account with 41,000 followers is comparing you to a competitor that's already joined in. What does the charter say about competitors, including the one making the meme?
Rayon Vert has already dropped its meme about the Ampère recall (12k likes in 2 hours 👀). @VoltaireCycles, we're waiting for yours 🍿 Who'll do it best? Poll in the replies 👇
# post: p3
# from: camille
# on: comments
# after: 5m
# kind: praise
# mood: happy
# facts: product=Zadig
# deadline: 60m
# hint: A happy moment in the middle of a busy morning. Match the reply to the message, and don't use it for anything else.
Hit 1,000 km on my Zadig this morning 🎉 A year ago I was still driving 6 km to work. Thank you @VoltaireCycles, best thing I've ever bought (after my cat).
- (open)
* {not memes_done} [We'll sit this one out 🙂 We're here to talk about our bikes. And if you've got questions about our batteries, we're happy to answer them. #post: p2 #action: reply #tone: neutral #judgement: best #intents: refuse, explain #why: One sentence, no names, no moralising: the brand stays out of the contest and steers the conversation back to what's actually its business.]
  ~ memes_done = true
  ~ trust += 1
  -> open
* {not memes_done} [Reply with the post Maxime prepared: "At Voltaire, the only thing that overheats is your calves 🔥 \#AmpereRecall". #post: p2 #action: reply #tone: aggressive #judgement: bad #breaks: no-competitor, no-aggression #why: The meme contest is on in front of 41,000 people, and the brand enters it by mocking a fire risk at a competitor: likes for an hour, a screenshot for years.]
  ~ memes_done = true
  ~ mocked = true
  ~ heat += 3
  -> open
* {not memes_done} [Rayon Vert's meme? They've always been better at jokes than at after-sales 😏 #post: p2 #action: reply #tone: aggressive #judgement: bad #breaks: no-competitor, no-aggression #intents: correct #why: To avoid mocking the first competitor, you take a swipe at the second: two brands named, one gratuitous dig, and the charter trampled twice.]
  ~ memes_done = true
  ~ mocked = true
  ~ heat += 2
  -> open
* {not memes_done} [Like Vélo Mèmes' post. #post: p2 #action: like #judgement: poor #why: A like is an answer: the brand cheers on the meme race without saying a word, and the account counts it among the entrants.]
  ~ memes_done = true
  ~ heat += 1
  -> open
* {not memes_done} [Ignore #post: p2 #action: ignore #judgement: good #why: Posting nothing is defensible: no meme, no row. But 41,000 people were waiting for a reaction, and a smiling line would have shown it was a choice, not an absence.]
  ~ memes_done = true
  -> open
* {not camille_done} [1,000 km, well done Camille 🎉 And six kilometres less driving every day really adds up! Thanks for sharing it with us, and hi to the cat 🐱 #post: p3 #action: reply #tone: empathetic #judgement: best #intents: thank #why: A personal thank-you that picks up on what she wrote: the customer feels read, and the feed shows what the brand would rather celebrate on a day like this.]
  ~ camille_done = true
  ~ trust += 1
  -> open
* {not camille_done} [Like Camille's post. #post: p3 #action: like #judgement: good #why: The like is nice; a few words would have done more to mark a milestone for a loyal customer.]
  ~ camille_done = true
  -> open
* {not camille_done} [Well done Camille! And no overheating risk with this one 😉 #post: p3 #action: reply #tone: aggressive #judgement: bad #breaks: no-competitor, no-aggression #intents: thank #why: Slipping a dig about the neighbour's recall into a customer's happy post: she didn't ask for it, and that's the line onlookers will remember.]
  ~ camille_done = true
  ~ mocked = true
  ~ heat += 2
  -> open
* {not camille_done} [Well done! To celebrate: 15% off your next service with the code 1000KM 😉 #post: p3 #action: reply #tone: neutral #judgement: poor #intents: thank #why: Answering a heartfelt moment with a promo code turns a customer's post into an ad.]
  ~ camille_done = true
  -> open
* {not camille_done} [Ignore #post: p3 #action: ignore #judgement: poor #why: No harm done, but a happy customer publicly thanking the brand and getting nothing back is a missed chance.]
  ~ camille_done = true
  -> open
* -> product_facts

=== product_facts ===
# memo: product
# after: 8m
For the desk, in case anyone asks about our batteries: our packs are designed for our models, tested to current standards, with an automatic cut-out if they overheat, and no overheating incident has been reported on our batteries. A battery that's warm while charging is normal; hot to the touch, a smell or any swelling: unplug it and contact us. We never name our suppliers, and we don't compare ourselves with anyone.
-> questions

=== questions ===
# post: p4
# from: nathalie
# on: forum
# thread: Recalled Ampère battery: are yours safe?
# rank: New member
# after: 8m
# kind: question
# mood: worried
# facts: product=Ampère A-Ville
# subject: safety
# deadline: 90m
# hint: Two questions in one: one is about your bikes, the other about a competitor's. Who's best placed to answer each?
Hi all. I've got an Ampère A-Ville that's covered by the recall and, honestly, I don't dare charge it any more: it's in the hallway, right next to the kids' bedroom. I was thinking of switching to Voltaire. Are your batteries actually safe? And what do I do with mine in the meantime?
# post: p5
# from: helene
# on: dm
# after: 5m
# kind: request
# mood: neutral
# facts: product=Ampère batteries
# deadline: 60m
# hint: A journalist, one question about a competitor, another about your suppliers: three reasons not to answer yourself. The escalation routes say who does.
Hello, Hélène Marchetti from Le Guidon. I'm writing a piece on the Ampère battery recall. What's your take on the incident? And do your batteries come from the same cell manufacturer? I file tomorrow at 10 am. Thanks in advance!
- (open)
* {not nathalie_done} [Hi Nathalie, we completely understand the worry. For your current bike, the safest thing is to follow the instructions its manufacturer has published to the letter: they're the ones who know the problem. As for ours: our batteries are designed for our models, tested to current standards, with an automatic cut-out if they overheat, and no incident of this kind has been reported to us. If you'd like to talk it through, we're here, no pressure. #post: p4 #action: reply #tone: empathetic #judgement: best #intents: explain #why: Each question goes to the right source: her bike to its manufacturer, with no diagnosis or comment; yours to you, with the facts the product team signed off. Nathalie is reassured, and nobody has cashed in on her fear.]
  ~ nathalie_done = true
  ~ nathalie_ok = true
  ~ trust += 2
  -> open
* {not nathalie_done} [Don't worry, that kind of thing doesn't happen here: unlike some, we don't cut corners on cell quality 😉 And 15% off for you if you trade in your Ampère! #post: p4 #action: reply #tone: neutral #judgement: bad #breaks: no-competitor, no-promise #intents: promise #why: Comparing yourself with the competitor, promising "it doesn't happen" and offering an unapproved discount to a worried mum: that's using her fear to sell, in front of the whole forum.]
  ~ nathalie_done = true
  ~ mocked = true
  ~ salesy = true
  ~ heat += 2
  -> open
* {not nathalie_done} [If I were you, I wouldn't charge it at all and I'd get it out of the house: those batteries are dangerous. #post: p4 #action: reply #tone: neutral #judgement: bad #breaks: no-competitor #intents: explain #why: Diagnosing a competitor's bike without knowing anything about it: at best you frighten a customer, at worst you contradict the official recall instructions, and it's Voltaire who gets quoted.]
  ~ nathalie_done = true
  ~ named = true
  ~ heat += 1
  -> open
* {not nathalie_done} [We're unable to comment on other brands' products. #post: p4 #action: reply #tone: neutral #judgement: poor #intents: refuse #why: True for her bike, but she also asked whether your batteries are safe: that's your product, and you can and should answer.]
  ~ nathalie_done = true
  -> open
* {not nathalie_done} [Ignore #post: p4 #action: ignore #judgement: poor #why: A safety question left unanswered on your own forum: other members answer instead, with their own theories about batteries.]
  ~ nathalie_done = true
  ~ trust -= 1
  -> open
* {not helene_done} [Send the press office both questions and the deadline, and tell Hélène the press office will get back to her today. #post: p5 #action: escalate #to: press #judgement: best #intents: escalate #why: The right channel: the journalist gets an authorised contact well before her deadline, and neither the competitor nor your suppliers get an improvised answer.]
  ~ helene_done = true
  ~ press = 1
  -> open
* {not helene_done} [Hi Hélène, between us, it doesn't really surprise us: we'd been hearing about problems over there for a while. #post: p5 #action: dm #tone: neutral #judgement: bad #breaks: no-competitor #intents: explain #why: "Between us" to a journalist becomes a quote: "Voltaire isn't surprised", right in the middle of a story about a competitor's recall.]
  ~ helene_done = true
  ~ press = 2
  -> open
* {not helene_done} [Hi Hélène! No, nothing to do with them: our cells come from a different manufacturer, Kelvion Energy, in Korea. #post: p5 #action: dm #tone: neutral #judgement: bad #breaks: no-confidential #intents: explain #why: To reassure her, you hand over a supplier's name: confidential information that will end up in the article and with every competitor.]
  ~ helene_done = true
  ~ press = 5
  ~ leaked = true
  -> open
* {not helene_done} [Hello, no comment. Regards. #post: p5 #action: dm #tone: defensive #judgement: poor #intents: refuse #why: Next to a competitor's recall, "Voltaire declined to comment" casts doubt on your own batteries.]
  ~ helene_done = true
  ~ press = 3
  -> open
* {not helene_done} [Ignore #post: p5 #action: ignore #judgement: bad #why: A journalist with no reply writes the piece anyway, and your silence gets read next to the word "recall".]
  ~ helene_done = true
  ~ press = 4
  -> open
* -> press_back

=== press_back ===
{ press:
- 1:
  # memo: press
  # after: 10m
  Thanks for passing it on. We've replied to Hélène: "We don't comment on other manufacturers' situations. Our batteries are designed for our models and tested to current standards; no overheating incident has been reported to us." Feel free to use those words in public.
- 2:
  # memo: press
  # after: 10m
  Hélène called us to check a quote: "it doesn't surprise us, we'd been hearing about problems over there". Was that you? We've asked her to drop it and she promised nothing. Journalists come through us, always.
- 5:
  # memo: press
  # after: 10m
  The name of our cell manufacturer is in Hélène's draft. Legal are on it and purchasing are livid. No supplier information, ever, to anyone.
- 3:
  # memo: press
  # after: 10m
  Hélène is writing that Voltaire "declined to comment". Next to a recall, that makes it look like we've got something to hide about our own batteries. Send them straight to us next time.
- else:
  # memo: press
  # after: 10m
  Hélène ended up calling reception. We answered her, but she's noting that the brand never responded to her request. A journalist in your DMs is an immediate hand-off to us.
}
# memo: manager
# after: 3m
Maxime won't let it go: Rayon Vert's meme is past 20,000 likes and he says we're missing the boat. I told him it's your call.
-> own_bikes

=== own_bikes ===
# post: p6
# from: karim
# on: microblog
# after: 8m
# kind: question
# mood: worried
# facts: product=Zadig battery
# subject: safety
# deadline: 30m
# hint: A customer is worried about his own bike. The product team gave you the facts; now say them clearly, and know what belongs in public and what goes private.
@VoltaireCycles with all this Ampère stuff I'm a bit freaked out. My Zadig battery gets warm when I charge it in the evening, is that normal? And do you have the same supplier as them? I charge it in my living room…
# post: p7
# from: gerard
# on: forum
# thread: Ampère's recall: you wouldn't see that at Voltaire
# rank: Pillar of the forum
# after: 6m
# kind: praise
# mood: enthusiastic
# facts: product=Voltaire
# deadline: 120m
# hint: A loyal customer is defending you by mocking a competitor, on your own forum. How do you thank him without making his dig your own?
You wouldn't see that at Voltaire! Three Voltaires in our house and not one battery has so much as warmed up in five years. Ampère customers should just come and buy a proper bike 😄
- (open)
* {not karim_done} [Hi Karim, you were right to ask. A battery that's warm while charging is normal. If it gets hot to the touch, gives off a smell or swells, unplug it and message us straight away. Our packs are designed for our bikes and tested to current standards; we don't share our suppliers' names. DM us if you'd like a technician to go over your battery with you. #post: p6 #action: reply #tone: empathetic #judgement: best #intents: explain, move-to-dm #why: The facts the product team signed off, the signs to watch for, and an open door in private: Karim is reassured, and every customer wondering the same thing has the answer.]
  ~ karim_done = true
  ~ karim_ok = true
  ~ trust += 2
  ~ heat -= 1
  -> open
* {not karim_done} [Pass Karim's message to the product team so a technician can call him. #post: p6 #action: escalate #to: product #judgement: good #intents: escalate #why: The right team is on it, but Karim, and everyone asking themselves the same thing, get no public answer on a day when worry is spreading.]
  ~ karim_done = true
  ~ karim_ok = true
  -> open
* {not karim_done} [Nothing to worry about Karim, our batteries never overheat, unlike some 😉 #post: p6 #action: reply #tone: neutral #judgement: bad #breaks: no-competitor #intents: correct #why: He's just told you his gets warm: "never" is wrong, and the wink at the competitor turns a safety question into a dig.]
  ~ karim_done = true
  ~ mocked = true
  ~ heat += 2
  -> open
* {not karim_done} [We don't share information about our suppliers. #post: p6 #action: reply #tone: neutral #judgement: poor #intents: refuse #why: You answer the one question you can't answer and skip the one that matters: his safety, tonight, in his living room.]
  ~ karim_done = true
  ~ trust -= 1
  ~ heat += 1
  -> open
* {not karim_done} [Ignore #post: p6 #action: ignore #judgement: bad #why: A customer asks a safety question about your product on the day the neighbour has a recall and gets no answer: silence looks like an admission.]
  ~ karim_done = true
  ~ trust -= 2
  ~ heat += 2
  -> open
* {not gerard_done} [Thanks Gérard, your loyalty means a lot 🙂 But we don't talk about other brands here: when safety's involved, nobody feels like laughing. And if a worried rider drops by the forum, we're counting on you to welcome them as warmly as you stick up for us! #post: p7 #action: reply #tone: empathetic #judgement: best #intents: thank, correct #why: Thank the loyal fan, step away from the dig without making him wrong, and turn his energy into a welcome: the forum sees a grateful brand with some class.]
  ~ gerard_done = true
  ~ trust += 1
  -> open
* {not gerard_done} [Like Gérard's post. #post: p7 #action: like #judgement: bad #breaks: no-competitor #why: A like from the brand under "Ampère customers should just buy a proper bike" makes the mockery its own.]
  ~ gerard_done = true
  ~ mocked = true
  ~ heat += 1
  -> open
* {not gerard_done} [😄 We couldn't possibly comment… but we're thinking it! #post: p7 #action: reply #tone: neutral #judgement: bad #breaks: no-competitor, no-aggression #intents: thank #why: The wink says everything the charter forbids: the brand is enjoying a competitor's trouble, with a grin on top.]
  ~ gerard_done = true
  ~ mocked = true
  ~ heat += 2
  -> open
* {not gerard_done} [Hide Gérard's post: he's mocking a competitor. #post: p7 #action: hide #judgement: poor #why: Gérard isn't insulting anyone: hiding a loyal customer's post over a dig is heavy-handed and hurtful, when a word from the brand would have been enough to keep its distance.]
  ~ gerard_done = true
  ~ trust -= 1
  -> open
* {not gerard_done} [Ignore #post: p7 #action: ignore #judgement: poor #why: On your own forum, silence under a post mocking a competitor passes for quiet agreement.]
  ~ gerard_done = true
  -> open
* -> afternoon

=== afternoon ===
{
- mocked:
  -> boomerang
- nathalie_ok:
  -> nathalie_back
- else:
  -> meme_ranking
}

=== boomerang ===
# post: p8
# from: velomemes
# on: microblog
# after: 15m
# kind: rumour
# mood: hostile
# facts: product=Voltaire chargers
# deadline: 30m
# hint: The mockery is coming back like a boomerang. What ends the story: another dig, or owning yours?
Voltaire mocking Ampère's recall… Same Voltaire whose batch of chargers died two months ago? 🙃 Screenshot 👇 Today's league table: Voltaire, bottom for class.
* [You're right: what we posted this morning was out of line, and we've taken it down. We don't comment on other brands' troubles, and we shouldn't have. Sorry. #post: p8 #action: reply #tone: empathetic #judgement: best #intents: apologise, correct #why: Owning the mistake in three sentences, with no excuses and no fresh swipe at the competitor: the screenshot loses its bite when the brand itself says it got it wrong.]
  ~ trust += 1
  ~ heat -= 2
  -> ending
* [Alert management: a post from the official account mocking a competitor's recall is spreading and dragging the charger story back up. #post: p8 #action: escalate #to: management #judgement: good #intents: escalate #why: The right instinct when things backfire, but while management meets, the screenshot spreads without a word from the brand.]
  ~ heat -= 1
  -> ending
* [At least we sorted our charger problem in 48 hours 😉 #post: p8 #action: reply #tone: aggressive #judgement: bad #breaks: no-competitor, no-aggression #intents: correct #why: Answering a dig with a comparison confirms the first one and signs a second: the contest of jibes becomes the story.]
  ~ heat += 3
  -> ending
* [It was just a joke, no need to take everything so seriously 🙂 #post: p8 #action: reply #tone: defensive #judgement: poor #intents: refuse #why: Brushing off a joke about a fire risk tells Ampère owners their worry amuses you: the defence makes the mistake worse.]
  ~ heat += 2
  -> ending
* [Ignore #post: p8 #action: ignore #judgement: poor #why: Silence leaves the screenshot and the memory of your faulty chargers as the only version of the story.]
  ~ heat += 2
  -> ending

=== nathalie_back ===
# post: p8
# from: nathalie
# on: forum
# thread: Re: Recalled Ampère battery: are yours safe?
# rank: New member
# in: p4
# after: 15m
# kind: praise
# mood: happy
# facts: product=Zadig; place=at the Lyon showroom
# deadline: 90m
# hint: A potential customer comes back, reassured. Welcome her with no gloating and no digs: the decision is hers.
Thanks for your answer this morning, it calmed me down. I followed the recall instructions and my battery is going back to the manufacturer. And I'm coming to the Lyon showroom on Saturday to try a Zadig, out of curiosity 🙂
* [Our pleasure, Nathalie, and glad that side of things is sorted 🙂 See you Saturday: the showroom team will set you up with a Zadig to try, no strings attached. #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank #why: A warm, understated welcome: no victory over the competitor, no sales pressure, just an open door. That's what makes people come back.]
  ~ trust += 1
  -> ending
* [Like Nathalie's post. #post: p8 #action: like #judgement: good #why: The like shows you've read it; a word of welcome would have set up her Saturday visit better.]
  -> ending
* [Welcome to the family of bikes that don't catch fire 😉 #post: p8 #action: reply #tone: aggressive #judgement: bad #breaks: no-competitor, no-aggression #intents: thank #why: She's just trusted you, and you answer by mocking the bike she still owns: the joke lands on her as much as on the competitor.]
  ~ mocked = true
  ~ heat += 2
  -> ending
* [Great! Use code BYEBYEAMPERE for 10% off your first Voltaire 😉 #post: p8 #action: reply #tone: neutral #judgement: bad #breaks: no-competitor, no-promise #intents: promise #why: A promo code that names the competitor and a discount nobody signed off: Nathalie's visit turns into a poaching campaign, in full view of the forum.]
  ~ salesy = true
  ~ named = true
  -> ending
* [Ignore #post: p8 #action: ignore #judgement: poor #why: A future customer comes back to say thanks and gets no reply: the welcome gets off to a bad start before she's even reached the showroom.]
  -> ending

=== meme_ranking ===
# post: p8
# from: velomemes
# on: microblog
# after: 15m
# kind: info
# mood: neutral
# facts: product=Ampère batteries
# deadline: 45m
# hint: You're being ranked in a contest you chose not to enter. Do you really want to join it now?
Brand reactions to the Ampère recall, ranked: Rayon Vert 🥇 for its meme (25k likes), Voltaire… nothing. Not a word. Classy or clueless? Vote below 👇
* [We'll happily take last place in this one 🙂 We'd rather talk about our bikes, and if you've got any questions about our batteries, we're here. #post: p8 #action: reply #tone: neutral #judgement: best #intents: explain #why: A bit of self-deprecation that owns the choice without aiming at anyone: the brand leaves the contest on a high, and voters can see it wasn't an oversight.]
  ~ trust += 1
  -> ending
* [Finally post Maxime's line: better late than never 🔥 #post: p8 #action: reply #tone: aggressive #judgement: bad #breaks: no-competitor, no-aggression #why: Caving to the league table at the end of the day loses twice over: the mockery arrives after everyone else's, and the morning's restraint no longer counts.]
  ~ mocked = true
  ~ heat += 3
  -> ending
* [We chose not to comment on the Ampère Bikes recall out of respect for their customers. #post: p8 #action: reply #tone: neutral #judgement: poor #breaks: no-competitor #intents: explain #why: Saying you're not commenting while naming the competitor and its recall is commenting anyway, with a touch of moral superiority thrown in.]
  ~ named = true
  -> ending
* [Like Vélo Mèmes' post. #post: p8 #action: like #judgement: poor #why: A like under a league table of memes about a competitor's recall: the brand endorses the contest it was right to ignore.]
  ~ heat += 1
  -> ending
* [Ignore #post: p8 #action: ignore #judgement: good #why: Staying out of the league table is consistent with the morning; a self-deprecating line would simply have shown it was a deliberate choice.]
  -> ending

=== ending ===
{
- mocked:
  -> end_mockery
- leaked || press == 2:
  -> end_press
- not karim_ok:
  -> end_doubt
- press == 1 && heat <= 1 && not salesy:
  -> end_class
- else:
  -> end_bruised
}

=== end_class ===
# end: class-act
# after: 20m
By the end of the day, with memes about the Ampère recall still going round, Voltaire Cycles hasn't posted a single one, and that's what people notice. Worried customers got clear answers about their own batteries, the journalist got a measured statement from the press office{nathalie_ok:, and an Ampère owner is coming to the showroom on Saturday without anyone having sold her anything}. You resisted the easy joke and talked about what's yours to talk about: your bikes.{named: One small false note: the competitor's name crept into your replies once, even without any mockery.}
-> END

=== end_bruised ===
# end: missed-chances
# after: 20m
The day ends without a slip, but without a shine either. You mocked nobody, yet {press != 1:the journalist wrote her piece without hearing from the press office, }{salesy:a discount pitched at the competitor's customers left a whiff of poaching, }{named:the competitor's name crept into your replies, }{heat >= 2:curt or missed replies let the worry spread, }and the "brand with real class" label goes to someone else. Holding back was right; it needed warmth and precision for anyone to notice.
-> END

=== end_doubt ===
# end: safety-doubts
# after: 20m
You avoided the mockery, but one question went unanswered: a customer of your own asking about his battery. By evening a thread is doing the rounds: "What about Voltaire batteries, are they safe? The brand won't say." The neighbour's recall has become your problem, because you didn't pass on in time what the product team had given you. On a day like this, answering factually about your own products isn't optional.
-> END

=== end_mockery ===
# end: mockery-backfires
# after: 20m
The dig got laughs for an hour. Then the screenshot was paired with the one of your faulty charger batch two months ago, and the evening's thread reads: "Voltaire mocks other brands' batteries, forgets its own". Ampère owners worried about their kids say they were hurt by the tone, and the press picks up the exchange{press == 1:, despite the press office's measured statement}. Mock a competitor's trouble and you hand everyone the right to mock yours.
-> END

=== end_press ===
# end: press-slip
# after: 20m
On social media the day went fine. It's Le Guidon's article that stings: {press == 5:the name of your cell manufacturer is in it, "confirmed by Voltaire", and your competitors have taken note|an off-the-record line from Voltaire about Ampère's problems is in it, in quotation marks, and the competitor has called your management}. Legal are handling it, the press office is catching up. With a journalist there is no "between us": everything goes through the press office.
-> END
