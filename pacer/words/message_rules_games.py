"""The message check's rules for games and crowding: jealousy plays, going through third
parties, sarcasm, begging, interrogation and love-bombing. Data only; ``message_engine``
compiles and runs them (see ``message_tokens.Rule``).
"""

from __future__ import annotations

from pacer.words.message_tokens import Rule

RULES: list[Rule] = [
    ("jealousy", True, [
        r"\b(?:i've been|i'm|i been) (?:seeing|dating|sleeping with|hooking up with) <someone>",
        r"\b(?:i've been|i'm) talking to (?:other people|someone new|a new|this (?:guy|girl|"
        r"man|woman))",
        r"\bi (?:met|found) (?:someone|somebody)\b|\bi could (?:have|get|date) (?:anyone|anybody|"
        r"someone better)\b|\bi(?:'ve got|'ve| got) (?:other |plenty of )?options\b",
        r"\b(?:someone|somebody) else(?: who| that)? (?:actually |finally |really )?<likes> me\b",
        r"\b(?:some(?:one|body)|people)(?: who| that) (?:actually|finally|at least) <likes> me\b",
        r"\bother (?:people|guys|girls|men|women)(?: who| that)? (?:\w+ ){0,2}(?:appreciate|want|"
        r"interested in|like|notice|ask\w* me|hit\w* on|flirt)",
        r"\b(?:plenty|lots) of (?:people|guys|girls|men|women) (?:would|want|are|who)\b",
        r"\bha(?:d|ving) (?:a|an|the|so much) ?\w* (?:time|night|weekend)(?: out)? without you\b",
        r"\b<outing>[\s\S]{0,200}?\b<intent>|\b<intent>[\s\S]{0,200}?\b<outing>",
        r"\bmy new (?:girlfriend|boyfriend|partner|gf|bf|man|woman|guy|girl|lover)\b",
    ], None),
    ("third_party", True, [
        r"\b(?:talk|spoke|speak|chat|reach\w* out|(?:got|get|been) in touch|went|go|complain|vent"
        r"|hear|heard)\w* (?:to|with|from) <your> <them>\b",
        r"\b(?:ask|messag|text|call|r[ai]ng|email|dm|contact|told|tell|visit)\w* <your> <them>\b(?! (?:know )?(?:i said "
        r"|i say |that )?(?:hi|hello|hey|congrat\w*|happy|merry|thanks|thank you|my (?:love|best)|best wishes|get "
        r"well|good luck|well done|i'm thinking|i was thinking|i loved?|i miss|i hope|i'm sorry|sorry)\b)",
        r"\b<your> <them> (?:would|will|'d) be (?:so |very |really )?(?:disappointed|ashamed|embarrassed|"
        r"horrified|upset with you)\b",
        r"\b(?<!let )(?<!letting )<your> <them> (?:all |both |even |already )?(?:said|says|told|tells|think|agree|know|mention|"
        r"keeps? saying|reckon|"
        r"texted me|messaged me|called me|asked me|warned me|even said)(?![^.!?\n]{0,25}\b(?:happy|birthday|bday|congrat\w*|"
        r"kind|thank|hi\b|hello|merry|you'd prefer|you would prefer|it's best|it would be best))(?! by mistake)",
        r"\b<arrive> (?:to|at|by|outside|in front of|near|round to|over to|into) <your> (?:work|"
        r"office|job|workplace|school|uni|college|gym|class|shift|parents|mom's|mum's|dad's)",
        r"\b(?:every(?:one|body)|(?:all (?:of )?)?our (?:mutual )?friends|(?:a )?mutual friends?) "
        r"(?:says?|said|thinks?|thought|agrees?|knows?|knew|told me|(?:keeps?|is|are) saying)",
        r"\bi (?:asked|heard from) (?:around|people|our friends|mutual friends|a mutual friend)\b|\b(?:(?:are|is|all|they're|everyone's) (?:all )?on my side|side with me|"
        r"siding with me)\b",
        r"\b(?:your|ur) (?:\w+'s )?(?:teacher|coach|doctor|pastor|therapist)\b|\bhave (?:your|ur) "
        r"<them> (?:pass|tell|give)|\b(?:your|ur) <them>(?:'s| is) (?:on (?:speaker|the phone)|here with me|with me)",
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
        r"\b(?:he|she) (?:actually|finally) (?:asks|listens|texts|replies|cares|calls|treats|pays|makes|plans|remembers|"
        r"shows up|notices|cooks)\b|\b(?:[a-z]+'s|he's|she's|they're|someone's|he is|she is) (?:taking|flying|bringing|"
        r"treating|whisking) me (?:to|out|away)\b|\bgot (?:\w+ )?(?:numbers|asked out|hit on|chatted up)\b|\bnot bad for "
        r"someone (?:you|who)\b|\bhope (?:you|u) saw (?:my|the) (?:story|post|pics?|photos?)\b|\b(?:that's|thats|meet) "
        r"[a-z]+\.? (?:he|she)(?:'s| is) (?:lovely|amazing|great|sweet|gorgeous|so)\b|\bmy date\b|\bunlike (?:us|you|some people)\b|\bbought me (?:dinner|flowers|drinks|a drink)\b",
    ], None),
    ("love_bombing", True, [
        r"\b(?:booked|bought|paid for|planned|made|redecorated|cleared|flying out|rented)\b[^\n]{0,120}\b(?:for "
        r"us|it's ready for you|keys on|can't wait to see you|i'll be waiting|tell me you don't|for real|first "
        r"one's|yet\.|gate \d+|come to the airport|watch it and)\b",
    ], r"\bno pressure\b|\bif you (?:want|like|feel like|'d like|would like)\b|\bno worries if not\b|"
       r"\bno strings\b|\bwelcome to\b|\bonly if you\b|\bmy own\b"),
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
        r"\b(?:(?<!time )(?<!place )(?<!\d )as (?:always|usual)|classic|typical)\s*[.!🙂🙃😊]*\s*$",
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
        r"change\b|\bi(?:'ve| have) changed\b(?! (?:my|the|it|them|jobs?|plans?|number|address|phones?|gyms?))|\bi'm (?:already )?changing\b|\b(?:a )?different person now\b",
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
        r"\b(?:tell me|just tell me) (?:where|who)\b(?! (?:you'd|you would|to send|you want))|\bbe honest\b[^\n]{0,25}\b(?:saw|with|like)\b|\bbusy night\b",
    ], None),
    ("love_bombing", True, [
        r"(?:^|[.!?\n]\s*|\b(?:i|i've|ive|just|already)\b[^.!?\n]{0,15})\b<gesture>\b[^\n]{0,160}\b(?:you have to|you(?:'re|"
        r"r| are) coming|say yes|can't say no|be there|be ready|don't be late|dont be late|just show up|"
        r"pick you up|i'll be waiting|no excuses|tonight|tomorrow|moving van|bringing it|come see|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|you owe|now (?:you|we|can we)|right\?|the least you|"
        r"i know you(?:'ll| will)|see you there|non.?refundable|don't miss|you're mine|not asking|your turn|"
        r"need (?:their|our|the)|we're (?:moving|going|getting)|come (?:home|pick|meet)|pack (?:a bag|your (?:things|bag|stuff"
        r"|case))|start (?:again|over)|just say|tell me you|you can't|you'?re "
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
