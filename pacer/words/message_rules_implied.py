"""The message check's rules for pressure said by implication, where no word is threatening:
knowing the date of an event of theirs and looking forward to it, a gate left open noticed,
a code that has not changed; a secret kept "for now"; reaching them on another platform, by
letter or at a place that is "still not blocked". Data only; ``message_engine`` compiles and
runs them (see ``message_tokens.Rule``). Each is cancelled by the draft plainly being
logistics, care or distance (``<calm>``, ``<becalm>``, ``<xcalm>``) unless it also menaces.
"""

from __future__ import annotations

from pacer.words.message_tokens import Rule

# an event of theirs ("ur sister's wedding", "your graduation"), or anyone's event with a date
_THEIR_EVENT = (r"(?:\b(?:your|ur|yr) (?:[a-z]+(?:'s|s'|s) )?(?:\w+ ){0,2}(?:<event>|\d{2}(?:st|nd|rd|th))\b|\b[a-z]+(?:'s|s') (?:\w+ )?<event>\b"
                r"[^.!?\n]{0,20}\b(?:on|at|is|this|next) <date>)")
# being there, or waiting for the day: "looking forward to it", "see you there", "got my outfit"
_ANTICIPATE = (r"(?:\blooking forward to (?:it|that|seeing)|\blooking forward to(?= (?:your|ur) )|\bmight be there\b|\bcan't wait\b|\bsee (?:you|u) (?:there|then|on the day)\b|"
               r"\b(?:i'll|i will|i'm gonna|i'm going to) be (?:there|in the (?:crowd|audience|church|room))\b|\bgot my "
               r"(?:outfit|ticket|invite|suit|dress)\b|\bsave me a (?:seat|dance|spot)\b|\bwouldn't miss it\b|\b(?:in my "
               r"(?:diary|calendar)|marked (?:it|the date))\b|\bsee how (?:it|that|the day) goes\b)")

