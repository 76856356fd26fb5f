/**
 * How the young and the old write (playtests: "a young sneaker crowd written in a formal register"). Lines
 * in the register of the 15–25 of a community that speaks casually (`casual`: lowercase, slang, « mdr »,
 * "ngl") and of the 51+ (`formal`: full sentences, « vous »), by topic, phase and stance, and by subject
 * before the brand answers; src/sim/voice.ts adds them to the cells and prefers them for those speakers.
 * Written in each language for its own speakers, not translated.
 */
import type { RegisterVoice } from './types';

export const REGISTERS_EN: RegisterVoice = {
  topics: {
    grievance: {
      before: {
        supporter: [
          ['nooo {author} that sucks, hope they sort it fast 😭', 'casual', 'backs-author', 'author-hit'],
          ["ok that's rough ngl, dm them the details, it's usually quicker", 'casual', 'author-hit', 'suggests-contact'],
          ['I am sorry to read this. I do hope {brand} puts it right quickly.', 'formal', 'backs-author'],
        ],
        peer: [
          ['wait fr? same thing happened to mine 😭', 'casual', 'same-here'],
          ['lowkey scared to order now 💀', 'casual'],
          ['I have had a similar problem. Have you tried writing to them directly?', 'formal', 'same-here', 'suggests-contact'],
        ],
        critic: [
          ['not {brand} fumbling again 💀', 'casual', 'blames-brand'],
          ['the way they take your money instantly but the fix takes forever lol', 'casual', 'blames-brand', 'breakdown'],
          ['This is not acceptable for a product at this price.', 'formal', 'blames-brand', 'breakdown'],
        ],
        troll: [
          ['{author} in the trenches rn 💀', 'casual', 'attacks-author'],
          ['this thread is giving customer service horror story', 'casual'],
        ],
      },
      private: {
        supporter: [
          ["ok they dmed you, that's something 🙏", 'casual'],
          ['I am glad they have contacted you privately.', 'formal'],
        ],
        peer: [
          ['pls post what they said, same boat here 😭', 'casual', 'same-here'],
          ['Could you let us know what they said? I am in the same situation.', 'formal', 'same-here'],
        ],
        critic: [
          ['moving it to dms so nobody sees it lol classic', 'casual', 'blames-brand'],
          ['A public answer would have been more reassuring for everyone.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['the dms are where the plot happens 👀', 'casual'],
          ['ok but spill the dm tea {author}', 'casual'],
        ],
      },
      good: {
        supporter: [
          ['ok W reply from {brand} ngl', 'casual', 'praise'],
          ['this is how you do it fr 👏', 'casual', 'praise'],
          ['A courteous and helpful reply. Well done.', 'formal', 'praise'],
        ],
        peer: [
          ["ok that's actually reassuring", 'casual'],
          ['saving this reply for when mine breaks lol', 'casual', 'customer', 'breakdown'],
          ['That is good to know, thank you for explaining.', 'formal', 'thanks'],
        ],
        critic: [
          ["fine that's a decent reply, now actually fix it", 'casual', 'blames-brand'],
          ["nice words ig, we'll see", 'casual'],
          ['A good reply. I shall wait to see whether it is followed by action.', 'formal'],
        ],
        troll: [
          ['wholesome customer service arc, who asked 😒', 'casual'],
          ['ok the intern cooked this time', 'casual'],
        ],
      },
      poor: {
        supporter: [
          ['oof not the template 😬', 'casual', 'blames-brand'],
          ['{brand} u can do better than that fr', 'casual', 'blames-brand'],
          ['I am afraid this reply does not really help.', 'formal', 'blames-brand'],
        ],
        peer: [
          ['so… is that a no? 💀', 'casual', 'blames-brand'],
          ['that reply said absolutely nothing lol', 'casual', 'blames-brand'],
          ['That does not seem to resolve anything.', 'formal', 'blames-brand'],
        ],
        critic: [
          ['copy paste reply, we love to see it 🙄', 'casual', 'blames-brand'],
          ['L reply tbh', 'casual', 'blames-brand'],
          ['A standard reply of this kind is disappointing.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['the template strikes again 💀', 'casual', 'blames-brand'],
          ['customer service basically said "k"', 'casual', 'blames-brand'],
        ],
      },
    },
    question: {
      before: {
        supporter: [
          ['good q, they usually reply pretty fast here', 'casual', 'awaits-answer'],
          ["pretty sure it's in the faq somewhere but idk", 'casual'],
          ['A good question. I am sure {brand} will reply shortly.', 'formal', 'awaits-answer'],
        ],
        peer: [
          ['wait i need to know this too 👀', 'casual'],
          ['following bc same question', 'casual'],
          ['I would also like to know the answer to this.', 'formal'],
        ],
        critic: [
          ['good luck getting a straight answer lol', 'casual', 'blames-brand', 'awaits-answer'],
          ['why is this not just on the website 💀', 'casual', 'blames-brand'],
          ['This information ought to be clearly available on their website.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['just google it bestie', 'casual', 'attacks-author'],
          ['the answer is vibes', 'casual'],
        ],
      },
      private: {
        supporter: [
          ['ok they got back to you, nice', 'casual'],
          ['I am pleased they have got back to you.', 'formal'],
        ],
        peer: [
          ['pls share the answer here 🙏', 'casual'],
          ['Would you kindly share their answer here?', 'formal'],
        ],
        critic: [
          ['answering in dms so the rest of us stay clueless lol', 'casual', 'blames-brand'],
          ['A public answer would have helped everyone.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['secret answer unlocked 🔓', 'casual'],
          ["the dm knows things we don't", 'casual'],
        ],
      },
      good: {
        supporter: [
          ['ok super clear, thanks {brand} 🙏', 'casual', 'thanks', 'praise'],
          ['see, fast answer 👌', 'casual', 'praise'],
          ['A clear and helpful answer, thank you.', 'formal', 'thanks', 'praise'],
        ],
        peer: [
          ['ohh ok good to know', 'casual'],
          ['saving this 📌', 'casual'],
          ['Thank you, that answers my question as well.', 'formal', 'thanks'],
        ],
        critic: [
          ['ok fair, clear answer for once', 'casual', 'praise'],
          ['cool now put it on the site lol', 'casual', 'blames-brand'],
          ['A clear answer. It should be on the website, however.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['mystery solved, thread over 🕵️', 'casual'],
          ['ok that was anticlimactic', 'casual'],
        ],
      },
      poor: {
        supporter: [
          ["hmm that didn't really answer it 😬", 'casual', 'blames-brand'],
          ['maybe just link the faq next time?', 'casual'],
          ['I am not sure this answers the question that was asked.', 'formal', 'blames-brand'],
        ],
        peer: [
          ['so yes or no?? 😭', 'casual', 'blames-brand'],
          ['still confused ngl', 'casual', 'blames-brand'],
          ['I am afraid I am none the wiser.', 'formal', 'blames-brand'],
        ],
        critic: [
          ['the non-answer of the century lol', 'casual', 'blames-brand'],
          ['they really said "it depends" 💀', 'casual', 'blames-brand'],
          ['A rather evasive reply to a simple question.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['answer.exe has stopped working', 'casual', 'blames-brand'],
          ['ask a question, get a riddle', 'casual', 'blames-brand'],
        ],
      },
    },
    praise: {
      before: {
        supporter: [
          ['love this for you {author} 🥹', 'casual', 'backs-author'],
          ['ok this is actually sick {author} 🔥', 'casual', 'of-work', 'backs-author'],
          ['{brand} never misses fr', 'casual', 'praise', 'customer', 'of-service'],
          ['How lovely to read something so positive.', 'formal'],
        ],
        peer: [
          ['ok now i want one 👀', 'casual', 'of-product'],
          ['the second one, no contest 👀', 'casual', 'of-work'],
          ['adding it to my wishlist lol', 'casual', 'of-product'],
          ['That is good to hear. I was thinking of ordering.', 'formal', 'of-product'],
        ],
        critic: [
          ['ok but mine broke after a month so 🙃', 'casual', 'blames-brand', 'customer', 'of-product'],
          ['ok but not everyone’s had it this good 🙃', 'casual', 'blames-brand', 'of-service'],
          ['I am pleased for you, but my own experience was rather different.', 'formal', 'blames-brand', 'customer', 'of-service'],
        ],
        troll: [
          ['this reads like an ad ngl', 'casual', 'attacks-author'],
          ['{author} down bad for a brand 💀', 'casual', 'attacks-author'],
        ],
      },
      private: {
        supporter: [
          ['they prob dmed you something cute 🥹', 'casual'],
          ['I expect they have thanked you privately.', 'formal'],
        ],
        peer: [
          ['did they reply?? 👀', 'casual'],
          ['Did {brand} reply to you?', 'formal'],
        ],
        critic: [
          ['not even a public thank you lol', 'casual', 'blames-brand'],
          ['A public thank-you would have been courteous.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['brand silence hits different 😭', 'casual'],
          ['no reply, oof', 'casual'],
        ],
      },
      good: {
        supporter: [
          ['this exchange is so cute 😭', 'casual', 'praise'],
          ['{brand} really gets it 🫶', 'casual', 'praise'],
          ['A charming reply. It is nice to see.', 'formal', 'praise'],
        ],
        peer: [
          ['awww this is wholesome', 'casual'],
          ['ok cute', 'casual'],
          ['What a pleasant exchange.', 'formal'],
        ],
        critic: [
          ['ok cute but answer the complaints like this too', 'casual', 'blames-brand'],
          ['easy to be nice when ppl are nice to you lol', 'casual', 'blames-brand'],
          ['A nice reply. Complaints deserve the same care.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['get a room you two 💀', 'casual', 'attacks-author'],
          ['wholesome overload, need a drama thread to recover', 'casual'],
        ],
      },
      poor: {
        supporter: [
          ['oof a template for a compliment 😬', 'casual', 'blames-brand'],
          ['that reply was kinda cold ngl', 'casual', 'blames-brand'],
          ['Such a kind message deserved a warmer reply.', 'formal', 'blames-brand'],
        ],
        peer: [
          ['not the robot reply 💀', 'casual', 'blames-brand'],
          ['that killed the mood lol', 'casual', 'blames-brand'],
          ['That reply seems rather impersonal.', 'formal', 'blames-brand'],
        ],
        critic: [
          ['even compliments get copy paste lmao', 'casual', 'blames-brand'],
          ['peak {brand} energy', 'casual', 'blames-brand'],
          ['Even a compliment receives a form letter. Telling.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['rip {author}, a love letter answered with a template', 'casual', 'attacks-author'],
          ['brand fumbled a compliment this badly 😭', 'casual', 'blames-brand'],
        ],
      },
    },
    news: {
      before: {
        supporter: [
          ['ok that’s actually good news 😍', 'casual', 'announcement'],
          ['love this tbh', 'casual'],
          ['That is good news. Thank you for sharing it.', 'formal', 'announcement'],
        ],
        peer: [
          ['wait is this official?? 👀', 'casual', 'announcement'],
          ['oh i didn’t know that', 'casual'],
          ['Is this information official?', 'formal', 'announcement'],
        ],
        critic: [
          ['cool but fix the basics first lol', 'casual', 'blames-brand'],
          ['lemme guess, there’s a catch 🙃', 'casual', 'blames-brand', 'announcement'],
          ['I would rather they dealt with the existing problems first.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['groundbreaking 🙄', 'casual'],
          ['ok and?', 'casual'],
        ],
      },
      private: {
        supporter: [
          ["they'll prob post the details soon", 'casual', 'awaits-answer', 'announcement'],
          ['I expect they will announce the details shortly.', 'formal', 'awaits-answer', 'announcement'],
        ],
        peer: [
          ['so is it confirmed or not lol', 'casual', 'announcement'],
          ['Has this been confirmed officially?', 'formal', 'announcement'],
        ],
        critic: [
          ['zero official info as usual', 'casual', 'blames-brand'],
          ['It is a pity there is no official information.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['trust me bro, the announcement', 'casual', 'announcement'],
          ['source: vibes', 'casual'],
        ],
      },
      good: {
        supporter: [
          ['yesss thanks for confirming 🙌', 'casual', 'thanks', 'praise'],
          ['ok good to know 🔥', 'casual'],
          ['Thank you for the details.', 'formal', 'thanks'],
        ],
        peer: [
          ['ok noted, thx', 'casual', 'thanks'],
          ["ooh ok that's actually cool", 'casual'],
          ['Thank you, that is very clear.', 'formal', 'thanks'],
        ],
        critic: [
          ["ok clear answer, i'll give them that", 'casual', 'praise'],
          ['cool, now answer my dms that fast lol', 'casual', 'blames-brand'],
          ['A clear answer, for once.', 'formal', 'praise'],
        ],
        troll: [
          ['ok hype i guess', 'casual'],
          ['ok and what do i get out of it', 'casual'],
        ],
      },
      poor: {
        supporter: [
          ['a bit more info would be nice tho', 'casual', 'blames-brand'],
          ["that's it? 😅", 'casual', 'blames-brand'],
          ['A few more details would have been welcome.', 'formal', 'blames-brand'],
        ],
        peer: [
          ['so… what does it actually change? 😭', 'casual', 'blames-brand'],
          ['that answered nothing lol', 'casual', 'blames-brand'],
          ['That leaves the main question unanswered.', 'formal', 'blames-brand'],
        ],
        critic: [
          ['vague as always 🙄', 'casual', 'blames-brand'],
          ['corporate said nothing in 20 words', 'casual', 'blames-brand'],
          ['A vague reply to a simple question.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['the reply is giving legal disclaimer 💀', 'casual', 'blames-brand'],
          ['bro wrote a riddle', 'casual', 'blames-brand'],
        ],
      },
    },
    rumour: {
      before: {
        supporter: [
          ['source?? this sounds fake', 'casual'],
          ["pls don't share stuff without checking 😭", 'casual'],
          ['I would wait for an official statement before sharing this.', 'formal', 'awaits-answer'],
        ],
        peer: [
          ['wait is this real?? 😳', 'casual'],
          ["ok now i'm scared lol", 'casual', 'scare'],
          ['Is there an official source for this?', 'formal'],
        ],
        critic: [
          ["wouldn't even be surprised tbh", 'casual', 'blames-brand'],
          ['{brand} being this quiet is kinda sus', 'casual', 'blames-brand', 'awaits-answer'],
          ['If this is true, {brand} has a great deal to explain.', 'formal', 'blames-brand'],
        ],
        troll: [
          ["source: my uncle's group chat", 'casual', 'attacks-author'],
          ['ok who started this 💀', 'casual'],
        ],
      },
      private: {
        supporter: [
          ['they prob sorted it behind the scenes', 'casual'],
          ['I imagine {brand} is looking into it.', 'formal'],
        ],
        peer: [
          ['so is it true or not 😭', 'casual'],
          ['Has anyone had confirmation either way?', 'formal'],
        ],
        critic: [
          ['no public answer = kinda sus', 'casual', 'blames-brand'],
          ['The lack of a public statement is concerning.', 'formal', 'blames-brand'],
        ],
        troll: [
          ["the silence is a confirmation 👀 (it isn't)", 'casual'],
          ['plot thickens lol', 'casual'],
        ],
      },
      good: {
        supporter: [
          ['ok debunked, thank u {brand}', 'casual', 'thanks', 'praise'],
          ["told y'all it was fake lol", 'casual', 'told-you'],
          ['Thank you for setting the record straight.', 'formal', 'thanks', 'praise'],
        ],
        peer: [
          ['phew ok 😮‍💨', 'casual'],
          ['ok good, not throwing mine out then', 'casual', 'customer', 'scare'],
          ['That is reassuring, thank you.', 'formal', 'thanks'],
        ],
        critic: [
          ['ok fine, fake. this time', 'casual'],
          ["clear answer, i'll take it", 'casual', 'praise'],
          ['A clear denial. I accept it.', 'formal', 'praise'],
        ],
        troll: [
          ['{author} finding out live 💀', 'casual', 'attacks-author'],
          ['rumour arc over already?', 'casual'],
        ],
      },
      poor: {
        supporter: [
          ["that's not really a denial tho? 😬", 'casual', 'blames-brand'],
          ['pls just say yes or no', 'casual', 'blames-brand'],
          ['A clearer denial would reassure people.', 'formal', 'blames-brand'],
        ],
        peer: [
          ['so is it true?? still confused', 'casual', 'blames-brand'],
          ['that reply made it worse lol', 'casual', 'blames-brand'],
          ['This does not tell us whether it is true.', 'formal', 'blames-brand'],
        ],
        critic: [
          ['not denying it is a choice 👀', 'casual', 'blames-brand'],
          ["yeah that's basically a yes", 'casual', 'blames-brand'],
          ['That is hardly a denial.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['the non-denial denial 💀', 'casual', 'blames-brand'],
          ['PR team said "no comment" with extra steps', 'casual', 'blames-brand'],
        ],
      },
    },
    abuse: {
      before: {
        supporter: [
          ["leave the team alone 😭 they're literally just doing their job", 'casual', 'attacks-author', 'to-staff'],
          ['the way people talk to staff online is crazy', 'casual', 'to-staff'],
          ['There is no call for such language towards the staff.', 'formal', 'attacks-author', 'to-staff'],
        ],
        peer: [
          ['bro calm down 💀', 'casual', 'attacks-author'],
          ['why is everyone so angry today lol', 'casual'],
          ['Please keep it civil.', 'formal'],
        ],
        critic: [
          ["i have issues with them too but this ain't it", 'casual', 'attacks-author', 'blames-brand'],
          ["insulting ppl won't fix anything lol", 'casual', 'attacks-author', 'insult'],
          ['Criticism is one thing; insults are quite another.', 'formal', 'attacks-author', 'insult'],
        ],
        troll: [
          ['caps lock warrior spotted 💀', 'casual', 'attacks-author'],
          ['ok this is entertaining ngl 🍿', 'casual'],
        ],
      },
      private: {
        supporter: [
          ['not replying is a W tbh', 'casual', 'praise'],
          ['Not responding to such a message is wise.', 'formal', 'praise'],
        ],
        peer: [
          ['did they delete it or nah', 'casual'],
          ['Has this been dealt with?', 'formal'],
        ],
        critic: [
          ['leaving insults up under their own post lol ok', 'casual', 'blames-brand', 'insult'],
          ['Some visible moderation would be appropriate here.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['no reply? {author} is gonna explode lol', 'casual', 'attacks-author'],
          ['zero reactions, tragic 😭', 'casual'],
        ],
      },
      good: {
        supporter: [
          ['calm and classy, love that 👏', 'casual', 'praise'],
          ['{brand} handled that so well omg', 'casual', 'praise'],
          ['A dignified reply. Well done.', 'formal', 'praise'],
        ],
        peer: [
          ['ok that shut it down nicely', 'casual', 'praise'],
          ['can we move on now lol', 'casual'],
          ['A sensible reply.', 'formal', 'praise'],
        ],
        critic: [
          ['ok that was a good reply, respect', 'casual', 'praise'],
          ['nice, now answer the real complaints like that', 'casual', 'blames-brand', 'insult'],
          ['A measured reply. I will grant them that.', 'formal', 'praise'],
        ],
        troll: [
          ['{author} got cooked politely 💀', 'casual', 'attacks-author'],
          ['too calm, boring', 'casual'],
        ],
      },
      poor: {
        supporter: [
          ["pls don't argue in the comments 😭", 'casual', 'blames-brand'],
          ["that reply didn't help ngl", 'casual', 'blames-brand'],
          ['It would have been better not to rise to it.', 'formal', 'blames-brand'],
        ],
        peer: [
          ['two people arguing now lol', 'casual', 'blames-brand'],
          ['this is getting messy', 'casual'],
          ['This exchange is not helping anyone.', 'formal', 'blames-brand'],
        ],
        critic: [
          ['they took the bait lmao', 'casual', 'blames-brand'],
          ['petty reply, petty post, everyone loses', 'casual', 'blames-brand', 'attacks-author'],
          ['An unprofessional reply, I am afraid.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['brand vs troll round 2 lets gooo 🍿', 'casual', 'attacks-author'],
          ['the intern is fighting for their life 💀', 'casual', 'blames-brand'],
        ],
      },
    },
  },
  subjects: {
    defect: {
      supporter: [
        ['ngl sounds like a faulty one, warranty should cover it', 'casual', 'author-hit'],
        ['film it before u send it back, trust', 'casual', 'author-hit'],
        ['It sounds like a manufacturing fault. The warranty ought to cover it.', 'formal', 'author-hit'],
      ],
      peer: [
        ["wait mine's doing the same 😭", 'casual', 'same-here'],
        ['lowkey checking mine rn 👀', 'casual', 'unaffected'],
        ['Mine has shown exactly the same fault.', 'formal', 'same-here'],
      ],
      critic: [
        ['built to break fr', 'casual', 'blames-brand'],
        ['quality control went on holiday 💀', 'casual', 'blames-brand'],
        ['Such a fault should not occur at this price.', 'formal', 'blames-brand'],
      ],
      troll: [["it's not broken it's vintage now 💀", 'casual']],
    },
    delivery: {
      supporter: [
        ['check with your neighbours, happened to me lol', 'casual', 'customer'],
        ['tracking says what? sometimes it’s just late', 'casual'],
        ['Do check with your neighbours; parcels are sometimes left with them.', 'formal'],
      ],
      peer: [
        ["mine's stuck in transit too 😭", 'casual', 'same-here'],
        ['ordered the same day, nothing yet 🙃', 'casual', 'same-here'],
        ['My parcel has not arrived either.', 'formal', 'same-here'],
      ],
      critic: [
        ['"dispatched" my foot lol', 'casual', 'blames-brand'],
        ['Delivery times like these are not acceptable.', 'formal', 'blames-brand'],
      ],
      troll: [['your parcel is on a gap year', 'casual']],
    },
    stock: {
      supporter: [
        ['next drop fr, turn notifs on 🙏', 'casual'],
        ['unlucky fr, there’ll be a restock i’m sure', 'casual', 'backs-author'],
        ['I do hope there will be a restock.', 'formal'],
      ],
      peer: [
        ["sold out in 2 mins 💀 the page didn't even load", 'casual', 'same-here'],
        ['bots ate everything again?', 'casual'],
        ['anyone actually cop one?? 😭', 'casual'],
        ['Does anyone know whether there will be a restock?', 'formal'],
      ],
      critic: [
        ["bots got all of it and {brand} doesn't care lol", 'casual', 'blames-brand'],
        ['the queue was a scam ngl', 'casual', 'blames-brand'],
        ['The queue system clearly did not work.', 'formal', 'blames-brand'],
      ],
      troll: [
        ['resellers eating good tonight 💀', 'casual'],
        ['L for everyone except the bots', 'casual'],
      ],
    },
    service: {
      supporter: [
        ["try the chat, it's faster sometimes", 'casual'],
        ['Have you tried the contact form? It is sometimes quicker.', 'formal', 'suggests-contact'],
      ],
      peer: [
        ['same, been waiting for days 😭', 'casual', 'same-here'],
        ['I have been waiting for a reply for several days as well.', 'formal', 'same-here'],
      ],
      critic: [
        ['their support is just bots lol', 'casual', 'blames-brand'],
        ['Their customer service has become very difficult to reach.', 'formal', 'blames-brand'],
      ],
      troll: [["hold music on repeat, it's a whole playlist now", 'casual']],
    },
    price: {
      supporter: [
        ['could be a bug, check your statement', 'casual', 'billing'],
        ['It may be a billing error. Do check your statement.', 'formal', 'billing'],
      ],
      peer: [
        ['wait they charged me twice too 😭', 'casual', 'same-here', 'billing'],
        ['I have been charged twice as well.', 'formal', 'same-here', 'billing'],
      ],
      critic: [
        ['the fees on this are wild 💀', 'casual', 'blames-brand', 'cost'],
        ['Billing really ought to be clearer than this.', 'formal', 'blames-brand'],
      ],
      troll: [['my bank account crying rn', 'casual']],
    },
    outage: {
      supporter: [
        ['prob maintenance, should be back soon', 'casual'],
        ['It is probably maintenance. It should be back shortly.', 'formal'],
      ],
      peer: [
        ['down for me too 😭', 'casual', 'same-here'],
        ['No connection here either since this morning.', 'formal', 'same-here', 'online'],
      ],
      critic: [
        ['again?? 💀', 'casual', 'blames-brand'],
        ['Another interruption. This is becoming a habit.', 'formal', 'blames-brand'],
      ],
      troll: [['touching grass it is 🌱', 'casual', 'online']],
    },
    game: {
      supporter: [
        ['report it with a clip, they fix stuff fast', 'casual'],
        ['rough patch fr, hotfix soon hopefully', 'casual'],
        ['It is worth reporting it with a video clip.', 'formal'],
      ],
      peer: [
        ['same bug here fr 😭', 'casual', 'same-here'],
        ['which platform u on?', 'casual'],
        ['ranked is unplayable rn 😭', 'casual', 'same-here'],
        ['I have run into the same bug.', 'formal', 'same-here'],
      ],
      critic: [
        ['do they even play their own game lol', 'casual', 'blames-brand'],
        ['who tested this patch 💀', 'casual', 'blames-brand'],
        ['This bug has been there for some time.', 'formal', 'blames-brand'],
      ],
      troll: [['skill issue tbh', 'casual', 'attacks-author']],
    },
    safety: {
      supporter: [
        ["omg hope you're ok {author}", 'casual', 'author-hit', 'backs-author'],
        ['I hope you are all right. Please see a doctor if in doubt.', 'formal', 'author-hit', 'backs-author'],
      ],
      peer: [
        ['which batch?? checking mine rn', 'casual', 'customer', 'food'],
        ['Which batch is it? I have some at home.', 'formal', 'customer', 'food'],
      ],
      critic: [
        ["ok this is scary, they need to say if it's real or not", 'casual', 'awaits-answer'],
        ['Whatever the truth, the public deserves a clear statement quickly.', 'formal', 'awaits-answer'],
      ],
      troll: [['ok this got serious fast', 'casual']],
    },
    policy: {
      supporter: [
        ['give it a week, ppl always hate changes at first', 'casual', 'rule-change'],
        ['ok but maybe hear them out first', 'casual', 'awaits-answer'],
        ['Changes are often unsettling at first. Let us give it a little time.', 'formal', 'rule-change'],
      ],
      peer: [
        ['wait when did this change?? 😭', 'casual', 'rule-change'],
        ['so the old rules are gone?? 👀', 'casual', 'rule-change'],
        ['When does this change come into effect?', 'formal', 'rule-change'],
      ],
      critic: [
        ['nobody asked for this lol', 'casual', 'blames-brand', 'rule-change'],
        ['changing the rules mid-way is wild 💀', 'casual', 'blames-brand', 'rule-change'],
        ['This decision was taken without consulting anyone.', 'formal', 'blames-brand'],
      ],
      troll: [['the rulebook got patched again', 'casual', 'rule-change']],
    },
  },
};

export const REGISTERS_FR: RegisterVoice = {
  topics: {
    grievance: {
      before: {
        supporter: [
          ['oh nonnn {author} c’est trop relou, j’espère que ça va vite se régler 😭', 'casual', 'backs-author', 'author-hit', 'light'],
          ['envoie-leur les détails en mp, ça ira plus vite', 'casual', 'author-hit', 'suggests-contact'],
          ['Voilà qui est bien contrariant. J’espère que {brand} va régler cela rapidement.', 'formal', 'backs-author', 'light'],
        ],
        peer: [
          ['attends sérieux ? pareil pour moi 😭', 'casual', 'same-here'],
          ['ça me fait peur de commander maintenant mdr', 'casual', 'light'],
          ['J’ai rencontré le même souci. Avez-vous essayé de leur écrire directement ?', 'formal', 'same-here', 'suggests-contact'],
        ],
        critic: [
          ['{brand} qui rate encore, quelle surprise 💀', 'casual', 'blames-brand'],
          ['pour prélever ils sont rapides mais pour réparer y a plus personne mdr', 'casual', 'blames-brand', 'breakdown'],
          ['Ce n’est pas acceptable pour un produit de ce prix.', 'formal', 'blames-brand', 'breakdown'],
        ],
        troll: [
          ['{author} dans la hess là 💀', 'casual', 'attacks-author'],
          ['ce fil c’est une série netflix sur le SAV', 'casual'],
        ],
      },
      private: {
        supporter: [
          ['ok ils t’ont écrit en mp, c’est déjà ça 🙏', 'casual'],
          ['C’est une bonne chose qu’ils vous aient écrit en privé.', 'formal'],
        ],
        peer: [
          ['dis-nous ce qu’ils t’ont dit stp, même galère ici 😭', 'casual', 'same-here'],
          ['Pourriez-vous nous dire ce qu’ils vous ont répondu ? Je suis dans la même situation.', 'formal', 'same-here'],
        ],
        critic: [
          ['en mp pour que personne voie, classique mdr', 'casual', 'blames-brand'],
          ['Une réponse publique aurait rassuré tout le monde.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['tout se passe en mp, on rate le meilleur 👀', 'casual'],
          ['allez {author} balance les mp', 'casual'],
        ],
      },
      good: {
        supporter: [
          ['propre la réponse {brand} 👏', 'casual', 'praise'],
          ['ça c’est carré, bien joué {brand}', 'casual', 'praise'],
          ['Une réponse courtoise et utile. Bravo.', 'formal', 'praise'],
        ],
        peer: [
          ['ok ça rassure en vrai', 'casual'],
          ['je garde ça au cas où le mien lâche mdr', 'casual', 'customer', 'breakdown'],
          ['Merci pour ces explications, c’est bon à savoir.', 'formal', 'thanks'],
        ],
        critic: [
          ['ok réponse correcte, maintenant faut réparer', 'casual', 'blames-brand', 'breakdown'],
          ['jolis mots, on verra bien mdr', 'casual'],
          ['Une bonne réponse. Reste à voir si elle sera suivie d’effets.', 'formal'],
        ],
        troll: [
          ['arc rédemption du SAV, personne a demandé 😒', 'casual'],
          ['ok le stagiaire a assuré cette fois', 'casual'],
        ],
      },
      poor: {
        supporter: [
          ['aïe pas le message type 😬', 'casual', 'blames-brand'],
          ['{brand} vous pouvez faire mieux que ça franchement', 'casual', 'blames-brand'],
          ['Je crains que cette réponse ne règle pas grand-chose.', 'formal', 'blames-brand'],
        ],
        peer: [
          ['donc… c’est non ? 💀', 'casual', 'blames-brand'],
          ['cette réponse dit littéralement rien mdr', 'casual', 'blames-brand'],
          ['Cela ne semble rien résoudre.', 'formal', 'blames-brand'],
        ],
        critic: [
          ['copier-coller, on adore 🙄', 'casual', 'blames-brand'],
          ['réponse éclatée au sol', 'casual', 'blames-brand'],
          ['Une réponse standard de ce genre est décevante.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['le message type a encore frappé 💀', 'casual', 'blames-brand'],
          ['le SAV a répondu « ok » en gros', 'casual', 'blames-brand'],
        ],
      },
    },
    question: {
      before: {
        supporter: [
          ['bonne question, ils répondent vite d’hab ici', 'casual', 'awaits-answer'],
          ['je crois que c’est dans la faq mais jsp', 'casual'],
          ['Bonne question. {brand} va certainement vous répondre rapidement.', 'formal', 'awaits-answer'],
        ],
        peer: [
          ['attends moi aussi je veux savoir 👀', 'casual'],
          ['je suis, même question', 'casual'],
          ['J’aimerais également connaître la réponse.', 'formal'],
        ],
        critic: [
          ['une réponse claire de leur part ? on peut rêver mdr', 'casual', 'blames-brand', 'awaits-answer'],
          ['pourquoi c’est pas juste écrit sur le site 💀', 'casual', 'blames-brand'],
          ['Cette information devrait figurer clairement sur leur site.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['google existe hein', 'casual', 'attacks-author'],
          ['la réponse est quelque part entre oui et non', 'casual'],
        ],
      },
      private: {
        supporter: [
          ['ok ils t’ont répondu, nickel', 'casual'],
          ['C’est bien qu’ils vous aient répondu.', 'formal'],
        ],
        peer: [
          ['partage la réponse ici stp 🙏', 'casual'],
          ['Auriez-vous l’amabilité de partager leur réponse ici ?', 'formal'],
        ],
        critic: [
          ['réponse en mp pour que les autres restent dans le flou mdr', 'casual', 'blames-brand'],
          ['Une réponse publique aurait servi à tout le monde.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['réponse secrète débloquée 🔓', 'casual'],
          ['le mp sait des choses qu’on sait pas', 'casual'],
        ],
      },
      good: {
        supporter: [
          ['ok super clair, merci {brand} 🙏', 'casual', 'thanks', 'praise'],
          ['tu vois, réponse rapide 👌', 'casual', 'praise'],
          ['Une réponse claire et utile, merci.', 'formal', 'thanks', 'praise'],
        ],
        peer: [
          ['ahh ok bon à savoir', 'casual'],
          ['je garde ça 📌', 'casual'],
          ['Merci, cela répond aussi à ma question.', 'formal', 'thanks'],
        ],
        critic: [
          ['ok réponse claire pour une fois', 'casual', 'praise'],
          ['cool, maintenant mettez-le sur le site mdr', 'casual', 'blames-brand'],
          ['Une réponse claire. Elle devrait toutefois figurer sur le site.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['mystère résolu, fin du fil 🕵️', 'casual'],
          ['bon c’était décevant comme fin', 'casual'],
        ],
      },
      poor: {
        supporter: [
          ['hmm ça répond pas vraiment 😬', 'casual', 'blames-brand'],
          ['mettez juste le lien de la faq la prochaine fois', 'casual'],
          ['Je doute que cela réponde à la question posée.', 'formal', 'blames-brand'],
        ],
        peer: [
          ['donc oui ou non ?? 😭', 'casual', 'blames-brand'],
          ['j’ai toujours rien compris mdr', 'casual', 'blames-brand'],
          ['Je n’en sais pas davantage, hélas.', 'formal', 'blames-brand'],
        ],
        critic: [
          ['la non-réponse du siècle mdr', 'casual', 'blames-brand'],
          ['ils ont vraiment répondu « ça dépend » 💀', 'casual', 'blames-brand'],
          ['Une réponse bien évasive pour une question simple.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['reponse.exe a cessé de fonctionner', 'casual', 'blames-brand'],
          ['tu poses une question, on te répond par une énigme', 'casual', 'blames-brand'],
        ],
      },
    },
    praise: {
      before: {
        supporter: [
          ['trop bien pour toi {author} 🥹', 'casual', 'backs-author'],
          ['ok c’est trop stylé {author} 🔥', 'casual', 'of-work', 'backs-author'],
          ['{brand} déçoit jamais franchement', 'casual', 'praise', 'customer', 'of-service'],
          ['Quel plaisir de lire un message aussi positif.', 'formal'],
        ],
        peer: [
          ['ok là j’en veux un 👀', 'casual', 'of-product'],
          ['la deuxième, y a pas photo 👀', 'casual', 'of-work'],
          ['direct dans ma wishlist mdr', 'casual', 'of-product'],
          ['Bon à savoir. Je pensais justement commander.', 'formal', 'of-product'],
        ],
        critic: [
          ['ok mais le mien a lâché au bout d’un mois donc 🙃', 'casual', 'blames-brand', 'customer', 'of-product'],
          ['ok mais tout le monde a pas eu cette chance 🙃', 'casual', 'blames-brand', 'of-service'],
          ['Tant mieux pour vous, mais mon expérience a été tout autre.', 'formal', 'blames-brand', 'customer', 'of-service'],
        ],
        troll: [
          ['on dirait une pub ton post', 'casual', 'attacks-author'],
          ['{author} en pleine déclaration d’amour à une marque 💀', 'casual', 'attacks-author'],
        ],
      },
      private: {
        supporter: [
          ['ils t’ont sûrement envoyé un petit mot en mp 🥹', 'casual'],
          ['Ils vous ont sans doute écrit un petit mot en privé.', 'formal'],
        ],
        peer: [
          ['ils t’ont répondu ?? 👀', 'casual'],
          ['{brand} vous a-t-il répondu ?', 'formal'],
        ],
        critic: [
          ['même pas un merci en public mdr', 'casual', 'blames-brand'],
          ['Un remerciement public aurait été la moindre des choses.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['le silence de la marque, ça fait mal 😭', 'casual'],
          ['pas de réponse, dur', 'casual'],
        ],
      },
      good: {
        supporter: [
          ['cet échange est trop mignon 😭', 'casual', 'praise'],
          ['{brand} a tout compris 🫶', 'casual', 'praise'],
          ['Une réponse charmante. Cela fait plaisir à voir.', 'formal', 'praise'],
        ],
        peer: [
          ['ohhh trop chou', 'casual'],
          ['ok c’est mignon tout plein', 'casual'],
          ['Quel échange agréable.', 'formal'],
        ],
        critic: [
          ['mignon, mais répondez aux réclamations comme ça aussi', 'casual', 'blames-brand'],
          ['facile d’être sympa quand on vous fait des compliments mdr', 'casual', 'blames-brand'],
          ['Une belle réponse. Les réclamations mériteraient la même attention.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['prenez une chambre vous deux 💀', 'casual', 'attacks-author'],
          ['overdose de mignon, il me faut un fil de drama pour compenser', 'casual'],
        ],
      },
      poor: {
        supporter: [
          ['aïe un message type pour un compliment 😬', 'casual', 'blames-brand'],
          ['réponse un peu froide franchement', 'casual', 'blames-brand'],
          ['Un message aussi aimable méritait une réponse plus chaleureuse.', 'formal', 'blames-brand'],
        ],
        peer: [
          ['pas la réponse de robot 💀', 'casual', 'blames-brand'],
          ['ça a cassé l’ambiance mdr', 'casual', 'blames-brand'],
          ['Cette réponse paraît bien impersonnelle.', 'formal', 'blames-brand'],
        ],
        critic: [
          ['même les compliments ont droit au copier-coller ptdr', 'casual', 'blames-brand'],
          ['typique de {brand} ça', 'casual', 'blames-brand'],
          ['Même un compliment reçoit une lettre type. Cela en dit long.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['rip {author}, un message type en retour 💀', 'casual', 'attacks-author'],
          ['la marque a raté une déclaration d’amour à ce point 😭', 'casual', 'blames-brand'],
        ],
      },
    },
    news: {
      before: {
        supporter: [
          ['ah ça c’est une bonne nouvelle 😍', 'casual', 'announcement'],
          ['j’adore en vrai', 'casual'],
          ['Voilà une bonne nouvelle. Merci de l’avoir partagée.', 'formal', 'announcement'],
        ],
        peer: [
          ['attends c’est officiel ?? 👀', 'casual', 'announcement'],
          ['ah je savais pas', 'casual'],
          ['Cette information est-elle officielle ?', 'formal', 'announcement'],
        ],
        critic: [
          ['cool mais réglez les bases d’abord mdr', 'casual', 'blames-brand'],
          ['je parie qu’il y a un piège 🙃', 'casual', 'blames-brand', 'announcement'],
          ['Je préférerais qu’ils règlent d’abord les problèmes existants.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['révolutionnaire 🙄', 'casual'],
          ['ok et ?', 'casual'],
        ],
      },
      private: {
        supporter: [
          ['ils vont sûrement publier les détails bientôt', 'casual', 'awaits-answer', 'announcement'],
          ['Les détails seront sans doute annoncés prochainement.', 'formal', 'awaits-answer', 'announcement'],
        ],
        peer: [
          ['donc c’est confirmé ou pas mdr', 'casual', 'announcement'],
          ['Est-ce confirmé officiellement ?', 'formal', 'announcement'],
        ],
        critic: [
          ['zéro info officielle comme d’hab', 'casual', 'blames-brand'],
          ['Dommage qu’il n’y ait aucune information officielle.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['source : tkt', 'casual'],
          ['l’annonce officielle : crois-moi frère', 'casual', 'announcement'],
        ],
      },
      good: {
        supporter: [
          ['trop bien merci pour la confirmation 🙌', 'casual', 'thanks', 'praise'],
          ['ok bon à savoir 🔥', 'casual'],
          ['Merci pour ces précisions.', 'formal', 'thanks'],
        ],
        peer: [
          ['ok noté, merci', 'casual', 'thanks'],
          ['ah ok c’est cool en vrai', 'casual'],
          ['Merci, c’est très clair.', 'formal', 'thanks'],
        ],
        critic: [
          ['ok réponse claire, je leur accorde', 'casual', 'praise'],
          ['cool, maintenant répondez à mes mp aussi vite mdr', 'casual', 'blames-brand'],
          ['Une réponse claire, pour une fois.', 'formal', 'praise'],
        ],
        troll: [
          ['bon ok hype je suppose', 'casual'],
          ['ok et moi j’y gagne quoi', 'casual'],
        ],
      },
      poor: {
        supporter: [
          ['un peu plus d’infos ça serait bien quand même', 'casual', 'blames-brand'],
          ['c’est tout ? 😅', 'casual', 'blames-brand'],
          ['Quelques précisions supplémentaires auraient été bienvenues.', 'formal', 'blames-brand'],
        ],
        peer: [
          ['donc… ça change quoi concrètement ? 😭', 'casual', 'blames-brand'],
          ['ça a répondu à rien mdr', 'casual', 'blames-brand'],
          ['La question principale reste sans réponse.', 'formal', 'blames-brand'],
        ],
        critic: [
          ['flou comme d’hab 🙄', 'casual', 'blames-brand'],
          ['vingt mots pour rien dire', 'casual', 'blames-brand'],
          ['Une réponse bien vague, pour une annonce pareille.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['on dirait des mentions légales 💀', 'casual', 'blames-brand'],
          ['frère a écrit une énigme', 'casual', 'blames-brand'],
        ],
      },
    },
    rumour: {
      before: {
        supporter: [
          ['source ?? ça sent le fake', 'casual'],
          ['partagez pas sans vérifier svp 😭', 'casual'],
          ['J’attendrais une déclaration officielle avant de partager cela.', 'formal', 'awaits-answer'],
        ],
        peer: [
          ['attends c’est vrai ?? 😳', 'casual'],
          ['ok là j’ai peur mdr', 'casual', 'scare'],
          ['Existe-t-il une source officielle ?', 'formal'],
        ],
        critic: [
          ['ça m’étonnerait même pas en vrai', 'casual', 'blames-brand'],
          ['{brand} qui dit rien, c’est louche', 'casual', 'blames-brand', 'awaits-answer'],
          ['Si c’est avéré, {brand} aura beaucoup à expliquer.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['source : le groupe whatsapp de mon oncle', 'casual', 'attacks-author'],
          ['qui a lancé ça 💀', 'casual'],
        ],
      },
      private: {
        supporter: [
          ['ils ont sûrement réglé ça en coulisses', 'casual'],
          ['J’imagine que {brand} examine la question.', 'formal'],
        ],
        peer: [
          ['donc c’est vrai ou pas 😭', 'casual'],
          ['Quelqu’un a-t-il eu une confirmation, dans un sens ou dans l’autre ?', 'formal'],
        ],
        critic: [
          ['pas de réponse publique = louche', 'casual', 'blames-brand'],
          ['L’absence de déclaration publique est préoccupante.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['le silence vaut confirmation 👀 (non)', 'casual'],
          ['l’intrigue s’épaissit mdr', 'casual'],
        ],
      },
      good: {
        supporter: [
          ['ok démenti, merci {brand}', 'casual', 'thanks', 'praise'],
          ['je vous avais dit que c’était faux mdr', 'casual', 'told-you'],
          ['Merci d’avoir rétabli la vérité.', 'formal', 'thanks', 'praise'],
        ],
        peer: [
          ['ouf ok 😮‍💨', 'casual'],
          ['ok je jette pas le mien alors', 'casual', 'customer', 'scare'],
          ['C’est rassurant, merci.', 'formal', 'thanks'],
        ],
        critic: [
          ['bon ok, c’est faux. pour cette fois', 'casual'],
          ['réponse claire, je prends', 'casual', 'praise'],
          ['Un démenti clair. J’en prends acte.', 'formal', 'praise'],
        ],
        troll: [
          ['{author} qui découvre le démenti en direct 💀', 'casual', 'attacks-author'],
          ['déjà fini le drama ?', 'casual'],
        ],
      },
      poor: {
        supporter: [
          ['c’est pas vraiment un démenti ça ? 😬', 'casual', 'blames-brand'],
          ['dites juste oui ou non svp', 'casual', 'blames-brand'],
          ['Un démenti plus clair rassurerait tout le monde.', 'formal', 'blames-brand'],
        ],
        peer: [
          ['donc c’est vrai ?? j’ai toujours pas compris', 'casual', 'blames-brand'],
          ['cette réponse a empiré les choses mdr', 'casual', 'blames-brand'],
          ['Cela ne nous dit pas si c’est vrai.', 'formal', 'blames-brand'],
        ],
        critic: [
          ['pas démentir, c’est un choix 👀', 'casual', 'blames-brand'],
          ['bon ben c’est un oui en gros', 'casual', 'blames-brand'],
          ['Ce n’est guère un démenti.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['le démenti qui dément rien 💀', 'casual', 'blames-brand'],
          ['« pas de commentaire », version longue', 'casual', 'blames-brand'],
        ],
      },
    },
    abuse: {
      before: {
        supporter: [
          ['laissez l’équipe tranquille 😭 ils font juste leur taf', 'casual', 'attacks-author', 'to-staff'],
          ['la façon dont les gens parlent au SAV en ligne c’est abusé', 'casual', 'to-staff'],
          ['Rien ne justifie un tel langage envers le personnel.', 'formal', 'attacks-author', 'to-staff'],
        ],
        peer: [
          ['calme-toi frérot 💀', 'casual', 'attacks-author'],
          ['pourquoi tout le monde est énervé aujourd’hui mdr', 'casual'],
          ['Restons courtois, je vous prie.', 'formal'],
        ],
        critic: [
          ['moi aussi j’ai des reproches mais là c’est non', 'casual', 'attacks-author', 'blames-brand'],
          ['insulter les gens ça va rien régler mdr', 'casual', 'attacks-author', 'insult'],
          ['La critique est une chose, l’insulte en est une autre.', 'formal', 'attacks-author', 'insult'],
        ],
        troll: [
          ['guerrier du capslock repéré 💀', 'casual', 'attacks-author'],
          ['ok c’est divertissant en vrai 🍿', 'casual'],
        ],
      },
      private: {
        supporter: [
          ['pas répondre c’est la meilleure réponse', 'casual', 'praise'],
          ['Ne pas répondre à un tel message est sage.', 'formal', 'praise'],
        ],
        peer: [
          ['ils l’ont supprimé ou pas ?', 'casual'],
          ['Cela a-t-il été traité ?', 'formal'],
        ],
        critic: [
          ['laisser des insultes sous son propre post, ok ok', 'casual', 'blames-brand', 'insult'],
          ['Une modération visible serait de mise ici.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['pas de réponse ? {author} va exploser mdr', 'casual', 'attacks-author'],
          ['zéro réaction, dur 😭', 'casual'],
        ],
      },
      good: {
        supporter: [
          ['calme et classe, j’adore 👏', 'casual', 'praise'],
          ['{brand} a trop bien géré ça', 'casual', 'praise'],
          ['Une réponse digne. Bravo.', 'formal', 'praise'],
        ],
        peer: [
          ['ok ça a bien calmé le jeu', 'casual', 'praise'],
          ['on peut passer à autre chose mdr', 'casual'],
          ['Une réponse raisonnable.', 'formal', 'praise'],
        ],
        critic: [
          ['ok bonne réponse, respect', 'casual', 'praise'],
          ['cool, maintenant répondez comme ça aux vraies réclamations', 'casual', 'blames-brand', 'insult'],
          ['Une réponse mesurée, je le reconnais.', 'formal', 'praise'],
        ],
        troll: [
          ['{author} s’est fait calmer poliment 💀', 'casual', 'attacks-author'],
          ['trop calme, ennuyeux', 'casual'],
        ],
      },
      poor: {
        supporter: [
          ['vous battez pas dans les commentaires svp 😭', 'casual', 'blames-brand'],
          ['cette réponse a rien arrangé en vrai', 'casual', 'blames-brand'],
          ['Mieux aurait valu ne pas répondre sur ce ton.', 'formal', 'blames-brand'],
        ],
        peer: [
          ['ils sont deux à se clasher maintenant mdr', 'casual', 'blames-brand'],
          ['ça part en vrille', 'casual'],
          ['Cet échange n’aide personne.', 'formal', 'blames-brand'],
        ],
        critic: [
          ['ils ont mordu à l’hameçon ptdr', 'casual', 'blames-brand'],
          ['réponse mesquine, post mesquin, tout le monde perd', 'casual', 'blames-brand', 'attacks-author'],
          ['Une réponse peu professionnelle, je le crains.', 'formal', 'blames-brand'],
        ],
        troll: [
          ['marque contre troll, round 2 let’s go 🍿', 'casual', 'attacks-author'],
          ['le stagiaire se bat pour sa vie 💀', 'casual', 'blames-brand'],
        ],
      },
    },
  },
  subjects: {
    defect: {
      supporter: [
        ['en vrai ça ressemble à un défaut, la garantie doit couvrir', 'casual', 'author-hit'],
        ['filme-le avant de le renvoyer, crois-moi', 'casual', 'author-hit'],
        ['Cela ressemble à un défaut de fabrication. La garantie devrait s’appliquer.', 'formal', 'author-hit'],
      ],
      peer: [
        ['attends le mien fait pareil 😭', 'casual', 'same-here'],
        ['je vais checker le mien direct 👀', 'casual', 'unaffected'],
        ['Le mien présente exactement le même défaut.', 'formal', 'same-here'],
      ],
      critic: [
        ['fait pour casser sah', 'casual', 'blames-brand'],
        ['le contrôle qualité est parti en vacances 💀', 'casual', 'blames-brand'],
        ['Un tel défaut ne devrait pas arriver à ce prix.', 'formal', 'blames-brand'],
      ],
      troll: [['il est pas cassé, il est vintage 💀', 'casual']],
    },
    delivery: {
      supporter: [
        ['regarde chez tes voisins, ça m’est arrivé mdr', 'casual', 'customer'],
        ['il dit quoi le suivi ? des fois c’est juste en retard', 'casual'],
        ['Voyez auprès de vos voisins, les colis y sont parfois déposés.', 'formal'],
      ],
      peer: [
        ['le mien est bloqué aussi 😭', 'casual', 'same-here'],
        ['commandé le même jour, toujours rien 🙃', 'casual', 'same-here'],
        ['Mon colis n’est toujours pas arrivé non plus.', 'formal', 'same-here'],
      ],
      critic: [
        ['« expédié » mon œil mdr', 'casual', 'blames-brand'],
        ['De tels délais de livraison ne sont pas acceptables.', 'formal', 'blames-brand'],
      ],
      troll: [['ton colis fait une année de césure', 'casual']],
    },
    stock: {
      supporter: [
        ['au prochain drop frr, active les notifs 🙏', 'casual'],
        ['pas de chance, y aura sûrement un réassort', 'casual', 'backs-author'],
        ['J’espère qu’il y aura un réassort.', 'formal'],
      ],
      peer: [
        ['sold out en 2 min 💀 la page avait même pas chargé', 'casual', 'same-here'],
        ['les bots ont encore tout pris ?', 'casual'],
        ['quelqu’un en a eu une en vrai ?? 😭', 'casual'],
        ['Quelqu’un sait-il s’il y aura un réassort ?', 'formal'],
      ],
      critic: [
        ['les bots ont tout pris et {brand} s’en fiche mdr', 'casual', 'blames-brand'],
        ['la file d’attente c’était une arnaque', 'casual', 'blames-brand'],
        ['Le système de file d’attente n’a manifestement pas fonctionné.', 'formal', 'blames-brand'],
      ],
      troll: [
        ['les revendeurs vont bien manger ce soir 💀', 'casual'],
        ['L pour tout le monde sauf les bots', 'casual'],
      ],
    },
    service: {
      supporter: [
        ['tente le chat, des fois c’est plus rapide', 'casual'],
        ['Avez-vous essayé le formulaire de contact ? C’est parfois plus rapide.', 'formal', 'suggests-contact'],
      ],
      peer: [
        ['pareil, j’attends depuis des jours 😭', 'casual', 'same-here'],
        ['J’attends moi aussi une réponse depuis plusieurs jours.', 'formal', 'same-here'],
      ],
      critic: [
        ['leur SAV c’est que des bots mdr', 'casual', 'blames-brand'],
        ['Leur service client est devenu très difficile à joindre.', 'formal', 'blames-brand'],
      ],
      troll: [['la musique d’attente en boucle, c’est devenu une playlist', 'casual']],
    },
    price: {
      supporter: [
        ['c’est peut-être un bug, regarde ton relevé', 'casual', 'billing'],
        ['Il s’agit peut-être d’une erreur de facturation. Vérifiez votre relevé.', 'formal', 'billing'],
      ],
      peer: [
        ['attends ils m’ont prélevé deux fois aussi 😭', 'casual', 'same-here', 'billing'],
        ['Mon compte a également été débité deux fois.', 'formal', 'same-here', 'billing'],
      ],
      critic: [
        ['les frais sont abusés 💀', 'casual', 'blames-brand', 'cost'],
        ['La facturation devrait tout de même être plus claire.', 'formal', 'blames-brand'],
      ],
      troll: [['mon compte en banque pleure là', 'casual']],
    },
    outage: {
      supporter: [
        ['sûrement une maintenance, ça va revenir', 'casual'],
        ['Il s’agit probablement d’une maintenance. Le service devrait revenir sous peu.', 'formal'],
      ],
      peer: [
        ['plus rien chez moi non plus 😭', 'casual', 'same-here'],
        ['Toujours aucune connexion chez moi depuis ce matin.', 'formal', 'same-here', 'online'],
      ],
      critic: [
        ['encore ?? 💀', 'casual', 'blames-brand'],
        ['Encore une interruption. Cela devient une habitude.', 'formal', 'blames-brand'],
      ],
      troll: [['bon ben je vais toucher de l’herbe 🌱', 'casual', 'online']],
    },
    game: {
      supporter: [
        ['signale-le avec un clip, ils corrigent vite', 'casual'],
        ['patch compliqué, vivement le hotfix', 'casual'],
        ['Cela vaut la peine de le signaler avec une vidéo.', 'formal'],
      ],
      peer: [
        ['même bug ici frr 😭', 'casual', 'same-here'],
        ['t’es sur quelle plateforme ?', 'casual'],
        ['la ranked est injouable là 😭', 'casual', 'same-here'],
        ['J’ai rencontré le même bug.', 'formal', 'same-here'],
      ],
      critic: [
        ['ils jouent même pas à leur jeu mdr', 'casual', 'blames-brand'],
        ['qui a testé ce patch 💀', 'casual', 'blames-brand'],
        ['Ce bug est présent depuis un moment.', 'formal', 'blames-brand'],
      ],
      troll: [['skill issue frr', 'casual', 'attacks-author']],
    },
    safety: {
      supporter: [
        ['oh j’espère que ça va {author}', 'casual', 'author-hit', 'backs-author'],
        ['J’espère que vous allez bien. En cas de doute, consultez un médecin.', 'formal', 'author-hit', 'backs-author'],
      ],
      peer: [
        ['c’est quel lot ?? je check le mien', 'casual', 'customer', 'food'],
        ['De quel lot s’agit-il ? J’en ai à la maison.', 'formal', 'customer', 'food'],
      ],
      critic: [
        ['ça fait peur en vrai, qu’ils disent si c’est vrai ou pas', 'casual', 'awaits-answer'],
        ['Vrai ou faux, le public mérite une information claire, et rapidement.', 'formal', 'awaits-answer'],
      ],
      troll: [['ça devient sérieux d’un coup', 'casual']],
    },
    policy: {
      supporter: [
        ['laisse une semaine, les gens détestent toujours les changements au début', 'casual', 'rule-change'],
        ['attendons leur explication avant de s’énerver', 'casual', 'awaits-answer'],
        ['Les changements déroutent toujours un peu au début. Laissons-leur un peu de temps.', 'formal', 'rule-change'],
      ],
      peer: [
        ['attends ça a changé quand ?? 😭', 'casual', 'rule-change'],
        ['donc les anciennes règles c’est fini ?? 👀', 'casual', 'rule-change'],
        ['À partir de quand ce changement s’applique-t-il ?', 'formal', 'rule-change'],
      ],
      critic: [
        ['personne a demandé ça mdr', 'casual', 'blames-brand', 'rule-change'],
        ['changer les règles en cours de route, abusé 💀', 'casual', 'blames-brand', 'rule-change'],
        ['Cette décision a été prise sans consulter personne.', 'formal', 'blames-brand'],
      ],
      troll: [['le règlement a encore pris un patch', 'casual', 'rule-change']],
    },
  },
};
