"""What only sounds like danger: the guards that overrule a pattern's match or the model.

Talk about a film, book, song or game; a hurt told in the past by someone safe now; a joke
marker on an idiom ("lol i'm dead"); a negation just before the words ("i'm not going to hurt
him"); a third person as the subject ("he wants to die"); ordinary things that "die" or get
"cut"; ending a relationship, not a life. Each guard reads the normalised text (see
``pacer.words.ngram_model.normalise``).
"""

from __future__ import annotations

import re

from pacer.words.safety_rules import Lazy, Rule, expand

# Talk about a film, book, song or game: its words are not the writer's own.
MEDIA = Lazy(expand(
    r"(?<!me in )(?<!me on )(?<!\bme )(?<!after )(?<!before )(?<!during )\b(?:the|this|that|a|an|my|his|her|their|fav\w*|new|last|next|one|in|sad|whole|old|every)"
    r" (?:\w+ )?(?:song|songs|film|films|movie|movies|book|books|novel|novels|show(?! up\b)|shows(?! up\b)|series|"
    r"episodes?|ep|season|finale|characters?|album|lyric|lyrics|poem|poems|play|musical|anime|manga|"
    r"kdrama|drama|documentary|doc|podcast|article|essay|thesis|chapter|villain|protagonist|game|"
    r"games|level|boss|boss fight|audiobook|memoir|plot|scene|trailer|playlist|thriller|"
    r"tragedy|opera|short story|news|youtuber|tiktok|video|reel|meme|horror|speech|soliloquy|monologue)\b"
    r"|\b(?:the|this|that|a|an|sad|short|true|love|ghost|bedtime|whole) (?:\w+ )?(?:story|stories)\b"
    r"|\b(?:watching|watched|rewatching|reading|read|listening to|finished|sang|singing|streaming|"
    r"playing) (?:\w+ ){0,2}?(?:\"|about(?! (?:me|how|ways|methods|what happens))|a |the |that )"
    r"|\b(?:talked|talking|learned|learning|lecture|class|course|training|presentation|webinar|workshop|"
    r"assembly|module|seminar) (?:\w+ ){0,3}?(?:about|on) (?:suicide|self harm|domestic|stalking|abuse|overdos\w*)\b"
    r"|\b(?:mental health|awareness|prevention) (?:week|month|day|training|class|campaign)\b|\bfirst aid\b"
    r"|\b(?:in (?:minecraft|fortnite|elden ring|the game|the book|the film|the movie|the show|class|"
    r"english|psych|school))\b|\b(?:suicide|self harm) (?:prevention|awareness|squad|rates?|hotline|"
    r"statistics|in teen|scene)\b|\b13 reasons why\b|\bmain character\b|\btrigger warning\b"
))
QUOTED = Lazy(r"\"[^\"\n]{0,200}\"")

# Safe now, whatever the tense: "glad i'm still here", "grateful to be alive".
ALIVE_AND_GLAD = Lazy(
    r"\bsurvivor\b|\b(?:my|in) recovery\b|\brecover(?:ing|ed) from\b|\b(?:\d+|one|two|three|six) (?:days?|weeks?|"
    r"months?|years?) (?:clean|free|sober)\b|\b(?:threw|thrown|gave|handed|flushed) (?:away |out |over )?(?:the|my|"
    r"all the|all my) (?:pills|blades?|razors?|rope)\b|\bi have (?:support|help|a therapist|people)\b|"
    r"\b(?:glad|grateful|thankful|happy|proud) (?:i'?m|i am|to be|that i'?m|i'?m still|to still be) "
    r"(?:still )?(?:here|alive|around)\b|\bi love (?:my life|being alive)\b|\bin love with (?:my )?life\b|\b(?:love|loving) my life "
    r"now\b"
)
# A third person is the subject: "he wants to die" is not the writer's own wish.
THIRD_PERSON = Lazy(
    r"\b(?:he|she|they|character|guy|girl|man|woman|friend|brother|sister|mum|mom|dad|ex|"
    r"(?!(?:there|that|it|what|here|where|how|life|everything|nothing)'s)\w+'s)(?: \w+){0,2}\s*$"
)

