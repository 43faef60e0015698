"""The message check's pattern vocabulary: ``<tokens>`` that its rules are written with.

A rule (see ``message_rules``) is a list of regular expressions over the check's normalised
text (lower case, straight apostrophes, texting shorthand spelled out: "u" -> "you", "im" ->
"i'm", "rn" -> "right now"). A ``<token>`` in a pattern stands for one of the alternations
below; ``expand`` puts them in before compiling. A token may hold another (``<consequence>``
holds ``<kind>``).
"""

from __future__ import annotations

import re

# (code, negatable, patterns, unless): a negatable match is skipped when its own clause says
# no to it first ("I don't think you're selfish", "no need to reply by tonight"); ``unless`` (a
# pattern or None) anywhere in the draft cancels the rule, for words that turn the same shape
# kind ("I still have your key, I'll post it back").
Rule = tuple[str, bool, list[str], "str | None"]

TOKENS: dict[str, str] = {
    "<youre>": r"(?:you're|you were|you've been|you(?:'ve| have) (?:always|only ever|never) been|you always were|you are)",
    "<your>": r"(?:your|ur|yr)",
    "<youll>": r"(?:you'll|you're going to|ur going to)",
    "<ill>": r"(?:i'll|ill|i'm going to|i'm about to)",
    "<gap>": r"[^.!?\n]{0,60}?",
    "<neg>": r"(?:don't|won't|can't|didn't|still don't|never)",
    "<reach>": r"(?:reply|respond|answer|text|call|ring|message|write|get back|talk|speak|pick up|"
    r"explain|come back|meet)",
    "<when>": r"(?:tonight|today|tomorrow|this (?:evening|afternoon|morning|weekend|week)|"
    r"(?:this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|noon|midnight|lunch(?:time)?|"
    r"(?:the )?end of (?:the |to)?(?:day|week|night|month)|eod|(?:the |this |next )?weekend|"
    r"\d{1,2}(?::\d{2})? ?(?:am|pm|o'clock|tonight|today|tomorrow)|\d{1,2}:\d{2})",
    "<them>": r"(?:own )?(?:sister|brother|sis|bro|siblings?|mom|mum|mother|dad|father|parents|"
    r"folks|family|aunt|uncle|cousin|grandma|grandmother|gran|nan|grandpa|best friend|bestie|"
    r"friends?|mates?|roommate|flatmate|housemate|boss|manager|co-?workers?|colleagues?|"
    r"workmates?|team|workplace|office|ex|partner|wife|husband|girlfriend|boyfriend)",
    "<consequence>": r"(?:(?:i'll|i'm going to) <kind>|(?:we're|it's|this is|that's|i'm) <over>|"
    r"that's it|i'm (?:out|gone|leaving|blocking|deleting|moving on)|forget (?:it|about)|"
    r"don't bother|you'll (?:never|regret|lose)|never (?:hear|see|talk|speak))",
    "<adj>": r"(?:selfish|cruel|heartless|immature|childish|pathetic|cold|fake|toxic|manipulative|"
    r"narcissist|narcissistic|disgusting|ridiculous|unbelievable|worst|joke|spineless|gutless|"
    r"coward|cowardly|rude|disrespectful|inconsiderate|liar|lying|useless|evil|awful|horrible|"
    r"terrible|jerk|asshole|idiot|stupid|weak|unfair|dramatic|crazy|hypocrite|fraud|two-faced|"
    r"ungrateful|entitled|arrogant|emotionally unavailable|playing games|playing me|using me)",
    "<suffer>": r"(?:cry|cried|crying|can't sleep|haven't slept|couldn't sleep|can't eat|"
    r"haven't eaten|sick|miserable|suffering|a wreck|a mess|falling apart|depressed|in pieces|"
    r"breaking down|losing my mind)",
    "<give>": r"(?:you (?:have|got)|you've got|i'll give you|i'm giving you)",
    "<over>": r"(?:done|over|finished|through)",
    "<arrive>": r"(?:com(?:e|es|ing)|go(?:es|ing|ne)?|came|went|show\w* up|turn\w* up|"
    r"(?:stop|drop|swing)\w* by|wait\w*|be waiting|be|sit\w*|stand\w*)",
    "<someone>": r"(?:someone|somebody|other people|a new|this (?:guy|girl|person|man|woman))\b",
    "<likes>": r"(?:appreciates?|wants?|cares? about|treats?|likes?|values?|respects?|notices?|"
    r"fancies|is into|listens? to|gets?|asked)",
    # what may follow "I'll ..." without it being a consequence ("I'll understand")
    "<kind>": r"(?!understand|respect|still|always|be here|be around|be okay|be ok\b|be fine|"
    r"wait|leave you be|give you|here|okay|ok\b|fine|happy|glad|sorry|miss|hope|think|keep (?:it|them|hold)|hold (?:onto|on "
    r"to)|look after|store|give (?:it|them) to (?:your|ur)|send (?:it|them)|post (?:it|them)|leave (?:it|them) with|drop "
    r"(?:it|them))",
    # "making them jealous" is judged by intent: a date on its own is news; paired with a
    # pointed phrase it is a play for a reaction
    "<outing>": r"(?:got asked out|asked out|matched with|dancing with|a stranger|date last night|from a date|"
    r"went out with|was out with|(?:a|on a|had a|great|amazing|second|first|hot) "
    r"date|hooked up|kissed (?:someone|somebody|a)|slept with|spent the night with|someone new|"
    r"a new (?:guy|girl|person|man|woman)|flirt(?:ed|ing)?|asked me out)\b",
    "<intent>": r"(?:just so you know|(?:thought|figured) you(?:'d)? (?:should|might|would|want "
    r"to|wanted to)? ?(?:want to )?know|in case you (?:care|cared|were wondering|wondered|want "
    r"to know)|not that you(?:'d| would)? care|fyi|just saying|unlike you|for once|(?:actually|"
    r"finally) (?:appreciates?|treats?|cares?|listens?|gets?|makes?)|you're missing out|"
    r"jealous|wanted to share|didn't think (?:about|of) you|bounce back|more fun|younger than you|"
    r"hard to replace|hope (?:you're|ur) (?:having (?:fun|a good time)|enjoying))\b",
    # guilt's parts: what I gave, how I suffer, and the turn to them ("and you can't even ...")
    "<sacrifice>": r"(?:gave up|gave you|given you|dropped out|dropped everything|moved|quit|turned down|sacrificed|"
    r"cancell?ed|lent|loaned|paid|spent|put (?:my|you|your|everything|myself|my life|it all)|sat with|sat up|stuck by|"
    r"stood by|held|forgave|forgiven|waited|went without|worked|saved|left my|looked after|took care|cared for|defended|covered "
    r"for|nursed|drove|supported|carried|was there|was the one|did everything|changed|stayed|skipped|missed|wasted|"
    r"learned|learnt|risked|lost|walked away from|chose you|picked you|believed in)",
    "<hurting>": r"(?:cry|cried|crying|in tears|haven't slept|can't sleep|couldn't sleep|not sleeping|can't eat|"
    r"haven't eaten|not eating|sick|falling apart|fell apart|panic attacks?|anxiety|antidepressants|in bed|a mess|a "
    r"wreck|wrecked|lost (?:so much )?weight|can't focus|can't work|off work|signed off|broken|worthless|humiliat\w*|"
    r"shaking|numb|miserable|depressed|can't (?:get out of|leave the) (?:bed|house)|haven't left the house|"
    r"heartbroken|devastated|dying inside|not been able to (?:get out of bed|sleep|eat|work|leave the house)|can't breathe|barely (?:eating|sleeping|functioning)|not coping|can't cope|can't (?:even )?"
    r"(?:go to|get to|face) (?:work|school|class|uni|college))",
    "<turn>": r"(?:and (?:now )?(?:you|this|i get|i'm not|i don't|all i)|but (?:you|now)|yet (?:you|i)|now (?:you|i|i'm)|"
    r"(?:you )?(?:can't|won't|couldn't|don't|didn't) even|not even|this is (?:what|how)|and (?:got|get) (?:nothing|"
    r"silence)|all i get|and you (?:just|still)|and this is it|and you're|but you're (?:fine|happy|okay|ok|out))",
    # the structures of threats, exposure and ways round a block (message_rules, message_rules_threat)
    # a first-person subject, and where a clause starts when texting drops it ("sat outside ur flat")
    "<me>": r"(?:i|i'm|i'll|i've|i'd|i was|i am|i will|i can|i could|me|we'll)",
    "<lead>": r"(?:^|(?<=[.!?\n,;:(]))\s*(?:(?:and|then|so|just|lol|btw|ok|okay|anyway|also|already|still|now|"
    r"hey|yeah|currently|literally|been) )?",
    # somewhere of theirs: a place, their people's homes ("your mum's"), or "yours"
    "<spot>": r"(?:place|house|home|flat|apartment|building|block|door|doorstep|front door|back door|doorbell|"
    r"letterbox|window|bedroom|room|curtains|blinds|balcony|kitchen|living room|garden|yard|porch|driveway|drive|gate|"
    r"street|road|lane|close|estate|neighbou?rhood|area|town|city|village|stairs|steps|stairwell|hallway|landing|"
    r"lobby|reception|front desk|work|office|desk|job|shift|workplace|gym|school|uni|campus|class|lecture|college|"
    r"clinic|ward|surgery|hospital|shop|store|salon|cafe|café|coffee place|pub|bar|local|restaurant|hotel|church|"
    r"car|bike|van|garage|car park|parking (?:spot|space)|bus stop|stop|station|platform|train|bus|route|run|"
    r"commute|lunch break|bench|table|usual (?:table|spot|place|seat)|spot|seat|locker|step|fence|hedge|bins?)",
    "<folk>": r"(?:mum|mom|mother|dad|father|parents|nan|nana|gran|granny|grandma|grandad|grandpa|sister|brother|"
    r"sis|bro|cousin|aunt|auntie|uncle|friend|mate|bestie|best friend|flatmate|roommate|housemate|girlfriend|"
    r"boyfriend|partner|wife|husband|gf|bf|neighbou?r|colleague)",
    "<theirs>": r"(?:\b(?:your|ur|yr) (?!old )(?:[a-z]+ )?(?:[a-z]+(?:'s|s') )?"
    r"<spot>\b|(?:(?<=at )|(?<=to )|(?<=by )|(?<=round )|(?<=outside )|(?<=near )|(?<=past )|(?<=from )|(?<=of ))"
    r"(?:yours\b|(?:your|ur|yr) (?:new )?<folk>(?:'s|s')"
    r"(?! (?:birthday|name|number|phone|advice|idea|fault|sake|wedding|funeral|party|baby|new|car|bike))))",
    # a place of theirs named before "I": "your work, I'll be there"
    "<theirplace>": r"\b(?:your|ur|yr) (?:new |own |usual |old |front |back )?(?:[a-z]+(?:'s|s') )?<spot>\b",
    # being somewhere: a verb of coming, staying or watching, or only where ("I'm outside your ...")
    "<present>": r"(?:com(?:e|es|ing)|came|pop(?:ping|ped)?|swing(?:ing)?|swung|(?:drop|stop)(?:ping|ped)? (?:by|round|in)|"
    r"show(?:ing|ed)? up|turn(?:ing|ed)? up|be|been|wait(?:ing|ed)?|sit(?:ting)?|sat|stand(?:ing)?|stood|"
    r"park(?:ed|ing)?|watch(?:ing|ed)?|follow(?:ing|ed)?|driv(?:e|ing)|drove|walk(?:ing|ed)?|get(?:ting)?|got|"
    r"go(?:ing)?|went|head(?:ing|ed)?|knock(?:ing|ed)?|ring(?:ing)?|rang|buzz(?:ing|ed)?|visit(?:ing|ed)?|find|"
    r"meet|hang(?:ing)? (?:around|about|out)|at|outside|across from|opposite|near|by|behind|round the corner "
    r"from|on my way|in|on|into|up to)",
    "<event>": r"(?:wedding|engagement(?: party| do)?|birthday(?: drinks| party| dinner| do| bash)?|party|drinks|"
    r"graduation|funeral|memorial|christening|baby shower|hen do|stag do|leaving do|christmas (?:party|do|market|"
    r"dinner)|work do|office party|conference|presentation|match|game|gig|concert|festival|reunion|service|mass|"
    r"school run|school gates|pick-?up|parents' evening|race|10k|5k|half marathon|marathon|parkrun|finish line|"
    r"launch|opening|exhibition|premiere|lecture|seminar|exam|interview|flight|arrivals|airport|quiz night|open "
    r"mic|recital|ceremony|audience|front row|(?:farmers'? |christmas |night )?market|car boot|fair|parade|carnival|"
    r"match day|service)",
    # dropping in: "might come in", "gonna pop round"
    "<dropin>": r"(?:(?:might|may|could|will|gonna|going to|thinking (?:of|about)|think i'll|plan to|planning to)\s+)?"
    r"(?:just\s+)?(?:come|pop|swing|drop|stop|turn up|show up|visit)\w*\s+(?:in|by|round|over|up|past)\b",
    # meeting them somewhere: "see you", "catch you", "wait for you"
    "<meetyou>": r"(?:(?:see|catch|find|meet|talk to|wait for|grab) (?:you|u)\b|(?:you'll|you will) (?:see|find) me)",
    # knowing they will be there, or meaning to use it: "I checked the seating plan", "we can talk then"
    "<evmark>": r"(?:\bi (?:know|checked|saw)\b|\b(?:you'll|you will) be\b|\b(?:you're|you are) (?:presenting|speaking|"
    r"going|playing|running|on|performing|graduating)\b|\binvited\b|\bplus one\b|\bcan't avoid\b|\bdon't bother\b|"
    r"\bwhether\b|\bwe(?:'ll| will| can) (?:talk|settle|sort|have (?:it|this) out)\b|\byou never miss\b|\bfind (?:you|u)\b|\bin front "
    r"of (?:everyone|everybody|your)\b|\bmake a scene\b|\bsurprise|\bcan't stop me\b|\byou always go\b)",
    # who might be shown or told: their people, work, followers
    "<onlookers>": r"(?:<audience>|<folk>|employer|new employer|kids|children|followers|fans|students|pupils|clients|"
    r"customers|congregation|church(?: friends)?|\w+ friends|new (?:man|woman|bloke|guy|girl|gf|bf|partner|"
    r"boyfriend|girlfriend|husband|wife)|fianc[eé]e?|whole \w+|work friends|group ?chat|teachers?|coach|"
    r"neighbou?rs|in-laws|landlord|hr|dean|school|uni|office|team)",
    # what is theirs to keep private: pictures and words, secrets, what they did
    "<private>": r"(?:<media>|secrets?|diary|journal|what (?:you|u) (?:did|said|sent|wrote|told me|do|really think|"
    r"get up to)|about (?:us|the money|the affair|that night|what happened|the weekend|last \w+|you)|where (?:you|u) "
    r"were|the real you|who (?:you|u) really are|everything|every single thing|the truth|those|these|them|it)",
    # why another way: "since you blocked me", "because you won't read mine"
    "<why>": r"(?:because|since|as|so (?:that )?(?:you|u)|so you'd|bc|cos|coz|cause|cuz|hoping)\b[^.!?\n]{0,40}"
    r"\b(?:block\w*|won't|wont|don't|dont|can't|cant|ignor\w*|reject\w*|pick up|answer|read|see|open|filter\w*|"
    r"mute\w*|unfriend\w*|unfollow\w*|changed|off to me|(?:aren't|not) going through|bounce\w*|one tick|delivered|"
    r"check|see it)",
    # a note that is not a way round: respecting the block, the bills, a broken phone
    "<becalm>": r"\b(?:i(?:'m| am) not going to (?:try to )?(?:reach|contact|message)|i won't (?:try to )?(?:reach|contact|"
    r"message)|respecting your block|i've deleted it|that's (?:fine|okay|ok)|i won't look|for my (?:art|work|business|"
    r"photos|music)|my half|your (?:half|share)|the (?:bills?|rent|deposit|council tax|refund)|landlord|as (?:agreed|"
    r"you asked)|only to confirm|just confirming|tenancy|paperwork|signed the|(?:mine|my phone) (?:broke|died|is broken|was stolen|got stolen)|lost my phone)\b",
    # private things kept kindly: deleted, given back, kept safe, offered
    "<xcalm>": r"\b(?:i deleted|i've deleted|deleted (?:the|our|all|every|them|it)|i'm going to delete|i'll delete|"
    r"won't post|not going to post|i'll keep (?:our|your) secret|keep your secret|safe with me, always|i'd never|"
    r"i would never|i'll never|smile|memories|happy to post|whenever you want them|they're yours|it's yours|ready "
    r"whenever|if you (?:ever )?(?:want|need|'d like)|want me to send|or delete (?:it|them)|"
    r"happy to send (?:it|them) (?:to you|back|over)|(?:shall|should|can) i (?:send|forward|pass) (?:it|them) to (?:her|him|them)\b|would you like|send (?:them|it) (?:to you|over|"
    r"back)|keep (?:them|it) safe|for you\b|logged out|signed (?:it |you )?out|for (?:the|your) (?:refund|deposit|"
    r"claim|records?)|proud of (?:you|u)|happy for (?:you|u)|congrat|thought (?:you|u)'d (?:want|like)|if (?:you|u)'d "
    r"rather|or (?:just )?delete)",
    # keys and ways in
    "<access>": r"(?:keys?|fob|spare|door code|gate code|alarm code|code|garage (?:code|opener|fob|key|remote)|"
    r"opener|key ?card|lockbox|passcode|pin)",
    # the same draft plainly logistics, care or distance: "I'll post your key back", "no need to come down",
    # "if you ever need a lift", "I'll keep my distance"
    # errands: my logistics with their things ("I've posted your key back", "left the box with your
    # flatmate", "as we agreed", "the handover"); what a present-tense "I'm outside" leaves kind
    "<errand>": r"(?:(?:(?:\b(?:i|i'll|i've|i'm|i'd|i can|i could|i will|we|we'll|i have|just|already|to|can|will|"
    r"shall i|should i|happy to|going to|gonna)\s+(?:\w+\s+)?)(?:drop(?:ped|ping)?|return(?:ed|ing)?|post(?:ed|ing)?|"
    r"leave|left|leaving|bring|brought|send|sent|sending|give|gave|giving|hand(?:ed|ing)?|mail(?:ed)?|forward(?:ed)?|"
    r"courier(?:ed)?|deliver(?:ed)?|put|pass(?:ed)?)|(?:^|(?<=[.!?\n,;:]))\s*(?:dropped|returned|posted|left|brought|"
    r"sent|gave|handed|mailed|forwarded|couriered|delivered|passed)) (?:it|them|the|your|ur|off|back|over|round|"
    r"through|with|a|an|my|all|everything)\b|\b(?:shall|should|can|could) i (?:post|drop|send|leave|bring|give|"
    r"return|forward|pass)|\bwant me to (?:post|drop|send|leave|bring|give|return|forward|pass|keep|delete)|\bas "
    r"(?:agreed|arranged|planned|discussed|usual|you asked)\b|\blike (?:we (?:said|agreed|planned|arranged)|you asked|"
    r"she (?:said|suggested)|he (?:said|suggested))\b|\bhandover\b|\bdrop-?off\b|\bpick-?up (?:is|at)\b|\bfor the "
    r"(?:pick-?up|handover|drop-?off|kids)\b|\bin the post\b|\bpaperwork\b|\bsolicitor\b|\bno need to\b|\b(?:if|in case) "
    r"(?:you're|you are|ur) passing\b|\bhaving (?:lunch|dinner|breakfast|coffee|a drink|a meeting)\b)",
    "<calm>": r"(?:<errand>|\bif (?:you|u|your \w+) (?:ever )?(?:want|need|like|'d like|would like|'d rather|would rather|"
    r"prefer|still want)|\bif (?:that's|thats|it's) (?:ok|okay|alright|easier|awkward|weird|a problem|better)|"
    r"\bonly if (?:you|u)\b|\bjust say\b|\bno (?:need (?:to|for)|pressure|worries|rush)\b|\b(?:so|then) (?:you|u) "
    r"(?:don't|won't|dont|wont) (?:need|have) to\b|\bkeep (?:my|to the) (?:distance|side|other side)\b|\bgive "
    r"(?:you|u) (?:space|room|your space)\b|\bstay (?:away|home|out of (?:your|ur) way)\b|\bdidn't (?:come over|"
    r"say hi|want to (?:bother|disturb|interrupt)|approach)\b|\bthinking of (?:you|u)\b|\bso (?:you're|you are|ur) "
    r"not (?:caught|surprised)\b|\bwhenever (?:you|u|it)\b|\bhappy for (?:you|u)\b|\bproud of (?:you|u)\b|"
    r"\bgood luck\b|\bcongrat|\bwhatever (?:you|u) (?:prefer|want|like|decide)\b|\bup to (?:you|u)\b|\blet me "
    r"know\b|\bi (?:can|'ll|will) (?:skip|stay away|just wave)\b|\beither way\b|\b(?:i )?hope (?:you|u|you're|ur|your|the|it|"
    r"things)\b[^.!?\n]{0,40}\b(?:well|okay|ok|good|happy|home|lovely|settled|better|great|kind|gentle|safe)\b|"
    r"\bkeep out of (?:your|ur) way\b|\bfor when (?:you|u)\b|\bwhen (?:you|u) (?:collect|pick up|come for|get) (?:your|ur|"
    r"the)\b|\bcollect (?:your|ur) (?:things|stuff|boxes|bits)\b|\bi'll be out\b|\b(?:decided |chose )?not to (?:say hi|"
    r"come over|approach|bother|interrupt)\b|\bnot (?:asking|expecting) (?:you )?(?:to|for|anything)\b|\bjust being "
    r"(?:upfront|honest)\b|\bdoes that (?:work|suit)\b|\bif that (?:works|suits)\b|\b(?:leave|head off|go home) "
    r"early\b|\b(?:won't|never|not going to) use (?:it|them|that)\b|\bso (?:it's|it is|it isn't|it's not) (?:not )?"
    r"(?:awkward|weird|easier)\b|\b(?:look(?:ing)? after|take care of) yourself\b)",
    # menace that no logistics takes back: "whether you like it or not", "don't make me", a wink
    "<menace>": r"(?:\bwhether (?:you|u) (?:like|want|answer|reply|invite|agree)|\b(?:invite|want) me or not\b|"
    r"\bdon't (?:make|force) me\b|\bif i have to\b|\b(?:you|u) can't (?:avoid|hide|stop|escape|keep me)|\bnot "
    r"(?:leaving|moving|going anywhere)\b|\bwon't (?:leave|move|go away)\b|\b(?:until|till|til) (?:you|u) (?:come|"
    r"open|talk|answer|let|see|reply|pick|walk|get)\b|\blet me (?:in|up)\b|\bcome (?:down|out(?:side)?)\b|\bopen "
    r"(?:the door|up)\b|(?:^|(?<=[.!?\n,]))\s*be (?:ready|outside|home|in|there|waiting|downstairs)\b|"
    r"\b(?:your|ur|our|the|those|these) (?:\w+ )?(?:messages|texts|chats|pics|photos|nudes|videos|voice notes|"
    r"screenshots|dms) to (?:your|ur) (?:new )?(?:<audience>|<folk>|fianc\w*)\b|\b(?:educational|enlightening|"
    r"eye-opening)\b|\b(?:on|at) (?:your|ur) wedding\b|\bwe're (?:talking|sorting|having this)\b|\bdon't (?:bother )?"
    r"(?:hiding|pretending|lock)|\bor (?:i'm|i'll|i will|i am|else)\b|\banswer (?:me|or)\b|\bpick up\b|\btest me\b|"
    r"\bsee how (?:fast|quickly)\b|\bjust saying\b(?! (?:hi|hello|hey))|\b(?:might|maybe "
    r"i'll|i could|i might|i'll just) (?:use|try) (?:it|them|the key|my key)\b|[🙂😉😈😏😘])",
    "<media>": r"(?:photos?|pics?|pictures?|nudes|videos?|vids?|screenshots?|screenies|receipts|texts|"
    r"messages|chats?|convos?|conversations?|dms|emails|voice ?(?:notes?|memos?|messages?)|recordings?|letters|the thread|"
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
    r"told (?:the whole|everyone)|tattooed|wrote you a song|put the house on the market|sold (?:my|the) (?:car|house|flat)|"
    r"handed in my notice)",
    # a day or a time: "the 12th", "saturday", "next week", "at 7"
    "<date>": r"(?:(?:the )?\d{1,2}(?:st|nd|rd|th)?\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:this|next) "
    r"(?:week(?:end)?|month|\w+day)\b|tomorrow\b|tonight\b|(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
    # somewhere else to be found: apps, games, sites
    "<platform>": r"(?:discord|twitter|x|reddit|steam|xbox|xbox live|psn|playstation|twitch|linkedin|strava|spotify|"
    r"pinterest|tumblr|telegram|signal|whatsapp|snap\w*|insta\w*|ig|facebook|fb|messenger|tiktok|bereal|hinge|"
    r"tinder|bumble|grindr|venmo|paypal|cash ?app|github|goodreads|letterboxd|duolingo|youtube|threads|bluesky|"
    r"mastodon|vinted|depop|ebay|etsy|pinterest|google (?:photos|drive|docs?)|email|gmail|outlook|teams|slack|"
    r"zoom|skype|wechat|viber|kik|line|roblox|minecraft|fortnite|league|the (?:group chat|server|forum))",
    # "I'll be" in texting spellings
    "<ill_be>": r"(?:i'll|ill|i will|i'm gonna|i'm going to|gonna) be",
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

_TOKEN = re.compile(r"<[a-z_0-9]+>")


def expand(patterns: list[str]) -> str:
    """Expand the <tokens> and join a rule's patterns into one alternation (one scan)."""
    joined = "|".join(f"(?:{p})" for p in patterns)
    for _ in range(2):  # a token may hold another (<consequence> holds <kind>)
        joined = _TOKEN.sub(lambda m: TOKENS.get(m.group(), m.group()), joined)
    return joined