RULES: list[Rule] = [
    # knowing the day and being there: "ur sister's wedding is on the 12th right? looking forward to it"
    ("threat", True, [
        _THEIR_EVENT + r"[\s\S]{0,100}?" + _ANTICIPATE,
        _ANTICIPATE + r"[\s\S]{0,60}?" + _THEIR_EVENT,
        # a check on their day or time, asked as a question: "your shift ends at 6 right?"
        r"\b(?:your|ur|yr) (?:[a-z]+(?:'s|s') )?(?:\w+ ){0,2}(?:<event>|shift|class|flight|train|appointment|session|"
        r"lesson|practice|training|run|bus)\b[^.!?\n]{0,30}\b(?:on|at|is|starts|ends|finishes|leaves|lands) (?:the )?"
        r"<date>[^.!?\n]{0,25}\b(?:right|yeah|isn't it|isnt it|innit|correct|yes|still)\s*\?",
    ], r"<calm>|\bhope\b|\bhave (?:a|the) (?:lovely|great|good|wonderful|best)\b|\bso happy for\b|\bthank|"
       r"\binvit(?:ing|ed) me\b|\bif (?:i'm|i am) still (?:invited|welcome)\b"),
    # a way in, noticed or kept: "nice of you to leave the back gate open", "the gate code hasn't changed has it"
    ("threat", True, [
        r"\b(?:leave|leaving|left|keep|keeping|kept)\b (?:your|ur|the|that) (?:\w+ )?(?:gate|door|window|garage|"
        r"patio door|side door|back door|front door|latch)\b (?:\w+ )?(?:open|unlocked|ajar|off the latch)\b",
        r"\b(?:the |your |ur )?(?:\w+ )?(?:code|locks?|pin|passcode|alarm)\b[^.!?\n]{0,15}\b(?:hasn't|haven't|has not|"
        r"have not|still hasn't|never|not|didn't|wasn't|weren't) (?:been |get |got )?(?:changed|reset)\b",
        r"\b(?:same|still the same|still|old) (?:\w+ )?(?:door|gate|alarm|garage|building|front door|key ?safe) "
        r"(?:code|pin|combination)\b",
    ], r"\bif (?:you|u) (?:ever )?(?:want|need|like|'d like|would like|prefer)\b|\b(?:remember|remind\w*|don't forget|"
       r"make sure|careful|be safe|safety|burglar|lock up|as (?:agreed|arranged|you asked)|for the (?:\w+ )?(?:plumber|"
       r"cleaner|landlord|agent|courier|delivery|electrician|dog ?walker|cat|dog))\b"),
    # their secret, kept on a condition or not for long, the condition in the next sentence
    ("exposure", True, [
        r"\b(?:your|ur|yr) (?:\w+ ){0,3}(?:doesn't|don't|do not|does not|didn't|dont|doesnt) know\b[^\n]{0,60}?\b(?:for now|"
        r"yet)\b"
        r"\s*(?:[.!?🙂😉😏]|$)",
        r"\b(?:your|ur) (?:little |dirty )?secret\b[^\n]{0,40}\b(?:for now|for the moment|as long as|if you|unless)\b",
    ], "<xcalm>"),
    # reaching them somewhere else, found or chosen because the usual way is shut
    ("block_evasion", True, [
        r"\b(?:found|tracked|hunted|searched|looked)\b (?:you|u)(?: down| up)? (?:on|in|over on) (?:<platform>)\b",
        r"\b(?:the )?only (?:place|app|site|platform|way|one|thing|account)\b[^.!?\n]{0,30}\b(?:still )?(?:not|haven't|"
        r"hasn't|didn't|isn't|aren't|forgot to) (?:blocked|block|muted|mute)\b|\bstill not blocked\b|\b(?:you|u) "
        r"(?:forgot|haven't|didn't|didnt|havent) (?:to )?block(?:ed)? me (?:on|in|from)\b",
        r"\b(?:wrote|written|writing|put|posted|slipped|pushed|dropped|left|sent|mailed|sending|taped|stuck)\b"
        r"[^.!?\n]{0,40}\b(?:letter|card|note|envelope|parcel)\b[\s\S]{0,60}?<why>",
        r"\b(?:it's|its|this is|hi it's|hey it's|it is) me\b[^.!?\n]{0,20}\b(?:on|from|via) (?:<platform>)\b|"
        r"\b(?:on|from|via) (?:<platform>)\b[^.!?\n]{0,20}\b(?:it's|its|this is) me\b",
        r"(?<!\w)@(?:'?ing|'?d|ed) (?:you|u)\b|\b(?:tag|tagged|tagging|mention\w*) (?:you|u)\b[^.!?\n]{0,40}<why>",
    ], "<becalm>"),
]

