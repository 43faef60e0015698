"""Check a reach-out message for things that tend to push a quiet person further away.

Pure and stdlib-only. Two judges, each for what it does best:

* rules: plain regular expressions over a normalised, lower-case copy of the text (curly
  apostrophes straightened, texting shorthand such as "dont", "u", "rn" expanded), with
  placeholders such as ``<your>`` expanded from ``_TOKENS`` when compiled. They carry the
  high-stakes findings (threats, exposure, ways round a block, self-harm as leverage) and the
  well-understood ones; the newer rules live in ``pacer.words.message_rules``.
* a small linear model over word and character n-grams (``pacer.words.ngram_model``, weights
  in ``pacer/words/models/messages.json``, trained from ``tests/corpus/messages.tsv``) for
  wording no list of phrases foresees, and as a backstop for the rules.

Surface features (shouting, stacked questions, length) are counted directly.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pacer import words
from pacer.words import message_rules
from pacer.words.ngram_model import Evidence, LinearModel
from pacer.words.regex_cache import compile_all

# A short note is what fits in one chat bubble on a phone without scrolling: about three
# short sentences, some 50 words, a tweet. pacer's own reach-out templates sit well under
# it. A message past it has usually stopped being "once, briefly and calmly" and become a
# letter the other person feels they have to answer.
MAX_CHARS = 280

# Only this much is read for wording. Anything longer is already some 70 short notes long
# and gets "too_long" regardless; the cap keeps the check instant on pasted walls of text.
SCAN_LIMIT = 20_000


@dataclass(frozen=True)
class Finding:
    """One reason a message may push the person away, with a kinder alternative.

    ``span`` is the words of the draft that raised it, exactly as written (None when the
    whole draft did, as with length).
    """

    code: str
    message: str
    span: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"code": self.code, "message": self.message, "span": self.span}


# One entry per code: why it may push the person away, and an "I" statement to try instead.
_ADVICE_TEXT = """
[ultimatum] A deadline or an "or else" turns an open door into pressure, and pressure tends to make
a quiet person quieter. How long you wait is yours to decide; it need not be in the message. Try an
"I" statement: "I'd like to talk when you're ready, and I'm here."
[threat] This can read as a threat, even when it comes from hurt, and it is likely to frighten them
or close the door. Try naming the hurt instead: "I'm hurting, and I'd like to talk when you're
ready."
[self_harm] It sounds like you are carrying a lot of pain, and that matters. Please reach out to
someone who can be with you in it: a person you trust, a counsellor or a crisis helpline (or your
local emergency number if you are in danger). Putting your safety in their hands through a message
rarely brings the closeness you hope for. If you write, "I'm having a hard time, and I'm getting
support" is enough.
[accusation] Labels and "you always / you never" make people defend themselves rather than open up,
and you know only your side of their silence. Try saying what you feel: "I felt hurt when I didn't
hear from you."
[guilt] Reminding them what you gave, or saying you don't matter, lands as guilt, and guilt pushes
people away. Your feelings are real; say them plainly: "I miss you, and I'd like to talk."
[jealousy] Mentioning someone else to get a reaction is a game, and it costs trust on both sides.
Try saying what is true for you: "I miss talking with you."
[third_party] Bringing in their friends, family or workplace can feel like being cornered, and it
takes away their choice to come to you. Keep it between you two: "I'm reaching out to you directly."
[demand] Telling someone they must answer, explain or call makes silence feel safer to them; a reply
can be invited, not required. Try: "I'd really like to hear from you, whenever you're ready."
[repeated_questions] Several questions, or stacked question marks, can feel like an interrogation.
One gentle question is plenty. Try: "I hope you're okay. I'm here if you want to talk."
[shouting] Capitals and runs of exclamation marks read as shouting, even when you mean hurt. A calm
message is easier to answer. Try: "I'm really upset, and I'd like to talk when you're ready."
[too_long] This is much longer than a short note (over MAX_CHARS characters): heavy to open, hard to
answer, and the main point gets lost. Say the one thing that matters most in two or three
sentences: "I miss you, and I'm here when you're ready."
"""
_ADVICE: dict[str, str] = {
    code: " ".join(text.split()).replace("MAX_CHARS", str(MAX_CHARS))
    for code, text in re.findall(r"^\[(\w+)\] (.*?)(?=^\[|\Z)", _ADVICE_TEXT + message_rules.ADVICE_TEXT,
                                 re.M | re.S)
}

# Most important first: the findings are returned in this order.
CODES: tuple[str, ...] = (
    "self_harm", "threat", "exposure", "block_evasion", "ultimatum", "demand", "accusation", "guilt",
    "sarcasm", "begging", "interrogation", "love_bombing", "jealousy", "third_party",
    "repeated_questions", "shouting", "too_long",
)
assert set(CODES) == set(_ADVICE), "every code has its advice"

# The safety check (pacer.words.safety) answers first when a draft signals danger; its
# finding, code "safety", goes before all of these. ``ORDER`` is the full order.
SAFETY = "safety"
ORDER: tuple[str, ...] = (SAFETY, *CODES)

MODES = (None, "wait", "no-contact")

# Texting shorthand and long forms -> the one spelling the rules are written for ("_" = space).
_SHORTHAND = {k.replace("_", " "): v.replace("_", " ") for k, v in (pair.split("=") for pair in (
    "dont=don't doesnt=doesn't didnt=didn't cant=can't wont=won't isnt=isn't arent=aren't "
    "havent=haven't hasnt=hasn't wouldnt=wouldn't couldnt=couldn't im=i'm ive=i've youre=you're "
    "youve=you've youll=you'll thats=that's whats=what's do_not=don't does_not=doesn't "
    "did_not=didn't will_not=won't cannot=can't can_not=can't could_not=couldn't "
    "have_not=haven't i_am=i'm you_are=you're we_are=we're it_is=it's that_is=that's i_will=i'll "
    "you_will=you'll i_have=i've i_would=i'd gonna=going_to wanna=want_to gotta=got_to "
    "imma=i'm_going_to i'ma=i'm_going_to u=you ya=you r=are pls=please plz=please rn=right_now "
    "tmrw=tomorrow tmr=tomorrow 2moro=tomorrow 2morrow=tomorrow tonite=tonight 2nite=tonight "
    "every1=everyone some1=someone sum1=someone cuz=because coz=because bc=because"
).split())}
_SHORTHAND_RE = re.compile(r"\b(?:" + "|".join(sorted(_SHORTHAND, key=len, reverse=True)) + r")\b")

_TOKENS = {
    "<youre>": r"(?:you're|you were|you've been)",
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
    r"wait|leave you be|give you|here|okay|ok\b|fine|happy|glad|sorry|miss|hope|think)",
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
}

# (code, negatable, patterns). A negatable match is skipped when its own clause says no to
# it first ("I don't think you're selfish", "no need to reply by tonight"). Self-harm is
# never skipped: a gentle check-in costs little.
_RULE_TABLE: list[tuple[str, bool, list[str]]] = [
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
    ]),
    ("threat", True, [
        r"\b<youll> (?:regret|be sorry|pay for|wish you)|\bwatch what happens\b",
        r"\b<ill> make (?:sure )?you (?:pay|regret|sorry|suffer)|\bwait and see what happens\b",
        r"\b<ill> (?:tell|show|text) (?:every(?:one|body)|the world|people|all (?:of )?(?:your|"
        r"our) friends)",
        r"\b<ill> (?:post|share|send|leak|forward|publish|show|release) (?:the |your |our |those "
        r"|these |all (?:the |your |our )?|some of )?(?:photos|pictures|pics|nudes|messages|"
        r"texts|screenshots|videos|chats|dms|emails|letters)",
        r"\b<ill> (?:expose|ruin|destroy|report|get back at|hunt down|come for|come after) you\b",
        r"\b(?:no idea what i'm capable of|i know where you (?:live|work)|don't make me|make your "
        r"life (?:hell|a living hell|miserable))\b",
        # turning up at their home, announced or not
        r"\b(?:<ill>|i'm) (?:(?:just|simply|probably|definitely|literally|then) )?(?:<arrive>(?: over| round| "
        r"around)? )?(?:to|at|outside|by|in front "
        r"of|on|near) <your> (?:place|house|flat|apartment|home|door|doorstep|building|car)",
        r"\b(?:<ill> come|i'm coming) (?:over|round|around)\b",
    ]),
    ("self_harm", False, [
        r"\b(?:kill|hurt|harm|cut|end|off) (?:myself|my life|it all)\b|\bsuicid",
        r"\btake my (?:own )?life\b|\bi can't go on\b|\bbetter off (?:without me|dead)\b",
        r"\bi don't want to (?:live|be alive|exist|wake up|go on|be here any ?more)\b",
        r"\b(?:i want to|i'd rather|i'm going to|i'll|i just want to) die\b",
        r"\bwhen i'm (?:gone|dead)\b|\b(?:nothing|no reason|nobody) (?:left )?to live for\b",
        r"\b(?:do something (?:stupid|drastic) to|what i(?:'ll| might) do to) myself\b",
    ]),
    ("accusation", True, [
        r"\b<youre>\s+(?:(?!not\b|never\b)[\w']+\s+){0,3}?<adj>\b",
        r"\b(?:your|ur)\s+(?:(?:so|such|really|being|just|a|an|the|actually|honestly|literally|"
        r"truly|seriously|acting)\s+){1,3}<adj>\b",
        # "you always / you never", but not "I love how you always ..." or "you never have to"
        # what the person always / never does, when it is a complaint: "you always run away"
        r"\b(?<!how )(?<!way )(?<!hope )(?<!wish )(?<!that )you always (?:do (?:this|that|the same)|run|leave|"
        r"ignore|disappear|vanish|make (?:it|everything|this) about|make me feel (?:bad|small|stupid|like)|blame|"
        r"twist|pick|choose|put (?:yourself|your|everyone|them|work|other)|have (?:an excuse|to be right|"
        r"something)|get (?:your|what)|lie|shut|walk|bail|cancel|forget|go (?:quiet|silent|cold)|pull away|"
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
    ]),
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
        r"look what you(?:'ve| have)? done)\b|\bi sacrificed\b|\bi guess i'll just\b",
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
    ]),
    ("jealousy", True, [
        r"\b(?:i've been|i'm|i been) (?:seeing|dating|sleeping with|hooking up with) <someone>",
        r"\b(?:i've been|i'm) talking to (?:other people|someone new|a new|this (?:guy|girl|"
        r"man|woman))",
        r"\bi (?:met|found) (?:someone|somebody)\b|\bi could (?:have|get|date) (?:anyone|anybody|"
        r"someone better)\b|\bi(?:'ve got|'ve| got) (?:other |plenty of )?options\b",
        r"\b(?:someone|somebody) else(?: who| that)? (?:actually |finally |really )?<likes> me\b",
        r"\b(?:some(?:one|body)|people)(?: who| that) (?:actually|finally|at least) <likes> me\b",
        r"\bother (?:people|guys|girls|men|women)(?: who| that)? (?:\w+ ){0,2}(?:appreciate|want|"
        r"interested in|like|notice|ask\w* me|hit\w* on|flirt)",
        r"\b(?:plenty|lots) of (?:people|guys|girls|men|women) (?:would|want|are|who)\b",
        r"\bha(?:d|ving) (?:a|an|the|so much) ?\w* (?:time|night|weekend)(?: out)? without you\b",
        r"\b<outing>[\s\S]{0,200}?\b<intent>|\b<intent>[\s\S]{0,200}?\b<outing>",
        r"\bmy new (?:girlfriend|boyfriend|partner|gf|bf|man|woman|guy|girl|lover)\b",
    ]),
    ("third_party", True, [
        r"\b(?:talk|spoke|speak|chat|reach\w* out|(?:got|get|been) in touch|went|go|complain|vent"
        r"|hear|heard)\w* (?:to|with|from) <your> <them>\b",
        r"\b(?:ask|messag|text|call|r[ai]ng|email|dm|contact|told|tell|visit)\w* <your> <them>\b(?! (?:know )?(?:i said "
        r"|i say |that )?(?:hi|hello|hey|congrat\w*|happy|merry|thanks|thank you|my (?:love|best)|best wishes|get "
        r"well|good luck|well done|i'm thinking|i was thinking|i loved?|i miss|i hope|i'm sorry|sorry)\b)",
        r"\b<your> <them> (?:would|will|'d) be (?:so |very |really )?(?:disappointed|ashamed|embarrassed|"
        r"horrified|upset with you)\b",
        r"\b(?<!let )(?<!letting )<your> <them> (?:all |both |even |already )?(?:said|says|told|tells|think|agree|know|mention|"
        r"keeps? saying|reckon|"
        r"texted me|messaged me|called me|asked me|warned me|even said)(?![^.!?\n]{0,25}\b(?:happy|birthday|bday|congrat\w*|"
        r"kind|thank|hi\b|hello|merry))",
        r"\b<arrive> (?:to|at|by|outside|in front of|near|round to|over to|into) <your> (?:work|"
        r"office|job|workplace|school|uni|college|gym|class|shift|parents|mom's|mum's|dad's)",
        r"\b(?:every(?:one|body)|(?:all (?:of )?)?our (?:mutual )?friends|(?:a )?mutual friends?) "
        r"(?:says?|said|thinks?|thought|agrees?|knows?|knew|told me|(?:keeps?|is|are) saying)",
        r"\bi (?:asked|heard from) (?:around|people|our friends|mutual friends|a mutual friend)\b|\b(?:(?:are|is|all|they're|everyone's) (?:all )?on my side|side with me|"
        r"siding with me)\b",
        r"\b(?:your|ur) (?:\w+'s )?(?:teacher|coach|doctor|pastor|therapist)\b|\bhave (?:your|ur) "
        r"<them> (?:pass|tell|give)|\b(?:your|ur) <them>(?:'s| is) (?:on (?:speaker|the phone)|here with me|with me)",
    ]),
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
    ]),
]


_ALL_TOKENS = {**_TOKENS, **message_rules.TOKENS}
_TOKEN = re.compile(r"<[a-z_]+>")


def _expand(patterns: list[str]) -> str:
    """Expand the <tokens> and join a rule's patterns into one alternation (one scan)."""
    joined = "|".join(f"(?:{p})" for p in patterns)
    for _ in range(2):  # a token may hold another (<consequence> holds <kind>)
        joined = _TOKEN.sub(lambda m: _ALL_TOKENS.get(m.group(), m.group()), joined)
    return joined