# Told in the past, by someone safe now.
PAST = Lazy(expand(
    r"\bi know what it'?s like to\b|\blast time\b(?= [^.!?\n]{0,40}\bthis time\b)|\b(?:years?|yrs?|decades?) ago\b|\bused to\b|\bback (?:then|when|in (?:the day|school|college|uni|high school|(?:19|20)\d\d))\b|\bwhen i was (?:\d+|young|"
    r"younger|little|a (?:kid|teen|teenager|child)|in (?:high )?school|in (?:college|uni|university))\b|"
    r"\bas a (?:teen|teenager|kid|child)\b|\bin (?:19|20)\d\d\b|\b(?:last|that|one) (?:year|spring|summer|autumn|fall|"
    r"winter|christmas)\b|\bremember when\b|\bi remember (?:wanting|sitting|being|feeling|thinking)\b|\b(?:read|"
    r"reading|look|looking) back\b|\bthe early (?:pages|entries|days|months)\b|\b(?:at|in) (?:my|the) worst(?: of it)?\b|"
    r"\bmy (?:teenage years|teens|twenties)\b|\bonce\b(?! (?:i'?m|i am|i'?ve|i'?ll|i|you|he|she|they|it'?s|everyone|we)\b)|"
    r"\b(?:during|in) (?:high school|college|uni|my twenties|my teens)\b|\b(?:\d+|one|two|three|four|five|a few|"
    r"several|many) (?:summers|winters|springs|autumns|christmases) ago\b|\b(?:\d+|one|two|three|four|"
    r"five|six|ten|many|few|several) (?:years?|yrs?|months?) (?:ago|clean|free|sober|since|later)\b|"
    r"\b(?:years?|months?) (?:clean|free|sober)\b|\bclean (?:for|since)\b|\bthe old (?:me|thoughts|"
    r"urges|version)\b|\bold me\b|\bnew me\b|\bno longer\b(?! (?:wish|want|care|see|have (?:a|any) (?:reason|will)))|\bnot any ?more\b|\bi (?:don't|do not) (?:do "
    r"that|think about (?:it|that|dying|death|suicide|it much)|cut|self harm|hurt myself|feel that way|"
    r"need them|need it)(?: \w+){0,2} any ?more\b|\bthe version of me\b|\bback in the day\b|"
    r"\bafter my (?:attempt|last breakup|divorce)\b|\bsince my attempt\b|\bthe night i almost\b|"
    r"\bmy old (?:diary|journal|notebook|notes|posts|self|scars)\b|\bwhen i was younger\b|"
    r"\bat (?:age )?\d{1,2}\b(?! ?(?:am|pm|o'clock|:))"
))
SAFE_NOW = Lazy(expand(
    r"\bi'?m (?:so |really |very |now |still |so much |much |a lot |way )?(?:safe|okay|ok|fine|good|glad|grateful|thankful|proud|"
    r"alive|still here|doing (?:well|better|great|good|okay|ok|so much better)|happy|better|in recovery|"
    r"recovering|clean|a survivor|a nurse|remarried)\b|\bi survived\b|\bsurvivor\b|\bgrateful\b|\bglad"
    r" (?:i'?m|to be|i (?:stayed|didn't|got|never|made))\b|\bproud\b|\b(?:days?|months?|years?) "
    r"(?:clean|free|sober)\b|\bharm free\b|\bgot (?:help|better|out)\b|\b(?:therapy|counselling|my therapist|talking|meds|medication|treatment) "
    r"(?:has )?helped\b|\bdidn't "
    r"act\b|\bsafety plan\b|\bfeeling (?:safer|better|okay|ok)\b|\bstill here\b|\bsaved my life\b|"
    r"\b(?:thoughts?|urges?|it|they) passed\b|\bcame and went\b|\bthe scars\b|\bmy scars\b|\bcelebrat\w+\b|\bhealed\b|\bhopeful\b|\bit gets "
    r"better\b|\bcan get better\b|\bi made it\b|\bi left (?:him|her|them|my ex|that relationship|the relationship)\b|\bgot through\b|\bi'?m not that\b|\bgone now\b"
    r"|\b(?:i|i've|i have) stopped\b(?! (?:existing|breathing|living|being)\b)|\b(?:thoughts?|urges?|feelings?|"
    r"cutting|self harm|it|they) (?:have |has )?stopped\b|\bnow i (?:have(?! no\b| nothing\b| nobody\b)|volunteer|help|want to see|know)\b|\bthey'?re gone\b|"
    r"\bi love my life\b|\bnever again\b"
    r"|\b(?:scars?|marks)\b[^.!?]{0,40}\b(?:faded?|fading|faint|old|white|silver|healed|a long time ago|years ago|part of "
    r"my story)\b|\b(?:days?|weeks?|months?|years?) since (?:i |my )?(?:last|i last)\b|\bclean from \w+(?: \w+)? for\b|"
    r"\b(?:sh|self harm|cutting|harm) free\b|\bhaven'?t (?:acted on|done) (?:it|one|them|that)\b|\bno self harm\b"
))
CURRENT = Lazy(expand(
    r"(?<!never )\bagain\b|\btonight\b(?! (?:was|has been|is) (?:hard|rough|tough|bad|a struggle))|\bright now\b|"
    r"\blast night\b|\byesterday\b|\bthis (?:week|morning)\b|\b(?:a )?(?:few|couple|couple of|\d+|two|"
    r"three) days? ago\b|\b(?<!used to )(?<!didn't )(?<!never )i (?:still )?(?:want|wanna|need|'m going|"
    r"am going|'m about|am about|feel like|can't stop|keep)\b|\bi'?m (?:going|about) to\b|\bnot sorry\b|"
    r"\bdo it again\b|\bwant to relapse\b|\brelapsed\b(?![^.!?\n]{0,40}\b(?:once|last (?:year|spring|"
    r"summer|winter|autumn)|years? ago|months ago))|\bi'?m (?:not okay|not ok|not safe|struggling|scared)\b|"
    r"\b(?:i'll|i will)\b(?! be (?:okay|ok|fine|alright))|\bi still (?:do|feel (?:that|it|like that|the same))\b"
))
# "...but i'm okay": a hard moment told by someone who came through it
CAME_THROUGH = Lazy(
    r"\b(?:but|and|so|then)\b[^.!?\n]{0,60}\b(?:i'?m (?:okay|ok|safe|fine|alright|still here)|i used my|i didn't "
    r"(?:act|do it|cut|hurt)|i called|i reached out|i rang|i talked to|it passed|(?:the )?(?:thoughts?|urges?|"
    r"feelings?|they|it) (?:passed|went away|eased)|let it pass)\b|\bsafety plan (?:worked|helped)\b"
)
WANTS_NOW = Lazy(
    r"\b(?<!used to )(?<!didn't )(?<!never )i (?:still )?(?:want|wanna|need|'m going|am going|'m about|"
    r"am about|feel like|can't stop|will|'ll)\b"
)
# Words without which the model alone does not raise a finding: being dead or gone, harm,
# means, threat, fear, finality, a burden. Ordinary sadness ("i keep thinking about what i did
# wrong") rarely has one.
RISK = Lazy(expand(
    r"\b(?:di(?:e|ed|es)|dying|dead|death|suicid\w*|unaliv\w*|kill\w*|k[i1!*]ll\w*|end(?:ing|ed|s)?|"
    r"alive|live|living|life|exist\w*|gone|goodbyes?|forever|permanent\w*|for good|wake|waking|asleep|"
    r"sleep|heaven|funeral|grave|ground|last|over|done|away|out|disappear\w*|vanish\w*|leave|leaving|"
    r"burden|better off|without me|point|reason|worth|give up|giving up|let go|peace|tired of|<pills>|"
    r"(?:be|still|stay|being|not) here|river|lake|sea|ocean|platform|tracks|railway|train|cliffs?|motorway|"
    r"traffic|stairs|poison\w*|acid|drink|"
    r"pills?|bottle|bridge|roof|edge|ledge|jump\w*|rope|noose|gun|knife|knives|blade|razor|cut\w*|burn\w*|"
    r"hurt\w*|harm\w*|bleed\w*|blood|scars?|hit|hits|punch\w*|chok\w*|strangl\w*|beat\w*|slap\w*|"
    r"kick\w*|stab\w*|shoot|shot|threat\w*|scared|afraid|terrified|safe|danger|follow\w*|stalk\w*|"
    r"outside|door|window|track\w*|locked|hiding|pay|regret|sorry|fault|note|letters?|plan\w*|ready|"
    r"tonight|anymore|no more|nobody|no one|everyone|smash\w*|slash\w*|key|torch|fire|wreck|destroy\w*)\b"
))
LAUGH = Lazy(expand(r"<laugh>"))
# ... unless the writer says they mean it
SERIOUS = Lazy(r"\b(?:not (?:even )?(?:joking|kidding)|no joke|i mean it|i'm serious|seriously|for real|"
                     r"not a joke|isn't a joke|not being dramatic|not in a funny way)\b")
