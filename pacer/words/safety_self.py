"""Safety patterns about the writer's own life: thoughts of suicide, a plan or the means.

Families, not phrases: a wish, intent or acceptance ("want", "ready", "okay with", "can't
wait") followed within a few words by a word for being dead or gone ("die", "not exist",
"sleep forever", "six feet under"); hopelessness about living itself ("no reason to live",
"had enough of life"); being a burden ("they'd be better off without me"); finality
("this will be my last night"); means and preparations (pills saved, a note, a date).
Self-harm is in ``safety_self_harm``, leverage in ``safety_leverage``. Runs on normalised
sentences; see ``safety_rules`` for the macros and ``safety_guards`` for the guards.
"""

from __future__ import annotations

from pacer.words.safety_rules import PLAN, SUICIDE, Rule, rules

_S = "self"

# wishing, intending, accepting
DESIRE = (
    r"(?:want(?:ed|ing|s)?|wanna|wish(?:ing)?|hop(?:e|ing)|pray(?:ing)?|need(?:ing)?|ready|planning|plan|"
    r"tempted|deserve|should|would rather|'d rather|rather|prefer|considering|consider|decided|deciding|"
    r"thinking (?:about|of)|think about|thought about|urges?|longing|long|can't wait|made peace with|"
    r"at peace with|(?:okay|ok|fine|alright) with|wouldn't mind|don't mind|don't care if i|going|"
    r"gonna|about|time (?:for me )?|close|'d like|would like|welcome|embrace|accept|crave|craving)"
)
# being dead or gone, said many ways
DEATH = (
    r"(?:die|d[*!1.@]e|dye|d ie|dying|death|be dead|be d[*!1.]ad|not (?:be )?(?:alive|here|exist|around|"
    r"breathing)|(?:stop|quit) (?:existing|living|breathing|being alive|being a person|being here)|"
    r"not exist(?:ing)?|no longer (?:exist|be (?:here|alive|around))|(?:disappear|vanish|fade)\w* "
    r"(?:forever|for good|permanently|from (?:this|the) (?:world|earth)|out of existence|away for good)|"
    r"be erased|erase myself|(?:not|never) (?:wake|waking) up|be gone(?= *(?:$|[.,!]|for good|forever|"
    r"permanently|soon))|leave (?:this|the) (?:world|earth|planet|life)|go to heaven|be in heaven|"
    r"end (?:it all|my life|my own life|myself|me|my suffering|my pain|this life|(?:it|things|everything)"
    r"(?! (?:with|between|on|off|for (?:him|her|us|them)|there|now with)))|(?:fall )?asleep forever|"
    r"stop waking up|let (?:it all|everything|it) be over|(?:be )?done (?:forever|for good|permanently)|"
    r"(?:not|never) (?:live|make it) past|(?:it's|it is|be) my last(?: day| night| breath)?\b(?! (?:day of|"
    r"week of|exam|shift|class|day at))|"
    r"kill myself|k[i1!*]ll myself|take my (?:own )?life|unalive(?: myself)?|be (?:in|under) the ground|"
    r"be six feet under|six feet under|(?:be )?in a (?:coffin|box|grave)|rest in peace|(?:rest|sleep) "
    r"forever|be at peace (?:forever|for good|in the ground)|go to sleep (?:forever|and (?:never|not) "
    r"wake)|be with \w+ in heaven|join (?:my )?\w+ (?:in heaven|up there)|go away forever|let go of "
    r"(?:life|living)|check out (?:of life|for good|permanently)|give up on (?:life|living))"
)
_NOT_IDIOM = (
    r"(?! (?:of|from|for|laughing|inside|happy|alone|old|trying|on stage|at (?:this|the|my) (?:gym|class|"
    r"game|party|concert|meeting|spin|bootcamp)|to (?:know|see|tell|go|try|meet|hear|get|find|have)|if (?:i|we) (?:have to|don't get|can't get|don't have)|"
    r"if (?:this|that|the|my|i see)\b))"
)

