// Frontline — exposed-data (English)
// A bill posted with an address, a salesperson quoting the contract, a troll reposting it: protect without silencing.
// Same structure as exposed-data.fr.ink: same knots, choices and tags (only `why` and `hint` differ).

VAR trust = 0            // trust from Laura and from readers
VAR heat = 0             // how far the row is spreading
VAR exposed = 3          // pieces of content exposing Laura's data still visible (screenshot, salesperson's reply, repost)
VAR legal_alerted = false // legal (and so the DPO) has been told
VAR legal_late = false   // told only after the exchange with Laura
VAR leaked = false       // the brand itself published Laura's data
VAR blamed = false       // a colleague or the customer blamed in public
VAR liability = false    // legal liability admitted or compensation promised
VAR laura = 0            // complaint: 1 public reply, 2 DM only, 3 curt redirect, 4 hidden (censored), 5 ignored
VAR shot = 0             // screenshot: 1 hidden + explained, 2 public advice, 3 deleted silently, 4 data repeated, 5 ignored
VAR censored = false     // the complaint itself was hidden
VAR kevin = 0            // 1 hidden, 2 legal, 3 disowned in public, 4 liked, 5 ignored
VAR troll = 0            // 1 deleted + banned, 2 hidden, 3 legal, 4 reply, 5 ignored
VAR kevin_dm = 0         // 1 legal, 2 HR, 3 lectured, 4 encouraged, 5 ignored
VAR laura_done = false
VAR shot_done = false
VAR kevin_done = false
VAR troll_done = false
VAR kdm_done = false
VAR laura2_done = false
VAR hugo_done = false
VAR sandra_done = false
VAR thea_done = false
// Variants (manifest, variants): the defaults are the scenario as written
VAR thea_wait = "2m" // when Théa's question arrives
VAR laura_first = "Laura"          // the customer's first name
VAR laura_name = "Laura Besson"    // the customer's display name
VAR kevin_first = "Kevin"          // the salesperson's first name
VAR price = "€89"                  // the disputed out-of-plan charges
VAR shop = "Bordeaux Lac"          // the salesperson's shop
VAR plan = "20 GB plan at €14.99"  // the customer's plan

-> intro

=== intro ===
Thursday, 2 pm. The Onda Mobile page is ticking over: a few questions about plans, a holiday photo competition.
# memo: manager
I'm in the executive committee until 5, so the accounts are yours. Legal and Ms Achour, our data-protection officer, are available all afternoon. You know the charter.
-> first_wave

