"""What the message check says for each finding: why such wording tends to push a quiet person
away, and an "I" sentence to try instead. Kind, calm, no shame, no tactics.

``table`` gives each code its text; "MAX_CHARS" in a text becomes the length of a short note.
"""

from __future__ import annotations

import re

# One entry per code: "[code] why ... Try: "an I statement"."
_TEXT = """
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
[exposure] Mentioning photos, screenshots, messages or secrets that others could see is
frightening to read, whatever you mean by it, and it turns what you shared into a weight over
them. Keep what was private between you private, and say what is true for you: "I'm hurting,
and what we shared stays between us."
[block_evasion] A block, a changed number or being asked not to write is a clear request for
space. Reaching them another way (a new account or number, a friend's phone, a payment app's
note, their work) goes round that request, and it tends to frighten people and close the door
for good. If the words need out, write them for yourself or say them to someone you trust: "I
respect your decision, and I'm letting you be."
[sarcasm] A dig, a smiley after it or a cool "noted" carries the hurt without saying it, and
it is hard to answer anything but defensively. Say the hurt plainly instead: "I felt hurt when
I didn't hear back, and I'd like to talk when you're ready."
[begging] Pleading and promising to change everything puts the weight of your pain on them,
and promises made in a rush are hard to trust. Change shows best in how you live, not in the
message. Try: "I'm working on myself, and I'd like to talk if you ever want to."
[interrogation] Questions about where they were and who with, or noticing when they were
online, read as being watched, and that makes silence feel safer. What they do with their time
is theirs to share. Try: "I'd like to hear how you are, whenever you want to tell me."
[love_bombing] A big gesture with a yes already expected leaves them a debt they never agreed
to, and it is hard to say no to kindly. Let them choose freely: "I'd love to see you, if and
when you'd like that."
"""

# In a no-contact period the boundary itself is the point, so the advice says so.
BLOCK_EVASION_NO_CONTACT = (
    "A block, or a no-contact decision, is a clear request for space, and a message that finds "
    "its way round it (a new account or number, a friend's phone, an app, their work) asks them "
    "to hold that boundary all over again. You can honour it, and your own reasons for this "
    "time, however much you miss them. Write the words for yourself, or say them to someone you "
    'trust: "I\'m keeping the space, and I\'m taking care of myself."'
)


def table(max_chars: int) -> dict[str, str]:
    """code -> its advice, on one line, with ``max_chars`` put in."""
    return {
        code: " ".join(text.split()).replace("MAX_CHARS", str(max_chars))
        for code, text in re.findall(r"^\[(\w+)\] (.*?)(?=^\[|\Z)", _TEXT, re.M | re.S)
    }
