/**
 * The community's voice (issue #16): what members write under a post, by situation. A line is chosen by
 * the post's **topic** (from its kind), the **phase** of the thread (has the brand answered, and how), and
 * the commenter's **stance**; a brand reply that broke the charter has lines of its own, by breach kind.
 *
 * Placeholders a line may use: {author} (the first name of the post's author), {brand} (the brand's name),
 * {target} (under an attack on a member: the first name of the member attacked), the post's facts
 * ({product}, {place}, {delay}, {price}, {event}), in answers to members, {name}, and once the brand has
 * answered in public (or its private words went round as a screenshot), {quote}: a few of its words.
 * A line carries flags: what it does (read by the tests' table of contradictions) and who may say it
 * (read by the choice of lines, src/sim/voice.ts `fits`).
 */

/** What the post is about, from its kind. */
export type Topic =
  | 'grievance' // complaint: something went wrong for the author
  | 'question' // question or request: the author asks for information or help
  | 'praise' // praise: the author is happy with the brand
  | 'abuse' // abuse: an insulting or trolling post aimed at the brand or its staff
  | 'harassment' // abuse aimed at a member of the community ({target}), not at the brand (set by the session, which knows who is named)
  | 'spam' // spam: a scam link, a fake giveaway, bought followers
  | 'rumour' // rumour: false or unverified information about the brand circulates
  | 'news' // info: news, an announcement, an event (the brand's or the author's)
  | 'exposure'; // personal-data: the author exposes someone's personal data

/**
 * Where the thread stands:
 * - `before`: the brand has not answered yet;
 * - `private`: the brand answered the author in a private message or handed the case over: the public sees no reply;
 * - `good`: the brand answered in public, well (warm, useful, within the charter);
 * - `poor`: the brand answered in public, badly but without a charter breach (stiff, defensive, off the point).
 */
export type Phase = 'before' | 'private' | 'good' | 'poor';

/**
 * Who speaks:
 * - `supporter`: likes the brand, gives it the benefit of the doubt;
 * - `peer`: an ordinary member: shares their own experience, asks a question, makes a small joke;
 * - `critic`: dislikes the brand, sceptical or angry;
 * - `troll`: provocative, mocking, off-topic (never a slur; nothing a moderator would have to remove at once);
 * - `press`: a journalist or a creator with an audience, looking for a story.
 */
export type Stance = 'supporter' | 'peer' | 'critic' | 'troll' | 'press';

/**
 * What a line does, for the tests' table of contradictions:
 * - `thanks`: thanks the brand for its answer;
 * - `praise`: praises the brand, its service or its products;
 * - `blames-brand`: reproaches the brand;
 * - `backs-author`: sides with the post's author;
 * - `attacks-author`: mocks or attacks the post's author;
 * - `awaits-answer`: says or supposes that the brand has not answered yet ("they'll probably answer").
 */
