// Frontline — fresh-start (English)
// Launching a new line's accounts from zero: objectives, networks, first post, first followers, and the lure of fake followers.
// Same structure as fresh-start.fr.ink: same knots, choices and tags (only `why` and `hint` differ).
// Soazig, head of the line, is the intern's manager; in public the brand stays courteous and polished.

VAR trust = 0          // trust and interest of the first followers
VAR heat = 0           // negative reactions around the launch
VAR objective = 0      // p1: 1 measurable objectives, 2 image, 3 sales only, 4 followers at any cost
VAR networks = 0       // p2: 1 relevant, 2 one network done well, 3 everywhere, 4 the biggest
VAR first = 0          // p3: 1 authentic, 2 corporate, 3 dig at a competitor, 4 giveaway, 5 posted without you
VAR pauline = 0        // p4: 1 answer + group order, 2 delivery promised, 3 passed on, 4 curt, 5 ignored
VAR herve = 0          // p5: 1 answered, 2 mocked, 3 hidden, 4 DM, 5 ignored
VAR engaged_spam = false // the brand replied to the follower seller
VAR bought = false     // followers were bought
VAR ads = false        // local advertising proposed to management
VAR owned = false      // the purchase was owned up to in public
VAR idea_routed = false // Théo's suggestion went to the head baker
VAR promised = false   // an unapproved public commitment
VAR p4_done = false
VAR p5_done = false

-> intro

=== intro ===
Monday, 9 am. Since 7 this morning, the Tartines du Vent online shop has been open: order before 11 am, collect at noon from three shops in Nantes (Chantenay, Île de Nantes, Commerce). The line's accounts were created on Friday. Followers: 0.
# memo: manager
Welcome aboard! You're launching the Tartines accounts. Soazig, who runs the line, will ask you a few questions before anything goes out: take the time to answer them properly, that's where it all gets decided. Charter reminder: courteous in public, nothing promised unless it's signed off, and never name a competitor.
-> objectives

