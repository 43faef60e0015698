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
_THEIR_EVENT = (r"(?:\b(?:your|ur|yr) (?:[a-z]+(?:'s|s'|s) )?(?:\w+ ){0,2}<event>\b|\b[a-z]+(?:'s|s') (?:\w+ )?<event>\b"
                r"[^.!?\n]{0,20}\b(?:on|at|is|this|next) <date>)")
# being there, or waiting for the day: "looking forward to it", "see you there", "got my outfit"
_ANTICIPATE = (r"(?:\blooking forward to (?:it|that|seeing)|\bcan't wait\b|\bsee (?:you|u) (?:there|then|on the day)\b|"
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
