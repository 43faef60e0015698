"""Safety patterns for self-harm: hurting one's own body, in any form and any words.

Cutting, burning, hitting, scratching, starving; "on purpose" with a body part; blades kept
or hidden; a relapse after time clean; marks told as one's own doing. Guards for ordinary
injuries ("cut my finger cooking", "burned my hand on the pan") are in the patterns; the
rest in ``safety_guards``.
"""

from __future__ import annotations

from pacer.words.safety_rules import SELF_HARM, Rule, rules

_S = "self"

SELF_HARM_RULES: list[Rule] = rules(_S, SELF_HARM, [
    r"\bcut(?:ting|s)? (?:my ?self|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body))\b"
    r"(?! (?:shaving|cooking|chopping|on (?:a|the|some)|by accident|accidentally|with (?:a|the) "
    r"(?:paper|can|tin|lid)|open (?:a|the) (?:can|box|package)|off))",
    r"\bi (?:cut|'ve cut|have cut|just cut|cut again)\b(?! (?:my (?:finger|thumb|hand|hair|bangs|"
    r"fringe|nails|hours|losses|budget|sugar|screen)|the|a (?!little|bit|lot)|an |his|her|their|off|out|back|down|ties|all|every|most|some|any|"
    r"him|her|them|it|class|school|carbs|sugar|caffeine|up|in|through|across|contact|corners|loose|"
    r"you|people|everyone|myself shaving|my ?self (?:shaving|cooking|chopping|on)))",
    r"\b(?:cut(?:ting)?|cutting|burning|burn|hurting|sh) again\b|\b(?:started|been|keep|kept|stop|"
    r"stopped|quit) (?:cutting|burning myself|hurting myself|self harming)\b|\bthe cutting\b|"
    r"\b(?:urge|urges|need|want|wanted|going|gonna|about|tempted) (?:to|so) (?:cut|relapse)\b(?! (?:class|"
    r"school|ties|back|down|out|it|the|my|his|her|a|an|him|them|off|loose|carbs|sugar|people|contact|"
    r"corners|costs|work|lectures?))|\bthe urges? won\b|\bi "
    r"need to cut\b|\b(?:cut|cutting) (?:so |too )?(?:deep|deeper)\b|\bcutting (?:is|helps|makes)\b",
    r"\b(?:fresh|new|more|my|the) (?:cuts|wounds|marks|burns|scars)\b(?! (?:from (?:the|my) (?:surgery|"
    r"cat|kitchen|fall|accident)|are (?:faded|old|healed)|remind))|\breopen\w* (?:the |my )?(?:cuts|"
    r"wounds)\b|\bmade (?:some )?(?:new |more )?cuts\b",
    r"\bself[- ]?harm\w*|\bs/h\b|\b(?:did|do|doing|relapsed on|relapse on|urges? to|want to|need to|"
    r"going to|thinking about|been doing|the|my) sh\b|\bsh(?:'d|'ed|ed)\b|\bsh (?:again|urges?|"
    r"tonight|last night|relapse|thoughts|scars)\b",
    r"\b(?:hurt|hurting|harm|harming|injure|injuring|hurted|punish|punishing) (?:my ?self|my (?:own )?"
    r"body)\b(?! (?:at|in|on (?:the|a)|while|when|playing|running|lifting|training|tripping|falling|"
    r"skiing|by accident|accidentally|working out|at the gym|doing))",
    r"\b(?:burn(?:ed|t|ing)?|scratch(?:ed|ing)?|hit(?:ting)?|punch(?:ed|ing)?|bit|bite|biting|slap"
    r"(?:ped|ping)?|bruis(?:e|ed|ing)|carv(?:e|ed|ing)|starv(?:e|ed|ing)|choke|choking|strangl(?:e|ing)|"
    r"smack(?:ed|ing)?|slic(?:e|ed|ing)|rip(?:ped|ping)?|tear(?:ing)?|stab(?:bed|bing)?) (?:my ?self|my "
    r"(?:arms?|wrists?|legs?|thighs?|skin|face|head|body|stomach) (?:open|until|till|again|raw))\b(?! "
    r"(?:on (?:the|a) (?:stove|oven|pan|iron|kettle|door|table|cupboard)|cooking|baking|by accident|"
    r"accidentally|in the sun|while|when i (?:tripped|fell)|laughing|out of))",
    r"\b(?:make|made|making) myself (?:bleed|suffer|hurt|throw up)\b|\b(?:want|need|wanna) (?:to )?"
    r"(?:bleed|see (?:my own )?blood|feel (?:the )?(?:physical )?pain|feel the sting)\b|\b(?:want|"
    r"wanna|going) to slice\b",
    r"\b(?:deserve|deserves) (?:to (?:hurt|be hurt|suffer|be in pain|bleed)|(?:the )?pain)\b|\b(?:pain|hurting "
    r"myself|cutting) is the only (?:thing|way)\b|\bneed to be punished\b|\bpunish my body\b",
    r"\bon purpose\b[^.!?]{0,40}\b(?:bleed|hurt|burn|bruise|skin|my (?:arms?|wrists?|legs?|thighs?|"
    r"hand|head|face|body))|\b(?:burn|cut|hit|bruis|scratch|slam|starv|punch|rip|tore|bit|press|slic|"
    r"carv|stab|bang|smash)\w*\b[^.!?]{0,40}\bon purpose\b",
    r"\b(?:sliced|slit|slashed|carved|cut|gashed) (?:open )?my (?:arms?|wrists?|thighs?|legs?|skin|"
    r"stomach|hips?)\b(?! (?:on|while|when|cooking|shaving|chopping|by accident|accidentally|at work|"
    r"open on|climbing|falling))",
    r"\b(?:drink|drinking|drank) myself to death\b|\bstarv(?:e|ing) myself\b|\b(?:don't|do not) "
    r"deserve (?:food|to eat)\b|\bscratch(?:ed|ing)? at my (?:skin|arms?|wrists?|legs?)\b",
    r"\b(?:crash\w*|driv\w*|swerv\w*) (?:my car )?(?:into|off) (?:the road|a wall|a tree|a bridge|the "
    r"river|a cliff|the motorway|the barrier|traffic)\b|\bcrash(?:ing)? my car (?:on purpose|into)\b|"
    r"\bdeleted (?:all )?my (?:accounts|socials|social media)\b[^.!?]{0,30}\b(?:letters?|note|goodbye|"
    r"time)\b|\bhow long (?:it takes|does it take|would it take) to (?:die|drown|bleed out|lose "
    r"consciousness)\b|\btake them all at once\b|\ball at once\b[^.!?]{0,10}<pills>",
    r"\b(?:blade|blades|razor|razors)\b[^.!?]{0,30}\b(?:out|hidden|in my (?:hand|wallet|room|bag|"
    r"drawer)|open|for when|again|keep|keeping|hide|hiding|took apart|ready|use them|use it|on my "
    r"(?:arm|wrist|leg|thigh|skin))\b|\b(?:got|took|get|getting|broke|breaking|took apart|used) (?:the "
    r"|a |my )?(?:\w+ )?(?:blade|razor|sharpener)\b(?! (?:on|for) (?:the |my )?(?:lawn|mower|shav|legs "
    r"in the shower))",
    r"\b(?:relapse|relapsed|relapsing)\b[^.!?]{0,25}\b(?:sh|self harm|cut|cutting|hurt|burn|on it|"
    r"clean)\b|\b(?:days|weeks|months|year|years) clean\b[^.!?]{0,25}\b(?:and i (?:cut|hurt|burned)|"
    r"over|broke|ruined|gone)\b|\bclean streak (?:is )?(?:over|broken|gone)\b",
    r"\b(?:carve|carved|carving)\b[^.!?]{0,20}\b(?:into|in) my (?:skin|arm|leg|wrist|thigh)|\bbang "
    r"(?:my|me) head (?:against|on) the wall\b|\bpunch(?:ed|ing)? (?:the )?walls? (?:until|till)\b"
    r"[^.!?]{0,30}\b(?:bleed|broke|wanted it to hurt|on purpose)",
    r"\b(?:burns|cuts|marks|bruises|scars|wounds)\b[^.!?]{0,40}\b(?:did (?:it|them|this|that) (?:to )?"
    r"myself|i did (?:it|them|this)|my own doing)\b|\b(?:pressed|held|put) (?:a |the )?(?:hot |lit )?"
    r"(?:lighter|cigarette|iron|spoon|knife)\w* (?:to|on|against) my (?:skin|arm|wrist|leg|hand)\b",
    r"\b(?:burn(?:ed|t|ing)?|cut(?:ting)?|scratch(?:ed|ing)?|slic(?:ed|ing)|carv(?:ed|ing)) my "
    r"(?:wrists?|arms?|thighs?|legs?|skin|stomach|hips?)\b(?! (?:on (?:the|a)|cooking|shaving|while|"
    r"by accident|accidentally))[^.!?]{0,25}\b(?:again|on purpose|lighter|cigarette|blade|razor|till|"
    r"until|deep|deeper|so i|hot spoon|spoon|iron|straighteners|candle|match|matches)\b",
    r"\bmy (?:wrists?|arms?|thighs?|legs?|skin|stomach|hips?) (?:are|is) (?:a mess|bleeding|cut up|"
    r"shredded|torn up|ruined|covered in (?:cuts|scars|burns|marks|scratches))\b",
    r"\blong sleeves\b[^.!?]{0,30}\b(?:again|hide|you know why|so no one)\b",
])
# Less plain: hurting the body until it marks, wanting the blade (the model must agree).
SELF_HARM_RULES += rules(_S, SELF_HARM, [
    r"\b(?:pinch|dig|digging|dug|scratch|bite|biting|bit|hit|hitting|punch|punching|squeez|press|pull|pulling|"
    r"rip|ripping|pick|picking)\w* (?:at |into )?(?:my|myself)\b[^.!?]{0,30}\b(?:until|till|til) (?:it|they|i|"
    r"my skin|the skin) (?:bleeds?|bled|bruises?|bruised|burns?|breaks?|hurts?|goes numb|went numb|swells?|"
    r"marks?|scars?)\b",
    r"\b(?:want|need|crave|craving|reach for|reaching for) (?:the|a|my) (?:blade|razor|lighter)\b",
    # hitting the head against things, pulling hair out, again or until it shows
    r"\b(?:keep|kept|been|started) (?:\w+ )?(?:bang|hit|slam|smash|bash)\w* my head (?:against|into|on|off)\b|"
    r"\b(?:bang|hit|slam|smash|bash)\w* my head (?:against|into|on|off) (?:the |a |my )?\w+ (?:again|over and over|"
    r"until|till|til)\b|\bhead ?bang\w* (?:against|into|on) (?:the |a |my )?(?:wall|door|floor|desk)\b",
    r"\b(?:pull\w*|rip\w*|tear\w*|tore) (?:out )?(?:clumps of |chunks of |so much |more |all )?(?:my )?(?:hair|"
    r"eyelashes|eyebrows|lashes)(?: out)?\b[^.!?]{0,40}\b(?:again|bald|patch|bleed\w*|raw|until|till|can't stop|on "
    r"purpose|scalp)\b",
    r"\b(?:need|needed|get|got) stitches\b[^.!?]{0,25}\b(?:what i did|myself|my (?:arm|wrist|leg|thigh))\b|"
    r"\b(?:release|relief) (?:of|from) (?:cutting|hurting myself|self harm|sh|the blade|burning)\b|"
    r"\bpress\w* (?:on|into) my (?:bruises|cuts|wounds|burns)\b|\bi'?m (?:still )?bleeding\b(?! (?:from (?:the|my) "
    r"(?:nose|gums|period)|after (?:the|my)))",
    r"\b(?:drink|drinking|drank)\b[^.!?]{0,15}\b(?:until|till) i (?:can't feel|pass out|black out|don't feel|stop "
    r"feeling|can't think)\b",
], strong=False, jokeable=True)
