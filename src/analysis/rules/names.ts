/**
 * Common first names (FR and EN). A capitalised first name followed by a capitalised surname
 * is read as someone's full name. A list, not a model: known limit, see docs/analysis.md.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  (
    'marie jean pierre michel philippe alain nicolas christophe patrick daniel david stephane laurent julien sebastien thomas ' +
    'antoine francois olivier eric frederic vincent pascal julie nathalie isabelle sylvie catherine sophie sandrine valerie celine ' +
    'christine stephanie aurelie camille emma lea chloe manon ines jade louise alice lucas hugo louis leo gabriel raphael arthur ' +
    'jules adam mathis nathan theo ethan enzo kevin karim mehdi yassine sofiane mohamed fatima amina nadia samira yanis rayan ' +
    'lucie pauline claire anne helene agnes monique martine bernard andre jacques henri paul marc luc benoit guillaume romain ' +
    'maxime alexandre quentin clement baptiste florian anthony jeremy jordan dylan mathieu matthieu cedric fabien gaelle margaux ' +
    'elodie audrey laura sarah marine justine oceane morgane charlotte clara zoe lina mila nina rose jeanne ' +
    'james john robert michael william richard joseph charles christopher daniel matthew anthony mark donald steven andrew ' +
    'joshua kenneth kevin brian george timothy ronald jason edward jeffrey ryan jacob gary eric jonathan stephen larry justin ' +
    'scott brandon benjamin samuel gregory alexander patrick frank raymond jack dennis jerry tyler aaron jose adam nathan henry ' +
    'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty sandra margaret ashley kimberly ' +
    'emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia amy angela anna brenda emma olivia ' +
    'sophia ava mia isabella charlotte amelia harper evelyn abigail ella grace chloe lily hannah zoe megan jess jessie tom tim ' +
    'sam ben dan jake luke liam noah oliver elijah lucas mason logan ethan owen harry jamie chris mike dave steve kate katie ' +
    'lucy ellie holly priya raj aisha omar ali'
  ).split(/\s+/),
);
