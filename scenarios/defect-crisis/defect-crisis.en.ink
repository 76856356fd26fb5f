// Frontline — defect-crisis (English)
// A faulty charger, an angry customer, and a morning that gets out of hand.
// Same structure as defect-crisis.fr.ink: same knots, choices and tags (only `why` differs).

VAR trust = 0          // trust of customers and the community
VAR heat = 0           // how hot the crisis runs (virality, anger)
VAR leaked = false     // the brand published personal data
VAR promised = false   // an unapproved public commitment (refunds…)
VAR asked_public = false // the brand asked for the order number in public
VAR censored = false   // a fair review was deleted
VAR mocked = false     // a competitor was mocked
VAR press = 0          // 0 nothing, 1 press office, 2 answered directly, 3 "no comment", 4 figures leaked, 5 ignored
VAR troll = 0          // 0 open, 1 hidden, 2 banned, 3 fed, 4 left up
VAR lea_dm = false     // Léa moved to private messages
VAR jade_sent = false  // a fan was sent to argue with Léa
VAR marc_done = false  // Marc's review handled (parallel posts)
VAR jade_done = false  // Jade's comment handled
VAR gerard_done = false // Gérard's post handled
VAR reply_judgement = "" // set by the engine before a written reply's consequence branch
VAR reply_action = ""    // reply, dm or escalate
// What changes from one run to the next (manifest.json, "variants"); the defaults give the scenario as written.
VAR model = "Zadig"      // the bike model
VAR price = "€1,890"     // its price
VAR commute = "18 km"    // Léa's daily ride to work
VAR outlet = "Roue Libre Mag" // the journalist's outlet
VAR review_wait = "12m" // when Marc's review arrives
VAR filing = "2 pm"      // the journalist's deadline
VAR lea_first = "Léa"
VAR lea_handle = "@lea_velotaf"
VAR marc_first = "Marc"
VAR noah_first = "Noah"
VAR claire_first = "Claire"
VAR claire_name = "Claire Vasseur"

-> intro

=== intro ===
Monday, 8:30 am. First coffee, first shift on the Voltaire Cycles accounts.
# memo: manager
Morning! I'm stuck in supplier meetings until noon, so the social desk is all yours. The charter's in your tab: nothing promised unless it's signed off, personal details go to DMs. After-sales, legal and press are all reachable this morning. You've got this 💪
-> lea_post