# -- threats by implication: knowing the day, a weakness in their locks, being about -------------------
RULES += [
    ("threat", True, [
        # a key, code or remote still held or still working: "still on my ring", "the garage remote still works"
        r"\b(?:<access>|remote|key ?ring)\b[^.!?\n]{0,30}\bstill (?:on my (?:key ?)?ring|works|working|the same|hidden|"
        r"there|in the same place)\b|\bstill on my (?:key ?)?ring\b|\b(?:<access>|code)(?:'s| is) still\b|\b(?:hides?|"
        r"hid|keeps?) the (?:spare )?key\b|\bspare (?:key )?(?:under|behind|in) the\b",
        # a weakness in their home or car, noticed
        r"\b(?:your|ur) (?:\w+ ){0,2}(?:car|door|window|gate|lock|bike lock|fence|garage|shed|latch)(?:'s| is| was| were)? "
        r"(?:\w+ )?(?:unlocked|open|broken|rubbish|flimsy|(?:still )?(?:doesn't|does not|doesnt|don't) (?:work|lock|shut|"
        r"close))\b|\bforgot to lock\b|\b(?:find|found|know) a way in\b|\bchang\w* the locks?\b|\bwhich (?:one|window|"
        r"door|flat|house|floor|bell) is (?:your|ur|yours)\b",
        # being about where they are, on their day: "I'll be on the sideline", "i'll be round saturday anyway"
        r"\b<ill_be> (?:about|round there|on the (?:sideline|bench|mat|step|doorstep|touchline)|"
        r"(?:right )?behind (?:you|u)|next to (?:you|u|yours)|on (?:your|ur) (?:street|road)|in the (?:crowd|audience|"
        r"car park|lift|lobby)|nearby|close by|waiting)\b(?! for (?:the|a|my|your|ur|it|them))",
        r"\b<ill_be> (?:round|over|there|here|outside)\b[^.!?\n]{0,25}\b(?:anyway|when (?:you|u) (?:wake|get|come|"
        r"finish|leave))\b|\bi'm coming by\b|\b(?:you|u)(?:'ll| will) (?:find|see) me (?:on|at|in|outside|there|"
        r"waiting)\b|\bwalk past me\b|\bsee (?:you|u) in the (?:lift|lobby|corridor|queue|car park)\b",
        # knowing their day: "i know you do the long loop round the lake on sundays", "i know youre at your dads"
        r"\bi (?:always |still |now )?know (?:(?:you're|you are|ur|u r) (?:at|in|staying|on (?:earlies|lates|nights|"
        r"days))|(?:you|u) (?:do|take|walk|run|start|started|finish|leave|go to|get|park|drive|cycle)\b[^.!?\n]{0,40}"
        r"\b(?:on|at|every|in the|round|past|mornings?|nights?|<date>)|which (?:pub|bar|gym|cafe|café|bus|train|"
        r"route|road|way))",
        r"\b(?:you're|ur|you are|u r) (?:on (?:your|ur) own|alone|by yourself) (?:til|until|till|from|after|in the "
        r"(?:evenings?|mornings?))\b|\b(?:so|then) (?:it's|its) just (?:you|u) (?:in|at|on)\b",
        r"\b(?:\d+|two|three|a few|couple of|five|ten) (?:streets|doors|roads|min(?:ute)?s) (?:from|away from) (?:you|u|"
        r"yours|ur)\b|\b(?:across from|opposite|overlooking|facing) (?:your|ur) (?:\w+ )?<place>\b",
        r"\b(?:moved|moving|staying|job|lives|living|started|working)\b[^.!?\n]{0,25}\b(?:in|into|above|below|next to|"
        r"on|opposite) (?:your|ur) (?:\w+ ){0,2}(?:building|road|street|block|estate|office|floor)\b[\s\S]{0,60}\b(?:"
        r"<ill_be>|see (?:you|u)|around|a lot|each other|bump)",
        r"\b(?:\w+ )?light(?:'s| is| was)? still on\b|\b(?:you|u) were wearing\b[^.!?\n]{0,30}\b(?:today|tonight|"
        r"earlier|this morning)\b|\bsee (?:you|u) at (?:the |your |ur )?(?:gym|spin|yoga|pilates|church|parkrun|"
        r"practice|training|pool|lift|class|choir|the match)\b",
    ], "<calm>"),
]

