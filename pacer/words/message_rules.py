"""The message check's newer rules and advice: data only, compiled by ``message_check``.

Patterns are matched against the check's normalised text (lower case, straight apostrophes,
texting shorthand spelled out: "u" -> "you", "im" -> "i'm", "rn" -> "right now"), with the
check's ``<tokens>`` plus the ones below. A rule is (code, negatable, patterns, unless): a
negatable match is skipped when its own clause says no first; ``unless`` (a pattern or None)
cancels the rule for the whole draft, for words that turn the same shape kind ("I still have
your key, I'll post it back").
"""

from __future__ import annotations

# Advice for the newer codes: why the wording tends to push a quiet person away, and an
# "I" sentence to try instead. Same voice as the older ones: no shame, no tactics.
ADVICE_TEXT = """
[exposure] Mentioning photos, screenshots, messages or secrets that others could see is
frightening to read, whatever you mean by it, and it turns what you shared into a weight over
them. Keep what was private between you private, and say what is true for you: "I'm hurting,
and what we shared stays between us."
[block_evasion] A block, a changed number or being asked not to write is a clear request for
space. Reaching them another way (a new account or number, a friend's phone, a payment app's
note, their work) goes round that request, and it tends to frighten people and close the door
for good. If the words need out, write them for yourself or say them to someone you trust: "I
respect your decision, and I'm letting you be."
[sarcasm] A dig, a smiley after it or a cool "noted" carries the hurt without saying it, and
it is hard to answer anything but defensively. Say the hurt plainly instead: "I felt hurt when
I didn't hear back, and I'd like to talk when you're ready."
[begging] Pleading and promising to change everything puts the weight of your pain on them,
and promises made in a rush are hard to trust. Change shows best in how you live, not in the
message. Try: "I'm working on myself, and I'd like to talk if you ever want to."
[interrogation] Questions about where they were and who with, or noticing when they were
online, read as being watched, and that makes silence feel safer. What they do with their time
is theirs to share. Try: "I'd like to hear how you are, whenever you want to tell me."
[love_bombing] A big gesture with a yes already expected leaves them a debt they never agreed
to, and it is hard to say no to kindly. Let them choose freely: "I'd love to see you, if and
when you'd like that."
"""

# In a no-contact period the boundary itself is the point, so the advice says so.
BLOCK_EVASION_NO_CONTACT = (
    "A block, or a no-contact decision, is a clear request for space, and a message that finds "
    "its way round it (a new account or number, a friend's phone, an app, their work) asks them "
    "to hold that boundary all over again. You can honour it, and your own reasons for this "
    "time, however much you miss them. Write the words for yourself, or say them to someone you "
    'trust: "I\'m keeping the space, and I\'m taking care of myself."'
)

TOKENS = {
    "<media>": r"(?:photos?|pics?|pictures?|nudes|videos?|vids?|screenshots?|screenies|receipts|texts|"
    r"messages|chats?|convos?|conversations?|dms|emails|voice ?notes|recordings?|letters|the thread|"
    r"our thread|proof|evidence|attachments|hotel receipt|files?|folder)",
    "<audience>": r"(?:boss|manager|hr|mum|mom|mother|dad|father|parents|family|wife|husband|fianc[eé]e?|"
    r"girlfriend|boyfriend|new (?:gf|bf|girl|guy|man|woman|partner|girlfriend|boyfriend)|gf|bf|"
    r"partner|friends|mates|followers|coworkers|co-workers|colleagues|team|work|office|school|uni|"
    r"dean|church|landlord|recruiter|therapist|brother|sister|ex|kids|grandma|whole family)",
    "<place>": r"(?:place|house|home|flat|apartment|building|door|doorstep|front door|street|road|"
    r"work|office|job|car|gym|school|uni|lobby|window|balcony|block|driveway|porch|bus stop|"
    r"station|shift|local|usual (?:table|spot|place)|class|yard|garden|mailbox|stairs|steps|gate|drive|stairwell)",
    "<gesture>": r"(?:booked|bought|ordered|rented|reserved|hired|paid for|paid off|put (?:down )?a "
    r"deposit|got us|got you a|made (?:a )?reservations?|cleared|sent a car|sent you a (?:plane )?"
    r"ticket|planned|proposed|redecorated|filled (?:your|ur) \w+ with|quit my job|already told|told my (?:parents|mum|mom|family)|"
    r"told (?:the whole|everyone)|tattooed|wrote you a song)",
    "<alt>": r"(?:new|second|another|third|fake|burner|private|spare|backup|alt|different|finsta)",
    "<channel>": r"(?:accounts?|acc|accs|numbers?|profiles?|insta|instagram|emails?|phones?|snap|"
    r"snapchat|page|tiktok|facebook|linkedin|telegram|signal|whatsapp|discord|twitter|number)",
    "<friendphone>": r"(?:friend|mate|roommate|flatmate|sister|brother|cousin|mum|mom|dad|sis|bro|"
    r"coworker|colleague|[a-z]+)'s (?:phone|account|acc|insta|number|snap|email|facebook|tiktok)",
    "<payapp>": r"(?:venmo|cash ?app|paypal|splitwise|zelle|revolut|monzo|gift card|payment|"
    r"google doc|shared doc|spotify|playlist|amazon|review|slack|strava|pinterest|linkedin|"
    r"dating app|gaming server)",
    "<blocked>": r"(?:blocked|muted|unfriended|unfollowed|restricted|changed (?:your|ur) number|"
    r"blocking)",
}

