// Frontline — service-queue (English)
// The morning after a fibre outage: a queue where every request must go quickly to the right department.
// Same structure as service-queue.fr.ink: same knots, choices and tags (only `why` and `hint` differ).

VAR routed = 0          // requests passed to the right department
VAR neglected = 0       // requests left unanswered
VAR heat = 0            // public tension (shares, screenshots, anger)
VAR promised = false    // compensation promised before management decided
VAR leaked = false      // an unconfirmed cause or an internal figure disclosed
VAR sophie = 0          // 1 after-sales, 2 DM only, 3 wrong department, 4 promise, 5 ignored
VAR karim = 0           // 1 product expert, 2 reply + DM, 3 reset advised, 4 cause disclosed, 5 ignored
VAR gilles = 0          // 1 legal, 2 DM only, 3 after-sales, 4 argued the terms, 5 ignored
VAR elise = 0           // 1 press, 2 public line only, 3 "no comment", 4 figures disclosed, 5 ignored
VAR nadege = 0          // 1 public reply, 2 DM, 3 defensive, 4 promise, 5 ignored
VAR theo = 0            // 1 reply, 2 after-sales, 3 sent to the terms, 4 dig at competitor, 5 ignored
VAR sophie_done = false
VAR karim_done = false
VAR yvette_done = false
VAR gilles_done = false
VAR elise_done = false
VAR nadege_done = false
// What changes from one run to the next (manifest.json, "variants"); these values are the text as written.
VAR addon = "TV add-on"         // the add-on charged twice
VAR addon_price = "€7.99"       // its monthly price
VAR credit = "€5"               // the gesture management decides on
VAR karim_wait = "2m" // when Karim's question about his box arrives
VAR sophie_first = "Sophie"
VAR sophie_name = "Sophie Marchal"
VAR karim_first = "Karim"
VAR karim_name = "Karim Benali"
VAR nadege_first = "Nadège"

-> intro

=== intro ===
Tuesday, 8 am. It was a short night for Onda's network teams, and it's going to be a long morning for you.
# memo: manager
Morning! Fibre outage overnight across the Nantes area, from 11:40 pm to 6:10 am: internet and home phones down, now fixed. The cause is still being analysed, so we say nothing about it. Management will decide on any goodwill gesture this morning: until then, no promises. Approved public line: "The outage that affected some of our fibre customers in the Nantes area overnight has been resolved since 6:10 am. We apologise for the inconvenience. If your service has not come back, please send us a private message."
# memo: manager
# after: 1m
The queue is going to be heavy. Every request to the right department: after-sales for bills and lines, the product expert for boxes, legal for any threat of legal action, press for journalists. And nobody goes unanswered.
-> wave_one

