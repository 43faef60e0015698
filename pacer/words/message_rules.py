"""The message check's rules for what must never pass quietly (threats are in
``message_rules_threat``): exposure (private words or pictures shown to others), ways round a
block, and self-harm used as leverage. Data only; ``message_engine`` compiles and runs them.

Written with the ``<tokens>`` of ``message_tokens``; see ``message_tokens.Rule`` for a rule's
shape. Order matters only within a code: the first rule of a code to match gives its span.
"""

from __future__ import annotations

from pacer.words.message_tokens import Rule

RULES: list[Rule] = [
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
    ], "<xcalm>"),
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
    ], "<becalm>"),
    ("exposure", True, [
        r"\b(?:post|share|leak|send|forward|show|drop|print|put|publish|upload|release|read)\w* "
        r"(?:out )?(?:the |our |your |ur |those |these |all (?:the |our |your )?|some of (?:the |our )?|"
        r"a few of (?:the |our )?|what you (?:said|sent|told me)|the whole )?<media>\b"
        r"(?! (?:to you|you asked|back to you|with you|from the (?:hike|trip|party|wedding)))",
        r"\b(?:post|share|put|drop)\w* (?:it|them|this|that|the (?:whole )?(?:convo|conversation|thread)) "
        r"(?:on|in) (?:my story|reddit|insta\w*|facebook|twitter|online|the group ?chat|the internet)",
        r"\b(?:(?:it'd|it would|would|that would|that'd) be a (?:shame|pity) if|(?:i'd|i would|would|i) hate for)\b",
        r"\b(?:i|i've|i'll|i'd|i'm|me|my)\b[^.!?\n]{0,40}?\b(?:your|ur|the) (?:\w+ )?<audience>\b[^.!?\n]{0,40}\b<media>\b|"
        r"\b(?:i|i've|i'll|i'd|i'm|me|my)\b[^.!?\n]{0,40}?\b<media>\b[^.!?\n]{0,40}\b(?:your|ur) <audience>\b|"
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
        r"\b(?:tell|telling|told) (?:every(?:one|body)|your \w+|the whole \w+|all (?:your|ur|our) \w+) (?:why|about|what "
        r"you did)\b",
        r"\btaking your reputation\b|\bmeet the real you\b|\bsee(?:s)? (?:the real you|who you (?:really )"
        r"?are)\b",
        r"\bi(?:'ll| will| could| can) (?:let|tell) (?:your|ur) \w+ (?:know|about)\b",
    ], "<xcalm>"),
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
        # reaching them through a place that is not for messages: a running app, a game server, a playlist,
        # a review of their business, their gym's page ("messaged u on strava", "left a review on ur page. its for u")
        r"\b(?:found|messaged|msged|msg'?d|dm'?d|dming|@'?ing|@'?d|tagged|pinged|wrote to|commented|left (?:a |you a )?"
        r"(?:review|comment|note|message))\b[^.!?\n]{0,30}?\b(?:on|via|through|in) (?:(?:your|ur) (?:\w+'s )?)?"
        r"(?:discord|strava|spotify|twitter|linkedin|tiktok|reddit|twitch|steam|xbox|psn|venmo|paypal|cash ?app|"
        r"pinterest|slack|github|goodreads|duolingo|the (?:game|server)|business page|gym'?s? (?:page|insta\w*)|"
        r"insta\w*|facebook|email|work email)\b",
        r"\b(?:playlist|review|song titles|username|bio)\b[^\n]{0,80}\b(?:it'?s|its|that'?s) (?:my message|for (?:you|u))\b|"
        r"\b(?:asking|asked|get|got) (?:them|him|her|\w+) to pass (?:this|it|my message) on\b",
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
    ], "<becalm>"),
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
        r"\bgiven away (?:all )?my (?:stuff|things)\b|\bpills\b|(?<!for )\bending (?:it|things|everything)\b|"
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

