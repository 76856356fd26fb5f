// Frontline — first-shift (English)
// The tutorial: a quiet morning at Onda Mobile, with a coach who explains everything step by step.
// Same structure as first-shift.fr.ink: same knots, choices and tags (only `why` and `hint` differ).

VAR points = 0          // +2 best, +1 good, 0 poor, -1 bad: picks the ending
VAR leaked = false      // the brand repeated personal data in public
VAR bernard = 0         // 0 unanswered, 1 public reply, 2 DM, 3 sent to FAQ, 4 promise
VAR spam = 0            // 0 open, 1 deleted, 2 hidden, 3 public reply, 4 left up
VAR awa_done = false
VAR spam_done = false
VAR monique = 0         // 0 open, 1 reply + DM, 2 DM only, 3 number repeated, 4 blamed the bank, 5 ignored
VAR monique_helped = false // Monique's case reached after-sales
VAR lucas = 0           // 0 open, 1 reply + next step, 2 passed on, 3 canned answer, 4 dig at competitor, 5 ignored
VAR jp = 0              // 0 open, 1 thanks, 2 like, 3 sales pitch, 4 hidden, 5 left
VAR lucas_done = false
VAR jp_done = false

-> intro

=== intro ===
Monday, 9 am. Your first day on Onda Mobile's social media desk. The coffee is hot and the feed is quiet.
# memo: coach
Good morning and welcome! I'm Nadia, and I'll be with you all morning. There's no rush: today is for learning. At the top is the clock: game time runs on its own, and the Pause button stops it if you want to reread something. Customers' posts arrive in the brand feed. Here, in the Team panel, you'll get my tips and notes from the other departments.
# memo: coach
# after: 1m
A first post is about to arrive on the forum. Click on it and you'll see your options, each labelled with its type (public reply, direct message, hand over to a department, like, hide…). If none of them suits you, you can write your own reply in the box underneath. Below the post you'll also see the response time the charter sets for that channel. And if you're unsure, the "Ask the coach for a hint" button gives you a pointer, for a few points.
-> bernard_post

