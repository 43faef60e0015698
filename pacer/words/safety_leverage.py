"""Safety patterns for leverage: the writer's own life or body made the price of a reply.

A condition on the other person ("if you leave", "answer or", "unless you") with a
consequence to the writer's own life ("i'll kill myself", "i'm taking the pills"), or the
blame placed in advance ("it's on you", "you'll be sorry when i'm gone").
"""

from __future__ import annotations

from pacer.words.safety_rules import LEVERAGE, Rule, rules

_L = "leverage"
# a consequence that puts the writer's own life or body at stake
STAKE = (
    r"\b(?:kill myself|k[i1!*]ll myself|hurt myself|harm myself|cut(?:ting)?(?: myself)?(?= *(?:$|[.,!]|"
    r"again|and|tonight|myself))|end (?:it|it all|my life|everything|me|myself|things)|ending (?:it|it all|"
    r"my life|everything)|end me|die|be dead|dead|d[*!1]e|jump|jumping|overdose|take (?:the|my|all (?:my|"
    r"the|of my)|all) (?:\w+ )?<pills>|taking (?:the|my|all my|all the|all) (?:\w+ )?<pills>|do something "
    r"(?:stupid|to myself|i can't take back|i can't undo|drastic|bad)|what i'll do to myself|do it|won't "
    r"be alive|won't be here|won't survive|never see me (?:again|alive)|find me (?:dead|gone)|be gone "
    r"(?:for good|forever)|i'm gone|i'm done with (?:life|living)|unalive(?: myself)?|starve myself|"
    r"hurting myself|killing myself|not (?:be )?alive|don't want to live|end my own life|be dead by|i end|"
    r"i go|you'll find me|it'll be too late|slit my wrists|cut my wrists|i'm jumping|gone for good|"
    r"blocking me forever|(?:don't|dont|do not) know what (?:i'll|ill|i will|i might|i'd) do(?: to myself)?|"
    r"make it permanent|be free of me|get your wish|won't be (?:around|here)|find me (?:in the morning|"
    r"tomorrow|dead)|(?:read|reading) (?:about me|my obituary)|never hear (?:from me|my voice) again|won't "
    r"have me to worry about|(?:drive|crash) (?:my car )?into|walk(?:ing)? into the (?:river|sea|traffic)|"
    r"want me dead|take (?:my|all my|the|everything in the) (?:pills|tablets|meds|medicine cabinet)|that'?s it "
    r"for me|that'?s the end of me|it'?s over for me|(?:don't|dont) know if "
    r"i'?ll (?:still )?be (?:here|around|alive)|not (?:going to|gonna) (?:survive|make it)|(?:scared|afraid) of what "
    r"i'?(?:ll|d|might) do|(?:don't|dont) know what (?:happens|will happen|i'?ll do))\b"
)
_IF = (
    r"\bif (?:you|he|she|they|my ex)\b[^.!?]{0,60}?\b(?:leave|left|go|block|blocks|ignore|ignores|end|"
    r"stop|don't|do not|won't|dont|doesn't|refuse|really|choose|pick|marry|get with|go back|break up|"
    r"unfollow|keep|tell|see|date|sleep with|move on|can't|cannot|never)"
)
_OR = (
    r"\b(?:answer|reply|respond|text|call|ring|pick up|talk|come|unblock|take me back|don't leave|don't "
    r"go|don't ignore|come back|come home|come over|let me see|see me|write back|tell me|speak|open the "
    r"door|stay|choose me|pick me|get back to me|message me|call me back|text me back|answer me|reply "
    r"now|respond now|get here)\b[^.!?]{0,40}?\bor\b"
)
LEVERAGE_RULES: list[Rule] = rules(_L, LEVERAGE, [
    r"\b(?:if i can't (?:have|be with|see) (?:you|him|her)|(?:keep ignoring|ignore|block|leave) me|go on,? "
    r"leave|walk away|you want me gone)\b[^.!?]{0,40}?(?:i'll|ill|i will|i'm|you'll|and|then|i)\b[^.!?]{0,20}?"
    + STAKE,
    STAKE + r"\b[^.!?]{0,25}\bif (?:you|u|he|she|they|my ex) (?:\w+ )?(?:don't|do not|dont|won't|doesn't|"
    r"leave|leaves|block|blocks|ignore|ignores|go|stop|end|break up|see|date|choose|pick|marry|can't|"
    r"never|refuse)\b",
    _IF + r"[^.!?]{0,60}?\b(?:i'll|ill|i will|i'm going to|i am going to|i'm|i am|i swear|then i|i won't|"
    r"i'd|i'll be|i go|i end|i'm taking|you'll|u'll|you will|you won't|you'd|i don't|i|because)\b"
    r"[^.!?]{0,30}?" + STAKE,
    _OR + r" (?:else )?(?:i'll|ill|i will|i'm|i am|i swear|i|you'll|u'll|you will|i'm going to)?\b"
    r"[^.!?]{0,25}?" + STAKE,
    (r"\b(?:unless|until|till|til) (?:you|he|she|they)\b[^.!?]{0,40}\b(?:i'll|ill|i will|i'm|i)\b"
    r"[^.!?]{0,20}" + STAKE + r"|" + STAKE + r"\b[^.!?]{0,30}\b(?:unless|until|till|til) (?:you|he|she|"
    r"they) (?:\w+ )?(?:answer|reply|respond|come|talk|unblock|call|text|take|let)", r"unless|until|till|til"),
    r"\b(?:on you|your fault|ur fault|you're the reason|blood on your hands|because of you|you did this|"
    r"you made me|you'll (?:be sorry|regret|have to live|feel guilty)|you will (?:be sorry|regret|feel "
    r"guilty)|live with yourself|your conscience)\b[^.!?]{0,50}\b(?:dead|die|died|death|gone|kill myself|"
    r"hurt myself|funeral|cut|suicide|end it|end my life|unalive|blood)\b",
    r"\b(?:my death|my blood|my suicide|if i die|if i kill myself|if anything happens to me|when i'?m "
    r"(?:dead|gone)|when they find me|what i did to myself)\b[^.!?]{0,40}\b(?:on you|your fault|ur fault|"
    r"because of you|it was you|you did this|on your (?:hands|conscience)|you'll (?:regret|be sorry|know "
    r"why)|remember (?:you|this)|live with yourself|know (?:what|why) you|to blame)",
    r"\b(?:do you|you) want me (?:dead|to die|to kill myself|to hurt myself)\b|\bif you (?:really )?"
    r"(?:loved|cared)\b[^.!?]{0,40}" + STAKE,
    r"\b(?:i'll|ill|i will|i'm going to) (?:send you|show you|tell everyone)\b[^.!?]{0,30}\b(?:what i "
    r"did to myself|(?:it|i) was because of you|pictures? of (?:my|what))",
    r"\b(?:don't (?:you )?(?:dare )?ignore me|answer me|reply|pick up|call me|text me back)\b[^.!?]{0,20}"
    r"\b(?:i'll|ill|i will) (?:do it|do something)\b|"
    r"\bif (?:you|u) (?:go|leave|end this),? (?:i go|i end me|i'm gone|i'm done)\b|\b(?:keep ignoring|"
    r"ignore) me\b[^.!?]{0,20}\b(?:see what|what i do to myself|what happens to me)",
    r"\b(?:i'll|ill|i will|i'm going to) (?:keep )?(?:hurting|cutting|starving|hurt|cut|starve)\b"
    r"[^.!?]{0,25}\b(?:until|till|til|unless) (?:you|u|he|she)\b",
    r"\b(?:you'll|you will|you'd|u'll|you're going to) (?:\w+ ){0,2}?(?:find me (?:dead|gone)|never see "
    r"me (?:alive|again)|regret (?:it|this|ignoring me) when i'?m (?:dead|gone)|be sorry when i'?m "
    r"(?:dead|gone)|feel guilty (?:forever )?when i'?m (?:dead|gone))",
])
# Said less plainly, so the model must agree: a risk to the writer's body held until the other
# person replies ("i'm not eating until you talk to me"), a reckless act as the answer to
# silence ("guess i'll go drive really fast with no seatbelt then"), or being in the news.
LEVERAGE_RULES += rules(_L, LEVERAGE, [
    r"\b(?:not (?:eating|sleeping|taking my (?:meds|medication|pills|insulin))|stop(?:ping)? (?:eating|taking my "
    r"(?:meds|medication|pills|insulin))|starv\w*|drink(?:ing)?|skip(?:ping)? my (?:meds|medication|insulin)|"
    r"driv\w*|cutting|hurting myself)\b[^.!?]{0,30}\b(?:until|unless|till|til) (?:you|u)\b",
    r"\b(?:drive|driving|go|going)\b[^.!?]{0,25}\b(?:no|without (?:a|my)) seat ?belt\b|\b(?:no|without (?:a|my)) "
    r"seat ?belt\b[^.!?]{0,15}\b(?:then|tonight|see|fast)\b",
    r"\b(?:read|reading|hear|hearing|see|seeing|find out) about me (?:in|on) the news\b",
    r"\bif (?:this|we|it|us|you and me) (?:is |are |'s |'re )?(?:over|done|finished)\b,? (?:then )?so am i\b|\bif "
    r"(?:you|u) (?:don't|dont|won't|do not|never)\b[^.!?]{0,30}\b(?:i'll|ill|i will) know what to do\b",
    _IF + r"\b[^.!?]{0,10}?\bthat'?s (?:it|the end) for me\b",
    r"\b(?:on you|your fault|ur fault|live with (?:it|that|yourself)|on your conscience)\b[^.!?]{0,15}\bif (?:something|"
    r"anything) (?:bad )?(?:happens|happened) to me\b|\bremember (?:this|that|me|what you did|this conversation)\b"
    r"[^.!?]{0,25}\bwhen i'?m (?:gone|dead|not here|in the ground)\b|\b(?:could have|could've) saved me\b",
    r"\bif i'?m (?:not here|gone|dead|not around)(?: any ?more)?\b[^.!?]{0,20}\byou'?ll (?:finally )?(?:feel|notice|"
    r"care|understand|see|miss|regret|know)\b|\b(?:hear (?:from|about) me|see me) or (?:from )?(?:anyone|anybody) "
    r"about me\b|\bor (?:anyone|anybody) about me\b",
    r"\b(?:hope (?:you'?re|ur|you are) happy|are you happy now|you'?ll be happy|happy now)\b[^.!?]{0,20}\b(?:when|"
    r"once|now that) i'?m (?:not here|gone|dead|not around)\b",
    # veiled, in a message: you keep me alive; you'll get the call; you'll see
    r"\b(?:you'?re|you are|ur) the (?:only|last) (?:thing|one|reason|person)\b[^.!?]{0,15}\b(?:keeping me (?:alive|"
    r"going|breathing|here)|stopping me|i'?m still here|i have to stay|to stay)\b|\b(?:all|the only thing) (?:that'?s|"
    r"that is|thats) keeping me (?:alive|breathing|going|here)\b",
    r"\b(?:you'?ll|you will|you'?d) (?:get|receive|hear) (?:a|the) (?:call|news|phone call)\b|\bwhen (?:you get|they "
    r"call|they tell|you hear)\b[^.!?]{0,20}\b(?:the call|what happened|about me|what i did)\b|\b(?:at|standing at|"
    r"by|over) my (?:grave|funeral|coffin)\b|\bexplain to my (?:mum|mom|family|parents|kids|dad|sister) why\b",
    r"\b(?:you'?ll|you will) see what (?:happens|i do|i'?ll do|you'?ve done)\b|\bwatch what i do\b|\b(?:you|u) "
    r"(?:don't|dont|won't) (?:reply|answer|call|come),? i (?:don't|won't) wake up\b|\btalk me out of it\b|"
    r"\bwon't get another chance\b[^.!?]{0,20}\b(?:goodbye|say|see me)\b|\bsay goodbye to me\b",
    r"\b(?:when|once|after) (?:they|you|someone|the police) (?:find|pull|fish|drag|cut) me\b[^.!?]{0,40}\b(?:you did "
    r"this|remember|your fault|on you|you'll)\b|\b(?:won't|never|will not) have to (?:worry about|deal with|hear "
    r"from|talk to|see|put up with) me (?:ever )?again\b|\bmake sure you never have to\b",
    r"\b(?:one more|another) (?:day|night|hour|week|minute) (?:of (?:silence|this|being ignored|you ignoring "
    r"me)|without (?:you|a reply|an answer))\b[^.!?]{0,25}" + STAKE + r"|\b(?:one word|one text|a text|a "
    r"reply|one call|a call) from you and i'?(?:ll| will) (?:put|stop|step|get)\b",
    r"\b(?:bleeding|pills|bridge|roof|edge|knife|blade|razor)\b[^.!?]{0,40}\b(?:your (?:choice|call|move|"
    r"decision)|up to you)\b",
], strong=False, negatable=False)