def _compile(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(_expand(patterns))


_TABLE = [(code, negatable, patterns, None) for code, negatable, patterns in _RULE_TABLE] + message_rules.RULES
_MODE_TABLE = message_rules.NO_CONTACT_RULES
_CACHE = (Path(words.__file__).parent / "__pycache__" / f"message_rules.{sys.implementation.cache_tag}.re"
          if sys.implementation.cache_tag else None)
# Compiling is most of a one-line check's time, so the compiled rules are cached (regex_cache).
_COMPILED = iter(compile_all(
    [_expand(patterns) for _, _, patterns, _ in _TABLE]
    + [_expand([unless]) for *_, unless in _TABLE if unless]
    + [_expand(patterns) for _, patterns in _MODE_TABLE],
    _CACHE,
))
_PATTERNS = [next(_COMPILED) for _ in _TABLE]
# (code, negatable, pattern, unless): ``unless`` anywhere in the draft cancels the rule.
_RULES: list[tuple[str, bool, re.Pattern[str], re.Pattern[str] | None]] = [
    (code, negatable, pattern, next(_COMPILED) if unless else None)
    for (code, negatable, _, unless), pattern in zip(_TABLE, _PATTERNS, strict=True)
]
_MODE_RULES = {"no-contact": [(code, next(_COMPILED)) for code, _ in _MODE_TABLE]}

_BOUNDARY = re.compile(r"([.!?;,:\n\u2014\u2013]|\b(?:but|and|or|then|so|because|if|unless|"
                       r"i'll)\b)")
_NEGATION = re.compile(r"\b(?:not|no|never|don't|do not|doesn't|didn't|won't|wouldn't|"
                       r"needn't|isn't|aren't|can't|cannot|nothing)\b")

# Negations that introduce a statement rather than deny it: "I can't believe you're ...",
# "I don't even know why you always ...", "no offense, you're ...", "don't you think ...".
_NOT_A_NO = re.compile(r"\b(?:don't|didn't|can't|cannot|couldn't) (?:even |really |just )?(?:believe|know "
                       r"why|understand (?:why|how)|get (?:why|how)|see why)\b|\bno offen[cs]e\b|\b(?:don't|"
                       r"didn't|won't|can't) you\b")

# "??" is often only eager ("did you see the finale??"); after a bare "hello" or "you there",
# or three and more, it is knocking.
_MANY_QUESTIONS = re.compile(r"\?{3,}|(?:^|[\s.,!?])(?:h?ello+|hey+|hi+|anyone|there|alive|you there|u there|ok|okay|"
                             r"well|and|so|why|what|seriously|really|answer|where are you|where r u)\s*\?{2}", re.I)
# Three "!" in a birthday wish is joy, not shouting.
_JOY = re.compile(r"\b(?:happy|congrat\w*|yay|woo+|proud|well done|birthday|bday|amazing|love (?:it|you|that)|"
                  r"so happy|so glad|omg|can't wait|good luck)\b", re.I)
_QUESTION = re.compile(r"\?+")
_BANG = re.compile(r"!{3,}|\?!|!\?")
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z']*[A-Z]\b")
_LETTER = re.compile(r"[A-Za-z]")
# Short all-caps words that are ordinary writing, not shouting.
_ACRONYMS = frozenset(
    "OK TV LOL LMAO OMG BTW FYI IDK TBH IMO IMHO ASAP ILY ILYSM NGL JK BRB TTYL DM DMS PM AM PS XO "
    "XOXO HBD GIF UK USA NYC LA ID GP ER ICU CV PDF ETA AKA FAQ RSVP HR IT WFH BFF IRL TMI SMH LMK "
    "HMU NP THX TY GMT UTC".split()
)


def _sub(pattern: re.Pattern[str], repl, text: str, where: list[int]) -> tuple[str, list[int]]:
    """``pattern.sub`` that also carries, for each character, where it began in the draft."""
    out: list[str] = []
    pos: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        out.append(text[last:m.start()])
        pos.extend(where[last:m.start()])
        new = repl(m) if callable(repl) else repl
        out.append(new)
        pos.extend([where[m.start()] if m.start() < len(where) else where[-1]] * len(new))
        last = m.end()
    out.append(text[last:])
    pos.extend(where[last:])
    return "".join(out), pos


_SPACES = re.compile(r"[ \t\r\f\v]{2,}|[\t\r\f\v]")  # only what changes: a single space stays
_NEWLINES = re.compile(r" ?\n[\n ]*")
_REPEATED = re.compile(r"([a-z])\1{2,}")
_APOSTROPHES = {0x2019: "'", 0x2018: "'", 0x02BC: "'", 0x2032: "'", 0x60: "'"}


def _normalise_mapped(text: str) -> tuple[str, list[int]]:
    """The normalised text, and for each of its characters the index it came from in ``text``."""
    text = text.translate(_APOSTROPHES)
    plain = text.lower()
    where = list(range(len(text)))
    if len(plain) != len(text):  # a character that lower-cases to two ("İ"): map one by one
        where = [i for i, ch in enumerate(text) for _ in ch.lower()]
    plain, where = _sub(_SPACES, " ", plain, where)
    # One newline for a run of blank lines: a rule may start after any newline, and a
    # run of thousands would make each start scan the rest of it.
    plain, where = _sub(_NEWLINES, "\n", plain, where)
    plain, where = _sub(_REPEATED, lambda m: m.group(1), plain, where)
    for _ in range(2):  # "u r" -> "you are" -> "you're"
        plain, where = _sub(_SHORTHAND_RE, lambda m: _SHORTHAND[m.group(0)], plain, where)
    return plain, where


def _normalise(text: str) -> str:
    """Lower-case, straighten apostrophes, shorten "pleeease", expand texting shorthand."""
    return _normalise_mapped(text)[0]


def _negated(text: str, start: int) -> bool:
    """True when the clause leading up to ``start`` already says no ("no need to ...").

    A negation inside an "if" clause is the condition, not a no: "if you don't, I'll ...".
    """
    *_, boundary, clause = ["", ""] + _BOUNDARY.split(text[max(0, start - 60):start])
    return boundary not in ("if", "unless") and bool(_NEGATION.search(_NOT_A_NO.sub(" ", clause)))


def _first_match(pattern: re.Pattern[str], text: str, negatable: bool) -> re.Match[str] | None:
    for m in pattern.finditer(text):
        if not negatable or not _negated(text, m.start()):
            return m
    return None


def _matches(pattern: re.Pattern[str], text: str, negatable: bool) -> bool:
    return _first_match(pattern, text, negatable) is not None


def _is_shouting(text: str) -> bool:
    return _loud_span(text) is not None


def _loud_span(text: str) -> str | None:
    """The loud part of a draft (a run of capitals, "!!!"), or None when it is calm."""
    bang = _BANG.search(text)
    if bang and bang.group().startswith("!") and _JOY.search(text):
        bang = None
    loud = [m for m in _CAPS_WORD.finditer(text) if m.group().strip("'") not in _ACRONYMS]
    for this, following in zip(loud, [*loud[1:], None], strict=False):
        word = this.group()
        between = text[this.end():following.start()] if following else "x"
        if following and not _LETTER.search(between) and max(len(word), len(following.group())) >= 3:
            return text[this.start():following.end()]  # a run of capitals: "ANSWER ME", "WHY ARE YOU"
        after = text[this.end():this.end() + 3].lstrip()[:1]
        if (len(word) >= 4 and after in ("!", "?")) or (len(word) >= 3 and text.strip(" .!?") == word):
            return word  # a lone loud word: "ANSWER!", "HELLO?", or the whole message: "WHY"
        if len(word) >= 5:
            return word  # one word raised in a calm sentence: "stop IGNORING me"
    return bang.group() if bang else None


# The model's say. A label is raised when its own probability reaches its threshold; when
# neither the rules nor any label did, "pressure" (every category pooled) reaching its
# threshold raises the likeliest label. Tuned on the dev split, never on test.
_MODEL_PATH = Path(words.__file__).parent / "models" / "messages.json"
# The model reads the start of a draft, some seven short notes: enough to judge its tone, and
# a wall of text stays quick (the rules still read up to SCAN_LIMIT).
MODEL_LIMIT = 2_000
_PRESSURE = "pressure"
_MODEL_THRESHOLD = 0.75
# per code: higher where kind drafts share the words ("blocked", "promise")
_MODEL_THRESHOLDS: dict[str, float] = {"block_evasion": 0.92, "begging": 0.93}
_PRESSURE_THRESHOLD = 0.85
# Codes the model never raises: counted directly, or (self-harm) too few and too varied
# examples to learn without false alarms ("I've been thinking about you" scored 0.6); the
# rules and the safety check carry it.
_NOT_FROM_MODEL = frozenset({"shouting", "too_long", "repeated_questions", "self_harm"})


@lru_cache(maxsize=1)
def _model() -> LinearModel:
    return LinearModel.load(_MODEL_PATH)


def _model_findings(head: str, plain: str, where: list[int], found: dict[str, str | None]) -> dict[str, str | None]:
    """Codes the model adds to ``found``, each with its span (the strongest words).

    As with the rules, a finding whose strongest words are said no to in their own clause
    ("you don't owe me an explanation") is dropped.
    """
    model = _model()
    scores = model.scores(head)
    labels = [label for label in model.labels if label != _PRESSURE and label not in _NOT_FROM_MODEL]
    raised = [label for label in labels if scores[label] >= _MODEL_THRESHOLDS.get(label, _MODEL_THRESHOLD)]
    if not raised and not found and scores.get(_PRESSURE, 0.0) >= _PRESSURE_THRESHOLD and labels:
        raised = [max(labels, key=scores.__getitem__)]
    out: dict[str, str | None] = {}
    for label in raised:
        if label in found:
            continue
        evidence = model.top_features(head, label, 4)
        if evidence and _negated(plain, bisect_left(where, evidence[0].start)):
            continue
        out[label] = _model_span(head, evidence)
    return out


def _model_span(text: str, evidence: list[Evidence]) -> str | None:
    """The words that pushed a label up most: the strongest, with its strong neighbours."""
    if not evidence:
        return None
    best = evidence[0]
    near = [ev for ev in evidence if ev.weight >= best.weight / 2 and abs(ev.start - best.start) <= 40]
    return text[min(ev.start for ev in near):max(ev.end for ev in near)]


def _span(head: str, where: list[int], match: re.Match[str]) -> str:
    """The words of the draft behind a match in its normalised copy."""
    start, end = match.start(), max(match.start(), match.end() - 1)
    while start < end and not head[where[start]].strip():
        start += 1
    return head[where[start]:where[min(end, len(where) - 1)] + 1].strip()


def check_message(text: str, mode: str | None = None) -> list[Finding]:
    """Return kind findings for a draft message, most important first; [] when it is short and calm.

    ``mode`` is the period's mode ("wait" or "no-contact"), or None: in a no-contact period
    news of a new way to reach them counts as going round the space, and the advice says so.
    """
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; choose one of: wait, no-contact")
    stripped = text.strip()
    if not stripped:
        return []
    head = stripped[:SCAN_LIMIT]
    plain, where = _normalise_mapped(head)
    found: dict[str, str | None] = {}
    for code, negatable, rule, unless in _RULES:
        if code in found or (unless is not None and unless.search(plain)):
            continue
        match = _first_match(rule, plain, negatable)
        if match is not None:
            found[code] = _span(head, where, match)
    for code, rule in _MODE_RULES.get(mode or "", []):
        match = rule.search(plain)
        if match is not None and code not in found:
            found[code] = _span(head, where, match)
    questions = _MANY_QUESTIONS.search(head) or list(_QUESTION.finditer(head))[1:2]
    if questions:
        found.setdefault("repeated_questions", (questions if isinstance(questions, re.Match) else questions[0]).group())
    if _is_shouting(head):
        found.setdefault("shouting", _loud_span(head))
    model_plain_end = bisect_left(where, MODEL_LIMIT)
    found.update(_model_findings(head[:MODEL_LIMIT], plain[:model_plain_end], where[:model_plain_end], found))
    if len(stripped) > MAX_CHARS:
        found["too_long"] = None
    return [Finding(code, _advice(code, mode), found[code]) for code in CODES if code in found]


def _advice(code: str, mode: str | None) -> str:
    if code == "block_evasion" and mode == "no-contact":
        return message_rules.BLOCK_EVASION_NO_CONTACT
    return _ADVICE[code]


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Findings from several checks (the safety check's too) in ``ORDER``, most important first."""
    rank = {code: i for i, code in enumerate(ORDER)}
    return sorted(findings, key=lambda f: rank.get(f.code, len(rank)))