# Disowning the words: "but i won't", "i'd never", "figuratively".
DISOWN = Lazy(
    r"\b(?:but (?:i|i'm) (?:won't|wont|will not|wouldn't|never|not going to|obviously won't|"
    r"obviously not|not actually|would never)|i(?:'d| would) never (?:actually )?(?:do|hurt|touch|"
    r"act)|i'm not (?:going to|that person|actually going)|not that i (?:would|will)|obviously "
    r"(?:not|won't|i won't)|figuratively|not literally|if it were legal|i won't actually|i'm not gonna "
    r"do anything|i'm not going to do anything|emotionally,? i'd never|not really)\b"
)
NEGATED = Lazy(
    r"(?:\b(?:not(?! (?:joking|kidding|lying|exaggerating|being dramatic))|never|no longer|don't|didn't|won't|wouldn't|haven't|hasn't|isn't|aren't|wasn't|no(?! contact)|"
    r"nor|without|would have|would've|(?<!can't )(?<!cannot )(?<!couldn't )(?<!can not )stop|stopped|quit|anti|against)(?: \w+){0,2}|"
    r"\bnot)\s*$"
)

# ending the relationship, not a life: "i want to end things with him"
_ENDING_US = Lazy(r"\b(?:end|ending|ended|finish|finishing|call) (?:it|things|this|us|the relationship|"
                        r"it all) (?:off )?with\b|\bbreak(?:ing)? up with\b|\bdump(?:ing)? (?:him|her|them)\b")