# -- structures: a way to show or tell (a verb, an audience, their private material) ----------------
RULES += [
    ("exposure", True, [
        # an audience that would react to what is theirs: "your fiancée might find them interesting"
        r"\b(?:your|ur) (?:new |own |whole |little |poor )?<onlookers>\b[^.!?\n]{0,40}\b(?:would|will|might|could|'d|"
        r"may|should|'ll)\b[^.!?\n]{0,25}\b(?:interest\w*|love|enjoy|horrified|shocked|appal\w*|disgusted|like (?:to )?"
        r"(?:see|know|hear|read)|want to (?:see|know|hear|read)|find (?:them|it|this|that|out)|see|know|hear|read|"
        r"respect|laugh)\b(?=[^.!?\n]{0,40}\b<private>\b|[\s\S]{0,80}?\b(?:<media>|what (?:you|u)|secret))|<private>"
        r"\b[^.!?\n]{0,40}(?:[.?!]\s*)?\b(?:your|ur) (?:new |own |whole )?<onlookers>\b[^.!?\n]{0,25}\b(?:would|will|"
        r"might|could|'d|may)\b",
        r"\b(?:imagine|wonder|wondering|what (?:would|will|might|do you think)|think|reckon|bet) (?:if |how |what )?"
        r"(?:your|ur) (?:new |whole )?<onlookers>\b[^.!?\n]{0,40}\b(?:saw|see|seeing|read|reading|heard|hear|"
        r"hearing|knew|knows?|think|say|found out|find out|thought)\b",
        r"\b(?:for|let|make|get) (?:your|ur) (?:new |whole )?<onlookers>\b[^.!?\n]{0,10}\b(?:to )?(?:read|see|hear|"
        r"find out|know|learn)\b (?:all )?(?:what (?:you|u)|about (?:us|you|what|that|the)|those|these|them|it\b|the "
        r"(?:truth|<media>))",
        # a secret kept on a condition, or not for long
        r"\b(?:doesn't|don't|does not|do not|didn't)\b[^.!?\n]{0,25}\b(?:yet|for now)\b|\blet's keep it that way\b|"
        r"\bsecret(?:'s|s)?\b[^.!?\n]{0,40}\b(?:as long as|for now|if you|unless|stay (?:a )?secret|keep it that "
        r"way|safe with me for)\b|\bdirty (?:little )?secret\b",
        r"\b(?:shame|pity|awful|terrible) if\b[^.!?\n]{0,50}\b(?:found out|saw|heard|knew|read|ended up|got out|came "
        r"out|leaked|went (?:online|public|round|around))\b|\b(?:you'd|would|i'd|you would) hate for\b[^.!?\n]{0,40}"
        r"\bto (?:hear|see|know|find|read|learn)\b",
        # everyone will hear; online; one post away
        r"\b(?:everyone|everybody|the whole \w+|all (?:of )?(?:your|ur) (?:\w+ )?(?:friends|family|colleagues|"
        r"followers)|(?:your|ur) (?:\w+ )?(?:friends|family|followers|colleagues|workplace|work|office|school|uni|"
        r"church|team|group chat))(?:'s| is| are|'re)? (?:going to|gonna|will|would|'ll|about to|soon)\b[^.!?\n]{0,10}"
        r"\b(?:hear|know|see|find out|read|learn|laugh)\b",
        r"\b(?:upload|post|put|share|tweet|leak|dump|publish)\w* (?:it all|everything|all of it|them|those|these|it|some of "
        r"(?:our|your|ur|the|those) (?:\w+ )?<media>|"
        r"what (?:you|u) \w+|(?:the|our|your|ur|those|these) (?:\w+ )?<media>)\b[^.!?\n]{0,30}\b(?:reddit|online|"
        r"tiktok|twitter|facebook|insta\w*|my story|the internet|youtube|names|tag (?:your|ur)|about (?:you|u))\b|"
        r"\bmake (?:a|an) (?:tiktok|video|post|thread|story|reel|page|blog)\b[^.!?\n]{0,20}\babout (?:you|u|us|what)\b|"
        r"\bone (?:tweet|post|video|tiktok|story|reel|email|call|phone call|message|text|dm)\b[^.!?\n]{0,12}\b(?:and "
        r"(?:your|everyone|the)|away)\b|\bruin (?:your|ur) (?:reputation|career|name|job|marriage|relationship)\b",
        # their words and pictures kept, copied or still reachable
        r"\b(?:backed up|photographed|screenshotted|downloaded|copied|archived)\b[^.!?\n]{0,25}\b(?:(?:your|ur|every|all "
        r"(?:your|ur|the|of)|the whole) (?:\w+ )?(?:<media>|diary|journal|pages|chats?|messages|secrets?|convo|thread))"
        r"|\b(?:<media>|diary|journal|pages)\b[^.!?\n]{0,15}\b(?:backed up|photographed)\b",
        r"\b(?:get|got|getting|log|logged|logging) (?:in(?:to)?|on ?to) (?:your|ur) (?:icloud|email|emails|phone|"
        r"accounts?|insta\w*|messages|drive|dropbox|google|laptop|facebook|snap\w*|photos|cloud|whatsapp|bank)\b|"
        r"\b(?:have|got|know|remember) (?:your|ur) (?:password|passcode|pin|login|icloud|apple id)\b",
        r"\b(?:i have|i've got|i got|still have|got) (?:the )?(?:receipts|proof|evidence)\b(?! (?:of (?:payment|purchase|"
        r"postage|delivery)|for the))|"
        r"\b(?:proof|evidence|receipts|screenshots|recordings?)\b[^.!?\n]{0,40}\b(?:not afraid to|happy to|ready to|"
        r"will|i'll|going to|could) (?:use|show|share|send|post)\b|\b(?:play|show|read|hand out|pass (?:round|"
        r"around))\w* (?:them|it|those|these|everything|the \w+)\b[^.!?\n]{0,30}\b(?:at|to|in front of) (?:your|ur|"
        r"the whole|everyone)\b",
    ], "<xcalm>"),
    ("block_evasion", True, [
        # someone else's phone or account, or a phone that is not theirs to block
        r"\b(?:this is|it's|its|i'm on|im on|on|using|borrowed|borrowing|from|texting from|calling from|messaging "
        r"from|writing from|via) (?:my |a |her |his |their |the )?(?:[a-z]+(?:'s|s')) (?:phone|mobile|account|acc|insta|"
        r"instagram|number|email|fb|facebook|snap|snapchat|whatsapp|laptop|ipad|tablet|tiktok|twitter)\b",
        r"\b(?:from|on|using|via) (?:the |a |my |our |her |his )?(?:hotel|work|office|payphone|pay phone|landline|public|"
        r"library|school|uni|borrowed|spare|other|second|old|new) (?:phone|computer|laptop|number|line|email|sim)\b"
        r"[^.!?\n]{0,20}<why>",
        # a new way made for it, or another way taken because the usual one is shut
        r"\b(?:made|making|created|make|set up|opened|got|getting|started|joined)\b[^.!?\n]{0,20}\b(?:this|a new|new|"
        r"another|a second|second|a different|different|an? alt|alt|fake|burner|separate|spare) (?:<channel>|email|"
        r"phone|sim|account|profile|page|number|name|username|handle|linkedin)\b[^.!?\n]{0,40}\b(?:to (?:message|"
        r"reach|contact|talk|text|dm|say|tell|follow|see)|just (?:to|so)|so (?:i|you|that)|for you|because|since|bc)\b",
        r"\b(?:trying|try|tried|messaging|writing|emailing|texting|calling|ringing|contacting|reaching|dming|posting|"
        r"commenting|sending|sent|left)\b[^.!?\n]{0,40}<why>|<why>[^.!?\n]{0,40}\b(?:trying|try|messaging|writing|"
        r"emailing|texting|calling|here|this|sending|left)\b",
        r"\b(?:the )?only (?:place|way|app|thing|option|channel|one) (?:left|i have left|you haven't blocked|that works)\b|"
        r"\bjoined (?:your|ur) (?:\w+ ){0,2}(?:club|group|class|team|gym|server|chat|choir|course)\b[^.!?\n]{0,30}\b(?:so|"
        r"to) (?:we|i|you)\b|"
        r"\b(?:let me )?borrow(?:ed|ing)? (?:her|his|their|a|my \w+'s) (?:phone|account|laptop|mobile)\b|\byou keep "
        r"blocking\b|\b(?:made|created|set up) (?:\d+|two|three|four|five|several|a few) (?:new )?(?:accounts|numbers|"
        r"profiles)\b|\bgot the new one (?:off|from|through)\b|"
        r"\bplease (?:don't|do not) block (?:it|this|me|this one)\b|\b(?:tried|trying) (?:your|ur) (?:(?:old|work|uni|"
        r"other|second|personal) ){1,2}(?:email|number|phone|landline|account)\b|\b(?:your|ur) old (?:email|number|account|"
        r"address|insta)\b[^.!?\n]{0,20}\b(?:still )?works\b",
        r"\b(?:messaging|writing to|emailing|dming|contacting|writing on|posting on|commenting on) (?:your|ur) "
        r"(?:business|work|shop|company|professional|photography|band|art|fan|public|official|brand) (?:page|account|"
        r"email|profile|site|insta|inbox)\b|\bwith a (?:message|note) attached\b|\bmessage attached\b|\bmatched\b"
        r"[^.!?\n]{0,30}\b(?:again|it's me|its me)\b",
        # a friend carrying it: "I asked Ellie to give you this letter", "she said she'd pass this on"
        r"\b(?:asked|got|had|begged|getting|sent) (?:my |your |ur |our )?(?:\w+ ){0,2}(?:to )?(?:give|pass|tell|send|"
        r"hand|show|forward|deliver|message|text|dm|call)\b[^.!?\n]{0,25}\b(?:you|u)\b[^.!?\n]{0,25}\b(?:this (?:letter|"
        r"message|note|card)|my (?:letter|message|note|card)|i'm sorry|i miss|i love|to call|to talk|to unblock|it's "
        r"me)\b|\b(?:said|says|promised|offered) (?:she'd|he'd|they'd|she would|he would|they would|she'll|he'll|"
        r"they'll) (?:pass|give|send|hand|show|forward|get) (?:this|it|my \w+) (?:on|to you)\b[^.!?\n]{0,40}<why>",
    ], "<becalm>"),
    ("threat", False, [
        # a block that will not stop them: "don't think a block stops me from walking up to your door"
        r"\b(?:block(?:ing)?|nothing|no one|nobody|changing (?:your|ur) number|moving|a new number)\b[^.!?\n]{0,20}"
        r"\b(?:stops?|stopping|will stop|is going to stop|'s going to stop) me\b",
    ], None),
]

# Pressure only in a no-contact period: news of a new way to reach them is, there, a way
# round the space ("this is my new number", "followed you from my other account").
NO_CONTACT_RULES: list[tuple[str, list[str]]] = [
    ("block_evasion", [
        r"\b(?:new|my|other|old|second|another|different|personal|work|this) (?:(?:old|other|new|second|spare) )?"
        r"(?:<channel>)\b",
        r"\b(?:added|followed|following|follow|friend request|request|swiped|found|saw) (?:you )?(?:back )?"
        r"(?:on|from|in)\b",
        r"\b(?:it's|its|this is|hi it's|hey it's) me\b|\b(?:on|from|using) my \w+'s (?:phone|account)\b|"
        r"\bswitched to\b|\breach me (?:here|on)\b|\buse this one\b|\bfollow back\b|\bsent you\b",
    ]),
]
