// Frontline — design-contest (English)
// Three months of a participative contest: launch, vote, announcement, and the aftermath.
// Same structure as design-contest.fr.ink: same knots, choices and tags (only `why` and `hint` differ).

VAR trust = 0          // trust of entrants and the community
VAR heat = 0           // suspicion and tension around the contest
VAR fair = 0           // bent rules or favouritism
VAR jules = 0          // 0 nothing, 1 explained by DM, 2 legal, 3 waved through, 4 age published, 5 no answer
VAR accused = false    // the brand named Mo as a cheat
VAR winner = 0         // 0 not announced, 1 Mo per the vote, 2 Maya picked by the brand (then corrected), 3 Mo + promised jury pick, 4 announcement delayed
VAR portrait_ok = false // winner's portrait made with his consent
VAR chloe_done = false // Chloé's question handled (parallel posts)
VAR maya_done = false  // Maya's sketch handled
VAR enzo_done = false  // Enzo's accusation handled
VAR spam_done = false  // vote selling handled

-> intro

=== intro ===
Week 1. Launch of "Add your stone": design the next Galet hoodie.
# memo: manager
The rules are live and you defend them everywhere. In short: open from age 15, with a signed parental consent form required for under-18s before entries close; two designs max, original work only (digital tools yes, AI-generated images no, other brands' logos no); the jury picks 5 finalists, then a 7-day public vote, one vote per account, fraudulent votes cancelled (article 7); the winner's design is made as a limited run, credited, plus €500 and 5 hoodies, and every finalist gets a one-off piece of their own design. Entries close at the end of week 6.
-> week1

=== week1 ===
# post: p1
# from: chloe
# on: forum
# thread: Contest rules: tablet, AI, how many designs?
# rank: New member
# after: 3m
# kind: question
# mood: neutral
# facts: event=the contest
# subject: policy
# deadline: 60m
# hint: The rules answer both her questions. A clear reply here will help everyone wondering the same thing without daring to ask.
Probably a silly question: am I allowed to work on a tablet with a bit of AI for the textures? And how many designs can we send? Don't want to get disqualified over a technicality 😅
# post: p2
# from: maya
# on: microblog
# after: 2m
# kind: praise
# mood: enthusiastic
# facts: event=the contest
# deadline: 40m
# hint: Encouraging an entrant, yes. But you're the organiser: what does the charter say about fairness between entrants?
First sketches for \#AddYourStone 🪨✏️ Torn between the cracked pebble and the topo-map version… what do you think? @kairn
- (open)
* {not chloe_done} [Not silly at all, Chloé. Tablets and drawing software, yes; AI-generated images, no, not even for textures (article 4). And it's two designs max per person. Can't wait to see what you come up with 🔥 #post: p1 #action: reply #tone: empathetic #judgement: best #intents: explain #why: A precise answer that cites the rules without reciting them: Chloé knows what to do, and every forum reader has the rule right there.]
  ~ chloe_done = true
  ~ trust += 1
  -> open
* {not chloe_done} [It's all in the rules, link in bio 👆 #post: p1 #action: reply #tone: neutral #judgement: good #intents: explain #why: Not wrong, but pointing to a PDF for a question that takes two lines to answer invites ten more people to ask it again.]
  ~ chloe_done = true
  -> open
* {not chloe_done} [A bit of AI for textures is fine, don't worry 😉 Two designs max though. #post: p1 #action: reply #tone: empathetic #judgement: bad #breaks: fair-play #intents: explain #why: The rules ban AI-generated images: an exception granted to one entrant, in writing and in public, is a rule that no longer means anything to the others.]
  ~ chloe_done = true
  ~ fair += 1
  ~ heat += 1
  -> open
* {not chloe_done} [Pass the question to legal for an official answer. #post: p1 #action: escalate #to: legal #judgement: poor #intents: escalate #why: The answer is written in black and white in the rules: bringing in legal delays a simple answer and leaves Chloé in doubt.]
  ~ chloe_done = true
  -> open
* {not chloe_done} [Ignore #post: p1 #action: ignore #judgement: poor #why: A rules question left unanswered on the official forum means an entrant who gives up, or sends a design that will have to be thrown out.]
  ~ chloe_done = true
  ~ trust -= 1
  -> open
* {not maya_done} [Both have something real 👀 The cracked one's rawer, the topo one's more graphic. Best move: ask your followers, they're the ones who'll vote in the end 😉 #post: p2 #action: reply #tone: empathetic #judgement: best #intents: thank #why: You encourage Maya and bring the contest to life in front of her 3,200 followers, without ever saying what the jury prefers: the organiser stays neutral.]
  ~ maya_done = true
  ~ trust += 1
  -> open
* {not maya_done} [Like Maya's post. #post: p2 #action: like #judgement: good #why: The like encourages her safely; a word would have brought the contest to life under one of the first entrants' posts.]
  ~ maya_done = true
  -> open
* {not maya_done} [Topo, no question 😍 That's exactly what the jury wants to see, go for it! #post: p2 #action: reply #tone: empathetic #judgement: bad #breaks: fair-play #intents: thank #why: The organiser tipping off one entrant about what the jury wants: if she makes the final, everyone will say it was decided in advance.]
  ~ maya_done = true
  ~ fair += 1
  -> open
* {not maya_done} [Thank you for your participation! Please ensure you have read the terms and conditions before submitting your entries. #post: p2 #action: reply #tone: neutral #judgement: poor #breaks: register-tu #intents: thank #why: Admin-speak under a sketch shared with excitement: the brand sounds like it's processing a form.]
  ~ maya_done = true
  -> open
* {not maya_done} [Ignore #post: p2 #action: ignore #judgement: poor #why: The first entrants sharing sketches are the contest's best ads; leaving them without a word kills the momentum in week one.]
  ~ maya_done = true
  -> open
* -> week3

=== week3 ===
# after: 3m
Week 3. 600 designs in already. The DMs are overflowing.
# post: p3
# from: jules
# on: dm
# after: 2m
# kind: request
# mood: worried
# facts: event=the contest
# subject: policy
# deadline: 40m
# hint: He's 15. The rules leave no choice about consent; the charter tells you where to discuss it and what you may ask him for.
Hi, I sent 2 designs for the contest 😁 But I'm 15 and my parents don't really know I'm entering… Do I have to do the form? Can't I just put my name?
* [Hi Jules, so cool that you entered 🙌 Yes, for under-18s the form signed by a parent is required: it's what protects your name, your drawings and your prize if you win. Your designs are in and stay on hold until entries close at the end of week 6. The form is in the rules; if your parents have questions, they can message us. #post: p3 #action: dm #tone: empathetic #judgement: best #intents: explain #why: Private, warm, the rule explained with its reason and a clear deadline, without asking him for anything more: Jules has everything he needs to bring it up at home.]
  ~ jules = 1
  ~ trust += 1
  -> week7
* [Pass it to legal: an underage entrant without parental consent asking if he can skip it. #post: p3 #action: escalate #to: legal #judgement: good #intents: escalate #why: It's the right team for a minor, and legal will contact the family; but a word from you to Jules in the meantime would have stopped him thinking he's being ignored.]
  ~ jules = 2
  -> week7
* [Don't worry, we'll turn a blind eye this time, just put your name 😉 #post: p3 #action: dm #tone: empathetic #judgement: bad #breaks: fair-play #intents: promise #why: A special favour for a minor, against the rules and the law: if Jules makes the final he'll have to be pulled, and he's the one who pays for your kindness.]
  ~ jules = 3
  ~ fair += 1
  -> week7
* [@jules_gribouille at 15 you need your parents' consent, otherwise your entry will be cancelled. The form is in the rules. #post: p3 #action: reply #tone: neutral #judgement: bad #breaks: no-personal-data #intents: explain #why: He wrote to you privately: answering in public with his age on show exposes a minor in front of everyone and turns advice into humiliation.]
  ~ jules = 4
  ~ heat += 1
  -> week7
* [Ignore #post: p3 #action: ignore #judgement: bad #why: A minor asking the right question and getting no answer: he'll wait, never send the form, and his designs will be thrown out without him understanding why.]
  ~ jules = 5
  ~ trust -= 1
  -> week7

=== week7 ===
# after: 3m
Week 7. Entries closed: 1,240 designs. The jury has picked its 5 finalists and the public vote has been open since Monday.
{ jules:
- 1:
  # memo: legal
  # after: 1m
  Jules is one of the 5 finalists: his mum sent the consent form back last week, with a kind note about your message. All in order.
- 2:
  # memo: legal
  # after: 1m
  Jules is one of the 5 finalists. We contacted his parents and the consent form arrived before entries closed. All in order.
- 3:
  # memo: legal
  # after: 1m
  Problem: Jules is in the final 5, but we have no parental consent at all. Apparently someone told him by DM it didn't matter. Without consent he has to be pulled from the final, vote or no vote.
- 4:
  # memo: legal
  # after: 1m
  Jules is a finalist and consent is in. But his mum wrote to us, very angry: our account published her son's age. We've deleted the message and we're dealing with her. Never that kind of detail in public again.
- else:
  # memo: legal
  # after: 1m
  Jules, 15, never sent a consent form: his designs were set aside when entries closed. He'd messaged us a month ago and nobody answered him.
}
{ jules == 3 || jules == 5:
  -> jules_out
- else:
  -> vote
}

=== jules_out ===
# post: p3b
# from: jules
# on: microblog
# after: 4m
# kind: complaint
# mood: angry
# facts: event=the contest
# subject: policy
# deadline: 30m
# hint: This time the brand got it wrong. What repairs it best: reciting the rules, another exception, or something else? And where do you discuss a minor's details?
{jules == 3:They told me by DM it was fine without the form, and now they're pulling me from the final in the middle of the vote 😭|I messaged Kairn a month ago about the consent form, nobody replied, and now my designs are out 😭} Thanks @kairn, really…
* [Jules, you're right to be angry: we're the ones who didn't guide you properly, you didn't do anything wrong. We're DMing you right now to explain everything and see what we can do within the rules. #post: p3b #action: reply #tone: empathetic #judgement: best #intents: apologise, move-to-dm #why: The brand owns its mistake in public without revealing anything about Jules's situation, and moves to private for the rest: the only way to repair it without creating a second unfairness.]
  ~ trust += 1
  -> vote
* [DM him to apologise and explain the rule. #post: p3b #action: dm #tone: empathetic #judgement: good #intents: apologise, explain #why: Jules gets his explanation, but his post stays unanswered: anyone reading sees a teenager let down by the brand.]
  -> vote
* [The rules are clear: no parental consent, no entry. There's nothing we can do. #post: p3b #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: The rule is fair, but the brand is the one that failed: putting the blame on a 15-year-old, in public, after giving him bad information is the worst of both worlds.]
  ~ trust -= 2
  ~ heat += 2
  -> vote
* [Don't worry Jules, we'll sort something out with legal to get you back in 😉 #post: p3b #action: reply #tone: empathetic #judgement: bad #breaks: fair-play, no-promise #intents: promise #why: Promising in public to get round the rules, mid-vote: the other four finalists and their voters have just learned the rules are negotiable.]
  ~ fair += 1
  ~ heat += 1
  -> vote
* [Ignore #post: p3b #action: ignore #judgement: bad #why: A minor saying publicly that the brand let him down, and the brand says nothing: that's the story the whole contest feed will remember.]
  ~ trust -= 1
  ~ heat += 2
  -> vote

=== vote ===
# memo: product
# after: 3m
Weird spike overnight: about 900 votes for Mo's design, from accounts created during the night. First signs say a link went round a Discord server; nothing shows Mo had anything to do with it. Audit under way, results before the vote ends. We'll publish the method with the result. Don't name anyone.
# post: p4
# from: enzo
# on: microblog
# after: 3m
# kind: rumour
# mood: angry
# facts: event=the contest
# deadline: 40m
# hint: There is a real spike in votes, and a real article in the rules for it. What can you say without denying, without swearing everything's perfect, and without naming a culprit?
Design no. 3 gets 900 votes in ONE night?? Accounts created yesterday, zero followers, all voting the same way. Rigged contest, decided in advance \#KairnRigged{fair > 0: And given how the Kairn account has been helping some entrants from the start…}
# post: p5
# from: votes
# on: comments
# after: 2m
# kind: spam
# mood: enthusiastic
# deadline: 50m
# hint: This account sells exactly what article 7 bans. Debate it or remove it?
💯 1000 guaranteed votes for your design in 24h, only €20, discreet payment 📩 DM
- (open)
* {not enzo_done} [Thanks for flagging it, Enzo, we saw that spike too. We're checking every vote, and as article 7 says, votes from fake accounts will be removed before the result. We'll publish the method together with the winner. #post: p4 #action: reply #tone: empathetic #judgement: best #intents: thank, explain #why: You take the report seriously and lean on the rules and on what's been signed off, without denying or accusing: the suspicion runs out of fuel.]
  ~ enzo_done = true
  ~ trust += 2
  ~ heat -= 2
  -> open
* {not enzo_done} [Pass it to legal: a public accusation of fraud during the vote. #post: p4 #action: escalate #to: legal #judgement: good #intents: escalate #why: Legal needs to know a fraud accusation is going round, the charter says so; but under the post, the hashtag carries on with no answer from the organiser.]
  ~ enzo_done = true
  -> open
* {not enzo_done} [Good spot, Enzo: it looks a lot like Mo bought votes. We're investigating and he could be disqualified. #post: p4 #action: reply #tone: neutral #judgement: bad #breaks: no-blame, no-confidential #intents: explain #why: You publicly name a finalist without proof and reveal an audit in progress: if Mo had nothing to do with it, as everything suggests, the brand has just fed him to the pile-on.]
  ~ enzo_done = true
  ~ accused = true
  ~ heat += 3
  -> open
* {not enzo_done} [Our voting system is 100% secure and cheating is impossible. Please refrain from spreading false information. #post: p4 #action: reply #tone: defensive #judgement: poor #intents: correct #why: Denying a spike the tech team has seen: the day you announce you removed votes, this reply comes back as a lie.]
  ~ enzo_done = true
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not enzo_done} [Ignore #post: p4 #action: ignore #judgement: bad #why: \#KairnRigged runs for the whole vote with no answer from the organiser: every voter wonders if they're wasting their time.]
  ~ enzo_done = true
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not spam_done} [Delete the comment and ban the account selling votes. #post: p5 #action: delete #judgement: best #why: A vote seller under the contest post while people are talking about cheating: removing it fast protects the vote and shows article 7 isn't decoration.]
  ~ spam_done = true
  ~ trust += 1
  -> open
* {not spam_done} [Buying votes gets you disqualified, straight up (article 7) 🙅 Don't fall for it. #post: p5 #action: reply #tone: neutral #judgement: good #intents: correct #why: The reminder is right, but the offer stays up under the official post, with a brand reply giving it extra visibility.]
  ~ spam_done = true
  -> open
* {not spam_done} [Ignore #post: p5 #action: ignore #judgement: poor #why: An offer to buy votes left up during the vote: for anyone crying foul, that's Exhibit A.]
  ~ spam_done = true
  ~ heat += 1
  -> open
* -> mo_post

=== mo_post ===
# post: p6
# from: mo
# on: microblog
# after: 5m
# kind: complaint
# mood: worried
# facts: event=the contest
# subject: policy
# deadline: 30m
# hint: A finalist is being targeted. The audit isn't finished: what does the organiser owe every entrant, whatever the result?
{accused:Kairn is saying publicly that I bought votes. I didn't buy anything, nothing. I've been getting abuse all day 💔|People are saying I bought votes. I didn't buy anything. I shared my design on my Discord, that's it. I've been getting abuse in my DMs since this morning 💔}
* [Mo, nobody at Kairn is accusing you of anything. We're checking the votes of every finalist, as planned, and abuse has no place here. We're DMing you. #post: p6 #action: reply #tone: empathetic #judgement: best #intents: explain, move-to-dm #why: You protect an entrant without pre-empting the audit, shut down the harassment and move to private: that's what the organiser owes every finalist.]
  ~ trust += 2
  ~ heat -= 1
  -> week8
* [DM him to support him and explain the audit. #post: p6 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Mo feels less alone, but in public nobody sees the brand standing up for an entrant who's being harassed.]
  ~ trust += 1
  -> week8
* [If you've got nothing to hide, you've got nothing to worry about 🤷 The audit will tell. #post: p6 #action: reply #tone: defensive #judgement: bad #breaks: no-aggression #intents: refuse #why: A line that sounds like suspicion, aimed at an entrant being harassed: the harassers read it as a green light.]
  ~ trust -= 2
  ~ heat += 2
  -> week8
* [Hide his post to stop the row growing. #post: p6 #action: hide #judgement: bad #why: Silencing the person being harassed instead of the harassers: Mo has screenshots, and so does his 3,000-member Discord.]
  ~ trust -= 2
  ~ heat += 3
  -> week8
* [Ignore #post: p6 #action: ignore #judgement: poor #why: A harassed finalist calling for help with no answer from the organiser: every entrant learns they'll be on their own if things go wrong.]
  ~ trust -= 1
  ~ heat += 1
  -> week8

=== week8 ===
# after: 3m
Week 8. The vote closed last night.
# memo: product
# after: 1m
Audit done: 870 votes from accounts created the same night have been removed. Nothing links Mo to those accounts. After clean-up, Mo is first and Maya second, 40 votes behind. Signed off with management: you can publish the podium and the number of votes removed.
# memo: management
# after: 2m
Between us… the art director prefers Maya's design, more Kairn DNA. 40 votes apart, after an audit nobody can check: we could announce Maya, or at least make room for her. Your call on how you announce it.
# post: p7
# from: ilyes
# on: microblog
# after: 3m
# kind: question
# mood: enthusiastic
# facts: event=the contest
# subject: policy
# deadline: 30m
# hint: The community is waiting for a result that already exists. Reread the rules you published in week 1, and the charter rule on who picks the winner.
So?? Vote closed last night, who's won?? 👀🪨
* [The vote has spoken: Mo and his topo pebble win 🪨🔥 After the audit, 870 votes from accounts created the same night were removed, and Mo stays ahead by 40 votes. Huge congrats to Maya and all the finalists. The retrospective is coming next week. #post: p7 #action: reply #tone: empathetic #judgement: best #intents: explain, thank #why: The result of the vote, the audit method and a word for the finalists, as promised during the vote: transparency kills the suspicion and the contest keeps its worth.]
  ~ winner = 1
  ~ trust += 2
  ~ heat -= 1
  -> aftermath
* [And the winner is… Maya and her cracked pebble 🪨🔥 Well done to all the finalists, it was close! #post: p7 #action: reply #tone: empathetic #judgement: bad #breaks: fair-play #intents: explain #why: Announcing the art director's favourite instead of the vote's winner: the contest becomes a lie, and a 40-vote gap always comes out in the end.]
  ~ winner = 2
  ~ fair += 2
  -> aftermath
* [Mo wins 🪨 And a jury's pick for Maya: her design's getting made too! #post: p7 #action: reply #tone: empathetic #judgement: poor #breaks: no-promise #intents: explain, promise #why: The right winner, but this "jury's pick" isn't in the rules: a production run promised without sign-off, and a second winner that takes the shine off Mo's win.]
  ~ winner = 3
  ~ fair += 1
  -> aftermath
* [Bit more patience, we're taking the time to do this properly 🙏 Result very soon! #post: p7 #action: reply #tone: neutral #judgement: poor #intents: refuse #why: The result is ready and signed off: holding it back straight after a cheating accusation makes people think you're changing it.]
  ~ winner = 4
  ~ heat += 2
  -> aftermath
* [Ignore #post: p7 #action: ignore #judgement: bad #why: Total silence the day after a disputed vote closes: \#KairnRigged comes back stronger than ever.]
  ~ winner = 4
  ~ trust -= 1
  ~ heat += 2
  -> aftermath

=== aftermath ===
{ winner == 2:
  -> exposed
- else:
  -> maya_sad
}

=== exposed ===
# post: p8
# from: enzo
# on: microblog
# after: 6m
# kind: rumour
# mood: hostile
# facts: event=the contest
# deadline: 30m
# hint: He has a screenshot, and he's right. What does the charter say when a decision commits the brand beyond the desk?
Last night the vote counter had Mo in first (screenshot 👇). This morning Maya wins. So it WAS rigged, just not the way we thought 😂 \#KairnRigged
* [Pass it to management and legal: the announcement contradicts the vote, with a screenshot to prove it, and it needs correcting publicly today. #post: p8 #action: escalate #to: management #judgement: best #intents: escalate #why: An announcement that contradicts the rules commits the whole brand: management has to restore the vote's result, quickly, with an apology. It's the only way out.]
  ~ heat -= 1
  -> correction
* [Fair question. We're rechecking the result with management and will come back here today. #post: p8 #action: reply #tone: empathetic #judgement: good #intents: explain #why: You don't deny it and you commit to coming back, which calms things a little; but without taking it up to management, nobody will correct the announcement.]
  -> correction
* [The jury also took artistic criteria into account, that's its role. #post: p8 #action: reply #tone: defensive #judgement: bad #breaks: fair-play #intents: correct #why: The rules say the vote picks the winner: inventing criteria after the fact is admitting the cheat while justifying it.]
  ~ fair += 1
  ~ heat += 3
  -> correction
* [Delete Enzo's post: he's accusing the brand of cheating. #post: p8 #action: delete #judgement: bad #why: Deleting the proof of a cheat you committed: the screenshot of the screenshot will do the rounds before lunch.]
  ~ heat += 4
  -> correction
* [Ignore #post: p8 #action: ignore #judgement: bad #why: A documented, well-founded accusation with no answer: silence reads as a confession.]
  ~ heat += 2
  -> correction

=== correction ===
# memo: management
# after: 5m
We're correcting it: Mo is the winner, as the vote decided, and we're publishing an apology to Mo and Maya. Suggesting anything else was a mistake on our part. It's the worst way to announce it, but it's the only one.
~ trust -= 2
-> portrait

=== maya_sad ===
# post: p8
# from: maya
# on: microblog
# after: 6m
# kind: complaint
# mood: worried
# facts: event=the contest
# subject: policy
# deadline: 30m
# hint: A disappointed finalist isn't a moaner. What do the rules already give her, and what are you not allowed to promise her?
Second by 40 votes. Three weeks of work, my whole class rallied… Honestly not sure I'd do a contest again, feels like I was free advertising.{winner == 3: And this "jury's pick", what's the deal? Made when, how?}
* [Maya, 40 votes is nothing, and your cracked pebble made one thing clear to everyone: you can draw. Your one-off piece is on its way, as set out in the rules, and if you're up for it, your design gets a proper spot in the retrospective. We're DMing you. #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank, explain, move-to-dm #why: You recognise her work, remind her what the rules already guarantee and offer visibility that only depends on her consent: nothing promised that wasn't planned.]
  ~ trust += 2
  -> portrait
* [DM her to congratulate her and offer her a spot in the retrospective. #post: p8 #action: dm #tone: empathetic #judgement: good #intents: thank #why: Maya is touched, but her public post stays unanswered: her 3,200 followers only see "free advertising".]
  ~ trust += 1
  -> portrait
* [That's the game, gotta learn to lose 🤷 Congrats to Mo! #post: p8 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: refuse #why: Brushing off, in public, a finalist who rallied her whole class: the brand loses Maya, her voters, and everyone else's wish to take part.]
  ~ trust -= 2
  ~ heat += 2
  -> portrait
* [We'll make your design anyway, promise, it deserves it! #post: p8 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise, fair-play #intents: promise #why: A production run nobody signed off, handed to the runner-up in public: Mo's win is devalued and the rules stop meaning anything.]
  ~ fair += 1
  -> portrait
* [Ignore #post: p8 #action: ignore #judgement: poor #why: A finalist who feels used and gets ignored by the brand: exactly what she was saying.]
  ~ trust -= 1
  ~ heat += 1
  -> portrait

=== portrait ===
# after: 4m
Week 9. The retrospective is live: 1,240 designs, behind the scenes with the jury, the five finalists. The winner's portrait is all that's left.
# post: p9
# from: mo
# on: dm
# after: 3m
# kind: request
# mood: happy
# facts: event=the contest
# deadline: 40m
# hint: A portrait is made with the person, not about them. What does the charter say about personal details, and who decides what gets shown?
{accused || winner == 2:Well, after all that mess… |So happy 😭 }You want to do a portrait of me? OK, but I'd rather not show my face, and not the name of my college or my town either. Is that possible?
* [Of course, Mo. No face, no college, no town: we can film your hands drawing, your sketchbook, and let you tell the story of your pebble in voice-over. You read and approve everything before it goes out. #post: p9 #action: dm #tone: empathetic #judgement: best #intents: explain #why: The portrait is built with him, within his limits, and he keeps the final say: that's what makes a winner's story sincere, and what makes the next people want to enter.]
  ~ portrait_ok = true
  ~ trust += 2
  -> month3
* [Pass it to legal to prepare an image-rights release before any filming. #post: p9 #action: escalate #to: legal #judgement: good #intents: escalate #why: A written release is good practice for a portrait, but Mo was asking a simple question about his limits: an immediate yes, before the paperwork, would have reassured him.]
  ~ portrait_ok = true
  -> month3
* [Without a face it won't land as well with the community… We'll just blur the prize-giving photo a bit, OK? #post: p9 #action: dm #tone: neutral #judgement: bad #breaks: no-personal-data #intents: refuse #why: He set a clear limit on his image: getting round it with a blur means publishing personal data against his will, and teaching him his consent doesn't count.]
  ~ trust -= 2
  -> month3
* [Ignore #post: p9 #action: ignore #judgement: poor #why: No portrait, no answer: the last stage of the contest, the one that tells a human story, falls flat.]
  ~ trust -= 1
  -> month3

=== month3 ===
# after: 4m
Three months after launch. The Kairn account has slipped back into shop-window mode.
# memo: product
# after: 1m
Mo's hoodie is out of the workshop: on sale in two weeks. The finalists' one-off pieces ship this Friday. We can publish a gallery of the community's favourite designs, only those whose creators said yes. No date for another contest.
# post: p10
# from: chloe
# on: forum
# thread: Will there ever be another contest?
# rank: Member
# after: 3m
# kind: request
# mood: neutral
# facts: delay=two months; event=the contest
# subject: policy
# deadline: 60m
# hint: The contest is over, the community's appetite isn't. What's settled that you can share, and what isn't?
The contest ended two months ago and the account's gone back to being a shop window… It was so good though. Can we see the other designs anywhere? And will you ever do something like it again?
* [We miss it too 🥲 Good news: a gallery of the community's favourite designs is on its way, with every creator's OK, and the finalists' pieces ship on Friday. As for another contest, nothing's planned, but tell us what you'd like: we read everything. #post: p10 #action: reply #tone: empathetic #judgement: best #intents: thank, explain #why: Concrete, signed-off news, an open question to the community and zero promises: the contest's momentum carries on instead of fizzling out.]
  ~ trust += 2
  -> finale
* [Like Chloé's post. #post: p10 #action: like #judgement: poor #why: A like under a real question just confirms the account has gone back to being a shop window.]
  -> finale
* [A new contest is coming this summer, promise 🔥 Get your pencils ready! #post: p10 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: No date is planned: promising a contest to revive engagement is how you lose it for good when summer comes and goes with nothing.]
  ~ heat += 1
  -> finale
* [Thank you for your enthusiasm! Please stay tuned for our upcoming announcements. #post: p10 #action: reply #tone: neutral #judgement: poor #breaks: register-tu #intents: thank #why: An empty, stiff stock phrase for an entrant asking how to keep going: exactly the "shop window" tone she was complaining about.]
  -> finale
* [Ignore #post: p10 #action: ignore #judgement: poor #why: The community asks to keep going and nobody answers: three months of contest energy drains away without a sound.]
  ~ trust -= 1
  -> finale

=== finale ===
{ trust >= 7 && heat <= 1:
  -> maya_back
- else:
  -> enzo_back
}

=== maya_back ===
# post: p11
# from: maya
# on: microblog
# after: 8m
# kind: praise
# mood: enthusiastic
# facts: product=one-off piece; event=the contest
# deadline: 40m
# hint: The story closes on good news. A reply that matches it is enough; no need for a press release.
My one-off piece arrived 🥹 My cracked pebble on a hoodie, can't believe it. And Mo's portrait is gorgeous. OK… I'm trying again next time 😤🪨
* [That hoodie suits you so well 🥹 Thanks for seeing it through to the end, Maya. Noted: you're first on the list for whatever's next 😉 #post: p11 #action: reply #tone: empathetic #judgement: best #intents: thank #why: A warm, personal thank-you with a touch of humour that promises nothing: the disappointed finalist becomes an ambassador.]
  ~ trust += 1
  -> ending
* [Like Maya's post. #post: p11 #action: like #judgement: good #why: The like is nice; a word would have closed the contest story with the warmth it deserves.]
  -> ending
* [Thanks Maya! By the way, Mo's hoodie is available in two weeks at kairn.fr 🛒 #post: p11 #action: reply #tone: neutral #judgement: poor #intents: thank #why: Turning the runner-up's moment into an ad for the winner's hoodie: clumsy, and a bit cruel.]
  ~ trust -= 1
  -> ending
* [Ignore #post: p11 #action: ignore #judgement: poor #why: The finalist coming back to praise the contest is the best possible epilogue: leaving it unanswered misses the ending.]
  -> ending

=== enzo_back ===
# post: p11
# from: enzo
# on: microblog
# after: 8m
# kind: complaint
# mood: angry
# facts: product=one-off piece; delay=three months; event=the contest
# subject: policy
# deadline: 30m
# hint: Criticism mixing facts and feelings. What can be checked, who should check it, and what can you say without promising?
Three months on, the Kairn contest scorecard: finalists still waiting for their "one-off piece", a winner nobody's ever seen, and zero news. Fake contest, as predicted.
* [The finalists' one-off pieces ship on Friday, we've confirmed it with them. And what Mo shows of himself is his call: we respect that. If any finalist hasn't heard from us, DM us. #post: p11 #action: reply #tone: empathetic #judgement: best #intents: correct, explain, move-to-dm #why: Checkable facts, respect for Mo's choices, and an open door for specific cases: the criticism is corrected without being attacked.]
  ~ trust += 1
  -> ending
* [Pass it to after-sales to check the finalists' pieces have shipped. #post: p11 #action: escalate #to: after-sales #judgement: good #intents: escalate #why: Checking the shipments is useful, but the public criticism stays unanswered when the facts are known.]
  -> ending
* [You didn't make the final, we get that you're bitter, but that's no excuse for making stuff up. #post: p11 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: correct #why: Rubbing Enzo's nose in his loss in public: even when he exaggerates, a personal attack proves his story right.]
  ~ heat += 2
  -> ending
* [Ignore #post: p11 #action: ignore #judgement: poor #why: The last public word on the contest stays with Enzo.]
  ~ heat += 1
  -> ending

=== ending ===
{
- winner == 2 || fair >= 3 || heat >= 7:
  -> end_rigged
- trust >= 7 && fair == 0 && heat <= 1 && winner == 1 && not accused:
  -> end_legend
- trust <= 3:
  -> end_faded
- else:
  -> end_scarred
}

=== end_legend ===
# end: community-built
Three months, 1,240 designs, a disputed vote cleared up by a published audit, and a winner chosen by the community, not the brand. {jules <= 2:Jules got to compete by the rules. }{maya_back:Maya swears she'll be back for the next edition. }{portrait_ok:Mo's faceless portrait becomes the most shared post of the year. }By holding everyone, yourself included, to the same rules, you turned a marketing stunt into a story the community tells itself.
-> END

=== end_scarred ===
# end: scarred-but-standing
The contest makes it to the end and Mo's hoodie sells well, but it leaves scars{jules >= 3:, starting with Jules, a minor the brand failed to guide}{accused:, and Mo publicly accused by the official account before being cleared}{fair > 0:, and bent rules the entrants haven't forgotten}{winner == 3:, not to mention a promised "jury's pick" that management now has to pay for}. The community hasn't left, but next time it'll read the rules with suspicion.
-> END

=== end_faded ===
# end: faded-out
The contest ends to a shrug. Unanswered questions, finalists left alone to face criticism and an account back in shop-window mode have killed the momentum of the early weeks. The creatives who came for the occasion unfollow one by one: a participative contest is only worth the relationship you keep up before, during and after it.
-> END

=== end_rigged ===
# end: rigged
\#KairnRigged becomes the only thing anyone remembers about the contest. {winner == 2:The winner picked instead of the vote, corrected the next day, has been pieced together screenshot by screenshot. |{fair >= 3:The bent rules have been pieced together screenshot by screenshot. |The row over the vote swept everything away. }}{accused:Mo, accused by the official account, went offline for a month. }Legal is combing through the rules, entrants are asking for their designs to be withdrawn and management puts contests on hold. When the organiser cheats, or lets people believe it does, there is no contest left.
-> END
