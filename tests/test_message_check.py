"""The message check: catches pressure and games, leaves kind short notes alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from pacer.words import message_check
from pacer.words.message_check import CODES, MAX_CHARS, Finding, check_message

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus" / "messages.tsv"

LONG_RAMBLE = (
    "I've been thinking about everything that happened between us and I wanted to "
    "write it all down properly. I know things got complicated at the end, and I "
    "know I said some things I didn't mean, and I keep going over the last few "
    "weeks in my head trying to understand where it went wrong. I remember the "
    "trip in the spring and how easy everything felt, and I wonder whether you "
    "think about it too. I'm trying to take care of myself and I'm okay most days."
)

PROBLEMS: list[tuple[str, set[str]]] = [
    # ultimatums and deadlines
    ("If you don't reply by Friday, we're done.", {"ultimatum"}),
    ("This is your last chance to explain yourself.", {"ultimatum", "demand"}),
    ("Answer me or we're done.", {"ultimatum", "demand"}),
    ("I need an answer by tonight.", {"ultimatum", "demand"}),
    ("I'm not going to wait forever, you know.", {"ultimatum"}),
    ("You have 24 hours to call me back.", {"ultimatum"}),
    ("If I don't hear from you by tomorrow I'm blocking you everywhere.", {"ultimatum"}),
    ("I’m done waiting. Tell me what’s going on by the end of the day or it’s over.", {"ultimatum"}),
    ("if u dont answer me by tmrw were done", {"ultimatum"}),
    ("You have until Sunday to decide.", {"ultimatum"}),
    ("I’m not waiting around forever for you", {"ultimatum"}),
    ("It's me or your friends, make up your mind.", {"ultimatum"}),
    ("you have 2 days to reply or I'm gone", {"ultimatum"}),
    # threats
    ("You'll regret ignoring me.", {"threat", "accusation"}),
    ("If you keep this up I'll tell everyone what you did.", {"threat"}),
    ("You’ll be sorry when you realise what you lost.", {"threat"}),
    ("I know where you live.", {"threat"}),
    ("i'll post the screenshots of our chats if you keep this up", {"threat"}),
    ("I'll show up at your place tonight if you don't answer.", {"threat", "ultimatum"}),
    ("Watch what happens if you keep ignoring me.", {"threat", "accusation"}),
    ("If you don't answer I'll tell everyone", {"threat", "ultimatum"}),
    # self-harm as leverage
    ("If you leave me I'll kill myself.", {"self_harm"}),
    ("i don't want to be here anymore if you won't talk to me", {"self_harm"}),
    ("I swear I’ll end it all if you don’t come back.", {"self_harm"}),
    ("You'd be better off without me anyway.", {"self_harm"}),
    # accusations
    ("You're so selfish.", {"accusation"}),
    ("You obviously don't care about me at all.", {"accusation"}),
    ("You never make time for me.", {"accusation"}),
    ("you always do this, you always run away", {"accusation"}),
    ("Why are you ignoring me?", {"accusation"}),
    ("I know you’ve read my messages, I can see you were online.", {"accusation"}),
    ("your so immature lol", {"accusation"}),
    ("How could you do this to me?", {"accusation"}),
    ("you’re such a coward honestly", {"accusation"}),
    ("u never listen to me anyway", {"accusation"}),
    ("You have time to post stories but you can't even reply to me.", {"accusation"}),
    ("I can see you've read my message.", {"accusation"}),
    ("Why are you doing this to me", {"accusation"}),
    ("If you really cared you would have answered by now.", {"accusation"}),
    ("you never were there for me", {"accusation"}),
    # guilt
    ("After everything I did for you, this is how you treat me?", {"guilt"}),
    ("I guess I don't matter to you anymore.", {"guilt"}),
    ("Thanks for nothing.", {"guilt"}),
    ("Hope you're happy now.", {"guilt"}),
    ("I haven't slept in days because of you.", {"guilt"}),
    ("ok fine. i guess i'll just disappear then", {"guilt"}),
    ("I'm always the one who reaches out.", {"guilt"}),
    ("Must be nice to move on like nothing happened.", {"guilt"}),
    ("it's fine. i'm used to being ignored.", {"guilt"}),
    # jealousy plays
    ("Just so you know, I've been seeing someone.", {"jealousy"}),
    ("Someone else actually appreciates me, unlike you.", {"jealousy"}),
    ("I went out with Sam last night, just thought you should know.", {"jealousy"}),
    ("Not that you care, but I had an amazing date on Saturday.", {"jealousy"}),
    ("Other guys have been asking me out, just saying 😘", {"jealousy"}),
    ("Had an amazing night out without you 💅", {"jealousy"}),
    # third parties
    ("I talked to your sister and she agrees you're being unfair.", {"third_party", "accusation"}),
    ("I'll come to your work if I have to.", {"third_party"}),
    ("Your friends said you've been out every night.", {"third_party"}),
    ("I called your mum to ask what's going on.", {"third_party"}),
    ("Maybe I should tell your boss how you treat people.", {"third_party"}),
    ("Your mom told me you’re fine, so why can’t you answer me", {"third_party", "demand"}),
    ("Everyone thinks you're being cruel.", {"third_party", "accusation"}),
    ("i asked ur best friend what's going on with you", {"third_party"}),
    ("I'll be outside your work at 5.", {"third_party"}),
    ("I'm going to call your mom if you don't answer.", {"third_party", "ultimatum"}),
    # repeated questions and shouting
    ("Hello???", {"repeated_questions"}),
    ("Where are you? Why won't you answer? What did I do?", {"repeated_questions", "demand"}),
    ("did you get my message? are you going to reply?", {"repeated_questions"}),
    ("WHY ARE YOU DOING THIS", {"shouting"}),
    ("Please just talk to me!!!", {"shouting", "demand"}),
    ("ANSWER ME.", {"shouting", "demand"}),
    ("WHERE ARE YOU?!", {"shouting"}),
    ("I NEED TO KNOW WHAT I DID WRONG", {"shouting"}),
    ("OMG WHY WONT YOU TALK TO ME", {"shouting", "demand"}),
    # demands
    ("You owe me an explanation.", {"demand"}),
    ("You need to answer me.", {"demand"}),
    ("Call me now.", {"demand"}),
    ("reply", {"demand"}),
    ("pick up the phone", {"demand"}),
    ("Stop ignoring me.", {"demand", "accusation"}),
    ("You better call me back tonight.", {"demand"}),
    ("I deserve an explanation.", {"demand"}),
    ("text me back rn", {"demand"}),
    ("i saw your story so i know ur not busy. answer me", {"demand", "accusation"}),
    # found by a review: negations that introduce, deadlines, bombarding, sharper labels
    ("I don't even know why you always do this.", {'accusation'}),
    ("I can't believe you're this selfish.", {'accusation'}),
    ("No offense you're so immature.", {'accusation'}),
    ("Don't you think you owe me at least a reply", {'demand'}),
    ('I need you to reply to me tonight.', {'demand'}),
    ('Answer me before the weekend.', {'ultimatum'}),
    ("Text me back before the weekend, or don't bother ever again.", {'ultimatum'}),
    ("I'll wait until 8 tonight and then I'm done.", {'ultimatum'}),
    ('Explain.', {'demand'}),
    ("I'll take your silence as a no.", {'ultimatum'}),
    ("I'm going to keep messaging until you answer.", {'demand'}),
    ("I'll keep calling until you pick up.", {'demand'}),
    ("I'll just show up at your place tonight then.", {'threat'}),
    ('Your mom would be so disappointed in you.', {'third_party'}),
    ('Your friends all know what you did.', {'third_party'}),
    ("Someone asked me out today. Thought you'd want to know.", {'jealousy'}),
    ("I'm at the bar with someone new, hope you're having fun.", {'jealousy'}),
    ('My new girlfriend is great, by the way.', {'jealousy'}),
    ('I hope she was worth it.', {'accusation'}),
    ("You're acting like a child.", {'accusation'}),
    ('ok so ur just gonna ignore me forever', {'accusation'}),
    ("You can't just ghost someone like that.", {'accusation'}),
    ("You should be ashamed of how you're treating me.", {'accusation'}),
    ('wow. nice to know how little I matter', {'guilt'}),
    ("It's fine, I'm used to it.", {'guilt'}),
    ('WHY', {'shouting'}),
    # issue 13: threats with no threatening word, ways round a block, sarcasm, begging,
    # sideways deadlines, interrogation, love-bombing, accusation without "always"
    ("im outside ur work rn. come down", {"threat"}),
    ("still got your spare key btw 🙂", {"threat"}),
    ("would be a shame if your new gf saw our old pics", {"exposure"}),
    ("I still have all the screenshots. just saying", {"exposure"}),
    ("made a new account since u blocked my old one", {"block_evasion"}),
    ("it's me, on my roommate's phone. please don't hang up", {"block_evasion"}),
    ("venmo note: miss u. pls unblock me", {"block_evasion"}),
    ("right. noted.", {"sarcasm"}),
    ("cool. got it.", {"sarcasm"}),
    ("wow congrats, you're really good at ignoring people 👏", {"sarcasm"}),
    ("last try, i swear. i'll change everything", {"begging"}),
    ("please please please just one more chance", {"begging"}),
    ("after friday your silence counts as a no", {"ultimatum"}),
    ("im deleting all our photos tonight unless u text me", {"ultimatum"}),
    ("where were you last night and who with", {"interrogation"}),
    ("you were online at 3am. who were you talking to", {"interrogation"}),
    ("I booked us a weekend in paris, tickets are non refundable so you have to come", {"love_bombing"}),
    ("your silence is proof you never cared", {"accusation"}),
    ("if you don't text back i swear i'll do something stupid tonight", {"self_harm"}),
    # far longer than a short note
    (LONG_RAMBLE, {"too_long"}),
]

KIND = [
    "Hey, I've noticed we haven't talked in a while. No pressure at all — when you're "
    "ready to talk, I'm here.",
    "I miss our conversations. I hope you're doing okay. I'm here whenever you want to talk.",
    "I respect that you need space. Take care of yourself.",
    "Are you okay? I'm here if you want to talk.",
    "I’ve been thinking about you. No rush — I’m here when you’re ready.",
    "hey, just wanted to say i miss you. no pressure to reply 💛",
    "I won't bother you again. I wish you all the best.",
    "You don't owe me an explanation. I just wanted you to know I care.",
    "You don't need to answer this. I hope things are going okay for you.",
    "If you don't want to talk, that's okay. I understand.",
    "I'm sorry for how I reacted last time. I'd like to talk when you're ready, and "
    "I'll respect whatever you decide.",
    "Thinking of you today 🙂 Hope your week is going well.",
    "I know things have been hard. I'm here, no pressure.",
    "I hope your mom is feeling better. Take care of yourself.",
    "OK, I understand. I'll give you the space you asked for.",
    "I watched that TV show you recommended and thought of you. Hope you’re well.",
    "i'm not great at this, but i miss you and i'm here if you ever want to talk",
    "I’d love to hear from you whenever you feel ready. Take all the time you need.",
    "I care about you and I'm here. That's all — no need to reply.",
    "I've been doing some thinking and I'd like to talk sometime, only if you want to.",
    "Happy birthday! I hope today is gentle and good to you 🎂",
    "I'm SO glad I got to know you. Wishing you well.",
    "I felt hurt when things went quiet, and I also know I don't know your side. "
    "I'm here when you're ready.",
    "Just letting you know the door is open. Take care ❤️",
    "I hope you're getting some rest. I'm around if you want to chat, no pressure at all.",
    "Hi. I hope you’re doing alright. I’m here if you need anything.",
    "I love how you always made me laugh. I miss that, and I hope you're okay.",
    "If you don't reply, I'll understand. I just wanted to say I'm thinking of you.",
    "No rush at all! Whenever you're ready, I'd love to catch up.",
    "Text me whenever you feel like it, or don't — either is okay.",
    "miss you, hope you’re okay x",
    "I know you're busy with work right now. Whenever things calm down, I'd love to "
    "hear how you are.",
    "i know you’re going through a lot. no need to reply, just sending love 💛",
    "LOL ok ok, no worries at all. talk whenever you like",
    "I’m here if you ever want to talk. And if you don’t, that’s okay too.",
    "I went out with my friends last night and it made me think of you. Hope you're well.",
    "I don't think you're a bad person. I'm here when you're ready.",
    "You always made me laugh. I hope you're okay.",
    "You never have to reply to this. Take care.",
    "I hope work is going well — you're so good at your job.",
    "My mom asked about you, and I told her you were doing well.",
    "I know you're busy — reply whenever, or not at all.",
    "Call me if you ever want to, no pressure.",
    "If you wanted to talk, I'd love that.",
    "I'll wait as long as you need.",
    "I'm talking to someone about how I feel, and it's helping. I hope you're okay too.",
    "I don't think you're selfish. I think we both got hurt, and I'm here if you want to talk.",
    "No need to reply by tonight or anything, just thinking of you.",
    "I hope you're happy now in your new city. You deserve it.",
    # warm words that share a shape with pushy ones
    'You always had time for me, and I miss that.',
    'Thank you for all the good times. You always made things brighter.',
    'Please tell your mum I said happy birthday.',
    'Tell your sister congratulations from me.',
    "I don't think you're selfish. I think we're both hurting.",
    "I can't believe it's been a year since the trip. I hope you're well.",
    "No pressure to reply. I'm here if you ever want to talk.",
    "I won't keep messaging. I just wanted you to know I care.",
    "I hope you're doing okay. Take all the time you need.",
    'I miss you. No need to answer.',
    "I'm not going to keep texting, I promise. Take care of yourself.",
    'I know you need space, and I respect that.',
    "You never have to explain anything to me. I'm here.",
    "I wanted to say sorry once, and then I'm done. I won't bother you again.",
    "Have a lovely weekend. I'm thinking of you.",
    "I need you to know that I'm okay, and I wish you well.",
    "I'll keep trying to be patient. Take the time you need.",
    'Tell your dad thanks for the book he lent me.',
    'Your mom would be so proud of you for the new job.',
    "I'm going to keep the photos, I hope that's okay.",
    "I'd love to catch up sometime if you'd like that.",
    "Congrats on the new job! I'm really happy for you.",
    "I know you're busy, no rush at all.",
    'Thinking of you today. No need to reply.',
    "I was a bit of a child about it, and I'm sorry.",
    'I hope it was worth the wait, the concert looked amazing.',
    "I'm used to it being quiet on Sundays now, it's okay.",
    "Hope you're having fun on the trip, take care.",
    "I can't believe how long it's been. I hope you're well.",
    "Whenever you're ready, I'm here. No pressure.",
    'Happy birthday! I hope the weekend is lovely.',
    # issue 13: the same words as pressure, meant kindly
    "I still have your jacket. Want me to drop it at yours, or leave it with your sister?",
    "I'll post your spare key back through the door this week.",
    "I deleted the photos like you asked. I hope that helps.",
    "I saw you blocked me and I understand. I won't reach out again.",
    "cool, got it! see you at 6 then",
    "noted, thanks for letting me know 🙂",
    "I promise I'll give you all the space you need.",
    "I'm free tonight if you want to talk, and totally fine if not.",
    "I booked the table for family dinner on the 3rd, you're welcome to come if you feel like it, no pressure.",
    "where did you get that jacket? it looks great on you",
    "I'm sorry I never asked about your day. I'll do better with people in my life.",
]


PROBLEM_TEXTS = [text for text, _ in PROBLEMS]
PROBLEM_IDS = [text[:40] for text in PROBLEM_TEXTS]


@pytest.mark.parametrize("text, expected", PROBLEMS, ids=PROBLEM_IDS)
def test_problem_messages_are_caught(text: str, expected: set[str]) -> None:
    codes = {finding.code for finding in check_message(text)}
    assert expected <= codes, f"{text!r}: got {sorted(codes)}"


@pytest.mark.parametrize("text", KIND)
def test_kind_messages_get_no_findings_from_the_rules(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(message_check, "model_findings", lambda *args, **kwargs: {})
    assert check_message(text) == []
    assert check_message(text, mode="no-contact") == []


def test_the_model_seldom_flags_a_kind_message() -> None:
    # The model is a judgement learnt from ~5,300 drafts, not a list: on these kind notes it errs
    # at most twice (today a birthday wish read as guilt, "cool, got it! see you at 6 then" as
    # sarcasm), in line with the ~6% of kind drafts it flags on the corpus's dev split.
    flagged = [text for text in KIND if check_message(text) or check_message(text, mode="no-contact")]
    assert len(flagged) <= 2, flagged


def test_tables_are_wide_enough() -> None:
    assert len(PROBLEMS) >= 40
    assert len(KIND) >= 25
    assert all(len(text) <= MAX_CHARS for text in KIND)
    covered = set().union(*(expected for _, expected in PROBLEMS))
    assert covered == set(CODES)


@pytest.mark.parametrize("text", PROBLEM_TEXTS, ids=PROBLEM_IDS)
def test_findings_are_kind_explanations_with_an_i_statement(text: str) -> None:
    for finding in check_message(text):
        assert isinstance(finding, Finding)
        assert finding.message.strip()
        assert "I " in finding.message or "I'" in finding.message
        assert '"I' in finding.message  # a quoted "I" statement to try instead


def test_every_code_has_a_message_with_an_i_statement() -> None:
    text = " ".join(PROBLEM_TEXTS)
    findings = check_message(text)
    assert [f.code for f in findings] == list(CODES)
    for finding in findings:
        assert '"I' in finding.message


@pytest.mark.parametrize("text", PROBLEM_TEXTS, ids=PROBLEM_IDS)
def test_each_code_at_most_once(text: str) -> None:
    codes = [finding.code for finding in check_message(text * 3)]
    assert len(codes) == len(set(codes))


def test_self_harm_finding_points_to_support() -> None:
    [finding] = check_message("If you leave me I'll kill myself.")
    assert finding.code == "self_harm"
    assert "helpline" in finding.message and "someone" in finding.message


def test_findings_are_frozen() -> None:
    finding = check_message("Thanks for nothing.")[0]
    with pytest.raises(AttributeError):
        finding.code = "other"  # type: ignore[misc]


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_input_gives_nothing(text: str) -> None:
    assert check_message(text) == []


def test_length_threshold_is_max_chars() -> None:
    at_limit = ("I miss you and I hope you are well. " * 20)[:MAX_CHARS]
    assert check_message(at_limit) == []
    assert [f.code for f in check_message(at_limit + "x")] == ["too_long"]


# -- issue 13: spans, new codes, modes, the model, speed, the corpus ----------------------


@pytest.mark.parametrize("text", PROBLEM_TEXTS, ids=PROBLEM_IDS)
def test_spans_are_words_of_the_draft(text: str) -> None:
    for finding in check_message(text):
        if finding.code == "too_long":
            assert finding.span is None
        else:
            assert finding.span and finding.span in text, (finding.code, finding.span)


def test_spans_survive_shorthand_and_curly_apostrophes() -> None:
    text = "ok so   U  Dont get to ignore me.\n\n\nI’m   outside ur WORK rn"
    spans = {f.code: f.span for f in check_message(text)}
    assert spans["threat"] == "I’m   outside ur WORK"
    assert all(span in text for code, span in spans.items() if span)


def test_new_codes_have_kind_advice_with_an_i_statement() -> None:
    for code in ("exposure", "block_evasion", "sarcasm", "begging", "interrogation", "love_bombing"):
        assert code in CODES
        text = next(text for text, expected in PROBLEMS if code in expected)
        [finding] = [f for f in check_message(text) if f.code == code]
        assert '"I' in finding.message
        for word in (" he ", " she ", "boyfriend", "girlfriend", "stupid", "creepy", "pathetic"):
            assert word not in finding.message
