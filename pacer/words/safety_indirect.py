"""Safety patterns for thoughts of suicide said indirectly: soft cues the model must agree with.

Each is a family of ways people hint rather than say: not being around in a while ("i'm not
planning on being around to find out", "if i don't make it through the weekend"); others
not noticing or being relieved ("they wouldn't realise i was missing for a week", "she'd be
better off in the long run without me"); an end with a deadline ("it'll all be over by
morning", "the pain ends tonight one way or another"); leaving or switching off for good
("i want to log off permanently"); going dark ("i want the lights to go out and stay out");
working out the how, the when or the where ("i've worked out the day and the place",
"reading about how people end it"); and means near at hand said plainly ("tested the belt on
the door handle", "climbed over the railing"). Ordinary speech uses many of these words too,
so every rule here is SOFT: the check asks the model for a second opinion (see ``safety``).
"""

from __future__ import annotations

from pacer.words.safety_rules import PLAN, SUICIDE, Rule, rules

_S = "self"

INDIRECT_RULES: list[Rule] = [
    # ... some families are plain enough to stand alone
    *rules(_S, SUICIDE, [
        r"\b(?:nobody|no one|noone|they|people|anyone|my family|my friends|she|he|you)\b[^.!?]{0,15}\b"
        r"(?:wouldn't|won't|would not|will not|wouldnt|wont|never|didn't|don't)\b (?:even )?(?:notice|realise|"
        r"realize|miss me|care|know)\b[^.!?]{0,20}\bi (?:was|were|'m|am|had) (?:missing|gone|not there|not "
        r"here|dead|disappeared)\b(?! (?:from|at|for a (?:while|bit|day|week|weekend)) )",
        r"\b(?:cry|mourn|be sad|miss me)\b[^.!?]{0,30}\b(?:and )?then (?:they'?d |they would |they'?ll |be )?"
        r"(?:relieved|fine|move on|forget (?:me|about me)|get over it|better off)\b",
        # not belonging or meant to be alive
        r"\b(?:don't|do not|never) belong (?:in|on) (?:this|the) (?:world|earth|planet)\b|\b(?:i'?m|i am|i was|i"
        r"'ve never been|i wasn't|i was never) (?:not |never )?meant to (?:be here|be alive|exist|be on this "
        r"(?:earth|planet)|be in this world|be born|live)\b|\b(?:the world|everyone|nobody|no one) (?:doesn't|"
        r"does not|don't|won't) need me (?:in it|here|around|alive|any ?more)\b",
        # a note left behind
        r"\bif (?:you'?re|you are|anyone is|someone is) reading this,? i(?:'m| am)? (?:didn't|did not|gone|dead|"
        r"no longer)\b|\bwriting this so (?:someone|you|people|they|everyone) (?:knows?|understands?) why\b|"
        r"\bforgive me for (?:leaving|going|doing this|what i'?(?:m about to|ve) do)\b|\bsorry for what i'?m "
        r"(?:about|going) to do\b|\b(?:whatever happens|if (?:anything|something) happens(?: to me)?)\b(?: "
        r"\w+){0,3},? (?:none of (?:it|this)|it) (?:is|was|'s)(?: not|n't)? (?:your|anyone'?s) fault\b",
        # dying as the only way; all one can think of
        r"\b(?:dying|death|suicide|ending it|ending my life|killing myself|not being here) (?:is|seems|feels "
        r"like|looks like) (?:the |my )?only (?:option|way|answer|choice|way out|solution)\b|\b(?:all i (?:can )?"
        r"think (?:about|of)|i can't stop thinking about|i keep thinking about) (?:is )?(?:dying|death|killing "
        r"myself|ending it|ending my life|not being (?:here|alive))\b",
        r"\b(?:i'?ve got|i have|there'?s|got) nothing (?:left )?to (?:lose|live for)\b|\bdone with (?:breathing|"
        r"living|being alive|existing)\b|\b(?:when|once|while) i'?m in the ground\b|"
        r"\bnothing (?:is |'s )?(?:keeping|holding) me (?:here|alive|going)\b|\bhate (?:that )?i (?:keep|still) "
        r"(?:waking up|wake up|breathing|existing|being alive)\b",
        r"\b(?:welcome|wouldn't mind|don't care|be (?:glad|relieved)) (?:it )?if something (?:bad )?(?:happened|"
        r"happens) to me\b|\bi (?:really |literally )?mean (?:it,? )?i (?:can't|cannot|don't want to) (?:live|go "
        r"on|be alive)\b",
    ]),
    *rules(_S, SUICIDE, [
        # not being around for long
        r"\b(?:not|don't|do not|never) (?:planning|plan|intending|intend|expecting|expect) (?:on |to )?"
        r"(?:be|being|stick|sticking|stay|staying) (?:here|around|alive)\b",
        r"\b(?:not|don't|doubt|not sure|unsure|if|whether)\b[^.!?]{0,12}\bi'?(?:ll| will)? (?:make it|survive|"
        r"last|be (?:here|around|alive)) (?:to|till|until|through|past|by|for) (?:the |this |next )?(?:"
        r"weekend|morning|tomorrow|tonight|friday|monday|saturday|sunday|christmas|new year|week|night|"
        r"end of|spring|summer|my birthday)\b",
        r"\b(?:in case|if|when) i (?:don't|do not|dont) make it\b",
        # others would be relieved
        r"\bbetter off\b[^.!?]{0,30}\bwithout me\b|\b(?:be )?rid of me\b[^.!?]{0,20}\b(?:soon|for good|"
        r"forever|at last|finally)\b|\bone less (?:problem|burden|thing|mouth|person)\b",
        r"\b(?:i'?m|i am|i've become|i have become|i feel like) (?:just |such )?(?:a|the) (?:burden|weight|"
        r"problem|drain)\b(?! (?:on|to) (?:my |the )?(?:friends?|team|work|budget|flatmates?)\b(?! and)| when i)",
        # an end with a deadline
        r"\b(?:it'?ll|it will|it'?s|everything|this|the pain|all of this|it all)(?: will| is)? (?:all )?(?:be )?"
        r"(?:over|end|ends|stop|stops|gone|done)\b[^.!?]{0,15}\b(?:by (?:morning|tomorrow|the weekend|friday|"
        r"sunrise)|one way or (?:another|the other))\b|\bi'?(?:ll| will) be (?:gone|dead|over|done)\b[^.!?]{0,15}"
        r"\b(?:by (?:morning|tomorrow|the weekend|sunrise)|one way or (?:another|the other)|for good|forever)\b",
        r"\bwhat'?s (?:even )?the point(?: any ?more| of (?:anything|it all|any of (?:it|this))| in anything)?"
        r"(?= *(?:$|,|genuinely|honestly|seriously|really|tbh))",
        # leaving, sleeping or switching off for good
        r"\bi (?:want|wanna|need|wish i could|just want|'m going|am going|'m ready|am ready|'d like) (?:to )?"
        r"(?:just )?(?:log off|switch off|shut down|turn off|check out|leave|go|sleep|rest|stop|fade|go "
        r"away|drift off)\b(?: \w+){0,2} (?:permanently|for good|forever|for ever|and (?:never|not) "
        r"(?:come back|return|wake))\b",
        r"\b(?:the )?(?:forever|permanent) (?:kind|sort|way|sleep|rest|solution)\b",
        # going dark, stopping breathing
        r"\bi'?m not safe(?: (?:tonight|right now|any ?more|alone|at the moment))?(?= *(?:$|,))",
        # euphemisms: going to see the dead, checking out of life, closing my eyes for good
        r"\b(?:going|go|get) to (?:see|be with|join) my (?:late )?(?:grandma|gran|nan|nana|grandad|grandpa|dad|mum|"
        r"mom|father|mother|brother|sister|son|daughter|baby|wife|husband)\b(?= *(?:$|,|soon|again|in heaven|up "
        r"there))|\bcheck(?:ing)? out of (?:this )?life\b|\bclose my eyes and (?:not|never) open them\b|\b(?:doing|do) "
        r"(?:everyone|them|you|the world) a favou?r by (?:going|leaving|dying|disappearing|not being here)\b",
        r"\bmade (?:my|all the|the|my final) arrangements\b|\bnot (?:scared|afraid) of dying any ?more\b|\b(?:scared|"
        r"afraid) of living\b|\b(?:when|once) (?:she|he|my (?:cat|dog|mum|mom|dad|nan|gran))(?:'s| is) gone,? i'?m "
        r"gone\b|\bstopped taking my (?:meds|medication|pills)\b[^.!?]{0,30}\b(?:point|staying alive|die|care|"
        r"matter)\b",
        r"\b(?:sitting|lying|standing|sat|here) (?:here )?with (?:the|my|a) (?:pills|tablets|knife|blade|razor|rope|"
        r"gun)\b",
        r"\b(?:lights?|everything|it all|the world) (?:to )?(?:go|goes|went|going) (?:out|dark|black|quiet)"
        r"\b[^.!?]{0,20}\b(?:stay|forever|for good|never|permanently)\b",
        r"\b(?:stop|stops|stopped) (?:my )?(?:breathing|heart)\b|\bmy heart (?:would |to )?(?:just )?stop\b",
        r"\b(?:let|for) (?:it all|everything|me|all of it) (?:to )?be over\b|\bfor me to be over\b",
        # not coming back; nobody looking
        r"\b(?:disappear|vanish|go|walk|drive|swim|leave|run)\w* (?:off |away |out )?(?:and )?(?:never|not) "
        r"(?:come|coming) (?:back|home)\b|\b(?:wanted|want|wanna|thinking about|think about) (?:to )?not "
        r"(?:come|coming) (?:back|home)\b|\bwhat if i (?:just )?(?:didn't|don't|never) (?:come|came|go) "
        r"(?:back|home)\b|\b(?:nobody|no one) (?:would |will )?(?:come|comes|coming) looking\b",
        # nothing, dust, a ghost
        r"\b(?:want|wanna|wish|would be nice|like) (?:to )?(?:just )?(?:be|become|turn into|not be) (?:nothing|"
        r"dust|ashes|a ghost|anything any ?more)\b|\bghost\b[^.!?]{0,30}\b(?:make it official|actually be one|"
        r"for real)\b",
        r"\b(?:staying|being|keeping (?:myself )?) alive (?:feels like|is|seems) (?:too much|so much|exhausting|"
        r"a chore|work|too hard|pointless)\b|\b(?:can't|cannot|don't) see (?:a|any) future (?:for myself|for me)\b|"
        r"\b(?:don't|can't|cannot) see myself (?:making it|surviving|being here|being alive|alive) (?:to|till|"
        r"until|by|past|through)\b",
        r"\bhop(?:e|ing) i (?:don't|do not|won't|never) (?:survive|make it|wake)\b|\bhope i (?:get|got) hit by\b|"
        r"\b(?:never|not|don't|without) (?:have to )?(?:deal with )?(?:waking|wake) up (?:ever )?again\b",
        r"\b(?:about|is|of|imagine) (?:me )?(?:just )?not being (?:here|alive|around)\b|\btime (?:for me to|i|"
        r"to) go\b[^.!?]{0,15}\b(?:for good|forever|now)\b|\bout of (?:everyone'?s|your|their|the family'?s) "
        r"(?:way|hair|lives?)\b[^.!?]{0,15}\b(?:soon|for good|forever|permanently)\b",
        r"\bonly one way out\b|\b(?:made|make) (?:my|the|a) decision\b[^.!?]{0,30}\b(?:at peace|peace|calm|"
        r"relief|relieved|ready)\b|\b(?:don't|do not) (?:want to be|wanna be) (?:saved|rescued|found|stopped)\b|"
        r"\b(?:please )?(?:don't|do not) (?:try to )?(?:stop|save|find) me\b",
        r"\b(?:scared|afraid|terrified) of what i'?m (?:going|about) to do\b|\bi (?:don't|do not) think i'?m "
        r"going to make it\b(?= *(?:$|,|through|tonight|this time))|\blast thing i'?(?:ll| will) (?:ever )?"
        r"(?:write|say|send|post)\b|\bgoodbye\W+i mean it\b",
        r"\b(?:won't|never|will not) (?:get|have) (?:another|a second|one more) chance\b[^.!?]{0,25}\b(?:love|"
        r"goodbye|say|tell)\b|\bmy life (?:feels like|is) a mistake\b",
        # a place to end it, looked at or stood at
        r"\b(?:thinking|think|thought|keep thinking|looking|looked|staring|stared|standing|stood|walking|walked|"
        r"sat|sitting|waiting|drove|driving)\b[^.!?]{0,25}\b(?:platform|the tracks|railway|the river|the lake|"
        r"the sea|the bridge|the edge|the ledge|the roof|top of the stairs|the cliffs?|the motorway|the "
        r"next train|multi ?stor(?:e)?y)\b[^.!?]{0,30}\b(?:thinking about it|how (?:quiet|easy|quick|peaceful)|"
        r"jump|step|fall|not come back|at night|again|every (?:night|day)|for (?:ages|an hour|hours))",
        r"\b(?:step|stepping|jump|jumping|fall|falling|walk|walking) (?:off|into|in front of|onto|out into) "
        r"(?:the|a) (?:platform|tracks|edge|ledge|river|sea|lake|traffic|road|train)\b|\bbottom of the (?:lake|"
        r"river|sea|ocean)\b[^.!?]{0,20}\b(?:peaceful|quiet|calm|nice)\b",

        r"\b(?:reached|reaching|at|this is) the end of (?:my|the) (?:road|line|rope)\b(?! with\b)",
        r"\bno (?:light|way out|future|tomorrow) (?:for me|at the end)\b|\b(?:only|nothing but) darkness\b"
        r"[^.!?]{0,30}\b(?:go|walk|step|disappear) (?:into|in)\b",
        r"\b(?:be|go|going) (?:with|to) (?:my )?(?:late )?(?:dad|mum|mom|father|mother|nan|nana|gran|grandma|"
        r"grandad|grandpa|brother|sister|son|daughter|baby|wife|husband)\b(?= *(?:$|,|again|in heaven|up there|"
        r"now|soon))",
    ], strong=False, jokeable=True),
    *rules(_S, PLAN, [
        # working out the how, when and where
        r"\b(?:worked|working|figured|figuring|planned|planning|decided|deciding|chose|chosen|picked)"
        r" (?:out )?(?:the |a )?(?:day|date|place|time|way|method|spot|how|when)\b[^.!?]{0,20}\b(?:and "
        r"(?:the )?(?:day|date|place|time|way|method|spot|how|when)|to do it|for it)\b",
        r"\b(?:practis|practic)\w* (?:how|it|the)\b|\bhow i'?d do it\b",
        r"\b(?:read|reading|looking|looked|searching|searched|googl\w+|research\w*)\b (?:up |about |into )?"
        r"(?:how (?:people|to|you|i)|ways|methods|what (?:happens|it takes))\b[^.!?]{0,25}\b(?:end it|"
        r"end (?:their|my) li\w+|die|dying|kill|overdose|hang|painless|quick|lethal|possible)\b|\blooking "
        r"up ways\b",
        # means near at hand
        r"\b(?:make|making) it look like an accident\b",
        r"\b(?:tested|testing|tried|tie|tied|tying|put|hung|hanging)\b[^.!?]{0,10}\b(?:the |a |my )?(?:belt|"
        r"rope|cord|cable|scarf|tie|ligature|knot)\b[^.!?]{0,25}\b(?:door|handle|banister|beam|hook|neck|"
        r"wardrobe|loft|ceiling|weight)\b",
        r"\b(?:hose ?pipe|hosepipe|the hose|exhaust|charcoal|car fumes)\b[^.!?]{0,30}\b(?:car|garage|plan|"
        r"window|tape|tonight)\b|\b(?:car|garage)\b[^.!?]{0,30}\b(?:hose ?pipe|hosepipe|exhaust|engine "
        r"running|fumes)\b",
        r"\b(?:climbed|climb|climbing|stood|standing|sat|sitting|over|leaned|leaning) (?:over |on |at |on "
        r"top of )?(?:the |a )?(?:railing|railings|fence|barrier|edge|ledge|parapet|wall)\b[^.!?]{0,30}\b"
        r"(?:bridge|railway|tracks|roof|drop|water|river|car park|cliff|building)\b|\b(?:railway|train|"
        r"motorway) bridge\b[^.!?]{0,30}\b(?:climbed|fence|railing|edge|over|stood|jump)\b",
        r"\b(?:took|taken|swallowed|had|taking) (?:too many|all (?:of )?(?:my|the)|a (?:load|lot|bunch|"
        r"handful|box|bottle|packet|strip) of|loads of|the whole (?:box|bottle|packet)|a whole (?:box|"
        r"bottle|packet) of|everything in the) ?(?:my |the )?(?:\w+ )?(?:pills|tablets|meds|medication|"
        r"painkillers|paracetamol|sleeping pills|cabinet)\b",
        r"\bgo(?:ing)? through with it\b|\b(?:wait|waiting) (?:until|till|for) (?:everyone|everybody|they|the "
        r"house|my (?:flatmate|parents|family|partner|mum|mom|dad))(?:'s| is| are)? (?:asleep|gone|out|in bed|"
        r"away|empty)\b|\b(?:got|have|i've got) a plan\b[^.!?]{0,20}\b(?:not saying|won't say|can't say|don't "
        r"ask)\b|\b(?:got|have|bought|i've got) everything i need (?:to do it|for it|now)\b",
        r"\b(?:pills|tablets|meds)\b (?:are )?(?:counted|lined|laid|set) (?:out|up)\b|\b(?:so i can|to) (?:save|"
        r"stockpile|keep|hoard) them\b|\b(?:chosen|chose|picked|found) the (?:place|date|spot|time|day|bridge|"
        r"building)\b|\bcancel(?:led|ed)? my (?:subscriptions|phone contract|accounts|gym)\b[^.!?]{0,20}\b(?:"
        r"will|sorted|affairs|letters?)\b|\bwill sorted\b",
        r"\b(?:bath|bathtub|bathroom|bed|car|roof)\b[^.!?]{0,15}\bwith (?:the|a|my) (?:razor|blade|knife|pills|"
        r"rope|gun)\b|\b(?:took|taken|swallowed) (?:all|the whole|my whole|every|the rest) (?:of )?(?:my |the )?"
        r"(?:prescription|pills|tablets|meds|bottle|box|packet)\b",
        r"\bi tried (?:tonight|today|last night|again|earlier)\b[^.!?]{0,20}\b(?:stopped|couldn't|failed|didn't "
        r"work|chickened out)\b|\btried to (?:jump|do it|end it|hang myself|overdose)\b[^.!?]{0,25}\b(?:stopped "
        r"me|pulled me|found me|caught me)\b",
        r"\b(?:found|have|got|keep|kept|get|getting)\b[^.!?]{0,20}\b(?:gun|pistol|rifle)\b[^.!?]{0,30}\b"
        r"(?:thinking about|think about|keep thinking|can't stop|tonight|use it|for me)\b",
        r"\b(?:i'?ve got|i have|i've saved|saved up|got|there's|there are) enough(?: (?:pills|tablets|meds|of "
        r"them|paracetamol|saved|to do it|for it)| now)\b|\b(?:different|two|three|several) (?:pharmacies|"
        r"chemists|shops)\b|\bpharmacy (?:twice|again)\b[^.!?]{0,30}\b(?:notice|suspicious)",
        r"\b(?:wrote|written|writing|left|leaving) (?:a |the |my )?(?:note|notes|letter|letters) (?:for|to) "
        r"(?:my (?:sister|brother|mum|mom|dad|parents|family|kids|children|son|daughter|partner|wife|husband|best "
        r"friend|friends|nan|gran|grandma|flatmate|boyfriend|girlfriend)|everyone|each of)\b(?! (?:\w+ )?(?:to (?:say|thank|tell)|about|before (?:work|school)|"
        r"asking|reminding|with))",
        r"\b(?:no one|nobody|no one else|they|my family) (?:has|have|will have|needs?|won't have|doesn't have) "
        r"(?:a mess |anything |much )?to (?:clean|deal|sort|tidy)",
        r"\b(?:sorted|left|made|wrote|writing|updated|changed)\b (?:out )?(?:a |the |my )?(?:list|passwords|"
        r"accounts|will|insurance|instructions|things|affairs)\b[^.!?]{0,30}\b(?:just in case|for (?:my|"
        r"when|after)|so (?:nobody|no one|they|he|she|my))\b",
    ], strong=False, jokeable=True),
]