# a relationship ultimatum is pressure on them, not danger to the writer: "answer me by tonight or
# we're done", "if you don't reply i'm done with this" (the message check answers those)
ENDING_ULTIMATUM = Lazy(
    r"\b(?:or|otherwise|else|unless|if not)\b[^.!?\n]{0,25}?\b(?:we're|we are|were|this is|it's|its|i'm|im|i am|"
    r"i'll be|ill be)\s+(?:so |really |totally |completely |officially )?(?:done|over|through|finished)\b"
    r"(?! with (?:life|living|everything|it all|this world|being alive|myself))|"
    r"\b(?:i'm|im|i am) (?:so |really |totally )?done with (?:this|you|us|them|him|her|waiting|trying)\b"
    r"(?! (?:life|world))")
OWN_LIFE = Lazy(r"\b(?:life|live|living|alive|myself|kill|die|dying|dead|suicid\w*|hurt me|end it all)\b")
# a kind farewell in a message: "this is goodbye. i wish you well", "you won't have to deal with me, take care"
KIND_FAREWELL = Lazy(r"\b(?:i wish you (?:well|the best|luck|all the best)|wishing you (?:well|the best)|take care"
                     r"(?! of (?:each other|everyone|my|mum|mom|dad|the kids|the cat|the dog|him|her|them))|good "
                     r"luck|all the best|i hope you(?:'re| are)? (?:happy|well|okay|ok|doing well)|i'?m moving on|i'?ll "
                     r"(?:stop|leave you alone)|i promise(?! you)|i hope (?:you|u) (?:have|find) (?:a |the )?(?:really |very )?"
                     r"(?:good|great|happy|lovely|nice|beautiful) life|(?:give|giving) (?:you|u) (?:the |your )?space|"
                     r"(?:you|u) need(?:ed)? (?:some )?space|(?:won't|wont|will not|i'll never) (?:text|message|contact|"
                     r"bother|call|write to) (?:you|u) again|(?:last|final) (?:one|message|text|msg) from me)\b"
                     r"(?![^.!?\n]*\b(?:much longer|after tonight|soon)\b)")
