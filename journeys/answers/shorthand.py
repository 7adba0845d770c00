"""Chat shorthand staff type, read as the words it stands for ("what r ppl saying abt it" -> "what are people
saying about it"), so that cue words, stems and the embedder see plain English. General English only; a base's
own initialisms come from its names (vocabulary.initialisms); "atm" and other time words stay for periods.py."""

from __future__ import annotations

import re

SHORTHAND = {
    "r": "are", "n": "and", "w": "with", "tix": "tickets",
    "u": "you", "ur": "your", "y": "why", "abt": "about", "bout": "about", "shld": "should",
    "shd": "should", "cld": "could", "wld": "would", "pls": "please", "plz": "please", "wat": "what",
    "wot": "what", "whats": "what is", "hw": "how", "b4": "before", "bc": "because", "coz": "because",
    "cuz": "because", "bcoz": "because", "thru": "through", "tho": "though", "w/": "with", "w/o": "without",
    "esp": "especially", "msg": "message", "msgs": "messages", "acct": "account", "appt": "appointment",
    "appts": "appointments", "mins": "minutes", "hrs": "hours", "yr": "year", "yrs": "years", "mth": "month",
    "mths": "months", "wk": "week", "wks": "weeks", "cust": "customer", "custs": "customers", "biz": "business",
    "ppl": "people", "1st": "first", "2nd": "second", "3rd": "third", "info": "information", "convo": "conversation",
    "convos": "conversations", "probs": "problems", "fyi": "for your information",
    "asap": "as soon as possible", "tbh": "to be honest", "calc": "calculate", "calcs": "calculations",
    # chat interjections: they say how it is typed, nothing of what is asked
    "lol": "", "lmao": "", "haha": "", "omg": "", "imo": "", "ngl": "", "btw": "", "idk": "",
}
_TOKEN = re.compile(r"(?<![\w&.'/-])(" + "|".join(sorted((re.escape(k) for k in SHORTHAND), key=len, reverse=True))
                    + r")(?![\w&'/=-])", re.IGNORECASE)


def plain(text: str) -> str:
    """`text` with its chat shorthand spelled out; everything else as typed."""
    spelled = _TOKEN.sub(lambda m: SHORTHAND[m.group(1).lower()], text)
    if spelled == text:
        return text
    return re.sub(r"\s+([,.!?;:])", r"\1", re.sub(r"  +", " ", spelled)).strip()  # "about us lol, any" -> "us, any"
