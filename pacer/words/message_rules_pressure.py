"""The message check's rules for pressure: deadlines and ultimatums, demands, accusations and
guilt. Data only; ``message_engine`` compiles and runs them (see ``message_tokens.Rule``).
"""

from __future__ import annotations

from pacer.words.message_tokens import Rule

RULES: list[Rule] = [
    ("ultimatum", True, [
        r"\bif (?:you <neg>|i (?:<neg>|haven't) (?:hear|get))<gap>\b(?:by\b|before|<consequence>)",
        r"\b(?:<ill>|we're|it's|i'm) <kind><gap>\bif you <neg> <reach>",
        r"\bunless you (?:<reach>|tell|give|apologi[sz]e|come)|\bnow or never\b",
        r"\b(?:last|final) (?:chance|warning)\b|\btake it or leave it\b",
        r"\b(?:last time i'?m? ask|make up your mind|it's (?:either )?(?:me|us) or)\b",
        r"\b(?:or|otherwise|else) (?:we're|i'm|it's|this is|that's) <over>\b",
        r"\btak(?:e|ing) (?:your |this |the |that )?silence as\b|\b(?:silence|no (?:answer|reply)) (?:is|will "
        r"be) (?:an|my|your) answer\b",
        r"\b(?:we're|it's|i'm|this is) <over> if\b|\bor (?:else|i swear)\b",
        r"\bor (?:i'll|i'm going to) <kind>|\b(?:by|before|no later than) <when>\b",
        r"\b(?:<give>|i(?:'ll|'m| can) wait(?:ing)?) (?:until|till|til|'til) <when>\b",
        r"\b(?<!if )(?<!when )(?<!whenever )<give> (?:\d+|one|two|three|a couple of|a few|a|an|another)(?: more)? (?:hour|hr|"
        r"minute|min|day|week|chance|second)s?\b(?! (?:off|of)\b)",
        r"\b(?:not going to|won't|can't|i'm not) (?:keep )?wait(?:ing)?(?: around)? (?:forever|"
        r"for ever|much longer|any longer|anymore|around)|\bi'm done waiting\b",
    ], None),
    ("accusation", True, [
        r"\b<youre>\s+(?:(?!not\b|never\b)[\w']+\s+){0,3}?<adj>\b",
        r"\b(?:your|ur)\s+(?:(?:so|such|really|being|just|a|an|the|actually|honestly|literally|"
        r"truly|seriously|acting)\s+){1,3}<adj>\b",
        # "you always / you never", but not "I love how you always ..." or "you never have to"
        # what the person always / never does, when it is a complaint: "you always run away"
        r"\b(?<!how )(?<!way )(?<!hope )(?<!wish )(?<!that )you always (?:do (?:this|that|the same)|run|leave|"
        r"ignore|disappear|vanish|make (?:it|everything|this) about|make me feel (?:bad|small|stupid|like)|blame|"
        r"twist|pick|choose|put (?:yourself|your|everyone|them|work|other)|have (?:an excuse|to be right|"
        r"something)|get (?:your|what)|lie|shut|walk|bail|cancel|forget(?! to (?:eat|sleep|rest|drink|look after))|go (?:quiet|silent|cold)|pull away|"
        r"act|play|push|hide|avoid|find (?:a way|an excuse|a reason)|take (?:their|his|her|everyone|"
        r"other)|ghost|end up|say that|have to|turn)\b",
        r"\b(?<!how )(?<!way )(?<!hope )(?<!wish )(?<!that )(?<!if )you never (?:listen|make time|answer|"
        r"reply|respond|text|call|care|cared|have time|had time|were there|are there|think|ask|apologi|"
        r"show up|follow through|keep|tell|take|let me (?:explain|finish|speak|talk|in)|want(?:ed)? to|loved|"
        r"appreciate|try|tried|put me|make (?:an )?effort|made (?:an )?effort|check|reach out|stop|change|admit|"
        r"say sorry|say you're sorry|do (?:anything|what you)|mean|meant what|once|even|do|did|bother|"
        r"give|gave|notice|noticed|fight|included|include|back me|choose|chose|pick|picked|prioriti)\w*\b",
        r"\b(?:acting|behaving|being) like (?:a |such a )?(?:child|kid|baby|toddler|teenager|brat|coward)\b",
        r"\b(?:ignore|ghost|avoid|block) me (?:forever|like this|like that|completely)\b|\byou can't (?:just )?"
        r"(?:ghost|ignore|drop|dump|abandon|cut off|disappear on|walk away from) (?:someone|somebody|people|"
        r"a person|me)\b",
        r"\byou should be ashamed\b|\bshame on you\b|\bi hope (?:she|he|they|it|that) (?:was|is|were|'s) "
        r"worth it\b",
        r"\byou (?:(?:obviously|clearly|evidently|apparently|just|simply|really|probably|"
        r"honestly|literally) )?(?:don't|didn't|never|couldn't) (?:even )?(?:care|cared|give a|"
        r"love|loved|respect|value|valued|think about)\b",
        r"\b(?:you only (?:care|think) about (?:yourself|you)|it's (?:always )?all about you|how "
        r"(?:could|dare) you|what's wrong with you|grow up|do you (?:even )?care)\b",
        r"\b(?:why|how) (?:are|would|can|could) you (?:do|doing) this to me\b|\bif you (?:really |"
        r"actually |truly |even )?(?:cared|loved me|respected me)\b",
        r"\band you know it\b|\badmit it\b|\bstop pretending\b|\bgaslight\w*|\byou dropped me\b|"
        r"\byou (?:used|lied to|led|played|ghosted|abandoned|betrayed|manipulated|tricked|"
        r"ditched|strung) me\b|\byou lied\b",
        r"\b(?:ignoring|avoiding|ghosting) me\b|\b(?:left|leaving|leave) me on read\b",
        # read receipts and "online" as evidence
        r"\bi know you(?:'ve| have)? (?:seen|read|got|received) (?:this|it|my|these|them|every)",
        r"\bi (?:can |could )?(?:see|saw|noticed) (?:that )?you(?:'re|'ve been|'ve| were| was)? "
        r"(?:online|active|read|seen|post\w*|on (?:insta\w*|whatsapp|snap\w*|tiktok|facebook))(?![^.!?\n]{0,40}\b(?:beautiful|"
        r"amazing|lovely|great|gorgeous|congrat\w*|proud|so good|brilliant))",
        r"\bi know (?:you're|ur|your) not (?:that )?(?:busy|asleep)\b",
        r"\bbut you (?:can't|couldn't|won't|don't|didn't)(?: even)? (?:bother to )?<reach>",
    ], None),
    ("guilt", True, [
        r"\bafter (?:everything|all)(?: that)? i(?:'ve)? (?:done|did|gave|given|sacrificed|put up "
        r"with|went through|been through)\b",
        r"\bafter (?:everything|all)(?: that)? we(?:'ve| have)? (?:been through|shared|had|went "
        r"through)<gap>\b(?:you (?:can't|couldn't|won't|don't|didn't|just|still|ignore|treat|"
        r"left|leave|disappear|ghost|throw)|this is how)",
        r"\bi (?:guess i )?(?:don't|didn't|never) (?:matter|count|mean (?:anything|a thing|much))"
        r"\b|\bi (?:mean|meant) nothing to you\b",
        r"\bi guess i(?:'m| was) (?:(?:just|really|clearly|obviously) )?(?:nothing|worthless|not "
        r"(?:important|good enough|worth|enough)|never (?:good enough|important|enough)|easy to "
        r"(?:forget|replace)|replaceable|disposable|a joke|an option)",
        r"\bi(?:'m| was) (?:nothing|worthless|not important|not worth \w+|just an option|an "
        r"option) to you\b|\bi'm not good enough for you\b|\bi can't live without you\b",
        r"\bthanks (?:a lot |so much )?for (?:nothing|ignoring|ghosting|leaving|wasting|ruining)\b",
        r"\bi'm used to (?:being (?:ignored|forgotten|left|alone|last)|it\b(?! being))|\bhow little i (?:matter|"
        r"mean)\b",
        r"\b(?:hope (?:you're|ur|your)|are you) (?:happy|proud|satisfied|pleased) (?:with "
        r"yourself|now(?=\s*(?:[.!?]|$)))",
        r"\b(?:because of|thanks to) you\b<gap>\b<suffer>|\b<suffer><gap>\b(?:because of|thanks "
        r"to) you\b",
        r"\byou(?:'ve| have)? (?:made|make|are making|'re making|keep making) me (?:cry|sick|"
        r"miserable|suffer|feel worthless|feel like nothing|hate myself)\b",
        r"\b(?:you (?:broke|ruined) (?:me|my heart|my life|everything)|you're breaking my heart|"
        r"look what you(?:'ve| have)? done)\b|\bi sacrificed\b(?![^.!?\n]{0,30}\bso did (?:you|u))|\bi guess i'll just\b",
        r"\bi (?:gave|'ve given) you (?:everything|my all|my everything|the best)|\bi was "
        r"(?:always )?there for you\b|\bthe least you (?:could|can|could've|could have) do\b",
        r"\b(?:must be nice|(?:(?:good|glad|nice) to|i (?:guess i |now )?) know where i stand)\b",
        r"\bi'm (?:always )?the (?:only )?one (?:who |that )?(?:always )?(?:tries|trying|reaches out|reaching out|"
        r"makes|making|puts|putting|texts|texting|has to|fixing|fixes|cares|caring) ?\w*",
        r"\b(?:hope|bet) (?:you're|your|ur) (?:\w+ )?proud\b|\bhope (?:that|it|this) (?:makes|made) you (?:feel|happy)|"
        r"\bworst (?:day|week|month|year|time) of my life\b",
        r"\b(?:i had|i've had|gave me|having) (?:a )?panic attacks?\b|\bsick with worry\b|\blost (?:so much )?"
        r"(?:weight|sleep)\b[^.!?\n]{0,30}\b(?:you|worrying)|\bworrying about you\b[^.!?\n]{0,5}$",
        r"\bthe (?:dog|cat|kids?|children) (?:keeps?|are|is) (?:waiting|asking|crying)\b|\byou (?:get|got) to "
        r"(?:just )?(?:carry on|move on|go on|live)\b|\byou couldn't (?:even )?spare\b|\byou picked now\b",
    ], None),
    ("demand", True, [
        r"\byou owe me\b(?! nothing)|\b(?<!had to )explain yourself\b|\bi demand\b|\bi (?:need|expect) you to <reach>",
        # "I'll keep calling until you pick up"
        r"\b(?:<ill>|i'll|i'm|i) (?:just )?keep (?:on )?(?:messag|call|text|writ|ring|email|try|knock)\w* "
        r"(?:you )?until you\b|\bwon't stop (?:messag|call|text|writ|ring|email)\w* (?:you )?until\b",
        r"\b(?<!if )(?<!when )(?<!whenever )you(?: need to| have to|'ve got to| got to| must|'d better| had better| better) "
        r"(?:just )?(?:<reach>|tell me|give me|stop|face|own up|apologi[sz]e|be honest|listen)\b",
        r"\b(?:please|just) answer me\b|\banswer me (?:now|already|right now|immediately|asap)\b",
        # a bare imperative as its own sentence: "Reply.", "Call me now!", "Talk to me."
        # (one way only to match the words before it, and a few at most: a wall of "ok, ok, ..." stays linear)
        r"(?:^|(?<=[.!?\n,;:]))\s*(?:(?:please|just|so|now|then|ok|okay|seriously|and|hey|come "
        r"on)(?:\s*,)?\s*){0,6}(?:answer|reply|respond|call|text|ring|message|write back|get back to|"
        r"talk to|pick up)(?: me| back| to me| the phone| your phone| my (?:call|text|message)s?)*"
        r"(?: (?:now|already|right now|asap|immediately|right away|then|please))*(?=\s*(?:[.!?,;]"
        r"|$|or (?:we're|it's|i'm|i'll|else|this)))|(?:^|(?<=[.!?\n]))\s*explain(?: yourself)?(?=\s*(?:[.!?]|$))",
        r"\b<reach>(?: me| back| to me| the phone| my (?:call|text|message)s?)* (?:right now|asap|"
        r"immediately|right away|this instant|now)\b(?!\s*or\b)",
        r"\bpick up (?:the |your |ur )?(?:damn |fucking |freaking )?phone\b|\bstop (?:ignoring|"
        r"avoiding|ghosting|blocking) me\b",
        r"\bi (?:demand|deserve|need|want|expect|require) (?:an |some |a |the )?(?:answers?|"
        r"explanations?|reply|response|closure|truth|to know why|to know what)\b",
        r"\bwhy (?:won't|don't|didn't|aren't|haven't|can't|isn't|doesn't) you (?:just )?(?:<reach>|"
        r"answering|replying|responding|texting|calling|talking|picking up)",
        r"\bwhy are(?:n't)? you (?:not )?(?:answering|replying|responding|texting back|picking "
        r"up|getting back)|\bi need to know (?:now|today|tonight|right now|immediately)\b",
        r"\bwe need to talk\b(?=\s*(?:[.!?,]|$| now| asap| right| today| tonight))",
    ], None),
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
        r"(?:so )?good to you\b|\bi(?: would|'d) never (?:have )?(?:done|do) this to you\b|\byou know i have (?:nobody|"
        r"no one)\b|\b(?:everyone|people) warned me\b|\blucky to have me\b|\bsaid you'd never hurt me\b",
        r"\b(?:the kids|my (?:whole )?family|my (?:mum|mom|parents)|everyone) (?:keeps? |is |are )?(?:asking|"
        r"cried|crying)\b[^.!?\n]{0,30}\b(?:you|i did wrong|why)\b",
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
    # -- structures of guilt: a sacrifice turned into a debt, suffering laid at their door ---------------
    ("guilt", True, [
        # "I moved cities for you and this is what I get", "I lent you money ... and now I'm not even worth a text"
        r"\bi (?:\w+ ){0,3}?<sacrifice>\b[^.!?\n]{0,70}?(?:[.!?]+\s*)?\b<turn>\b",
        r"\byou know (?:i've|i have|i'm|i am|how|that i|i)\b[^.!?\n]{0,50}\b<turn>",
        r"\bi (?:\w+ ){0,3}?<sacrifice>\b[^.!?\n]{0,60}\b(?:for (?:you|u|us)|to be with (?:you|u)|on (?:you|u)|when "
        r"(?:you|u) (?:had|needed|were)|through (?:your|ur)|with (?:you|u)|so (?:you|u) could|for (?:your|ur))\b[^\n]{0,30}?"
        r"[.!]*\s*(?:remember|just remember|for us|not even|now|and now|that's all|all for|this is|funny|and you|hope|$)",
        # suffering said with a time or a cause that points at them
        r"(?:\b(?:i've been|i'm|i was|i've|been|i have been|i am|i haven't|i've had|had|having)\b[^.!?\n]{0,25})?\b"
        r"<hurting>\b[^.!?\n]{0,40}\b(?:since (?:you|u|the day|then|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|because "
        r"of (?:you|u|this|what)|over (?:you|u|this)|thanks to (?:you|u)|all (?:day|night|week)|every (?:day|night)|"
        r"for (?:days|weeks|two weeks|a week))\b",
        r"\b(?:hope (?:you're|you are|ur|you|your)|enjoy (?:your|it|the)|must be nice|not that (?:you|u|it)|bet (?:you|u)|"
        r"glad (?:you|u)|good for you)\b[^\n]{0,80}\b<hurting>\b|\b<hurting>\b[^\n]{0,80}\b(?:hope (?:you're|you are|ur)"
        r"(?! (?:okay|ok|well|alright|doing (?:well|okay|ok)|safe))|enjoy (?:your|it|the)|must be nice|not that (?:you|u|"
        r"it)|that's on (?:you|u)|thanks to (?:you|u)|hope (?:the|it|that) (?:silence )?(?:is|was) worth)",
        r"<hurting>[^.!?\n]{0,40}\b(?:and|while|but) (?:you're|you are|ur|you) (?:out|posting|partying|enjoying|living|"
        r"having|off|just|busy|carrying on|fine|laughing|at the|on holiday|getting on)\b",
        r"\b(?:had to|have to|having to|left to)\b[^.!?\n]{0,40}[.!]*\s*(?:thanks|thank you) for that\b",
        r"\byou were (?:the|my) (?:only|one) (?:person|one)\b",
        # worth, thrown away, meant so little
        r"\bnot (?:even )?worth (?:a|one|your|the) (?:text|reply|message|call|answer|minute|word)\b|\bmeant so little\b|"
        r"\b(?:made|make|makes) me feel (?:this )?(?:worthless|like nothing|like rubbish|so small|invisible)\b|\bthrew me "
        r"away\b|\blike (?:rubbish|trash|nothing|a dog|garbage)\b|\bso (?:easily|quickly) (?:forgot|replaced|dropped)\b",
        # the people and pets who suffer too: "mum keeps asking why", "the dog waits by the door"
        r"\b(?:mum|mom|dad|my (?:mum|mom|dad|parents|family|friends|sister|brother)|the (?:kids|children|dog|cat)|"
        r"everyone|every(?:one|body))\b[^.!?\n]{0,15}\b(?:keeps?|kept|is|are|was|were|has been|have been)? ?(?:(?:asking|"
        r"asks|asked)\b[^\n]{0,60}\b(?:why|what (?:i|am i|should i|do i|to tell)|where (?:you|u))|(?:waiting|waits|sits|"
        r"sat|cried|crying|cries)\b[^.!?\n]{0,30}\b(?:for (?:you|u)|by the door|because|when i told))\b",
        # broken promises and "how much you hurt me"
        r"\byou (?:promised|swore|said) (?:you'd|you would|you wouldn't|you'd never|you would never|to|me|never)\b"
        r"[^.!?\n]{0,40}\b(?:leave|hurt|go|stay|there|love|always|never|remember)\b|\bhow much (?:you(?:'ve| have)? "
        r"(?:hurt|broken)|this (?:hurts|is hurting)|pain you)\b|\bi hope (?:one day )?(?:you|u) (?:understand|realise|"
        r"realize|feel|know) (?:how|what)\b|\bfunny how\b[^.!?\n]{0,50}\bwhen (?:you|u) (?:needed|wanted)\b|\byou "
        r"(?:got|get|kept) (?:the|everything)\b[^\n]{0,60}\bi (?:got|get|have) nothing\b",
    ], r"\b(?:i chose to|don't owe me|you don't owe|no regrets|don't regret|grateful|thank you for|thanks for (?:the|all|"
       r"everything|being)|i'm okay|i'm ok|i'm fine|i'll be okay|i'm going to be okay|i'm getting (?:help|support)|"
       r"talking to (?:someone|a counsellor|a therapist|friends)|so did you)\b"),
]
