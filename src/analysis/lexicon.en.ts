/**
 * English lexicon (folded: lowercase, straight apostrophes).
 * Includes Gen-Z slang (lol, ngl, tbh, fr fr, lowkey, bruh, skill issue...).
 */
import type { Lexicon } from './lexicon';

const DAYS = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const WHEN = `(by |on |before |within |in |until )?(tomorrow|tonight|today|this (afternoon|evening|weekend)|${DAYS}|next (week|${DAYS})|this week|the end of (the )?(day|week|month)|end of (the )?(day|week|month)|eod|\\d+ ?(hours?|hrs?|h|days?|business days?|working days?)|(24|48|72) ?h(ours)?|the \\d{1,2}(st|nd|rd|th)?\\b)`;
const MONTHS = '(january|february|march|april|may|june|july|august|september|october|november|december)';
const WE = "(we'll|we will|i'll|i will|we're going to|we are going to|i'm going to|i am going to|we're gonna|i'm gonna)";

export const EN: Lexicon = {
  greet: ['hello', 'hi', 'hey', 'hiya', 'heya', 'howdy', 'good (morning|afternoon|evening)', 'dear', 'greetings', 'yo', 'sup', 'welcome'],
  apologise: ['sorry', 'so sorry', 'apologi[sz](e|es|ed|ing)', '(our |my |sincere |deepest )?apologies', 'apology', 'my bad', 'sry', 'srry', '(we|i) (sincerely |deeply |truly |really )?regret (that|the|any|this)', 'forgive us', "that's on us", 'excuse us'],
  thank: ['thanks?(?! to (the|a|our|this))', 'thank (you|u)', 'thx', 'ty', 'tysm', 'tyvm', 'appreciate(d)?', 'grateful', 'cheers', 'many thanks'],
  empathy: [
    '(i|we) (completely |totally |really |fully |absolutely )?(understand|get it|get that|hear you|see why|can imagine|feel you)', '(totally|completely|very) understandable',
    "(that's|that is|this is|must be|sounds|it's|it is|that sounds|must have been) (so |really |very |incredibly |super |understandably |truly )?(frustrating|annoying|disappointing|stressful|upsetting|a pain|rough|awful|worrying|scary|infuriating)",
    'your (frustration|disappointment|concern|anger|annoyance)s?', '(happy|glad|here|delighted|keen) to help', "we're here (for you|to help)", '(so |really )?(glad|happy|thrilled|delighted|stoked) (to hear|you|that)',
    'no worries', 'no problem', "don't worry", 'take care', 'hang in there', "we've got you", 'got you covered', 'love (this|that|to hear|it)', 'means a lot', 'awesome', 'amazing',
    'congrat(s|ulations) on', 'you(\'re| are) (absolutely |totally )?right', 'fair point', 'makes (total )?sense', 'we feel (your|the same)', 'hope (this|that|you|it)', 'fingers crossed',
    'enjoy', 'welcome to the (family|club|crew)',
    'sorry to hear', 'not the experience we want', 'we know how (important|frustrating|annoying)', '(i|we) can see why', "(i'd|i would|we'd) be (annoyed|upset|frustrated|gutted) too", 'what a pain', 'ugh', 'we feel you', 'we hear you',
    "(that's|that is) what (we're|we are|i'm) here for", 'hope (the|your)',
  ],
  warmEmoji: ['🙏', '😊', '☺', '🙂', '❤', '💙', '💚', '💜', '🧡', '🤗', '😍', '🥰', '😢', '😔', '🥲', '👍', '💪', '✨', '🎉', '<3'],
  explain: [
    'because', "'cause", 'due to', 'caused by', 'the reason', 'this (happens|is because|is due|means|occurs)', "(that's|that is|it's|it is) because", 'which means', "here's (why|how|what)",
    '(it|this|the [a-z]+) (works|is designed|is built)', 'the way it works', 'as a result', '(deliveries|delivery|shipping|processing|repairs?|refunds?) (usually |typically |normally |currently )?(takes?|times? (are|is))',
    '(usually|typically|normally) (takes|happens|means)', 'to explain', 'in other words', 'what happened (is|was)', 'the issue (is|was) (that|caused|linked)', 'linked to', 'related to', 'fyi',
    'given that', 'this is why', "that's why",
  ],
  askDetails: [
    '(could|can|would) (you|u) (please )?(tell|share|send|give|confirm|describe|let us know|provide|dm|message|check|clarify|explain|show)', '(please )?(let us know|tell us|share) (which|what|when|where|how|more|your|if)',
    '(which|what) (model|version|store|size|plan|browser|device|item|order|colou?r|app|router|bike|shop|address)', 'what (happened|error|time|exactly)', 'when did', '(more|a few|some) (details|info|information)',
    '(a )?(photo|picture|pic|screenshot)s?', '(have|did) you (already )?(tried|try|checked|check|restarted|restart|received|updated)', '(send|dm|message) us (your|the|a|more)', 'do you (have|know|remember|still)', 'is it (the|a|still)',
  ],
  moveToDm: ['dms?', 'direct messages?', 'private messages?', '(in|via|by|over|into|through) (dm|pm|private|direct|our dms|the dms)', '(send|drop|shoot|slide) us a (dm|message|pm|note)', 'pm', 'inbox', 'privately'],
  escalate: [
    "(i've|i have|we've|we have|i|we|i'll|we'll|i will|we will|i'm|we're|just) (passed|passing|pass|forwarded|forwarding|forward|flagged|flagging|flag|escalated|escalating|escalate|shared|share|raised|raise|sent|send|looped|loop)( this| it| your [a-z]+| the [a-z]+)?( straight| directly)? (on |along |up )?(to|with|in)",
    'escalat(ed|ing|e)', "(our|the) (tech|technical|product|support|after-sales|aftersales|customer care|customer service|legal|engineering|repair|logistics|billing|quality|delivery|specialist|network|workshop) (team|department|crew|folks|experts?|people)",
    '(a|an|our) (specialist|technician|expert|engineer|supervisor|manager|mechanic) (will|can|is|who)', 'loop(ing|ed)? in', 'customer (care|service|support)', 'after-sales', 'support team',
  ],
  refuse: [
    "(we|i) (can't|cannot|can not|won't|will not|are unable to|am unable to|aren't able to|are not able to|don't|do not|couldn't) (offer|refund|give|provide|accept|exchange|do|make|process|share|change|cancel|replace|extend|honou?r|comment|disclose|reveal|help with|guarantee|promise|confirm|issue)",
    'unable to', 'not (able|possible)', "isn't possible", "(that's|that is|it's|this is|that isn't|it isn't) not? ?(something we|possible)", 'unfortunately', "we're afraid", 'no longer (available|possible|offer|covered)',
    'outside (of )?(the|our) (warranty|policy|return window|return period)', 'not covered by', "(we|i) (can't|cannot) (do that|make an exception)",
  ],
  promiseIntent: [
    `${WE} (look|get back|check|follow up|keep|update|investigate|make sure|fix|send|reach out|contact|call|be in touch|sort|handle|take care|review|pass|escalate|refund|ensure|dig|have|come back|let you know|do (our|my) best|get this|get it|look into)`,
    'get back to (you|u)', 'keep you (posted|updated|in the loop|informed)', "(i'm|we're|i am|we are) on it", '(i|we) (promise|guarantee)', "you('ll| will) hear (back )?from", 'will be in touch',
    "(i'll|we'll|i will|we will) (personally )?(make sure|see to it)", "let me (check|look|find out|see)",
  ],
  correct: [
    '(just )?to clarify', '(actually|in fact),', "(that's|that is|this is|it's|it is|this isn't|that isn't) not? ?(accurate|correct|true|the case|right)", 'contrary to', 'misinformation',
    '(false|incorrect|inaccurate|misleading|untrue) (information|info|claims?|rumou?rs?|reports?|posts?)', 'rumou?rs?', 'for the record', 'set the record straight', '(small|quick|one) correction',
    'there (is|was|has been|have been) no (recall|link|risk|evidence|data breach|breach|leak)', 'never been (a )?recall', 'fake news', 'myth', 'debunk', 'the facts (are|is)', 'to be clear',
  ],
  defensive: [
    'not our (fault|problem|responsibility|issue|concern)', "(we're|we are|we aren't|we are not|we're not) not? ?(responsible|liable|to blame|at fault)", 'we (can\'t|cannot) be held (responsible|liable)',
    'nothing (we can do|to do with us|wrong with (it|the|our))', "(that's|that is|this is|it's) (just |simply )?not (true|a big deal|that bad|a big issue|our job)", '(i|we) (don\'t|do not) agree', '(i|we) disagree',
    'not my (job|problem|department|fault)', 'idk', 'no idea', "(we|i) never (said|promised|claimed)", '(we|i) did nothing wrong', '(this|that|it) has nothing to do with (us|our)', "that's just how it is",
    "we did everything (right|correctly)", "we've done nothing wrong", 'deal with (the|your) (courier|carrier|bank)',
    "there's no proof", "that's (just )?your opinion", "we've never had (a|any) (complaint|problem|issue)", 'we did our job',
  ],
  defensiveNeg: [
    "(it's|this is|that's|that is|it is) (completely |perfectly |totally |entirely )?normal", '(clearly|already|explicitly) (stated|mentioned|explained|indicated|written)', 'as (stated|mentioned|explained|indicated)',
    'as (we|i) (already )?(said|mentioned|stated|explained|told you)', "(you're|you are|ur) (exaggerating|overreacting|being dramatic)", '(our|the) (terms|t&cs|ts&cs|terms and conditions|terms of service|policy states)',
    '(per|according to|in line with|under) (our|the) (policy|terms)', '(you|you\'ll) (just|simply|only) (need|have) to', "(it's|that's|it was|that was) (just|only) (a|one|a few|two|three) (minor|small|little|day|days|minutes?|hours?)",
    "(the|your|our) (courier|carrier|post office|postal service|manufacturer)('s)? (fault|problem|issue)", "blame (the|our|your) (courier|carrier|post|manufacturer)", '(we|i) always', 'no one else (has|is|complained|had)',
    "(you're|you are) the only (one|customer|person)", '(an )?isolated (case|incident)', "(that's|it's|this is) (how|the way) (it is|it works|things are)", 'bruh', '(obviously|clearly),', 'sigh', '(ok|okay|fine),? whatever',
    'most (customers|users|people) (are|have|love|don\'t)', 'our (products|bikes|routers|plans) are (perfectly )?(fine|safe|reliable)',
    'we followed (the|our) (procedure|process|rules)', "(it was|it's|that was) (clearly |pretty clearly )?(stated|written)", 'it says so',
    "as (we've|i've|we have|i have) (already )?(said|told you|mentioned|explained|stated)",
  ],
  insult: [
    'idiots?', 'stupid', 'moron(s|ic)?', 'dumb(ass)?', 'losers?', 'clowns?', 'pathetic', 'imbeciles?', 'fools?', 'foolish', 'clueless', 'incompetent', 'ignorant', 'jerks?', 'trolls?',
    'karens?', 'crybab(y|ies)', 'snowflakes?', 'whin(er|ers|ing|y)', 'shut up', 'get lost', 'go away', 'piss off', 'screw you', 'f(u|\\*)ck (you|off)', 'wtf', 'dipshit', 'brain-?dead',
    'lame', 'ridiculous', 'absurd', 'laughable', 'cope', 'seethe', 'skill issue', 'touch grass', 'ok boomer', 'git gud', 'bozo', 'ratio', 'nutjob', 'lunatic', 'cry more',
    'get a life', 'grow up', 'you people', 'entitled', 'cry me a river',
  ],
  contempt: [
    '(nobody|no one|who) (really )?cares', '(learn|learned) (how )?to read', "(can't|cannot|can not) you read", '(do|did|can) (you|u) even (read|know|understand)',
    '(if|when) you (were|had) (smart|capable|half a brain)', "(it's|it is|that's|this is) not (rocket science|that hard|complicated)", 'go (buy|shop|complain) (somewhere|elsewhere)',
    "if (you|u) don't like it", '(take|cry about) it', "(you're|you are) (clearly )?wasting (our|my) time", 'deal with it', 'get over it', '(yet )?another (one|whiner|complainer) who',
    '(lol|lmao|haha) (you|u|ur|imagine)', 'imagine (thinking|believing|complaining|being)', '(you|u) (clearly )?(have|got) no (idea|clue)', '(typical|classic) (customer|karen)',
    'what did you expect', "(you're|you are|ur) (clearly |really |so |pretty |just )?(slow|thick|dense|dim)", '(cry|cope|seethe) harder', 'not our problem you', 'stop whining', 'stop crying', 'boo hoo', 'are you (serious|kidding)',
  ],
  sarcasm: [
    'oh (great|wonderful|perfect|brilliant|fantastic|joy|wow|look)', 'another genius', '(what a|real|a true|such a|you|our little|resident) (genius|einstein|sherlock|rocket scientist)',
    '(thanks|thank you),? captain obvious', 'captain obvious', 'congrat(s|ulations),? (you|u) (found|discovered|managed|figured|win)', '(well|gee),? (done|thanks) (genius|einstein|champ)',
    '(sure|yeah),? because', 'yeah,? right', 'slow clap', '(wow|ooh),? (what a|so) (shock|surprise|brilliant|smart)', 'no (way|kidding|shit),? sherlock', 'big brain', 'bravo,? (genius|champ|einstein)',
    'who would have thought', 'nobel prize', 'what a surprise', 'shocker',
    '(you deserve|give (him|her|this one)) a medal', 'gold star', "well aren't you", 'bless your heart', 'thanks for nothing', 'sure thing,? (einstein|genius|champ)',
  ],
  angryEmoji: ['😡', '🤬', '🖕', '💩', '🤡', '🙄', '😠', '😤'],
  mockLaugh: ['lol', 'lmao', 'lmfao', 'rofl', 'xd', '😂', '🤣', '(ha){2,}h?', 'kek'],
  blame: [
    '(you|u) (should|could) have (read|checked|followed|known|looked|charged|ordered|contacted|been|updated|thought|asked)', "(you|u) (should've|could've) (read|checked|followed|known|looked|charged|ordered|updated)",
    '(you|u) (must|might) have (used|installed|plugged|charged|dropped|broken|misused|done|set|missed|forgotten|ignored|read|entered|typed)',
    "(you|u) (obviously|clearly|probably) (used|installed|plugged|charged|dropped|broke|misused|didn't|did not|ignored|forgot|missed|never)", "(you|u) (didn't|did not|never) (read|follow|check|charge|update|bother)",
    '(used|installed|plugged|charged|set up|assembled|stored|washed|entered) (it|them|the [a-z]+|your [a-z]+) (in )?(wrong|wrongly|incorrectly|improperly|badly)', '(misuse|mishandling|user error|operator error)',
    "(your|ur) (own )?(fault|mistake|responsibility)", '(issue|problem|fault|error|mistake) (is|was|lies) (on|at) your (end|side)', '(read|rtfm|try reading) the (manual|instructions|fine print|terms|pinned post|pinned|faq|guide|quick-start guide|post)', 'rtfm',
    '(if|had) you (had )?(read|followed|checked|charged|updated|bothered)', 'the (manual|instructions|guide) (is|are|was|were) (pretty |very |quite |perfectly )?(clear|explicit)', 'you failed to', "that's on you",
    "(it's|that's) (a|an) (user|you) (problem|issue)", 'skill issue', 'pebkac', "(you're|you are) (using|holding|doing|wearing) (it|them) wrong", '(you|u) (need|needed) to (learn|read)',
    '(you|u) forgot to', "(you|u) (didn't|did not) bother", '(you|u) only had to', 'all (you|u) had to do', '(you|u) were supposed to', 'should have been more careful', "(it was|it's) up to you to",
  ],
  politics: [
    'politic(s|al|ian|ians)', 'government', 'trump', 'biden', 'democrats?', 'republicans?', '(left|right)[- ]wing', 'leftists?', 'libs', 'liberals?', 'conservatives?', 'maga', 'woke', 'wokeness',
    'elections?', '(vote|voting) (for|against|red|blue|labou?r|tory)', 'brexit', 'tor(y|ies)', 'immigra(nts?|tion)', 'abortion', 'pro-(life|choice)', 'religio(n|us|ns)', 'god bless', 'pray(ing)? for',
    'jesus', 'allah', 'the church', 'socialis(m|t|ts)', 'communis(m|t|ts)', 'capitalism', 'gun (control|rights)', 'the left', 'the right(?! (size|one|model|place|way|to|thing|person|team|answer|moment|time))',
    '(personally|honestly),? i (think|believe|feel)', '(if it were|if it was) up to me', 'my personal (opinion|view|take)', 'in my personal opinion', "(i|we) (support|stand with|oppose) (the )?(strike|protest|government|party|candidate|union)",
    "(our ceo|the ceo|management|the bosses|our bosses|the board|higher-ups)[a-z' ]{0,25}(mistake|wrong|clueless|idiots|greedy|out of touch|screwed up|messed up)", 'strikes? (are|is) (justified|wrong)', 'unions?',
    '(israel|palestine|gaza|ukraine|putin|russia)', 'prime minister', 'parliament', 'congress', 'senators?',
  ],
  forbiddenPromise: [
    `${WE} (fully |personally |happily |definitely |gladly )?(refund|reimburse|compensate|credit)`, "(you'll|you will) (definitely |absolutely )?(get|receive|be getting|have) (a |your |the |an )?(full |complete |100% |immediate )?(refund|money back|compensation|voucher|credit|free|replacement)",
    "(will|'ll) be (fully |definitely )?(refunded|reimbursed|compensated|credited)", '(full|complete|guaranteed|immediate) refund', 'refund (is )?guaranteed', 'money back guaranteed',
    `(${WE}|we're|we are|i'm|i am) (give|giving|send|sending|offer|offering|credit|crediting)( you)?[a-z0-9$£€% ]{0,25}(voucher|credit|discount|coupon|months? free|free month|refund|replacement|compensation|gift card|% off|off your)`,
    '(\\$|£|€)\\d+ (credit|voucher|refund|compensation|off|gift card)', '\\d+ ?% (off|discount|refund)', '(free|complimentary) (month|months|replacement|upgrade|bike|service|delivery|hoodie|box)',
    `(will|'ll|gonna|going to|is going to|are going to) (definitely |absolutely |100% )?(be )?(fixed|delivered|resolved|repaired|restored|back|back online|shipped|sorted|arrive|arriving|up and running|live|replaced|in your hands|with you|there|working again|working)[a-z ]{0,15} ${WHEN}`,
    `${WHEN},? (guaranteed|for sure|i promise|we promise|promise|100%)`, `(fixed|delivered|sorted|back online|back|shipped|resolved|repaired) (by|before|on) (tomorrow|tonight|${DAYS}|the weekend|end of)`,
    `(delivery|fix|repair|patch|update|replacement) (will|'ll) (be|arrive|land|ship|go live)( there| out| live)? ${WHEN}`,
    "(we'll|we will|i'll|i will) (replace|exchange|repair) (it|them|your [a-z]+) (for free|free of charge|at no (cost|charge))", 'free of charge', 'at our expense',
  ],
  liability: [
    "(it's|it is|this is|that's|that is|this was|it was) (entirely |totally |completely |all |100% |clearly |fully )?our fault", "(we're|we are) (fully |entirely |legally |totally )?(liable|responsible for (the|your|any|this) (damage|injur|accident|fire|loss|harm|costs?|crash))",
    "we (accept|admit|take) (full |all |complete )?(liability|legal responsibility|responsibility for the (accident|damage|fire|injur))", `${WE} (pay|cover) (for )?(all |any |the |your )?(damage|damages|medical|costs?|bills?|repairs?|vet)`,
    '(the|our) (battery|product|bike|charger|router|oven|hoodie) (was|is) (defective|faulty|dangerous)( and)?', 'we admit (that )?(our|the)',
  ],
  confidential: [
    `(our|the) (next|upcoming|unreleased|future|new|secret) (model|models|range|bike|bikes|collection|product|products|phone|router|plan|plans|drop|line|version|flavou?r|sneaker|sneakers|hoodie|release|launch|feature|box|menu)s?[a-z0-9', -]{0,40} (comes? out|is coming|launch(es|ing)?|drops?|releases?|lands?|arrives?|ships?|will (be|have|come|launch|drop|ship|arrive)|is due|in ${MONTHS}|in (spring|summer|autumn|fall|winter|q\\d))`,
    "not (yet )?(announced|released|public|official)", 'unannounced', 'unreleased', '(sneak peek|exclusive (info|scoop)|insider info|off the record|between (you and me|us|ourselves))', "(don't|do not) tell anyone",
    '(internal|confidential) (figures|numbers|data|memo|report|document|email|meeting|roadmap|info|information|stats|sales|numbers)', 'internally',
    "(our|the) (revenue|turnover|margins?|profit|profits|sales figures|sales|return rate|defect rate|failure rate|churn|budget)( [a-z]+){0,4} (is|are|was|were|of|at|hit|reached|around|about|dropped|fell|rose)? ?(by )?(\\$|£|€)?\\d",
    '\\d+ ?(%|percent) of (our |the |all )?(bikes|returns|orders|customers|units|batteries|products|sales|routers|hoodies|items|subscribers) (are|were|have|had|come|fail|failed|get|got|break|broke|returned|defective|leave|left)',
    '(we|the company) (sold|lost|made) (only )?(\\$|£|€)?\\d', "(we're|we are|the company is) (losing money|being (acquired|bought|sold)|about to (be acquired|lay off|close))", 'layoffs?', 'restructuring',
    "(we're|we are) (working on|prepping|preparing|cooking up) (a|an|the) (new|next|secret)",
  ],
  colleagueRole: ['(my|our|the) (colleague|colleagues|coworker|co-worker|intern|manager|boss|tech|technician|developer|dev|engineer|supervisor|team lead|baker|courier|driver|rep)'],
  staffDetails: ['(on|off) sick( leave)?', 'sick leave', '(got|was|been|getting) (fired|sacked|laid off)', 'maternity leave', 'burn(t|ed) out', 'burnout', 'hungover', 'was drunk', 'in rehab', 'going through a divorce'],
  politicsDisclaimer: ["(not here to|don't|do not|won't|will not|never|not going to) (judge|comment on|take (political )?sides|take a stance|get into politics|discuss politics|weigh in)"],
  comparison: ['unlike', 'not like', 'better than', 'cheaper than'],
  competitorGeneric: ['competitors?', 'competition', 'other (brands|carriers|operators|bakeries|shops|stores|manufacturers|providers|networks)', "(at least|unlike) (we|us|our|some|certain|other)", '(we|us),? at least'],
  troubles: [
    'problems?', 'issues?', 'outages?', 'bankrupt(cy)?', 'scandals?', 'recalls?', 'fires?', 'explod(e|es|ed|ing)', 'catch(es|ing)? fire', 'caught fire', 'bugs?', 'complaints?', 'lawsuits?', 'sued',
    'sinking', 'struggling', 'disaster', 'scam(s|mers)?', 'crap', 'trash', 'garbage', 'slow', 'terrible', 'awful', 'worse', 'worst', 'investigation', 'leaks?', 'hack(ed|s)?', 'breach',
    'strikes?', 'delays?', 'layoffs?', 'troubles?', 'debts?', 'crash(es|ing)?', 'toxic', 'falling apart', 'mess', 'fail(s|ing|ed)?', 'going under',
    'additives', 'full of', 'chemicals?', 'cheap', 'low quality', 'cut(s|ting)?', 'overpriced', 'rip-?offs?',
  ],
  boilerplate: [
    'your (satisfaction|call|feedback|experience) is (our (top |number one |first )?priority|important to us|very important)', 'we value your (feedback|business|input|opinion)', '(any|the) inconvenience (this may have|caused|this has)',
    'for any inconvenience', 'we (are|remain) (at your|always at your) disposal', 'we (strive|aim) to', 'we take (this|these|your) (matter|concerns?|feedback) (very )?seriously', 'we are committed to',
    'rest assured', 'please be assured', 'we apologi[sz]e for any', 'thank you for (your|bringing this) (patience|understanding|feedback|loyalty) and', 'best regards', 'kind regards', 'as soon as possible',
    'we appreciate your patience', 'excellence', 'our values',
  ],
  informal: [
    'lol', 'lmao', 'ngl', 'tbh', 'fr fr', 'lowkey', 'highkey', 'bruh', 'omg', 'btw', 'idk', 'imo', 'gonna', 'wanna', 'gotta', 'kinda', 'sorta', 'ya', 'yo', 'dude', 'bro', 'guys', 'yep', 'yup',
    'nope', 'yeah', 'u', 'ur', 'pls', 'plz', 'thx', 'ty', 'np', 'tysm', 'legit', 'no cap', 'fam', 'sus', "ain't", "y'all", 'hiya', 'heya', 'sup', 'smh', 'af', 'wtf', 'tho', 'cuz', 'coz', 'rn',
    'hey there', 'awesome', 'super (cool|sorry)', 'cool', 'stoked', 'vibes?', 'oops', 'whoops', 'haha',
  ],
  formal: [
    'dear (sir|madam|customer|mr|mrs|ms|valued)', '(kind|best|warm) regards', 'yours (sincerely|faithfully)', 'sincerely', 'we regret to inform', 'please be advised', 'hereby', 'herewith',
    'at your earliest convenience', 'should you (require|wish|have)', 'we would be (grateful|obliged)', '(we|i) remain at your disposal', 'please accept our (sincere|deepest|apologies)', 'kindly',
    'pursuant to', 'we wish to', 'further to your', 'in accordance with', 'we acknowledge receipt', 'we are pleased to inform',
  ],
  // English "you" is the same to one or many.
  groupAddress: [],
};