RULES: list[tuple[str, bool, list[str], str | None]] = [
    # broad shapes of the older codes, for wording the older rules did not foresee
    ("accusation", True, [
        r"\b(?:your |the |this |ur |that )?(?:silence|silent treatment|ignoring (?:me|people|someone)|ghosting|"
        r"not (?:answering|replying|texting back)|leaving (?:me|someone|people) on read|hiding)\b[^.!?\n]{0,40}\b"
        r"(?:cruel|coward\w*|pathetic|proof|says (?:everything|it all|a lot)|manipulat\w*|guilt|your way|way to|"
        r"punish\w*|control\w*|power move|childish|immature|disrespect\w*|selfish|sick|abus\w*|games?|weak|"
        r"heartless|gutless|spineless)\b",
        r"\byou (?:just )?(?:use|discard|drop|throw away|play|manipulate|treat) (?:people|me|everyone|others)\b"
        r"(?! (?:so )?(?:well|kindly|with))|\b(?:all|the only thing) you (?:ever )?(?:do|care about|want) is\b",
        r"\byou only (?:text|call|talk|reach out|care|want me|show up|message|come round)\b[^.!?\n]{0,10}\bwhen\b|"
        r"\btypical of you\b|\bwhat a (?:selfish|cruel|cowardly|horrible|nasty|low|pathetic|heartless) (?:thing|move|way)\b|"
        r"\bwhat kind of (?:person|human|man|woman)\b|\btells? me (?:everything|all i need)\b|\b(?:it's|its|that's) "
        r"(?:so |really |just )?(?:cowardly|cruel|pathetic|childish|immature|selfish|spineless|heartless) to\b|"
        r"\bto punish me\b|\bthis is (?:just )?what you do\b",
        r"\byou(?:'re| are) (?:probably |just |really )?(?:trying to (?:make|hurt|punish|break)|enjoying (?:this|it|"
        r"watching)|laughing (?:at me|about (?:this|it|me))|punishing|not even sorry|doing this on purpose|hiding (?:from|behind))\b",
        r"\byou (?:get off on|enjoy|love) (?:people|watching|making|seeing|hurting)\b|\byou made me (?:fall|"
        r"love|believe|trust)\b[^.!?\n]{0,40}\b(?:vanish|disappear|left|dropped|ghost)\w*",
        r"\bit's (?:so )?(?:obvious|clear) (?:that )?you\b|\byou (?:can't|couldn't|won't) even be (?:honest|"
        r"decent|bothered|a decent|an adult)\b|\byou (?:destroyed|ruined|wrecked|broke) (?:us|this|everything|"
        r"what we)\b",
        r"\byou (?:always )?run (?:away )?(?:whenever|every time|when|as soon as)\b|\byou know exactly what you"
        r"(?:'re| are) doing\b|\byou treat me like\b|\byou(?:'re| are) (?:a|such a) (?:user|player|snake|cheat|"
        r"cheater|bully|monster|fraud|liar|coward|child|joke)\b|\b(?:heartless|cruel|cowardly|pathetic)\b"
        r"[^\n]{0,3}$",
    ], None),
    ("guilt", True, [
        r"\bi (?:\w+ ){0,2}?(?:gave up|cancell?ed|skipped|turned down|sacrificed|moved|drove|paid|put you first|"
        r"wasted|defended|learned|held|stayed|was there|did everything|changed|quit|dropped|missed|spent)\b"
        r"[^.!?\n]{0,60}\b(?:for you|on you|to be with you|to stay|and (?:now )?you|and this|this is what|"
        r"can't even|won't even|couldn't even|now you|and got)\b",
        r"\byou did that\s*[.!]*\s*$|\bbecause of what you did\b|\bsupposed to be the one\b|\bcried myself to sleep\b|"
        r"\bhaven't (?:slept|eaten)\b[^\n]{0,40}\bhope you're\b|\bdeserve this\b|\byou know how (?:bad|hard) my\b|"
        r"\bhow much you(?:'ve| have)? hurt me\b|\bthis is what i get\b|\bhow you repay\b|\byou (?:can't|won't|couldn't) even (?:text|answer|reply|pick "
        r"up|give me|say|spare|be bothered|look)\b|\b(?:not that it|it doesn't) matters? to you\b",
        r"\b(?:because of|since) you (?:left|stopped|went|walked|ended)\b|\bit's (?:all )?because of you\b|"
        r"\bruined my (?:birthday|christmas|life|day|week|year|holiday|weekend)\b",
        r"\b(?:you have no idea|do you (?:even )?know|you don't know) (?:what|how)\b[^.!?\n]{0,30}\b(?:putting me "
        r"through|hard|like|embarrassing|much (?:this|it) hurts|hurt|bad)\b",
        r"\byou were my (?:whole )?(?:world|everything|life)\b|\bnever worth\b|\bwasn't (?:good )?enough\b|\bi was "
        r"(?:so )?good to you\b|\bi would never (?:have )?(?:done|do) this to you\b|\byou know i have (?:nobody|"
        r"no one)\b|\b(?:everyone|people) warned me\b|\blucky to have me\b|\bsaid you'd never hurt me\b",
        r"\b(?:the kids|my (?:whole )?family|my (?:mum|mom|parents)|everyone) (?:keeps? |is |are )?(?:asking|"
        r"cried|crying)\b[^.!?\n]{0,30}\b(?:you|i did wrong|why)\b",
    ], None),
    ("jealousy", True, [
        r"\bguess who(?:'s| is)? (?:taking|asked|bought|kissed|coming)\b|\b(?:you're|you are) (?:so )?easy to replace\b|"
        r"\bdates? this week\b|"
        r"\b(?:with|found|met|seeing|dating|i have|i've got|got) (?:someone|somebody|a (?:guy|girl|man|woman)|my date)\b "
        r"(?:who|that) (?:actually|finally|doesn't|does|gets|treats|appreciates|wants|notices|listens|cares|"
        r"texts|replies)\b",
        r"\b(?:i've got|i have|had|got|i'm going on|going on) (?:a|another|the best) (?:date|fling|hook ?up|"
        r"night out with|weekend away with)\b|\bi met (?:a guy|a girl|someone|this guy|this girl)\b",
        r"\basked for my number\b|\b(?:guys|girls|men|women|people) (?:have been |keep |are )?(?:messaging|"
        r"dming|hitting on|asking)\b|\bmy ex wants me back\b|\b(?:slept|stayed) over at (?:his|her|their)\b|"
        r"\bnice to be wanted\b|\breplacement\b|\bcomplete opposite\b|\bbrought (?:someone|a date)\b|"
        r"\b(?:he|she) (?:actually|finally) (?:asks|listens|texts|replies|cares|calls|treats|pays|makes)\b|\bmy date\b|\bunlike (?:us|you|some people)\b|\bbought me (?:dinner|flowers|drinks|a drink)\b",
    ], None),
    ("demand", True, [
        r"(?:^|[.!?\n]\s*)(?:now )?(?:tell me (?:what|why|the truth|to my face)|explain\b|give me (?:a|one|an|my|"
        r"the)|say something|answer me|look at your phone|stop (?:hiding|being a)|hurry up|face me|message me "
        r"back|text me back|reply|respond)\b(?![^.!?\n]{0,30}\b(?:whenever|anytime|if you|when you|sometime|no rush|"
        r"no pressure|once you|later|if and when))",
        r"\banswer the (?:damn |fucking |bloody )?question\b|\b(?:i'm|i am) not asking (?:again|twice)\b|\bno arguments\b|\bno excuses\b|\bi want (?:a full|an|my|"
        r"the|a real|some) (?:explanation|answer|apology|reason|closure)\b|\bi'm owed\b|\bthe second you see\b",
        r"\byou (?:will|are going to|'re going to|'re gonna) (?:explain|tell me|talk|call|answer|sit down|face)\b|"
        r"\byou don't get to (?:just )?(?:leave|walk|ignore|disappear|ghost|go)\b",
        r"\b(?<!if )you have to (?:at least )?(?:tell|explain|answer|give|talk)\b|\bi need you to (?:come|tell|"
        r"talk|explain|call|answer|meet|give|text|reply|pick up)\b|\bi need to see you\b[^\n]{0,5}(?:tomorrow|"
        r"today|tonight|now)",
    ], None),
    ("exposure", True, [
        r"\b(?:send|show|forward|post|share|leak|read)\w*\b (?:out )?(?!you\b|me\b|u\b)(?:(?:your|ur|his|her) "
        r"\w+ |people |everyone |a few |some )?(?:what you (?:said|sent|wrote|told me|did)|(?:the |those |these |"
        r"our |my |your |ur )?(?:hotel receipt|screenshots?|videos?|nudes|voice ?notes|receipts|recordings?|"
        r"dms|chats|texts|letters|(?:pics|photos|pictures) (?:from|of you)))\b",
        r"\bwould think of (?:the|your|those|these|our)\b|\bi still have (?:them|those|it all)\b|\bholding "
        r"(?:your|ur) (?:screenshots|photos|pics|secrets)\b|\bi(?:'ve| have) still got saved\b|\bso do my "
        r"(?:photos|pics|videos)\b|\bi know (?:your|ur) password\b|\bcould log in\b",
    ], r"\b(?:i deleted|i've deleted|won't post|not going to post|keep your secret|smile|memories|happy to post|"
       r"whenever you want them|they're yours|ready whenever|if you (?:ever )?want them|want me to send|would you like|"
       r"send (?:them|it) (?:to you|over|back))"),
    ("block_evasion", True, [
        r"\bnew number\b[^.!?\n]{0,40}\b(?:only way|reach you|blocked)\b|\bonly way (?:i can|to|i could) (?:reach|contact|talk "
        r"to|get hold of) you\b|\bblock me (?:here|again|on this|on here) too\b|\bdon't block me (?:here|again|on here)\b|"
        r"\bkeep making (?:them|accounts|new ones)\b|\b(?:left|posted|leaving) a comment on (?:your|ur)\b[^\n]{0,40}\b(?:it's "
        r"me|so you|since you)\b|"
        r"\blet me use (?:her|his|their) (?:phone|account)\b|\buse (?:her|his|their|my \w+'s) (?:phone|account|"
        r"whatsapp|snap)\b|\b(?:your|ur) \w+ (?:one )?bounces\b|\bfound (?:your|ur) new (?:insta|instagram|account|"
        r"number|profile|snap|page)\b|\b(?:texting|calling|messaging|writing|emailing) (?:you )?from (?:the|a|my) "
        r"(?:landline|work phone|office phone|payphone|work email)\b|\bhas me blocked\b|\b(?:on|to) (?:your|ur) work "
        r"(?:phone|email|voicemail|address)\b|"
        r"\b(?:you|u) (?:blocked|muted) me,? so\b|\bat (?:your |ur )?work (?:instead|since|because)\b|\b(?:it's|its) me\b"
        r"[^\n]{0,20}\bnew (?:number|phone)\b|\beverything else (?:is )?blocked\b|"
        r"\b(?:since|because|as|cause|cos) (?:you(?:'re| are)|ur) (?:ignoring|blocking) (?:everything|me everywhere|"
        r"all)\b|\bsince (?:\w+ )?(?:messenger|whatsapp|insta|instagram|snap|my number|everything else|it|"
        r"facebook) is blocked\b|\bhaven't blocked\b",
        r"\b(?:account|server|app|page|profile|number|phone|group)\b[^.!?\n]{0,30}\bto reach you\b|\b(?:so you(?:'d| would)? "
        r"(?:have to )?(?:see|read) (?:it|this|something)|only way to reach)\b|\bfake name\b|\b(?<!your )(?<!ur )(?:new|another|second|third|alt|fake|different) (?:account|acc)\b",
        r"\b(?:left|wrote|put|sent|slipped)\b[^.!?\n]{0,20}\b(?:note|message|card|letter)\b[^.!?\n]{0,40}\b"
        r"(?:your car|windscreen|windshield|mailbox|letterbox|the app|since you|because you|so you)\b",
    ], r"\b(?:i(?:'m| am) not going to (?:try to )?(?:reach|contact|message)|i won't (?:try to )?(?:reach|contact|message)|"
       r"respecting your block|i've deleted it|that's (?:fine|okay|ok)|i won't look|for my (?:art|work|business|photos|music))\b"),
    ("love_bombing", True, [
        r"\b(?:booked|bought|paid for|planned|made|redecorated|cleared|flying out|rented)\b[^\n]{0,120}\b(?:for "
        r"us|it's ready for you|keys on|can't wait to see you|i'll be waiting|tell me you don't|for real|first "
        r"one's|yet\.|gate \d+|come to the airport|watch it and)\b",
    ], r"\bno pressure\b|\bif you (?:want|like|feel like|'d like|would like)\b|\bno worries if not\b|"
       r"\bno strings\b|\bwelcome to\b|\bonly if you\b|\bmy own\b"),

    ("threat", True, [
        # being near them, announced: "outside ur work rn", "across from your building"
        r"\b(?:i'm|im|i am|i'll be|i will be|i'll wait|i'm waiting|waiting|parked|sitting|standing|"
        r"i'm sitting|i'm parked|i've been|been)\b[^.!?\n]{0,25}?\b(?:outside|at|across from|"
        r"opposite|near|by|in front of|at the (?:end|bottom|top|front|back|side) of|round the corner from|downstairs "
        r"from|in) (?:the (?:\w+ )?of )?<your> (?:own )?<place>\b",
        r"\b(?:i'm|i am|i'll be|i was|i've been|been|swung by|popped by|came by|went by|drove past|walked past|"
        r"stopped by|waited|sat|stood|i'll come|i'll show up|i'll turn up|turning up|showing up)\b[^.!?\n]{0,30}?\b(?:at|to|"
        r"by|outside|past|in) (?:your|ur) (?:\w+'s|mum's|mom's|brother's|sister's|parents'|dad's|cousin's|<place>)",
        r"\bi followed (?:you|your|ur)\b|\b(?:saw|seen|watched) (?:them|it|you) (?:last night|through|from the)\b|"
        r"\bwhere you're (?:staying|living|working|going|sleeping)\b|\b(?:your|ur|the) spare\b[^.!?\n]{0,20}"
        r"\b(?:mat|pot|picked|took|have|got)\b|\bunder the mat\b|\blet me up\b|\bwhether you (?:invite me|like it|"
        r"want me|want it) or not\b|\b(?:get|be) (?:to|at) (?:your|ur) \w+ in \d+|\b(?:you'll|you will|surprised if "
        r"you) see me (?:at|there|outside|again)\b|\b(?:got|have|found) (?:your|ur) (?:new )?address\b|\bways to make "
        r"you\b",
        r"\b(?:come|coming|stop|stopping|pop|popping|swing|swinging|drop|dropping|show|showing|turn|turning)\w* (?:up |by |"
        r"round |over |in )?(?:to |at |by )?(?:the \w+ )?(?:on|at|to|by|outside) (?:your|ur) (?:new )?(?:\w+'s )?<place>\b|"
        r"\b(?:drove|walked|went|been|driven|walking|driving) past (?:your|ur) (?:new )?<place>\b|\b(?:wait|waiting|sit|"
        r"sitting|stand|standing) in the (?:car park|lobby|street|parking lot|road)\b|\bcome out (?:of (?:your|ur) \w+ )?"
        r"eventually\b|\b(?:haven't|didn't|never) asked for (?:the|your|ur) (?:\w+ )?keys? back\b|\bnot far from "
        r"(?:mine|me|my place)\b|\b(?:back|front) door (?:is )?(?:still )?unlocked\b",
        r"\bi'm outside\b[^\n]{0,60}\b(?:your|i can see)\b|\bi can see\b[^.!?\n]{0,30}\b(?:your|ur)\b(?! (?:point|side|"
        r"perspective|view|story|post))|\b(?:your|ur) (?:way|route) (?:home|to work)\b|\bi know (?:you|u) (?:switched|moved|"
        r"changed)\b|\bi(?:'ll| will) be (?:there|waiting|at (?:the )?\w+) when you (?:land|arrive|get (?:home|back|out)|"
        r"finish|leave)\b|\b(?:would|will|won't|wouldn't) stop me\b|\bcan't hide\b|\b(?:your|ur) (?:\w+ )?lights?\b(?:'s| is| are|"
        r" been)? (?:on|off|been)\b|\bi(?:'ll| will) be at (?:your|ur) (?:graduation|wedding|party|funeral|birthday|match|"
        r"game|class|lecture|gig|show)\b|"
        r"\bi (?:still |already )?know where you\b|\b(?:walking|walk|come|coming) up to (?:your|ur)\b|\bin person\b[^.!?\n]{0,20}"
        r"\b(?:your|ur) (?:door|place|house|work)\b|\b(?:get|got|getting) into (?:your|ur) (?:building|flat|house|place|car)\b|"
        r"\bbefore i get there\b|\bi(?:'ll| will) (?:talk to|see|find) you at (?:your|ur|the|church|work|school|class)\b|"
        r"\bi know the (?:code|key|password|pin) (?:to|for) (?:your|ur)\b|"
        r"\bi know (?:the|your|ur) (?:code|key|password|pin) (?:to|for) (?:your|ur)\b|\b(?:change|changed) the locks\b|"
        r"\b(?:saw|seen|spotted) (?:your|ur) (?:car|bike|light|lights|van)\b|\bsaw it from the street\b",
        r"\b(?:i'm|im|i am) (?:literally |just )?(?:downstairs|outside (?:your|ur|yours)|at the end of your|at your)\b",
        r"\bthrough (?:the|your) (?:window|curtains|blinds)\b|\b(?:in|outside|by) (?:the|your) (?:yard|garden|"
        r"porch|driveway|window) (?:last night|earlier|tonight|this morning)\b|"
        r"\b(?:saw|seen|spotted|watched|watching) you (?:leave|leaving|at|through|in the|walk|"
        r"running|come out|get in|with your)\b|\byou didn't see me\b",
        r"\bi (?:can|could) see (?:you|your (?:window|balcony|car|door|flat|house|light))",
        r"\bi know (?:where you (?:live|work|are|park|sleep|go|'ll be|will be|moved|run)|which "
        r"(?:bus|train|gym|route|spot|way|door|flat|house|car)|(?:your|ur) (?:new )?(?:address|schedule|"
        r"routine|shift|route|door code|code)\b(?!'s)|where (?:your|ur) (?:mum|mom|parents|family|sister|"
        r"brother) lives?)",
        r"\b(?:still )?(?:have|got|kept|keep|had) (?:a copy of |the |your |ur |my |a )?(?:spare )?"
        r"(?:keys?|fob|garage opener|door code|code)\b(?! back)",
        r"\b(?:copy of|copied) (?:your|ur|the) (?:house )?keys?\b|\bstill on the lease\b|\bi know "
        r"where the (?:other|spare) key\b|\bremember (?:your|ur) (?:door )?code\b",
        r"\b(?:on my way|heading|coming|driving|walking) (?:over |round )?(?:to )?(?:yours|your (?:place|"
        r"house|flat|work))\b|\bi'm coming over\b|\bi(?:'ll| will) come (?:up|find you|to you)\b",
        r"\b(?:i'll|i will|i'm going to) find (?:you|out where you)\b|\bit's a small town\b",
        r"\b(?:this isn't|this is not|it's not) over\b|\b(?:easy way or the hard way|get what's coming|"
        r"watch yourself|watch your back|sleep with one eye|one eye open)\b",
        r"\b(?:you'd|you had|you) better (?:hope|watch|be careful)\b|\bnot someone you want to\b|"
        r"\bmake an enemy\b|\bi'm not someone who (?:just )?goes away\b",
        r"\bmake (?:your life|things|this) (?:very |really |so )?(?:difficult|hard|awkward|"
        r"complicated|miserable|hell)\b|\bone phone call\b|\byou(?:'d)? lose (?:that|your) job\b",
        r"\b(?:what happens next|see how that works out)\b|\bno one (?:else )?gets to have you\b|\bif i "
        r"can't have you\b",
        r"\b(?:tyres?|tires?|brakes?) (?:looked|look|were|was) (?:a bit )?(?:flat|off|funny)\b|\bbe careful "
        r"(?:driving|walking|out there) (?:tonight|home)\b",
        r"\b(?:you looked|cute|nice|love the) (?:nice|good|cute|great)?[^.!?\n]{0,20}\b(?:today|this "
        r"morning|at the park|at the gym|through the window|on your run)\b(?![^.!?\n]{0,30}\b(?:photo|"
        r"pic|post|story))",
        r"\bsame (?:route|time|place) as (?:always|usual)\b[^\n]{0,15}\?|\byou can't avoid me\b|"
        r"\bsee you (?:there|soon|then|tonight)\b[^\n]{0,3}(?:😉|🙂|😈)",
        r"\bwhether you like it or not\b|\b(?:i'll|i will) be (?:here|there|outside) every (?:night|day)\b",
        r"\bi(?:'ll| will) be at (?:the|your|our)\b[^.!?\n]{0,40}\b(?:you (?:always|never miss|can't)|"
        r"my friend invited|your usual)",
    ], r"\b(?:post|drop|leave|give|hand|send|return|mail|bring)\w* (?:it|them|the keys?|your keys?|"
       r"the fob)? ?(?:back|through|in (?:the|your) (?:mailbox|letterbox)|to the|with)\b|\bi returned\b|\b(?:shall|should) i\b|"
       r"\bwant me to\b|\bdo you want (?:it|them)\b|\bsorry (?:i|for) (?:turned|showed|came|went|turning|showing|"
       r"coming)\b|\bleave it for you\b|\bfor you to collect\b|\bas (?:agreed|planned)\b|\blike (?:we (?:said|agreed|planned)|you asked)\b|\bif you still want\b|"
       r"\bno need to come\b"),
    # a broad net for turning up: I (am, will be, was) somewhere of theirs, in one clause, unless
    # the same draft is plainly logistics or care ("I'll drop your keys at your work, no need to come down")
    ("threat", True, [
        r"\b(?:i|i'm|i'll|i've|i was|i am|me)\b[^.!?\n]{0,40}?\b(?:your|ur) (?:new |own |\w+'s )?<place>\b",
        r"\b(?:your|ur) (?:new |own |\w+'s )?<place>\b[^.!?\n]{0,30}?\b(?:i'm|i'll|i was|i've been|i am|see me|find me)\b",
    ], r"\b(?:drop|return|post|leave|bring|send|give|hand|mail|forward|collect|pick|deliver|dropp|sent|left|put)\w* "
       r"(?:it|them|off|up|back|your|the|over|round)\b|\bas (?:agreed|planned)\b|\blike we (?:said|agreed|planned)\b|"
       r"\bif you (?:want|like|'d like|would like|still want|need|ever)\b|\bwant me to\b|\b(?:shall|should|can) i\b|"
       r"\bno need\b|\bno pressure\b|\bwhenever\b|\bsorry\b|\bwon't\b|\bnot going to\b|\bnever\b|\bcongrat|"
       r"\bproud\b|\bhappy for\b|\bgood luck\b|\bhope\b|\bthank|\bno worries\b|\bno rush\b|\bglad\b|"
       r"\bparcel|\bpost(?:man)?\b|\bdeliver|\bkeys?\b[^.!?\n]{0,30}\b(?:back|return)|\bhelp\b"),
    ("exposure", True, [
        r"\b(?:post|share|leak|send|forward|show|drop|print|put|publish|upload|release|read)\w* "
        r"(?:out )?(?:the |our |your |ur |those |these |all (?:the |our |your )?|some of (?:the |our )?|"
        r"a few of (?:the |our )?|what you (?:said|sent|told me)|the whole )?<media>\b"
        r"(?! (?:to you|you asked|back to you|with you|from the (?:hike|trip|party|wedding)))",
        r"\b(?:post|share|put|drop)\w* (?:it|them|this|that|the (?:whole )?(?:convo|conversation|thread)) "
        r"(?:on|in) (?:my story|reddit|insta\w*|facebook|twitter|online|the group ?chat|the internet)",
        r"\b(?:(?:it'd|it would|would|that would|that'd) be a (?:shame|pity) if|(?:i'd|i would|would|i) hate for)\b",
        r"\b(?:your|ur|the) (?:\w+ )?<audience>\b[^.!?\n]{0,40}\b<media>\b|\b<media>\b[^.!?\n]{0,40}\b(?:your|ur) <audience>\b|"
        r"\b(?:read|see|hear) what you (?:told|said|sent|wrote)\b|\bwho else (?:would|might) (?:like|want|love) (?:them|to see|"
        r"to know|these)\b|"
        r"\b(?:let|make) (?:your|ur) (?:new )?\w+ (?:read|see|hear|know)\b(?! (?:i|that i|how|congrat\w*|happy|thanks|thank))|\bdoes (?:your|ur) <audience> know\b|"
        r"\bone (?:message|text|email|call|post|phone call) to (?:your|ur)\b|\bif i (?:sent|send|showed|show|told|tell|"
        r"forwarded) (?:your|ur)\b|\bread what you\b|\bwritten (?:it all|everything) down\b|\b(?:would|will|'d) love to see (?:those|the|your|these) "
        r"<media>\b|"
        r"\b(?:doesn't|don't|does not|do not) know about (?:us|this|me|that night|what you)\b|\bif (?:he|she|they|"
        r"(?:your|ur) \w+) (?:saw|found out|heard|read|knew|sees|finds out)\b",
        r"\b(?:your|ur) (?:new )?<audience> (?:might|would|will|should|deserves? to|may|could|is going to) "
        r"(?:(?:really |very |probably )?(?:love|like|want|enjoy|find|be interested|see|know|hear|read|"
        r"laugh|meet))",
        r"\b(?:still (?:have|got)|kept|keeping|saved|screenshotted|haven't deleted|didn't delete|got|have)\b"
        r"[^.!?\n]{0,25}\b(?:screenshots?|videos?|nudes|voice ?notes|receipts|recordings?|dms|chats|texts|"
        r"(?:photos|pics|pictures|messages) (?:you sent|of you)|the (?:whole )?thread|proof|evidence)\b"
        r"(?![^.!?\n]{0,40}\b(?:if you(?:'d)? (?:want|like)|want me to send|would you like|for you|from (?:the|"
        r"your) (?:party|graduation|hike|trip|school)))",
        r"\b(?:still|haven't deleted|didn't delete)\b[^.!?\n]{0,30}\b<media>\b[^\n]{0,40}(?:just saying|btw|"
        r"just so (?:you|u) know|in case|for now|😏|think about)|\bremember (?:those|the|that) (?:pics|photos|"
        r"videos?)\b[^\n]{0,30}\bi do\b|\b(?:proof|evidence|receipts) of everything\b|\bnot afraid to use\b",
        r"\b<media>\b[^.!?\n]{0,40}\b(?:(?:are|is) still (?:on|in)|still on my|on my (?:phone|laptop|"
        r"cloud|drive)|don't need you to|are going on|got out|end up|get around|got around)\b",
        r"\b(?:i know|i've got|i have|i remember) (?:things about you|stuff about you|things (?:nobody|no one) "
        r"else|what you did|your (?:secret|password|passcode|phone passcode|pin))\b|\b(?:your|ur|our) (?:little )?secret(?:'s| is)? (?:safe|very "
        r"public|(?:is )?not safe)|\bsafe with me\b[^\n]{0,10}\bfor now\b",
        r"\bstill (?:logged in|logged into|remember (?:your|ur) (?:phone )?(?:passcode|password|pin))\b",
        r"\b(?:found out|find out|heard|hears?|knew|knows?) about (?:the|your|ur)\b[^.!?\n]{0,30}\b"
        r"(?:abortion|affair|drugs|dog|debt|essays?|arrest|record|hobby)\b|\bact accordingly\b",
        r"\b(?:everyone|the group ?chat|people|your followers|the world|the whole (?:school|office|town))"
        r" (?:will|would|is going to|are going to|gonna|going to) (?:see|know|love|find out|hear|"
        r"laugh)\b",
        r"\b(?:tell|telling|told) (?:every(?:one|body)|your \w+) (?:why|about|what you did)\b",
        r"\btaking your reputation\b|\bmeet the real you\b|\bsee(?:s)? (?:the real you|who you (?:really )"
        r"?are)\b",
        r"\bi(?:'ll| will| could| can) (?:let|tell) (?:your|ur) \w+ (?:know|about)\b",
    ], r"\b(?:i deleted|i've deleted|deleted (?:the|our|all)|i'm going to delete|i'll delete|won't post|"
       r"not going to post|i'll keep (?:our|your) secret|keep your secret|safe with me, always|smile|memories|happy to post|whenever you want them|they're yours|ready whenever|if you (?:ever )?want "
       r"them|want me to send|would you like|send (?:them|it) (?:to you|over|back))"),
    ("block_evasion", True, [
        r"\b(?:since|because|cause|cos|as|now that|bc|coz|so) (?:you|u) (?:have |'ve |already )?"
        r"(?:<blocked>)\b",
        r"\b(?:i know|i'm|im|i am|even though|although|since|ok) (?:i'm |im |i am |you |u )?"
        r"(?:still )?(?:blocked|blocked me|muted me|have me blocked)\b",
        r"\bblocked (?:me )?(?:on|everywhere|from)\b|\b(?:have|got) me blocked\b|\bmy (?:number|texts?|"
        r"messages?) (?:is|are)? ?(?:blocked|don't go through|bounce)\b",
        r"\b(?:only|one) (?:app|place|thing|platform)(?: that)? you (?:didn't|haven't|forgot to) block\b|"
        r"\bforgot (?:to|about) block\w*|\bforgot about (?:pinterest|email|strava|slack|linkedin)\b",
        r"\bunblock me\b|\b(?:don't|do not) block (?:this|me again|this one)\b|\byou can(?:'t)? block me\b|"
        r"\bstop blocking\b",
        r"\b(?:made|making|created|make|set up|opened|using|from|via) (?:a |an |my |this )?"
        r"<alt> (?:<channel>)\b(?![^.!?\n]{0,40}\b(?:got hacked|for work|still works too|is fine too))",
        r"\b(?:using|on|from|borrowed|borrowing|borrow|via|through|had|got) (?:my |a |her |his |their )?"
        r"<friendphone>",
        r"\b(?:had|got|asked) (?:my )?(?:friend|mate|cousin|sister|brother|[a-z]+) (?:to )?(?:dm|add|message|"
        r"text|send|call)\b[^.!?\n]{0,20}\b(?:you|this)\b[^.!?\n]{0,40}\b(?:blocked|it's me|it's really me)",
        r"\b(?:private|unknown|withheld|different|another|other|three different|a new) numbers?\b[^.!?\n]{0,20}"
        r"\b(?:call|calling|called|text|texting|tried)|\b(?:call|called|calling|tried calling|tried) "
        r"(?:you )?(?:from|on) (?:a |my )?(?:private|unknown|withheld|different|another|\w+ different) ",
        r"\b(?:got|found|get|tracked down|dug up) (?:your|ur) (?:new )?(?:number|email|address|account)\b"
        r"[^.!?\n]{0,20}\b(?:from|through|off|on|via|took)\b|\byou changed (?:your|ur) number\b|\bthe "
        r"new one was on\b",
        r"\bkeep finding (?:a )?ways?\b|\bi(?:'ll| will) (?:just )?(?:make|find) another (?:account|way|number)\b",
        r"\bi know (?:you|u) (?:asked|said|told me|want(?:ed)?|don't want|didn't want)\b[^.!?\n]{0,50}?"
        r"\b(?:contact|text|message|call|hear from me|no contact|space)\b[^.!?\n]{0,15}?,? but\b",
        r"\b(?:i know|i'm aware) (?:you|u) said no contact but\b|\bno contact but\b",
        r"\b<payapp>\b[^.!?\n]{0,50}\b(?:note|memo|message|so you(?:'d| would)? see|only way|since|"
        r"with a|you'd have to|you have to)\b|\b(?:note|memo|message)\b[^.!?\n]{0,20}\b<payapp>\b",
        r"^(?:venmo|cash ?app|paypal|splitwise|zelle|revolut|monzo) (?:note|memo|message)?:|\b(?:sent|send|"
        r"sending) (?:you )?(?:a )?(?:\$|£|€)\d|\brequest for (?:\$|£|€)\d",
        r"\b(?:old|your old) (?:work )?email still works\b|\b(?:found|tracked) you (?:on|through) \w+\b[^\n]{0,25}"
        r"\b(?:blocked|everywhere)|\b(?:it's|its|this is) me(?: again)?[.,]? (?:on|from|using) (?:my|a|an|"
        r"her|his|the|new|another)\b",
        r"\b(?:since|because) (?:i can't|i cannot|i can no longer) (?:text|message|call|reach|dm) (?:you|u)\b|"
        r"\b(?:since|because|as) (?:my|your) (?:texts?|calls?|messages?) (?:don't|won't|can't) go through\b",
        r"\bi know i'm blocked\b|\bblocked (?:on )?everything\b|\bsince everything else is blocked\b",
        r"\b(?:fake|different) name\b|\bburner\b|\bgot my (?:friend|mate|cousin) to add you\b",
    ], r"\b(?:i(?:'m| am) not going to (?:try to )?(?:reach|contact|message)|i won't (?:try to )?(?:reach|contact|message)|"
       r"respecting your block|i've deleted it|that's (?:fine|okay|ok)|i won't look|for my (?:art|work|business|photos|music))\b"),
    ("self_harm", False, [
        r"\b(?:i'm|i am|i'll be|i was) (?:not|no longer) (?:here|around|alive) (?:anymore|any more)\b|\bsoon you won't have to\b|"
        r"\bwon't have to worry about me (?:at all|anymore|soon|much longer)\b|\brid of me\b|"
        r"\b(?:won't|will not|not going to|not gonna|wont) be (?:around|here|alive)(?! (?:next|this|on|for a|tomorrow|until|"
        r"till|from|at|in|over|during|tonight|today))(?: (?:much longer|"
        r"anymore|any more|to bother|for long))?\b|\bhave to deal with me much longer\b",
        r"\bdo something (?:stupid|i can't take back)\b|\bif (?:something|anything) happens to me\b",
        r"\b(?:your|ur) fault if i\b|\bit's on you if\b|\b(?:keeping|keeps) me (?:alive|going|here)\b|"
        r"\b(?:only|one) reason i'm (?:still )?(?:here|alive)\b",
        r"\bmake (?:it|that) permanent\b|\bnot going to make it\b|\bread about me\b|\bletters for everyone\b",
        r"\bgiven away (?:all )?my (?:stuff|things)\b|\bpills\b|\bending (?:it|things|everything)\b|"
        r"\bend (?:it|things) (?:tonight|for good)\b|\bi'm ending it\b",
        r"\b(?:on|at) the (?:edge of the )?(?:bridge|roof|edge|ledge)\b|\b(?:not|never) wak(?:e|ing) up\b|"
        r"\bdon't wake up\b|\bcutting again\b|\bstarted cutting\b|\bhurt myself\b",
        r"\bstarve myself\b|\bnot (?:eating|sleeping) until (?:you|u)\b|\b(?:life|living)(?: without "
        r"(?:you|u))? (?:isn't|is not|isnt|ain't) worth\b|\blife is (?:literally )?in (?:your|ur) hands\b",
        r"\b(?:nobody|no one|no1) (?:would|will) (?:even )?(?:notice|miss|care)(?: me)?(?: if i)?\b",
        r"\bif (?:this|we|it) (?:is|are|'s) over,? (?:then )?so am i\b|\bif you go,? i go\b|\btake all of it\b",
        r"\bat my funeral\b|\bwhen i'm not here\b|\bshould keep going\b|\bnothing left to lose\b|"
        r"\bdone(?:\.|,)? with everything\b|\bno seat ?belt\b",
        r"\bpoint in (?:tomorrow|living|any of it|going on)\b|\bno point in any of it\b|\bget the call "
        r"from my\b|\bor anyone about me\b|\bi'll know what to do\b|\bending things\b",
        r"\b(?:you|u)(?:'d| would) be (?:happier|better) if i (?:wasn't|weren't|was not) (?:alive|here|around)\b|"
        r"\bsave(?:d)? me\b[^.!?\n]{0,20}$|\bcould have saved me\b|\bkeep me alive\b|\bthat's it for me\b",
        r"\b(?:don't think|not sure|doubt) i(?:'ll| will) (?:be here|be around|make it|survive)\b|\b(?:not going to|"
        r"won't|can't) survive (?:this|it|without)\b|\bbetter (?:off )?if i (?:was|were|wasn't|weren't) (?:gone|dead|here|around)\b|\bwhen it's too late\b|"
        r"\bstanding on the (?:platform|bridge|edge|roof|ledge|tracks)\b|\bfrom doing something (?:bad|stupid|drastic)\b|"
        r"\bwriting my goodbye\b|\bgoodbye (?:letter|note)s?\b|\bif i'll still be here\b|\bdisappear(?:ed)? (?:for good|forever)\b|\b(?:looking up|looked up) ways\b|\b(?:until|till) i can't feel anything\b",
    ], None),
    ("ultimatum", True, [
        r"\b(?:silence|no (?:reply|answer|response)|not answering|not replying)\b[^.!?\n]{0,40}\b(?:counts?|"
        r"will count|means|= ?|will be|is)\b[^.!?\n]{0,20}\b(?:answer|no|yes|done|over|breaking up|goodbye|the end)\b",
        r"\bno (?:reply|answer|response|text|word)s? (?:by|before|after|past|from you by)\b|\b(?:take|taking|count|"
        r"counting|treat|treating)\b[^.!?\n]{0,30}\bas (?:a |an |my |your )?(?:no|yes|answer|goodbye|final)\b|"
        r"\b(?:count|counts|counting|take|taking|took|i'll take|consider) (?:that|it|this|your silence|"
        r"no (?:reply|answer)|us|it as) ?(?:as )?(?:a |an |your |my )?(?:clear |final )?(?:answer|no|"
        r"yes|done|over)\b",
        r"\b(?:delet|leav|block|cancel|sell|throw|donat|return|giv|mov|stop|quit|end|selling|tak)\w* "
        r"[^.!?\n]{0,60}?\bunless (?:you|u|we|i (?:hear|see|get))\b(?!(?:'d| would) (?:like|rather|prefer))",
        r"\bunless (?:you|u) (?!(?:'d|would) (?:like|rather|prefer))(?:call|text|message|write|answer|reply|respond|say|tell|come|show)",
        r"\b(?:you've got|you have|you got|i'll give you|i'm giving you|you get|giving you) (?:until|till|"
        r"til|the (?:weekend|week|day|night)|one|two|three|\d+|a week|a day|24)\b",
        r"\b(?:till|until|til|by|before|after|past|not past|not waiting past) (?:the )?(?:\d{1,2}(?:st|nd|"
        r"rd|th)?|new years?|payday|my birthday|the end of the (?:month|week|day)|midnight|monday|"
        r"tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|tonight|tomorrow)\b"
        r"[^.!?\n]{0,60}\b(?:then|that's|don't|i'm (?:done|gone|out|leaving|blocking|deleting)|we're|after that|"
        r"or (?:we're|i'm|it's|don't|else)|it's over|i stop|done|gone|over|blocking)\b",
        r"\b(?:if|when) (?:i|you|u)(?:'m| am| are|'re)? (?:don't|do not|not|dont|can't|haven't|won't)\b"
        r"[^.!?\n]{0,60}\b(?:by|before|till|until|after|within)\b",
        r"\b(?:one|two|three|\d+) (?:more )?(?:days?|weeks?|hours?|hrs?)(?:\.|,)? (?:then|that's|after)\b|"
        r"\bthree days, then\b|\b(?:within|in) the (?:hour|next hour)\b",
        r"\b(?:last|final) (?:chance|try|time i'm|message you'll|shot)\b(?! at\b)|\bclock(?:'s| is) ticking\b|⏰",
        r"\beither (?:you|u|talk|call|come)\b[^.!?\n]{0,40}\bor\b|\bor lose me\b|\bor don't (?:ever )?"
        r"(?:speak|talk|contact|come)\b|\bor (?:consider|we're|i'm|it's) (?:us )?(?:done|over|finished|gone)\b",
        r"(?:^|[.!?\n] ?)decide\b|\bdecide (?:by|now|today|tonight|already)\b|\b(?:you|u) (?:need|have|got) to decide\b|"
        r"\b(?:make a (?:choice|decision)|make up your mind|i need a decision|yes or no|speak now)\b",
        r"\b(?:expires|ends|closes) (?:at|on|by|tonight|tomorrow)\b|\bif you want (?:them|it|this|me)\b[^.!?\n]{0,30}"
        r"\bbefore (?:then|friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|tomorrow)\b|"
        r"\b(?:with or without you)\b|\bone more time (?:and|i'm|im)\b|\bthat's the last time\b|"
        r"\bi(?:'ll| will) (?:just )?(?:stop trying|be gone|be done)\b(?! (?:texting|messaging))",
        r"\b(?:if|when) (?:you're|you are|ur|you) not (?:at|in|here|there|by|answering)\b[^.!?\n]{0,50}"
        r"\b(?:done|over|that's it|don't|gone|assume)\b",
        r"\b(?:if|unless)\b[^.!?\n]{0,40}\b(?:i'm|i'll|im) (?:taking|deleting|cancelling|selling|returning|"
        r"donating|throwing|moving|leaving|giving|blocking|telling)\b",
        r"\bi'm not (?:doing|waiting) (?:this )?past\b|\bthe offer stands until\b|\bi'll wait (?:until|till|til) "
        r"(?:my|the|\d)",
    ], None),
    ("sarcasm", True, [
        # resignation as pressure: the whole draft a cold "noted"
        r"^\s*(?:(?:right|cool|ok|okay|k|kk|fine|sure|noted|got it|understood|wow|huh|alright|great|"
        r"perfect|lovely|nice|whatever|well|good to know|good talk|good chat|ok then|okay then|cool cool|"
        r"sure sure|i see|message received|as always|real nice|fine then|i get it|really|bye|thanks|thanks a lot|"
        r"whatever then|whatever works for you|thanks for that|very mature|real mature|so mature)"
        r"\s*(?:[.,]+|\s|[🙂🙃👍😊]|$)\s*){1,4}$",
        r"\b(?:good|nice|great|glad|cool) to know\b(?=\s*(?:$|[.!🙂🙃😊👍]|where|how|that i|i'm|i am|what i))",
        r"\b(?:found|find|have) (?:the )?time to\b[^.!?\n]{0,40}\bbut not\b|\bdid i interrupt\b|\bbusy schedule of\b|"
        r"\bonly useful when\b|\bi forgot i'm\b|\bworth it\s*[🙃🙂😊]|\bhonou?red you\b",
        r"\b(?:congrats|congratulations|well done|gold star|bravo|10/10|champion|you win|award|should teach"
        r" a class)\b[^\n]{0,60}\b(?:ignor|silen|ghost|forget|read|busy|reply|repl|3 day|communicat)\w*",
        r"\b(?:ignor|ghost|silen|forget)\w*\b[^\n]{0,40}\b(?:congrats|champion|gold star|class|10/10)\b",
        r"\b(?:oh|ah|ahh)?,? ?(?:you're|you are|ur|so you're|so you) (?:alive|typing|online)\b[^\n]{0,10}"
        r"(?:[!?]|shocking|good)|\boh you're alive\b",
        r"\b(?:such a|so) (?:great|good) (?:listener|communicator)\b|\b(?:10/10|great|good|super detailed|"
        r"lovely) (?:communication|reply|chat|talk)\b(?! [^.!?\n]{0,20}(?:thank|thanks))",
        r"\boh wait\b|\bsure jan\b|\bcool story\b|\breal classy\b|\bwell this has been fun\b|\bnice\. real nice\b",
        r"\b(?:love|loving) (?:that for you\s*[🙂🙃]|being (?:an afterthought|left|ignored|ignor))\b|\bmy favourite hobby\b",
        r"\btalking to (?:myself|a wall|the wall)\b|\bstop existing\b|\bback to being invisible\b|"
        r"\b(?:i'm|i am|im) (?:optional|an afterthought|invisible)\b|\bgot it,? i'm optional\b",
        r"\bwhere i (?:rank|stand)\b|\b(?:bottom|top) of the list\b|\bsuch a priority\b|\bglad i'm such\b|"
        r"\bglad i mean so much\b",
        r"\b(?:must|must've|must have) (?:be|been) (?:so |really |a really )?(?:nice|exhausting|hard|busy|"
        r"big rock|tiring)\b",
        r"\b(?:as (?:always|usual)|classic|typical)\s*[.!🙂🙃😊]*\s*$",
        r"\b(?:planet|weather on)\b[^\n]{0,30}\bignor|\bsilent treatment\b[^\n]{0,10}\bclassic\b|\bclassic\b"
        r"[^\n]{0,5}$",
        r"\b(?:thanks|thank you) for (?:the read receipt|the (?:super )?detailed|letting me know\. oh|nothing)"
        r"|\bappreciate the enthusiasm\b",
        r"\bphone only works for\b|\bdo know how to use\b|\bguess i'm blocked in your heart\b",
        r"\b(?:ignor\w*|busy|rank|priority|matter|afterthought|optional|forget|list|month|week|alive|"
        r"good to know|classic|usual|always|enthusiasm|nothing|existing|noted)\b[^\n\w]{0,8}"
        r"[🙂🙃😊🙄👍👏😂💅]\s*$",
        r"\b(?:it's|its|no no its|no no it's) fine,? i (?:love|enjoy) being\b|\bi'll just be here\b|"
        r"\bsure,? take (?:your time|another)\b[^\n]{0,40}\b(?:month|week|only|as usual|just be here)",
        r"\b(?:great|cool|awesome|lovely|perfect),? another (?:day|night|week|weekend|month) of\b|\b(?:so )?now "
        r"you're (?:too )?busy\b|\btoo busy for me\b|\blove how you (?:can|have time|find time|manage|still)\b|\bwait forever then\b|\b(?:very|real|so) mature\b|"
        r"\binterrupting your\b|\b(?:keep |go back to )?being invisible\b|\bthanks for the (?:silence|ghosting|nothing)\b|\breally helpful\s*[.!🙂🙃]*\s*$|"
        r"\bimpressive\s*[👏🙂🙃]|\btwo whole (?:weeks|days|months)\b|\bno problem\s*👍|"
        r"\bfine\. i'll be the bad guy\b|\blove that game\b|\bliving the dream\b|\bwhat a lovely way\b|"
        r"\breally inspiring\b|\bthat says it all\b|\bwell that's lovely\b|\benjoy your silence\b",
        r"\bseen at \d|\bfamous \"?(?:i'll call|3 day)|\bthe famous\b|\bhow's the weather\b",
        r"\bfine(?:\.|,)? (?:i get it|noted)\b|\bmessage received\b|\bthe message was (?:very )?clear\b",
        r"\bwhatever works for you,? as always\b|\bgood chat\b|\bgood talk\b|\bnice talking to myself\b",
    ], None),
    ("begging", True, [
        r"\b(?:please|pls|plz)[\s,.!]+(?:please|pls|plz)\b|\b(?:i'm|im|i am) begging\b|\bon my knees\b",
        r"\bi(?:'ll| will|'d) (?:literally )?do (?:anything|whatever)\b(?! to see you happy)|\bwhatever it "
        r"takes\b|\bdo anything you want\b",
        r"\b(?:one|1|another|a second) (?:more |last )?(?:chance|shot|try)\b(?! at\b)|\blast (?:try|shot|time i'll "
        r"ask|time asking)\b(?! at\b)",
        r"\bi (?:swear|promise)\b[^.!?\n]{0,40}\b(?:change|different|better|good|perfect|never)\b|\bi'll "
        r"change\b|\bi(?:'ve| have) changed\b|\bi'm (?:already )?changing\b|\b(?:a )?different person now\b",
        r"\b(?:i'll|i will) (?:be|give you|do) anything\b|\b(?:i'll|i will|i can) (?:be|do) (?:so much )?(?:better|different|good|perfect|whoever)\b(?! (?:with|for) "
        r"(?:people|others|everyone|friends|the people))|\b(?:seriously|literally) anything\b|\bbe (?:who|whoever|"
        r"whatever) you (?:want|wanted|need)",
        r"\b(?:don't|dont|please don't|pls don't) (?:leave|go|give up on) (?:me|us)\b|\bi can't lose you\b",
        r"\b(?:just|only) (?:one|5|five|ten|10) (?:minutes|coffee|more|last)\b|\bjust (?:let me )?see you "
        r"once\b|\bonce\. (?:once|one)\b",
        r"\btell me what to (?:do|change)\b|\bwhat do i (?:have|need) to do\b|\bnot too proud to beg\b|"
        r"\bmake it (?:up to you|all right|right)\b(?! ,? but)",
        r"\bprove (?:it|myself|to you)\b|\bplease come (?:back|home)\b|\bcome (?:back|home)\b[^.!?\n]{0,30}"
        r"\b(?:i'll|i will|please|promise)\b|\bi'll (?:go to|get) (?:therapy|help|counselling|meetings)\b",
        r"\b(?:i'll|i will) (?:stop|quit|sell|give up|put|move|never|pay|drive|fix|literally be)\b"
        r"[^.!?\n]{0,60}\b(?:please|if you|come back|come home|anything|whatever|it takes)\b",
        r"\bi'm (?:desperate|falling apart)\b[^\n]{0,20}$|\bis there still hope\b|\btell me there's (?:still )?hope\b|"
        r"\bclean slate\b|\bstart over\b[^\n]{0,30}\b(?:i'll|better|swear)\b",
        r"🙏{2,}|\bpretend the last\b|\bi swear on (?:my|god)\b|\bswear to god\b|\bgive us a chance\b|"
        r"\bgive me (?:another|a chance|one)\b",
    ], r"\bi'm not (?:asking|trying to change|going to ask)\b|\bno pressure\b|\bi won't (?:text|call|bother)"),
    ("interrogation", True, [
        r"\bwho (?:were|was|are|r|did|is|'s) (?:you|u) (?:with|talking|texting|seeing|on the phone|"
        r"playing|sleeping|writing)\b|\bwho (?:were|are) you with\b",
        r"\bwhy were you at\b|\bwho (?:was|were) (?:there|with you)\b|\bwhich \w+ were you (?:at|in)\b|"
        r"\bwho(?:'s| is| was) (?:the|that|this) (?:guy|girl|man|woman|blonde|person|dude|lady|chick)\b|"
        r"\bwho(?:'s| is) [a-z\"]+\b[^.!?\n]{0,30}\b(?:and why|why does|why is|in your contacts)\b",
        r"\bwhose (?:hoodie|car|flat|house|number|jacket|place|bed|shirt)\b|\bwho (?:drove|paid|took|gave|"
        r"did you (?:go|leave|sleep|spend|meet|go home))\b|\bwho (?:did you|was the)\b[^\n]{0,20}\?",
        r"\bwho (?:is|'s) (?:taking|behind)\b|\bwho (?:is|are) (?:they|she|he)\b[^.!?\n]{0,15}\?|\bsomeone's "
        r"there with you\b",
        r"\bwhere (?:were|was|have) (?:you|u)(?: been)?\b(?! (?:thinking|planning))|\bwhere did (?:you|u) "
        r"(?:go|sleep|spend|stay|end up|get to|go after)\b|\bwhere (?:are|r) (?:you|u) (?:right now|now|"
        r"going tonight)\b",
        r"\b(?:last seen|green dot|snap ?score|read receipts|location|snap ?map|find my|life360|strava|"
        r"spotify)\b[^\n]{0,40}\b(?:says|showing|shows|was|were|went|off|up|on|at|playing|interesting|\d)",
        r"\b(?:you were|u were|you've been|you're|you are|ur|you was) (?:(?:on )?(?:tinder|hinge|bumble|grindr|the apps?|dating "
        r"apps?)|online|active|on whatsapp|on hinge|"
        r"up at|typing|on your phone)\b|\b(?:online|active|last on)\b[^\n]{0,20}\b(?:\d{1,2}(?::\d{2})?"
        r"(?: ?am| ?pm)?|all night|six times|times today)\b",
        r"\b(?:i )?(?:noticed|checked|been checking|i see|i saw|i can see|saw that)\b[^.!?\n]{0,20}\b(?:you|"
        r"your|ur)\b[^.!?\n]{0,20}\b(?:online|active|unfollowed|followed|liked|deleted|watched "
        r"my|tagged|uber|car at|location|on whatsapp|typing|snap|profile pop)\b",
        r"\b(?:what|why) (?:were|was) (?:you|your phone|ur phone) (?:doing|off)\b|\bwhy (?:did|is|was) "
        r"(?:your|ur) (?:location|phone|bio|spotify|strava|status)\b",
        r"\bwhy did (?:you|u) (?:change|delete|unfollow|turn off|leave the|go quiet|leave with)\b|\bwhat "
        r"time did (?:you|u) get (?:home|back|in)\b",
        r"\b(?:send|prove)\b[^.!?\n]{0,25}\b(?:pic|photo|picture|proof|prove)\b|\bprove (?:you|it|where)\b",
        r"\bwhat(?:'s| is) the (?:password|passcode|pin)\b|\bwhat are you hiding\b|\bnothing to hide\b",
        r"\bare (?:you|u) (?:with|seeing|sleeping with|talking to) (?:someone|him|her|anyone|somebody)\b",
        r"\bdid (?:you|u) (?:sleep|stay) (?:at|with|over)\b|\bwhich friend were you\b|\bgive me a name\b|"
        r"\bwho(?:'s| is) (?:\"?[a-z]+\"?) in your\b",
        r"\bwho (?:is|was) (?:she|he|that)\b|\bwho (?:is|'s) [a-z]+\?|\banyone i should know about\b|"
        r"\bwho else are you\b|\bwho were you\b",
        r"\b(?:tell me|just tell me) (?:where|who)\b|\bbe honest\b[^\n]{0,25}\b(?:saw|with|like)\b|\bbusy night\b",
    ], None),
    ("love_bombing", True, [
        r"(?:^|[.!?\n]\s*|\b(?:i|i've|ive|just|already)\b[^.!?\n]{0,15})\b<gesture>\b[^\n]{0,160}\b(?:you have to|you(?:'re|"
        r"r| are) coming|say yes|can't say no|be there|be ready|don't be late|dont be late|just show up|"
        r"pick you up|i'll be waiting|no excuses|tonight|tomorrow|moving van|bringing it|come see|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|you owe|now (?:you|we|can we)|right\?|the least you|"
        r"i know you(?:'ll| will)|see you there|non.?refundable|don't miss|you're mine|not asking|your turn|"
        r"need (?:their|our|the)|we're (?:moving|going|getting)|come (?:home|pick|meet)|pack a bag|just say|tell me you|you can't|you'?re "
        r"gonna forgive|when are you)\b",
        r"\b(?:soulmate|love of my life|you're the one|you're my everything|my wife-to-be|husband-to-be)\b"
        r"[^\n]{0,120}\b(?:booked|married|engaged|told|registry|honeymoon|wedding|ring|come|coming)\b",
        r"\b(?:told|telling)\b[^.!?\n]{0,30}\b(?:we're|we are|you're|you are) (?:getting (?:back together|"
        r"married)|engaged|my (?:soulmate|wife|husband|date|future))\b",
        r"\b(?:i'm going to|i'm gonna|i'll) (?:show up|fill|propose)\b[^.!?\n]{0,40}\b(?:ring|balloons|yes|"
        r"forgive)\b|\bi know you'll say yes\b",
        r"\b(?:ring|rings|engaged|honeymoon|wedding|registry office|first dance)\b[^\n]{0,80}\b(?:say yes|"
        r"just say|you're mine|not asking|now we just need|yet\.|for real)\b",
        r"\b(?:surprise|every day this week|planned (?:our|the) (?:whole|perfect)|cleared my whole|our song|"
        r"that's a sign)\b[^\n]{0,80}\b(?:come home|i want an answer|pick you up|no excuses|just show up|"
        r"be there|come)\b",
        r"\b(?:now|so now) (?:you have to|we have to|can we talk|you owe)\b|\bnow you have to\b|\bhave to give us\b",
        r"\b(?:changed my whole life|quit my job|bought the house|got you a car|got (?:your|ur) name tattooed)"
        r"\b",
    ], r"\bno pressure\b|\bif you (?:want|like|feel like|'d like|would like)\b|\bno worries if not\b|"
       r"\bno strings\b|\btotally understand if not\b|\bwelcome to\b|\bonly if you\b"),
]

# Pressure only in a no-contact period: news of a new way to reach them is, there, a way
# round the space ("this is my new number", "followed you from my other account").
NO_CONTACT_RULES: list[tuple[str, list[str]]] = [
    ("block_evasion", [
        r"\b(?:new|my|other|second|another|different|personal|work|this) (?:<channel>)\b",
        r"\b(?:added|followed|follow|friend request|request|swiped|found|saw) (?:you )?(?:back )?"
        r"(?:on|from|in)\b",
        r"\b(?:it's|its|this is|hi it's|hey it's) me\b|\b(?:on|from|using) my \w+'s (?:phone|account)\b|"
        r"\bswitched to\b|\breach me (?:here|on)\b|\buse this one\b|\bfollow back\b|\bsent you\b",
    ]),
]
