// Frontline — employee-post (English)
// A developer's personal, political post about crunch goes viral: coordinate without taking sides.
// Same structure as employee-post.fr.ink: same knots, choices and tags (only `why` and `hint` differ).

VAR trust = 0          // the community's trust in the studio
VAR heat = 0           // how hot the row runs
VAR hr_told = false    // HR alerted by the desk
VAR mgmt_told = false  // management alerted by the desk
VAR press = 0          // 0 nothing, 1 press office, 2 off-the-record leak, 3 "no comment", 4 ignored
VAR attacked = false   // the studio disowned or ran down its employee in public
VAR political = false  // the studio's account took a political stance
VAR exposed = false    // the studio named or exposed the employee
VAR doxx = 0           // 0 nothing, 1 call to identify him removed, 2 left up
VAR leaked = false     // internal information slipped out (hours, unannounced project)
VAR promised = false   // an unapproved public commitment
VAR censored = false   // a polite opinion hidden
VAR aurore_done = false // loops over posts open in parallel
VAR vince_done = false
VAR hugo_done = false
VAR gaelle_done = false
VAR sam_done = false
VAR yannick_done = false

-> intro

=== intro ===
Wednesday, 8:45 am. Deeplight's 1.5 update, "Abyss", ships on Friday. You open the monitoring dashboard and see a screenshot that's been doing the rounds all night.
# memo: manager
I'm on the train until 11 and the signal keeps dropping. You're running community comms this morning. You know the charter and you know this place: I trust you.
-> relay