export type Flag =
  | 'thanks'
  | 'praise'
  | 'blames-brand'
  | 'backs-author'
  | 'attacks-author'
  | 'awaits-answer'
  // who may say it (src/sim/voice.ts `fits`; the members' state comes from src/sim/people.ts):
  | 'customer' // says they have the brand's product or service ("mine's been fine for years"): customers only
  | 'same-here' // says they have the same problem as the author: customers hit by it only
  | 'unaffected' // says theirs works fine: customers not hit by the problem only
  | 'author-hit' // takes it that the author has the product and the problem: under a complaint only, not a question
  | 'told-you' // refers back to what the speaker said earlier ("told you"): only someone who spoke earlier in the thread
  | 'to-staff' // stands up for the brand's staff as the ones attacked: never under an attack on a member
  | 'backs-target' // sides with the member an attack is aimed at: not when that member is a troll
  | 'of-problem' // speaks of a problem or a request to be dealt with ("won't get it fixed faster", "asked for help"): only under a complaint or a question
  | 'rule-change' // takes the brand's decision for a change of rules, terms or hours ("the old rules", "since when?"): only when the post speaks of one
  | 'in-public' // says the brand's words were posted in public ("still up?", "on the official account"): not under a private message's screenshot
  | 'announcement' // takes the post for an announcement (an event, an opening, a launch: "see you there", "what time?"): only under news that announces one
  | 'to-author' // speaks to the post's author without naming them: never in an answer to the brand
  | 'journalist' // a journalist's line (asks for a statement, a confirmation, a source): journalists only
  | 'creator' // a creator's line (speaks to their audience, their videos): creators (influencers) only
  | 'casual' // slang, lowercase, "mdr", "lol": never from the 51+
  | 'formal' // « Bonjour », vous, full sentences: never from the 15–25
  // what a line is about, for the table of contradictions:
  | 'notices-removal' // notices that the brand removed a post (fair criticism): only after it did
  | 'thanks-mods' // thanks the moderators for removing a post: only after the brand removed abuse, spam or exposed data
  | 'by-author' // the post's author speaking in their own thread (src/sim/voices/author.ts)
  // what a line takes the post or the reply to be about (src/sim/scene.ts reads it once per post):
  | 'money-promise' // takes the reply for a promise of money or a favour (a refund, a credit, "the same deal"): only when it promised one
  | 'date-promise' // takes the reply for a promise of a time ("by Friday", "before 3 am"): only when it promised one
  | 'online' // takes the outage for one of the internet, an app or a website (wifi, router, working online): not a landline's
  | 'landline' // takes the outage for a phone line's (no dial tone, calling for help): only a landline's
  | 'billing' // takes the price matter for a wrong charge or a refund: not a price found too high
  | 'cost' // takes the price matter for a price found too high or a rise: not a wrong charge
  | 'food' // speaks of food (allergens, batches, labels, a reaction): only a food brand's safety scare
  | 'recall' // speaks of a recall notice: only when the post speaks of a recall
  | 'scare' // takes a rumour for a danger or a defect of the product ("keeping mine", "binning it"): only such a rumour
  | 'of-product' // speaks of buying or owning the thing praised: only under praise of a product
  | 'of-work' // speaks of the author's own work (a sketch, fan art, a guide): only under praise that shares one
  | 'of-service' // speaks of being served by the brand (its customer service, its staff): not under praise of the author's own work
  | 'unresolved' // the author takes the problem for still open ("when will it be sorted?"): not after a reply that says it is solved
  | 'suggests-contact' // suggests a way to reach the brand (call them, the chat, the contact form): not when the post says the author tried one
  | 'light' // takes the matter lightly ("bad luck", "must be a bug", "oof"): never under a health or safety matter
  | 'gift' // supposes the author got something for free ("can I get one too?"): only when the post speaks of a gift
  | 'breakdown' // takes the matter for a product that broke or failed ("mine works fine", "repairs", "what do I do with mine now?"): not under a sold-out drop, a late parcel, a bill or a rule, nor a rumour that is no scare, nor someone's own work
  | 'moderation' // takes a decision of the brand's for moderation ("deleting critical comments"): only when the post speaks of a removal
  | 'to-experience' // answers what someone said of their own product ("lucky you", "wait till it happens to you"): only a comment that spoke of one
  | 'login' // takes the spam for phishing that asks for a login or a password: only such spam
  | 'giveaway' // takes the spam for a fake giveaway or freebie ("real giveaways come from the official account"): only such spam
  | 'insult' // takes an attack for insults or rudeness ("no need to insult the staff"): not under a threat (a bomb, violence)
  | 'threat' // takes an attack for a threat of violence ("have the police been told?"): only under one
  | 'staff' // about a staff member the reply spoke of ("hope the colleague is okay"): not under a leaked figure or date
  | 'named' // about a name the reply gave out ("don't spread the name"): only when it named someone
  | 'canned'; // takes the reply for a template ("a template. Great."): not for one that broke a rule in its own words

/** A line of text, or a line with its flags. */
export type Line = string | readonly [string, ...Flag[]];

export type Cells = Record<Stance, readonly Line[]>;

/** One topic's lines, per phase and stance, in one language. */
export type TopicVoice = Record<Phase, Cells>;

/** The charter breaches whose screenshot the community reacts to, `other` for the rest. */
export type BreachTopic = 'aggression' | 'blame' | 'promise' | 'personal-data' | 'confidential' | 'competitor' | 'politics' | 'other';

