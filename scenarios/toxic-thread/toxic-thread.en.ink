// Frontline — toxic-thread (English)
// A controversial balance patch and a forum thread going up in flames: moderate without censoring.
// Same structure as toxic-thread.fr.ink: same knots, choices and tags (only `why` and `hint` differ).

VAR trust = 0            // the community's trust in the studio
VAR heat = 0             // how hot the thread runs (anger, virality)
VAR censored = false     // fair criticism hidden or the thread locked
VAR locked = false       // the thread locked at management's request
VAR restored = false     // Kenza's post restored with an apology
VAR kenza_answered = false // Kenza got a public reply in the morning
VAR dev_told = false     // the dev team got Kenza's measurements
VAR troll = 0            // 0 open, 1 hidden, 2 banned, 3 dunked on, 4 polite reply, 5 left up
VAR troll_sorry = false  // the studio owned its mocking reply
VAR spam_left = false    // the scam link stayed up
VAR brax = 0             // 0 open, 1 suspended, 2 hidden, 3 public warning, 4 mocked, 5 left up
VAR promised = false     // a date or a rollback promised without sign-off
VAR leaked = false       // internal info or a private message made public
VAR lou_left = false     // Lou leaves the forum
VAR troll_done = false   // loops over posts open in parallel
VAR spam_done = false
VAR brax_done = false
VAR nox_done = false
VAR yannick_done = false
VAR sacha_done = false
VAR lou_done = false
// What changes from one run to the next (manifest.json, "variants"); the defaults give the scenario as written.
VAR hours = "900 hours"   // Kenza's hours played
VAR announced = "14 seconds" // the grapple cooldown in the patch notes (it used to be 8)
VAR measured = "18 seconds"  // the cooldown measured in 4-player co-op (always above the announced one)
VAR dev = "Julien"        // the developer a bad reply names
VAR troll_wait = "8m" // when Grumpf's comment arrives
VAR kenza_first = "Kenza"
VAR lou_first = "Lou"
VAR lou_handle = "@lou_joue"
VAR brax_name = "Brax"
VAR brax_handle = "@brax_ultra"
VAR grumpf_name = "Grumpf"
VAR grumpf_handle = "@grumpf_le_vrai"

-> intro

=== intro ===
Wednesday, 10 am. Deeplight's patch 1.4, "Embers", went live at 9 last night. On the forum, the "Patch 1.4 feedback" thread is already past 300 replies.
# memo: manager
Hey! As expected, the Scout's grapple nerf is making waves. I'm at the Lyon trade show until tonight, so moderation and socials are all yours. The devs read the forum, but they're counting on you to flag what matters. Charter reminder: we moderate behaviour, not opinions. Good luck 🔥
-> kenza_post