=== objectives ===
# post: p1
# from: soazig
# on: dm
# after: 3m
# kind: request
# mood: neutral
# deadline: 60m
# hint: Before you pick a network or write a post: what do you want to achieve, and how will you know it's working?
Morning! Before we post anything, management wants to know what we expect from these accounts. I need one sentence to send them before 10. What are we aiming for, do you think?
* [Two measurable objectives for the first three months: build a list of lunchtime customers around the three shops (sign-ups to a "today's menu" alert), and collect their recipe suggestions. We will track sign-ups, online orders and suggestions received, not follower numbers. #post: p1 #action: dm #tone: neutral #judgement: best #intents: explain #why: Precise objectives, tied to the business (lunchtime orders) and measurable: they'll tell you where to post, what to write and which numbers to watch.]
  ~ objective = 1
  ~ trust += 1
  -> networks_choice
* [Raise awareness of the line and improve the Fournil's image with young professionals. #post: p1 #action: dm #tone: neutral #judgement: good #intents: explain #why: Working on image is a legitimate goal, but with no figure and no precise audience, nobody will be able to say in three months whether it worked.]
  ~ objective = 2
  -> networks_choice
* [Sell: every post pushes the day's offer with an order link, and we measure orders. #post: p1 #action: dm #tone: neutral #judgement: poor #intents: explain #why: Measurable, but an account that only sells learns nothing about its customers and soon wears people out: no addresses, no suggestions, no conversation.]
  ~ objective = 3
  -> networks_choice
* [10,000 followers by the end of the month: that's the figure management will understand. #post: p1 #action: dm #tone: neutral #judgement: bad #intents: explain #why: A volume target for a line sold in three shops: it will push you to chase followers anywhere, including where nobody will ever order a tartine.]
  ~ objective = 4
  ~ trust -= 1
  -> networks_choice
* [Ignore #post: p1 #action: ignore #judgement: poor #why: With no answer, Soazig sends management the only thing that comes to mind: "as many followers as possible".]
  ~ objective = 4
  -> networks_choice

=== networks_choice ===
# post: p2
# from: soazig
# on: dm
# after: 10m
# kind: question
# mood: worried
# deadline: 60m
# hint: A follower count doesn't tell you who the followers are. Where are the people who could come and pick up a tartine at lunchtime?
Thanks! Second question: where do we set up? The comms team gave me two numbers: the big city-centre department store's account, 24,700 followers; a madeleine brand's campaign last year, 27 followers 😬 They say we have to be on the big video app, because that's where everyone is. What do you think?
* [Where our lunchtime customers are: a photo account to show the day's tartines, the microblog for practical information and quick replies, and the company and neighbourhood groups around the three shops. No video until we have the time to do it properly. 24,700 followers 300 km away won't come to Chantenay for a tartine; 300 office neighbours will. #post: p2 #action: dm #tone: neutral #judgement: best #intents: explain #why: Networks chosen for the audience you want and for what the team can actually sustain: relevance matters more than user numbers.]
  ~ networks = 1
  ~ trust += 1
  -> first_post
* [Let's start with one network, the microblog, and do it well; we will add others once we know our customers better. #post: p2 #action: dm #tone: neutral #judgement: good #intents: explain #why: Sensible for a one-person team; but photos of tartines would have found their audience faster on an image network.]
  ~ networks = 2
  -> first_post
* [Everywhere: video, the microblog, the photo account, the professional network and the forums. The more visible, the better. #post: p2 #action: dm #tone: neutral #judgement: poor #intents: explain #why: Five accounts for one intern and a brand-new line: most will sit empty, and an empty account does more harm than no account.]
  ~ networks = 3
  -> first_post
* [The big video app, obviously: that's where the most users are, and those are the numbers that impress management. #post: p2 #action: dm #tone: neutral #judgement: bad #intents: explain #why: A network's user count says nothing about interest in a tartine you collect in Nantes: you'll talk to a lot of people and hardly any of the right ones.]
  ~ networks = 4
  ~ trust -= 1
  -> first_post
* [Ignore #post: p2 #action: ignore #judgement: bad #why: Without your view, the comms team wins: everything on the video app, because "that's where everyone is".]
  ~ networks = 4
  -> first_post

=== first_post ===
# post: p3
# from: soazig
# on: dm
# after: 15m
# kind: request
# mood: enthusiastic
# deadline: 60m
# hint: A first post introduces the brand to people who don't know it. Reread your objectives and the charter: what makes people want to reply?
Last step! Here are the four drafts for the first post, written with the comms team. I'll publish whichever one you pick 🙏
* [Number 2: "Hello Nantes 👋 Since this morning, our bakers have been topping last night's bread: buckwheat with andouille and apple, or goat's cheese, honey and walnuts. Order before 11 am, collect at noon from our three shops. And which tartine would you like to see on the menu? 🥖" #post: p3 #action: dm #tone: empathetic #judgement: best #intents: explain #why: Concrete, local, in a human voice, with a question that opens the conversation and gathers suggestions: exactly what a first post should do.]
  ~ first = 1
  ~ trust += 2
  -> morning_figures
* [Number 1: "Le Fournil des Quatre Vents, a leading name in bakery across western France, is pleased to announce the launch of its innovative range of premium tartines." #post: p3 #action: dm #tone: neutral #judgement: poor #intents: explain #why: A press release on a social network: no tartine to look at, no reason to reply, and words ("leading", "innovative") nobody believes any more.]
  ~ first = 2
  -> morning_figures
* [Number 3: "The best tartines in Nantes, by a mile: nothing like Pain Pressé's sandwiches in plastic wrap 😏" #post: p3 #action: dm #tone: neutral #judgement: bad #breaks: no-competitor #intents: explain #why: Introducing yourself by mocking a competitor: the charter forbids it, and the first thing people remember is a jibe, not a tartine.]
  ~ first = 3
  ~ trust -= 1
  ~ heat += 2
  -> morning_figures
* [Number 4: "GIVEAWAY 🎁 Win a year of tartines: follow, like and tag three friends!" #post: p3 #action: dm #tone: neutral #judgement: bad #breaks: no-promise #intents: promise #why: A prize nobody has approved, and a mechanic that draws giveaway hunters from all over the country: plenty of followers, no lunchtime customers.]
  ~ first = 4
  ~ promised = true
  -> morning_figures
* [Ignore #post: p3 #action: ignore #judgement: poor #why: With no choice made, Soazig publishes the draft on top of the pile: the corporate announcement.]
  ~ first = 5
  -> morning_figures

=== morning_figures ===
# memo: manager
# after: 45m
End-of-morning check. First post is live.{first == 4: 212 giveaway entries, three quarters of them from accounts that only follow giveaways.} Followers: {first == 4: 196|14}, 9 of them Fournil colleagues. Online orders: 3. Sign-ups to the "today's menu" alert: {objective == 1: 5|none, nobody thought to add a link}.{networks == 4: The launch video got 1,900 views, 80% of them from outside the region; no orders traced to it.}{networks == 3: Five accounts open, three with nothing posted since this morning.} It looks small: that's normal on day one.
-> first_comments

=== first_comments ===
# post: p4
# from: pauline
# on: comments
# after: 30m
# kind: question
# mood: enthusiastic
# facts: product=tartines; place=on the Île de Nantes
# subject: delivery
# deadline: 60m
# hint: Your first real potential customer. What can you actually offer today, and who can organise the rest? Reread the rule on commitments.
Love this 😍 Do you deliver to the Île de Nantes? There are 40 of us in the team, we'd order every Friday!
# post: p5
# from: herve
# on: comments
# after: 5m
# kind: complaint
# mood: angry
# facts: product=tartine; place=in Saint-Sébastien; price=€7.50
# subject: price
# deadline: 60m
# hint: A thirty-year customer, grumpy but sincere. Criticism of a price isn't an insult: what can you explain, and what can you pass on?
Another thing for the trendy crowd. €7.50 for a tartine, that's five baguettes. You'd do better reopening on Sundays in Saint-Sébastien, I've been buying my bread there for thirty years.
- (open)
* {not p4_done} [Thank you, Pauline 😊 We do not deliver for now: tartines are collected at noon from our three shops, including the Île de Nantes one, just round the corner from you. For a Friday group order, please send us a private message and our customer service team will work out with you how to prepare it. #post: p4 #action: reply #tone: empathetic #judgement: best #intents: thank, explain, move-to-dm #why: An honest answer about what exists, a concrete solution, and a 40-person order handed to the right department: your first customer may become your first regular.]
  ~ p4_done = true
  ~ pauline = 1
  ~ trust += 2
  -> open
* {not p4_done} [Delivery is coming very soon, we promise! We will keep you posted 😉 #post: p4 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: Nobody has decided to deliver: Pauline will wait for a delivery service that never comes, and a 40-person order that could have been collected is lost.]
  ~ p4_done = true
  ~ pauline = 2
  ~ promised = true
  -> open
* {not p4_done} [Pass the group-order request to customer service. #post: p4 #action: escalate #to: after-sales #judgement: good #intents: escalate #why: The right department knows, but under the very first post Pauline sees no answer: on an account that's just starting, every question left alone stands out.]
  ~ p4_done = true
  ~ pauline = 3
  -> open
* {not p4_done} [No, we do not deliver. #post: p4 #action: reply #tone: neutral #judgement: poor #intents: refuse #why: True, but that's all: the collection point round the corner from her office isn't even mentioned, and Pauline's enthusiasm drains away.]
  ~ p4_done = true
  ~ pauline = 4
  ~ trust -= 1
  -> open
* {not p4_done} [Ignore #post: p4 #action: ignore #judgement: poor #why: Forty potential customers knock on the door on day one, and nobody answers.]
  ~ p4_done = true
  ~ pauline = 5
  ~ trust -= 1
  -> open
* {not p5_done} [Hello Hervé, and thank you for thirty years of loyalty. A tartine is a full lunch, made that morning with the night's bread; the baguette is not changing. As for Sundays in Saint-Sébastien, your comment is going to customer service, who will pass it on to the shop: we cannot promise anything, but it will be heard. #post: p5 #action: reply #tone: empathetic #judgement: best #intents: thank, explain, escalate #why: The price is explained without excuses, the baguette is reassured, and Hervé's real request (Sundays) goes to the right department with no promise: a loyal grumbler feels listened to.]
  ~ p5_done = true
  ~ herve = 1
  ~ trust += 1
  -> open
* {not p5_done} [Nobody is forcing you to buy one, Hervé 😉 #post: p5 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: refuse #why: Mocking a thirty-year customer under the line's very first post: everyone discovering the brand sees how it treats its regulars.]
  ~ p5_done = true
  ~ herve = 2
  ~ trust -= 2
  ~ heat += 2
  -> open
* {not p5_done} [Hide Hervé's comment: it spoils the launch mood. #post: p5 #action: hide #judgement: bad #why: A polite complaint about a price isn't abuse: hiding it is censorship, and Hervé will tell everyone at the counter tomorrow morning.]
  ~ p5_done = true
  ~ herve = 3
  ~ trust -= 1
  ~ heat += 2
  -> open
* {not p5_done} [Reply to Hervé privately and pass his Sunday comment to customer service. #post: p5 #action: dm #tone: empathetic #judgement: good #intents: explain, escalate #why: Hervé is listened to, but under the first post his "trendy crowd" remark stays unanswered for every newcomer to see.]
  ~ p5_done = true
  ~ herve = 4
  -> open
* {not p5_done} [Ignore #post: p5 #action: ignore #judgement: poor #why: The day's only criticism goes unanswered under the first post: it's what the next readers will see.]
  ~ p5_done = true
  ~ herve = 5
  ~ trust -= 1
  -> open
* -> spam_offer

=== spam_offer ===
# post: p6
# from: boost
# on: dm
# after: 40m
# kind: spam
# mood: enthusiastic
# deadline: 60m
# hint: Who is writing, and what exactly are they selling? Not every message deserves a reply.
👋 Hi @TartinesduVent! Slow start? 5,000 real, active followers in 48 hours for just €39 🚀 Secure payment, guaranteed results. Today only!
* [Delete the message: it's selling fake followers. #post: p6 #action: delete #judgement: best #why: Spam gets deleted, no discussion: your inbox stays your customers' inbox.]
  -> afternoon
* [Hello, this sounds interesting. Could you tell us more about your prices? #post: p6 #action: dm #tone: neutral #judgement: bad #intents: ask-details #why: Replying tells the seller a naive account is listening: the follow-ups will pour in, and the temptation with them.]
  ~ engaged_spam = true
  -> afternoon
* [No, thank you. #post: p6 #action: dm #tone: neutral #judgement: poor #intents: refuse #why: Polite, but pointless: replying confirms to the seller that someone reads, and he'll be back with a "special offer".]
  ~ engaged_spam = true
  -> afternoon
* [Ignore #post: p6 #action: ignore #judgement: good #why: Leaving spam unanswered is reasonable; deleting it would simply have kept the inbox clean.]
  -> afternoon

=== afternoon ===
# memo: manager
# after: 30m
Mid-afternoon: {first == 4: 203|22} followers, 6 orders. The director came by to look at the numbers. He spent a long time looking at the department store's account.
-> pressure

=== pressure ===
# post: p7
# from: soazig
# on: dm
# after: 20m
# kind: request
# mood: worried
# deadline: 60m
# hint: What's the link between 5,000 bought followers and your objectives? And which numbers can you stand behind instead?
Right… the director thinks we look like a ghost account next to the department store. {engaged_spam: The seller from this morning has been back in touch: |I saw an offer going round: }5,000 followers for €39. Nobody will notice the difference, will they? Shall we do it?
* [I would really advise against it: those 5,000 accounts will never order a tartine, they will crush our statistics (5,000 followers, three likes a post), and it shows straight away. Let's give the director the numbers that matter for our objectives instead: the orders, the sign-ups, the suggestions from day one. It is slow, and that is normal. #post: p7 #action: dm #tone: empathetic #judgement: best #intents: refuse, explain #why: A reasoned refusal that brings the discussion back to objectives and gives Soazig something to tell the director: the real problem (the pressure for numbers) is dealt with.]
  ~ trust += 1
  -> lenaig_next
* [All right, let's get the 5,000: it'll get things going, and real followers will follow. #post: p7 #action: dm #tone: neutral #judgement: bad #intents: promise #why: Fake followers get nothing going: they don't interact, they drag down your posts' reach, and anyone can spot them at a glance.]
  ~ bought = true
  -> lenaig_next
* [Suggest to management a small targeted advertising budget within two kilometres of the three shops, instead of fake followers. #post: p7 #action: escalate #to: management #judgement: good #intents: refuse, escalate #why: An honest, targeted alternative, to the right person; what's missing is explaining to Soazig why follower numbers are the wrong yardstick.]
  ~ ads = true
  -> lenaig_next
* [Let's wait until the end of the week to decide. #post: p7 #action: dm #tone: neutral #judgement: poor #intents: refuse #why: Buying time settles nothing: with no argument made, the question comes back on Friday, with an even less patient director.]
  -> lenaig_next
* [Ignore #post: p7 #action: ignore #judgement: bad #why: With no answer, Soazig buys the €39 pack: that evening, the account shows 5,000 extra followers from nowhere.]
  ~ bought = true
  -> lenaig_next

=== lenaig_next ===
{
- bought:
  -> lenaig_fake
- else:
  -> lenaig_tartine
}

=== lenaig_fake ===
# post: p8
# from: lenaig
# on: microblog
# after: 1h
# kind: rumour
# mood: neutral
# deadline: 45m
# hint: She's spotted it, and so have her followers. What stays credible when you've been caught out: denying, or owning up?
@TartinesduVent: {first == 4: 203|22} followers at lunchtime, {first == 4: 5,203|5,022} this evening, and two likes a post 🤔 For a brand selling "made right here", followers bought from the other side of the world look a bit off… \#Nantes
* [You are right, Lénaïg, and thank you for saying it plainly: it was a mistake. Those accounts bring us nothing and we are removing them this evening. Our real followers are a couple of dozen neighbours, and they are the ones who matter to us. #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank, apologise, correct #why: Owning an obvious mistake without hedging is the only credible answer: you lose face for an evening, not trust for months.]
  ~ owned = true
  ~ trust += 1
  -> theo_post
* [All our followers are genuine. Please do not spread false information. #post: p8 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Denying what anyone can check in three clicks, and accusing the person who noticed: a screenshot of the counter is enough to prove you wrong.]
  ~ trust -= 2
  ~ heat += 3
  -> theo_post
* [Message Lénaïg privately and ask her to take her post down. #post: p8 #action: dm #tone: neutral #judgement: poor #intents: ask-details #why: Asking behind the scenes for an accurate remark to disappear: if she posts your message, the story doubles in size.]
  ~ heat += 1
  -> theo_post
* [Ignore #post: p8 #action: ignore #judgement: bad #why: Silence reads as an admission, without the credit for honesty: the post does the rounds among exactly the Nantes crowd who love genuine places.]
  ~ trust -= 1
  ~ heat += 2
  -> theo_post

=== lenaig_tartine ===
# post: p8
# from: lenaig
# on: microblog
# after: 1h
# kind: praise
# mood: enthusiastic
# facts: product=buckwheat andouille tartine; place=in Chantenay
# deadline: 45m
# hint: A local creator is talking about you without being asked. How do you build a genuine relationship, without buying it or crowing?
The buckwheat, andouille and apple tartine from @TartinesduVent, picked up at noon in Chantenay 🤤 Small outfit, a real bakery behind it{first == 1:, and they ask what you'd like on the menu}. Best lunch break of the week. \#Nantes \#goodfood
* [Thank you, Lénaïg, that warms our hearts on day one 🥖 The recipe is Yannick's, our head baker, and he will be delighted. And if you have an idea for a tartine on the menu, you know where to find us! #post: p8 #action: reply #tone: empathetic #judgement: best #intents: thank #why: A sincere thank-you that puts the baker forward rather than the brand, and an open door: the relationship stays free and warm.]
  ~ trust += 1
  -> theo_post
* [Like Lénaïg's post. #post: p8 #action: like #judgement: good #why: The like shows you saw it; a word would have meant more to a creator with 3,400 local followers.]
  -> theo_post
* [THANK YOU LÉNAÏG!!! EVERYONE FOLLOW OUR ACCOUNT!!! 🥖🥖🥖 #post: p8 #action: reply #tone: empathetic #judgement: bad #breaks: no-shouting #intents: thank #why: Turning a spontaneous recommendation into a shouted call to follow: the sincerity that made her post valuable disappears.]
  ~ heat += 1
  -> theo_post
* [Offer her, privately, free tartines every week in exchange for regular posts. #post: p8 #action: dm #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: An unapproved partnership that buys praise: her followers will sense it eventually, and her opinion will be worth nothing.]
  ~ promised = true
  -> theo_post
* [Ignore #post: p8 #action: ignore #judgement: poor #why: A local creator's first spontaneous review gets not a word: a relationship that could have started never does.]
  -> theo_post

=== theo_post ===
# post: p9
# from: theo
# on: comments
# after: 30m
# kind: request
# mood: happy
# facts: product=tartines
# deadline: 60m
# hint: A suggestion may be exactly what you were after this morning. Who decides the menu, and what can you say without promising?
First follower here 🙋 (genuinely). I'm vegetarian and came away a bit hungry: a tartine with no meat and no cheese, say hummus and roast veg, would that be possible?
* [Thank Théo publicly, first follower and first suggestion, and pass his idea to Yannick, the head baker, who sets the menu. #post: p9 #action: escalate #to: product #judgement: best #intents: thank, escalate #why: The suggestion reaches the person who decides, and the first follower sees he's been listened to: precisely what the accounts were meant to produce.]
  ~ idea_routed = true
  ~ trust += 1
  -> evening
* [Great idea: a plant-based tartine on the menu from Monday! #post: p9 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: promise #why: The menu is decided in the bakehouse, not in the comments: if the tartine isn't there on Monday, your first follower will be your first disappointed customer.]
  ~ promised = true
  -> evening
* [Like Théo's comment. #post: p9 #action: like #judgement: good #why: Théo sees he's been read, but his suggestion goes nowhere: a chance to show you really listen is missed.]
  -> evening
* [The menu already includes a goat's cheese, honey and walnut tartine, which is vegetarian. #post: p9 #action: reply #tone: neutral #judgement: poor #intents: correct #why: Théo asked precisely for a tartine without cheese: answering beside the point shows him nobody really read him.]
  -> evening
* [Ignore #post: p9 #action: ignore #judgement: poor #why: Your first follower makes the first suggestion and it goes nowhere: the day's objective slips past under your nose.]
  ~ trust -= 1
  -> evening

=== evening ===
# memo: manager
# after: 30m
Day-one summary: {bought: {first == 4: 5,214|5,031} followers, 5,000 of them bought, and an average of four likes a post|{first == 4: 214|31} followers, 9 of them colleagues}. 8 online orders.{objective == 1: 17 sign-ups to the lunchtime alert and 6 recipe suggestions.} For the record, a new local line usually takes three to six months to find its audience.
-> ending

=== ending ===
{
- bought:
  -> end_vanity
- objective >= 4 || networks >= 3 || first == 3 || heat >= 4:
  -> end_scattered
- trust >= 5 && first == 1 && not promised:
  -> end_solid
- else:
  -> end_quiet
}

=== end_solid ===
# end: slow-and-solid
# after: 5m
Three months later, Les Tartines du Vent have 420 followers. That's small next to the department store, and it's exactly what was needed: almost all of them work within ten minutes of one of the three shops{objective == 1:, 640 people have signed up to the lunchtime alert}{pauline == 1:, Pauline's team orders every Friday}{idea_routed:, the hummus and roast veg tartine Théo suggested is on the menu}{herve == 1 || herve == 4:, and Hervé has finally tried one}. {objective == 3: The first weeks were too salesy and got little conversation going, but things were put right. }You set objectives, chose relevant networks, spoke like bakers and turned down the shortcuts. The results came slowly, and they are the right ones.
-> END

=== end_quiet ===
# end: quiet-start
# after: 5m
Three months later, Les Tartines du Vent have 260 followers and a loyal but modest clientele. The launch made no serious mistake{promised:, though a promise made on day one keeps coming back in the comments}{first != 1:, but the first post didn't make anyone want to reply, and suggestions were slow to arrive}. The foundations are there: what's left is to talk more with the first followers, turn every question into a conversation, and accept that trust is earned week after week.
-> END

=== end_scattered ===
# end: scattered
# after: 5m
Three months later, the line has {networks == 4: 1,800 followers on the video app, most of whom live hundreds of kilometres from Nantes|a bit of activity here and there and several abandoned accounts}, and lunchtime orders have plateaued. {objective >= 4: With no useful objective, the accounts chased followers, and nobody can say whether it's a success or a failure. |}{first == 3: The dig at a competitor in the very first post was quoted for a long time. |}The director wonders what social media is doing for the line at all. The lesson is simple: set your course before you cast off, and go where the customers are, not where the crowd is.
-> END

=== end_vanity ===
# end: vanity-trap
# after: 5m
The 5,000 fake followers skewed everything. Posts that none of them look at stopped being shown to real people in Nantes; the engagement rate collapsed, and Lénaïg's post went round every food account in town{owned:. Your honest reply limited the damage, and it took weeks to remove the accounts one by one|, with no credible answer from you}. Three months later, the line is starting almost from zero. Bought followers don't order tartines: only real customers count, even when there are only thirty of them.
-> END