=== wave_one ===
{shuffle:
- -> karim_post -> sophie_dm -> yvette_post ->
- -> sophie_dm -> yvette_post -> karim_post ->
- -> sophie_dm -> karim_post -> yvette_post ->
- -> karim_post -> yvette_post -> sophie_dm ->
- -> yvette_post -> sophie_dm -> karim_post ->
- -> yvette_post -> karim_post -> sophie_dm ->
}
- (open)
* {not sophie_done} [{~Hand over to after-sales: {addon} charged twice although cancelled in March (confirmation email available), account no. 5521 0093 17. And tell {sophie_first} that the billing team will contact her today.|Hand over to after-sales: account no. 5521 0093 17, {addon} cancelled in March (she has the confirmation email) but charged twice in May. And let {sophie_first} know that billing will call her back today.} #post: p1 #action: escalate #to: after-sales #judgement: best #intents: escalate, explain #why: The right department, a summary that has everything, and a customer who knows what happens next: her bill can be corrected without anyone asking her again.]
  ~ sophie_done = true
  ~ sophie = 1
  ~ routed += 1
  -> open
* {not sophie_done} [Hello {sophie_first}, you are quite right to be annoyed: a cancelled add-on has no business on your bill. Could you forward us the confirmation email from March? #post: p1 #action: dm #tone: empathetic #judgement: good #intents: apologise, ask-details #why: The tone is right and the document useful, but the case still hasn't gone to anyone: billing knows nothing, and the customer will have to wait for another exchange.]
  ~ sophie_done = true
  ~ sophie = 2
  -> open
* {not sophie_done} [Hand over to the product expert: bill and last night's outage. #post: p1 #action: escalate #to: product #judgement: poor #intents: escalate #why: A billing error is for after-sales: the technicians, already swamped this morning, will send it back, and the customer will lose another hour.]
  ~ sophie_done = true
  ~ sophie = 3
  -> open
* {not sophie_done} [So sorry, {sophie_first}! We'll refund both {addon} charges and give you the month free for last night's outage. #post: p1 #action: dm #tone: empathetic #judgement: bad #breaks: no-promise #intents: apologise, promise #why: The add-on refund has to be checked first, and the outage gesture hasn't been decided: this private promise will end up as a screenshot, and management will have to honour it for everyone or go back on it.]
  ~ sophie_done = true
  ~ sophie = 4
  ~ promised = true
  -> open
* {not sophie_done} [Ignore #post: p1 #action: ignore #judgement: bad #why: A customer who sent everything privately, as we ask, and gets no answer: she'll come back in public, angrier, and rightly so.]
  ~ sophie_done = true
  ~ sophie = 5
  ~ neglected += 1
  -> open
* {not karim_done} [{~Hand over to the product expert: orange light flashing since the outage, no 5 GHz wifi, cable fine, three restarts. And tell {karim_first} that a technician will message him privately.|Hand over to the product expert: since the outage, flashing orange light and no more 5 GHz wifi, cable connection works, box already restarted three times. And let {karim_first} know that a technician will contact him by private message.} #post: p2 #action: escalate #to: product #judgement: best #intents: escalate, explain #why: A precise symptom that appeared with the outage is exactly what the product expert needs to see, and the customer knows someone competent is on it.]
  ~ karim_done = true
  ~ karim = 1
  ~ routed += 1
  -> open
* {not karim_done} [Hello {karim_first}, thank you for the detail. Please send us a private message with your account number and we will look at your box with you. #post: p2 #action: reply #tone: empathetic #judgement: good #intents: thank, move-to-dm #why: The customer gets a quick public answer, but his diagnosis stays on your desk: without the product expert, it will take several exchanges before any fix.]
  ~ karim_done = true
  ~ karim = 2
  -> open
* {not karim_done} [Hello {karim_first}, please do a factory reset: hold the button on the back of the box for 10 seconds and it will start from scratch. #post: p2 #action: reply #tone: neutral #judgement: poor #intents: explain #why: Advice thrown out without a diagnosis: a factory reset wipes all the box's settings, and nothing says it is the right fix.]
  ~ karim_done = true
  ~ karim = 3
  -> open
* {not karim_done} [Hello {karim_first}, the outage was caused by a cable cut during roadworks in Rezé, and boxes sometimes take a little while to recover. #post: p2 #action: reply #tone: neutral #judgement: bad #breaks: no-confidential #intents: explain #why: The cause is unconfirmed and the charter forbids discussing it: this sentence will be quoted everywhere as the official version, and it may be wrong.]
  ~ karim_done = true
  ~ karim = 4
  ~ leaked = true
  ~ heat += 2
  -> open
* {not karim_done} [Ignore #post: p2 #action: ignore #judgement: bad #why: A precise public question on an outage morning: twenty minutes of silence is enough for his 1,200 followers to conclude that nobody answers.]
  ~ karim_done = true
  ~ karim = 5
  ~ neglected += 1
  ~ heat += 1
  -> open
* {not yvette_done} [{~Thank you so much, Yvette. We'll pass your kind words on to the night teams, they will appreciate them 🙏|Thank you for this, Yvette! We're passing it on to the technicians who worked overnight, it will mean a lot to them 🙏} #post: p3 #action: reply #tone: empathetic #judgement: best #intents: thank #why: A short, sincere thank-you: it shows readers of the complaints next to it that there are people behind the account, without denying the outage.]
  ~ yvette_done = true
  -> open
* {not yvette_done} [Like Yvette's comment. #post: p3 #action: like #judgement: good #intents: thank #why: A quick gesture that is enough on a busy morning; a word for the night teams would have been a little warmer.]
  ~ yvette_done = true
  -> open
* {not yvette_done} [Thank you, Yvette! And let's not forget: Onda fibre is available 99.9% of the year 💪 #post: p3 #action: reply #tone: neutral #judgement: poor #intents: thank #why: Boasting about network reliability the morning after an outage hands the unhappy customers a line to quote.]
  ~ yvette_done = true
  ~ heat += 1
  -> open
* {not yvette_done} [Ignore #post: p3 #action: ignore #judgement: good #why: No harm done on a queue morning: the comment expected nothing. A thank-you would simply have been a nice note among the complaints.]
  ~ yvette_done = true
  -> open
* -> wave_one_news

=== sophie_dm ===
# post: p1
# from: sophie
# on: dm
# after: 2m
# kind: request
# mood: angry
# facts: delay=six hours; product={addon}; price={addon_price}
# subject: price
# deadline: 25m
# hint: The customer has provided everything: the problem, the proof, her account number. Who can correct a bill, and what do they need so that nobody has to ask her again?
{~Hello. My May bill arrived this morning: the {addon} is charged twice (2 × {addon_price}), even though I CANCELLED it in March and have the confirmation email. Account no. 5521 0093 17. And after 6 hours without internet last night, what exactly am I paying for?|Hello. Just got my May bill: the {addon} is on it twice (2 × {addon_price}). I CANCELLED it in March, and I have the confirmation email. Account no. 5521 0093 17. And on top of that, 6 hours without internet last night: what am I actually paying for?}
->->

=== karim_post ===
# post: p2
# from: karim
# on: microblog
# after: {karim_wait}
# kind: question
# mood: worried
# facts: product=Onda box
# subject: defect
# deadline: 20m
# hint: A precise symptom that appeared right after the outage, with checks already done. Who knows how to diagnose a box? And what does the charter say about the cause of the outage?
{~@OndaMobile since last night's outage there's an orange light flashing on my box, internet fine over cable but no 5 GHz wifi at all. Restarted it 3 times. Any ideas before I end up working off 4G all day? \#outage|@OndaMobile my box has had an orange light flashing since last night's outage. Cable works, but the 5 GHz wifi is gone completely. Already restarted it 3 times. Anyone got a clue before I spend the day working off 4G? \#outage}
->->

=== yvette_post ===
# post: p3
# from: yvette
# on: comments
# after: 1m
# kind: praise
# mood: happy
# facts: product=fibre
# deadline: 30m
# hint: A kind message among the complaints. A reply in proportion, no more, no less.
{~Thank you for the text at 1 in the morning warning us about the outage, at least we knew it wasn't our end 👍 Good luck to the technicians who worked through the night.|Got your text at 1 am about the outage: at least we knew the problem wasn't at our end 👍 Well done to the technicians who spent the night on it.}
->->

=== wave_one_news ===
{ sophie == 1:
  # memo: after-sales
  # after: 1m
  Billing case for {sophie_name}: her March cancellation was never recorded. Fixed, with a credit of 2 × {addon_price} on her next bill, and we're calling her within the hour. Thanks for the summary, we didn't need to ask her anything.
}
{ sophie == 3:
  # memo: product
  # after: 1m
  We've received a billing case ({sophie_name}): it's not ours, we're sending it back to after-sales. Another hour for her, sorry.
}
{ karim == 1:
  # memo: product
  # after: 1m
  About {karim_name}'s box: a firmware update was interrupted by the outage and switched off the 5 GHz wifi. We restarted it remotely, all sorted. There will be others: same symptom, same route, send them our way.
}
{ karim == 4:
  # memo: manager
  # after: 1m
  Who wrote "cable cut in Rezé"? The cause isn't confirmed and the network team isn't even sure of the location. It's already being repeated in the comments. Not another word about the cause, please.
}
# memo: manager
# after: 2m
Second wave: the comments are piling up under our overnight post, and the inbox is filling. Check the target times before you choose where to start.
-> wave_two

=== wave_two ===
{shuffle:
- -> elise_dm -> gilles_post -> nadege_post ->
- -> gilles_post -> nadege_post -> elise_dm ->
- -> gilles_post -> elise_dm -> nadege_post ->
- -> elise_dm -> nadege_post -> gilles_post ->
- -> nadege_post -> gilles_post -> elise_dm ->
- -> nadege_post -> elise_dm -> gilles_post ->
}
- (open)
* {not gilles_done} [{~Hand over to legal: formal notice posted publicly, consumer law cited, threat to go to court within 8 days. And write privately to Mr Perrot that his request is with the department responsible, which will reply to him in writing.|Hand over to legal: a formal notice posted in the comments, citing consumer law and announcing court action within 8 days. And let Mr Perrot know privately that the right department has his request and will answer him in writing.} #post: p4 #action: escalate #to: legal #judgement: best #intents: escalate, explain #why: A formal notice goes to legal without delay, and Mr Perrot knows his request is being taken seriously, without anyone arguing the substance in public.]
  ~ gilles_done = true
  ~ gilles = 1
  ~ routed += 1
  -> open
* {not gilles_done} [Hello Mr Perrot, we understand your exasperation after three outages. We will send you a private message to look into your request. #post: p4 #action: dm #tone: empathetic #judgement: good #intents: apologise, move-to-dm #why: The form and the tone are right, but a formal notice has a deadline: until legal has it, nobody is preparing the written reply it requires.]
  ~ gilles_done = true
  ~ gilles = 2
  -> open
* {not gilles_done} [Hand over to after-sales: refund request for days without service. #post: p4 #action: escalate #to: after-sales #judgement: poor #intents: escalate #why: After-sales handles refunds, but it doesn't answer formal notices: the case will go on to legal, hours late on an 8-day deadline.]
  ~ gilles_done = true
  ~ gilles = 3
  -> open
* {not gilles_done} [Hello, our terms and conditions provide no compensation for an interruption of less than 24 hours. Your claim therefore has no basis. #post: p4 #action: reply #tone: defensive #judgement: bad #intents: refuse, correct #why: Arguing the law in public with a customer threatening to sue is exactly what the charter rules out: the reply becomes evidence in his file and a screenshot for his association.]
  ~ gilles_done = true
  ~ gilles = 4
  ~ heat += 2
  -> open
* {not gilles_done} [Ignore #post: p4 #action: ignore #judgement: bad #why: A formal notice left unanswered under your own post: legal will find it too late, and readers see a brand keeping quiet.]
  ~ gilles_done = true
  ~ gilles = 5
  ~ neglected += 1
  ~ heat += 1
  -> open
* {not elise_done} [{~Hand over to the press office: Élise Caradec, Presse Océane, midday piece on the outage, reachable at the newsroom until 11. And tell her the press office will call her back.|Hand over to the press office: Élise Caradec (Presse Océane) is writing about the outage for the midday edition and can take a call at the newsroom before 11. And confirm to her that the press office will ring her back.} #post: p5 #action: escalate #to: press #judgement: best #intents: escalate, explain #why: Journalists go through the press office: it can give her a statement and someone to talk to before her deadline, and she knows she will get a call.]
  ~ elise_done = true
  ~ elise = 1
  ~ routed += 1
  -> open
* {not elise_done} [Hello Élise, here is what we can tell you: the outage that affected some of our fibre customers in the Nantes area overnight has been resolved since 6:10 am, and we apologise for the inconvenience. #post: p5 #action: dm #tone: neutral #judgement: good #intents: explain #why: Accurate, approved words, but a journalist wants someone to talk to and answers to her questions: without the press office, the piece will say Onda declined to give details.]
  ~ elise_done = true
  ~ elise = 2
  -> open
* {not elise_done} [Hello, we do not comment on this matter. #post: p5 #action: dm #tone: defensive #judgement: poor #intents: refuse #why: "No comment" to a journalist hands her the sidebar: the brand that hides the morning after an outage.]
  ~ elise_done = true
  ~ elise = 3
  ~ heat += 1
  -> open
* {not elise_done} [Hello Élise, around 18,000 households were affected, a cable was torn out during roadworks in Rezé, and a goodwill gesture should be announced today. #post: p5 #action: dm #tone: neutral #judgement: bad #breaks: no-confidential, no-promise #intents: explain, promise #why: An internal figure, an unconfirmed cause and a decision not yet taken, handed to a journalist: that's the midday headline, and none of it was yours to say.]
  ~ elise_done = true
  ~ elise = 4
  ~ leaked = true
  ~ promised = true
  ~ heat += 3
  -> open
* {not elise_done} [Ignore #post: p5 #action: ignore #judgement: bad #why: A journalist with no answer at deadline writes anyway, with only the unhappy customers' side of the story.]
  ~ elise_done = true
  ~ elise = 5
  ~ neglected += 1
  ~ heat += 1
  -> open
* {not nadege_done} [{~Hello {nadege_first}, we are truly sorry for a night without any connection. The outage has been resolved since 6:10 am. A gesture for affected customers is being considered this morning, and we will keep you informed here and by text. If anything is still not working at your home, please send us a private message.|Hello {nadege_first}, we apologise for a night without internet or phone, and we know what that means. Everything has been back since 6:10 am. Management is looking at a gesture for affected customers this morning: we will keep you informed here and by text. If a service still isn't working at your home, please send us a private message.} #post: p6 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, move-to-dm #why: A clear apology, the approved line, and the truth about compensation (being considered, not promised): her 2,300 followers see a brand that answers without dodging or committing lightly.]
  ~ nadege_done = true
  ~ nadege = 1
  ~ heat -= 1
  -> open
* {not nadege_done} [Message {nadege_first} privately to apologise and explain where things stand. #post: p6 #action: dm #tone: empathetic #judgement: good #intents: apologise, explain #why: She has her answer, but her post has no visible reply under the hashtag, where her followers are waiting to see whether Onda responds.]
  ~ nadege_done = true
  ~ nadege = 2
  -> open
* {not nadege_done} [Hello, unfortunately an outage can affect any network. Service has been restored since 6:10 am. #post: p6 #action: reply #tone: defensive #judgement: poor #intents: explain #why: Playing it down ("it happens to everyone") to a mother who had no phone all night: the reply is accurate, and it sounds like a shrug.]
  ~ nadege_done = true
  ~ nadege = 3
  ~ heat += 1
  -> open
* {not nadege_done} [Rest assured, {nadege_first}: every affected customer will get a month's subscription free! #post: p6 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Management hasn't decided anything: this public promise, read by thousands of customers, becomes the benchmark every real decision will be measured against.]
  ~ nadege_done = true
  ~ nadege = 4
  ~ promised = true
  ~ heat -= 1
  -> open
* {not nadege_done} [Ignore #post: p6 #action: ignore #judgement: bad #why: A widely followed public post, under a crisis hashtag, with no answer at all: the silence becomes the story.]
  ~ nadege_done = true
  ~ nadege = 5
  ~ neglected += 1
  ~ heat += 2
  -> open
* -> wave_two_news

=== gilles_post ===
# post: p4
# from: gilles
# on: comments
# after: 2m
# kind: complaint
# mood: furious
# facts: product=fibre
# subject: price
# deadline: 30m
# hint: A formal notice and a threat of court action, posted under your own post. What does the charter say about legal proceedings? Who needs to know before anyone else?
Third outage in two months. I hereby give you formal notice to refund me in full for every day without service, as consumer law requires you to. Without a written reply within 8 days, I will take this to court. I have kept all the evidence. G. Perrot
->->

=== elise_dm ===
# post: p5
# from: elise
# on: dm
# after: 2m
# kind: request
# mood: neutral
# facts: product=fibre
# deadline: 20m
# hint: A journalist with a midday deadline. Who at Onda talks to journalists? And what can or can't be said about figures and the cause?
Hello, Élise Caradec, reporter at Presse Océane. I'm writing a piece on last night's outage for our midday edition. How many households were affected, what was the cause, and is any goodwill gesture planned? I can be reached at the newsroom until 11.
->->

=== nadege_post ===
# post: p6
# from: nadege
# on: microblog
# after: 2m
# kind: complaint
# mood: angry
# facts: product=fibre; delay=eight hours
# subject: outage
# deadline: 15m
# hint: Public, widely followed, and the charter's shortest target. What can you say today about compensation, and what can't you say?
{~8 hours with no internet and no landline, and not a word about compensation. What are you going to do about it, @OndaMobile? We pay for a subscription, not a service that works "when it feels like it". \#OndaDown|A whole night, 8 hours, with no internet or landline, and still nothing about compensation. What are we waiting for, @OndaMobile? We pay our subscription every month, not just "when it works". \#OndaDown}
->->

=== wave_two_news ===
{ gilles:
- 1:
  # memo: legal
  # after: 1m
  Mr Perrot's formal notice received. We will reply to him in writing, within the deadline. Thank you for passing it on without commenting on the substance in public.
- 2:
  # memo: legal
  # after: 1m
  Mr Perrot forwarded us your private message as an attachment to his formal notice. The tone was good, but messages like this must come to us directly, and immediately.
- 3:
  # memo: after-sales
  # after: 1m
  We've received Mr Perrot's formal notice: it's not ours to answer, so we're passing it to legal. An hour lost on his deadline.
- 4:
  # memo: legal
  # after: 1m
  We've seen the reply to Mr Perrot about our terms and conditions. It's already doing the rounds as a screenshot in his association. Not another word about the law in public: everything goes through us.
- else:
  # memo: legal
  # after: 1m
  A formal notice sat unanswered under our own post. We found it by chance. Messages like that come to us immediately.
}
{ elise:
- 1:
  # memo: press
  # after: 2m
  Thanks, we've spoken to Élise Caradec. Our statement: "The outage that affected some of our fibre customers in the Nantes area has been resolved since 6:10 am. Our teams are analysing its cause and we will update our customers on next steps during the day." You can use it word for word.
- 2:
  # memo: press
  # after: 2m
  Élise Caradec quotes our public line, which is fine, but she writes that "Onda declined to give details". A journalist is an immediate hand-over to us.
- 3:
  # memo: press
  # after: 2m
  "We do not comment on this matter" is the headline of Presse Océane's sidebar. We're catching up with a statement, but the damage is done.
- 4:
  # memo: press
  # after: 2m
  A number of households and an unconfirmed cause, given to a journalist? It's in her midday piece, along with "a goodwill gesture announced". We're handling it with management.
- else:
  # memo: press
  # after: 2m
  Élise Caradec rang the switchboard: nobody had answered her private message. Her piece will say Onda did not respond to her questions.
}
-> theo_post

=== theo_post ===
# post: p7
# from: theo
# on: microblog
# after: 3m
# kind: complaint
# mood: angry
# facts: product=Onda network
# subject: outage
# deadline: 20m
# hint: A customer leaving, in public, naming a competitor. What does the charter say about competitors? And what useful thing can you still offer him?
{~Right, that's it, I'm moving to Brisa Mobile. At least they had a network last night. Anyone know how you get your RIO code out of Onda? 🙄|Done, I'm off to Brisa Mobile, at least they had a network last night. Anyone know how to get your RIO code from Onda? 🙄}
* [{~Hello Théo, we are sorry last night has made you want to leave, and we understand. You can get your RIO code by calling 3179 free from your mobile. And if you would like us to look at what's going wrong before you decide, we're here by private message.|Hello Théo, we understand that after last night you feel like going elsewhere, and we are sorry. To get your RIO code, just call 3179 from your mobile, it's free. If you would like us to look at what's wrong together first, please send us a private message.} #post: p7 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, move-to-dm #why: Answering a departing customer gracefully: the useful information, not a word about the competitor, a door left open. Readers remember a brand that respects its customers, even the ones who leave.]
  ~ theo = 1
  -> follow_up
* [Hand over to after-sales: customer considering cancelling after the outage. #post: p7 #action: escalate #to: after-sales #judgement: good #intents: escalate #why: After-sales can call him, but Théo asked a simple question in public: with no visible answer, he leaves thinking he was ignored.]
  ~ theo = 2
  -> follow_up
* [For any cancellation request, please refer to our terms and conditions, under "My contract". #post: p7 #action: reply #tone: neutral #judgement: poor #intents: refuse #why: A counter clerk's answer to a question that took one phone number to answer: Théo leaves with proof that he made the right call.]
  ~ theo = 3
  ~ heat += 1
  -> follow_up
* [Brisa Mobile? They had three major outages last year, good luck with that, Théo 😉 #post: p7 #action: reply #tone: aggressive #judgement: bad #breaks: no-competitor, no-aggression #intents: correct #why: A swipe at a competitor and a customer mocked in public, the morning after an outage: that's the screenshot that will do the rounds of every price-comparison forum.]
  ~ theo = 4
  ~ heat += 2
  -> follow_up
* [Ignore #post: p7 #action: ignore #judgement: poor #why: A public question with no answer: Théo leaves anyway, and tells everyone that Onda doesn't even answer the people who leave.]
  ~ theo = 5
  ~ neglected += 1
  -> follow_up

=== follow_up ===
{
- karim == 3:
  -> karim_reset
- sophie != 1:
  -> sophie_public
- else:
  -> marcel_question
}

=== karim_reset ===
# post: p8
# from: karim
# on: microblog
# in: p2
# after: 4m
# kind: complaint
# mood: furious
# facts: product=Onda box
# subject: defect
# deadline: 15m
# hint: The advice given earlier has made things worse. How do you own that without making excuses, and who can actually fix it?
Did the factory reset you told me to: every setting gone, my two screens and the printer won't connect, and still no 5 GHz. A whole morning's work lost. Thanks @OndaMobile 👏
* [{~Hand over to the product expert as a priority: box reset on our advice, settings lost, 5 GHz wifi still missing. And tell {karim_first}, with our apologies for that advice, that a technician will take it from here in private.|Hand over to the product expert as a priority: the box was reset because we advised it, every setting is lost and the 5 GHz wifi is still missing. And apologise to {karim_first} for the bad advice, telling him a technician will contact him privately.} #post: p8 #action: escalate #to: product #judgement: best #intents: apologise, escalate #why: Owning the mistake plainly and finally giving the problem to the people who can fix it: the customer has a competent contact at last.]
  ~ routed += 1
  -> gesture
* [{karim_first}, we're sorry: that was the wrong advice. Please send us a private message and we'll help you set everything up again. #post: p8 #action: reply #tone: empathetic #judgement: good #intents: apologise, move-to-dm #why: The apology is right and public, but the diagnosis stays on your desk instead of going to the technicians.]
  -> gesture
* [Hello {karim_first}, a reset is the standard procedure recommended in our online help. #post: p8 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Hiding behind procedure implies he got it wrong, when the advice came from us: his anger doubles.]
  ~ heat += 2
  -> gesture
* [Ignore #post: p8 #action: ignore #judgement: bad #why: A customer who followed your advice and lost his morning, without a word of apology: the perfect screenshot for the outage hashtag.]
  ~ neglected += 1
  ~ heat += 2
  -> gesture

=== sophie_public ===
# post: p8
# from: sophie
# on: microblog
# after: 4m
# kind: complaint
# mood: angry
# facts: product={addon}; price={addon_price}
# subject: service
# deadline: 15m
# hint: The customer is back, in public. What does she need now, and who can correct her bill?
{sophie == 4:I was promised by DM a refund for my add-ons AND a free month. Customer service on the phone knows nothing about it. Make your minds up, @OndaMobile.|It's been over an hour since I sent my bill by DM: an add-on cancelled in March, charged twice. Still nothing. @OndaMobile, does anyone read your messages?}
* [{~Hand over to after-sales as a priority: {addon} cancelled in March but charged twice, account number received by DM. And reply to {sophie_first}, publicly, that her case is with billing and that she will be called today.|Hand over to after-sales as a priority: {addon} charged twice despite being cancelled in March, account number received by DM. And tell {sophie_first} publicly that billing has her case and will call her today.} #post: p8 #action: escalate #to: after-sales #judgement: best #intents: apologise, escalate, explain #why: The case finally goes to the right place, complete, and the public reply shows her followers it is being handled.]
  ~ routed += 1
  -> gesture
* [{sophie_first}, we are sorry for the wait. We are picking up your case by private message right now. #post: p8 #action: reply #tone: empathetic #judgement: good #intents: apologise, move-to-dm #why: The apology is welcome, but without a hand-over to after-sales, "right now" means nothing: the bill still isn't corrected.]
  -> gesture
* [Hello, following last night's outage, our response times are longer than usual. Thank you for your understanding. #post: p8 #action: reply #tone: defensive #judgement: poor #intents: refuse #why: The outage has nothing to do with her bill: the generic excuse confirms nobody read her message.]
  ~ heat += 1
  -> gesture
* [Ignore #post: p8 #action: ignore #judgement: bad #why: A second message without an answer, in public this time: the billing error becomes a story about contempt.]
  ~ neglected += 1
  ~ heat += 2
  -> gesture

=== marcel_question ===
# post: p8
# from: marcel
# on: comments
# after: 4m
# kind: question
# mood: worried
# facts: product=Onda TV
# subject: outage
# deadline: 30m
# hint: A simple question from an older customer. Does it really need a technician, or will a clear answer do?
Good morning, since this morning my Onda television says "no signal". The internet works. Is it still the outage? I daren't touch anything. Thank you.
* [{~Good morning Marcel, after an outage the TV box sometimes needs restarting: unplug it from the wall socket, count to ten, then plug it back in. The picture usually comes back within two minutes. If the message is still there, please send us a private message and we will go through it with you.|Good morning Marcel, don't worry, this is common: after an outage the TV box often needs to be restarted. Unplug it from the socket, wait ten seconds and plug it back in; the picture normally comes back within two minutes. If "no signal" is still showing, please send us a private message and we will sort it out together.} #post: p8 #action: reply #tone: empathetic #judgement: best #intents: greet, explain, move-to-dm #why: A simple, step-by-step answer where the question was asked: Marcel gets his television back, and so does everyone else staring at a black screen this morning.]
  -> gesture
* [Hand over to the product expert: TV box with no signal since the outage. #post: p8 #action: escalate #to: product #judgement: poor #intents: escalate #why: Loading the already swamped technicians with a ten-second fix: Marcel goes without television all morning for a question that had an answer.]
  -> gesture
* [Hello, please see the "My TV isn't working" section of our online help. #post: p8 #action: reply #tone: neutral #judgement: poor #intents: explain #why: Sending an 82-year-old who "daren't touch anything" to a help page leaves him with the problem.]
  -> gesture
* [Ignore #post: p8 #action: ignore #judgement: bad #why: A simple question left unanswered: Marcel will wait for his daughter to come round this evening, and so will other readers.]
  ~ neglected += 1
  -> gesture

=== gesture ===
# memo: management
# after: 3m
Management's decision: a {credit} credit for every fibre customer affected overnight, announced by text at 11 am. You may say so publicly, and nothing more.{promised: We are also seeing refund or "free month" promises made this morning on our accounts: they will have to be walked back one by one.}
{
- nadege == 1 || nadege == 2:
  -> nadege_calm
- else:
  -> nadege_upset
}

=== nadege_calm ===
# post: p9
# from: nadege
# on: microblog
# in: p6
# after: 4m
# kind: info
# mood: neutral
# facts: product=fibre
# deadline: 30m
# hint: A customer who acknowledges your efforts while staying clear-eyed. How do you answer without crowing or justifying yourself?
{~Got the text: a {credit} credit for the night. It's symbolic, but at least we were kept informed and got answers this morning. Makes a change.|Text received: a {credit} credit for last night. Still symbolic, but this time we were kept in the loop and got answers during the morning. Nice change.}
* [{~Thank you for saying so, {nadege_first}. We know that {credit} doesn't make up for a night without a phone with children at home: it is a gesture, and our priority remains a reliable network.|Thank you for your message, {nadege_first}. A {credit} credit doesn't make up for a night without a phone with children at home, we know that: it is a gesture, and our real priority remains a reliable network.} #post: p9 #action: reply #tone: empathetic #judgement: best #intents: thank, explain #why: Thanking her and admitting the gesture is modest, without boasting or justifying: that's the tone that rebuilds trust.]
  ~ heat -= 1
  -> ending
* [Like {nadege_first}'s post. #post: p9 #action: like #judgement: good #intents: thank #why: The like shows you read it; a word acknowledging how modest the gesture is would have been fairer.]
  -> ending
* [Thank you, {nadege_first}! Onda, always by your side, even in the storm 💪 #post: p9 #action: reply #tone: neutral #judgement: poor #intents: thank #why: A slogan in reply to a customer who has just said "it's symbolic": mistaking her goodwill for a victory.]
  ~ heat += 1
  -> ending
* [Ignore #post: p9 #action: ignore #judgement: poor #why: A critical customer publicly acknowledging your efforts deserves a word: it's a small step of trust, and you let it pass.]
  -> ending

=== nadege_upset ===
# post: p9
# from: nadege
# on: microblog
# in: p6
# after: 4m
# kind: complaint
# mood: angry
# facts: product=fibre
# subject: price
# deadline: 15m
# hint: The gesture has been decided. What can you say now, and how do you acknowledge what went wrong this morning?
{nadege == 4:This morning I was promised "a free month". The text says {credit}. Make your minds up, @OndaMobile. \#OndaDown|No answer this morning, and now a text saying "{credit} credit". {credit} for a night without a phone with three kids. Seriously? \#OndaDown}
* [{~{nadege_first}, you are right to hold this against us: {nadege == 4:we should never have announced a gesture that had not been decided|you should have had an answer this morning}, and we are sorry. The gesture decided is a {credit} credit for every affected customer; we know it doesn't make up for the night. Please send us a private message and we will look at your situation personally.|You are right, {nadege_first}, and we apologise: {nadege == 4:that gesture had not been decided, and we should never have announced it|you should have had an answer first thing this morning}. Management has decided on a {credit} credit for every affected customer, and we know it doesn't make up for your night. Please send us a private message and we will look at your situation personally.} #post: p9 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, move-to-dm #why: Owning the morning's mistake plainly, giving the approved information, and offering a personal follow-up: the only way to get back on the front foot.]
  ~ heat -= 1
  -> ending
* [Message {nadege_first} privately to offer her a second credit, as a personal gesture. #post: p9 #action: dm #tone: empathetic #judgement: poor #breaks: no-promise #intents: promise #why: An individual gesture nobody approved, to buy calm: it will end up as a screenshot, and every customer will ask for the same.]
  ~ promised = true
  -> ending
* [Hello, the {credit} goodwill gesture was decided by management and applies to all affected customers, without exception. #post: p9 #action: reply #tone: defensive #judgement: poor #intents: refuse #why: Accurate but cold: it confronts her with the decision without acknowledging the night, or the morning's silence or promise.]
  ~ heat += 1
  -> ending
* [Ignore #post: p9 #action: ignore #judgement: bad #why: A widely followed, angry customer under the outage hashtag, and still no answer: the silence becomes the afternoon's story.]
  ~ neglected += 1
  ~ heat += 2
  -> ending

=== ending ===
{
- leaked || heat >= 7:
  -> end_storm
- routed >= 4 && neglected == 0 && not promised && theo != 4 && heat <= 3:
  -> end_cleared
- else:
  -> end_backlog
}

=== end_cleared ===
# end: queue-cleared
# after: 2m
Noon: the queue is empty, and nobody was left without an answer. {sophie == 1:{sophie_first}'s bill was corrected within the hour|{sophie_first} finally got an answer about her bill}, {karim == 1:{karim_first}'s box is running again|{karim_first} has someone competent to talk to}, {gilles == 1:legal had Mr Perrot's formal notice without losing a minute|Mr Perrot's formal notice took a detour before reaching legal} and {elise == 1:the Presse Océane piece quotes Onda's official statement|the Presse Océane piece sticks to our public line}. Nothing was promised too early and nothing leaked: the morning after the outage looks like proof of a serious operator. Management asks you to train the evening team.
-> END

=== end_backlog ===
# end: backlog
# after: 2m
Noon: the queue is cleared, but not without damage. {neglected > 0:Some requests went unanswered long enough to be remembered. }{promised:Promises made too early leave management justifying itself customer by customer. }{routed < 4:Several cases took a detour before reaching the right department, and customers waited accordingly. }{theo == 4:And the dig at a competitor did not go unnoticed. }Nothing that can't be fixed, but the afternoon will go on making up for the morning: calling back, correcting, explaining. The debrief shows where each minute was lost.
-> END

=== end_storm ===
# end: queue-overflow
# after: 2m
The queue got away from you. {leaked:The unconfirmed cause of the outage and internal figures are now circulating as Onda's official version, and management has to correct them publicly. |The \#OndaDown hashtag has snowballed, fed by curt replies and silences. }{elise == 3 || elise == 5:The Presse Océane piece describes an operator that keeps quiet. }{gilles == 4:The reply about the terms and conditions has become the centrepiece of Mr Perrot's case. }{theo == 4:And the swipe at Brisa Mobile is making the rounds of every price-comparison site. }Management is taking over the accounts for the afternoon and wants a debrief on the morning.
-> END