=== kenza_post ===
# post: p1
# from: kenza
# on: forum
# thread: Patch 1.4: you broke the Scout
# rank: Veteran
# after: 3m
# kind: complaint
# mood: angry
# subject: game
# deadline: 60m
# hint: Harsh, but argued and backed by numbers: reread the charter's moderation rule. Then ask yourself who at the studio needs to see those numbers.
[Patch 1.4] You broke the Scout, and I've got the numbers. {hours} in, I love Deeplight, so I'll be blunt. Grapple cooldown went from 8 to {announced}: fine on paper. Except in 4-player co-op I'm measuring {measured}, every single time (video + spreadsheet linked). Result: the Scout is dead weight past depth 30, and half my group switched class last night. Did anyone actually test this patch with four players? Honestly, sloppiest patch since launch.
* [{~Thanks for such a thorough write-up, {kenza_first}, video and spreadsheet included 🙏 That gap between the {announced} in the patch notes and your {measured} in 4-player co-op is going straight to the dev team this morning, and we'll be back in this thread with what they find. And you were right to say it straight: that's exactly what this thread is for.|{kenza_first}, thanks for such a solid write-up: video, spreadsheet, the lot 🙏 Your {measured} measured in 4-player co-op against the {announced} in the notes is going straight to the dev team this morning, and we'll be back here with their analysis. And keep saying it straight: that's what this thread is for.} #post: p1 #action: reply #tone: empathetic #judgement: best #intents: thank, escalate, explain #why: A public reply under the most-read critique in the thread: the player is taken seriously, her numbers reach the devs, and 300 readers see a studio that listens even when it stings.]
  ~ trust += 2
  ~ heat -= 1
  ~ kenza_answered = true
  ~ dev_told = true
  -> troll_and_spam
* [Forward {kenza_first}'s post to the dev team with her video and spreadsheet, without replying in the thread. #post: p1 #action: escalate #to: product #judgement: good #intents: escalate #why: The devs get the right data, which matters most, but in the thread the studio stays silent under the best-argued post of the day.]
  ~ dev_told = true
  -> troll_and_spam
* [Hide {kenza_first}'s post: calling it "sloppy" in the middle of a row is just pouring fuel on the fire. #post: p1 #action: hide #judgement: bad #breaks: fair-moderation #why: No insults, just arguments: hiding this is censoring criticism. She has 2,400 followers and a screenshot, and "Pixel Forge hides negative feedback" will travel much faster than her post ever would.]
  ~ censored = true
  ~ trust -= 2
  ~ heat += 3
  -> troll_and_spam
* [Hey {kenza_first}! The patch went through two weeks of internal testing, four-player included. The Scout is still really strong in the right hands: it's mostly about adapting your playstyle 😉 #post: p1 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: explain, correct #why: Telling a veteran who brought video evidence to "adapt your playstyle" is "skill issue" in studio clothing: the charter rules it out, and the whole thread turns on you.]
  ~ trust -= 2
  ~ heat += 2
  -> troll_and_spam
* [Ignore #post: p1 #action: ignore #judgement: poor #why: An hour with no reply under the best-argued post in the thread: as far as everyone can tell, the studio reads the praise and skips the criticism.]
  ~ trust -= 1
  ~ heat += 1
  -> troll_and_spam

=== troll_and_spam ===
{shuffle:
- -> spam_post -> grumpf_post ->
- -> grumpf_post -> spam_post ->
}
- (open)
* {not troll_done} [{~Hide {grumpf_name}'s comment: insults aimed at the team and not a word about the game.|Hide {grumpf_name}'s comment without replying: it insults the team and says nothing about the game.} #post: p2 #action: hide #judgement: best #why: He wanted a reaction and gets none: the insult disappears from the patch notes with no screenshot to pass around, and the real criticism stays up.]
  ~ troll_done = true
  ~ troll = 1
  ~ trust += 1
  -> open
* {not troll_done} [Ban {grumpf_handle} from the studio's page. #post: p2 #action: ban #judgement: good #why: Defensible against gratuitous insults, but for a first comment hiding was enough: once banned, he has his "censored by Pixel Forge" screenshot to wave around elsewhere.]
  ~ troll_done = true
  ~ troll = 2
  -> open
* {not troll_done} [Hey! Feedback on patch 1.4 is welcome, even the salty kind: the forum thread's open and the dev team reads it 🙂 #post: p2 #action: reply #tone: neutral #judgement: poor #intents: explain #why: Calm and polite, but a reply is exactly what he was fishing for. Now he has someone to talk to, and he'll come back for more.]
  ~ troll_done = true
  ~ troll = 4
  ~ heat += 1
  -> open
* {not troll_done} [We nerfed the grapple, not your sense of humour… oh wait, maybe we did 🤡 Off you go back to depth 1, champ. #post: p2 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: refuse #why: The zinger gets three laughs and hands the troll everything he wanted: a screenshot of the official account mocking a player. That's what will go round tonight, not the patch.]
  ~ troll_done = true
  ~ troll = 3
  ~ trust -= 1
  ~ heat += 3
  -> open
* {not troll_done} [Ignore #post: p2 #action: ignore #judgement: poor #why: Not replying is right; leaving the insult up is not: it sits under the patch notes and sets the tone for every comment that follows.]
  ~ troll_done = true
  ~ troll = 5
  ~ heat += 1
  -> open
* {not spam_done} [{~Delete the post and ban the account: created this morning, it's dropped the same link in twelve threads.|Ban the account and delete its post: an account-stealing scam, dropped in twelve threads since this morning.} #post: p3 #action: ban #judgement: best #why: An account-stealing scam isn't an opinion: take it down and cut off the account spreading it before a player hands over their login.]
  ~ spam_done = true
  ~ trust += 1
  -> open
* {not spam_done} [Delete the post. #post: p3 #action: delete #judgement: good #why: The link is gone from this thread, which is what matters most, but the account is still live and will repost it elsewhere within the hour.]
  ~ spam_done = true
  -> open
* {not spam_done} [⚠️ Heads up: this link is a scam, do NOT log in to it with your Steam account! #post: p3 #action: reply #tone: neutral #judgement: poor #intents: correct #why: Warning people is a good instinct, but the link stays up right above the warning, and anyone skimming will click it anyway.]
  ~ spam_done = true
  ~ spam_left = true
  -> open
* {not spam_done} [Ignore #post: p3 #action: ignore #judgement: poor #why: The link stays in the most-read thread of the day: by tonight, someone will have lost their account to it.]
  ~ spam_done = true
  ~ spam_left = true
  ~ trust -= 1
  -> open
* -> dev_memo

=== grumpf_post ===
# post: p2
# from: grumpf
# on: comments
# after: {troll_wait}
# kind: abuse
# mood: hostile
# deadline: 45m
# hint: What is this comment trying to get out of you? The charter says what happens to an insult, and what we never do in return.
Pixel Forge devs nerfed the grapple cos they can't use it themselves 🤡 Studio run by interns. Come on then, come defend your patch, I'm waiting 🍿 … oh wait, you never dare reply 😂 \#Deeplight \#PatchFail
->->

=== spam_post ===
# post: p3
# from: freeloot
# on: forum
# thread: Re: Patch 1.4: you broke the Scout
# rank: New member
# in: p1
# after: 5m
# kind: spam
# mood: neutral
# deadline: 60m
# hint: An unknown link asking for players' logins, in the most-read thread of the day: think first about the people who will click it.
{~🔥🔥 FREE LEGENDARY DEEPLIGHT SKINS 🔥🔥 Golden Lantern + Neon Grapple for the first 500|🎁 DEEPLIGHT GIVEAWAY 🎁 Golden Lantern + Neon Grapple FREE for the first 500 sign-ups} ➡️ deeplight-freeloot.xyz (just log in with your Steam account, 100% legit, tested!!)
->->

=== dev_memo ===
{ dev_told:
  # memo: product
  # after: 10m
  Thanks for {kenza_first}'s post, her numbers are spot on. In 4-player co-op the grapple cooldown stacks with the fatigue debuff: {measured} instead of {announced}. It's a bug, not a balance decision. The fix is with QA. You can say "bug confirmed, fix in testing". No date in public until QA signs it off.
- else:
  # memo: product
  # after: 20m
  We just stumbled on {kenza_first}'s video by chance: did nobody think to send it over? She's right, in 4-player co-op the grapple stacks with the fatigue debuff, {measured} instead of {announced}. Bug confirmed, fix is with QA. You can say so, but no date in public. And next time, send us posts like that straight away.
}
-> thread_fire

=== thread_fire ===
{shuffle:
- -> brax_post -> yannick_post -> nox_post ->
- -> brax_post -> nox_post -> yannick_post ->
}
- (open)
* {not brax_done} [{~Suspend {brax_handle} from the forum and remove his post: targeted harassment and a call to raid {lou_first}'s stream.|Remove {brax_name}'s post and suspend his forum account: he's harassing {lou_first} and calling for a raid on her stream.} #post: p4 #action: ban #judgement: best #why: Harassing a player and announcing a raid is exactly what moderation exists to stop dead, and the whole thread sees that the forum protects its members.]
  ~ brax_done = true
  ~ brax = 1
  ~ trust += 2
  -> open
* {not brax_done} [Hide {brax_name}'s post. #post: p4 #action: hide #judgement: good #why: The post is gone, which is good, but the harasser keeps his account, his mates and his plan to raid her stream tonight.]
  ~ brax_done = true
  ~ brax = 2
  ~ trust += 1
  -> open
* {not brax_done} [{brax_handle} that's not how we talk to other players here. Final warning. #post: p4 #action: reply #tone: neutral #judgement: poor #intents: refuse #why: The telling-off is fair, but the harassment is still readable right above it, and the harasser gets the scene he wanted: a public face-off with the mods.]
  ~ brax_done = true
  ~ brax = 3
  ~ heat += 1
  -> open
* {not brax_done} [{brax_handle} {lou_first}'s got more skill in her little finger than you've got in all your hours played 🤡 Own it, champ. #post: p4 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: correct #why: Defending the targeted player with a put-down answers harassment with humiliation from the studio's own account: the harasser's post stays up and the thread blows up twice as hard.]
  ~ brax_done = true
  ~ brax = 4
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not brax_done} [Ignore #post: p4 #action: ignore #judgement: bad #why: Leaving harassment and a raid threat up tells the targeted player, and everyone reading, that this forum won't protect them.]
  ~ brax_done = true
  ~ brax = 5
  ~ trust -= 2
  ~ heat += 1
  -> open
* {not nox_done} [{~Quick time-out, everyone 🙏 This thread is here for patch 1.4 feedback, and there's some really valuable stuff in it (hi {kenza_first}). Personal attacks, from anyone, get removed. Criticism of the patch and of the mods is still welcome, so shall we get back to it?|Time out 🙏 This thread is about patch 1.4, and it's got some really useful feedback in it (thanks {kenza_first}). Personal attacks get removed, whoever they come from. Criticising the patch or the mods is still fine, so shall we get back to the actual topic?} #post: p5 #action: reply #tone: neutral #judgement: best #intents: correct, explain #why: A reset everyone can see, aimed at behaviour rather than opinions, that leaves room for Nox's criticism: the thread gets back to its job and nobody feels gagged.]
  ~ nox_done = true
  ~ trust += 1
  ~ heat -= 1
  -> open
* {not nox_done} [Hide Nox's post. #post: p5 #action: hide #judgement: good #why: The insult doesn't belong there, so hiding it is fair, but with no word from the mods the thread keeps simmering, and Nox feels punished for sticking up for another player.]
  ~ nox_done = true
  -> open
* {not nox_done} [Ban @nox_gg for insults. #post: p5 #action: ban #judgement: poor #why: A regular who lost his temper defending another player, banned just like the harasser: the thread sees injustice, and the mods become the story.]
  ~ nox_done = true
  ~ heat += 1
  -> open
* {not nox_done} [@nox_gg The mods are doing their best, alright? And if you don't like the patch, nobody's forcing you to play 🙄 #post: p5 #action: reply #tone: defensive #judgement: bad #breaks: no-aggression #intents: refuse #why: "Nobody's forcing you to play" is pure contempt: Nox was wrong to throw insults, but the studio has just proved him right about everything else.]
  ~ nox_done = true
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not nox_done} [Ignore #post: p5 #action: ignore #judgement: poor #why: With nobody stepping in, the thread turns into a slanging match and the patch feedback gets buried under the insults.]
  ~ nox_done = true
  ~ heat += 1
  -> open
* {not yannick_done} [{~Thanks Yannick, really good to read this 🙏 {kenza_first}'s numbers have reached the dev team. As for calming things down, that's on us: go enjoy your run with the kids!|Thanks for this, Yannick 🙏 {kenza_first}'s numbers are in the dev team's hands. Keeping the thread calm is our job, though: you go and enjoy your run with the kids!} #post: p6 #action: reply #tone: empathetic #judgement: best #intents: thank #why: A genuine thank-you to a pillar of the community, without handing him the moderation or getting him to announce anything: he feels seen, and the thread sees the studio is there.]
  ~ yannick_done = true
  ~ trust += 1
  -> open
* {not yannick_done} [Like Yannick's post. #post: p6 #action: like #judgement: good #why: The like shows the studio backs his call for calm; a few words would have meant more to a player who just did part of your job for you.]
  ~ yannick_done = true
  -> open
* {not yannick_done} [Thanks Yannick! And you can tell everyone: the grapple goes back to 8 seconds in Friday's hotfix 😉 #post: p6 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: thank, promise #why: The dev team gave no date and never mentioned going back to 8 seconds: this line will be quoted on Friday night, and every day of delay will become a studio lie.]
  ~ yannick_done = true
  ~ promised = true
  ~ heat -= 1
  -> open
* {not yannick_done} [Thanks Yannick 🙏 Could you keep an eye on the thread for us and calm down anyone who goes too far? You're the best mod we've got 😄 #post: p6 #action: reply #tone: empathetic #judgement: poor #intents: thank #why: Making him an unofficial moderator puts him in the trolls' sights and offloads work that's yours: the harasser and his mates will go after him next.]
  ~ yannick_done = true
  -> open
* {not yannick_done} [Ignore #post: p6 #action: ignore #judgement: poor #why: Nothing serious, but a veteran cooling the thread down without a sign from the studio is a thank-you that never happened.]
  ~ yannick_done = true
  -> open
* -> afternoon

=== brax_post ===
# post: p4
# from: brax
# on: forum
# thread: Re: Patch 1.4: you broke the Scout
# rank: Member · 2 warnings
# in: p1
# after: 10m
# kind: abuse
# mood: hostile
# deadline: 40m
# hint: Is this post about the game or about a person? And read again what he's announcing for tonight.
{lou_handle} "tbh I kinda like the patch, it makes you play as a team" 🤡 course you do, you've never carried a run in your life, you've been boosted since day one. Uninstall. Oh and I found your channel: we're all dropping into your chat tonight to tell you what we think 😘
->->

=== nox_post ===
# post: p5
# from: nox
# on: forum
# thread: Re: Patch 1.4: you broke the Scout
# rank: Regular
# in: p4
# after: 4m
# kind: abuse
# mood: furious
# deadline: 40m
# hint: An insult, some anger that's partly fair, and a thread going off the rails. What brings the discussion back to the game without punishing the criticism?
{brax_handle} shut it, you rat, you've been the plague of this forum since the beta. And @PixelForge you're just letting this slide? A trash patch AND mods who've gone AWOL, well done 👏
->->

=== yannick_post ===
# post: p6
# from: yannick
# on: forum
# thread: Re: Patch 1.4: you broke the Scout
# rank: Guide writer
# in: p1
# after: 6m
# needs: p4
# kind: info
# mood: neutral
# deadline: 60m
# hint: A respected player is bringing the temperature down. How do you recognise that without handing him a job that isn't his, or announcing more than the team has signed off?
{~Right, everyone take a breath.|Come on, let's all calm down a bit.} I've played since early access with my two teenagers: this patch has a real problem (go and look at {kenza_first}'s numbers, she's done the work), but going after {lou_first} or the devs won't get a fix out any faster. Well-argued feedback has always ended up being read here. And {brax_name}, pack it in.
->->

=== afternoon ===
# memo: manager
# after: 8m
Following the thread from the show. Simon, our studio director, asked whether we could "shut down that thread, it's making us look bad on Steam". I told him I'd ask you: you've got the thread in front of you, so it's your call.
{ censored:
  -> kenza_censored
- else:
  -> kenza_back
}

=== kenza_back ===
# post: p7
# from: kenza
# on: forum
# thread: Re: Patch 1.4: you broke the Scout
# rank: Veteran
# in: p1
# after: 12m
# kind: question
# mood: neutral
# subject: game
# deadline: 60m
# hint: The dev team told you what you can announce and what you can't. The right answer stops exactly at that line.
{kenza_answered: Thanks for the reply this morning.|Still not a single word from the studio in this thread, great.} So, has anyone actually watched my video? The {measured} in co-op: intended or a bug? And if it's a bug, when's the hotfix? My group's playing this weekend.
* [{~Yes, and your numbers were spot on 🙌 The devs reproduced it: in 4-player co-op the grapple cooldown stacks with the fatigue debuff, hence your {measured}. It's a bug, not a balance call, and the fix is in testing. We'll post the date here as soon as QA signs it off. Thank you, your video saved them a ton of time.|Good catch, {kenza_first}: your numbers were spot on 🙌 The devs have reproduced it. In 4-player co-op the grapple cooldown stacks with the fatigue debuff, which gives your {measured}. It's a bug, not a balance call, and the fix is in testing. We'll post the date here as soon as QA signs it off. And thank you: your video saved them a ton of time.} #post: p7 #action: reply #tone: empathetic #judgement: best #intents: thank, explain #why: Everything that's been signed off and nothing more: the bug is acknowledged in public, the player gets the credit she's earned, and no date is promised before QA.]
  ~ trust += 2
  ~ heat -= 2
  -> troll_follow
* [It's a bug, good catch! Hotfix by Friday at the latest, promise: your group will be good for the weekend 💪 #post: p7 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: explain, promise #why: QA hasn't signed anything off: if the fix slips to Monday, it's the player and her group, let down twice, who'll remind the whole forum.]
  ~ promised = true
  ~ trust += 1
  -> troll_follow
* [Bug confirmed 😅 Between us, it was the fatigue system getting reworked in a rush the week of the patch that broke it, {dev} was up all night on it. Fix in testing! #post: p7 #action: reply #tone: empathetic #judgement: bad #breaks: no-confidential, no-personal-data #intents: explain #why: Spilling behind-the-scenes detail and naming a developer hands angry players internal information and a culprit: that developer will get the messages instead of the studio.]
  ~ leaked = true
  ~ trust -= 1
  ~ heat += 1
  -> troll_follow
* [Hide this new post and lock the thread, as management suggested: this row has gone on long enough. #post: p7 #action: hide #judgement: bad #breaks: fair-moderation #why: Locking the thread just as the answer comes in turns an acknowledged bug into a censorship scandal; the charter makes no exception for the Steam page.]
  ~ censored = true
  ~ locked = true
  ~ trust -= 2
  ~ heat += 3
  -> troll_follow
* [Ignore #post: p7 #action: ignore #judgement: bad #why: The player did part of QA's job for you and is asking for an answer: staying silent when the bug is confirmed looks like contempt.]
  ~ trust -= 2
  ~ heat += 2
  -> troll_follow

=== kenza_censored ===
# post: p7
# from: kenza
# on: microblog
# after: 12m
# kind: complaint
# mood: furious
# subject: policy
# deadline: 30m
# hint: When moderation gets it wrong, what rebuilds trust fastest: justifying it, or putting it right?
Pixel Forge hid my patch 1.4 feedback post. Video, spreadsheet, {hours} played… and not one insult. That's how this studio treats players who take the time to make an argument. Screenshot 👇 \#Deeplight
* [{~{kenza_first}, you're right: your post should never have been hidden. That was our mistake, and it's back up. Your numbers are with the dev team, who've confirmed a grapple bug in 4-player co-op; the fix is in testing. Thanks for pushing back, and sorry.|We got this wrong, {kenza_first}, and you're right to call it out: your post had no insults in it and should never have been hidden. It's back up now. Your numbers are with the dev team, who've confirmed a grapple bug in 4-player co-op; the fix is in testing. Sorry, and thanks for pushing back.} #post: p7 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, correct #why: Owning the mistake outright, fixing it and giving the real news is the only reply that defuses a censorship accusation, because it's true.]
  ~ restored = true
  ~ trust += 2
  ~ heat -= 2
  -> troll_follow
* [DM {kenza_first} to apologise and tell her the post is back up. #post: p7 #action: dm #tone: empathetic #judgement: good #intents: apologise #why: The player calms down, but her screenshot keeps circulating with no public reply: for her 2,400 followers, censorship is still the last word on the story.]
  ~ restored = true
  ~ trust += 1
  -> troll_follow
* [Your post was hidden to keep the thread constructive, in line with our moderation rules. #post: p7 #action: reply #tone: defensive #judgement: bad #breaks: fair-moderation #intents: explain, refuse #why: Citing the rules to justify censoring criticism that contains no insult misrepresents your own rules: the charter says the opposite, and players know it.]
  ~ trust -= 2
  ~ heat += 2
  -> troll_follow
* [We get that you're frustrated, but words like "sloppy" in the middle of a row wind everyone up. Rephrase it and we'll put it back 🙂 #post: p7 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Blaming the player for being censored and making her rewrite it to get it back: she'll screenshot this reply too.]
  ~ trust -= 2
  ~ heat += 2
  -> troll_follow
* [Ignore #post: p7 #action: ignore #judgement: bad #why: An unanswered censorship accusation is a confirmed one: her screenshot becomes the story of the day.]
  ~ heat += 2
  -> troll_follow

=== troll_follow ===
{ troll:
- 3:
  -> troll_viral
- 4:
  -> troll_relaunch
- 5:
  -> mathis_left
- else:
  -> mathis_why
}

=== troll_viral ===
# post: p8
# from: grumpf
# on: microblog
# after: 10m
# kind: rumour
# mood: hostile
# deadline: 30m
# hint: The screenshot is already out there. What ends a story where the studio is the villain: another comeback, or owning the first one?
LMAO @PixelForge's community manager came to roast me under their patch notes 😂 screenshot 👇 That's the level of this studio: a sloppy patch and a CM who insults players. RT if you think that's fine \#PixelForgeGate
* [{~Our reply this morning had no business on the studio's account: we've taken it down, and we're sorry. We'll leave it there. Feedback on the patch, however harsh, belongs on the forum, and we answer it.|Our reply this morning was a mistake: it's been removed, and we apologise. Nothing more to add. Criticism of the patch, however harsh, is still welcome on the forum, and we answer it.} #post: p8 #action: reply #tone: neutral #judgement: best #intents: apologise, correct #why: Owning the mistake in two sentences, without justifying it or re-engaging the troll: the screenshot loses its bite once the studio itself says it was wrong.]
  ~ troll_sorry = true
  ~ trust += 1
  ~ heat -= 2
  -> evening
* [Alert management: a screenshot of a mocking reply from the official account is spreading, and someone needs to decide on a statement. #post: p8 #action: escalate #to: management #judgement: good #intents: escalate #why: The right instinct for a crisis that's outgrowing the desk, but while the decision gets made, the screenshot spreads with no word from the studio.]
  ~ heat -= 1
  -> evening
* [Call the team interns and you can't really be surprised by the reply 🤷 Have a nice evening anyway. #post: p8 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: refuse #why: Justifying the mockery with the insult you got confirms the screenshot and supplies a second one: the charter has no self-defence clause.]
  ~ trust -= 1
  ~ heat += 3
  -> evening
* [Block {grumpf_handle} so he can no longer see or comment on the studio's posts. #post: p8 #action: ban #judgement: poor #why: Blocking him now doesn't make the screenshot go away; it hands him episode two: "first they insult me, then they block me".]
  ~ heat += 1
  -> evening
* [Ignore #post: p8 #action: ignore #judgement: poor #why: Silence lets the troll tell the story alone, and his screenshot stays the last thing the public saw from the studio.]
  ~ heat += 2
  -> evening

=== troll_relaunch ===
# post: p8
# from: grumpf
# on: comments
# in: p2
# after: 10m
# kind: abuse
# mood: hostile
# deadline: 40m
# hint: Second provocation, same author. Did your reply earlier make him want to stop?
Oh look, they finally reply 😂 "feedback is welcome" lol. So how many people tested your patch, two interns? Answer me, I'm not letting this go 🍿🍿
* [{~Ban {grumpf_handle} from the page and hide his comment: second provocation, and he says himself he won't stop.|Hide this comment and ban {grumpf_handle} from the page: he's back for more and promises not to stop.} #post: p8 #action: ban #judgement: best #why: After one polite reply, a deliberate repeat justifies the sanction: shut it down without another word.]
  ~ troll = 2
  ~ heat -= 1
  -> evening
* [Hide this new comment. #post: p8 #action: hide #judgement: good #why: It's gone with nothing to exploit, but the troll has learnt that he gets reactions, and he'll be back with another one.]
  ~ troll = 1
  -> evening
* [Promise it was more than two 😅 Come over to the forum and we'll talk about it! #post: p8 #action: reply #tone: neutral #judgement: poor #intents: explain #why: Every reply is a win for him: the studio's page becomes the stage for his show, and more accounts turn up to watch.]
  ~ heat += 2
  -> evening
* [Yep, two interns. You couldn't even test it solo at your level 🤡 #post: p8 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: refuse #why: On the second go, patience snaps and the studio finally gives him what he wanted: an insult signed by the official account, ready to screenshot.]
  ~ troll = 3
  ~ trust -= 1
  ~ heat += 3
  -> evening
* [Ignore #post: p8 #action: ignore #judgement: poor #why: The follow-up stays up, unmoderated: he won't let go, and others start piling on under the patch notes.]
  ~ heat += 1
  -> evening

=== mathis_why ===
# post: p8
# from: mathis
# on: comments
# in: p2
# after: 10m
# kind: question
# mood: worried
# subject: policy
# deadline: 45m
# hint: A sincere question about moderation deserves a transparent answer: the charter gives you the rule to explain.
{~Why did {grumpf_name}'s comment disappear from the patch notes?|Where's {grumpf_name}'s comment gone from under the patch notes?} Are you deleting criticism now? 🤨 Not saying he was right or anything, just wondering.
* [{~Hey Mathis, fair question 🙂 We hide insults and spam, not criticism: that comment called the team interns and clowns and said nothing about the game. Criticism of the patch, however salty, stays up, and we reply to it.|Good question, Mathis, and thanks for asking it openly 🙂 What we hide is insults and spam, not criticism: that comment called the team interns and clowns and said nothing about the game. Criticism of the patch, however salty, stays up, and we reply to it.} #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank, explain #why: Explaining the rule in public, with the exact reason and without attacking the author: Mathis, and everyone else wondering, sees moderation with principles rather than moods.]
  ~ trust += 1
  -> evening
* [DM Mathis to explain the moderation rule. #post: p8 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Mathis gets his answer, but other readers are asking the same thing under the same comment, and they won't see it.]
  -> evening
* [Moderators don't have to justify every decision. Please respect the forum rules. #post: p8 #action: reply #tone: defensive #judgement: poor #intents: refuse #why: Refusing to explain feeds the very suspicion of censorship Mathis raised so politely: a rule you stand by takes two lines to explain.]
  ~ trust -= 1
  ~ heat += 1
  -> evening
* [{grumpf_name}? A troll who couldn't hit a wall with a grapple, nobody's going to miss him 😂 #post: p8 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: correct #why: Mocking a moderated account in front of another player: Mathis wanted to know if the studio censors, and learns that it sneers. A double hit to the studio's image.]
  ~ trust -= 1
  ~ heat += 2
  -> evening
* [Ignore #post: p8 #action: ignore #judgement: poor #why: A polite question about moderation left hanging soon becomes, in the next person's words, "they censor and won't even own it".]
  ~ heat += 1
  -> evening

=== mathis_left ===
# post: p8
# from: mathis
# on: comments
# in: p2
# after: 10m
# kind: complaint
# mood: neutral
# subject: policy
# deadline: 45m
# hint: Mathis is pointing at a post the charter leaves no doubt about. A player who reports a problem also deserves a reply.
Is it normal to leave a comment like {grumpf_name}'s under your patch notes since this morning? "Interns", "clowns"… Doesn't exactly make you want to join the conversation 😕
* [{~Good spot Mathis, and thanks for flagging it: it's hidden now. Criticism, however salty, has a place here; insults aimed at anyone don't.|Thanks Mathis, you're right, it shouldn't have stayed up: it's hidden now. Criticism has a place here, however salty; insults aimed at anyone don't.} #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank, correct #why: Fix the oversight, thank the person who flagged it and restate the rule in one sentence: moderation catches up without making excuses.]
  ~ troll = 1
  ~ trust += 1
  -> evening
* [Hide {grumpf_name}'s comment and DM Mathis: "Thanks, sorted 👍". #post: p8 #action: dm #tone: empathetic #judgement: good #intents: thank #why: The comment is hidden and Mathis has his answer, but nobody else can see that the studio acted on the report.]
  ~ troll = 1
  -> evening
* [We'd rather let everyone speak freely here, even when we don't agree 🙂 #post: p8 #action: reply #tone: defensive #judgement: bad #breaks: fair-moderation #intents: refuse #why: Treating an insult as an opinion is the charter upside down: Mathis concludes the studio tolerates anything except the effort of moderating.]
  ~ trust -= 1
  ~ heat += 1
  -> evening
* [Like Mathis's comment. #post: p8 #action: like #judgement: poor #why: One click to agree with him, but the insulting comment is still up: his report achieved nothing.]
  -> evening
* [Ignore #post: p8 #action: ignore #judgement: poor #why: A player who reports an insult and gets neither action nor reply won't bother reporting again.]
  ~ trust -= 1
  ~ heat += 1
  -> evening

=== evening ===
# post: p9
# from: sacha
# on: microblog
# after: 12m
# kind: praise
# mood: enthusiastic
# deadline: 60m
# hint: A funny fan art about the sore subject. The charter's voice says how far the studio's humour can go, and whose expense it never comes at.
{~Tonight's fan art: the Scout, {measured} into waiting for her grapple 😭⏳|Little doodle for tonight: the Scout, {measured} later, still no grapple 😭⏳} (yes, I've been following the drama) @PixelForge \#Deeplight \#fanart
{ brax == 1 || brax == 2:
  # post: p10
  # from: lou
  # on: dm
  # after: 5m
  # kind: praise
  # mood: worried
  # facts: event=tonight's stream
  # deadline: 60m
  # hint: A player targeted by harassment is messaging you privately. What has to stay private, and who at the studio can act on accounts?
  Hi! Just wanted to say thanks for {brax == 1:suspending {brax_name}|hiding {brax_name}'s post so quickly}. I was a bit freaked out about my stream tonight 😅{brax == 2: Although he's just messaged me privately: "don't worry, we'll be there at 9".}
- else:
  # post: p10
  # from: lou
  # on: dm
  # after: 5m
  # kind: complaint
  # mood: worried
  # facts: event=tonight's stream
  # subject: policy
  # deadline: 60m
  # hint: The harassment hasn't stopped and a player is on her way out. What matters now: act, and let her know, in private.
  I think I'm going to stop posting on the forum. {brax_name} and his mates have been DMing me since this morning, and his post is still up{brax == 3:, with just a "final warning" underneath}{brax == 4:, with your reply underneath that brought even more people in}. I don't think I'll stream tonight.
}
- (open)
* {not sacha_done} [{~Sacha 😭 the Scout's face… The whole team laughed (through gritted teeth, we admit). Thanks for bringing some warmth to this week 🧡|We laughed, Sacha, a bit through gritted teeth, we'll admit 😭 The Scout's face… Thanks for bringing some warmth to this week 🧡} #post: p9 #action: reply #tone: empathetic #judgement: best #intents: thank #why: Laughing with the fan, and at yourselves, without aiming at anyone: a touch of self-deprecation that shows a human studio in the middle of the storm.]
  ~ sacha_done = true
  ~ trust += 1
  -> open
* {not sacha_done} [Like Sacha's fan art. #post: p9 #action: like #judgement: good #why: The like is nice; an artist who posts every week deserves a proper word now and then.]
  ~ sacha_done = true
  -> open
* {not sacha_done} [That's exactly the face of everyone moaning on the forum since yesterday 😂😂 #post: p9 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: thank #why: Turning a kind drawing into a dig at the players criticising the patch: the player who posted the numbers and the whole thread will take the joke personally, and rightly so.]
  ~ sacha_done = true
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not sacha_done} [Thanks! Reminder: Deeplight's characters are the property of Pixel Forge and their use is governed by our terms of use. #post: p9 #action: reply #tone: neutral #judgement: poor #intents: explain #why: Answering a gift with a legal notice chills a fan who did nothing wrong: fan art shared with no commercial purpose is no problem at all.]
  ~ sacha_done = true
  -> open
* {not sacha_done} [Ignore #post: p9 #action: ignore #judgement: poor #why: No harm done, but fan art that takes the sting out of the row was the best moment of the day to say thanks.]
  ~ sacha_done = true
  -> open
* {not lou_done} {brax == 1 || brax == 2} [{~Thanks for telling us 💛 Nobody should get that for sharing their opinion on a patch. If {brax_name} or anyone else turns up tonight, send us the screenshots here and we'll pass them to player support so they can act on the accounts.|Thanks for letting us know, {lou_first} 💛 Nobody deserves that for an opinion on a patch. If {brax_name} or his mates show up tonight, send us the screenshots here: we'll pass them to player support, who'll act on the accounts.} #post: p10 #action: dm #tone: empathetic #judgement: best #intents: thank, ask-details, escalate #why: Warm, practical and private: she knows she's not alone and how to report what happens next, and nothing she confided is exposed.]
  ~ lou_done = true
  ~ trust += 1
  -> open
* {not lou_done} {brax == 1 || brax == 2} [Pass {lou_first}'s case to player support so they can keep an eye on {brax_name}'s and his friends' accounts. #post: p10 #action: escalate #to: after-sales #judgement: good #intents: escalate #why: The right people are on it, but the player has no reply and doesn't even know whether anyone read her message.]
  ~ lou_done = true
  -> open
* {not lou_done} {brax == 1 || brax == 2} [Post on the forum: "Standing with {lou_first}, who told us she's scared about her stream tonight. {brax_name}'s mates, we're waiting for you 💪" #post: p10 #action: reply #tone: aggressive #judgement: bad #breaks: no-personal-data, no-aggression #intents: explain #why: Making public what a player told you in private and daring her harassers to show up exposes her a second time and points every onlooker at her stream.]
  ~ lou_done = true
  ~ leaked = true
  ~ heat += 2
  -> open
* {not lou_done} {brax == 1 || brax == 2} [Thanks for your message. To report anything, please use the "Report" button under each post. #post: p10 #action: dm #tone: neutral #judgement: poor #intents: explain #why: A help-desk template for a player who's scared: technically correct, humanly beside the point.]
  ~ lou_done = true
  -> open
* {not lou_done} {brax == 1 || brax == 2} [Ignore #post: p10 #action: ignore #judgement: poor #why: An unanswered thank-you is one thing; an unanswered worry leaves the player feeling alone just as the raid arrives.]
  ~ lou_done = true
  ~ trust -= 1
  -> open
* {not lou_done} {brax >= 3} [{~{lou_first}, we're so sorry: we should have acted straight away. {brax_name}'s post is down and his account suspended, right now. Send us screenshots of the DMs and player support will deal with the accounts messaging you. And if you come back to post, we'll be there.|We're sorry, {lou_first}, we took far too long. It's done now: {brax_name}'s post is down and his account suspended. Send us screenshots of the DMs and player support will deal with the accounts messaging you. And if you come back to the forum, we'll be there.} #post: p10 #action: dm #tone: empathetic #judgement: best #intents: apologise, explain, ask-details #why: A straight apology and immediate action, told to her in private: that's what might still keep the player around, and what she'll say if she talks about it.]
  ~ lou_done = true
  ~ brax = 1
  ~ trust += 1
  -> open
* {not lou_done} {brax >= 3} [Suspend {brax_name} and pass the accounts messaging {lou_first} to player support. #post: p10 #action: escalate #to: after-sales #judgement: good #intents: escalate #why: The sanctions finally land, but the player doesn't know: as far as she can tell, nobody answered her.]
  ~ lou_done = true
  ~ brax = 1
  -> open
* {not lou_done} {brax >= 3} [You kind of need a thick skin online 😅 Best thing is to ignore them, they'll get bored eventually! #post: p10 #action: dm #tone: neutral #judgement: bad #intents: explain #why: Telling the victim to toughen up while the harasser's post stays up: the player leaves the forum, and she'll say why.]
  ~ lou_done = true
  ~ lou_left = true
  ~ trust -= 2
  -> open
* {not lou_done} {brax >= 3} [We understand, but we can't control what happens outside the forum. #post: p10 #action: dm #tone: defensive #judgement: poor #intents: refuse #why: Partly true, but the harasser's post is still on your forum: what she hears is "we won't do anything".]
  ~ lou_done = true
  ~ lou_left = true
  ~ trust -= 1
  -> open
* {not lou_done} {brax >= 3} [Ignore #post: p10 #action: ignore #judgement: bad #why: A harassed player says she's leaving and nobody replies: she goes, and her silence says plenty.]
  ~ lou_done = true
  ~ lou_left = true
  ~ trust -= 2
  -> open
* -> ending

=== ending ===
{
- censored && not restored:
  -> end_censorship
- troll == 3:
  -> end_circus
- lou_left:
  -> end_unsafe
- trust >= 6 && heat <= 1 && brax <= 2 && not leaked && not promised:
  -> end_healthy
- else:
  -> end_rough
}

=== end_healthy ===
# end: healthy-thread
# after: 20m
Thursday morning, the "Patch 1.4 feedback" thread is still there, calmer now, with {kenza_first}'s post pinned at the top alongside the dev team's answer. {brax == 1:The harasser is suspended|The harasser's post is gone}, {spam_left:the scam link was eventually taken down|the spam is gone}, and the troll has wandered off to find another row. By moderating behaviour and leaving opinions alone, you kept the criticism visible and the community safe: the fix isn't out yet, but players know it's coming and that they were heard.{promised: The one cloud: a date announced in public without QA's sign-off, which everyone will be watching for on Friday.}{spam_left: And two players have told support their accounts were stolen through the "free skins" link that stayed up too long.}
-> END

=== end_rough ===
# end: rough-week
# after: 20m
The week ends without a blaze, but without much sunshine either. The grapple bug is acknowledged, yet what people remember is how shaky the day felt.{brax >= 2: A harasser kept his account for longer than he should have.}{leaked: Information that should never have left the studio, or a private conversation, got out.}{promised: A date was promised that nobody had signed off.}{spam_left: A scam link stayed up, and accounts were stolen.}{restored: The screenshot of {kenza_first}'s post, censored then restored, is still doing the rounds.} A few regular contributors have gone quiet, and it'll take several patches, and a lot of good answers, to win back their trust.
-> END

=== end_censorship ===
# end: censorship-backlash
# after: 20m
"Pixel Forge censors criticism": {locked:the thread locked at the very moment the bug was confirmed|the screenshot of the hidden post by {kenza_first}} is all over social media and the gaming forums. Players dig up old posts, the game's recent reviews nosedive, and the bug the dev team acknowledged is pushed off the page. Silencing a well-argued critique did more damage than the critique ever could: we moderate behaviour, not opinions.
-> END

=== end_circus ===
# end: troll-circus
# after: 20m
The screenshot of the studio's comeback to {grumpf_name} got more views than the patch notes. \#PixelForgeGate is pulling in accounts that have never launched Deeplight, the studio's comments are swamped for the weekend{troll_sorry:, and your quick apology limited the damage without undoing it|, and management has to post an apology}. The troll wanted a reaction: he got a stage and an audience. Abusive content is moderated quietly; it isn't fought.
-> END

=== end_unsafe ===
# end: players-leave
# after: 20m
{lou_first} has left the forum, and she explained why on her socials: harassed for hours while moderation barely moved. Other players share similar stories, and one line keeps coming back: "that forum doesn't protect anyone". The patch debate has died down, not because it was settled, but because the people with something to say have gone. Harassing a player is never an opinion to leave up.
-> END