# ... unless it also speaks of the writer's death: then the farewell is the warning sign (the model's
# guard; OWN_LIFE, the patterns', would not do: "i hope you have a good life" holds "life" itself)
FAREWELL_DEATH = Lazy(r"\b(?:my life|live|living|alive|myself|kill|die|dying|dead|suicid\w*|hurt me|end it all|forever|"
                      r"for good|soon|tonight|much longer|be (?:here|around)|without me|free of me|better off|"
                      r"funeral|note|letters?)\b")
# ordinary objects and games: "cut my hair", "burned the toast", "destroy him at fifa"
_ORDINARY = Lazy(
    r"\b(?:cut|dyed|trimmed|shaved|chopped|cutting|dyeing) (?:off )?my (?:hair|fringe|bangs|nails|beard)\b|"
    r"\b(?:burn\w*|burnt) (?:the |my )?(?:toast|dinner|pasta|rice|food|tongue|finger|hand on|letters|photos)\b|"
    r"\b(?:take|taking|took|treat|treating|treated) myself (?:out|to|on)\b|"
    r"\bcut (?:all |off |out )?(?:contact|ties|(?:him|her|them) (?:off|out))\b|"
    # means named in everyday use: pills for the week, the kitchen knife, the bridge to work
    r"\b(?:pills|meds|tablets|prescription|medication|vitamins)\b (?:for|with|from|in) (?:the|my|a) (?:week|trip|"
    r"holiday|pharmacy|chemist|doctor|gp|breakfast|dinner|morning|little box|box|bag)\b|\bbirth control\b|"
    r"\bvitamins\b|\b(?:picked up|pick up|collect\w*|renew\w*) (?:my |the )?(?:meds|pills|prescription)\b|"
    r"\b(?:kitchen|bread|butter|steak) knife|\bknives? (?:in|from|for) the kitchen\b|\b(?:jump|skipping) rope\b|"
    r"\b(?:took|take|taking|drove|drive|driving|walked|walk|walking|cycled|cycle|cycling|crossed|cross|crossing) "
    r"(?:over |across )?the bridge (?:to|into|instead|home|at)\b|\b(?:walked|walk|walking|hiked|hike|hiking|ran|"
    r"running) along the (?:cliffs?|coast|river|beach|canal|tracks)\b|\btook the train to\b|\bedge of the (?:table|bed|desk|bath|counter|sofa|door)\b|\bcutting (?:carbs|"
    r"sugar|back|down|costs)\b|"
    # dying of the everyday: "i'll die if i don't get coffee", "die alone", "if looks could kill"
    r"\b(?:going to|gonna|will|'ll|would) die if (?:i|we) (?:don't|do not|have to|can't)\b|\bdie alone\b|"
    r"\b(?:go|going|went|head|heading) out\b(?! (?:of (?:this|the) (?:world|life)|for good|forever|like a light))|"
    r"\b(?:coming|come|came) (?:over|round)\b(?! (?:here|to (?:my|the)))|"
    r"\bhurt me so (?:much|bad(?:ly)?)\b(?![^.!?\n]{0,25}\b(?:hit|bruis\w*|hospital|bleed\w*|broke|kick\w*))|"
    r"\bthrew (?:out|away) (?:everything|all|his|her|their|the)\b|\bmove on with my life\b|\bdone waiting\b|"
    # a bump, not a blow: "banged my head on the cupboard door" (on purpose, till it hurt: not this)
    r"\b(?:banged|bumped|knocked|smacked|whacked|stubbed|hit|cracked) my (?:head|toe|knee|elbow|shin|hip|funny bone) "
    r"(?:on|off|against) (?:the|a|my) (?:cupboard|door|table|desk|shelf|corner|doorframe|ceiling|car|bed|cabinet|"
    r"fridge|counter|bunk|stairs|step)\b(?![^.!?\n]*\b(?:on purpose|deliberately|till|until|again and again|wanted|"
    r"deserve\w*|to feel|punish\w*))|"
    # away for a while, and back: "i'm gone for the weekend" ("my roommate is away for the weekend" can be a plan)
    r"\b(?:i'm|i am|i'll be|i will be|we're|we'll be) (?:gone|away|off|out) for the (?:weekend|week|day|night|"
    r"evening|afternoon|holidays?|summer|month)\b(?![^\n]*\b(?:forever|for good|permanently|never))|"
    r"\bif looks could kill\b|\b(?:end|ending|ended|cancel\w*) (?:my|the|our) (?:subscription|contract|lease|"
    r"membership|account|plan|tenancy|streak|shift|relationship|marriage|engagement|phone)\b|\b(?:will|'ll|is going to|gonna) kill me if i\b|\bscared me to death\b|"
    r"\bwant to live (?:in|with|at|near) (?!(?:a|this) world)(?:this|my|the|our|a|his|her)\b|"
    r"\b(?:jump\w* out of my skin|the death of me|dead to me|(?:scared|bored|sick|worried|tired) to death)\b|"
    r"\bat (?:\w+ ){0,2}(?:fifa|chess|tennis|pool|darts|cards|poker|mario|golf|scrabble|monopoly|uno|trivia|"
    r"karaoke|football|basketball|squash|padel|badminton|bowling|quiz)\b")
