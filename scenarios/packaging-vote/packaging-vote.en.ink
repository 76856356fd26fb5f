// Frontline — packaging-vote (English)
// Last afternoon of the "Dress the Quatre-Vents" contest: neutrality, plagiarism, a political slogan, the result.
// Same structure as packaging-vote.fr.ink: same knots, choices and tags (only `why` and `hint` differ).

VAR trust = 0          // participants' and fans' trust in the contest
VAR heat = 0           // tension around the contest (suspicion, rows)
VAR fav = 0            // p1: 0 neutral, 1 the brand backed Gwen, 2 a lone like
VAR gwen_snub = false  // Gwen got no reply
VAR copy = 0           // p2: 1 alert taken seriously in public, 2 legal only, 3 defensive dismissal, 4 public disqualification, 5 ignored
VAR lucas = 0          // p3: 1 reassured, 2 cold reply, 3 confidences, 4 passed to legal, 5 ignored
VAR reinstated = false // Lucas reinstated after a hasty disqualification
VAR politics = 0       // p4: 1 calm refusal, 2 took sides, 3 hidden, 4 curt refusal, 5 ignored
VAR celine = 0         // p5: 1 explained, 2 lectured, 3 DM, 4 promised a second chance, 5 ignored
VAR announced = 0      // p7: 1 warm announcement, 2 curt, 3 shouted, 4 raked up the affair, 5 silence
VAR doubt_fixed = false // the suspicion of favouritism was owned and cleared
VAR promised = false   // an unapproved public commitment
VAR leaked = false     // internal information disclosed
VAR blamed = false     // a participant publicly put in the dock
VAR p4_done = false
VAR p5_done = false

-> intro

=== intro ===
Thursday, 3 pm. Last day of the "Dress the Quatre-Vents" vote: 212 designs received in six weeks, six finalists, a public vote that closes at 6 pm.
# memo: management
Anne-Sophie, marketing director. Home straight! Voting closes at 6, the bailiff sends us the official record straight after, and you announce as soon as it's in. We stay strictly neutral between the six finalists. The rules don't move: article 4, logo on the front, three colours maximum, only inks approved for food contact (the inside of the box touches the cake), no text apart from the cake's name, entries closed three weeks ago; article 9, the winner adapts their design with Morgane, our designer, and signs off the final version with her. The box reaches the shops on 1 April, that's approved. Any dispute goes through legal.
-> gwen_post