/** Reactions to the screenshot of a brand reply that broke the charter, per breach kind and stance, in one language. */
export type BreachVoice = Record<BreachTopic, Cells>;

/**
 * How a member answers another member's comment:
 * - `agree`: same side ("So true, {name}");
 * - `defend`: a supporter answering a critic ("Give them a chance, {name}"), without praising a service nobody has seen yet;
 * - `doubt`: a critic answering a supporter ("Wait till it happens to you, {name}");
 * - `calm`: anyone answering a troll or someone who mocks the author ("Not helpful, {name}"), never taking the troll's side;
 * - `answer`: anyone but a troll answering an ordinary member's question ("Good question, {name}, following"), without inventing the answer.
 */
export type Move = 'agree' | 'defend' | 'doubt' | 'calm' | 'answer';

/** Answers to another member's comment, by move, in one language; {name} is the first name of the member answered. */
export type RejoinderVoice = Record<Move, readonly Line[]>;

/**
 * What a complaint or a question is about, when the story says so (`# subject:`): lines for the time
 * before the brand answers that fit the matter, beside the topic's general ones.
 * - `defect`: a product broke or does not work as it should;
 * - `delivery`: an order late, lost, damaged or delivered wrong;
 * - `stock`: sold out, a drop, a queue, availability, a restock;
 * - `service`: customer service slow, unreachable or unhelpful; a wait for an answer;
 * - `price`: a price, a fee, a bill, a refund, a charge;
 * - `outage`: a service down or degraded (network, app, website, servers);
 * - `game`: a video game's balance, patch, bugs or servers, among players;
 * - `safety`: health, an allergy, a danger, a recall;
 * - `policy`: a rule, a decision or a change the brand made (hours, terms, a contest's rules, moderation).
 */
export type Subject = 'defect' | 'delivery' | 'stock' | 'service' | 'price' | 'outage' | 'game' | 'safety' | 'policy';

/** Lines before the brand answers, per subject and stance (the press keeps the topic's lines), in one language. */
export type SubjectVoice = Record<Subject, Record<'supporter' | 'peer' | 'critic' | 'troll', readonly Line[]>>;

/**
 * What people say when the brand takes a post down, under another thread of the brand (the post itself is
 * out of the public's sight); {author} is the first name of the removed post's author:
 * - `censored`: fair criticism (a complaint, a question, a rumour, good news) hidden, deleted or its author banned: people notice, screenshot, ask why;
 * - `cleared`: abuse, spam or exposed personal data taken down: people thank the moderators.
 */
export type Removal = 'censored' | 'cleared';

/** Lines about a removal, per kind and stance, in one language. */
export type RemovalVoice = Record<Removal, Cells>;

/**
 * The post's author speaking in their own thread:
 * - `thanks`: after a good public answer (thanks, the next step: "DM sent");
 * - `insist`: after a poor public answer (that does not answer, insists);
 * - `outraged`: after a public answer that broke the charter;
 * - `promised`: after a public promise the charter did not allow (a refund, a date): pleased, and holding the brand to it;
 * - `update`: after a private message or a hand-over ("they've messaged me");
 * - `bump`: unanswered past the brand's target ("still nothing?");
 * - `retort`: to a member who mocks or attacks them.
 */
export type AuthorMove = 'thanks' | 'promised' | 'insist' | 'outraged' | 'update' | 'bump' | 'retort';

/** Which author: someone with a grievance or a question, someone praising or sharing news, someone passing on a rumour. */
export type AuthorTopic = 'fair' | 'praise' | 'rumour';

/** The author's lines, per kind of post and move (praise has no bump), in one language. */
export type AuthorVoice = Record<AuthorTopic, Partial<Record<AuthorMove, readonly Line[]>>>;

/**
 * Lines in the register of the 15–25 of a casual community (flagged `casual`) and of the 51+ (flagged
 * `formal`), added to the cells of the topics and subjects (src/sim/voice.ts); the choice of lines
 * prefers them for those speakers.
 */
export interface RegisterVoice {
  topics: Partial<Record<Topic, Partial<Record<Phase, Partial<Cells>>>>>;
  subjects: Partial<Record<Subject, Partial<Record<'supporter' | 'peer' | 'critic' | 'troll', readonly Line[]>>>>;
}
