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
    # the newer codes' words
    "<media>": r"(?:photos?|pics?|pictures?|nudes|videos?|vids?|screenshots?|screenies|receipts|texts|"
    r"messages|chats?|convos?|conversations?|dms|emails|voice ?notes|recordings?|letters|the thread|"
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
    r"told (?:the whole|everyone)|tattooed|wrote you a song)",
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

_TOKEN = re.compile(r"<[a-z_]+>")


def expand(patterns: list[str]) -> str:
    """Expand the <tokens> and join a rule's patterns into one alternation (one scan)."""
    joined = "|".join(f"(?:{p})" for p in patterns)
    for _ in range(2):  # a token may hold another (<consequence> holds <kind>)
        joined = _TOKEN.sub(lambda m: TOKENS.get(m.group(), m.group()), joined)
    return joined