=== bernard_post ===
# post: p1
# from: bernard
# on: forum
# thread: My plan in Portugal: calls and internet?
# rank: New member
# after: 1m
# kind: question
# mood: worried
# facts: product=60 GB plan; place=in Porto
# subject: price
# deadline: 60m
# hint: Bernard is surely not the only one wondering about this. Where would an answer help the most people? And the charter asks for plain words and no promises.
Good morning. I am going to Porto for three weeks on the 12th to see my grandchildren. I have the Onda 60 GB plan. Will I be able to make calls and use the internet there as I do in France, or will I come home to an enormous bill? My son says I should switch everything off. I no longer understand any of it. Thank you in advance.
* [Good morning Bernard, good news: Portugal is in the European Union, so your plan works there just as it does in France. Calls, texts and internet are included, up to the "Europe" allowance shown in your online account. Just one setting to check before you leave: turn on "Data roaming" in your phone's settings. Have a lovely stay in Porto! #post: p1 #action: reply #tone: empathetic #judgement: best #intents: greet, explain #why: A clear answer in plain words, right under the question: Bernard leaves reassured, and every forum reader who travels gets the same information.]
  ~ bernard = 1
  ~ points += 2
  -> charter_tips
* [Reply to Bernard by private message, with the same explanation about Europe. #post: p1 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Bernard has his answer, but his question sits unanswered on the forum, and the next traveller will have to ask it again.]
  ~ bernard = 2
  ~ points += 1
  -> charter_tips
* [Hello, all the information about using your plan abroad is available in our FAQ, under "Travelling". #post: p1 #action: reply #tone: neutral #judgement: poor #intents: explain #why: Pointing a customer who says "I no longer understand any of it" to an FAQ hands him back his question without the answer, when two sentences would have done.]
  ~ bernard = 3
  -> charter_tips
* [Don't worry Bernard, abroad is the same as France everywhere, you'll never pay a penny more, promise 😉 #post: p1 #action: reply #tone: empathetic #judgement: poor #breaks: no-promise #intents: promise #why: Warm but wrong: charges do apply outside the European Union, and "never, promise" commits Onda in front of every forum reader.]
  ~ bernard = 4
  -> charter_tips
* [Ignore #post: p1 #action: ignore #judgement: poor #why: A simple question left unanswered on the forum for an hour: Bernard leaves worried, and the thread suggests that nobody reads it.]
  ~ bernard = 0
  -> charter_tips

=== charter_tips ===
{ bernard == 1:
  # memo: coach
  # after: 30s
  Very good: a clear answer in the right place, which every traveller on the forum can read again.
- else:
  # memo: coach
  # after: 30s
  Noted. Every decision is explained in the debrief, with a better answer where there was one. You learn by doing, so don't worry.
}
# memo: coach
# after: 1m
A word about Onda's charter, which you read before you took your seat. We are always courteous and formal. We promise nothing that hasn't been approved (a goodwill gesture, a repair date). We never talk about competitors. And every channel has a target response time: 15 minutes on the social network, 20 minutes for private messages, 30 minutes for comments, 1 hour on the forum, 4 hours for reviews.
# memo: coach
# after: 1m
Two comments are about to arrive almost together under our latest post. When several posts are waiting, you choose the order: they stay open until you decide. And doing nothing is a decision too: either you choose "Do nothing", or the time runs out and it counts as silence. Sometimes that's the right call; often it isn't.
-> comments_pair

=== comments_pair ===
# post: p2
# from: awa
# on: comments
# after: 1m
# kind: praise
# mood: happy
# facts: place=in Rennes
# deadline: 60m
# hint: A positive post isn't a problem to be handled. What would please Awa, her mother and the shop, without overdoing it?
A huge thank you to Sandrine at the Onda shop in Rennes city centre 🙏 She spent 40 minutes moving all my mum's photos onto her new phone, with the patience of a saint. Mum is thrilled, she's already sent me 3 selfies 😂
# post: p3
# from: gains
# on: comments
# after: 1m
# kind: spam
# mood: enthusiastic
# deadline: 45m
# hint: Think of the older customers who read these comments. What do they risk if this stays visible?
🔥 EARN €1,000 A WEEK from home!! 100% legal method, already 3,000 happy retirees 👉 easycash24.net
- (open)
* {not awa_done} [Thank you so much for this, Awa 😊 We'll be delighted to pass it on to Sandrine and the whole Rennes city centre team. We hope your mum enjoys her new phone, and well done on the selfies! #post: p2 #action: reply #tone: empathetic #judgement: best #intents: thank #why: A warm thank-you in proportion, and an easy promise to pass on the compliment: Awa feels heard and the shop will be proud.]
  ~ awa_done = true
  ~ points += 2
  -> open
* {not awa_done} [Like Awa's comment. #post: p2 #action: like #judgement: good #intents: thank #why: The like shows the post was seen; a word for Sandrine and for her mother would have meant more.]
  ~ awa_done = true
  ~ points += 1
  -> open
* {not awa_done} [Thank you, Awa! While you're here: 20% off cases and screen protectors until Sunday with the code THANKS20. #post: p2 #action: reply #tone: neutral #judgement: poor #intents: thank #why: Slipping a promotion under a heartfelt thank-you turns a nice moment into an advert: Awa feels she's talking to a catalogue.]
  ~ awa_done = true
  -> open
* {not awa_done} [Ignore #post: p2 #action: ignore #judgement: poor #why: Nothing serious, but a customer who takes the time to praise a shop and hears nothing back is a missed opportunity.]
  ~ awa_done = true
  -> open
* {not spam_done} [Delete the comment: a fraudulent advert with a dubious link. #post: p3 #action: delete #judgement: best #why: A scam aimed at retired people has no place under our posts: deleting it protects customers, with no debate and no reply.]
  ~ spam_done = true
  ~ spam = 1
  ~ points += 2
  -> open
* {not spam_done} [Hide the comment so that followers can no longer see it. #post: p3 #action: hide #judgement: good #why: Followers no longer see it, which is what matters. For a bot pasting a scam link, deleting is cleaner.]
  ~ spam_done = true
  ~ spam = 2
  ~ points += 1
  -> open
* {not spam_done} [Please note: this message has nothing to do with Onda Mobile. Please do not click on this link. #post: p3 #action: reply #tone: neutral #judgement: poor #intents: correct #why: Well meant, but replying to spam pushes it back up the thread, and the link stays online right above your warning.]
  ~ spam_done = true
  ~ spam = 3
  -> open
* {not spam_done} [Ignore #post: p3 #action: ignore #judgement: poor #why: The scam link stays visible under our posts all day, read by customers who trust us.]
  ~ spam_done = true
  ~ spam = 4
  -> open
* -> data_tip

=== data_tip ===
{ spam == 4:
  # memo: after-sales
  # after: 1m
  FYI: a customer has just called us, worried. She clicked the "€1,000 a week" link under your post and gave her email address. We reassured her and advised her to change her password.
}
# memo: coach
# after: 1m
The charter's golden rule: personal information (phone number, account number, address, bills) is only ever exchanged by private message. Never in public, even when the customer was the one who wrote it first. On the social network, the target response time is 15 minutes.
-> monique_post

=== monique_post ===
# post: p4
# from: monique
# on: microblog
# after: 1m
# kind: request
# mood: worried
# facts: price=€32.99
# subject: price
# deadline: 45m
# hint: Monique needs help, and she has written something she shouldn't have. Reread the golden rule Nadia has just reminded you of.
Hello Onda, I have been charged twice this month, €32.99 each time. Could you please check my account? You can call me back on 06 39 98 45 12, I am at home all afternoon. Thank you very much. Monique G.
* [Hello Monique, thank you for writing to us: we will look into this double charge with you. We are sending you a private message to take it from here. As a precaution, you may wish to delete this post, as your phone number is visible to everyone. #post: p4 #action: reply #tone: empathetic #judgement: best #intents: greet, explain, move-to-dm #why: A quick public reply that reassures, the rest in private, and a discreet tip to protect her number, without ever repeating it.]
  ~ monique = 1
  ~ points += 2
  -> routing_tip
* [Message Monique privately straight away to ask for her account number. #post: p4 #action: dm #tone: empathetic #judgement: good #intents: ask-details, move-to-dm #why: Monique is looked after, but nobody tells her that her phone number is on public display, and her post has no visible answer.]
  ~ monique = 2
  ~ points += 1
  -> routing_tip
* [Hello Monique, noted: an adviser will call you back this afternoon on 06 39 98 45 12. #post: p4 #action: reply #tone: empathetic #judgement: bad #breaks: no-personal-data, no-promise #intents: promise #why: Repeating her number in public exposes it a second time, under Onda's name, and promising a call this afternoon commits a department that has approved nothing.]
  ~ monique = 3
  ~ leaked = true
  ~ points -= 1
  -> routing_tip
* [Hello, a double charge is usually caused by a banking error. We recommend that you contact your bank first. #post: p4 #action: reply #tone: defensive #judgement: poor #breaks: no-blame #intents: refuse #why: Blaming the bank without checking anything brushes off an older customer who trusts you, and it may well be untrue.]
  ~ monique = 4
  -> routing_tip
* [Ignore #post: p4 #action: ignore #judgement: bad #why: A customer worried about her money, her phone number on public display, and not a word for three quarters of an hour: everything the charter is there to prevent.]
  ~ monique = 5
  ~ points -= 1
  -> routing_tip

=== routing_tip ===
{ monique == 1:
  # memo: coach
  # after: 30s
  Perfect: you reassured her in public without repeating her number, and the rest happens in private.
- else:
  # memo: coach
  # after: 30s
  Monique will be back in touch. Keep the golden rule in mind: her personal details belong in private.
}
# memo: coach
# after: 1m
When a case needs checking internally, hand it over to the right department with "Hand over": after-sales for a bill, a line or a contract; the product expert for a technical question (box, network, settings); legal for a threat to sue or exposed data; press for a journalist; management for any risk to people's safety. Handing a case over isn't getting rid of it: summarise it so the department doesn't need to ask anything again.
{ monique <= 2:
  -> monique_private
- else:
  -> monique_public
}

=== monique_private ===
# post: p5
# from: monique
# on: dm
# after: 2m
# kind: request
# mood: neutral
# facts: price=€32.99
# subject: price
# deadline: 45m
# hint: You now have everything you need. Who at Onda can put a direct debit right? And will Monique know what happens next?
Hello, here is my account number: 4402 1187 36. The two payments were taken on the 5th and the 6th, €32.99 each. {monique == 1: I have deleted my post as you advised.|Should I take down my first post, the one with my number?} I am sorry, I am not very good with all this.
* [Pass on to after-sales: double charge of €32.99 on the 5th and 6th, account number received privately, would like a call back in the afternoon. And tell Monique that the billing team will contact her. #post: p5 #action: escalate #to: after-sales #judgement: best #intents: escalate, explain #why: The right department, a complete summary so nobody has to ask her again, and a customer who knows what happens next.]
  ~ monique_helped = true
  ~ points += 2
  -> scoring_tip
* [Thank you Monique, there's no need to apologise! Don't worry: a double charge is refunded automatically within 10 days. #post: p5 #action: dm #tone: empathetic #judgement: poor #breaks: no-promise #intents: promise #why: Kind, but nothing has been checked or passed on: the "automatic refund" is an invented promise, and the case has reached nobody.]
  -> scoring_tip
* [Pass Monique's case to the product expert. #post: p5 #action: escalate #to: product #judgement: poor #intents: escalate #why: A bill is for after-sales, not the technicians: the case will bounce back and Monique will wait twice as long.]
  -> scoring_tip
* [For any billing enquiry, please call our customer service line, Monday to Friday, 9 am to 7 pm. #post: p5 #action: dm #tone: neutral #judgement: poor #intents: refuse #why: Monique has just explained everything: sending her to a switchboard makes her start all over again, when you could pass it on in one click.]
  -> scoring_tip
* [Ignore #post: p5 #action: ignore #judgement: bad #why: Monique did exactly what she was asked, and now nobody answers her: she will come back in public, and she will be right to.]
  ~ points -= 1
  -> scoring_tip

=== monique_public ===
# post: p5
# from: monique
# on: microblog
# in: p4
# after: 2m
# kind: complaint
# mood: worried
# facts: price=€32.99
# subject: service
# deadline: 45m
# hint: Monique is growing impatient and her number is still visible. How can you reassure her in front of everyone while keeping her details safe?
{monique == 3:Hello, I was told here that an adviser would call me back. Still nothing… And my granddaughter says I was wrong to leave my number, that everyone can see it now?|{monique == 4:My bank says it was not them: it was Onda that took the money twice. So who is dealing with this?|Still no answer… Does anyone read the messages here?}}
* [Monique, we are sorry for the wait. We are messaging you privately right now to sort out this double charge with the billing team. And as a precaution, you may wish to delete your first post, as your number is visible there. #post: p5 #action: reply #tone: empathetic #judgement: best #intents: apologise, move-to-dm #why: Owning the wait without excuses, taking the rest private and helping her protect her number: her worry eases.]
  ~ monique_helped = true
  ~ points += 2
  -> scoring_tip
* [Pass Monique's post to after-sales so that they call her back. #post: p5 #action: escalate #to: after-sales #judgement: good #intents: escalate #why: The right department has it, but Monique doesn't know that, and her number is still on public display.]
  ~ monique_helped = true
  ~ points += 1
  -> scoring_tip
* [Hello, requests are dealt with in the order in which they are received. Thank you for your patience. #post: p5 #action: reply #tone: defensive #judgement: poor #intents: refuse #why: A counter clerk's line served to an older customer who is waiting: it sounds like "sort it out yourself", and nothing moves.]
  -> scoring_tip
* [Ignore #post: p5 #action: ignore #judgement: bad #why: Two posts without an answer: Monique concludes that nobody is looking after her, and so do her followers.]
  ~ points -= 1
  -> scoring_tip

=== scoring_tip ===
# memo: coach
# after: 1m
How are you assessed? On five things: diplomacy (the tone of your messages), speed (your response time against the charter's), charter compliance (every rule broken costs points), judgement (the right action for each post: reply, go private, pass on, moderate or leave it) and the state of the community (how sentiment and e-reputation have moved). The debrief goes through every decision, one by one.
# memo: coach
# after: 1m
Two last posts: a customer with a problem with his box, and a forum regular answering Bernard. You choose which to take first.
-> evening_pair

=== evening_pair ===
# post: p6
# from: lucas
# on: microblog
# after: 1m
# kind: question
# mood: neutral
# facts: product=fibre box
# subject: defect
# deadline: 45m
# hint: Lucas has already done the basic checks and describes his problem precisely. Read to the end. Who at Onda knows how to diagnose a box?
@OndaMobile my fibre box restarts by itself every evening around 9pm, right in the middle of my online games 🙃 red light for a few seconds then it comes back. Already tried another socket and replugged the fibre. Any ideas? \#fibre
# post: p7
# from: jeanpierre
# on: forum
# thread: Re: My plan in Portugal: calls and internet?
# rank: Community expert
# in: p1
# after: 2m
# kind: info
# mood: happy
# facts: product=60 GB plan; place=in Spain
# deadline: 60m
# hint: Not everything needs an answer from the brand. Is Jean-Pierre's information correct? What does a customer who helps others deserve?
{bernard == 0:Hello Bernard, I see nobody has answered you, so if I may:|{bernard == 3:Hello Bernard, here's the short version from a customer:|{bernard == 4:A small correction for Bernard: it's included in Europe, not everywhere! I paid extra in Morocco last year. Within Europe, though, no problem:|I can confirm for Bernard:}}} I was in Spain in April on the same plan, calls and internet just like at home, nothing extra on the bill. Just remember to switch on data roaming in your settings. Have a good trip!
- (open)
* {not lucas_done} [Thank you for the detail, Lucas, it saves us a lot of time. A restart at the same time every evening is not normal: we are passing this to our box technicians and will message you privately to check your line remotely. #post: p6 #action: reply #tone: empathetic #judgement: best #intents: thank, explain, escalate, move-to-dm #why: Lucas can see he was read to the end, knows what happens next, and his line will be checked in private by the right people.]
  ~ lucas_done = true
  ~ lucas = 1
  ~ points += 2
  -> open
* {not lucas_done} [Pass it to the product expert without answering Lucas for now. #post: p6 #action: escalate #to: product #judgement: good #intents: escalate #why: The right department has it, but Lucas doesn't know: on social media, a question with no visible answer for hours looks like indifference.]
  ~ lucas_done = true
  ~ lucas = 2
  ~ points += 1
  -> open
* {not lucas_done} [Hello Lucas, have you tried restarting your box? Unplug it for 30 seconds, then plug it back in. #post: p6 #action: reply #tone: neutral #judgement: poor #intents: explain #why: Lucas wrote that he had already replugged everything: serving him the stock answer shows nobody read his post, and he will say so.]
  ~ lucas_done = true
  ~ lucas = 3
  -> open
* {not lucas_done} [Hello Lucas, at least it's not a Kairn Télécom box, theirs crash three times a night 😅 We'll look into it! #post: p6 #action: reply #tone: neutral #judgement: bad #breaks: no-competitor #intents: explain #why: The charter forbids jokes about competitors, and it fixes nothing: Lucas's box still restarts every evening.]
  ~ lucas_done = true
  ~ lucas = 4
  ~ points -= 1
  -> open
* {not lucas_done} [Ignore #post: p6 #action: ignore #judgement: poor #why: A precise technical question left unanswered: Lucas will tell his classmates about it, in the words you'd expect.]
  ~ lucas_done = true
  ~ lucas = 5
  -> open
* {not jp_done} [Thank you for helping out, Jean-Pierre, that's exactly right 👍 Have a good trip, Bernard! #post: p7 #action: reply #tone: empathetic #judgement: best #intents: thank #why: A public thank-you to a customer who helps others: he feels recognised, and the forum sees that the brand values customers helping each other.]
  ~ jp_done = true
  ~ jp = 1
  ~ points += 2
  -> open
* {not jp_done} [Like Jean-Pierre's reply. #post: p7 #action: like #judgement: good #intents: thank #why: The like endorses correct information without cluttering the thread; a word of thanks would have recognised him more.]
  ~ jp_done = true
  ~ jp = 2
  ~ points += 1
  -> open
* {not jp_done} [Thank you, Jean-Pierre. May we remind everyone that our World Pass option, at €9.99 a month, lets you travel outside Europe with peace of mind. #post: p7 #action: reply #tone: neutral #judgement: poor #intents: thank, explain #why: Turning a customer's spontaneous help into a sales pitch is the surest way to make sure he never helps anyone again.]
  ~ jp_done = true
  ~ jp = 3
  -> open
* {not jp_done} [Hide Jean-Pierre's reply: customers should not answer on our behalf. #post: p7 #action: hide #judgement: bad #why: Hiding a correct and kind answer is censorship: customers helping each other is a strength, not competition.]
  ~ jp_done = true
  ~ jp = 4
  ~ points -= 1
  -> open
* {not jp_done} [Ignore #post: p7 #action: ignore #judgement: good #why: Nothing urgent: the information is correct and the thread is resolved. Doing nothing is acceptable here, although a thank-you would have recognised Jean-Pierre.]
  ~ jp_done = true
  ~ jp = 5
  ~ points += 1
  -> open
* -> bernard_back

=== bernard_back ===
{ bernard == 1 || bernard == 2 || ((bernard == 0 || bernard == 3) && jp != 4):
  -> bernard_happy
- else:
  -> bernard_again
}

=== bernard_happy ===
# post: p8
# from: bernard
# on: forum
# thread: Re: My plan in Portugal: calls and internet?
# rank: New member
# in: p1
# after: 4m
# kind: praise
# mood: happy
# facts: product=60 GB plan; place=in Porto
# deadline: 60m
# hint: Good news that closes a story. What reply would match this post?
Message received, thank you all! I switched on the setting with my grandson on the phone, and everything is ready for Porto. It is nice to get clear answers, for once I understand something technical 😊
* [Thank you, Bernard, that's lovely to hear. Have a wonderful stay in Porto, and enjoy your time with your grandchildren! #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank #why: A warm, simple goodbye: Bernard leaves with the image of a human brand, and the thread ends well for everyone who reads it.]
  ~ points += 2
  -> wrap
* [Like Bernard's post. #post: p8 #action: like #judgement: good #intents: thank #why: The like closes the thread properly; a personal word would have been warmer for a customer of fifteen years.]
  ~ points += 1
  -> wrap
* [Thank you, Bernard! And for your next trip outside Europe, do consider our World Pass at €9.99 a month. #post: p8 #action: reply #tone: neutral #judgement: poor #intents: thank #why: A sale slipped under a thank-you spoils the moment: Bernard wanted to say goodbye, not receive an offer.]
  -> wrap
* [Ignore #post: p8 #action: ignore #judgement: poor #why: A happy customer coming back to say so is rare: leaving him unanswered spoils the end of the story.]
  -> wrap

=== bernard_again ===
# post: p8
# from: bernard
# on: forum
# thread: Re: My plan in Portugal: calls and internet?
# rank: New member
# in: p1
# after: 4m
# kind: question
# mood: worried
# facts: product=60 GB plan
# subject: price
# deadline: 60m
# hint: A second chance with Bernard. What does he need to leave with peace of mind, and where will the answer also help others?
{ bernard == 4: You told me "the same everywhere", but a gentleman on the forum says that isn't true outside Europe… My son is going to Morocco in June. Who is right?|I leave tomorrow and I still don't understand whether the internet is included in Portugal. I don't dare switch it on over there. Could someone explain it to me simply?}
* [Good morning Bernard, we are sorry this wasn't clearer. In Portugal, as everywhere in the European Union, your plan works just as it does in France, up to the "Europe" allowance shown in your online account. Outside Europe, in Morocco for instance, it is different: your son is welcome to message us privately before he leaves and we will go through it with him. #post: p8 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, move-to-dm #why: Owning the confusion and correcting it in plain, accurate words, where the whole forum will read it: trust comes back.]
  ~ points += 2
  -> wrap
* [Reply to Bernard by private message with the correct explanation. #post: p8 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Bernard is finally informed, but the wrong or missing information stays as it is on the forum.]
  ~ points += 1
  -> wrap
* [Hello, please refer to the terms of your plan in your online account. #post: p8 #action: reply #tone: neutral #judgement: poor #intents: refuse #why: A second brush-off: Bernard leaves without knowing, and the forum sees a brand that dodges.]
  -> wrap
* [Ignore #post: p8 #action: ignore #judgement: poor #why: Bernard leaves tomorrow: without an answer, he'll switch his phone off for three weeks, or get a nasty surprise.]
  -> wrap

=== wrap ===
# memo: coach
# after: 30s
That's it for this morning, thank you! Next comes the debrief: your five scores, then every decision explained, with a better answer where there was one. Nothing you did this morning is serious: it's all there to learn from.
{
- points >= 12 && not leaked:
  -> end_great
- points >= 6:
  -> end_fine
- else:
  -> end_shaky
}

=== end_great ===
# end: great-first-day
# after: 1m
An excellent first day. Bernard leaves for Porto reassured, {monique_helped:Monique's case is in after-sales' hands|Monique is still waiting for news, but the rest of the morning was solid}, {spam == 1 || spam == 2:the scam has gone from our comments|the scam stayed online for a while, so keep an eye out next time} and customers who help others feel recognised. You found the right tone: simple, warm and precise, and you kept personal information safe. Nadia is trusting you with tomorrow afternoon's shift.
-> END

=== end_fine ===
# end: good-start
# after: 1m
A good start, with a few habits still to pick up. {leaked:Monique's number was repeated in public: that's today's lesson, personal data is handled in private only. }{not monique_helped:Monique's case hasn't reached after-sales yet: passing it on with a complete summary is what moves a customer forward. }{spam == 3 || spam == 4:The scam link stayed visible under our posts. }The debrief shows you, decision by decision, what could have been better. Nadia suggests running the morning again: the second time, everything goes faster.
-> END

=== end_shaky ===
# end: shaky-start
# after: 1m
A slightly hesitant morning, and that's normal: it was your first. {leaked:Monique's number was repeated in public, which we never do. }Several customers were left without a clear answer or were sent elsewhere. Nothing that can't be fixed: the team has called Monique and Bernard back. Take the time to read the debrief, where every decision is explained with a better answer, then play the morning again with Nadia's tips in mind.
-> END