=== first_wave ===
{shuffle:
- -> laura_post -> laura_bill -> kevin_reply ->
- -> laura_post -> kevin_reply -> laura_bill ->
}
- (open)
* {not laura_done} [{~Hello {laura_first}, we understand your anger: calls you didn't make need checking, and quickly. We are sending you a private message to go through this {price} with you.|Hello {laura_first}, your anger is understandable: calls you didn't make must be checked, and quickly. We are messaging you privately so that we can look at this {price} together.} #post: p1 #action: reply #tone: empathetic #judgement: best #intents: explain, move-to-dm #why: A quick public reply that takes the complaint seriously, without a word from her account: readers see a brand that answers, and the rest happens in private.]
  ~ laura_done = true
  ~ laura = 1
  ~ trust += 1
  -> open
* {not laura_done} [Message {laura_first} privately to check the {price} with her, without replying under her post. #post: p1 #action: dm #tone: empathetic #judgement: good #intents: ask-details, move-to-dm #why: The customer is looked after, but under her post the brand stays silent: passers-by only see a complaint with no answer.]
  ~ laura_done = true
  ~ laura = 2
  ~ trust += 1
  -> open
* {not laura_done} [Hello, a breakdown of your out-of-plan calls is available in your online account. We invite you to consult it. #post: p1 #action: reply #tone: defensive #judgement: poor #intents: refuse #why: Sending a customer who disputes some calls back to the very document she disputes: accurate, and useless.]
  ~ laura_done = true
  ~ laura = 3
  ~ trust -= 1
  ~ heat += 1
  -> open
* {not laura_done} [Hide {laura_first}'s whole post, complaint included, to calm the thread. #post: p1 #action: hide #judgement: bad #intents: correct #why: The problem isn't the complaint, it's the screenshot: hiding legitimate criticism is censorship, and the customer will say so elsewhere.]
  ~ laura_done = true
  ~ laura = 4
  ~ censored = true
  ~ trust -= 2
  ~ heat += 2
  -> open
* {not laura_done} [Ignore #post: p1 #action: ignore #judgement: bad #why: A complaint with no answer under your own page, on a day when everyone is watching: the silence becomes the story.]
  ~ laura_done = true
  ~ laura = 5
  ~ trust -= 1
  ~ heat += 1
  -> open
* {not shot_done} [{~Hide the comment with the screenshot (address, account number and phone line readable) and explain to {laura_first} privately at once why: her complaint itself stays up.|Hide the comment showing her address, account number and phone line straight away, then message {laura_first} privately to explain why: her complaint stays visible.} #post: p1b #action: hide #judgement: best #intents: explain, move-to-dm #why: You protect the person within seconds, tell her why, and her criticism stays visible: that's not censorship, it's protection.]
  ~ shot_done = true
  ~ shot = 1
  ~ exposed -= 1
  ~ trust += 1
  -> open
* {not shot_done} [{laura_first}, please note: your screenshot shows your address and account number. We recommend that you remove it. #post: p1b #action: reply #tone: empathetic #judgement: good #intents: explain #why: Good advice, but the customer will only take the screenshot down once she reads it: until then her address stays in full view, trolls included.]
  ~ shot_done = true
  ~ shot = 2
  ~ exposed -= 1
  ~ trust += 1
  -> open
* {not shot_done} [Delete the comment with the screenshot, without telling {laura_first}. #post: p1b #action: delete #judgement: poor #intents: correct #why: The data is gone, but the customer finds her comment erased without explanation: she'll see censorship, not protection.]
  ~ shot_done = true
  ~ shot = 3
  ~ exposed -= 1
  ~ trust -= 1
  -> open
* {not shot_done} [Hello {laura_first}, the {price} on account no. 7730 2281 05 relates to calls to a premium-rate number. We are checking with after-sales. #post: p1b #action: reply #tone: neutral #judgement: bad #breaks: no-personal-data #intents: explain #why: The brand copies out the account number and bill details in public itself: the exposure changes in nature, and now it carries Onda's name.]
  ~ shot_done = true
  ~ shot = 4
  ~ leaked = true
  ~ trust -= 2
  ~ heat += 2
  -> open
* {not shot_done} [Ignore #post: p1b #action: ignore #judgement: bad #why: A customer's address and account number stay on display under your page, available to anyone.]
  ~ shot_done = true
  ~ shot = 5
  ~ heat += 1
  -> open
* {not kevin_done} [{~Hide {kevin_first}'s reply: it publishes details of the customer's contract (plan, start date, calls).|Hide {kevin_first}'s reply, which shows the customer's plan, start date and call details.} #post: p2 #action: hide #judgement: best #intents: correct #why: An employee has published more than the customer herself had shown: take it down quickly, quietly and without public reproach. The rest is dealt with internally.]
  ~ kevin_done = true
  ~ kevin = 1
  ~ exposed -= 1
  -> open
* {not kevin_done} [Hand over to legal straight away: an employee has published data from a customer's account under our page. #post: p2 #action: escalate #to: legal #judgement: good #intents: escalate #why: Legal and the DPO must know, that's essential, but the customer's contract stays on display under your post while they get the reply taken down, when one click would have done it.]
  ~ kevin_done = true
  ~ kevin = 2
  ~ exposed -= 1
  ~ legal_alerted = true
  -> open
* {not kevin_done} [We wish to make clear that {kevin_first} was not authorised to reply on Onda's behalf or to access this account. Action will be taken. #post: p2 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: correct #why: Disowning a colleague in public removes nothing: the reply stays up, you confirm in passing that he accessed the account, and a well-liked salesperson is thrown to the crowd.]
  ~ kevin_done = true
  ~ kevin = 3
  ~ blamed = true
  ~ heat += 2
  -> open
* {not kevin_done} [Like {kevin_first}'s reply: it explains the {price} clearly. #post: p2 #action: like #judgement: bad #breaks: no-personal-data #intents: thank #why: A like from the official account endorses publishing a customer's contract: Onda puts its name to the exposure of her data.]
  ~ kevin_done = true
  ~ kevin = 4
  ~ leaked = true
  ~ heat += 2
  -> open
* {not kevin_done} [Ignore #post: p2 #action: ignore #judgement: bad #why: The customer's contract stays on display, signed by an Onda employee, and every minute exposes it further.]
  ~ kevin_done = true
  ~ kevin = 5
  ~ heat += 1
  -> open
* -> second_wave

=== laura_post ===
# post: p1
# from: laura
# on: comments
# after: 2m
# kind: complaint
# mood: furious
# facts: product=plan; price={price}
# subject: price
# deadline: 20m
# hint: A legitimate complaint, on your page, from a customer at the end of her tether. What do readers expect first: an answer, or a tidier thread?
{~{price} of out-of-plan charges this month for calls I NEVER made!!! That's the second time this year. Care to explain, @OndaMobile? 😡|{price} in out-of-plan charges on this month's bill, for calls I NEVER made!!! And it's already the second time this year. @OndaMobile, care to explain? 😡}
->->

=== laura_bill ===
# post: p1b
# from: laura
# on: comments
# in: p1
# after: 1m
# kind: personal-data
# mood: angry
# facts: product=plan
# deadline: 20m
# hint: Look closely at what the screenshot shows. What does the charter say about data customers post themselves? How do you protect it without silencing her complaint?
{~And here's the bill, see for yourselves 👇|Here's my bill as proof 👇 Judge for yourselves.} [Screenshot: Onda bill for {laura_name}, 14 rue des Capucins, 33800 Bordeaux. Account no. 7730 2281 05. Line 06 39 98 71 26. "Out-of-plan calls: {price}"]
->->

=== kevin_reply ===
# post: p2
# from: kevin
# on: comments
# in: p1
# after: 2m
# kind: personal-data
# mood: neutral
# facts: product=plan
# deadline: 20m
# hint: A colleague, in good faith, replies under your page. What does he add to what the customer had posted? And what does the charter say about how to handle a colleague's mistake?
Hello {laura_first}, {kevin_first} from the Onda shop in {shop} 👋 I've looked at your account: you've been on the {plan} since 3 March, and the {price} is 14 calls to an 0899 premium number on 12 and 13 May. So it is out-of-plan, sorry!
->->

=== second_wave ===
{shuffle:
- -> dede_post -> kevin_message ->
- -> kevin_message -> dede_post ->
}
- (open)
* {not troll_done} [{~Screenshot Dédé's comment, delete it and ban the account: he is reposting a customer's address with an invitation to go round.|Take a screenshot of Dédé's comment for the record, then delete it and ban the account: reposting a customer's address and inviting people round has no place here.} #post: p3 #action: ban #judgement: best #intents: correct #why: The address disappears, the account can't do it again, and the saved screenshot will help if the customer files a complaint: protection that is immediate and lasting.]
  ~ troll_done = true
  ~ troll = 1
  ~ exposed -= 1
  -> open
* {not troll_done} [Hide Dédé's comment. #post: p3 #action: hide #judgement: good #intents: correct #why: The address is no longer visible, which is what matters most; but the account is free to repost it in five minutes.]
  ~ troll_done = true
  ~ troll = 2
  ~ exposed -= 1
  -> open
* {not troll_done} [Hand over to legal: a customer's address reposted with an incitement to go round to her home. #post: p3 #action: escalate #to: legal #judgement: good #intents: escalate #why: Legal needs to know, but the customer's address stays on display while they pick it up: you protect after removing, not instead of it.]
  ~ troll_done = true
  ~ troll = 3
  ~ legal_alerted = true
  -> open
* {not troll_done} [Dédé, publishing someone's address is illegal. Remove it immediately or we will press charges. #post: p3 #action: reply #tone: aggressive #judgement: bad #breaks: no-aggression #intents: correct #why: Threatening a troll in public gives him the stage he wants, and the comment with the address stays up, pushed up the thread by your reply.]
  ~ troll_done = true
  ~ troll = 4
  ~ heat += 2
  -> open
* {not troll_done} [Ignore #post: p3 #action: ignore #judgement: bad #why: A customer's address and an invitation to go round stay under your page: it's your space, and keeping it safe is your responsibility.]
  ~ troll_done = true
  ~ troll = 5
  ~ heat += 2
  -> open
* {not kdm_done} [{~Report to legal, for the DPO: a salesperson has published details of a customer's contract under our page (screenshots kept). And tell {kevin_first}, without reproach, not to post anything again and that someone will be in touch.|Tell legal, for the DPO, that a salesperson has published details of a customer's contract under our page (screenshots kept), and write to {kevin_first}, without reproach, asking him not to post anything more: someone will get back to him.} #post: p4 #action: escalate #to: legal #judgement: best #intents: escalate, explain #why: The clock on any notification starts as soon as the company knows: the DPO is told, the salesperson is stopped without being humiliated, and nothing is settled in public.]
  ~ kdm_done = true
  ~ kevin_dm = 1
  ~ legal_alerted = true
  -> open
* {not kdm_done} [Hand over to HR: an employee replied to a customer on Onda's behalf without authorisation. #post: p4 #action: escalate #to: hr #judgement: good #intents: escalate #why: HR will deal with the salesperson's conduct, but the data incident is for the DPO, through legal: she'll hear about it late, and the clock is running.]
  ~ kdm_done = true
  ~ kevin_dm = 2
  -> open
* {not kdm_done} [{kevin_first}, do you realise what you've done? You have put a customer's account on display for everyone. That is serious misconduct. #post: p4 #action: dm #tone: aggressive #judgement: poor #intents: correct #why: Lecturing a colleague isn't your role, and it protects nobody: the DPO still hasn't been told, and the salesperson digs his heels in.]
  ~ kdm_done = true
  ~ kevin_dm = 3
  -> open
* {not kdm_done} [Thank you, {kevin_first}, your explanation was clear: you can leave it up, or post it again, and we will back it. #post: p4 #action: dm #tone: empathetic #judgement: bad #breaks: no-personal-data #intents: thank #why: Encouraging an employee to publish a customer's contract turns one person's blunder into company practice.]
  ~ kdm_done = true
  ~ kevin_dm = 4
  ~ leaked = true
  { kevin == 1:
    ~ exposed += 1
  }
  -> open
* {not kdm_done} [Ignore #post: p4 #action: ignore #judgement: poor #why: With no answer, the salesperson does what seems logical to him: he posts his explanation again, and nobody has told the DPO.]
  ~ kdm_done = true
  ~ kevin_dm = 5
  { kevin == 1:
    ~ exposed += 1
  }
  -> open
* -> legal_news

=== dede_post ===
# post: p3
# from: dede
# on: comments
# in: p1
# after: 3m
# kind: abuse
# mood: hostile
# deadline: 15m
# hint: This is no longer criticism: it's an address and an invitation. What protects the customer fastest and for longest?
{shot == 1 || shot == 3:Too late, I grabbed a screenshot before you hid it 😏|Screenshot saved 😏} The moaner lives at 14 rue des Capucins in Bordeaux. {~Calling all neighbours: go round and explain to her what an 0899 number is 😂|If anyone's passing, go and explain to her what an 0899 number is 😂} [Bill screenshot reposted]
->->

=== kevin_message ===
# post: p4
# from: kevin
# on: dm
# after: 3m
# kind: request
# mood: worried
# facts: product=plan; price={price}
# deadline: 20m
# hint: The salesperson is acting in good faith. Who at Onda needs to know that an employee has published a customer's data, and why as early as possible?
{kevin == 1:Was it you who hid my reply to the customer? I was only trying to help, I have access to her account, it's my job. Shall I post it again?|I replied to the customer under your post to explain her {price}. Could you like it to back me up? She doesn't seem to get it.}
->->

=== legal_news ===
{ kevin == 2:
  # memo: legal
  # after: 1m
  We've had {kevin_first}'s reply taken down by his shop manager. It's done, but it stayed up a good quarter of an hour longer: next time, hide it first and tell us second.
}
{ legal_alerted:
  # memo: legal
  # after: 1m
  Thanks for flagging this. Ms Achour is assessing the incident: if a notification to the CNIL, the French data-protection authority, is required, it must go out within 72 hours. Until then, keep the screenshots. In public: not the word "breach", no admission of liability, no details from the account. You may say that the content has been removed to protect the customer and that the matter is being dealt with.
- else:
  # memo: manager
  # after: 1m
  I'm seeing notifications between committee items: is it heating up under our post? Reminder: exposed customer data goes to legal, immediately.
}
-> third_wave

=== third_wave ===
{ laura <= 2:
  # post: p5
  # from: laura
  # on: dm
  # after: 3m
  # kind: complaint
  # mood: angry
  # facts: product=plan
  # deadline: 20m
  # hint: The customer is frightened and angry. How do you apologise for what she is going through without writing what only legal can write?
  {shot == 1:OK, thanks for warning me about the screenshot, I hadn't noticed you could read my address.|{shot == 2:I've taken my screenshot down.|{shot == 3:You deleted my screenshot without even telling me?|{shot == 4:And you copy out my account number in public, seriously?|By the way, my screenshot is still up.}}}} But your salesman put my plan and my calls on display for everyone! {troll == 1 || troll == 2:And some stranger reposted my address, I saw it before it disappeared.|And now some stranger is posting my address and inviting people to come round to my house!} I have an 8-year-old daughter. I'm scared, and I'm furious. What are you going to do?
- else:
  # post: p5
  # from: laura
  # on: microblog
  # after: 3m
  # kind: complaint
  # mood: furious
  # facts: product=plan
  # deadline: 15m
  # hint: The anger has gone public, and she mentions the CNIL. What can you say in public, and what must you leave to legal?
  {laura == 4:Onda hides my complaint instead of answering it,|{laura == 3:Onda points me to the very bill I'm disputing,|{shot == 4:Onda copies out my account number in public,|My complaint gets no answer,}}} an Onda salesman puts my contract on display in the comments, and a stranger reposts my address. Well done on data protection, @OndaMobile. I'm reporting this to the CNIL. \#GDPR
}
# post: p6
# from: hugo
# on: forum
# thread: Can shop staff see our whole account?
# rank: Member
# after: 2m
# kind: question
# mood: worried
# facts: product=customer account
# deadline: 25m
# hint: A legitimate question about the rules, asked in public. Can you answer it without talking about the customer's account?
{~Serious question: in the shops, can Onda staff see our whole account? Calls, address, everything? Because what I'm reading under your latest post is chilling.|Genuine question: can an Onda salesperson in a shop see everything on our account? Our calls, our address, everything? What I'm reading under your latest post is chilling.}
- (open)
* {laura <= 2 && not laura2_done} [{~{laura_first}, you have every reason to be shocked, and we are truly sorry. We are removing every message on our page that exposes your information, and the person responsible for data protection at Onda will contact you directly. If you feel threatened, you can report it to the police: we are keeping all the evidence. And after-sales is checking those {price} of calls.|{laura_first}, what you are going through is shocking, and we are truly sorry. Every message on our page that exposes your information is being removed, and the person in charge of data protection at Onda will contact you directly. If you feel threatened, please do report it to the police: we are keeping all the evidence. As for the {price} of calls, after-sales is checking them.} #post: p5 #action: dm #tone: empathetic #judgement: best #intents: apologise, explain #why: A sincere apology for what she is going through, concrete action, safety advice, and not one word that gives a legal characterisation of the facts: exactly the line between empathy and admission.]
  ~ laura2_done = true
  ~ trust += 2
  { not legal_alerted:
    ~ legal_alerted = true
    ~ legal_late = true
  }
  -> open
* {laura <= 2 && not laura2_done} [{laura_first}, we acknowledge a breach of your personal data for which Onda is entirely responsible. You will be compensated, and the salesperson will be disciplined. #post: p5 #action: dm #tone: empathetic #judgement: bad #breaks: no-promise, no-blame #intents: apologise, promise #why: Sincere, but it's a written legal admission, a promise of compensation and a colleague thrown under the bus: three decisions that belonged to legal, HR and management, not the desk.]
  ~ laura2_done = true
  ~ liability = true
  ~ trust += 1
  -> open
* {laura <= 2 && not laura2_done} [We understand, but you published your bill in the first place: we cannot be held responsible for it being shared. #post: p5 #action: dm #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Blaming the customer, when an employee published information she hadn't shown: it's untrue, it's hurtful, and it's the screenshot she'll post next.]
  ~ laura2_done = true
  ~ trust -= 2
  ~ heat += 2
  -> open
* {laura <= 2 && not laura2_done} [Hand the {price} dispute over to after-sales and tell her an adviser will call her back. #post: p5 #action: escalate #to: after-sales #judgement: poor #intents: escalate #why: Her bill will be checked, but she is talking to you about fear and her address being passed around: answering about the bill misses the point.]
  ~ laura2_done = true
  -> open
* {laura <= 2 && not laura2_done} [Ignore #post: p5 #action: ignore #judgement: bad #why: A customer who says she's afraid for her daughter, and no answer: she'll look for help elsewhere, in public, and she'll be right to.]
  ~ laura2_done = true
  ~ trust -= 2
  ~ heat += 2
  -> open
* {laura > 2 && not laura2_done} [{~{laura_first}, your concern is legitimate and we are truly sorry. We are removing everything on our page that exposes your information, and the person responsible for data protection at Onda will write to you privately today.|{laura_first}, you are right to be worried, and we are truly sorry. Everything on our page that exposes your information is being removed, and the person in charge of data protection at Onda will write to you privately today.} #post: p5 #action: reply #tone: empathetic #judgement: best #intents: apologise, explain, move-to-dm #why: In public, what matters and nothing more: an apology, what has been done, what happens next. No account details, no legal language.]
  ~ laura2_done = true
  ~ trust += 1
  ~ heat -= 1
  { not legal_alerted:
    ~ legal_alerted = true
    ~ legal_late = true
  }
  -> open
* {laura > 2 && not laura2_done} [Hand over to legal: the customer says she is reporting this to the CNIL. #post: p5 #action: escalate #to: legal #judgement: good #intents: escalate #why: Legal must have this, without delay. But her public post, read by her followers and ours, is left without any answer.]
  ~ laura2_done = true
  { not legal_alerted:
    ~ legal_alerted = true
    ~ legal_late = true
  }
  -> open
* {laura > 2 && not laura2_done} [May we remind you that you posted the screenshot on our page yourself. #post: p5 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: correct #why: Reminding the victim, in public, that she started it, when an employee and a troll did far worse: that's the line privacy accounts will pass around.]
  ~ laura2_done = true
  ~ trust -= 2
  ~ heat += 2
  -> open
* {laura > 2 && not laura2_done} [{laura_first}, we acknowledge a serious breach of your data. You will be compensated. #post: p5 #action: reply #tone: empathetic #judgement: bad #breaks: no-promise #intents: apologise, promise #why: A legal admission and a promise of compensation, published for all to see: legal loses all room to manoeuvre, and every customer exposed tomorrow will ask for the same.]
  ~ laura2_done = true
  ~ liability = true
  -> open
* {laura > 2 && not laura2_done} [Ignore #post: p5 #action: ignore #judgement: bad #why: A customer announcing a complaint to the regulator, in public, and no reaction: the silence becomes proof that the brand doesn't take the matter seriously.]
  ~ laura2_done = true
  ~ heat += 2
  -> open
* {not hugo_done} [{~Hello Hugo, that is a fair question. Our advisers only access an account to deal with a request from the customer themselves, and that information must never be made public. We don't comment on individual cases here, but the situation you mention is being taken very seriously.|Hello Hugo, your question is a fair one. An adviser only opens an account to deal with a request from that customer, and the information in it must never be made public. We don't comment on individual cases here, but the situation you describe is being taken very seriously.} #post: p6 #action: reply #tone: empathetic #judgement: best #intents: explain #why: The rule, clearly, in public, for every customer wondering the same thing, without a word about the customer's account.]
  ~ hugo_done = true
  ~ heat -= 1
  -> open
* {not hugo_done} [Reply to Hugo privately to explain the rules on access to accounts. #post: p6 #action: dm #tone: empathetic #judgement: good #intents: explain #why: Hugo is reassured, but the forum thread has no answer, and neither does everyone who felt the same worry reading your page.]
  ~ hugo_done = true
  -> open
* {not hugo_done} [Protecting your data is our absolute priority. #post: p6 #action: reply #tone: neutral #judgement: poor #intents: explain #why: The stock phrase under every incident: it doesn't answer the question, and it rings hollow on the very day an account was exposed.]
  ~ hugo_done = true
  ~ heat += 1
  -> open
* {not hugo_done} [Hello Hugo, in this particular case the salesperson accessed {laura_name}'s account without a valid reason. It was an individual error. #post: p6 #action: reply #tone: neutral #judgement: bad #breaks: no-blame, no-confidential #intents: explain #why: Naming the customer, accusing the colleague and disclosing the internal investigation on a public forum: three pieces of information that had no business there.]
  ~ hugo_done = true
  ~ blamed = true
  ~ heat += 2
  -> open
* {not hugo_done} [Ignore #post: p6 #action: ignore #judgement: poor #why: A legitimate worry left unanswered: on a forum, the gap quickly fills with guesses, often worse than the truth.]
  ~ hugo_done = true
  ~ heat += 1
  -> open
* -> fourth_wave

=== fourth_wave ===
{shuffle:
- -> sandra_post -> thea_post ->
- -> thea_post -> sandra_post ->
}
- (open)
* {not sandra_done} [{~Thank you, Sandra, for your kind message. We don't comment on individual situations here, but we will pass your words on to the shop team.|Thank you, Sandra, for your warm words. We don't comment on individual cases here, but we will pass your message on to the team at the shop.} #post: p7 #action: reply #tone: empathetic #judgement: best #intents: thank #why: Thanking a loyal customer without judging anyone: no public disowning of the salesperson, and no absolution for a mistake the DPO is looking into.]
  ~ sandra_done = true
  -> open
* {not sandra_done} [Like Sandra's comment. #post: p7 #action: like #judgement: poor #intents: thank #why: A like from the official account under "he wanted to help, that's all" reads as absolution: the customer and Théa will see a brand playing it down.]
  ~ sandra_done = true
  ~ heat += 1
  -> open
* {not sandra_done} [Thank you, Sandra, but {kevin_first} committed serious misconduct by publishing that account, and he will answer for it. #post: p7 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: correct #why: Blaming a colleague in public to look firm: the salesperson is humiliated, his loyal customers turn on the brand, and the incident becomes a soap opera.]
  ~ sandra_done = true
  ~ blamed = true
  ~ heat += 2
  -> open
* {not sandra_done} [Thank you, Sandra! {kevin_first} was right to want to help, he did nothing wrong 😊 #post: p7 #action: reply #tone: empathetic #judgement: poor #intents: thank #why: Declaring in public that exposing a customer's contract was "nothing wrong" contradicts the charter and the DPO on the very same day.]
  ~ sandra_done = true
  ~ heat += 2
  -> open
* {not sandra_done} [Ignore #post: p7 #action: ignore #judgement: good #why: You're under no obligation to reply: not commenting on an individual case is a tenable position. A neutral thank-you would still have reassured a loyal customer.]
  ~ sandra_done = true
  -> open
* {legal_alerted && not thea_done} [{~Hello Théa, thank you for your vigilance. The content concerned has been removed from our page to protect the customer, and the matter is in the hands of our data-protection officer. We don't comment on individual cases in public.|Hello Théa, thank you for raising this. To protect the customer, the content concerned has been removed from our page, and our data-protection officer is handling the matter. We don't comment on individual cases in public.} #post: p8 #action: reply #tone: neutral #judgement: best #intents: thank, explain #why: An accurate, public, sober reply: what has been done, who is handling it, and nothing that belongs to the DPO. Théa's 8,700 followers see a company that knows what it's doing.]
  ~ thea_done = true
  ~ heat -= 1
  -> open
* {not legal_alerted && not thea_done} [{~Hand the whole incident over to legal, for the DPO (screenshots kept), and tell Théa that the matter is in the hands of our data-protection officer.|Refer the whole incident to legal, for the DPO (screenshots kept), then reply to Théa that our data-protection officer has the matter in hand.} #post: p8 #action: escalate #to: legal #judgement: best #intents: escalate, explain #why: Théa's question exposes the gap: the DPO knew nothing until now. You finally bring her in, and can then answer accurately.]
  ~ thea_done = true
  ~ legal_alerted = true
  ~ legal_late = true
  -> open
* {not thea_done} [This is not a data incident: the customer had published her own information. #post: p8 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #intents: correct #why: Untrue, since the salesperson published what the customer had not shown, and accusatory towards her: a specialist will take it apart in one thread.]
  ~ thea_done = true
  ~ heat += 2
  -> open
* {not thea_done} [Yes, it is a data breach, and we will notify the CNIL within 72 hours. #post: p8 #action: reply #tone: neutral #judgement: bad #breaks: no-confidential, no-promise #intents: explain, promise #why: Giving the facts a legal label and announcing a decision only the DPO can take: it looks candid, but it commits the company in place of the people whose job it is.]
  ~ thea_done = true
  ~ liability = true
  -> open
* {not thea_done} [We do not comment on this matter. #post: p8 #action: reply #tone: defensive #judgement: poor #intents: refuse #why: Refusing to answer a simple, legitimate question in front of 8,700 people: the silence is read as an admission of negligence.]
  ~ thea_done = true
  ~ heat += 1
  -> open
* {not thea_done} [Ignore #post: p8 #action: ignore #judgement: poor #why: The question stays up unanswered and other accounts pick it up: "Onda doesn't know whether its DPO has been told".]
  ~ thea_done = true
  ~ heat += 2
  -> open
* -> closing

=== sandra_post ===
# post: p7
# from: sandra
# on: comments
# in: p2
# after: 3m
# kind: praise
# mood: enthusiastic
# facts: place=at the shop in {shop}
# deadline: 25m
# hint: Sincere support for a colleague, in the middle of an incident. Can you say thank you without passing judgement either way?
{~Stop having a go at {kevin_first} from {shop}, he's the most helpful salesman I know! He wanted to help, that's all. Well done {kevin_first} 💪|Leave {kevin_first} alone! At the {shop} shop he's the most helpful salesman I know. He wanted to help, that's all. Well done {kevin_first} 💪}
->->

=== thea_post ===
# post: p8
# from: thea
# on: microblog
# after: {thea_wait}
# kind: question
# mood: neutral
# facts: product=plan
# deadline: 20m
# hint: An expert is publicly asking the right question. What can you state today, and what belongs to the DPO alone?
{~An @OndaMobile salesperson posting a customer's plan and call details in a comment: to me, that's a data incident, with notification to the CNIL within 72 hours if there's a risk. Simple question: has Onda told its DPO?|An @OndaMobile salesperson putting a customer's plan and calls on display in a comment: that's a data incident, to be notified to the CNIL within 72 hours if there's a risk. One question: has Onda's DPO been told?} \#GDPR
->->

=== closing ===
{ legal_alerted && trust >= 2 && not leaked:
  -> laura_calm
- else:
  -> laura_upset
}

=== laura_calm ===
# post: p9
# from: laura
# on: dm
# after: 8m
# kind: praise
# mood: neutral
# facts: product=plan
# deadline: 30m
# hint: The story ends better than it began. What should you say, and above all where?
Ms Achour, your data-protection officer, called me. She explained what had been done. And after-sales has cancelled the {price}: premium-rate call fraud, apparently. Thank you for acting quickly. I'm still shocked by that salesman, but at least someone listened to me.
* [{~Thank you for letting us know, {laura_first}. We are relieved the {price} has been cancelled, and sorry once again for what you went through this afternoon. If anything still worries you, we are here.|Thank you very much for your message, {laura_first}. We are relieved the {price} has been cancelled, and sorry again for such a difficult afternoon. If anything still worries you, just write to us: we are here.} #post: p9 #action: dm #tone: empathetic #judgement: best #intents: thank, apologise #why: One last simple message, in private, acknowledging what she went through without reopening the file: trust is mended where it was damaged.]
  ~ trust += 1
  -> ending
* [Pass her feedback on to the DPO and legal for their file. #post: p9 #action: escalate #to: legal #judgement: good #intents: escalate #why: Useful for the incident file, but what the customer was really waiting for was a human word back.]
  -> ending
* [To make it up to you, here is a €20 voucher to use in any of our shops! #post: p9 #action: dm #tone: empathetic #judgement: poor #breaks: no-promise #intents: apologise, promise #why: A gesture nobody approved, offered in a case the DPO is following: it looks like buying silence.]
  -> ending
* [Post under our page: "Thank you {laura_name}, delighted your {price} dispute is settled!" #post: p9 #action: reply #tone: empathetic #judgement: bad #breaks: no-personal-data #intents: thank #why: Putting her name and her dispute back in public, at the end of a day spent taking them down: the very mistake the whole afternoon was trying to repair.]
  ~ leaked = true
  -> ending
* [Ignore #post: p9 #action: ignore #judgement: poor #why: A customer who takes the time to say thank you after a day like this, and no reply: the relationship ends in silence.]
  -> ending

=== laura_upset ===
# post: p9
# from: laura
# on: dm
# after: 8m
# kind: complaint
# mood: furious
# deadline: 15m
# hint: This is no longer just about image: a person feels threatened. Who needs to know right now?
Ten minutes ago, a withheld number: "So, moaning about Onda, are we?". My address went round on your page. {legal_alerted:I was told someone from your company would call me, and I've still heard nothing.|Nobody from your company has called me back.} I'm going to the police, and I'm reporting this to the CNIL.
* [{~Hand over to legal and the DPO as an emergency: the customer received a threatening anonymous call after her address was shared. And message her privately that the person responsible for data protection will call her today, and that she is right to report it.|Alert legal and the DPO urgently: since her address was shared, the customer has received a threatening anonymous call. Then message her privately that she is right to report it and that the person in charge of data protection will call her today.} #post: p9 #action: escalate #to: legal #judgement: best #intents: escalate, explain #why: A real threat against a customer comes before anything else: legal and the DPO must act today, and the customer knows you're supporting her complaint rather than defending yourselves against it.]
  { not legal_alerted:
    ~ legal_alerted = true
    ~ legal_late = true
  }
  -> ending
* [{laura_first}, we are deeply sorry. You are right to report it, and we are keeping all the evidence that may help you. #post: p9 #action: dm #tone: empathetic #judgement: good #intents: apologise #why: The tone is right and the support genuine, but nobody inside the company has been told about the threat: words aren't enough when a customer is afraid.]
  -> ending
* [We cannot be held responsible for the actions of third parties. #post: p9 #action: dm #tone: defensive #judgement: bad #breaks: no-blame #intents: refuse #why: Hiding behind "third parties" in front of a customer threatened at home: that's the sentence that will end up in her complaint and in the press.]
  ~ heat += 2
  -> ending
* [Onda will cover all the costs of your complaint and compensate you. #post: p9 #action: dm #tone: empathetic #judgement: poor #breaks: no-promise #intents: promise #why: Generous, but it's a legal and financial commitment made alone, in a case that may end up before the regulator.]
  ~ liability = true
  -> ending
* [Ignore #post: p9 #action: ignore #judgement: bad #why: A threatened customer writes to you, and gets no answer: the data incident becomes a safety matter from which Onda was absent.]
  ~ heat += 3
  -> ending

=== ending ===
{
- leaked || blamed || exposed >= 2 || heat >= 8:
  -> end_scandal
- exposed == 0 && shot == 1 && kevin == 1 && legal_alerted && not liability && trust >= 2 && heat <= 4:
  -> end_contained
- else:
  -> end_scars
}

=== end_contained ===
# end: data-contained
# after: 2m
5 pm, the committee breaks up. Everything exposing {laura_first} has gone from the page, {legal_late:a little late for legal, who were still able to open the file within the deadline|legal and the DPO had the incident in hand from the start}, and the customer was listened to rather than silenced. Nobody wrote "breach" or promised compensation in place of the people whose job that is, and {kevin_first} will be seen internally, without having been thrown to the crowd. Your manager reads back through the thread and writes: "That's exactly what we expect from a senior."
-> END

=== end_scars ===
# end: contained-with-scars
# after: 2m
5 pm. The incident is under control, but it leaves marks. {exposed > 0:Content exposing {laura_first} stayed visible for longer than it should have. |{shot == 2:The screenshot {laura_first} had posted stayed visible until she read your advice and took it down herself. }{kevin == 2:The reply from {kevin_first} stayed up while legal had it taken down, when one click would have done it. }}{not legal_alerted:Legal hears about it from your manager, long after the event: the 72-hour clock started without them. }{legal_late && legal_alerted:The DPO was told late, by way of an angry customer or a public question. }{censored:Along with her data, {laura_first}'s complaint was hidden: she calls it censorship. }{liability:Commitments made in the tone of an apology leave legal to claw back what was written. }{trust < 3:{laura_first} is left feeling she was treated as a problem to be made to disappear. }Nothing that can't be repaired, but the debrief shows where protection fell behind communication.
-> END

=== end_scandal ===
# end: privacy-scandal
# after: 2m
The evening gets off to a bad start. {leaked:Onda's official account itself published or endorsed {laura_first}'s data. |}{blamed:A colleague or the customer was blamed in public, and that is now the main story. |}{censored:Her hidden complaint is doing the rounds as a screenshot headed "Onda censors its customers". |}{exposed >= 2:Her address and contract stayed visible under your page for much of the afternoon. |}Théa publishes a long thread about "the operator that exposes its customers", picked up by specialist accounts, and management has to prepare a statement with legal. You are taken off the social desk for the week while things are reviewed.
-> END
