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
        r"\b(?:lights?|everything|it all|the world) (?:to )?(?:go|goes|went|going) (?:out|dark|black|quiet)"
        r"\b[^.!?]{0,20}\b(?:stay|forever|for good|never|permanently)\b",
        r"\b(?:stop|stops|stopped) (?:my )?(?:breathing|heart)\b|\bmy heart (?:would |to )?(?:just )?stop\b",
        r"\b(?:let|for) (?:it all|everything|me|all of it) (?:to )?be over\b|\bfor me to be over\b",
        r"\b(?:reached|reaching|at|this is) the end of (?:my|the) (?:road|line|rope)\b",
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