# -- exposure by implication: kept in several places, one click away, "does your family know?" ---------
RULES += [
    ("exposure", True, [
        r"\bi know about\b[^.!?\n]{0,40}[.!?]\s*(?:does|do|did) (?:your|ur)\b[^.!?\n]{0,25}\?|\b(?:hasn't|haven't|"
        r"hasnt|havent|doesn't|doesnt) (?:seen|heard|read) (?:them|it|those|these)\b[^\n]{0,5}\byet\b",
        r"\b(?:backed up|saved|stored|copied|kept)\b[^.!?\n]{0,25}\b(?:in (?:\d+|two|three|several|a few) (?:different )?"
        r"places|on (?:a|my) (?:usb|hard ?drive|memory stick|cloud|laptop))|\b(?:it's|its) all backed up\b|\bone click\b",
        r"\b(?:i could|i might|maybe i'?ll|maybe ill|think i'll|i'll just|(?:it )?would be (?:really |so )?(?:easy|funny|"
        r"a shame) to)\b[^.!?\n]{0,15}\b(?:dm|send|show|share|post|forward|read|leak|upload|leave)\b[^.!?\n]{0,40}\b(?:"
        r"<media>|things|everything|stuff|a few|the album|a (?:little )?post|<onlookers>)\b",
        r"\bthe private ones\b|\byou know (?:the one|what i've got|what i have)\b|\b(?:still )?got it on my phone\b|"
        r"\b(?:got|have|kept|saved|keeping|screenshotted) (?:every|all(?: of)?) (?:\w+ ){0,2}(?:<media>|snaps?|word|"
        r"thing)\b[^.!?\n]{0,40}(?:[.!]\s*)?(?:just so|every single|yet|for now|🙂|😏|😊)",
        r"\b(?:would|will|'d|'ll) (?:have something to say|find (?:\w+ )?(?:very |really )?(?:entertaining|"
        r"interesting|funny)|find (?:\w+ ){1,3}(?:very |really |so )?(?:entertaining|interesting|funny|eye-opening))\b|\bwhat (?:you|u) can find in\b|\b(?:lots of|plenty of) (?:reading|interesting)\b|"
        r"\bthinks (?:you|u) were\b",
    ], "<xcalm>"),
]

# the usual way shut, said as the reason: "since you ignore mine", "so you'd see it"
_SHUT = (r"(?:\b(?:because|since|as|bc|cos|coz|cause|cuz)\b[^.!?\n]{0,40}\b(?:block\w*|won't|wont|don't|dont|can't|"
         r"cant|ignor\w*|pick up|answer|read|off to me|not delivered|not going through|filter\w*|mute\w*)|\bso (?:you'd|"
         r"ud|u'd|you would|you'll|you could|u would) (?:see|read|pick up|answer|accept|notice|open)\b)")

# -- ways round a block by implication: another channel taken because the usual one is shut --------------
RULES += [
    ("block_evasion", True, [
        r"\b(?:rang|rung|wrote|pinged|texted|replied|typing|paid|signed up|dm'?d|dmed|sent|called|messaged|emailed|"
        r"posted|commented|tagged|trying)\b[^.!?\n]{0,50}" + _SHUT + r"|" + _SHUT + r"[^.!?\n]{0,40}\b(?:i'm|im|i've|ive|"
        r"i)\b (?:\w+ )?(?:trying|leaving|sent|sending|writing|using|on|texting|calling)\b",
        r"\bcheck the (?:reference|ref|memo|note|description)\b|\b(?:reference|ref|memo)\b[^.!?\n]{0,15}\b(?:call me|"
        r"read it|it's me|text me|answer|i miss|please)\b|\bmessage in the (?:\w+ ){0,2}(?:reference|description|memo|"
        r"note)\b|\bwith a (?:note|message)\b[^.!?\n]{0,25}\b(?:hope (?:you|u) (?:saw|read|see|get)|read it)\b",
        r"\bblock this (?:number|account|one) too\b|\bi've got plenty\b|\bdon't (?:filter|block|mute|delete|ignore) "
        r"this one\b|\b(?:all )?my (?:other |personal |main |usual |real )?(?:accounts?|numbers?|ones?|mobile|phone|"
        r"texts|messages|emails?)(?:'s| is| are| have been| got| say| show)? (?:all )?(?:blocked|not delivered|"
        r"bouncing|bounced|off to me)\b|\bblock (?:me|my \w+) on \w+ but\b",
        r"\bchanged my (?:name|username|handle|display name)\b|\bunder (?:my|a) (?:middle|maiden|different|fake|"
        r"made up|new) name\b|\bgot (?:my )?\w+ to (?:follow|add|text|message|call|dm)\b (?:you|u)\b[^.!?\n]{0,20}"
        r"\bso (?:i|you|u)\b|\b(?:yes|yep|yeah),? (?:it's|its) me\b|\b(?:on|in) (?:the |my |your |ur )?(?:\w+ ){0,3}"
        r"(?:chat|app|game|server|portal|comments?|group)\b[^.!?\n]{0,15}\b(?:it's|its) me\b",
        r"\bsigned up (?:to|for) (?:your|ur) \w+ so\b|\breplied to (?:your|ur) (?:work'?s? )?auto ?reply\b|\b(?:calendar "
        r"invite|gift|invite|request)\b[^.!?\n]{0,25}\bwith a (?:message|note)\b|\bin the (?:shared|google) (?:notes?|"
        r"drive|doc|folder|album)\b|\bwe (?:still )?both have\b|\b(?:your|ur) old (?:\w+ )?(?:email|number|account|"
        r"address|insta|hotmail|gmail|yahoo|facebook|snap|twitter|phone|landline)\b[^.!?\n]{0,20}\b(?:still )?works\b",
    ], "<becalm>"),
]