=== gwen_post ===
# post: p1
# from: gwen
# on: comments
# after: 3m
# kind: request
# mood: enthusiastic
# facts: event=the contest
# subject: policy
# deadline: 45m
# hint: Six finalists are reading. What makes a vote credible in the eyes of the people who are going to lose?
Last few hours!!! 🙏 Please vote for my box, no. 4 "High Tide" 🌊 @FournilQuatreVents could you share my post please? It would help so much, I'm a handful of votes behind no. 2 🥺
* [Thank you, Gwen, and congratulations on reaching the final 🌊 We cannot promote one design over another, but here is a reminder for everyone: voting is open until 6 pm and all six boxes are on our page. Good luck to all six finalists! #post: p1 #action: reply #tone: empathetic #judgement: best #intents: thank, refuse, explain #why: A warm refusal that becomes a reminder for everyone: Gwen isn't put out, and the other five finalists see a brand keeping the scales level.]
  ~ trust += 1
  -> thomas_post
* [Shared! Come on, everyone, vote "High Tide", it's gorgeous 😍 #post: p1 #action: reply #tone: empathetic #judgement: bad #intents: thank #why: The organiser of a vote campaigning for one candidate on the last day: whatever the result, the other five finalists will have doubts, and they'll be right to.]
  ~ fav = 1
  ~ heat += 1
  -> thomas_post
* [Like Gwen's comment. #post: p1 #action: like #judgement: poor #why: It looks harmless, but the brand's only like on a call for votes gets noticed: the other finalists didn't get one.]
  ~ fav = 2
  -> thomas_post
* [Reply to Gwen privately: the brand stays neutral between finalists, but nothing stops her rallying her friends from her own account. #post: p1 #action: dm #tone: empathetic #judgement: good #intents: refuse, explain #why: Gwen understands and isn't hurt; a public reminder would also have shown the other finalists that the rule applies to everyone.]
  -> thomas_post
* [Ignore #post: p1 #action: ignore #judgement: poor #why: The brand avoids the favouritism trap, but an excited finalist hears nothing on the biggest day of the contest.]
  ~ gwen_snub = true
  -> thomas_post

=== thomas_post ===
# post: p2
# from: thomas
# on: microblog
# after: 10m
# kind: complaint
# mood: angry
# facts: event=the contest
# subject: policy
# deadline: 30m
# hint: There may be two people acting in good faith here. Reread the escalation routes and the rule on public accusations before you settle anything.
Finalist no. 2 in the @FournilQuatreVents contest, "Compass Rose", lifts the composition of my illustration "Westerlies" (2021). Side-by-side screenshot ⬇ Brand contests that help themselves to illustrators' work for free: we've seen it all before. \#copyright \#illustration
* [Hello Thomas, thank you for alerting us: we take this kind of report very seriously. Our legal team is comparing the two works right now. Could you send us a private message with a link to the original and its publication date? We will keep you informed. #post: p2 #action: reply #tone: empathetic #judgement: best #intents: thank, explain, escalate, move-to-dm #why: The alert is taken seriously in front of Thomas's 8,900 followers, legal is brought in, and nobody is condemned in advance, neither the illustrator nor the finalist.]
  ~ copy = 1
  ~ trust += 1
  -> lucas_post
* [Pass the screenshot to legal and wait for their view before saying anything. #post: p2 #action: escalate #to: legal #judgement: good #intents: escalate #why: The right department is on it, but while they look, Thomas's post does the rounds among thousands of illustrators with no answer.]
  ~ copy = 2
  -> lucas_post
* [Hello, every finalist design was checked by our jury. The compass rose is a traditional Breton motif that belongs to no one. #post: p2 #action: reply #tone: defensive #judgement: bad #intents: refuse #why: It may well be true, but it's for legal to say: brushing off a professional's alert in two sentences confirms exactly what he's denouncing.]
  ~ copy = 3
  ~ trust -= 1
  ~ heat += 2
  -> lucas_post
* [Withdraw design no. 2 from the vote and announce it under Thomas's post: "Following a plagiarism report, the Compass Rose design has been withdrawn from the contest." #post: p2 #action: reply #tone: neutral #judgement: bad #breaks: no-blame #intents: correct #why: Condemning a 19-year-old student in public, on the strength of a screenshot, without hearing him or asking legal: if he copied nothing, the brand has branded him a thief in front of everyone.]
  ~ copy = 4
  ~ blamed = true
  ~ trust -= 2
  ~ heat += 2
  -> lucas_post
* [Ignore #post: p2 #action: ignore #judgement: bad #why: A plagiarism claim left unanswered on a widely followed illustrator's account: the brand's silence becomes proof it has nothing to say.]
  ~ copy = 5
  ~ trust -= 1
  ~ heat += 2
  -> lucas_post

=== lucas_post ===
# post: p3
# from: lucas
# on: dm
# after: 15m
# kind: request
# mood: worried
# facts: event=the contest
# subject: policy
# deadline: 45m
# hint: A worried 19-year-old finalist, in private. What can you tell him without settling anything in legal's place?
{copy == 4: You took me out of the contest publicly without even asking me?? I've got all my layers, my dated sketches… Everyone's tagging me and calling me a thief. I feel awful.|Hi… I've just seen Thomas Riou's post{copy == 3: and your reply}. I swear I didn't copy anything, I'd never seen his drawing. I took the compass rose from my grandad's sea chart. I've got all my files with the layers. Am I disqualified?}
* [Hello Lucas, thank you for writing to us. {copy == 4: We were wrong to withdraw your design without hearing you, and we are truly sorry.|Take a breath: nobody is accusing you.} A report has been made, and our legal team is looking at both drawings, as the rules provide. Could you send us your working files and sketches? We will keep you informed before any decision is made. #post: p3 #action: dm #tone: empathetic #judgement: best #intents: apologise, explain, ask-details #why: Lucas is treated as a participant presumed to be acting in good faith, he knows what's happening and what's needed from him, and his files reach legal.]
  ~ lucas = 1
  ~ trust += 1
  -> legal_memo
* [Hello, the matter is under review. We cannot tell you anything at this stage. #post: p3 #action: dm #tone: neutral #judgement: poor #intents: refuse #why: Accurate, but chilling for a 19-year-old who feels accused: he's left alone with his anxiety, and nobody even asks for his files.]
  ~ lucas = 2
  -> legal_memo
* [Don't worry, Lucas, between us, legal thinks Thomas doesn't stand a chance. You're staying in, that's certain 😉 #post: p3 #action: dm #tone: empathetic #judgement: bad #breaks: no-confidential, no-promise #intents: promise #why: Reassuring, but it's a confidence about an ongoing review and a promise nobody has approved: a screenshot of this private message could be circulating by tonight.]
  ~ lucas = 3
  ~ leaked = true
  ~ promised = true
  -> legal_memo
* [Pass Lucas's message to legal so they can ask him for his files. #post: p3 #action: escalate #to: legal #judgement: good #intents: escalate #why: The case moves forward, but Lucas still hasn't had a single human reply while he's in distress.]
  ~ lucas = 4
  -> legal_memo
* [Ignore #post: p3 #action: ignore #judgement: bad #why: A young participant who feels accused writes to the brand and gets nothing: sooner or later he'll speak out in public, hurt.]
  ~ lucas = 5
  ~ trust -= 1
  ~ heat += 1
  -> legal_memo

=== legal_memo ===
{
- copy == 4:
  # memo: legal
  # after: 15m
  Legal: we've compared the two drawings. What they share is a compass rose, a traditional motif nobody owns. Composition, line, palette: all different. Withdrawing Lucas's design in public was premature: it has to go back into the vote, with an apology. Management agrees. Reply to Thomas respectfully, without publishing our detailed analysis.
- else:
  # memo: legal
  # after: 15m
  Legal: we've compared the two drawings. What they share is a compass rose, a traditional motif nobody owns. Composition, line, palette: all different{lucas == 1 || lucas == 4:, and Lucas's files (layers dated January) confirm original work}. No infringement in our view: Lucas stays in. We're writing to Thomas privately this afternoon. Not a word of our analysis in public.
}
{ lucas == 3:
  # memo: legal
  # after: 1m
  One more thing: a screenshot of your message to Lucas ("legal thinks Thomas doesn't stand a chance") is going round, and Thomas has seen it. An ongoing review is never commented on, not even in private.
}
-> rules_posts

=== rules_posts ===
# post: p4
# from: ronan
# on: comments
# after: 12m
# kind: request
# mood: enthusiastic
# facts: event=the contest
# subject: policy
# deadline: 45m
# hint: Reread article 4 and the rule on politics. The rules apply to every cause; and is hiding a polite message moderation?
My entry (sent after the deadline, but still): the Quatre-Vents box with NO TO THE NORTHERN RING ROAD in big letters ✊ The whole area's against that project, it'd be a hit. And if you don't put it to the vote, that means you're for it 😏
# post: p5
# from: celine
# on: comments
# after: 4m
# kind: question
# mood: worried
# facts: event=the contest
# subject: policy
# deadline: 60m
# hint: The question is fair and public. What can you explain about the criterion that ruled her out, without revealing anything internal?
Genuine question: why was my gold-ink design dropped at the shortlisting stage? I spent three weekends on it. I do get the feeling the jury already had its favourites…
- (open)
* {not p4_done} [Thank you for your suggestion, Ronan. The rules exclude any text other than the cake's name, whatever the cause, and entries closed three weeks ago, so we cannot add it to the vote. This is not a view on the subject: the Fournil does not take positions on local projects. #post: p4 #action: reply #tone: empathetic #judgement: best #intents: thank, refuse, explain #why: The refusal rests on a rule that holds for every cause, stated calmly and in public: Ronan has neither censorship to denounce nor a stance to wave about.]
  ~ p4_done = true
  ~ politics = 1
  ~ trust += 1
  -> open
* {not p4_done} [Ha, we hear you, Ronan! Between us, nobody here wants a ring road going past the shop 😉 But rules are rules. #post: p4 #action: reply #tone: empathetic #judgement: bad #breaks: no-politics #intents: refuse #why: The brand account has just taken sides on a project that divides the area: people in favour of the ring road are customers too, and the screenshot will go all round town.]
  ~ p4_done = true
  ~ politics = 2
  ~ heat += 2
  -> open
* {not p4_done} [Hide Ronan's comment: it's political. #post: p4 #action: hide #judgement: poor #why: The message is polite and only breaks the contest rules: hiding it hands him the row he's after, "the Fournil censors people".]
  ~ p4_done = true
  ~ politics = 3
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not p4_done} [Hello, political designs are not accepted and entries are closed. Thank you for your understanding. #post: p4 #action: reply #tone: neutral #judgement: good #intents: refuse, explain #why: A fair, neutral refusal; a little curt, though, and it leaves the "if you refuse, you're for it" jibe unanswered.]
  ~ p4_done = true
  ~ politics = 4
  -> open
* {not p4_done} [Ignore #post: p4 #action: ignore #judgement: poor #why: With no answer, the comment sits at the top of the contest thread with its jibe, and other political comments pile on.]
  ~ p4_done = true
  ~ politics = 5
  ~ heat += 1
  -> open
* {not p5_done} [Hello Céline, thank you for those three weekends, it shows in your design. The reason is technical: the inside of the box is in direct contact with the cake, and metallic inks are not approved for food contact on this board. It is one of the article 4 criteria, applied to every entry. If you would like, send us a private message and we will give you the list of suitable inks for your next designs. #post: p5 #action: reply #tone: empathetic #judgement: best #intents: thank, explain #why: A food-safety constraint explained simply and in public: the suspicion of favouritism falls away, and Céline leaves with something useful.]
  ~ p5_done = true
  ~ celine = 1
  ~ trust += 1
  -> open
* {not p5_done} [The rules were perfectly clear about inks (article 4). You only had to read them before entering. #post: p5 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Being right on substance doesn't justify lecturing a disappointed participant in public: the other 211 are watching how you treat the people who lose.]
  ~ p5_done = true
  ~ celine = 2
  ~ blamed = true
  ~ trust -= 1
  ~ heat += 1
  -> open
* {not p5_done} [Reply to Céline privately to explain the ink criterion. #post: p5 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Céline gets her explanation, but her doubt about the jury stays on public display, unanswered, for every participant.]
  ~ p5_done = true
  ~ celine = 3
  -> open
* {not p5_done} [You're right, it's a shame: we're bringing your design back for the vote, it's superb! #post: p5 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Reinstating a non-compliant design three hours before the close betrays every participant ruled out for the same reason, and promises to print an ink that isn't allowed near food.]
  ~ p5_done = true
  ~ celine = 4
  ~ promised = true
  ~ heat += 1
  -> open
* {not p5_done} [Ignore #post: p5 #action: ignore #judgement: poor #why: A sincere question about the jury's fairness, left unanswered, becomes a certainty for everyone who reads it.]
  ~ p5_done = true
  ~ celine = 5
  ~ trust -= 1
  -> open
* -> thomas_next

=== thomas_next ===
{ politics == 2:
  # memo: management
  # after: 5m
  Anne-Sophie: three calls about the ring road already, including a shopkeeper asking whether the Fournil is "backing the campaign". The brand account never takes sides. Let's talk tomorrow morning.
}
{ politics == 3:
  # memo: management
  # after: 5m
  Anne-Sophie: Ronan has posted a screenshot of his hidden comment captioned "the Fournil censors people". It's spreading. Next time, answer with the rules; don't hide.
}
{
- copy == 4:
  -> thomas_regret
- copy == 3 || copy == 5 || lucas == 3:
  -> thomas_angry
- else:
  -> thomas_calm
}

=== thomas_calm ===
# post: p6
# from: thomas
# on: dm
# after: 15m
# kind: request
# mood: neutral
# facts: event=the contest
# subject: policy
# deadline: 60m
# hint: The illustrator is calming down and makes a point of substance. How do you close the exchange and keep an ally, without promising anything?
I've had the message from your legal team. I don't entirely agree, but I accept they're two different drawings, and thanks for taking it seriously. I'm not going to make a big deal of it. What I do think is a shame is that professional illustrators are never involved in this kind of contest.
* [Thank you for your reply and your fair-mindedness, Thomas, and thank you again for alerting us: that kind of vigilance is what keeps a contest honest. Your point about the place of professional illustrators is a fair one; we are passing it on to the team preparing our next campaigns. #post: p6 #action: dm #tone: empathetic #judgement: best #intents: thank, escalate #why: The exchange ends with a sincere thank-you and a point genuinely passed on: the illustrator who was accusing you becomes someone to talk to, with no empty promises.]
  ~ trust += 1
  -> results
* [To make it up to you, you'll draw our Christmas box, we promise! #post: p6 #action: dm #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: A commission promised by private message with no budget or management approval, and it looks like hush money: the worst of both worlds.]
  ~ promised = true
  -> results
* [Noted. Have a good evening. #post: p6 #action: dm #tone: neutral #judgement: poor #intents: greet #why: Thomas took a step towards you and gets a counter-clerk's two words: the chance to end the story on good terms is wasted.]
  -> results
* [Pass Thomas's point to the marketing director, without replying to him. #post: p6 #action: escalate #to: management #judgement: good #intents: escalate #why: The point reaches the right place, but Thomas, who has just been fair-minded, will never know.]
  -> results
* [Ignore #post: p6 #action: ignore #judgement: poor #why: An influential illustrator buries the hatchet and gets no reply: he'll remember at the next contest.]
  ~ trust -= 1
  -> results

=== thomas_angry ===
# post: p6
# from: thomas
# on: microblog
# in: p2
# after: 15m
# kind: complaint
# mood: furious
# facts: event=the contest
# subject: policy
# deadline: 30m
# hint: A threat of legal action, in public. Reread the escalation routes, and the rule on tone: you don't answer a threat with a threat.
{lucas == 3: Someone's just sent me a screenshot of a private message from @FournilQuatreVents: apparently I "don't stand a chance". Thanks for the respect.|Still no serious answer from @FournilQuatreVents{copy == 3:, apart from "it's a traditional motif"}.} I've contacted a specialist lawyer. Illustrators, please share, this could happen to you too. \#copyright
* [Hello Thomas, you deserved a serious and respectful answer, and we apologise. Our legal team has examined both works and is writing to you privately today with its analysis; you are of course welcome to pass it on to your lawyer. #post: p6 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, move-to-dm #why: An apology for the manner, without giving ground on the substance or settling it in public, and the exchange moves to the lawyers: tension drops in front of his followers.]
  ~ trust += 1
  ~ heat -= 2
  -> results
* [Pass it to legal immediately: a threat of legal action. #post: p6 #action: escalate #to: legal #judgement: good #intents: escalate #why: The right department for a threat to sue, but without a public word the post keeps circulating among illustrators.]
  ~ heat -= 1
  -> results
* [We would remind you that public defamation is punishable by law. Our lawyer is at your lawyer's disposal. #post: p6 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: refuse #why: A public counter-threat against an illustrator followed by thousands of creators: the brand becomes the aggressor in the story.]
  ~ trust -= 1
  ~ heat += 3
  -> results
* [Ignore #post: p6 #action: ignore #judgement: bad #why: A call to share, a lawyer, and still no answer: the row spills beyond the contest.]
  ~ heat += 2
  -> results

=== thomas_regret ===
# post: p6
# from: thomas
# on: microblog
# in: p2
# after: 15m
# kind: complaint
# mood: worried
# facts: event=the contest
# subject: policy
# deadline: 30m
# hint: The accuser himself finds the sanction unfair. Reread legal's memo: what do you owe Lucas, and in front of whom?
Thanks for acting quickly. But I can see the young guy who did "Compass Rose" is being called a thief all over the comments… That wasn't the point. I wanted you to check, not to throw him to the wolves.
* [You are right, Thomas, and thank you for saying so. We moved too fast: our legal team has examined both works and concludes they are two separate creations built on a traditional motif. Lucas's design is back in the vote, and we offer him our public apology. #post: p6 #action: reply #tone: empathetic #judgement: best #intents: apologise, correct #why: Putting right in public a mistake made in public: Lucas is cleared where the accusation was made, and the brand shows it can own its errors.]
  ~ reinstated = true
  ~ trust += 2
  ~ heat -= 2
  -> results
* [Thank you, Thomas. The matter is now closed. #post: p6 #action: reply #tone: neutral #judgement: poor #intents: thank #why: Closed for whom? Lucas is still labelled a copier in front of everyone, and nothing has been put right.]
  ~ heat += 1
  -> results
* [We applied the rules. Comments posted by members of the public are not our responsibility. #post: p6 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: The brand made the accusation and washes its hands of the fallout: even the illustrator who complained is now defending the finalist.]
  ~ trust -= 1
  ~ heat += 2
  -> results
* [Ignore #post: p6 #action: ignore #judgement: bad #why: A student is being abused because of a decision the brand made, and the brand says nothing: it's the brand that's being judged now.]
  ~ heat += 2
  -> results

=== results ===
Voting has closed.
# memo: legal
# after: 25m
The bailiff's official record is in: "High Tide", by Gwen, wins with 2,914 votes out of 9,236. The figures can be published; the rules provide for it. You can announce. Gwen's portrait is ready for tomorrow morning; she'll spend a day with Morgane on the adaptation, and the box reaches the shops on 1 April.
-> announce

=== announce ===
# post: p7
# from: maelys
# on: comments
# after: 5m
# kind: question
# mood: enthusiastic
# facts: event=the contest
# subject: policy
# deadline: 30m
# hint: This is the moment 9,236 voters have been waiting for. A good announcement thanks people, tells the story and opens what comes next; check the bailiff's memo for what can be published.
It's gone 6… the suspense is killing me 😭 Who won?? 👀 \#DressTheQuatreVents
* [Here it is, Maëlys 😊 The new Quatre-Vents box will be "High Tide", designed by Gwen, a nurse in Lorient, with 2,914 votes out of 9,236 🌊 Congratulations to the other finalists, and thank you to all 212 entrants and everyone who voted. Gwen will now prepare the print version with Morgane, our designer, and the box will reach our shops on 1 April. Her portrait is on our page tomorrow morning! #post: p7 #action: reply #tone: empathetic #judgement: best #intents: thank, explain #why: The result, checkable figures, thanks to everyone and what happens next: the announcement rewards the winner without forgetting those who lost, and gives people a reason to come back.]
  ~ announced = 1
  ~ trust += 2
  -> gwen_dm
* [The winner is design no. 4. Thank you all for taking part. #post: p7 #action: reply #tone: neutral #judgement: poor #intents: thank #why: Six weeks of contest wrapped up in one line: no name, no thanks to the finalists, no next steps. Engagement drops on the spot.]
  ~ announced = 2
  -> gwen_dm
* [AND THE WINNER IS "HIGH TIDE"!!! WELL DONE GWEN, WE LOVE YOU!!! 🎉🎉🎉 #post: p7 #action: reply #tone: empathetic #judgement: bad #breaks: no-shouting, register-vous #intents: thank #why: Capitals, a volley of exclamation marks and gushing familiarity: the enthusiasm is real, but it's no longer the Fournil's voice, and the losers hear a party they're shut out of.]
  ~ announced = 3
  -> gwen_dm
* [Well done, Gwen! And despite the accusations of copying aimed at one finalist, the jury and the bailiff reached their decision with complete composure 😉 #post: p7 #action: reply #tone: neutral #judgement: bad #breaks: no-blame, no-confidential #intents: thank #why: Raking up the plagiarism affair on announcement day singles Lucas out again and refers to a legal review that was meant to stay internal.]
  ~ announced = 4
  ~ blamed = true
  ~ leaked = true
  ~ heat += 2
  -> gwen_dm
* [Ignore #post: p7 #action: ignore #judgement: bad #why: Voters learn the result from the winner herself, an hour later: the organiser missed its own moment.]
  ~ announced = 5
  ~ trust -= 1
  -> gwen_dm

=== gwen_dm ===
# post: p8
# from: gwen
# on: dm
# after: 15m
# kind: question
# mood: worried
# facts: product=Quatre-Vents box; event=the contest
# subject: policy
# deadline: 60m
# hint: The winner is afraid her design will be distorted. Reread article 9: how do you keep control of the brand while genuinely involving her?
{gwen_snub: You didn't answer me this afternoon, but right now I forgive you everything 😭|I'm so happy 😭😭} But Morgane mentioned "adapting" my drawing? I was told it would be printed as it is… Are you going to change it without me?
* [Congratulations again, Gwen! Nothing will happen without you: the rules provide for a technical adaptation (where the logo sits, inks approved for food contact, the cutting format), and that is exactly why you will spend a day with Morgane. Your wave stays yours, and you will sign off the final version with her. #post: p8 #action: dm #tone: empathetic #judgement: best #intents: thank, explain #why: The brand and food-safety constraints are explained, the winner is involved at every step and keeps the sign-off: the brand keeps control without taking the design away from its creator.]
  ~ trust += 1
  -> last_next
* [Don't worry, we'll print your drawing exactly as it is, we promise! #post: p8 #action: dm #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Impossible to keep: the logo, the cut and food-safe inks all require adjustments. Today's promise is April's disappointment.]
  ~ promised = true
  -> last_next
* [Article 9 of the rules states that the Fournil may adapt winning designs. You accepted this when you entered. #post: p8 #action: dm #tone: defensive #judgement: poor #intents: refuse #why: Correct on paper, but quoting the rules at a happy, anxious winner makes her feel her drawing has been taken from her.]
  ~ trust -= 1
  -> last_next
* [Pass Gwen's worry to Morgane so she can call her and explain the adaptation. #post: p8 #action: escalate #to: product #judgement: good #intents: escalate #why: Morgane is best placed to explain the adaptation, but a first reassuring word from you would have spared Gwen an evening of worry.]
  -> last_next
* [Ignore #post: p8 #action: ignore #judgement: poor #why: On the evening of her win, the winner wonders whether her drawing is about to be taken from her, and nobody answers.]
  ~ trust -= 1
  -> last_next

=== last_next ===
{
- fav == 1:
  -> yann_rigged
- else:
  -> maelys_next
}

=== yann_rigged ===
# post: p9
# from: yann
# on: microblog
# after: 20m
# kind: rumour
# mood: angry
# facts: event=the contest
# deadline: 30m
# hint: The suspicion rests on a real slip on your part. What convinces more: denying it, or owning the mistake and showing the proof?
So the brand shares finalist no. 4's post on the last day, and she's the one who wins. Just saying… \#DressTheQuatreVents
* [You are right about one thing, Yann: we should not have shared one finalist's appeal; it was a mistake on our part, and we apologise to you and the other finalists. The result itself was recorded by the bailiff named in the rules, and the full vote count is published on our page. #post: p9 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain #why: Own the slip, then show the independent proof: the doubt about the result falls away precisely because the brand didn't deny what was true.]
  ~ doubt_fixed = true
  ~ trust += 1
  ~ heat -= 1
  -> ending
* [The vote was entirely above board. These insinuations are out of place. #post: p9 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Denying a share everyone saw and calling the finalist a mud-slinger: suspicion hardens into conviction.]
  ~ blamed = true
  ~ heat += 2
  -> ending
* [Message Yann privately with the bailiff's official record. #post: p9 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Yann has the proof, but his post stays without a public answer and other readers keep their doubts.]
  -> ending
* [Ignore #post: p9 #action: ignore #judgement: bad #why: A finalist suspects favouritism and the organiser says nothing: the result will be disputed for weeks.]
  ~ heat += 2
  -> ending

=== maelys_next ===
# post: p9
# from: maelys
# on: comments
# in: p7
# after: 20m
# kind: request
# mood: happy
# facts: event=the contest
# subject: policy
# deadline: 45m
# hint: Engagement doesn't stop at the announcement. How do you welcome a good idea without promising what hasn't been decided?
That contest was brilliant 😍 Are you going to show the other designs somewhere? Mine (not a finalist 😅) is sitting in a drawer, and I bet there are 200 of us like that!
* [What a lovely idea, Maëlys! 212 designs deserve to be seen. We are passing it on to the team planning what comes next for the Quatre-Vents, and we will keep you posted here. In the meantime, do share yours in the comments, we would love to see it 🙂 #post: p9 #action: reply #tone: empathetic #judgement: best #intents: thank, escalate #why: A fan's idea is welcomed and passed on without a promise, and the invitation to share her drawing keeps engagement going tonight.]
  ~ trust += 1
  -> ending
* [Yes! An exhibition of all 212 designs in our 40 shops in May, it's planned 🎨 #post: p9 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: None of this has been decided: 212 entrants will be waiting for their exhibition, and the brand will have to organise it or back down.]
  ~ promised = true
  -> ending
* [Like Maëlys's comment. #post: p9 #action: like #judgement: good #why: A friendly nod, but the idea of showing the designs, which could extend the contest, is neither welcomed nor passed on.]
  -> ending
* [Ignore #post: p9 #action: ignore #judgement: poor #why: A fan offers to keep the engagement going herself and gets no reply: the contest fizzles out with the announcement.]
  -> ending

=== ending ===
{
- politics == 2:
  -> end_political
- heat >= 5 || (copy == 4 && not reinstated) || (fav == 1 && not doubt_fixed):
  -> end_tainted
- trust >= 4 && announced == 1 && fav != 1 && (copy == 1 || copy == 2) && (politics == 1 || politics == 4) && heat <= 1 && not promised && not leaked && not blamed:
  -> end_cocreated
- else:
  -> end_flat
}

=== end_cocreated ===
# end: co-created
# after: 10m
The contest ends the way it began: with the fans. Gwen is preparing her box with Morgane, Lucas is proud of his place in the final, Thomas has put his hashtag away{celine == 1 || celine == 3:, Céline knows which inks to choose next time}, and the comments are filling up with congratulations for all six finalists. You involved the community without letting go of the rules, the brand guidelines or food safety, and you condemned nobody on the strength of a screenshot. On 1 April, "High Tide" will reach the shops with 9,236 people feeling they had a hand in it.
-> END

=== end_flat ===
# end: flat-finish
# after: 10m
The contest reaches the finish without a major drama, but without the hoped-for spark.{promised: A promise made along the way will have to be kept or withdrawn.}{leaked: Internal information slipped out.}{blamed: A participant felt singled out by the official account.}{announced >= 2: The announcement didn't live up to six weeks of participation.}{announced == 1 && not promised && not leaked && not blamed: Your decisions were sound, but often taken backstage: hand-overs and private messages left the public without an answer at the moments it was watching.} Gwen's box will reach the shops on 1 April; what's left is to keep the engagement alive in the months ahead, and to remember that a participative contest is won on the details: neutrality, openness, recognition.
-> END

=== end_tainted ===
# end: contest-tainted
# after: 10m
The result is in, but nobody is talking about it. {copy == 4 && not reinstated: What people remember is that a 19-year-old student was branded a copier by the Fournil, with no check and no amends.|{fav == 1 && not doubt_fixed: What people remember is that the brand campaigned for the winner on the last day.|What people remember is the plagiarism affair and how the Fournil handled it.}} Illustrators call for a boycott of brand contests, several finalists ask for the full vote count, and management puts the next participative project on hold while the method is reviewed: stay neutral, check before deciding, condemn nobody in public.
-> END

=== end_political ===
# end: political-storm
# after: 10m
The contest fades behind another story: "the Fournil is against the ring road". Supporters of the project call for people to switch bakeries, Ronan's group cites the brand as an ally, and a local councillor asks management for an explanation. Whatever the cause, a brand whose customers come from every side doesn't take sides: the contest rules gave you a neutral refusal that applied to everyone. Gwen's box will reach the shops on 1 April, but it's the ring road people will ask about at the counter.
-> END