_NOW = Lazy(r"\bi (?:really |just |honestly |still |actually )?(?:want|wanna|need|'m going|am going|"
                  r"'m ready|'m about|am about|'m thinking|'m planning|'m suicidal|am suicidal|'m cutting|"
                  r"feel like)\b")
_PAST_VERB = Lazy(r"\b(?:tried|attempted|wanted|was|were|used to|had|did|thought|felt|went|stood|"
                        r"wrote|took|relapsed|came|survived|cut|burned|hurt|left|stopped|gave|lived|hit|beat)\b")
# things that "die", "are killing me" or "cut": "my phone is about to die"
_THING_SUBJECT = Lazy(r"\b(?:phone|fone|battery|laptop|car|plants?|wifi|headphones|earbuds|airpods|"
                            r"charger|tv|computer|printer|tablet|ipad|watch|remote|bike|engine|kindle|pc|"
                            r"console|hours|budget|class|lecture|caffeine|sugar)\b")


# Everyday life in the words of a warning sign: a goodbye before a move or a new job, pills
# counted for the week or at work, money saved up, a tool's blades, a scare that turned out to
# be a flatmate, a meeting at a gig. Overrules the indirect and danger patterns and the model.
ROUTINE = Lazy(expand(
    r"\b(?:said|saying|say|says) (?:goodbye|bye|goodbyes|byes)\b[^.!?]{0,60}\b(?:mov(?:e|ed|ing) (?:abroad|away|"
    r"house|flat|out|to|back|cities)|abroad|emigrat\w*|new job|leaving (?:do|drinks|party)|farewell (?:do|drinks|"
    r"party)|last day (?:at|of) (?:work|the job|uni|school|term)|airport|flight|holiday|(?:the|my) (?:office|team))\b|"
    r"\bfarewell (?:drinks|party|do)\b|"
    r"\b(?:count\w*|sort\w*) (?:out )?(?:(?:my|her|his|their|the|\w+'s) ){0,2}<pills>\b[^.!?]{0,40}\b(?:week|organi[sz]er|dosette|box|nurse|pharmac\w*|at work|care home|"
    r"remember|forgot|forget)\b|\bpharmac(?:y|ist)\b[^.!?]{0,30}\b(?:life|tech|counter|shift|job|work)\b|"
    r"\bdrug round\b|\b(?:i'?m|as) a (?:nurse|pharmacist|carer|vet|paramedic|doctor)\b|"
    r"\b(?:saved|saving) (?:up )?(?:for|to buy|towards)\b|\benough money\b|\b(?:got|have|i've got) "
    r"enough (?:money|for (?:a|the|my) (?:deposit|trip|holiday|car|flat|ticket))\b|"
    r"\b(?:knife|knives|blade) sharpener\b|\b(?:craft|stanley|utility|bread|kitchen|pen|pocket) knife\b|"
    r"\b(?:blender|mower|lawnmower|lawn mower|wiper|skates?|saw|fan|food processor) blades?\b|"
    r"\bblades? (?:on|of|for) (?:the|my) (?:mower|lawnmower|blender|skates|car)\b|"
    r"\b(?:it was|it's) (?:my|a|an|the|our) (?:\w+ ){0,2}?(?:flatmate|roommate|housemate|neighbou?r|delivery|driver|"
    r"postman|courier|cat|dog|uber|taxi|parcel|wrong number)\b|\b(?:it was (?:just|only)|it's (?:just|only)|turns out"
    r"(?: it was)?|turned out (?:it was|to be)) (?:just |only )?(?:my|a|an|the|our|her|his) (?:\w+ ){0,2}?(?:flatmate|"
    r"roommate|housemate|neighbou?r|friend|mum|mom|dad|brother|sister|delivery|driver|postman|courier|cat|dog|"
    r"landlord|uber|taxi|cousin|kid|son|daughter|parcel|wrong number)\b|\bfalse alarm\b|"
    r"\bfind (?:me|us) (?:at|in) (?:the|a) (?:concert|festival|party|gig|club|pub|bar|airport|station|match|game|"
    r"wedding|crowd)\b"
))
# Help given or asked for someone else, in the voice of advice: "if you are thinking about harming
# yourself, call your local emergency number", "my friend said she wants to die, so we called a
# helpline" (pacer's own support words read this way).
HELP_VOICE = Lazy(
    r"\bif (?:you|you're|you are|u|someone|somebody|anyone|a friend|your friend|they|he|she)\b[^.!?\n]{0,40}?"
    r"\b(?:thinking|feeling|feel|having|struggling|considering|tempted|urges?|thoughts|want(?:s|ing)? to|"
    r"(?:might not|may not|don't) feel safe|might not be safe|unsafe)\b|"
    r"\b(?:call|ring|phone|text|contact|reach out to|talk to|speak to|go to|visit|called|rang|took (?:her|him|"
    r"them) to)\b (?:a |your |the |an |their |her |his )?(?:local |nearest )?(?:helpline|hotline|crisis (?:line|"
    r"team|service)|emergency (?:number|services|department|room)|samaritans|doctor|gp|therapist|"
    r"counsell?or|a&e|someone you trust)\b|"
    r"\byou (?:deserve (?:help|support|care)|matter|are not alone|aren't alone)\b|"
    r"\bplease (?:talk to|reach out|tell someone|get help|call)\b"
)
_OWN_VOICE = Lazy(r"\b(?:i|i'm|i've|i'll|i'd|me|my|myself)\b")
_OTHER_REFLEXIVE = Lazy(r"\b(?:yourself|yourselves|herself|himself|themselves|themself)\b")


