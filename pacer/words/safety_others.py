"""Safety patterns about other people: danger from someone, and intent to hurt someone.

Danger: someone (he, she, they, my ex, a man, someone) doing violence to the writer ("he hit
me", "threw a glass at me"), threatening it ("she said she'd kill me if i leave"), being at the
door or outside, following or tracking them, locking them in, a weapon; and the writer's fear
of a person. Harm: the writer's intent ("going to", "i'll", "i swear") to hurt a person or
damage their things, with guards for games ("destroy him at tennis"), contact idioms ("hit
him up") and jokes. Runs on normalised sentences; see ``safety_rules``.
"""

from __future__ import annotations

from pacer.words.safety_rules import DANGER, HARM, Rule, rules

_D = "danger"
_HIT_ME = (
    r"(?:hit|hits|hitting|punched|punches|punching|slapped|slaps|slapping|choked|chokes|choking|slammed|"
    r"slams|smashed|smashes|banged|bangs|"
    r"strangled|strangles|strangling|kicked|kicks|kicking|beat|beats|beating|pushed|pushes|shoved|"
    r"shoves|threw|throws|attacked|attacks|attacking|raped|rapes|assaulted|assaults|smacked|smacks|"
    r"dragged|drags|pinned|grabbed|grabs|bit|bites|spat on|spit on|stabbed(?! me in the (?:back|heart))|"
    r"stabs(?! me in the back)|shot at|burned|"
    r"burnt|twisted|elbowed|headbutted|kneed|hurts|hurting|abuses|abused|abusing|threatened|"
    r"threatens|threatening|cornered|tied up|locked|locks|chased|chases|chasing)"
)
_NOT_VIOLENT_ME = (
    r"(?! (?:up|with (?:a|the|that|this|those|some|it|his|her)|back|to it|at (?:\w+ )?(?:chess|tennis|"
    r"pool|darts|cards|poker|games?|fifa|mario|golf|scrabble|monopoly|uno|trivia|a race|the race)|in "
    r"(?:a|the) (?:race|game|match)|away|off|out|under the bus|a (?:text|message|line|party|bone|"
    r"smile|look|wink|kiss)|down (?:a|the) (?:idea|plan)|through)\b)"
)
DANGER_RULES: list[Rule] = [
    *rules(_D, DANGER, [
        r"\b<agent> (?:\w+ ){0,2}?" + _HIT_ME + r" (?:me|my (?:face|head|neck|throat|arms?|wrists?|"
        r"hair|body|back|legs?|stomach|ribs|eye|mouth|nose|chest))\b" + _NOT_VIOLENT_ME,
        r"\b<agent> (?:\w+ ){0,2}?(?:threw|throws|thrown|was throwing|is throwing|keeps throwing) (?:a |"
        r"the |his |her |my )?\w+ at (?:me|my)\b|\b(?:threw|pushed|shoved|slammed) me (?:against|down|"
        r"into|onto|on the|to the)\b",
        r"\b<agent> (?:\w+ ){0,3}?(?:said|says|told me|tells me|threatened|threatens|keeps threatening|"
        r"is threatening|keeps saying|texted|texts|messaged|wrote|swore|promised|warned me|screamed|"
        r"yelled|shouted)\b(?: me| that| to me)? (?:\w+ ){0,2}?(?:he'd|she'd|they'd|he'll|she'll|they'll|"
        r"he would|she would|they would|he will|she will|they will|he's going to|she's going to|"
        r"they're going to|he is going to|she is going to|to|he was going to|she was going to|i'd|i'll)"
        r"\b (?:\w+ ){0,2}?(?:kill|hurt|find|beat|end|ruin|burn|hit|come after|make me|destroy|post|share|"
        r"leak|send (?:my|the) (?:pics|pictures|photos|nudes|videos)|take (?:the kids|my kids|the baby)|"
        r"shoot|stab|get me|get rid of|punish|strangle|choke|break my)\b",
        r"\b(?:threaten\w*|threats?) (?:me|to (?:kill|hurt|post|share|leak|come|find|take|burn|beat)|"
        r"my (?:life|family|kids))|\b(?:getting|got|get|received|receiving) (?:death )?threats\b|"
        r"\bdeath threats?\b",
        r"\bif i (?:leave|go|tell|left|report|call|break up|don't)\b[^.!?]{0,30}\b(?:he|she|they)(?:'ll|"
        r" will|'d| would|'s going to| is going to) (?:\w+ )?(?:kill|hurt|find|beat|hit|take|burn|come "
        r"after|make me pay|end)\b",
        r"\b<agent>(?:'s| is| are| was|'re| keeps| kept| has been| have been| been| started| starts)? "
        r"(?:\w+ ){0,2}?(?:banging|knocking|pounding|kicking|hammering|bashing|slamming|punching|"
        r"smashing|rattling|screaming|shouting|yelling|trying to open)\w* (?:on|at|outside|through|"
        r"against|in) (?:my|the|our) (?:door|window|windows|front door|bedroom door|car|gate)\b",
        r"\b(?:trying to|tried to|try to) (?:get|break|come|force (?:his|her|their) way) in\b|"
        r"\b(?:break|breaking|broke|kicked|kicking|kick) (?:the|my|our) (?:\w+ )?door (?:down|in|open)\b",
        r"\b<agent>(?:'s| is| are| was|'re| keeps| kept| has been| have been| been)? (?:\w+ ){0,2}?"
        r"(?:outside|at|in front of|near|round|around|parked outside|waiting outside|waiting at|sitting "
        r"outside|standing outside|watching|out front of) (?:my|our) (?:house|home|flat|apartment|place|"
        r"door|front door|window|building|work|office|job|school|car|gym|street|room|bedroom)\b"
        r"(?! (?:with|to (?:pick|drop|give)|for (?:dinner|lunch)))",
        r"\b<agent>(?:'s| is| are| was|'re| keeps| kept| has been| have been| been)? (?:\w+ ){0,2}?"
        r"(?:following|followed|follows|stalking|stalked|stalks|tracking|tracked|tracks|harass\w*|watching|"
        r"showing up|turning up|shows up|turns up|turned up|showed up|waiting for)\b (?:me|at my|outside "
        r"my|everywhere|wherever|where i|my (?:location|phone|car))\b(?! (?:on|back|on (?:insta\w*|ig|"
        r"twitter|tiktok|snap\w*|social|x|spotify|facebook|fb|linkedin|youtube|twitch|bereal)))"
        r"(?!.{0,20}\b(?:on (?:insta\w*|ig|twitter|tiktok|snap\w*|social media|spotify|facebook|fb|"
        r"linkedin|youtube)|back)\b)",
        r"\b(?:i'm|i am|i think i'm|i feel like i'm|i'm pretty sure i'm) being (?:followed|stalked|"
        r"watched|tracked|hunted)\b(?! (?:on|by (?:the|my) (?:algorithm|ads)))",
        r"\b(?:put|puts|hid|installed|found) a (?:tracker|gps|airtag|tracking device)\b|\btracks? my "
        r"(?:location|phone|car)\b|\b(?:tracker|airtag|gps) (?:on|in) my (?:car|phone|bag)\b",
        r"\b(?:won't|wont|doesn't|don't|will not|didn't|wouldn't) let me (?:leave|out|go(?= *(?:$|[.,!?]|"
        r"home|anywhere|out))|see (?:anyone|my (?:friends|family))|have my (?:phone|keys|money)|call "
        r"(?:anyone|for help))|\b(?:locked|locks|lock) me (?:in|out)\b|\b(?:takes|took|smashed|broke|"
        r"grabbed) my (?:phone|keys|passport)\b[^.!?]{0,30}\b(?:so i (?:can't|couldn't)|won't|locked|"
        r"leave|call)|\bcontrols? (?:my|all my) (?:money|phone|life)\b",
        r"\b(?:raped|rape me|sexually assaulted|sexual assault|molested|molests|forced (?:himself|"
        r"herself|themselves) on|forced me to|made me do things)\b",
        r"\b<agent>(?:'s| is| has| has got|'s got| got| had| pulled| grabbed| took out| is holding| "
        r"holding| came at me with| pointed)\b (?:\w+ ){0,2}?(?:a |his |her |the |my |their )?(?:gun|knife|"
        r"knives|weapon|bat|pistol|rifle|machete|crowbar|hammer)\b",
        r"\b(?:broke|breaking|broken|break|got|getting|climbed|climbing|came|snuck|sneaked) (?:in|into) "
        r"(?:my|our|the) (?:house|home|flat|apartment|place|room|bedroom|car|window)\b|\b<agent> (?:broke|"
        r"got|snuck|came|climbed) in\b",
        r"\b(?:restraining|protective|protection|no[- ]contact|non[- ]molestation) order\b[^.!?]{0,40}"
        r"\b(?:broke|broken|violat\w+|ignor\w+|doesn't stop|didn't stop|again|came|showed|still)\b|"
        r"\b(?:broke|violated|ignores?|ignored) (?:the|my|his|her) (?:restraining|protective|no[- ]"
        r"contact) order\b",
        r"\b(?:i'm|i am|i feel|feel|i'm so|we're) (?:\w+ )?(?:scared|afraid|terrified|frightened) (?:for "
        r"my (?:life|safety)|(?:that )?(?:he|she|they|my ex)(?:'ll| will|'s going to| is going to| might|"
        r"'d| would| is gonna)? (?:\w+ )?(?:kill|hurt|hit|find me|snap|break in|beat|attack|come back "
        r"and|do something to me|take the kids)|to (?:go|be) (?:home|alone with (?:him|her|them)))\b",
        r"\b(?:i'm|i am|i feel|feel) (?:\w+ )?(?:scared|afraid|terrified|frightened) of (?:him|her|them|"
        r"my ex|my (?:partner|husband|wife|boyfriend|girlfriend|bf|gf|dad|father|stepdad|mom|mum|"
        r"brother|flatmate|roommate))\b(?= *(?:$|[.,!?]|and|now|right now|tonight|again|he|she|"
        r"when he|when she))",
        r"\b(?:not|don't feel|never feel|no longer feel|doesn't feel) safe (?:at home|here|in (?:my|this|"
        r"our) (?:own )?(?:home|house|flat|apartment|place|room)|around (?:him|her|them|my ex)|with "
        r"(?:him|her|them|my (?:partner|husband|wife|boyfriend|girlfriend|ex|bf|gf)))\b",
        r"\b(?:i'm|i am|i think i'm|i might be|my life is|we're) (?:\w+ )?in danger\b(?! of)|\b(?:fear|"
        r"fearing|afraid) for my (?:life|safety)\b",
        r"\bhelp\b[^.!?]{0,10}\b(?:he|she|they)(?:'s| is| are|'re) (?:here|back|inside|in the house|coming)"
        r"\b|\b(?:he|she|they|my ex) found me\b(?! (?:on|a |an |online))|\b(?:found|knows|found out) "
        r"(?:my new|where i) (?:address|live|am staying|moved)\b",
        r"\b(?:i'?m|i am) trapped (?:in|inside)\b|\b(?:he|she|they)(?:'s| is| are|'re) (?:\w+ )?looking for "
        r"me\b[^.!?]{0,30}\b(?:hid|hiding|scared|afraid)|\b(?:hid|hiding)\b[^.!?]{0,40}\b(?:he|she|they)"
        r"(?:'s| is| are|'re) (?:\w+ )?looking for me\b",
        r"\b(?:hiding|hid|locked myself) (?:in|inside) (?:the|my|a) (?:bathroom|closet|wardrobe|car|"
        r"bedroom|room|cupboard|toilet)\b|\bhiding from (?:him|her|them|my ex|my (?:partner|husband|"
        r"wife|boyfriend|girlfriend|dad|father))\b",
        r"\b(?:climb|climbed|run|ran|escape|escaped|get|got) (?:out|away)\b[^.!?]{0,30}\b(?:from him|"
        r"from her|get away from|before he|before she|he was going to|she was going to|window to get)",
        r"\b(?:kill|hurt) me and (?:then )?(?:himself|herself|themselves)\b|\bsent me a (?:photo|picture|"
        r"pic) of my (?:own )?(?:front door|house|car|street|window|flat)\b|\bkeeps? driving past my\b",
        r"\b(?:he|she|they) (?:\w+ ){0,2}?(?:keeps?|won't stop|kept) (?:making (?:new|fake) accounts|"
        r"calling|texting)\b[^.!?]{0,40}\b(?:after i blocked|coming over|outside|scared|threat)",
        r"\b(?:hurt|hurts|hit|beat) me (?:so )?(?:badly|bad|again|when he|when she|every)\b[^.!?]{0,20}"
        r"\b(?:bleeding|broken|bruise|hospital|drunk|angry|again)",
        r"\b(?:hands?|fingers|arm) (?:around|round|on) my (?:neck|throat)\b",
        r"\b(?:my arm|my wrist|my nose|my rib|my ribs) (?:is|are) (?:broken|bleeding)\b[^.!?]{0,20}\b(?:he|"
        r"she|they)\b|\b(?:he|she|they) (?:\w+ )?(?:twisted|broke) my (?:arm|wrist|nose|finger|ribs?)\b",
    ]),
    *rules(_D, DANGER, [
        r"\b(?:he|she|they|my ex)(?:'s| is| are)? (?:going to|gonna|will|'ll) (?:kill|hurt) me\b(?! "
        r"(?:for|when (?:he|she|they) (?:sees|finds out|hears)|if i (?:fail|forget|don't|break|lose|"
        r"spend)))",
        r"\b(?:he|she|they|my ex)(?:'s| is| are)? (?:on (?:his|her|their) way|coming (?:over|here|back))"
        r"\b[^.!?]{0,30}\b(?:scared|furious|angry|drunk|threat|hurt|kill|knife|gun)",
        r"\b(?:i'm|i am|i'm so) (?:\w+ )?(?:scared|afraid|terrified) to (?:leave|go home|stay)\b",
        r"\bsomeone(?:'s| is)? (?:knocking|at (?:my|the) door|outside)\b[^.!?]{0,30}\b(?:alone|scared|"
        r"won't (?:say|leave|stop)|every night|again)",
        r"\b(?:he|she|they|my ex) (?:knows|found out) where i (?:live|am|work)\b",
        r"\b(?:won't|wont|doesn't|will not) (?:leave|go away|stop)\b[^.!?]{0,20}\b(?:getting|is getting|"
        r"she's getting|he's getting) (?:aggressive|violent|angry|scary)",
        r"\b(?:violent|aggressive|abusive|dangerous) (?:when|if|again|towards me|with me)\b|\bgets violent\b",
        r"\b(?:won't|wont|doesn't|will not) stop (?:coming|turning up|showing up)\b[^.!?]{0,25}\b(?:my "
        r"(?:house|flat|door|work|place|home)|here now|outside)|\b(?:keeps|kept) (?:showing|turning) up\b"
        r"[^.!?]{0,40}\b(?:when i'?m|where i|i never told|every|again|my)\b",
    ], strong=False, jokeable=True),
]