SUICIDE_RULES: list[Rule] = [
    # said bare, "kms" is often a joke ("forgot my keys again kms lol"); wanting it never is
    *rules(_S, SUICIDE, [
        r"\b(?:kill|k[i1!*]ll|killing|end|ending|off|offing) (?:my ?self|my (?:own )?life)\b|\b(?:take|"
        r"taking|took) my (?:own )?life\b",
    ], jokeable=True),
    *rules(_S, SUICIDE, [
        r"\bsu[i1!*]c[i1!*]d(?:e|al|ality)\b|\bsuicide\b|\bsewer ?slide\b|\bself[- ]?delet\w*",
        r"\bunaliv\w*|\bctb\b|\bcatch(?:ing)? the bus\b[^.!?]{0,30}\bforever\b",
        r"\b(?:envy|envious of|jealous of) (?:people who (?:died|are dead|get to die)|the dead|dead people)\b",
        r"\b" + DESIRE + r"(?: to| of| about| for| with| if)? <adv>(?:to |me |i |i could |i would |i'd |i can |that i could )?<adv>" + DEATH + _NOT_IDIOM,
        r"\bwish (?:i (?:was|were|could be) (?:dead|gone|never born)|i (?:could )?(?:die|disappear(?! for a "
        r"(?:while|bit|week|day|weekend|few)))"
        r"|i (?:had )?never (?:been )?born|i wasn't (?:alive|born|here)|i'd never been born|i (?:could|"
        r"would) (?:just )?(?:not|never) wake up|i didn't exist)",
        r"\b(?:don't|do not|dont|didn't|no longer) (?:\w+ )?(?:want|wanna|wish|care) (?:to )?(?:be alive|"
        r"live|exist|wake up|be here(?= *(?:$|[.,!]|any ?more|no more|now|without))|be on this (?:earth|"
        r"planet)|be in this world|see (?:tomorrow|another day|the morning)|face (?:another day|tomorrow)|"
        r"make it to|be around|keep living|go on living|stay alive|live (?:like this|this life|any ?more))"
        r"(?! (?:in(?! (?:a|this|the) world)|with|at|near|there|next to|so far|close)\b)",
        r"\b(?:everyone|everybody|they|people|my family|my kids|my parents|the world|my friends|you all|you|"
        r"y'all|yall|all of you|my \w+|the \w+)(?:'d|'ll| would| will|'s| is| are|'re)? (?:\w+ )?"
        r"(?:be )?(?:better|happier|easier|fine|relieved) (?:off )?(?:without me|if i (?:was|were|wasn't|"
        r"weren't|died|disappeared|was gone|were gone|'m gone|didn't exist|wasn't here|wasn't around|left "
        r"for good))|\bbetter off (?:dead|without me)\b|\b(?:would|'d|will) be (?:better|easier) (?:for "
        r"everyone )?if i (?:was|were) (?:gone|dead)\b",
        r"\bif i (?:was|were|'m) (?:gone|dead)\b[^.!?]{0,30}\b(?:better|happier|easier|solved|notice|care|"
        r"miss)|\bif i (?:just )?(?:died|disappeared|vanished|wasn't here|wasn't around|stopped existing|"
        r"stopped breathing|"
        r"didn't wake up)\b(?! (?:for a (?:while|bit|week|day)|from (?:the|social|insta\w*|his|her)))"
        r"[^.!?]{0,30}\b(?:nobody|no one|anyone|everyone|would|better|happier|care|notice|miss|okay|fine|"
        r"good|realise|realize)",
        r"\b(?:no one|nobody|noone|anyone|no1|who)(?: would| will|'d)? (?:even )?(?:notice|care|miss me|"
        r"cry|come|realise|realize|know)\b[^.!?]{0,25}\b(?:if|when|that) i(?:'m| am| was| were)? (?:just )?"
        r"(?:gone|dead|died|disappeared|die|didn't wake|wasn't here|stopped existing)\b(?! (?:for a (?:while|"
        r"bit|week|day)|from (?:the|social|insta\w*|his|her)))|\bnotice (?:i'm|i was|that i'm) gone\b|"
        r"\b(?:come to|at) my funeral\b|\b(?:nobody|no one|noone)(?: will| would|'ll|'d| is going to) "
        r"(?:even )?miss me\b|\blast time (?:anyone|you|they|people|anybody) (?:hears?|will hear|sees?|will "
        r"see) (?:from|of) me\b|\bwish i(?:'d| had)? died\b|\b(?:i'm|i am|i'd be|i would be) better (?:off )?"
        r"(?:dead|in the ground|in a grave|under the ground)\b|\bgive anything to (?:just )?(?:be dead|die|"
        r"not wake up|not exist|not be here)\b|\bmy (?:own )?funeral\b[^.!?]{0,30}\b(?:relief|peace|better|feel "
        r"something|care|come)\b",
        r"\bwhy (?:am i|do i|should i) (?:\w+ )?(?:still |even )?(?:alive|exist|living|breathing|be alive|"
        r"stay alive|keep living|go on)\b|\b(?:hate|hating) (?:being alive|waking up(?! (?:early|at|for|to|and|on|"
        r"every|in|so|with))|that i'm (?:still )?alive|existing|my existence|living|that i woke up)\b",
        r"\b(?:tired|sick|exhausted|done|had enough|fed up) (?:of|with) (?:living|being alive|existing|"
        r"life|this life|my life|being here|breathing|fighting to stay alive|staying alive|waking up)\b(?! (?:in|at|with (?:him|her|them|this (?:job|city))|"
        r"and|to|early)\b)",
        r"\b(?:lost|losing|no|have no|without) (?:the |all |any )?will to live\b|\bnothing (?:left )?to "
        r"live for\b|\bnothing (?:keeping|holding) me here\b|\bno (?:reason|point|purpose) (?:left )?(?:to "
        r"|in |for )?(?:live|living|being alive|keep going|carry(?:ing)? on|go(?:ing)? on|stay|staying|"
        r"exist|existing|me being (?:here|alive)|me to stay|being here)\b",
        r"\b(?:don't|do not|can't|cannot) see (?:the|a|any) (?:point|reason) (?:of|in|to|for) (?:living|"
        r"carrying on|going on|being alive|staying alive|existing|life|me being here|staying|keep going|go "
        r"on|carry on|stay|live|be here|continue)\b",
        r"\b(?:can't|cannot|couldn't) face (?:another day|tomorrow|waking up|living|another morning|life)\b|"
        r"\bways to (?:not be here|not exist|die|end it|end my life|disappear for good|stop existing)\b|"
        r"\b(?:won't|will not|don't think i'll) last (?:much )?longer\b|\brunning out of reasons\b|\bmy "
        r"heart (?:to )?(?:just )?(?:gives? out|stops?)\b|\bcounting down my days\b|\bcheck(?:ing)? out "
        r"early\b|\b(?:see|make it to) another (?:birthday|christmas|year|summer|new year)\b|\bin order "
        r"before i go\b|\b(?:fall asleep|sleep|go to sleep) and (?:never|not) come back\b|\btime (?:i|for "
        r"me to) (?:ended|end) (?:things|it|everything)\b",
        r"\b(?:isn't|is not|ain't|not) worth (?:living|being alive)\b|\blife\b(?: \w+){0,3} (?:isn't|is "
        r"not|ain't|not) worth (?:it|living)\b|\b(?:don't|do not) deserve to (?:live|be alive|exist|be "
        r"here)\b|\bi shouldn't (?:exist|be alive|be here|have been born)\b|\bi should(?: just)? (?:be "
        r"dead|die|not exist|not be here)\b|\bwaste of (?:oxygen|space|air|a life|skin)\b|\b(?:my life|i) "
        r"(?:isn't|is not|ain't|am not|'m not) worth (?:anything|living|saving)\b",
        r"\b(?:disappointed|upset|sad|angry|annoyed|hate) (?:that )?i (?:woke up|'m still alive|am still "
        r"alive|survived|didn't die)\b",
        r"\b(?:won't|will not|wont|don't plan on|not going to|don't think i'll) be (?:here|around|alive) "
        r"(?![^.!?]{0,40}\b(?:visiting|away|holiday|trip|travel\w*|conference|camping|flying|abroad|at my (?:mum|"
        r"mom|dad|parents|gran|nan)|staying (?:at|with)|back on|moving|exams?|working)\b)"
        r"(?:much longer|for (?:much |a lot |any )?long(?:er)?|by|next|tomorrow|after|any ?more|when|to "
        r"(?:see|bother|annoy|worry))\b|\b(?:won't|not going to) be a (?:burden|problem|bother)\b[^.!?]{0,25}\b(?:much longer|for "
        r"long|any ?more|soon)\b(?![^.!?]{0,40}\b(?:moving|visiting|away|holiday|trip|flat|job|leaving (?:the|this) "
        r"(?:city|job|flat|house)|out on)\b)|\b(?:won't|wont|will not|don't|not) have to (?:deal with|worry about|put up "
        r"with|look after|see|bother with) me\b[^.!?]{0,15}\b(?:much longer|for long|any ?more|soon|at all)\b|"
        r"\bsoon,? (?:you|they|everyone) (?:won't|wont|will not) have to (?:deal with|worry about|put up with) me\b|"
        r"\b(?:don't|do not) think i'?ll (?:still )?be (?:here|around|alive)\b|\b(?:soon|"
        r"after tonight) (?:i|it) won't (?:be here|bother|hurt|matter|be a)",
        r"\b(?:this is|this will be|this'll be|that was|it's|tonight is|today is) (?:my|the) (?:last|final) "
        r"(?:night|day|note|entry|words|goodbye|time (?:i'll|you'll)(?! (?:ask|text|message|call|bother|say|beg|try|reach|contact|write)))\b(?! (?:in|of) (?:this|the|my) (?:notebook|"
        r"journal|diary|book|year|thread|group|job|flat|city)|at|for (?:a while|now|today|tonight|the (?:day|week|"
        r"year)))|\b(?:this is|saying|said|"
        r"say|writing) (?:my )?goodbyes?\b(?! to (?!(?:everyone|everybody|you all|all of you|the world|this world|my "
        r"(?:family|kids|friends|parents|mum|mom|dad)|life)\b)| (?:properly|for now|for a while|and thank|in "
        r"person|at the|before|tomorrow|on|when|face to face|nicely))|"
        r"\bgoodbye (?:everyone|world|all|forever|cruel)\b|\blast (?:entry|note|message|words)\b[^.!?]{0,20}"
        r"\b(?:thank|sorry|goodbye|love you)",
        r"\b(?:death|dying|being dead|not existing|not being alive|ending it) (?:seems|sounds|feels|would "
        r"be|is|looks) (?:like )?(?:the only|so |a |more )?(?:peaceful|easier|better|nice|relief|a relief|"
        r"the answer|the way out|the only way|only way|tempting|good|like freedom|like the only|option|like a "
        r"(?:holiday|rest|break|relief)|"
        r"inviting)|\b(?:only|no) (?:way out|option|answer|choice) (?:left )?(?:is|but|except) (?:to )?"
        r"(?:die|death|dying|suicide|end it)",
        r"\bif i (?:die|died|don't wake up|never wake up)\b[^.!?]{0,25}\b(?:i'm|i'd be|that's|it's|i am|i "
        r"would be) (?:\w+ )?(?:okay|ok|fine|alright|good|happy|glad|at peace)\b|\bwouldn't mind (?:if i "
        r"(?:died|didn't wake|was dead|never woke)|dying|not waking|being dead)|\bdon't care if i (?:live|"
        r"die)\b",
        r"\bhop(?:e|ing) (?:i|something|someone|a (?:car|bus|truck)|the plane|my plane)\b[^.!?]{0,20}\b(?:die|"
        r"dies|kills me|hits me|crash|crashes|goes down|go down|falls|sinks|don't wake|end me|ends me|takes me)\b|\b(?:let|make) me "
        r"(?:die|not wake up)\b|\b(?:take|end) me (?:now|already|please)\b(?![^.!?]{0,30}<laugh>)",
        r"\b(?:give|giving|gave|given) up on (?:life|living|being alive|myself)\b|\bi give up\b[^.!?]{0,25}"
        r"\b(?:being alive|living|life|for real|for good|on everything)\b|\b(?:let|letting) go of (?:everything|it "
        r"all),? (?:even|including) (?:living|life|me|myself)\b",
        r"\b(?:not|don't feel|never feel) safe (?:with|around) (?:myself|my (?:own )?(?:thoughts|mind|"
        r"head))\b|\bdon't trust myself (?:tonight|right now|any ?more|alone|with)\b|\bscared of (?:myself|"
        r"what i (?:might|will|could|'ll) do)\b|\bscared i'?ll do something\b",
        r"\b(?:do|doing) something (?:i can't (?:undo|take back)|permanent|i won't come back from)|"
        r"\bsomething stupid\b[^.!?]{0,25}\b(?:not come back|permanent|won't wake|forever)\b",
        r"\bi (?:want|need) (?:the pain|this|everything|it all|my life|it|all of it|the hurt|the suffering)"
        r" to (?:stop|end|be over)\b[^.!?]{0,25}\b(?:forever|permanently|for good|me included|including "
        r"me|me too|and me)\b|\bi (?:want|need) (?:my life|me|myself) to (?:be over|end|stop)\b|\b(?:end|"
        r"stop|ending|stopping) (?:my|the|this) (?:pain|suffering|hurt)\w* (?:permanently|for good|"
        r"forever)\b|\bover, me included\b|\bme included\b",
        r"\b(?:i'm|i am|i feel) (?:\w+ )?(?:ready to go|ready to die|leaving this (?:world|earth)|going "
        r"away for good)\b|\b(?:tonight'?s|tonight is|today'?s|today is) the (?:night|day)\b(?= *(?:$|,|and i'?m (?:ready|going|"
        r"doing it)|i (?:do it|die|end it|go)\b))",
        r"\b(?:i|i'm) (?:won't|wont|will not|don't think i'll|don't think i will|might not|don't think i'm "
        r"going to) (?:make it|survive|be alive|live) (?:through|to|until|till|past|much longer)\b",
        (r"(?:\b(?:i|i'm|i am|and|just|honestly|really|so)|^) ?(?:\w+ )?feel(?:ing)? like dying\b|"
        r"\bdying (?:sounds|seems|feels) (?:good|nice|better|peaceful|easier|like)|\bi'?m (?:so )?(?:close|this "
        r"close|one bad day away) (?:to|from) (?:ending|killing|giving up)", r"dying|close|away"),
        r"\b(?:the )?(?:thought|thoughts|idea|thinking) (?:of|about) (?:dying|death|being dead|not existing|"
        r"not being alive|killing myself|ending it)\b[^.!?]{0,40}\b(?:calm|comfort|relief|peace|only thing|"
        r"helps|soothing)|\b(?:think|thinking|thought) about (?:dying|death|being dead|not being alive|not "
        r"existing|killing myself|ending (?:it|my life)|my death)\b[^.!?]{0,20}\b(?:a lot|all the time|"
        r"constantly|every (?:day|night)|lately|more and more|again|non ?stop)\b",
        r"\b(?:just )?waiting (?:to die|for (?:death|it all to end|the end|my life to end))\b|\bwhat if i "
        r"(?:just )?(?:ended (?:it|it all|everything|my life)|died|killed myself|wasn't here|stopped "
        r"existing|disappeared forever)\b|\b(?:i'll|i will) be (?:gone|dead) (?:soon|by|before)\b|"
        r"\b(?:notice|care|feel something|miss me|sorry)\b[^.!?]{0,15}\bwhen i'?m (?:gone|dead)\b",
        r"\b(?:i can't|can't|cannot|i can not) (?:go on|keep going|keep living|carry on|do life)\b(?! "
        r"(?:with|a |the |holiday|vacation|trips?|dates?|tour|stage|tv|about|like (?:this|that)|waiting|"
        r"texting|checking))",
        r"\b(?:better|happier|easier|fine|lighter|relieved)\b[^.!?]{0,25}\b(?:once|when|if) i'?m (?:gone|dead|"
        r"out of the picture|not here|not around|out of the way|no longer here)\b|\bme not (?:being )?(?:here|"
        r"alive|around|existing)\b|\b(?:dying|death|being dead|not existing) (?:wouldn't|would not|won't|"
        r"isn't|doesn't) (?:be |seem |sound )?(?:so |that |too |all that )?(?:bad|scary|terrible)\b",
        r"\bwhat'?s (?:even )?the point (?:of|in) me\b|\b(?:they|everyone|everybody|people|my family|"
        r"y'all|you all)(?:'d| would| will|'ll) (?:all )?be (?:relieved|glad|happier)\b(?! (?:that|when) "
        r"(?:i|we) (?:get|got|pass|finish))|\b(?:carry|go|move) on without me\b",
        r"\bmy (?:arms?|wrists?|legs?|thighs?|skin|hands?|stomach|hips?)\b[^.!?]{0,20}\b(?:till|until) "
        r"(?:it|they|i) (?:bled|bleed|bruised|broke|burned)\b",
        r"\b(?:wish|want|need|hope|pray) (?:something|someone|somebody|a car|a bus|god|the universe|"
        r"anything) (?:would |to |could |will )?(?:just )?(?:end|kill|take) me\b",
        r"\b(?:see|have|there'?s|there is) no future (?:for (?:myself|me)|ahead of me)\b|\bnot (?:meant|"
        r"supposed) to (?:live|be alive|be here|exist)\b",
        r"\b(?:can't|cannot|don't) (?:see|picture|imagine) (?:a future (?:where|with|in which) |myself )"
        r"(?:i'm |i am |me |being )?(?:still )?(?:alive|here|living|existing|around)\b",
        r"\b(?:the )?(?:sh|self harm|cutting|suicidal|dark) (?:thoughts|urges|feelings) (?:are|have been|"
        r"keep|won't|getting)\b|\b(?:thoughts|urges) (?:of|about|to) (?:dying|suicide|killing myself|ending "
        r"it|ending my life|hurting myself|cutting|self harm)\b",
    ]),
    *rules(_S, SUICIDE, [
        r"\b(?:end|ending|finish) it(?: all)?\b(?! (?:with|between|for (?:him|her|us|them)|off with|"
        r"properly|nicely|now with|on a|there))",
        r"\b(?:end|ending) (?:things|everything)\b(?: for good)?(?! (?:with|between|on))",
        r"\bcheck(?:ing)? out\b[^.!?]{0,12}\b(?:for good|permanently|of life|forever)\b",
        r"\b(?:i'm|i am) (?:\w+ )?done\b[^.!?]{0,10}\b(?:with everything|with it all|with this world)\b",
        r"\bi can't (?:do this|take (?:it|this)) any ?more\b(?![^.!?]{0,40}\b(?:need to|going to|walk|"
        r"out of the house|call|gym|run))|\b(?:i )?(?:can't|cannot) (?:do|face|take|survive|handle|get through) "
        r"another (?:day|night|week|month|year|winter|christmas)(?: or two)? (?:of (?:this|it)|like this)\b"
        r"(?! (?!honestly|tbh|anymore|any more|ngl|fr|i\b|and\b)\w)",
        r"\b(?:want|wanna|wish i could|need to) (?:disappear|vanish)\b(?! (?:for (?:a|the|\d+|two|three|a few|a couple of|"
        r"some) \w+|under|into|to|from|off|in)|[^.!?]{0,30}\band come back)",
        r"\bi hope i (?:don't|never|do not) wake up\b|\b(?:don't|do not|never) want to wake up\b",
        r"\b(?:i'd|i would|id) (?:rather|prefer to) (?:be )?(?:die|dead)\b",
        r"\b(?:ready to|time for me to|time to) go\b[^.!?]{0,15}\b(?:for good|forever|this world|now)\b|"
        r"\bi'?m going now\b|\bi want out\b(?! of (?:this (?:relationship|job|city|house)|here))",
        r"\b(?:it's|its|it is) (?:almost |nearly |all )?over for me\b|\bgive up for (?:real|good)\b|"
        r"\b(?:set|picked|chose|chosen) (?:a|the) (?:date|day)(?= *$)",
        r"\bi (?:want|need) (?:it all|everything|this|it|all of it) to (?:stop|end|be over)\b",
        r"\bi should (?:just )?go\b(?! (?:to|home|out|back|for|and|now|there|with|outside|get|see))",
        r"\bi have it (?:all )?planned(?: out)? for\b",
        r"\bmy way out\b(?= *$)|\b(?:planning|plotting|found|finding) my (?:way out|exit|escape)\b",
        r"\b(?:i can't|can't|cannot) (?:go on|keep going|carry on) like this\b|\b(?:with|of) being alive\b|"
        r"\b(?:my existence is|i'm|i am) (?:just )?a burden (?:on|to) (?:everyone|everybody|the world|all of "
        r"them|my whole family)\b|"
        r"\b(?:mistake|problem) that needs (?:fixing|solving|ending)\b|\bout of the picture\b(?= *$)",
        r"\b(?:time for me to|time to) go\b(?= *$)|\bi love you all\b(?= *$)",
        r"\b(?:done|tired of|can't keep|sick of) fighting\b(?! (?:with|for (?:him|her|us|this)|over|about))",
        r"\b(?:go to sleep|fall asleep|sleep)\b[^.!?]{0,25}\band (?:that'?ll|that will) be it\b",
        r"\b(?:cry|mourn|be sad)\b[^.!?]{0,30}\b(?:and )?then (?:be )?(?:relieved|fine|move on|forget|"
        r"get over it)\b",
        r"\b(?:existing|being alive|living|being me) (?:hurts|is (?:so |too )?(?:painful|exhausting|"
        r"unbearable|torture|pointless|too much))\b",
        r"\b(?:sleep|go to sleep|rest) (?:and|n|&) (?:never|not) (?:have to )?(?:wake|feel|come back|think|get up)\b"
        r"|\bstay asleep\b",
        r"(?<!your )(?<!his )(?<!her )(?<!their )\blast (?:entry|note|message)\b(?= *$)",
        r"\bwhat'?s the point (?:of|in) (?:living|being alive|going on|carrying on|anything any ?more|"
        r"life)\b",
    ], strong=False, jokeable=True),
    *rules(_S, PLAN, [
        (r"\b(?:sav\w+|stockpil\w+|hoard\w*|stash\w*|collect\w+|count\w*|keeping|kept|have|got|bought|"
        r"buying|got hold of|putting aside|put aside|set aside|setting aside|squirrel\w* away|hiding|hid|"
        r"lined up|lining up)\b <gap>(?:up )?(?:all |a stash of |a bunch of |extra |enough |the )?(?:of )?"
        r"(?:my |the |some |old |extra )?(?:\w+ )?<pills>\b[^.!?]{0,40}(?:for (?:this|when|it|later|a while|"
        r"tonight)|just in case|in case|enough|to do it|since|for weeks|saved|\bsaving\b|tonight|right "
        r"here|next to me|in my hand|ready|so (?:no one|nobody) (?:notices|knows|finds out)|every day|on "
        r"the (?:table|desk|bed))", r"pills|meds|medication|tablets|painkillers|pain killers|paracetamol|tylenol|ibuprofen|sleepers|antidepressants|prescription|insulin|opioids|oxy|xanax|benzos"),
        (r"\b(?:sav\w+|stockpil\w+|hoard\w*|stash\w*|collect\w+|counted|counting|putting aside|put aside|"
        r"set aside|squirrel\w* away|lined up)\b <gap>(?:up )?(?:all |a stash of |extra |enough |the )?(?:of )?"
        r"(?:my |the |some |old |extra )?(?:\w+ )?<pills>|\b<pills>\b[^.!?]{0,40}\b(?:different|several|"
        r"multiple) (?:shops|pharmacies|chemists|stores)\b", r"pills|meds|medication|tablets|painkillers|pain killers|paracetamol|tylenol|ibuprofen|sleepers|antidepressants|prescription|insulin|opioids|oxy|xanax|benzos"),
        r"\b(?:enough|extra|a stash of|stash of|a stockpile of)(?: of)? (?:my )?(?:\w+ )?<pills>\b|"
        r"\b<pills> (?:saved|stashed|hidden|collected|lined up|counted out)\b|\bhave enough\b[^.!?]{0,20}"
        r"\b(?:saved|now|to do it|to not wake)|\b<pills>\b[^.!?]{0,30}\bso i (?:have|'ve got|got) (?:extra|"
        r"enough|more|a stash)\b",
        r"\b(?:took|take|taken|taking|swallowed|swallow|downed|ate|took like|about to take|going to take)"
        r" (?:all|everything|a bunch|a lot|too many|the whole|a whole|every|loads|a handful|\d+|like \d+|"
        r"twenty|thirty|them all|all of them|the lot|half)\b[^.!?]{0,30}\b(?:<pills>|bottle|packet|box|"
        r"of them|cabinet|cupboard|pack)\b",
        (r"\b(?:took|taken|swallowed|downed) (?:them all|all of them|the lot)\b|\b(?:took|taken|swallowed) "
        r"the <pills>\b(?!.{0,20}\b(?:the doctor|with (?:food|breakfast|water)|like|as))", r"took|taken|swallowed|downed"),
        r"\boverdos\w*\b(?! on (?!(?:my |the |those |these |sleeping |all |all my )?<pills>|purpose))|"
        r"\bo\.?d'?(?:'?d|ed|ing)\b(?! on (?!<pills>))",
        r"\b(?:looked|look|looking|searched|search|searching|googled|google|googling|researched|"
        r"researching|research|read up|reading up|reading|checked|checking|watched videos)\b[^.!?]{0,25}"
        r"\b(?:how (?:to (?:die|kill myself|end it|end my life|do it)|high|tall|far down|deep)|ways to "
        r"(?:die|kill myself|end|do it)|painless|methods?|suicide|overdose|lethal|how (?:many|much)\b"
        r"[^.!?]{0,20}\b(?:pills|take|it would take|to not wake|kill|would be too much)|tallest|highest|"
        r"which (?:pills|bridge|building)|how long it takes to die|train times)",
        r"\b(?:which|what) (?:bridge|pills|building|method|way|rope|gun|train|cliff|roof) i(?:'d| would| "
        r"will|'ll| am going to|'m going to) (?:use|take|jump|do it)\b",
        r"\bi'?m (?:\w+ )?(?:at|on) (?:the )?(?:top (?:floor )?of (?:the )?|edge of (?:the )?)?(?:bridge|roof|"
        r"rooftop|cliffs?|ledge|train tracks|tracks|railway|overpass)\b(?! (?:club|bar|party|market|game|"
        r"restaurant|cafe|terrace|with (?:friends|my)))",
        r"\b(?:already|just) (?:swallowed|took|taken|downed) (?:them|it|the lot|everything|all of them)\b|"
        r"\b(?:instructions|passwords|pin numbers|bank details)\b[^.!?]{0,40}\b(?:care|after|passwords|when "
        r"i'?m gone|for everyone)\b",
        r"\b(?:i'm|i am|i've been|been|i was|sitting|standing|stood|sat|waiting|waited|went|go)\b <gap>"
        r"(?:on|at|by|near|to|up to) (?:the )?(?:top (?:floor )?of (?:the )?|edge of (?:the )?)?(?:bridge|"
        r"roof|rooftop|ledge|edge|tracks|train tracks|railway|cliffs?|train platform|overpass|car park|"
        r"multistorey|parking garage|balcony edge)\b(?! (?:club|party|game|bar|terrace|of (?:my|the) "
        r"(?:bed|seat)))[^.!?]{0,40}(?:looked down|looking down|for (?:a long time|an hour|hours)|"
        r"thinking|right now|rn|now|tonight|again|alone|can't stop|jump|for ages|down)",
        r"\b(?:stood|standing|sat|sitting|waiting|waited)\b[^.!?]{0,20}\b(?:platform|roof|bridge|cliff|"
        r"ledge) edge\b|\b(?:texts?|messages?|emails?|letters?) to (?:send|be sent|be opened|be read)\b"
        r"[^.!?]{0,25}\bafter\b",
        r"\b(?:platform|roof|bridge|cliff|ledge) edge\b[^.!?]{0,30}\b(?:sat|stood|sitting|standing|waited|"
        r"engine running|thinking)|\b(?:stood|standing|sat|sitting) (?:at|on|by) the edge\b|\b(?:sat|"
        r"sitting) in (?:the|my) car with the engine running\b",
        r"\b(?:dose|amount|how many|how much)\b[^.!?]{0,15}\b(?:would|will|it would take to|to) (?:do it|"
        r"kill me|be enough|be fatal|be lethal|not wake)|\bpracti[sc]ing (?:tying|how to tie|with the rope)|"
        r"\bnoose\b",
        r"\b(?:wrote|written|writing|left) (?:a|my) (?:note|letter) (?:for|to) (?:my \w+|everyone|my "
        r"family|the kids)\b[^.!?]{0,30}\b(?:on my bed|on the (?:table|desk)|in my drawer|for after|when "
        r"they find|to find)|\b(?:kids|children|son|daughter|family|dog|cat|pets) (?:would|will|'d) be "
        r"better off with (?:someone else|another \w+|a different \w+)\b",
        r"\b(?:bought|got|buying|getting)\b[^.!?]{0,25}\b(?:blades?|razors?|pills|rope|knife|gun|tablets)\b"
        r"[^.!?]{0,15}\b(?:just )?for (?:this|it|tonight|when i)\b",
        r"\b(?:going|go|drove|drive|driving|walked|walking|keep going|been going|heading|went|visiting|"
        r"been visiting|keep driving) (?:back )?(?:to|past) the (?:bridge|tracks|railway|cliffs?|roof)\b"
        r"[^.!?]{0,40}\b(?:tonight|after|again|stood|thinking|times|to do it|waited|for an hour|alone|every "
        r"(?:night|day)|sitting)",
        r"\b(?:jump|jumping) (?:off|from) (?:a|the|my) (?:bridge|roof|building|cliff|balcony|ledge|window|"
        r"overpass|tower|car park|parking garage)|\b(?:jump|jumping|step|stepping|walk|walking) in front "
        r"of (?:a|the) (?:train|car|bus|truck|lorry)|\bthe next train\b[^.!?]{0,20}\b(?:thinking|jump)",
        (r"\b(?:wrote|writing|written|write|finished|left|leave) (?:my |a |the )?(?:suicide note|goodbye "
        r"(?:note|letters|texts|messages|letter to (?:everyone|my (?:family|mum|mom|parents|kids)))|"
        r"(?:last )?letters? (?:to|for) (?:everyone|my family|my (?:mum|mom|parents|kids)))|\bwrote the "
        r"note\b|\bleft a note\b|\bletters? (?:for everyone|to be opened after)\b|\b(?:scheduled|wrote) "
        r"(?:an? |the )?(?:emails?|messages?|texts?|posts?) (?:to send )?(?:for )?after\b|\bafter i'?m gone"
        r"\b|\bwrote everyone a letter\b", r"note|letter|goodbye|after|everyone"),
        r"\b(?:giving|gave|give|given) (?:away )?(?:all )?(?:away )?my (?:stuff|things|belongings|"
        r"possessions)\b|\b(?:won't|wont|will not) (?:be )?need(?:ing)? (?:them|it|any of it|anything|those)\b(?: \w+)?(?: *$|[^.!?]{0,20}(?:any "
        r"?more|where i'm going|after))|\bso (?:she'?s|he'?s|they'?re|it's|it'?ll be) (?:taken care of|"
        r"looked after)\b|\b(?:will|'ll) be looked after\b|\bkeep it forever\b",
        r"\b(?:affairs in order(?! (?:before|for) (?:the|my|our) (?:move|moving|trip|"
        r"wedding|baby|divorce|new|holiday))|everything in order so|made a will|(?:so )?(?:no one|nobody) has to "
        r"(?:clean|deal|sort)\b[^.!?]{0,30}\bafter)|\bwhere my passwords are\b|\beverything'?s sorted\b",
        r"\b(?:bought|buying|got|have|holding|tied|tying|i've got)\b (?:a |the |some |my )?(?:rope|noose)\b(?! (?:for|to) (?:the |a |my )?(?:washing|clothes|"
        r"tent|camping|climbing|boat|garden|dog|swing|hammock|gym|skipping|line|tug)|ladder)|"
        r"\b(?:charcoal|hose) (?:and|&) (?:tape|the car)\b",
        r"\b(?:i have|i've got|i got|got hold of|i know where (?:\w+ ){1,2}keeps|bought|buying|getting) (?:a |the |my "
        r"|his |her |\w+'s )?(?:gun|pistol|rifle|firearm)\b|\b(?:gun|pistol|rifle) in the house\b",
        r"\b(?:tried|try|trying|attempted|attempt)(?: to)? (?:kill myself|end (?:it|my life|things|it all)|"
        r"overdose|hang myself|die|suicide|take my (?:own )?life|jump)\b|\b(?:i attempted|made an attempt|"
        r"attempted suicide)\b",
        r"\b(?:i have|i've got|i've|i got) (?:a |the |my )?(?:plan|date|way) (?:for how|to do it|now|and a "
        r"date|for it|picked)|\bpicked (?:a|the) (?:date|day)(?= *(?:for it|to do it|$))|\bi know (?:exactly "
        r")?(?:how|when) (?:i'm going to|i'll|i'd|i would|i will) (?:do it|end it)|\bi've decided (?:how|"
        r"when)\b(?! i'?(?:ll|m going to|will) (?:message|text|call|reach|tell|see|talk|reply|answer|contact|move|"
        r"go|leave|quit))|\bi(?:'ve| have) (?:got )?a plan\b[^.!?]{0,25}\b(?:follow through|not saying|to end|"
        r"tonight)",
        r"\b(?:i'm|i am) (?:going to|about to|ready to) do it\b(?! *,? *(?:i'm going to|i'll|i will|and) "
        r"\w)|\beverything is ready\b(?! for (?:my|the|our|a|his|her|their) )|\bi have "
        r"everything (?:i need|ready)\b|\bthe plan is\b[^.!?]{0,30}\b(?:when|friday|monday|saturday|"
        r"sunday|tonight|tomorrow)|\b(?:i'm going to|i'll|i will) do it (?:on|this|tonight|tomorrow|"
        r"when|after)\b",
        (r"\b(?:the )?(?:pills|bottle|knife|blade|razor|rope) (?:is|are) (?:in my hand|in front of me|right here|next to "
        r"me|open|ready)\b|\b(?:i'm )?holding (?:the|a) (?:knife|blade|razor|pills|rope|gun)\b|\b(?:knife|"
        r"blade|razor) (?:to|against|on) my (?:wrist|throat|neck|arm)\b|\bknife by my bed\b", r"pills|bottle|knife|blade|razor|rope|holding"),
        r"\bthis time it will\b|\bdidn't work last time\b",
        r"\b(?:when|once|after) (?:\w+ ){1,4}(?:leaves?|is out|are out|goes out|go out|asleep|is gone|are "
        r"gone|is away|are away)\b[^.!?]{0,25}\b(?:i'll|i will|i'm going to) do it\b",
    ]),
]
