"""The message check's rules for threats, above all those with no threatening word: turning up
at their home, work, gym or their parents', waiting outside, being near and on the way, knowing
where they will be, watching, still having a key, turning up at their event. Data only;
``message_engine`` compiles and runs them (see ``message_tokens.Rule``).

The older rules (first) name the words; the structures (after them) combine who (I), what
(being there, knowing, a way in) and where (a place of theirs: ``<theirs>``), each cancelled
when the same draft is plainly logistics, care or distance (``<calm>``: "I'll post your key back",
"if you ever need a lift") unless it also menaces (``<menace>``, see ``message_engine``).
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
    ], None),
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
        r"\bbefore i get there\b|\bi(?:'ll| will) (?:talk to|see|find) you at (?:your|ur|church|work|school|class)\b|"
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
        # turning up at their home, announced or not
        r"\b(?:<ill>|i'm) (?:(?:just|simply|probably|definitely|literally|then) )?(?:<arrive>(?: over| round| "
        r"around)? )?(?:to|at|outside|by|in front "
        r"of|on|near) <your> (?:place|house|flat|apartment|home|door|doorstep|building|car)",
        r"\b(?:<ill> come|i'm coming) (?:over|round|around)\b",
    ], r"<calm>|\b(?:post|drop|leave|give|hand|send|return|mail|bring)\w* (?:it|them|the keys?|your keys?|"
       r"the fob)? ?(?:back|through|in (?:the|your) (?:mailbox|letterbox)|to the|with)\b|\bi returned\b|\b(?:shall|should) i\b|"
       r"\bwant me to\b|\bdo you want (?:it|them)\b|\bsorry (?:i|for) (?:turned|showed|came|went|turning|showing|"
       r"coming)\b|\bleave it for you\b|\bfor you to collect\b|\bas (?:agreed|planned)\b|\blike (?:we (?:said|agreed|planned)|you asked)\b|\bif you still want\b|"
       r"\bno need to come\b"),
    # a broad net for turning up: I (am, will be, was) somewhere of theirs, in one clause, unless
    # the same draft is plainly logistics or care ("I'll drop your keys at your work, no need to come down")
    ("threat", True, [
        r"\b(?:i|i'm|i'll|i've|i was|i am|me)\b[^.!?\n]{0,40}?\b(?:your|ur) (?:new |own |\w+'s )?<place>\b",
        r"\b(?:your|ur) (?:new |own |\w+'s )?<place>\b[^.!?\n]{0,30}?\b(?:i'm|i'll|i was|i've been|i am|see me|find me)\b",
    ], r"<calm>|\b(?:drop|return|post|leave|bring|send|give|hand|mail|forward|collect|pick|deliver|dropp|sent|left|put)\w* "
       r"(?:it|them|off|up|back|your|the|over|round)\b|\bas (?:agreed|planned)\b|\blike we (?:said|agreed|planned)\b|"
       r"\bif you (?:want|like|'d like|would like|still want|need|ever)\b|\bwant me to\b|\b(?:shall|should|can) i\b|"
       r"\bno need\b|\bno pressure\b|\bwhenever\b|\bsorry\b|\bwon't\b|\bnot going to\b|\bnever\b|\bcongrat|"
       r"\bproud\b|\bhappy for\b|\bgood luck\b|\bhope\b|\bthank|\bno worries\b|\bno rush\b|\bglad\b|"
       r"\bparcel|\bpost(?:man)?\b|\bdeliver|\bkeys?\b[^.!?\n]{0,30}\b(?:back|return)|\bhelp\b"),
    # -- structures: who (I), what (being there, knowing, having a way in), where (theirs) --------------
    # 1. being at a place of theirs, said ("I'll be at your work") or with the subject dropped
    #    ("sat in the car park at your gym"), unless the draft is plainly logistics, care or distance
    ("threat", True, [
        r"\b(?:<me>|see (?:you|u))\b[^.!?\n]{0,30}?\b<present>\b[^.!?\n]{0,25}?<theirs>",
        r"<theirplace>[^.!?\n]{0,30}?\b(?:i'm|i'll|i was|i've been|i am|see me|find me)\b",
        r"\b<me>\b[^.!?\n]{0,20}\b(?:at|in|outside|near|by) the (?:\w+ ){1,2}(?:you|u) (?:always |usually |normally "
        r"|still |often )?(?:go|goes|drink|eat|run|train|work|sit|hang|like|love|take|use)\b",
        # waiting by a place, said to them: "I'm parked up by the school. I'll catch you at pickup."
        r"\b<me>\b[^.!?\n]{0,10}\b(?:parked|sat|sitting|waiting|standing|stood) (?:up )?(?:outside|by|near|at|across "
        r"from|opposite|in) the (?:\w+ ){0,2}(?:school|gym|office|building|flat|house|gates|door|entrance|car park|"
        r"shop|lobby|block)\b(?=[\s\S]{0,80}?(?:<meetyou>|<menace>))",
        r"\b<me>\b[^.!?\n]{0,20}\b(?:wait|be waiting|be there|be outside|catch|meet|see) (?:for )?(?:you|u) (?:after|"
        r"before|outside|at the end of) (?:your|ur)\b",
        # "might come in for a croissant tomorrow" where their work was named, or with a wink
        r"(?:\b<me>\s+|<lead>)<dropin>(?=[\s\S]{0,80}?(?:<theirplace>|<menace>))|(?:<theirplace>|\b(?:the|your|ur) new "
        r"(?:job|place|flat|house|gym|office))[\s\S]{0,80}?(?:\b<me>\s+|<lead>)<dropin>",
    ], "<calm>"),
    # watching and knowing, obliquely: "checked the train times to your town", "Row G was a good choice"
    ("threat", True, [
        r"\b(?:checked|looked up|found) (?:the )?(?:train|bus|coach|flight|ferry)s?(?: times)? to "
        r"(?:your|ur)\b|\b(?:row|seat) (?:[a-z]|\d{1,3})\b(?= (?:was|is|right|\?))|\bthat's (?:your|ur) (?:bike|car|"
        r"van|scooter|coat|bag)\b|\b(?:might|i'll|gonna|i could) (?:just )?wait (?:for (?:you|u) )?(?:here|there|outside|by "
        r"it|by (?:your|ur|the))\b|\b(?:chat|chatted|talk|talked|spoke|speaking) (?:with|to) (?:your|ur) (?:new )?(?:neighbou?r|"
        r"flatmate|roommate|landlord|doorman|concierge|receptionist|porter)s?\b|\b(?:saw|met) (?:your|ur) new (?:neighbou?r|"
        r"flatmate|roommate|landlord)\b|\b(?:your|ur) (?:landlord|neighbou?r|doorman|concierge|porter|caretaker|"
        r"receptionist) and (?:me|i)\b[^.!?\n]{0,30}\b(?:terms|friends|chat|talk|mates|close)\b",
    ], "<calm>"),
    ("threat", False, [
        # living close now; "unless you want to see me"
        r"\b(?:got|had) (?:the |a |your |ur )?(?:spare |house |front door |door )?(?:key|keys|fob) (?:cut|copied)\b|"
        r"\b(?:find out|work out|figure out|track down) (?:which|where|what) (?:\w+ )?(?:you're|you are|ur) (?:staying|"
        r"living|working|sleeping)\b|"
        r"\byou (?:can't|cannot|won't) (?:keep|stop) me (?:away|from|out)\b|\bcloser than (?:you|u) (?:think|know|"
        r"realise|realize)\b|\byou can run\b|\b(?:for|she|he|they) (?:held|holding|let me in|letting me in|opened|opening) "
        r"the (?:door|gate)\b|"
        r"\b(?:only |just )?(?:down the road|round the corner|across the road|two streets|five minutes|5 mins?|a few "
        r"(?:doors|streets|minutes)) (?:from|away from) (?:mine|me|my (?:place|flat|house))\b|\bunless (?:you|u) "
        r"want to (?:see|bump into|run into|meet) me\b",
    ], None),
    # 1b. there now, or on the way: "sitting opposite your front door. no rush", "I'm on the doorstep."
    #     Only an errand (their things, as agreed) leaves it kind; "no rush" does not.
    ("threat", True, [
        r"<lead>(?:got off|sat|sitting|parked|waiting|stood|standing|outside|heading|on my way|leaving now|"
        r"coming|watching|followed|following|walked|walking|drove|driving|passed|popped|swung|went|came|stopped|"
        r"hanging|getting|bringing|gonna (?:wait|sit|be|come|pop|swing))\b[^.!?\n]{0,30}?<theirs>",
        r"\b(?:i'm|i am|i've been|been) (?:\w+ )?(?:sat|sitting|parked|waiting|stood|standing|outside|watching|"
        r"across from|opposite|by|at)\b[^.!?\n]{0,25}?<theirs>",
        r"\b(?:i'm|i am) (?:right |literally |just |already |now )?(?:on (?:the|your|ur) (?:door)?step|at the (?:front |"
        r"back )?door|downstairs|outside|in the (?:hall|lobby|stairwell|car park|driveway))\b(?=\s*(?:[.!,]|$|now|right "
        r"now|again|waiting|come|open|let|buzz))",
    ], "<errand>"),
    # 2. near and on the way: "I can be there in 20 min", "10 minutes from your house", "leaving now"
    ("threat", True, [
        r"\b(?:<me>|takes me|only takes me|it takes me)\b[^.!?\n]{0,25}?\b(?:there|here|at yours|to yours|to you|"
        r"at (?:your|ur) \w+|to (?:your|ur) \w+|outside|over|round|at the door)\b[^.!?\n]{0,15}?\b(?:in|within) "
        r"(?:\d+|a few|five|ten|fifteen|twenty|thirty|half an|an|under)\b",
        r"\b(?:\d+|five|ten|fifteen|twenty|thirty) ?(?:min(?:ute)?s?|mins) (?:away|out|from (?:you|yours|your|ur))\b",
        r"\b(?:get|be) (?:there|here|round|over|to (?:you|yours|your \w+)|at (?:yours|your \w+))\b[^.!?\n]{0,25}"
        r"\bbefore (?:you|u)\b|\bsee how (?:fast|quickly|long)\b[^.!?\n]{0,30}\b(?:get|come|there|yours|your)\b",
        r"\bleaving (?:now|mine|work now)\b|\bon (?:my|the) way (?:over|round|to (?:you|yours|your))\b|"
        r"(?:^|[.!?\n]\s*)on my way\s*[.!]*\s*(?:$|don't|be|open)|\bbooked (?:a|the) (?:train|flight|ticket|bus|"
        r"coach|taxi|cab|uber) to (?:your|ur|you|yours|see you)\b|\bsee (?:you|u) in (?:\d+|five|ten|fifteen|twenty)\b"
        r"(?! (?:weeks|months|years|days))",
    ], "<calm>"),
    # 3. coming over made the price of silence: "don't make me come over", "answer or I'm coming round"
    ("threat", True, [
        r"\b(?:don't|do not) (?:make|force|push) me (?:to )?(?:come|drive|turn|show|go|get|walk|have to)\b|"
        r"\bif i (?:have|need) to (?:come|drive|turn|show|go|get|find|wait|knock)\b|\bdon't think i won't\b|"
        r"\bbetter not make me\b|\bwant me to (?:come|turn up|show up|drive|pop|swing)\b[^.!?\n]{0,25}\?|"
        r"\bwant to test me\b|(?:\b<me>\b[^.!?\n]{0,10}\b|<lead>)(?:bring|bringing|drop|dropping|come|coming)\b"
        r"[^.!?\n]{0,30}\b"
        r"(?:round|over)\b[^\n]{0,30}(?:^|[.!?\n,]\s*)be (?:in|home|there|ready|waiting)\b",
        r"\b(?:answer|reply|pick up|talk to me|let me in|open (?:up|the door)|come (?:out|down))\b[^.!?\n]{0,15}\b"
        r"or (?:i'm|i'll|i will|i am)\b[^.!?\n]{0,15}\b(?:com|knock|up|round|over|there|wait|driv|on my way|outside)",
        r"\b(?:next time|if) (?:you|u) (?:ignore|don't|won't|block)\b[^.!?\n]{0,30}\b(?:i'll|i will|i'm going "
        r"to)\b[^.!?\n]{0,15}\b(?:come|turn up|show up|be at|find)\b",
    ], None),
    # 4. knowing where they will be, their times and their address
    ("threat", True, [
        r"\bi (?:still |already |now |also )?know (?:(?:that's|thats|that is) )?(?:where|when|which|what time|exactly "
        r"where|(?:all )?(?:your|ur) (?:new |[a-z]+'s |[a-z]+s' )?"
        r"(?:address|schedule|routine|shifts?|rota|route|timetable|flight|train|bus|gym|class|movements|plans|"
        r"postcode|parking|whereabouts|spots|haunts|hangouts|places))\b(?!'s (?:packed|busy|full|mad|crazy|hectic)| is (?:packed|busy|full|mad))",
        r"\bwhere (?:you(?:'ll| will)|you're going to) be\b|\bsame (?:time|route|place|spot|table|train|bus|carriage|"
        r"seat|way|bench|gym|class|cafe|café|bar|pub) (?:as )?(?:always|usual|every|tomorrow|next|i'm guessing|i bet|"
        r"right|yeah|again)\b",
        r"\b(?:found|got|have|tracked down|know) (?:your|ur) (?:new )?(?:address|postcode|room number)\b",
        r"\b(?:on|in|at) [a-z]+ (?:street|road|lane|avenue|court|close|drive|crescent|terrace|gardens|grove|square)\b"
        r"[^.!?\n]{0,5}(?:right|yeah|\?)|\b(?:street|road|lane|avenue|court|close|drive|crescent|terrace|gardens|"
        r"grove|square),? (?:flat|apartment|apt|number|no\.?|unit|#) ?\d+",
        r"\b(?:your|ur) (?:new )?(?:\w+ )?(?:shift|class|lecture|flight|train|bus|run) (?:ends|finishes|starts|leaves|"
        r"lands|is at)\b",
    ], "<calm>"),
    # 5. watching: seen today in detail, their lights and curtains, following, living nearby now
    ("threat", True, [
        r"<lead>(?:i )?(?:saw|seen|spotted|watched|noticed|clocked) (?:you|u)\b(?! (?:post|on (?:insta|instagram|"
        r"facebook|tiktok|twitter|strava|linkedin|the news|tv))|(?:'re| got| won| passed| finished| did| made))"
        r"[^.!?\n]{0,40}\b(?:today|tonight|earlier|this morning|this afternoon|last night|yesterday|at \d|at the|"
        r"in the|leave|leaving|left|go(?:ing)? into|went into|come out|getting|walk|walking|run|running|through)\b",
        r"\byou didn't see me\b|\b(?:i was|i'm|i am|i've been|been|i sat|sat|i stood|stood) (?:right |just )?"
        r"(?:behind (?:you|u)|across the (?:road|street)|opposite (?:you|u)|two (?:doors|tables|seats|rows|cars) "
        r"(?:down|from|behind|away)|a few (?:tables|seats|rows|cars) (?:behind|away)|watching)\b",
        r"\b(?:your|ur) (?:\w+ )?(?:light|lights|curtains|blinds|tv)\b(?:'s| is| are| was| were| has been| goes| go| "
        r"went| came)? (?:\w+ )?(?:on|off|out|open|drawn|thin)\b|\blights? (?:went|goes|go|were|was|came|turned) "
        r"(?:off|on|out)\b|\b(?:close|shut|draw|pull|open) (?:the|your|ur) (?:curtains|blinds)\b|\bthin (?:curtains|"
        r"blinds)\b",
        r"\b(?:you|u) left (?:your|ur|the) (?:\w+ )?(?:window|door|curtains|blinds|lights?|gate) (?:open|on|unlocked)\b|"
        r"\b(?:you|u) (?:went to bed|got home|got in|got back|left (?:work|home|the house|the gym)|woke up|came home|"
        r"went out) at \d|\bfollowed (?:you|u|your|ur)\b(?! (?:advice|lead|example|career|journey|work|stor|page|"
        r"account|blog|music|podcast|recipe|instruction|suggestion|tip|on|from|back))",
        r"\bmoved in\b[^.!?\n]{0,25}\b(?:doors? (?:down|from)|next door|opposite|across|round the corner|on (?:your|ur) "
        r"(?:street|road)|near (?:you|u))|\bhey neighbou?r\b|\b(?:rented|booked|got|taken|took) (?:a )?(?:room|flat|"
        r"place|house|hotel room|airbnb)\b[^.!?\n]{0,30}\b(?:your|ur|near (?:you|u)|next to (?:you|u))\b",
        r"\byou looked (?:\w+ )?[^.!?\n]{0,40}\b(?:today|tonight|this morning|earlier|last night|yesterday)\b(?![^.!?\n]"
        r"{0,30}\b(?:photo|pic|post|story|stories|video|insta|online))",
        r"\bi know (?:you're|you are|ur|u r) (?:home|in|alone|there|inside|awake|up)\b|\bhome alone\b|\b(?:your|ur) "
        r"(?:flatmate|roommate|housemate|partner|parents|husband|wife|mum|mom|dad)(?:'s| is| are|'re) (?:away|out|gone|"
        r"not (?:home|in|there))\b",
    ], "<calm>"),
    # 6. a way in: a key, fob or code still held, locks never changed, "let myself in"
    ("threat", True, [
        r"\b(?:still )?(?:have|got|kept|keep|had|holding|hold onto|made|copied|cut|got a copy of)\b[^.!?\n]{0,25}"
        r"\b<access>\b(?! (?:back|to (?:the|your) (?:agent|landlord)))",
        r"\b(?:haven't|didn't|never|not yet|still haven't) (?:given|handed|sent|posted|returned|dropped) (?:back |you back )?"
        r"(?:the|your|ur|my) (?:spare |house |front door |door )?<access>\b",
        r"\b(?:never|didn't|haven't|not|still haven't) (?:did |even )?(?:changed|change|reset) (?:the |your |ur )?"
        r"(?:locks?|code|door code|wifi|alarm(?: code)?|pin|gate code)\b|\bor the (?:door )?code\b",
        r"\blet myself in(?:to)?\b|\b(?:anyone|someone|i|people) could (?:just )?(?:walk|come|get|let (?:themselves|"
        r"myself)) in\b|\b(?:back|front|side|garden|patio) (?:door|gate|window)(?:'s| is| was)? (?:still )?(?:broken|"
        r"unlocked|open|loose)\b|\bunder the (?:mat|plant ?pot|pot|stone|flowerpot|doormat)\b",
        r"\bleft (?:something|a (?:note|present|gift|surprise)) (?:on|in) (?:your|ur|the) (?:bed|pillow|kitchen|room)\b",
    ], "<calm>"),
    # 7. turning up where they will be: an event of theirs, their train, "you can't avoid me there"
    ("threat", True, [
        # theirs ("your graduation", "your sister's wedding"), or any, said with knowing or menace
        r"\b(?:<me>|<meetyou>)\b[^.!?\n]{0,30}?\b(?:at|to|in) (?:your|ur) (?:[a-z]+'s |[a-z]+s' )?(?:\w+ ){0,2}"
        r"<event>\b|\b<meetyou> (?:at|after|outside) (?:pick-?up|school|work|church|mass|practice|training|class)\b",
        r"\b(?:<me>|<meetyou>)\b[^.!?\n]{0,30}?\b(?:at|to|in) "
        r"(?:the |[a-z]+'s |[a-z]+s' |our )(?:\w+ ){0,2}<event>\b(?=[\s\S]{0,160}?<evmark>)|<evmark>[\s\S]{0,160}?"
        r"\b(?:<me>|<meetyou>)\b[^.!?\n]{0,30}?\b(?:at|to|in) "
        r"(?:the |[a-z]+'s |[a-z]+s' |our )(?:\w+ ){0,2}<event>\b",
        r"\byou (?:can't|cannot|won't be able to) avoid me\b|\bdon't bother hiding\b|\bsame table\b|\bi (?:checked|saw) "
        r"the (?:guest list|seating plan)\b",
        r"\b<me>\b[^.!?\n]{0,20}\b(?:on|in) (?:the same|your|ur) (?:train|bus|carriage|flight|plane|tram)\b|\b<me>\b"
        r"[^.!?\n]{0,30}\b(?:the )?same (?!page|side|boat|wavelength|way)\w+(?: \w+)? as (?:you|u|yours)\b|\bthe "
        r"\d{1,2}[:.]\d{2}(?: train| bus)?\b[^.!?\n]{0,30}\b(?:i'll|i will|i'm|same|be on it)",
        r"\b(?:<me>|not moving|not leaving|waiting|sitting|staying)\b[^.!?\n]{0,40}\b(?:till|until|til) (?:you|u) "
        r"(?:come|open|talk|answer|let|see|get|pick|reply|walk|leave|finish)\b",
    ], "<calm>"),
]
