"""The message check's rules for what must never pass quietly: threats (turning up, keys,
watching), exposure (private words or pictures shown to others), ways round a block, and
self-harm used as leverage. Data only; ``message_engine`` compiles and runs them.

Written with the ``<tokens>`` of ``message_tokens``; see ``message_tokens.Rule`` for a rule's
shape. Order matters only within a code: the first rule of a code to match gives its span.
"""

from __future__ import annotations

from pacer.words.message_tokens import Rule

RULES: list[Rule] = [
    ("threat", True, [
        r"\b<youll> (?:regret|be sorry|pay for|wish you)|\bwatch what happens\b",
        r"\b<ill> make (?:sure )?you (?:pay|regret|sorry|suffer)|\bwait and see what happens\b",
        r"\b<ill> (?:tell|show|text) (?:every(?:one|body)|the world|people|all (?:of )?(?:your|"
        r"our) friends)",
        r"\b<ill> (?:post|share|send|leak|forward|publish|show|release) (?:the |your |our |those "
        r"|these |all (?:the |your |our )?|some of )?(?:photos|pictures|pics|nudes|messages|"
        r"texts|screenshots|videos|chats|dms|emails|letters)",
        r"\b<ill> (?:expose|ruin|destroy|report|get back at|hunt down|come for|come after) you\b",
        r"\b(?:no idea what i'm capable of|i know where you (?:live|work)|don't make me|make your "
        r"life (?:hell|a living hell|miserable))\b",
        # turning up at their home, announced or not
        r"\b(?:<ill>|i'm) (?:(?:just|simply|probably|definitely|literally|then) )?(?:<arrive>(?: over| round| "
        r"around)? )?(?:to|at|outside|by|in front "
        r"of|on|near) <your> (?:place|house|flat|apartment|home|door|doorstep|building|car)",
        r"\b(?:<ill> come|i'm coming) (?:over|round|around)\b",
    ], None),
    ("self_harm", False, [
        r"\b(?:kill|hurt|harm|cut|end|off) (?:myself|my life|it all)\b|\bsuicid",
        r"\btake my (?:own )?life\b|\bi can't go on\b|\bbetter off (?:without me|dead)\b",
        r"\bi don't want to (?:live|be alive|exist|wake up|go on|be here any ?more)\b",
        r"\b(?:i want to|i'd rather|i'm going to|i'll|i just want to) die\b",
        r"\bwhen i'm (?:gone|dead)\b|\b(?:nothing|no reason|nobody) (?:left )?to live for\b",
        r"\b(?:do something (?:stupid|drastic) to|what i(?:'ll| might) do to) myself\b",
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