_H = "harm_others"
_HURT = (
    r"(?:kill(?:ing)?|k[i1!*]ll|murder(?:ing)?|hurt(?:ing)?|harm(?:ing)?|stab(?:bing)?|shoot(?:ing)?|"
    r"beat(?:ing)?(?: up| the \w+ out of)?|punch(?:ing)?|hit(?:ting)?|chok(?:e|ing)|strangl(?:e|ing)|"
    r"attack(?:ing)?|jump(?:ing)?|run(?:ning)? over|poison(?:ing)?|slap(?:ping)?|kick(?:ing)?|end(?:ing)?|"
    r"burn(?:ing)?|torch(?:ing)?|break(?:ing)?|mess(?:ing)? up|smash(?:ing)?|cut(?:ting)?|bash(?:ing)?|"
    r"batter(?:ing)?|deck|knock(?:ing)? out|wreck(?:ing)?|slit(?:ting)?|drown(?:ing)?|shank|"
    r"make (?:\w+ )?(?:bleed|suffer physically)|poison(?:ing)?|rip(?:ping)?|tear(?:ing)? apart|maim|"
    r"throw(?:ing)? acid on|throw|do|take(?:ing)? out|finish(?:ing)? off|run(?:ning)? (?:off the road|down)|"
    r"knock(?:ing)? (?:his|her|their) teeth out|slash(?:ing)?|spit on|choke out|put hands on|lay hands on|"
    r"ruin(?:ing)?|bottle|glass|knock|floor|drop)"
)
_NOT_HARM = (
    r"(?! (?:up|with kindness|at (?:\w+ ){0,2}(?:chess|tennis|pool|darts|cards|poker|games?|fifa|mario|"
    r"kart|golf|scrabble|monopoly|uno|trivia|match|race|karaoke|basketball|football|squash|padel|"
    r"badminton|ping pong|arm wrestling|bowling|quiz|the gym)|in (?:a |the )?(?:\w+ )?(?:game|match|"
    r"race|debate|argument|court)|for (?:eating|being|not|spoiling|forgetting|taking|using|finishing|"
    r"drinking|stealing my (?:fries|food|seat|charger|hoodie)))\b)"
)
HARM_RULES: list[Rule] = [
    *rules(_H, HARM, [
        r"\b<will> (?:\w+ ){0,2}?(?:go (?:over|round|there) (?:and |to )?)?(?:key|keying|scratch|smash|"
        r"slash|wreck|trash|torch|burn|burn down|set fire to|destroy|vandali[sz]e|spray ?paint|break|"
        r"egg|put sugar in|break into|flatten|let down|ruin|throw a (?:brick|rock|stone) through|damage|"
        r"dent|total|hit|ram|crash into|mess up|scratch up) (?:all (?:of )?|all \w+ of |every (?:\w+ )?"
        r"(?:in|on|of) )?<property>",
        r"\b<will> (?:\w+ ){0,2}?put (?:him|her|them|my ex|that \w+) in (?:the |a )?(?:hospital|ground|"
        r"grave|coffin|wheelchair|morgue|icu)\b",
        r"\b<will> (?:\w+ ){0,2}?poison (?:him|her|them|(?:his|her|their) (?:\w+ )?(?:coffee|drink|food|"
        r"tea|water|dog|cat|dinner))\b",
        r"\b(?:key|keying|slash|slashing|torch|torching|set fire to|burn down|smash|smashing|vandali[sz]e"
        r"|spray ?paint)\w* (?:up )?(?:all )?<property>\b[^.!?]{0,40}\b(?:tonight|i know where|tomorrow|"
        r"while|when|after|he'll|she'll|they'll|right now|rn)",
        r"\bset (?:his|her|their|my ex's) (?:\w+ )?on fire\b|\b<will>\b[^.!?]{0,50}\bwith (?:him|her|them) "
        r"(?:in|inside) (?:it|there)\b",
        r"\b(?:i'm|i am|i've been|i'll be) (?:\w+ ){0,1}?(?:outside|parked outside|waiting outside|"
        r"waiting for (?:him|her|them) (?:outside|at|in))\b[^.!?]{0,15}\b(?:his|her|their) (?:house|place|"
        r"flat|work|apartment|building|car|door|gym)\b[^.!?]{0,40}\b(?:do something|hurt|regret|pay|"
        r"see|waiting|knife|gun|bat|going to)",
        r"\b(?:if i can't have (?:him|her|them)|if (?:he|she|they) won't be with me)\b[^.!?]{0,20}\b(?:no "
        r"one|nobody|no1|noone) (?:can|will|else)",
        r"\b(?:scared|afraid|worried|terrified) (?:that )?i(?:'ll| will| might|'m going to| am going to|"
        r"'d| could) (?:actually |really )?(?:hurt|kill|attack|hit|stab|harm) (?:someone|somebody|him|"
        r"her|them|people|my|the)\b|\b(?:thoughts|thinking) (?:about|of) (?:killing|hurting|stabbing|"
        r"attacking|harming) (?:him|her|them|someone|people|my|the)\b",
        r"\bi (?:might|could|may) (?:actually |really )?(?:hurt|kill|attack|harm) (?:someone|somebody|"
        r"anyone|a person)\b|\bi (?:might|could) actually (?:hurt|kill) (?:him|her|them)\b",
        r"\b(?:knife|gun|bat|crowbar|hammer|machete|weapon)\b[^.!?]{0,40}\b(?:going|go|drive|driving|"
        r"heading|on my way|walk|walking|coming) (?:over )?to (?:his|her|their|my ex's|that)\b|"
        r"\b(?:going|go|drive|driving|heading|on my way)\b[^.!?]{0,30}\b(?:with|bringing|taking) (?:a|my|"
        r"the|my \w+'s) (?:knife|gun|bat|crowbar|hammer|machete|weapon)",
        r"\bput my fist (?:through|in|into) (?:his|her|their) (?:face|head|teeth|jaw)\b|\b(?:petrol|gasoline|"
        r"lighter fluid|gas can)\b[^.!?]{0,40}\b(?:his|her|their|my ex's) (?:flat|house|place|car|door)\b",
        r"\b(?:sharpening|sharpened) (?:a|my|the) knife (?:for|to)\b|\b(?:taking|take|bringing|getting|"
        r"got) (?:my |a |the )?(?:\w+(?:'s|s) )?(?:gun|knife|bat|crowbar)\b[^.!?]{0,25}\b(?:to (?:go )?(?:see|"
        r"find|get|his|her|their)|for (?:him|her|them))",
        r"\b(?:i'll|ill|i will|i'm going to|going to) (?:make|see) (?:sure )?(?:he|she|they|him|her|them) "
        r"(?:never (?:hurts?|walks?|breathes?)|(?:end|ends) up (?:in (?:hospital|the ground)|dead))",
        r"\b(?:will|'ll|is going to|gonna) pay for this with (?:his|her|their) life\b|"
        r"\b(?:he's|she's|they're) going to (?:end up|be) (?:in (?:hospital|the hospital|a coffin)|dead)\b",
        r"\b(?:planning|plotting) (?:how )?to (?:hurt|kill|get back at|attack) "
        r"(?:him|her|them)\b|\bi have a plan to (?:hurt|kill|get (?:him|her|them) back)\b",
    ]),
    *rules(_H, HARM, [
        (r"\b(?:<will>|i want to|i wanna|want to|i need to|i'm thinking (?:about|of)|thinking (?:about|of)|"
        r"i'm ready to|i'm dreaming of|i'm finna|finna|tonight i'm|i'm gonna) "
        r"(?:\w+ ){0,2}?(?:go (?:over|round|there) (?:and |to )?)?" + _HURT + r" (?:the (?:shit|hell|crap|"
        r"life) out of |all (?:of )?|every )?<target>(?: up| over| out| in| off| down| apart)?\b" + _NOT_HARM
        + r"(?<!\bdo him)(?<!\bdo her)(?<!\bdo them)(?<!\bthrow him)(?<!\bthrow her)", r"kill|k[i1!*]ll|murder|hurt|harm|stab|shoot|beat|punch|hit|chok|strangl|attack|jump|run|poison|slap|kick|end|burn|torch|break|mess|smash|cut|bash|batter|deck|knock|wreck|slit|drown|shank|make|rip|tear|maim|throw|do |take|finish|spit|put|lay|ruin|bottle|glass"),
        r"\b(?:<will>|i'm gonna|gonna) (?:\w+ ){0,4}?(?:do|throw) (?:him|her|them) (?:in|into|off|out of)\b"
        r"|\b(?:<will>|i'm gonna|gonna) (?:\w+ ){0,3}?run <target> (?:over|off the road|down|off a cliff)\b"
        r"|\b(?:<will>|i'm gonna) (?:\w+ ){0,2}?rip (?:his|her|their) (?:\w+ )?(?:hair|face|throat|head|eyes)",
        r"\b(?:i|i'll|ill) (?:swear|promise) (?:to god )?(?:i'll|ill|i will)? ?" + _HURT + r" <target>\b"
        + _NOT_HARM,
        r"\b(?:i want|i need|i'd like) (?:him|her|them|my ex|that (?:guy|girl)) (?:dead|to die|gone "
        r"permanently|in (?:the ground|a coffin|hospital))\b",
        r"\b(?:make|making) (?:him|her|them|my ex) (?:pay|suffer|regret|bleed)\b[^.!?]{0,40}\b(?:i know "
        r"where|address|parks?|lives|works|waiting|tonight|knife|gun)|\bi know where (?:he|she|they) "
        r"(?:lives?|works?|parks?|sleeps?|goes)\b[^.!?]{0,40}\b(?:pay|regret|see|waiting|wait|make|"
        r"hurt|going|will|'ll)",
        r"\b(?:i'm|i am) (?:\w+ ){0,2}?(?:going|driving|heading|on my way) (?:over )?to (?:his|her|their|"
        r"my ex's) (?:place|house|flat|work|apartment)\b[^.!?]{0,30}\b(?:to (?:hurt|sort|deal with|fight|"
        r"get)|hurt|fight|sort (?:him|her|them) out)",
        r"\b(?:going|go|gonna|i'm going) (?:over )?(?:there )?(?:now )?to (?:fight|jump|confront) (?:him|her|"
        r"them)\b|\b(?:me and my|my) (?:boys|friends|mates|brothers) (?:are going to|will|'ll|gonna) jump "
        r"(?:him|her)\b",
        r"\b(?:i'll|ill|i will|i'm going to) (?:find|get) (?:him|her|them)\b[^.!?]{0,20}\b(?:regret|pay|"
        r"hurt|bleed|sorry)\b|\b(?:she'll|he'll|they'll) (?:regret it|see|pay)\b[^.!?]{0,10}$",
        r"\b(?:i could|i can) (?:\w+ )?(?:kill|strangle|choke|stab|hurt) (?:\w+ ){0,2}?(?:right now|and i'm "
        r"not (?:joking|kidding)|i mean it)",
        r"\b(?:i'm|i am) (?:not joking|not kidding|serious),? (?:i'll|i will|i'm going to) " + _HURT,
        r"\b" + _HURT + r" <target>\b[^.!?]{0,20}\b(?:i mean it|not joking|not kidding|i swear|for real|"
        r"fr|seriously)\b",
        r"\b(?:hurt|kill|end|get) (?:whoever|anyone who|anybody who)\b",
        r"\b(?:waiting|parked|sitting|hiding|standing)\b[^.!?]{0,25}\b(?:outside|near|at|by) (?:his|her|"
        r"their|my ex's) (?:house|place|flat|work|apartment|building|car|door|gym)\b",
    ], strong=False, jokeable=True),
]