=== relay ===
# post: p1
# from: pixelpulse
# on: microblog
# after: 2m
# kind: rumour
# mood: neutral
# deadline: 30m
# hint: Before anything is said in public, who at the studio needs to know right now that a team member is exposed? The charter's escalation routes have the answer.
🧵 A @PixelForge dev (Deeplight) let it all out on his personal account last night: "three weeks of 60-hour weeks to hit a release date nobody ever asked us about", then a very political bit about Thursday's strike, "anyone who backs this reform can uninstall our games" 👀 Screenshot below. Will the studio respond? \#Deeplight \#crunch
* [Alert HR with the screenshot and link: a team member is speaking publicly about the studio and the post is going viral. #post: p1 #action: escalate #to: hr #judgement: best #intents: escalate #why: The right first move: before anyone says anything, the person involved needs to be contacted and supported, and it's HR who talks to him, not the socials.]
  ~ hr_told = true
  -> hr_news
* [Alert management: an employee's post about crunch is going viral two days before 1.5. #post: p1 #action: escalate #to: management #judgement: good #intents: escalate #why: Management needs to know, but the first emergency is human: an exposed employee whom only HR can support. Without HR in the loop, management may also react in the heat of the moment.]
  ~ mgmt_told = true
  -> hr_news
* [This post reflects only its author's views and in no way reflects the reality at Pixel Forge. The studio does not share his political opinions. #post: p1 #action: reply #tone: defensive #judgement: bad #breaks: no-politics, no-aggression #intents: correct #why: Disowning an employee in public and denying his account without knowing anything: the studio picks a side against him, live, and becomes the story of the day.]
  ~ attacked = true
  ~ trust -= 2
  ~ heat += 3
  -> hr_news
* [We're 100% behind Théo 💪 Crunch is a real issue in our industry and he's right to call it out. On Thursday we'll be thinking of everyone who's taking action ✊ #post: p1 #action: reply #tone: empathetic #judgement: bad #breaks: no-politics, no-personal-data #intents: explain #why: The studio's account names the employee and adopts his political stance: it's no longer Théo speaking, it's Pixel Forge, and management finds out its new line on social media.]
  ~ political = true
  ~ exposed = true
  ~ heat += 2
  -> hr_news
* [Ignore #post: p1 #action: ignore #judgement: poor #why: Not replying in public isn't the mistake; telling nobody inside is: HR and management will hear about it from the press, and the employee is left alone for hours.]
  ~ heat += 1
  -> hr_news

=== hr_news ===
{ hr_told:
  # memo: hr
  # after: 6m
  Thanks for moving so fast. We've spoken to Théo on the phone: he's OK, he regrets dragging the studio into his opinions, and he's made his account private. Guidelines: we don't name him, we don't comment on his opinions or his situation, nothing about the team's hours. If anyone tries to identify him, hide it and flag it to us. We'll leave you to loop in management and the press office.
- else:
  # memo: product
  # after: 8m
  Everyone on the dev side has seen the screenshot and the mood is grim. A few people are asking whether the studio is going to "drop" Théo. Does HR know? Nobody's told us anything.
}
-> reactions

=== reactions ===
# post: p2
# from: aurore
# on: comments
# after: 8m
# kind: question
# mood: worried
# subject: policy
# deadline: 45m
# hint: She's asking you for an HR decision and, underneath, your opinion. The charter says what can be said about a team member, and what can't be promised.
Sending love to this dev 💛 @PixelForge are you going to fire him for telling the truth? Because if so, I'm refunding my early access.
# post: p3
# from: vince
# on: comments
# in: p2
# after: 4m
# kind: abuse
# mood: hostile
# deadline: 30m
# hint: Reread the last sentence. What is this comment after, and what does the charter say about team members' identities?
Lefty crying cos he works 60 hours 😂 I work 60 hours too and I don't go on strike. @PixelForge fire him. Anyone got his full name or LinkedIn? Let's go and explain real life to him 👊
- (open)
* {not aurore_done} [Hi Aurore, we get why you're worried, and it's good to see you thinking about the people behind the game 💛 Anything involving someone on the team gets handled with them, internally, not on social media: it's a matter of respect. We won't say more here, one way or the other. #post: p2 #action: reply #tone: empathetic #judgement: best #intents: thank, explain, refuse #why: It answers the worry without saying anything about the employee's situation: Aurore hears a respectful studio, and nobody can pull a quote out of it, for or against.]
  ~ aurore_done = true
  ~ trust += 1
  -> open
* {not aurore_done} [No, promise, nobody's getting fired! 🙏 #post: p2 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise, no-confidential #intents: promise #why: An HR decision announced by the community account when HR hasn't said a word: if things change, this is the line the studio will be held to.]
  ~ aurore_done = true
  ~ promised = true
  -> open
* {not aurore_done} [Flag to HR: players are publicly asking whether the employee is going to be fired. #post: p2 #action: escalate #to: hr #judgement: good #intents: escalate #why: HR needs to know what the community is asking, but Aurore and everyone reading the post get no answer, and the idea of a sacking takes hold.]
  ~ aurore_done = true
  ~ hr_told = true
  -> open
* {not aurore_done} [We do not comment on our employees' personal social media posts. #post: p2 #action: reply #tone: neutral #judgement: poor #intents: refuse #why: It's the right line in substance, but this press-release phrasing answers a journalist Aurore isn't: a worried fan hears a door slamming.]
  ~ aurore_done = true
  -> open
* {not aurore_done} [Ignore #post: p2 #action: ignore #judgement: poor #why: "Are you going to fire him?" sits unanswered under the studio's post, and other people answer it for you, with guesses.]
  ~ aurore_done = true
  ~ heat += 1
  -> open
* {not vince_done} [Hide Vince's comment: it calls for a team member to be identified so people can go after him. #post: p3 #action: hide #judgement: best #why: Asking for someone's name and LinkedIn to "explain real life to him" is the start of doxxing: take it down without debate, before someone replies with a link.]
  ~ vince_done = true
  ~ doxx = 1
  ~ trust += 1
  -> open
* {not vince_done} [Flag the comment to HR: someone is trying to identify a team member. #post: p3 #action: escalate #to: hr #judgement: good #intents: escalate #why: HR needs to know, but meanwhile the comment stays up, and "anyone got his LinkedIn?" is still waiting for an answer.]
  ~ vince_done = true
  ~ hr_told = true
  ~ doxx = 2
  -> open
* {not vince_done} [@vince_sanschichi Show our team some respect. And for your information, Théo is one of our best devs. #post: p3 #action: reply #tone: aggressive #judgement: bad #breaks: no-personal-data, no-aggression #intents: correct #why: Trying to defend him, the studio confirms his first name and his job to the very person hunting for them, with a sneer on top: the worst favour you could do him.]
  ~ vince_done = true
  ~ exposed = true
  ~ heat += 2
  -> open
* {not vince_done} [@vince_sanschichi The right to strike is a constitutional right, and at Pixel Forge we respect it. Labels like "lefty" aren't welcome here. #post: p3 #action: reply #tone: defensive #judgement: bad #breaks: no-politics #intents: correct #why: Arguing the politics pulls the studio into exactly the debate the charter keeps it out of, just as everyone is watching to see which way it leans. And the call to identify him stays up.]
  ~ vince_done = true
  ~ political = true
  ~ doxx = 2
  ~ heat += 2
  -> open
* {not vince_done} [Ignore #post: p3 #action: ignore #judgement: bad #why: "Anyone got his name?" stays up under the studio's account: sooner or later, someone answers with a link.]
  ~ vince_done = true
  ~ doxx = 2
  ~ heat += 1
  -> open
* -> crisis_cell

=== crisis_cell ===
{ mgmt_told:
  # memo: management
  # after: 10m
  Thanks for the heads-up. Crisis meeting at 11 with HR and press. In the heat of the moment Simon wanted to put out "this employee's statements are inaccurate and his views are his own" straight away; we're still discussing it. For now: nothing about Théo, nothing about hours, no politics. If it spills over (partners, boycott calls), come to us directly.
- else:
  # memo: manager
  # after: 10m
  Finally got signal and I'm catching up. {hr_told:HR are looking after Théo, nice one. But management hasn't heard a thing from us|Nobody had told HR or management}: Simon saw the screenshot in his own feed, he's furious and wants to put out "this employee's statements are inaccurate and his views are his own" right now. I'm not sure that's a good idea. No politics, nothing about Théo, and keep me posted on everything.
}
-> pressure

=== pressure ===
# post: p4
# from: hugo
# on: forum
# thread: Thursday's strike: whose side is the studio on?
# rank: Member
# after: 8m
# kind: request
# mood: angry
# deadline: 60m
# hint: You're being told to pick a side. The charter is clear about what the studio's account does; what's left is saying no without contempt, without caricaturing Hugo's commitment and without silencing him.
The studio's going to have to pick a side. Either you back your devs and Thursday's strike, or you're with the people tearing up workers' rights. Don't give me "we don't do politics": saying nothing is a choice. I want a clear answer from @PixelForge.
# post: p5
# from: gaelle
# on: dm
# after: 6m
# kind: request
# mood: neutral
# deadline: 60m
# hint: Three questions, and none of them is for the community desk. Who at the studio talks to the press?
Hello, Gaëlle Royer from Respawn Weekly. I'm writing about a post by one of your developers. Can you confirm 60-hour weeks on the 1.5 update? Is the employee facing any disciplinary action? And does the studio support Thursday's strike? I file at 4 pm. Thanks!
- (open)
* {not hugo_done} [Hi Hugo. We get that this matters to you, and you're entitled to a strong opinion. The studio's account, though, doesn't take positions on politics or strikes, either way: same rule for everyone. Anything involving our team is handled with them, internally. #post: p4 #action: reply #tone: empathetic #judgement: best #intents: explain, refuse #why: A clear, respectful no that acknowledges Hugo's commitment without signing up to it or mocking it: readers on both sides see the same rule applied to everyone.]
  ~ hugo_done = true
  ~ trust += 1
  -> open
* {not hugo_done} [You're right, Hugo: workers' rights are sacred, and our hearts will be with everyone striking on Thursday ✊ #post: p4 #action: reply #tone: empathetic #judgement: bad #breaks: no-politics #intents: explain #why: The studio's account takes a side on a strike and a reform: half the community cheers, the other half feels shut out, and management discovers a position it never took.]
  ~ hugo_done = true
  ~ political = true
  ~ heat += 2
  -> open
* {not hugo_done} [Hide Hugo's post: no politics on the forum. #post: p4 #action: hide #judgement: bad #breaks: fair-moderation #why: Hugo insults no one: hiding a polite political opinion hands him proof that "the studio silences people who talk about working conditions".]
  ~ hugo_done = true
  ~ censored = true
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not hugo_done} [This is a place to talk about Deeplight, not politics. Please stay on topic 🙂 #post: p4 #action: reply #tone: defensive #judgement: poor #intents: refuse #why: It's the rule in substance, but the "off topic" tone brushes aside a question about working conditions that Hugo ties to your own team: he reads contempt, and says so.]
  ~ hugo_done = true
  ~ heat += 1
  -> open
* {not hugo_done} [Ignore #post: p4 #action: ignore #judgement: poor #why: For Hugo, silence is a choice: his thread grows, and other people answer for the studio.]
  ~ hugo_done = true
  ~ heat += 1
  -> open
* {not gaelle_done} [Send the press office the screenshot, the three questions and the deadline, and tell Gaëlle the press office will get back to her before 4 pm. #post: p5 #action: escalate #to: press #judgement: best #intents: escalate #why: The right channel: the journalist gets an authorised contact before her deadline, and none of the three questions (hours, the employee's situation, the strike) gets an improvised answer.]
  ~ gaelle_done = true
  ~ press = 1
  -> open
* {not gaelle_done} [Hi Gaëlle, off the record: yes, the end of production was intense, but Théo's not in any trouble, management isn't the punishing type. On the strike, no official position. #post: p5 #action: dm #tone: neutral #judgement: bad #breaks: no-confidential, no-personal-data #intents: explain #why: "Off the record" isn't something you can declare on your own to a journalist: the hours, the situation of a named employee and management's state of mind all end up in the article, in quotation marks.]
  ~ gaelle_done = true
  ~ press = 2
  -> open
* {not gaelle_done} [Hello, we do not wish to comment. Regards. #post: p5 #action: dm #tone: defensive #judgement: poor #intents: refuse #why: "No comment" becomes "the studio declined to comment": the worst possible line in a story about crunch.]
  ~ gaelle_done = true
  ~ press = 3
  ~ heat += 1
  -> open
* {not gaelle_done} [Ignore #post: p5 #action: ignore #judgement: bad #why: With no reply, Gaëlle writes her piece with the screenshot, players' reactions and "the studio did not respond to our request".]
  ~ gaelle_done = true
  ~ press = 4
  ~ heat += 1
  -> open
* -> partner

=== partner ===
# post: p6
# from: melo
# on: microblog
# after: 10m
# kind: complaint
# mood: angry
# facts: event=the launch stream
# subject: policy
# deadline: 30m
# hint: A partner is pausing a campaign and the word "boycott" is going round: this is bigger than the community desk. Who decides, and what can you say meanwhile without committing anyone?
I was meant to host the 1.5 launch stream on Friday, in partnership with @PixelForge. I'm putting it on hold until the studio says something about crunch. And I'd really like to know how that dev is doing. Lots of you are asking if we should boycott: I'll let you decide for yourselves. \#Deeplight
* [Alert management: a partner streamer with 62,000 followers is pausing the launch stream and "boycott" is going round. A decision is needed on a statement and on the partnership. #post: p6 #action: escalate #to: management #judgement: best #intents: escalate #why: A paused partnership and boycott talk commit the whole studio: management has to make the call, and it needs to hear it now, from you, not from Mélo.]
  ~ mgmt_told = true
  ~ heat -= 1
  -> statement
* [Thanks for being upfront, Mélo, and for thinking about the people behind the game. We understand your decision. We'll get back to you as soon as there's news, and we can talk about the stream then. #post: p6 #action: reply #tone: empathetic #judgement: good #intents: thank, explain #why: The tone is right and nothing is promised, but the partnership and the studio's statement are management's call, and this reply doesn't bring them into the loop.]
  ~ trust += 1
  -> statement
* [Post the line Simon suggested: "This employee's statements are inaccurate and his views are his own. Pixel Forge respects its team." #post: p6 #action: reply #tone: defensive #judgement: bad #breaks: no-aggression #intents: correct #why: Publicly saying an employee's statements are inaccurate attacks him from the studio's account, with no crisis meeting and no HR: Mélo and her 62,000 followers have their answer, and it's the worst one.]
  ~ attacked = true
  ~ heat += 3
  -> statement
* [Ignore #post: p6 #action: ignore #judgement: bad #why: A partner publicly pausing her stream gets no sign from the studio: for her followers, the boycott becomes the official version.]
  ~ heat += 2
  -> statement

=== statement ===
{
- mgmt_told && press == 1:
  # memo: press
  # after: 15m
  Official statement is out, signed off by management and HR: "A member of our team shared how he felt about the end of production on the 1.5 update. We are talking about it with him and with the whole team, internally. Workload is an issue we take seriously. We do not comment on our team members' personal opinions. Update 1.5 ships on Friday as planned." Feel free to point people to it and quote it word for word. We've also spoken to Gaëlle on the phone.
- mgmt_told || press == 1:
  # memo: press
  # after: 15m
  Statement is out: "A member of our team shared how he felt about the end of production on 1.5. We are talking about it with him and with the team, internally. We do not comment on our team members' personal opinions. 1.5 ships on Friday." It's late, though: {press == 1:management only found out at the last minute that Mélo had paused her stream|Gaëlle got hold of Simon directly, and the article will quote his words, not ours}. You can point people to it.
- else:
  # memo: management
  # after: 15m
  We found out how big this is from a journalist who rang Simon's mobile. Statement rushed out: "We are talking about it with the team, internally. We do not comment on our employees' personal opinions. 1.5 ships on Friday." Next time, we want to hear about it from the very first screenshot.
}
-> daily

=== daily ===
# post: p7
# from: sam
# on: forum
# thread: Is 1.5 still out on Friday?
# rank: Member
# after: 10m
# kind: question
# mood: neutral
# subject: game
# deadline: 60m
# hint: One question about what's been announced, one about what hasn't. The charter draws a clear line between the two.
Dumb question in the middle of all this drama: is 1.5 still out on Friday? And in his thread the dev mentioned "a project we're not allowed to talk about": is that Deeplight 2? 👀
# post: p8
# from: yannick
# on: forum
# thread: Guide: beginner's guide updated for 1.5
# rank: Guide writer
# after: 5m
# kind: praise
# mood: happy
# deadline: 90m
# hint: Useful community content in the middle of the storm. A calibrated reply: don't overlook it, don't exploit it.
For anyone who'd rather talk about the game: my beginner's guide is updated for 1.5, with the new Abyss rooms and three team comps for depth 40. Enjoy, and hang in there, team, plenty of us are thinking of you 🙂
- (open)
* {not sam_done} [Hey Sam, not a dumb question at all 🙂 Yes, 1.5 "Abyss" is out on Friday as announced, with patch notes landing on Thursday. As for the rest, we only talk about what's been officially announced; when there's something new, you'll hear it here first. #post: p7 #action: reply #tone: empathetic #judgement: best #intents: explain, refuse #why: A factual answer on what's public and a friendly closed door on what isn't: no confirmation, no denial, no mystery being stoked.]
  ~ sam_done = true
  ~ trust += 1
  -> open
* {not sam_done} [Friday, yep! As for the project… let's just say we can't wait to show you what's coming next year 👀😉 #post: p7 #action: reply #tone: empathetic #judgement: bad #breaks: no-confidential #intents: explain #why: A wink is a confirmation: "Pixel Forge teases Deeplight 2 in the middle of a crunch row" is tomorrow's headline, and the team hadn't announced anything.]
  ~ sam_done = true
  ~ leaked = true
  ~ heat += 1
  -> open
* {not sam_done} [DM Sam: yes, 1.5 is out on Friday. #post: p7 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Sam gets his answer and nothing slips, but the question was public: everyone else wondering whether the date has slipped won't see the confirmation.]
  ~ sam_done = true
  -> open
* {not sam_done} [Sorry, we are unable to share any information at this time. #post: p7 #action: reply #tone: neutral #judgement: poor #intents: refuse #why: The 1.5 date is public: refusing to confirm it in the middle of a crisis suggests it has slipped, and feeds yet another rumour.]
  ~ sam_done = true
  ~ heat += 1
  -> open
* {not sam_done} [Ignore #post: p7 #action: ignore #judgement: poor #why: A simple question unanswered on a day like this: other players answer instead, each with their own theory about the date.]
  ~ sam_done = true
  -> open
* {not yannick_done} [Thanks Yannick, your guide couldn't have come at a better time 🙏 We're pinning it in the Guides section for Friday. And thanks for the kind words, they mean a lot. #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank #why: Spotlighting real community content and accepting support simply: the game carries on, without turning Yannick into an argument in the row.]
  ~ yannick_done = true
  ~ trust += 1
  -> open
* {not yannick_done} [Like Yannick's guide. #post: p8 #action: like #judgement: good #why: The like is appreciated, but a guide this good, on a day like this, deserved a word and a spotlight.]
  ~ yannick_done = true
  -> open
* {not yannick_done} [Thanks Yannick! See, not everyone's here to trash the studio 😉 #post: p8 #action: reply #tone: defensive #judgement: bad #breaks: no-aggression #intents: thank #why: Using a fan's post to take a swipe at the critics: Hugo, Aurore and Mélo read it as a dig, and the row has a fresh quote.]
  ~ yannick_done = true
  ~ heat += 2
  -> open
* {not yannick_done} [Thanks Yannick 🙏 Could you share your guide under Mélo's post? Might bring the conversation back to the game a bit. #post: p8 #action: reply #tone: empathetic #judgement: poor #intents: thank #why: Sending a fan into the line of fire under an upset partner's post exposes him to criticism in your place and looks like an attempt to bury the issue.]
  ~ yannick_done = true
  ~ heat += 1
  -> open
* {not yannick_done} [Ignore #post: p8 #action: ignore #judgement: poor #why: Nothing serious, but the only post of the day that talks about the game, and backs the team, gets no sign from the studio.]
  ~ yannick_done = true
  -> open
* -> aftermath

=== aftermath ===
{ exposed || doxx == 2:
  -> doxx_alert
- else:
  -> followup_questions
}

=== doxx_alert ===
# post: p9
# from: aurore
# on: comments
# in: p2
# after: 12m
# kind: info
# mood: worried
# deadline: 30m
# hint: Personal information is spreading and a threat has appeared. The charter's escalation routes say who takes over, on top of moderation.
Um… people under your post are sharing the dev's LinkedIn and the name of his town 😰 One of them is even suggesting they go and "wait for him" outside the studio. Please do something.
* [Hide every post exposing the employee, and send legal and HR the screenshots, including the threat to go and "wait for him". #post: p9 #action: escalate #to: legal #judgement: best #intents: escalate #why: Doxxing plus a physical threat: take it all down now, and legal takes over (reports, possibly a complaint) while HR warns the person. A colleague's safety is at stake.]
  ~ doxx = 1
  ~ hr_told = true
  ~ trust += 1
  -> partner_news
* [Thanks for flagging this, Aurore 🙏 It's all being taken down. Reminder for everyone: sharing someone's personal info is not OK, and it will be sanctioned. #post: p9 #action: reply #tone: empathetic #judgement: good #intents: thank, correct #why: Public, fast and firm; but a threat to go and wait for someone goes beyond moderation, and without legal nobody deals with it.]
  ~ doxx = 1
  ~ trust += 1
  -> partner_news
* [Please don't share Théo's details, he's having a hard enough time as it is 🙏 #post: p9 #action: reply #tone: empathetic #judgement: bad #breaks: no-personal-data #intents: correct #why: His first name, plus confirmation that he's "having a hard time": the studio itself adds two facts about the person it claims to protect.]
  ~ exposed = true
  ~ heat += 1
  -> partner_news
* [Hide Aurore's comment so the whole thing doesn't get any more visibility. #post: p9 #action: hide #judgement: bad #breaks: fair-moderation #why: Aurore reports a danger and it's her post that disappears: the links stay up, and the one person asking for help is silenced.]
  ~ doxx = 2
  ~ censored = true
  ~ heat += 2
  -> partner_news
* [Ignore #post: p9 #action: ignore #judgement: bad #why: A report of doxxing and a threat left without a reaction for half an hour: if anything happens to this employee, that screenshot will be part of the record.]
  ~ doxx = 2
  ~ heat += 2
  -> partner_news

=== followup_questions ===
# post: p9
# from: pixelpulse
# on: microblog
# in: p1
# after: 12m
# kind: question
# mood: neutral
# subject: policy
# deadline: 30m
# hint: Two questions the charter forbids you to answer, asked in front of 38,000 people. The art is not answering without looking like you're running away.
Pixel Forge has put out a statement on the crunch story. Loads of you are asking in the replies: how many hours do the devs really work at the end of production? And is the dev in question still at the studio? @PixelForge
* [The statement says what we can say today, and we're sticking to it: we're talking about it internally, with the whole team. People's hours and situations stay between the studio and its team, out of respect for them. On the game side, 1.5 is out on Friday as planned. #post: p9 #action: reply #tone: neutral #judgement: best #intents: explain, refuse #why: Openly declining to answer and explaining why, then pointing back to the one public fact: no figures, no personal situation, no sense of dodging.]
  ~ trust += 1
  -> partner_news
* [Pass the question to the press office, who are handling the follow-up to the statement. #post: p9 #action: escalate #to: press #judgement: good #intents: escalate #why: Cautious, but a public question to the community account expects a public answer, and the press office has nothing to add to the statement.]
  -> partner_news
* [Officially 35 hours, realistically a bit more in the last few weeks, like everywhere 😅 And yes, he's still here, don't worry! #post: p9 #action: reply #tone: empathetic #judgement: bad #breaks: no-confidential, no-personal-data #intents: explain #why: Two confidences in one line: an admission about hours that contradicts the statement, and an employee's situation handed to 38,000 people.]
  ~ leaked = true
  ~ heat += 2
  -> partner_news
* [Please refer to our official statement. #post: p9 #action: reply #tone: neutral #judgement: poor #intents: refuse #why: Right in substance, but a curt help-desk line under a public question looks like a door being shut: the speculation carries on in the replies.]
  ~ heat += 1
  -> partner_news
* [Ignore #post: p9 #action: ignore #judgement: poor #why: With no answer, Pixel Pulse's 38,000 followers fill in the blanks themselves: made-up numbers and rumours of a sacking.]
  ~ heat += 1
  -> partner_news

=== partner_news ===
{ mgmt_told && not attacked && not political:
  -> melo_back
- else:
  -> melo_pause
}

=== melo_back ===
# post: p10
# from: melo
# on: microblog
# after: 20m
# kind: info
# mood: happy
# facts: event=Friday's stream
# deadline: 60m
# hint: A partner is coming back, reassured. The reply that closes a day like this well is short, and promises nothing that's still being discussed internally.
Update: the studio called me, and it was a frank, honest conversation. Friday's stream is back on, and we'll take a moment to talk about working conditions in games, with them. Thanks for all your messages 💜 \#Deeplight
* [Thanks Mélo, for the stream and for the conversation 🙏 See you Friday, bring all the questions you like. #post: p10 #action: reply #tone: empathetic #judgement: best #intents: thank #why: A simple thank-you, no gloating, no promises: the partner is back, and the studio signs up in advance to be questioned live.]
  ~ trust += 1
  -> ending
* [Like Mélo's post. #post: p10 #action: like #judgement: good #why: The like shows you've seen it; a few words would have closed a tense day with an important partner more warmly.]
  -> ending
* [Thanks Mélo! And we can tell you this much: crunch is over at Pixel Forge, never again 💪 #post: p10 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: thank, promise #why: A commitment on how work is organised that neither management nor HR has made: it will be checked, in public, at the end of every production.]
  ~ promised = true
  ~ heat += 1
  -> ending
* [Amazing 🎉 See you Friday at 8 pm, with 20% off Deeplight for the whole stream! #post: p10 #action: reply #tone: empathetic #judgement: poor #intents: thank #why: Slipping a promo code under a post about working conditions turns a sincere reconciliation into a sales pitch.]
  ~ trust -= 1
  -> ending
* [Ignore #post: p10 #action: ignore #judgement: poor #why: A partner publicly comes back and gets no reply: the story ends on a silence that doesn't do her justice.]
  -> ending

=== melo_pause ===
# post: p10
# from: melo
# on: microblog
# after: 20m
# kind: complaint
# mood: angry
# facts: event=Friday's stream
# subject: policy
# deadline: 45m
# hint: The partner is keeping her stream on hold. Who can decide what happens to the partnership, and what can the studio's account say without promising anything or getting defensive?
Still no conversation with the studio on my side. {attacked:And watching a studio call its own dev a liar in public is honestly chilling.|And nothing I've seen from them today reassures me.} Friday's stream stays on hold.
* [Pass it to management: the partner is keeping her stream on hold and is waiting for a direct conversation with the studio. #post: p10 #action: escalate #to: management #judgement: best #intents: escalate #why: A partner waiting for someone to talk to needs management: the desk connects them instead of improvising a negotiation in public.]
  ~ mgmt_told = true
  -> ending
* [Mélo, we get it, and we respect your decision. The studio's statement is up; as for the partnership, someone from the team will be in touch with you directly. #post: p10 #action: reply #tone: empathetic #judgement: good #intents: explain #why: Respectful and promise-free, but announcing a call without having gone to management is betting that it will happen.]
  ~ trust += 1
  -> ending
* [We've put out a statement, there's nothing more we can do. Stream or don't, it's up to you. #post: p10 #action: reply #tone: defensive #judgement: poor #intents: refuse #why: Cold and closed: Mélo hears that the studio doesn't care about losing its partner, and so do her 62,000 followers.]
  ~ heat += 1
  -> ending
* [Shame to hold a launch the whole community's waiting for hostage just to create some buzz 🙄 #post: p10 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: correct #why: Publicly accusing a partner of chasing buzz: the break becomes final, and the studio is the one that caused it.]
  ~ trust -= 1
  ~ heat += 3
  -> ending
* [Ignore #post: p10 #action: ignore #judgement: poor #why: Silence confirms to Mélo and her followers that the studio isn't interested in talking.]
  ~ heat += 1
  -> ending

=== ending ===
{
- exposed || doxx == 2 || press == 2:
  -> end_exposed
- attacked:
  -> end_thrown
- political:
  -> end_sides
- hr_told && mgmt_told && press == 1 && heat <= 4 && not leaked && not promised:
  -> end_steady
- else:
  -> end_bruised
}

=== end_steady ===
# end: steady-hands
# after: 15m
On Friday, 1.5 ships on time and {melo_back:Mélo's stream is packed|Mélo, called by management at the end of the day, kept her stream on after all}. The screenshot circulated for two days, then died out for lack of a new episode: the studio neither disowned nor co-opted its employee, took nobody's side and let nothing internal slip. HR supported the person, management spoke at the right moment, the press got a measured statement. The debate about workload goes on, internally, where it belongs. You held the line from start to finish.{doxx_alert: The posts exposing the employee came down in time, but he had a nasty scare.}{heat >= 2: A few curt or missed replies just let the row drag on a little longer than it needed to.}{censored: One regret: Hugo's hidden post, which some people still bring up.}
-> END

=== end_bruised ===
# end: bruised-trust
# after: 15m
The storm passes, but it leaves marks. {not hr_told:HR heard about it far too late, and the employee was left alone for hours. }{not mgmt_told:Management learned how big the crisis was from someone other than you. }{press != 1:Respawn Weekly's article was written without an authorised contact. }{leaked:Internal information slipped out through the studio's account. }{promised:A public commitment nobody had signed off still has to be honoured. }{censored:A polite opinion was hidden, and people hold it against you. }Nothing that can't be repaired, but the community saw a studio fumbling, and trust will come back slowly.
-> END

=== end_exposed ===
# end: employee-exposed
# after: 15m
The employee has been identified. {press == 2:His hours and his situation are in Respawn Weekly's article, quoted as confidences from the studio. }{doxx == 2:His LinkedIn and his town circulated under the studio's posts and nobody took them down in time. }{exposed:It was the studio's own account that gave out his first name. }He's getting messages at home, HR is handling a safety situation and legal is preparing reports. Whatever the studio thinks of what he wrote, protecting him came before everything else: his identity and his situation were nobody's business.
-> END

=== end_thrown ===
# end: employee-thrown-under
# after: 15m
"Pixel Forge calls its own developer a liar": the line is all over the games press. The team finds out online that the studio has disowned one of its own, two developers announce they're leaving, and the crunch debate turns into a case against management. By attacking the employee instead of letting HR and management deal with the substance, the studio's account confirmed everything it meant to deny.
-> END

=== end_sides ===
# end: studio-takes-sides
# after: 15m
Within a few hours, Pixel Forge has become a side. Part of the community cheers, the other part asks for refunds, and every post from the studio is now read as a political leaflet. Management has to explain internally a position it never took, and the employee, whose post was taken up by the official account, finds himself at the centre of a fight that's no longer his. The studio's account doesn't pick sides: that's precisely what lets it talk to everyone.
-> END