def help_giving(window: str) -> bool:
    """Advice or help for someone else, not the writer's own crisis (no "myself" in it)."""
    if not HELP_VOICE.search(window) or "myself" in window:
        return False
    return not _OWN_VOICE.search(window) or bool(_OTHER_REFLEXIVE.search(window) or _OTHER_IN_CRISIS.search(window))


# someone else is the one struggling: "my friend told me she's been thinking about suicide"
_OTHER_IN_CRISIS = Lazy(r"\b(?:she|he|they|friend|sister|brother|mum|mom|dad|son|daughter|partner|flatmate|cousin)"
                        r"(?:'s| is| was| has been| had been| told me| said)? (?:\w+ ){0,3}?(?:thinking|talking|"
                        r"having|struggling|felt|feels|feeling|tried|wants|wanted|attempted)\b")


# things just before a "they": "your stuff is in two boxes, they're at my place"
_THINGS_BEFORE = Lazy(r"\b(?:stuff|things|boxes|bags|keys|clothes|books|parcels?|packages?|flowers|plants|presents|"
                      r"gifts|letters|photos|records|tools|shoes|belongings)\b(?:(?!\bbut\b)[^.!?\n]){0,40}$")


def overruled(rule: Rule, sentence: str, window: str, m_start: int, m_end: int) -> bool:
    """Whether a guard cancels this match (see the module docstring of ``safety_rules``)."""
    before = sentence[max(0, m_start - 30):m_start]
    if rule.negatable and NEGATED.search(before.split(",")[-1]):
        return True
    if rule.kind == "self" and help_giving(window):
        return True  # advice, or help sought for someone else
    if rule.kind == "self" and KIND_FAREWELL.search(window) and not OWN_LIFE.search(window):
        return True  # a goodbye that wishes them well and says nothing of dying
    if rule.kind == "self" and _THING_SUBJECT.search(sentence[:m_start]) and not re.search(
            r"\b(?:i|me|my ?self|i'm)\b", sentence[max(0, m_start - 12):m_end]):
        return True  # the phone, not the person
    if rule.kind == "self" and THIRD_PERSON.search(before.split(",")[-1]) and not re.search(
            r"\b(?:i|me|my|myself|i'm)\b", sentence[max(0, m_start - 15):m_end]):
        return True
    if rule.kind == "harm_others" and (re.search(r"\b(?:never|not|n't|won't)\b", sentence[m_start:m_end])
                                       or DISOWN.search(window)):
        return True
    if rule.kind in ("danger", "harm_others") and re.search(
            r"\b(?:feels?|felt|feeling|like|as if|as though)\b(?: \w+){0,3} *$", before):
        return True  # a simile: "it feels like someone stabbed me"
    if rule.kind == "danger" and re.match(r"they(?:'re| are)\b", sentence[m_start:m_end]) and \
            _THINGS_BEFORE.search(sentence[:m_start]):
        return True  # "i've packed your stuff into boxes, they're at my place": things, not people
    if (rule.jokeable or rule.kind == "harm_others") and ((LAUGH.search(sentence) and not SERIOUS.search(window))
                          or DISOWN.search(sentence)):
        return True
    if MEDIA.search(sentence):
        quoted = any(q.start() <= m_start < q.end() for q in QUOTED.finditer(sentence))
        if quoted or not _NOW.search(sentence[max(0, m_start - 40):m_end]):
            return True
    if rule.pastable and told_as_past(sentence, window):
        return True
    return rule.kind in ("self", "danger") and bool(ROUTINE.search(window))