=== lea_post ===
# post: p1
# from: lea
# on: microblog
# after: 2m
# kind: complaint
# mood: angry
# facts: delay=two days; product={model}; price={price}
# subject: defect
# deadline: 30m
{~Delivered Tuesday, dead by Thursday.|Two days. It lasted two days.} The charger on my {model} blinks red, then nothing, battery flat. {price} for this?? How am I meant to get to work tomorrow @VoltaireCycles 😡 \#customerservice \#gutted
# comment: p1
# as: neutral
# after: 3m
Same here, my {model} came last week and the charger's been blinking red since yesterday. A bad batch?
# comment: p1
# as: fan
# after: 2m
Three years on my Voltaire without a hitch. They'll sort it, {lea_first}, hang in there.
* [{~Hi {lea_first}, this really isn't what we want for you, especially two days after delivery 😔 Could you DM us your order number? We'll look into it with after-sales first thing this morning.|{lea_first}, we're so sorry: two days after delivery, that's just not right 😔 Send us your order number by DM and we'll get after-sales on it this morning.} #post: p1 #action: reply #tone: empathetic #judgement: best #intents: apologise, move-to-dm, escalate #why: A fast, human public reply that takes the order details private: the customer feels heard, and everyone reading can see the brand is on it.]
  ~ trust += 2
  ~ heat -= 1
  ~ lea_dm = true
  -> morning
* [Message {lea_first} privately, without replying under her post. #post: p1 #action: dm #tone: empathetic #judgement: good #intents: apologise, ask-details #why: The customer is looked after, but under her post the brand stays silent: passers-by only see an angry customer with no answer.]
  ~ trust += 1
  ~ lea_dm = true
  -> morning
* [Hello, our batteries and chargers are tested to the strictest standards. Please make sure you are using the original charger and a working socket. #post: p1 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: explain #why: "Our products are flawless, check your socket" pins the blame on a customer who did nothing wrong, and it's exactly the kind of reply people screenshot and share.]
  ~ trust -= 2
  ~ heat += 2
  -> morning
* [Oh no, {lea_first}! Drop your order number here and we'll refund you in full today, promise 🙏 #post: p1 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise, no-personal-data #intents: apologise, promise, ask-details #why: Well meant, but asking for an order number in public exposes her data, and promising a refund without after-sales' say-so commits the whole brand to every customer who reads it.]
  ~ trust += 1
  ~ promised = true
  ~ asked_public = true
  -> morning
* [Written reply #post: p1 #action: written #breaks: no-aggression]
  ~ trust -= 3
  ~ heat += 3
  -> written_insult
* [Written reply #post: p1 #action: written #breaks: no-personal-data, no-confidential]
  ~ leaked = true
  ~ heat += 2
  -> written_leak
* [Written reply #post: p1 #action: written #breaks: no-blame]
  ~ trust -= 2
  ~ heat += 2
  -> written_blame
* [Written reply #post: p1 #action: written #breaks: no-promise]
  ~ trust += 1
  ~ promised = true
  -> written_promise
* [Written reply #post: p1 #action: written]
  {reply_judgement == "best" or reply_judgement == "good":
    ~ trust += 2
    ~ heat -= 1
  - else:
    ~ heat += 1
  }
  {reply_action == "dm" or reply_action == "escalate":
    ~ lea_dm = true
  }
  -> morning
* [Ignore #post: p1 #action: ignore #judgement: bad #why: Thirty minutes of silence on social media is forever: other customers pile in behind her and the brand looks absent.]
  ~ trust -= 1
  ~ heat += 2
  -> morning

=== written_insult ===
# memo: manager
# after: 3m
I've just seen your reply to {lea_first} from my meeting. Someone has already screenshotted it and it's doing the rounds faster than her complaint ever did. Nothing more from the brand account on this thread until we've spoken: I'm drafting an apology with legal.
-> morning

=== written_leak ===
# memo: legal
# after: 4m
Your reply to {lea_first} puts information in public that should never have left our systems. We're asking the platform to take it down, but it has been seen and copied. From now on: personal details and internal figures go to DMs or stay with us, no exceptions.
-> morning

=== written_blame ===
# memo: after-sales
# after: 5m
Heads up: {lea_first} used the charger that came in the box, like the three other customers who rang us. Your reply suggests it's her fault, and she's quoting it back at us in the replies. We'd rather say sorry than be right this morning.
-> morning

=== written_promise ===
# memo: after-sales
# after: 5m
We've just had four customers quote your public reply to {lea_first} and ask for the same refund, today. Nothing has been signed off yet: please don't commit us to anything in public until we know which batch is affected.
-> morning

=== morning ===
# memo: after-sales
# after: 10m
Three customers have rung us this morning with the same symptom as {lea_first}: charger blinks red, then dies. We're checking batch numbers and will come back within the hour. Nothing specific in public until then.
-> review_and_fan

=== review_and_fan ===
{shuffle:
- -> marc_review -> jade_fan ->
- -> jade_fan -> marc_review ->
}
- (open)
* {not marc_done} [{~Hi {marc_first}, you're right about the key thing: two emails without a reply isn't acceptable, and we're sorry. We've passed your case to after-sales as a priority; send us a DM so we can follow it up together.|{marc_first}, thanks for such a detailed review. On after-sales, you're right: two emails with no reply isn't good enough, and we apologise. Your case has gone to the team as a priority; DM us and we'll see it through with you.} #post: p2 #action: reply #tone: empathetic #judgement: best #intents: apologise, escalate, move-to-dm #why: Owning what's fair in a harsh review, right under the review, is what every future buyer will read: the rating stays low but the reply reassures.]
  ~ marc_done = true
  ~ trust += 1
  -> open
* {not marc_done} [Pass {marc_first}'s case to after-sales without replying to his review publicly. #post: p2 #action: escalate #to: after-sales #judgement: good #intents: escalate #why: The customer will get a call back, which matters most, but his review stays unanswered for everyone who reads it.]
  ~ marc_done = true
  -> open
* {not marc_done} [Hello, our team responds within 48 working hours, as stated in our terms and conditions. We feel your rating is rather harsh for a first incident. #post: p2 #action: reply #tone: defensive #judgement: poor #intents: explain, refuse #why: Quoting the T&Cs at a customer who's been waiting for days makes you right on paper and wrong in front of every reader.]
  ~ marc_done = true
  ~ trust -= 1
  ~ heat += 1
  -> open
* {not marc_done} [Report the review and delete it: it's dragging the average rating down at the worst possible moment. #post: p2 #action: delete #judgement: bad #why: This review is harsh but fair, so deleting it is censorship. Its author kept a screenshot, and "Voltaire deletes bad reviews" hurts far more than one lost star.]
  ~ marc_done = true
  ~ censored = true
  ~ trust -= 2
  ~ heat += 3
  -> open
* {not marc_done} [Ignore #post: p2 #action: ignore #judgement: poor #why: An unanswered bad review sits at the top of the page for months, and every visitor concludes nobody read it.]
  ~ marc_done = true
  ~ trust -= 1
  -> open
* {not jade_done} [{~Thanks Jade, that's lovely to read this morning 💚 Enjoy the ride in!|That's made our morning, thank you Jade 💚 Ride safe!} #post: p3 #action: reply #tone: empathetic #judgement: best #intents: thank #why: A short, genuine thank-you to a fan who's backing you is all it takes, without turning her comment into a crisis statement.]
  ~ jade_done = true
  ~ trust += 1
  -> open
* {not jade_done} [Like Jade's comment. #post: p3 #action: like #judgement: good #why: A like shows you've seen her; a personal word would have meant a little more to a loyal fan.]
  ~ jade_done = true
  -> open
* {not jade_done} [Thank you, Jade. We would like to reassure our community that we take today's reports extremely seriously and are doing everything possible to provide an appropriate response to each situation. #post: p3 #action: reply #tone: neutral #judgement: poor #intents: thank, explain #why: Answering a kind little comment with a paragraph of crisis boilerplate drags the row into the one thread where things were fine.]
  ~ jade_done = true
  ~ heat += 1
  -> open
* {not jade_done} [Thanks Jade 😍 Feel free to say that under {lea_first}'s post, it might set the record straight! #post: p3 #action: reply #tone: empathetic #judgement: bad #intents: thank #why: Sending a fan to contradict a customer with a real problem turns the community against a customer: that customer will see it, and she'll be right to be hurt.]
  ~ jade_done = true
  ~ jade_sent = true
  ~ trust -= 1
  ~ heat += 1
  -> open
* {not jade_done} [Ignore #post: p3 #action: ignore #judgement: poor #why: No harm done, but a fan cheering you on during a crisis and getting nothing back is a missed chance.]
  ~ jade_done = true
  -> open
* -> batch


=== marc_review ===
# post: p2
# from: marc
# on: reviews
# after: {review_wait}
# kind: complaint
# mood: angry
# facts: product=charger; delay=three days
# subject: defect
# stars: 2
# deadline: 60m
Good-looking bike, nice assist… until the charger gave up after three days. Since then: two emails with no reply and a helpline that hangs up after twenty minutes on hold. At this price, the after-sales service should be flawless. Can't recommend it as things stand.
->->

=== jade_fan ===
# post: p3
# from: jade
# on: comments
# after: 6m
# kind: praise
# mood: happy
# facts: product={model}
# deadline: 45m
{~8 months riding my {model} to college and not a single breakdown 💚|Eight months of college runs on my {model}, zero breakdowns 💚} good luck to the team today, looks like it's kicking off on your feed 😅
->->

=== batch ===
# memo: after-sales
# after: 15m
Confirmed: a batch of chargers delivered between the 3rd and the 10th is faulty, about 140 customers. The bikes and batteries are fine. New chargers go out from today, by courier around Lyon and by express everywhere else, and we're calling every customer one by one. The figures stay internal.
# memo: legal
# after: 4m
For anything public: you can say we've identified a problem with some of our chargers and that affected customers are being contacted individually. Not a word about liability, refunds or numbers. Any journalist's question goes to the press office.
-> noah

=== noah ===
{ heat >= 3:
  # post: p4
  # from: noah
  # on: microblog
  # in: p1
  # after: 20m
  # kind: rumour
  # mood: angry
  # facts: product=Voltaire chargers
  # deadline: 30m
  Third DM this morning about @VoltaireCycles chargers dying within 48 hours. And the brand {censored: is literally deleting bad reviews, got the screenshots|isn't really answering}. There are 48k of you here: had this problem? I want to understand it before I make a video 👀 \#VoltaireGate
- else:
  # post: p4
  # from: noah
  # on: microblog
  # in: p1
  # after: 20m
  # kind: question
  # mood: worried
  # facts: product=Voltaire chargers
  # subject: defect
  # deadline: 30m
  A few of you have told me your @VoltaireCycles chargers died after two days. Looks like the brand's on it with {lea_first}, but is this a one-off or a real issue? 🤔 Keen to hear your experiences.
}
* [{~Thanks for asking straight out, {noah_first}. We've identified a problem with some of the chargers delivered recently, and we're contacting every affected customer individually. If you're unsure about yours, send us a DM 🙏|Fair question, {noah_first}, so here's a straight answer: we've identified a problem with some of the chargers delivered recently, and every affected customer is being contacted individually. Worried about yours? Send us a DM 🙏} #post: p4 #action: reply #tone: empathetic #judgement: best #intents: thank, explain, move-to-dm #why: A factual answer, in the words legal approved, right under the creator's post: his 48,000 followers get it from the source and the rumour has no gap left to fill.]
  ~ trust += 1
  ~ heat -= 2
  -> troll_and_fan
* [DM {noah_first} to explain where things stand. #post: p4 #action: dm #tone: empathetic #judgement: good #intents: explain #why: The creator is better informed and his video will be fairer, but his followers still see no public answer.]
  ~ heat -= 1
  -> troll_and_fan
* [With respect, {noah_first}, you're sharing this without checking. Ampère Bikes recalled 3,000 bikes last year and nobody made a video about that 😉 #post: p4 #action: reply #tone: aggressive #judgement: bad #breaks: no-competitor, no-aggression #intents: correct #why: Having a go at the creator and a competitor in the same breath: that's the reply people screenshot and share, and it becomes the real story of the day.]
  ~ mocked = true
  ~ trust -= 1
  ~ heat += 3
  -> troll_and_fan
* [Hi {noah_first}, tell your followers not to worry: every affected customer will get a full refund, you have our word! #post: p4 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Legal has just ruled out any public commitment on refunds: seen by 48,000 people, this sentence binds the brand to every customer, affected or not.]
  ~ promised = true
  ~ heat -= 1
  -> troll_and_fan
* [Ignore #post: p4 #action: ignore #judgement: bad #why: A creator who asks a public question and gets no answer will say more in the video, and it will be: "the brand didn't respond".]
  ~ heat += 2
  -> troll_and_fan

=== troll_and_fan ===
{shuffle:
- -> gerard_post -> zed_troll ->
- -> zed_troll -> gerard_post ->
}
- (open)
* {troll == 0} [{~Hide Zed's reply: a sexist insult aimed at a customer, plus a false fire rumour.|Hide Zed's comment, which insults a customer and starts a false rumour about fires.} #post: p5 #action: hide #judgement: best #why: An insult aimed at a customer isn't criticism: hiding it protects the customer and the conversation without giving the troll the fight he's after.]
  ~ troll = 1
  ~ trust += 1
  -> open
* {troll == 0} [Ban @zed_sansfiltre from the account. #post: p5 #action: ban #judgement: good #why: A ban is defensible for a sexist insult, but for a first offence hiding was enough: Zed will go and cry censorship somewhere else.]
  ~ troll = 2
  ~ trust += 1
  -> open
* {troll == 0} [@zed_sansfiltre Pipe down or clear off, mate. The clown here isn't {lea_first}, it's you 🤡 #post: p5 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression, register-vous #intents: refuse #why: Trading insults from the brand account, in playground slang: the troll wins, and the screenshot does the rounds.]
  ~ troll = 3
  ~ heat += 2
  -> open
* {troll == 0} [Hello, we have had no reports of any battery fires. Please keep the conversation civil. #post: p5 #action: reply #tone: neutral #judgement: poor #intents: correct #why: Correcting the rumour helps, but the insult aimed at the customer stays up under her own post: the moderation hasn't been done.]
  ~ troll = 4
  ~ trust -= 1
  -> open
* {troll == 0} [Ignore #post: p5 #action: ignore #judgement: bad #why: Leaving a sexist insult under a customer's post tells her she's on her own, and she and her followers notice.]
  ~ troll = 4
  ~ trust -= 2
  ~ heat += 1
  -> open
* {not gerard_done} [{~Thanks so much for your loyalty, Gérard, it means a lot 🙂 One thing, though: the customers who contacted us this morning did nothing wrong. It's an issue with some chargers, and we're getting in touch with each of them.|Three Voltaires in the family: thank you, Gérard, that means a lot 🙂 To be fair to everyone, though, the customers who wrote to us this morning didn't plug anything in wrong. The problem is with some chargers, and we're contacting them one by one.} #post: p6 #action: reply #tone: empathetic #judgement: best #intents: thank, correct #why: Thanking a fan without endorsing his dig at customers: the community sees a brand that is grateful and fair, and won't let its own customers be blamed.]
  ~ gerard_done = true
  ~ trust += 1
  -> open
* {not gerard_done} [Like Gérard's post. #post: p6 #action: like #judgement: poor #why: A like on "read the manual" is a public nod to blaming customers whose chargers are actually faulty.]
  ~ gerard_done = true
  ~ trust -= 1
  -> open
* {not gerard_done} [Thanks Gérard 😉 Goes to show, a quick look at the manual saves a lot of hassle! #post: p6 #action: reply #tone: neutral #judgement: bad #breaks: no-blame #intents: thank #why: The brand itself hints that customers can't plug in a charger, when after-sales has confirmed a faulty batch: when the truth comes out, this post comes out with it.]
  ~ gerard_done = true
  ~ trust -= 2
  ~ heat += 2
  -> open
* {not gerard_done} [Ignore #post: p6 #action: ignore #judgement: poor #why: He's loyal, but his post wrongly blames customers, and on a forum it stays up: a word from the brand would have set things straight.]
  ~ gerard_done = true
  -> open
* -> journalist

=== zed_troll ===
# post: p5
# from: zed
# on: microblog
# in: p1
# after: 15m
# kind: abuse
# mood: hostile
# deadline: 20m
{lea_handle} lmao bet you plugged it into the toaster 🤡 girls and tech, honestly… go cry somewhere else. Btw Voltaire batteries catch fire, my cousin nearly lost his garage 🔥
->->

=== gerard_post ===
# post: p6
# from: gerard
# on: forum
# thread: Three Voltaires, never a problem
# rank: Pillar of the forum
# after: 5m
# kind: praise
# mood: enthusiastic
# facts: product=Voltaire bikes
# deadline: 60m
Hello all. Three Voltaires in the family since 2019, never a single problem, and after-sales has always called me back the same day. People who start shouting online after two days would do better to read the manual before plugging in. A little patience, for heaven's sake!
->->

=== journalist ===
# post: p7
# from: claire
# on: dm
# after: 25m
# kind: request
# mood: neutral
# facts: product=Voltaire chargers
# deadline: 40m
Hello, I'm {claire_name}, a journalist at {outlet}. I'm writing about faulty Voltaire chargers reported since this morning. Could you confirm whether there's a defective batch, how many customers are affected and whether there'll be a recall? I'm filing at {filing}. Thanks!
* [{~Pass it to the press office with full context, and tell {claire_first} they'll get back to her before {filing}.|Forward her request to the press office with full context, and let {claire_first} know they'll call her back before {filing}.} #post: p7 #action: escalate #to: press #judgement: best #intents: escalate #why: The right route: the journalist gets an authorised contact before her deadline, and the official statement is weighed by the people whose job that is.]
  ~ press = 1
  ~ heat -= 1
  -> press_memo
* [Hi {claire_first}, we've identified a problem with some of the chargers delivered recently, and every affected customer is being contacted individually. #post: p7 #action: dm #tone: neutral #judgement: good #intents: explain #why: The substance is right and matches legal's line, but a DM from the community manager becomes "the brand's statement" without going through the press office.]
  ~ press = 2
  -> press_memo
* [Hello, we have no comment to make. #post: p7 #action: dm #tone: defensive #judgement: poor #intents: refuse #why: "No comment" turns into "the company declined to comment" in print, which reads as a crisis nobody is in control of.]
  ~ press = 3
  ~ heat += 1
  -> press_memo
* [Hi {claire_first}, yes: about 140 customers, one batch of chargers delivered between the 3rd and the 10th, and replacements are going out from today. #post: p7 #action: dm #tone: neutral #judgement: bad #breaks: no-confidential #intents: explain #why: It looks transparent, but figures from an internal memo handed to a journalist become the headline, beyond the reach of the press office and legal.]
  ~ press = 4
  ~ heat += 2
  -> press_memo
* [Ignore #post: p7 #action: ignore #judgement: bad #why: A journalist with no answer by her deadline files anyway, with only the angry customers' side of the story.]
  ~ press = 5
  ~ heat += 1
  -> press_memo

=== press_memo ===
{ press:
- 1:
  # memo: press
  # after: 10m
  Thanks for passing that on 🙏 We've spoken to {claire_first}. Our statement: "We have identified a fault affecting some of the chargers delivered recently. Every affected customer is being contacted individually and will receive a replacement charger. The bikes and batteries are not affected." You can use it word for word in public.
- 2:
  # memo: press
  # after: 10m
  {claire_first} is quoting your DM as "a statement from Voltaire Cycles". The substance holds up, phew, but journalists are our job. Official statement if you need it: "We have identified a fault affecting some of the chargers delivered recently; every affected customer is being contacted and will receive a replacement charger."
- 3:
  # memo: press
  # after: 10m
  {claire_first} called reception: "no comment", really? We've patched it up with a statement, but the piece will say the company initially declined to comment. Next time, just forward them straight to us.
- 4:
  # memo: press
  # after: 10m
  You gave a journalist the number of affected customers?! It's in the headline of her draft. We're handling it with legal. Reminder: every journalist comes through us, no exceptions.
- else:
  # memo: press
  # after: 10m
  {claire_first} just rang us directly: nobody had answered her on social. We gave her a last-minute statement. A journalist in the DMs means an immediate handover to us.
}
{ promised:
  # memo: legal
  # after: 2m
  We're seeing refund promises on our accounts. None of that was signed off: now we either honour them for everyone or publicly walk them back. No more commitments without us, please.
}
{ lea_dm:
  -> lea_private
- else:
  -> lea_public
}

=== lea_private ===
# post: p8-dm
# from: lea
# on: dm
# after: 20m
# kind: request
# mood: worried
# facts: product={model}
# subject: defect
# deadline: 30m
Right. Order VC-240588, delivered Tuesday. The charger blinks red three times and then nothing, I've tried two sockets. I ride {commute} to work, what am I supposed to do tomorrow?{jade_sent: And thanks for sending your fans to lecture me under my post.}
* [{~Thanks {lea_first}, and sorry again for such a rubbish start. Your order is one of the affected chargers: a courier will bring you a new one this afternoon, and after-sales will ring you to agree a time.|Thanks for the details, {lea_first}, and sorry again. Your charger is part of the affected batch: a courier will drop a new one round this afternoon, and after-sales will call you to fix a time.} #post: p8-dm #action: dm #tone: empathetic #judgement: best #intents: apologise, explain #why: In private, with after-sales' go-ahead, you can be concrete: a fix for today, a call from a real person, and a customer who goes from angry to relieved.]
  ~ trust += 2
  -> question
* [Pass {lea_first}'s case to after-sales, who'll get back to her within 48 hours. #post: p8-dm #action: escalate #to: after-sales #judgement: good #intents: escalate #why: The right team has it, but the customer is left with nothing concrete for tomorrow morning, when after-sales already has a fix.]
  ~ trust += 1
  -> question
* [{lea_handle} All noted for order VC-240588: a new charger is on its way to your delivery address tonight ✅ #post: p8-dm #action: reply #tone: empathetic #judgement: bad #breaks: no-personal-data #intents: explain #why: Good news, wrong place: posting the customer's order number in a public reply exposes her data to everyone, and it's an incident that has to be reported.]
  ~ leaked = true
  ~ trust -= 2
  ~ heat += 1
  -> question
* [First of all, could you check you're using the charger supplied with the bike, and that the cable is pushed in properly at both ends? #post: p8-dm #action: dm #tone: defensive #judgement: poor #breaks: no-blame #intents: ask-details #why: After-sales has confirmed a faulty batch: making her check her cable wastes her time and implies it's her fault.]
  ~ trust -= 2
  ~ heat += 1
  -> question
* [Ignore #post: p8-dm #action: ignore #judgement: bad #why: The customer did what you asked, went private with her order number, and then heard nothing: she'll be back in public, angrier.]
  ~ trust -= 2
  ~ heat += 1
  -> question

=== lea_public ===
# post: p8-public
# from: lea
# on: microblog
# after: 20m
# kind: complaint
# mood: furious
# facts: product={model}; price={price}
# subject: service
# deadline: 30m
{asked_public: You asked for my order number here, so here it is: VC-240588. That refund "today", when's it coming?|Three hours later: still nothing. Order VC-240588, {price}, and a bike I'm now using as a coat rack.} Cheers @VoltaireCycles 👏{jade_sent: And well done sending your fans to lecture me.}
* [{~{lea_first}, we're sorry: you should have heard from us long before now. We're messaging you privately right away to sort this out with after-sales. And to be safe, you might want to remove your order number from this post.|You're right, {lea_first}, this silence isn't OK and we're sorry. We're messaging you privately right now to sort it out with after-sales. One tip while we're at it: take your order number off this post, just to be safe.} #post: p8-public #action: reply #tone: empathetic #judgement: best #intents: apologise, move-to-dm #why: Owning the delay without excuses, going private and protecting her data: the public anger drops a notch.]
  ~ trust += 1
  ~ heat -= 1
  -> question
* [DM {lea_first}: her charger is from a faulty batch and a new one goes out today. #post: p8-public #action: dm #tone: empathetic #judgement: good #intents: explain #why: The customer finally has a fix, but her furious post stays unanswered in front of everyone sharing it.]
  ~ trust += 1
  -> question
* [{lea_handle} Found your case VC-240588: new charger going out tonight to 12 rue des Tanneurs ✅ #post: p8-public #action: reply #tone: empathetic #judgement: bad #breaks: no-personal-data #intents: explain #why: Posting her address next to her order number is a personal data leak made by the brand itself, in front of thousands of people.]
  ~ leaked = true
  ~ heat += 2
  -> question
* [Hello {lea_first}, requests are dealt with in the order they are received. Thank you for your patience. #post: p8-public #action: reply #tone: defensive #judgement: poor #intents: refuse #why: A counter-clerk's stock phrase served to a customer who's been waiting for hours: it reads as "sort yourself out" and sets the sharing off again.]
  ~ trust -= 1
  ~ heat += 2
  -> question
* [Ignore #post: p8-public #action: ignore #judgement: bad #why: A second post with no answer: now it's the brand's silence, more than the fault, that people are reacting to.]
  ~ trust -= 1
  ~ heat += 2
  -> question

=== question ===
# post: p9
# from: ines
# on: forum
# thread: Ordered a bike on Saturday: should I cancel?
# rank: New member
# after: 20m
# kind: question
# mood: worried
# facts: product={model}
# subject: defect
# deadline: 45m
{~Hi all, I ordered a {model} on Saturday, due to arrive Friday.|Hello everyone! My {model} was ordered on Saturday and arrives Friday.} I keep seeing posts about chargers frying… Should I be worried? Can I still cancel? Thanks in advance 🙂
* [{~Hi Inès, thanks for asking us directly 🙂 We've identified a fault affecting some of the chargers delivered recently; every affected customer is being contacted and will get a new charger. If you have any doubt about your order, or want to talk about cancelling, DM us and we'll go through it with you.|Thanks for coming to us with this, Inès 🙂 We have identified a fault affecting some of the chargers delivered recently: every affected customer is being contacted and will get a new charger. Any doubt about your order, or a question about cancelling? DM us and we'll look at it together.} #post: p9 #action: reply #tone: empathetic #judgement: best #intents: thank, explain, move-to-dm #why: A clear answer, in the approved wording, right where the question was asked: Inès is reassured and every forum reader gets the right information.]
  ~ trust += 1
  -> finale
* [Pass Inès's question to after-sales so they can check her order and contact her. #post: p9 #action: escalate #to: after-sales #judgement: good #intents: escalate #why: Inès will get her answer, but the forum thread stays unanswered and the other worried buyers learn nothing.]
  -> finale
* [Nothing to worry about, Inès, it's 100% sorted! And if anything goes wrong, we'll refund you, promise 😉 #post: p9 #action: reply #tone: empathetic #judgement: poor #breaks: no-promise #intents: promise #why: Reassuring in the moment, but "100% sorted" and "we'll refund you" are two commitments nobody signed off, and they will be quoted back at you.]
  ~ promised = true
  -> finale
* [No need to worry, these issues are mostly down to chargers not being plugged in properly. Take a bit of care and you'll be fine! #post: p9 #action: reply #tone: neutral #judgement: bad #breaks: no-blame #intents: correct #why: It's untrue and it blames customers: once the official statement mentions a fault, this post will look like a lie.]
  ~ trust -= 1
  ~ heat += 2
  -> finale
* [Ignore #post: p9 #action: ignore #judgement: poor #why: A worried future customer who gets no answer often ends up cancelling, and her thread stays open to rumours.]
  ~ trust -= 1
  -> finale

=== finale ===
{ trust >= 3 && not leaked:
  -> lea_thanks
- else:
  -> noah_video
}

=== lea_thanks ===
# post: p10-thanks
# from: lea
# on: microblog
# after: 30m
# kind: praise
# mood: happy
# facts: product={model}
# deadline: 40m
{~Update: after-sales rang me, and a courier dropped off a new charger this afternoon.|News: a call from after-sales, then a new charger by courier this afternoon.} Charging away 🔋 Stuff goes wrong, it's how you handle it that counts. Thanks @VoltaireCycles 🙏🚲
* [{~Thanks for taking the time to come back and tell us, {lea_first} 🙏 Safe riding tomorrow, and if anything's not right, you know where we are.|That's really good to hear, {lea_first}, thanks for coming back to say so 🙏 Enjoy the ride tomorrow, and if anything's off, you know where to find us.} #post: p10-thanks #action: reply #tone: empathetic #judgement: best #intents: thank #why: A simple thank-you in proportion: no gloating, just proof that there are people behind the account.]
  ~ trust += 1
  -> ending
* [Like {lea_first}'s post. #post: p10-thanks #action: like #judgement: good #why: The like shows you saw it; after a morning like this one, a word of thanks would have closed the story more warmly.]
  -> ending
* [THANK YOU!!! VOLTAIRE AFTER-SALES IS THE BEST IN THE BUSINESS!!! 🎉🎉🎉 #post: p10-thanks #action: reply #tone: empathetic #judgement: bad #breaks: no-shouting #intents: thank #why: Shouting victory in capitals on the day 140 customers had a breakdown is self-congratulation, and those still waiting for a charger take it very badly.]
  ~ heat += 1
  -> ending
* [Thanks {lea_first}! And for everyone else: 15% off accessories with code VOLTAIRE15 until Sunday 😉 #post: p10-thanks #action: reply #tone: neutral #judgement: poor #intents: thank #why: Slipping a promo under a reconciliation post turns a sincere moment into an advert, and the customer feels she's been used as a billboard.]
  ~ trust -= 1
  -> ending
* [Ignore #post: p10-thanks #action: ignore #judgement: poor #why: A customer coming back to say publicly that the brand handled it well is rare: leaving it unanswered spoils the end of the story.]
  -> ending

=== noah_video ===
# post: p10-video
# from: noah
# on: microblog
# after: 30m
# kind: request
# mood: angry
# facts: product=Voltaire chargers
# subject: defect
# deadline: 40m
Filming my video on the Voltaire chargers tonight. @VoltaireCycles, you've got until 5 pm to tell me what's really going on. After that, I go with what I've got.
* [{~Pass it to the press office: creator with 48,000 followers, filming tonight, wants an explanation before 5 pm.|Hand this to the press office: {noah_first}, 48,000 followers, is filming tonight and wants an explanation before 5 pm.} #post: p10-video #action: escalate #to: press #judgement: best #intents: escalate #why: A creator preparing a video about an incident is press: the press office can offer him a call with the product team and an official statement before 5 pm.]
  ~ heat -= 2
  -> ending
* [Hi {noah_first}, here's where we are: we've identified a fault affecting some of the chargers delivered recently, and every affected customer is being contacted and will get a new charger. #post: p10-video #action: reply #tone: neutral #judgement: good #intents: explain #why: The public line is right and on time, but the creator wanted someone to talk to: without the press office, his video gets made with a three-line reply.]
  ~ heat -= 1
  -> ending
* [DM {noah_first} offering him a free {model} if he drops the video. #post: p10-video #action: dm #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Trying to buy a creator's silence hands him the best scene of his video: the screenshot of your DM.]
  ~ heat += 3
  -> ending
* [We do not comment on rumours. #post: p10-video #action: reply #tone: defensive #judgement: poor #intents: refuse #why: Calling a fault that after-sales has confirmed a "rumour" hands the creator his conclusion: the brand is in denial.]
  ~ heat += 2
  -> ending
* [Ignore #post: p10-video #action: ignore #judgement: bad #why: With no answer by 5 pm, the video goes out with only the angry customers' side, and your silence as the punchline.]
  ~ heat += 2
  -> ending

=== ending ===
{
- leaked:
  -> end_leak
- heat >= 6 || press == 4:
  -> end_storm
- trust >= 5 && heat <= 1 && not censored && not mocked:
  -> end_trust
- else:
  -> end_bruised
}

=== end_trust ===
# end: trust-regained
The storm has blown over by early afternoon. {lea_first} has her charger, affected customers are being called one by one, and {outlet}'s piece {press <= 2:describes a brand that was "quick and upfront"|notes an initial silence but gives the brand credit for its response}. By answering fast and with empathy, taking personal details private and letting the press office talk to journalists, you turned a faulty product into proof that the company takes things seriously.{promised: Legal still has to deal with the refunds promised in public.}
-> END

=== end_bruised ===
# end: reputation-bruised
The crisis is contained, but it leaves marks. Affected customers are sorted, yet what people remember is the silences and the clumsy replies of the morning{censored:, {marc_first}'s review deleted and then resurfacing as a screenshot}{mocked:, the dig at a competitor}{promised:, refund promises that legal now has to stand behind}. The average rating has dropped a few tenths, and trust will come back slowly, one reply at a time.
-> END

=== end_storm ===
# end: press-storm
The crisis gets away from you. {press == 4: The headline in {outlet} reads "140 customers affected", a figure that came from your own messages.|\#VoltaireGate climbs the trending list and {noah_first}'s video passes 200,000 views.} {mocked: The mocking reply aimed at Ampère Bikes has become the symbol of the brand's arrogance. }{censored: The deleted review by {marc_first} is being shared as proof of censorship. }People are calling for a boycott, management takes over, and someone else is put on the social desk for the rest of the week.
-> END

=== end_leak ===
# end: data-leak
A new charger is on its way to {lea_first}, but {lea_dm:her order number was|her order number and home address were} published by the official Voltaire Cycles account. {lea_first} is furious, legal has to document and report the incident, and the story becomes "the brand that exposes its customers". One public reply was enough to undo the whole morning's work: personal data is only ever handled in private messages.
-> END