# -- their day and their ways, checked with a tag question or noticed; reaching them some other way --------
RULES += [
    ("threat", True, [
        r"\b(?:you|u|your|ur|you're|you've|u've|youre)\b[^.!?\n]{0,50}\b(?:<date>|\d{1,2}(?:[:.]\d{2})?|every \w+|"
        r"mornings?|nights?|earlies|lates|number \d+|flat \d+|same (?:spot|place|time|way)|still (?:at|in|on|walk|park|"
        r"go|get|take)|(?:at|behind|outside|down) (?:the|your|ur) \w+)\b[^.!?\n]{0,30}\b(?:right|yeah|isn't it|isnt it|"
        r"wasn't it|aren't you|don't (?:you|u)|dont (?:you|u)|doesn't (?:he|she)|innit|yes)\s*\?",
        r"\b(?:you|u) still (?:walk|park|go|get|take|run|drive|cycle|leave|use)\b[^.!?\n]{0,40}\b(?:at \d|every|same|"
        r"behind|down the|round the|past the|through the)\b|\b(?:your|ur) (?:\w+ )?(?:car|bike|van)(?:'s| is| was)? "
        r"(?:parked )?(?:at|outside|in|by|behind)\b[^.!?\n]{0,40}\b(?:again|right now|every|today|tonight|this morning|"
        r"at \d)\b",
        r"\b(?:signed up|joined|booked|enrolled|registered)\b[^.!?\n]{0,20}\b(?:same|your|ur) (?:\w+ ){0,2}(?:class|"
        r"club|gym|course|team|group|choir|session|parkrun)\b|\b(?:i'm|im) (?:doing|running|going to|joining|coming to) "
        r"(?:\w+ ){0,2}(?:<event>|parkrun|class)\b[^.!?\n]{0,20}\btoo\b",
        r"\b(?:might|may|gonna|thinking of|thinking about) (?:come|coming|pop|popping|drop|dropping|go|going) (?:along |"
        r"by |round |over |down )?(?:to |by )?(?:your|ur|the) (?:\w+ ){0,2}(?:church|gym|class|stables|office|work|club|"
        r"pub|local|school)\b",
        r"\b(?:your|ur) (?:\w+ )?<place>\b(?:'s| is) (?:right |just )?on my (?:way|route|walk|commute)\b|\b(?:landlord|"
        r"neighbou?r|flatmate|roommate|concierge|doorman|caretaker)\b[^.!?\n]{0,15}\blet me in\b|\bnot the only one "
        r"who knows\b|\bstill (?:on|in) (?:your|ur) (?:\w+(?:'s|s)? )?(?:whatsapp|group|chat|location|find my)\b|"
        r"\bstill syncs?\b|\bstill down as (?:your|ur)\b|\b(?:code|pin|combination) (?:for|to) (?:your|ur)\b",
        r"\bsee (?:everything|straight in|right in|inside|in)\b[^.!?\n]{0,15}\bfrom the (?:street|road|pavement|car|bus "
        r"stop)\b|\b(?:you've|you have|u've|uve) (?:finally )?(?:fixed|painted|replaced|changed|cut|trimmed|put up|taken "
        r"down) (?:that|the|your|ur) (?:broken )?(?:fence|hedge|front door|gate|curtains|blinds|window|hanging baskets?|"
        r"sign)\b|\b(?:you|u)(?:'ll| will) know (?:it's|its|who(?:'s| it's)?) (?:from )?me\b|\b(?:only|just) (?:a )?"
        r"(?:\d+|five|ten|fifteen|twenty|thirty) ?min(?:ute)?s? (?:drive|walk|ride)\b",
        r"\b(?:<ill_be>|i'm|im|staying|gonna be) (?:in|at) (?:your|ur) (?:town|area|neck of the woods|city|village|end)\b|"
        r"\b(?:moved|moving) (?:in(?:to)?|to) (?:the )?(?:\w+ ){0,2}(?:above|below|next to|opposite|near) (?:your|ur)\b|"
        r"\bbeen (?:going|coming|sitting|waiting|walking|driving) (?:there |past |by )?every (?:morning|day|night|"
        r"evening)\b|\b<ill_be> (?:here|there|outside) every (?:night|day|morning|evening)\b",
    ], r"<calm>|\b(?:ok|okay|fine|free|good|up|alright|happy|still on) (?:for|with)\b|\b(?:you|u) (?:said|wanted|asked|"
       r"mentioned|prefer|suggested)\b|\bpick(?:ing)? (?:up|them up|the kids)\b"),
    ("exposure", True, [
        r"\b(?:shall|should) i (?:show|send|forward|read|tell)\b (?:your|ur) \w+ (?:what|about|those|the)\b|\bwould look "
        r"(?:great|good|lovely|nice|amazing) on (?:your|ur|my|the)\b[^.!?\n]{0,30}\b(?:insta\w*|facebook|story|page|"
        r"feed|wall|twitter|tiktok|profile)\b|\bhit post\b|\bmight (?:share|post|send|show|publish|leak) (?:it|them|"
        r"those|everything)\b|\bwant me to (?:share|show) (?:them|it|these|those)\b",
        r"\b(?:get|got|getting|log|logged|logging) (?:in(?:to)?|on ?to) (?:your|ur) (?:old |new )?(?:icloud|email|emails|"
        r"phone|accounts?|insta\w*|drive|dropbox|google|laptop|facebook|snap\w*|cloud|whatsapp)\b",
        r"\bimagine if (?:they|he|she|everyone|your|ur)\b[^.!?\n]{0,15}\b(?:did|knew|found out|saw)\b|\b(?:doesn't|"
        r"doesnt|don't|dont) know about\b[^.!?\n]{0,30}\b(?:does|do) (?:he|she|they)\b|\bhope (?:he|she|they|your \w+|ur "
        r"\w+) never (?:sees|finds|reads|hears)\b|\b(?:very |really )?interesting ones\b|\bwould make of\b|\b(?:funny|"
        r"interesting) if (?:your|ur)\b[^.!?\n]{0,30}\b(?:found out|saw|knew|heard|read)\b|\b(?:your|ur) (?:boss|"
        r"manager|wife|husband|mum|dad|fianc\w*|partner|gf|bf) and (?:i|me) are (?:connected|friends|following each "
        r"other|mutuals)\b",
    ], "<xcalm>"),
    ("block_evasion", True, [
        r"\b(?:got|asked|had) (?:my )?\w+ to (?:follow|add|text|message|call|dm)\b (?:you|u)\b[^.!?\n]{0,40}" + _SHUT + r"|"
        r"\b(?:i'm|im|so i'm|now i'm) trying (?:<platform>|imessage|(?:your|ur) (?:landline|work|email))\b|\b(?:you|u) "
        r"(?:blocked|muted|ignored)\b[^.!?\n]{0,20}\bso (?:i'm|im|i've|ive|i'll|ill|i)\b",
    ], "<becalm>"),
]