def told_as_past(sentence: str, window: str) -> bool:
    """Whether the words are told as past by someone safe now. The sentence speaks first ("i
    tried to end it 3 years ago, i love my life now" is past whatever the next sentence says),
    unless a neighbour brings it back ("... i'm thinking about it again"); a sentence in the
    past tense that does not say when is read with its neighbours ("two years ago things were
    bad. i tried to end it."), one in the present is not ("... i know where he keeps his gun")."""
    own = _past_or_present(sentence, sentence)
    if own is None and not _PAST_VERB.search(sentence):
        return False  # said in the present: a neighbour's past does not make it past
    if own is None or (own and window != sentence and _RELAPSE.search(window.replace(sentence, " "))):
        return bool(_past_or_present(window, sentence))
    return own


def _past_or_present(text: str, sentence: str) -> bool | None:
    """True if ``text`` tells of a past by someone safe now, False if it speaks of now, None if unsaid."""
    if CAME_THROUGH.search(text) and not WANTS_NOW.search(text):
        return True
    if CURRENT.search(text):
        return False
    if ALIVE_AND_GLAD.search(text) or PAST.search(text):
        return True
    if SAFE_NOW.search(text) and _PAST_VERB.search(sentence):
        return True
    return None


# a neighbour sentence that brings the past back
_RELAPSE = Lazy(r"\bi(?:'m| am|'ve| have)? (?:\w+ )?(?:again|still)\b|\b(?:do|doing|did) it again\b|\b(?:thinking|"
                r"thought|think) (?:about|of) (?:it|doing it) again\b|\bstarted again\b|\brelaps\w*|\bback to "
                r"(?:cutting|hurting|wanting|those thoughts)\b")


def guarded(piece: str, context: str | None = None) -> bool:
    """Whether the model's view of ``piece`` is overruled: a joke, a film, a past told safely, help
    for someone else. ``context`` (the words around it, default ``piece``) tells the past."""
    context = piece if context is None else context
    if LAUGH.search(piece) and not SERIOUS.search(piece):
        return True
    if MEDIA.search(piece) or DISOWN.search(piece) or _ENDING_US.search(piece) or _ORDINARY.search(piece) \
            or ROUTINE.search(piece):
        return True
    if ENDING_ULTIMATUM.search(piece) and not OWN_LIFE.search(piece):
        return True
    if KIND_FAREWELL.search(piece) and not FAREWELL_DEATH.search(context):
        return True  # "this is the last one from me. i hope you have a good life": an ending, kindly
    return help_giving(context) or told_as_past(piece, context)
