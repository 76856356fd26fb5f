/**
 * The community's voice (issue #16): what members write under a post, by situation. A line is chosen by
 * the post's **topic** (from its kind), the **phase** of the thread (has the brand answered, and how), and
 * the commenter's **stance**; a brand reply that broke the charter has lines of its own, by breach kind.
 *
 * Placeholders a line may use: {author} (the first name of the post's author), {brand} (the brand's name).
 * A line may carry flags that the tests read (tests/unit/sim/voice.test.ts): what it does to the brand.
 */

/** What the post is about, from its kind. */
export type Topic =
  | 'grievance' // complaint: something went wrong for the author
  | 'question' // question or request: the author asks for information or help
  | 'praise' // praise: the author is happy with the brand
  | 'abuse' // abuse or spam: an insulting, trolling or spam post
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
export type Flag = 'thanks' | 'praise' | 'blames-brand' | 'backs-author' | 'attacks-author' | 'awaits-answer';

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
 * - `calm`: anyone answering a troll ("Not helpful, {name}"), never taking the troll's side.
 */
export type Move = 'agree' | 'defend' | 'doubt' | 'calm';

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
