"""Answers as markdown blocks (links shown, no mentions from quoted text), Block Kit limits (12,000 characters of
markdown and 3,000 a section, 50 blocks a message), Slack markup in."""

from __future__ import annotations

import pytest

from bot.slack.blocks import MAX_BLOCKS, answer_message, source_line
from bot.slack.conversation import clean_question, turn_from_event
from bot.slack.markdown import MARKDOWN_LIMIT, safe_markdown
from bot.slack.mrkdwn import split_text
from journeys.answers.model import Answer, Source


@pytest.mark.parametrize(("text", "shown"), [
    ("**Checkout** is *slow* [1]", "**Checkout** is *slow* [1]"),  # Slack renders the Markdown itself
    ("See [the map](https://example.com/map?a=1&b=2)", "See the map (https://example.com/map?a=1&b=2)"),
    ("“[refund here](http://evil.test/x)” [2]", "“refund here (http://evil.test/x)” [2]"),
    ("[https://x.test/a](https://x.test/a)", "https://x.test/a"),
    ("a [relative link](docs/x.md)", "a relative link"),
    ("hey <!channel> and <@U123|bob>, see <https://x.test|this>",
     "hey ‹!channel› and ‹@U123 bob›, see ‹https://x.test this›"),
    ("x < y & y > z", "x < y & y > z"),
])
def test_answer_markdown_shows_link_addresses_and_never_mentions(text, shown):
    assert safe_markdown(text) == shown


def test_split_text_respects_the_limit_and_prefers_paragraphs():
    paragraphs = [f"Paragraph {n}: " + "word " * 150 for n in range(12)]
    text = "\n\n".join(paragraphs)
    pieces = split_text(text, 3000)
    assert all(len(p) <= 3000 for p in pieces)
    assert all(p.startswith("Paragraph") for p in pieces)
    assert " ".join(" ".join(pieces).split()) == " ".join(text.split())


def test_split_text_keeps_code_fences_balanced():
    text = "```\n" + "\n".join(f"line {n} " + "x" * 50 for n in range(200)) + "\n```"
    pieces = split_text(text, 3000)
    assert len(pieces) > 1
    assert all(len(p) <= 3000 and p.count("```") % 2 == 0 for p in pieces)


def test_split_text_cuts_a_single_huge_word():
    pieces = split_text("x" * 7000, 3000)
    assert [len(p) for p in pieces] == [2996, 2996, 1008]


def long_answer(chars: int, sources: int = 3) -> Answer:
    body = "\n\n".join(f"Finding {n}: " + "the checkout asks for an account twice " * 5 for n in range(chars // 200))
    return Answer(question="q", answer=body, abstained=False,
                  sources=[Source(n, "comment", f"comment:{n}", f"Checkout {n}", "x" * 500, "2026-11-01")
                           for n in range(1, sources + 1)])


@pytest.mark.parametrize("chars", [500, 10_000, 400_000])
def test_answers_fit_block_kit_limits(chars):
    message = answer_message(long_answer(chars, sources=60), "a1")
    blocks = message["blocks"]
    assert len(blocks) <= MAX_BLOCKS
    assert sum(len(b["text"]) for b in blocks if b["type"] == "markdown") <= MARKDOWN_LIMIT
    for block in blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= 3000
        if block["type"] == "context":
            assert all(len(e["text"]) <= 3000 for e in block["elements"])
    assert blocks[-1]["type"] == "context_actions"  # the feedback buttons survive shortening
    assert len(message["text"]) <= 3000
    if chars == 400_000:
        assert "shortened to fit" in blocks[0]["text"]


def test_source_lines_are_compact_and_quote_comments_briefly():
    kpi = Source(1, "kpi", "kpi:1", "Conversion rate", "2.7%", "2026-11-09T00:00:00", 0.9)
    comment = Source(2, "comment", "comment:9", "Payment <web>", "word " * 100, None)
    assert source_line(kpi) == "*[1]* KPI · Conversion rate · 2026-11-09"
    line = source_line(comment)
    assert line.startswith("*[2]* Comment · Payment &lt;web&gt; — _“word word")
    assert line.endswith("…”_") and len(line) < 150


def test_an_abstained_answer_has_a_tip_and_no_sources():
    message = answer_message(Answer("q", "I found nothing about unicorns.", abstained=True), "a1")
    kinds = [b["type"] for b in message["blocks"]]
    assert kinds == ["markdown", "context", "context_actions"]


@pytest.mark.parametrize(("text", "question"), [
    ("<@UBOT> where do customers drop off?", "where do customers drop off?"),
    ("<@UBOT>   what about <#C123|general> &amp; <https://x.test/a|the map>?",
     "what about #general & the map?"),
    ("hey <@UBOT> ask <@U42> about <https://x.test/b>", "hey ask @U42 about https://x.test/b"),
    ("<@UBOT>", ""),
])
def test_clean_question(text, question):
    assert clean_question(text, "UBOT") == question


def test_turns_reply_in_threads_in_channels_and_in_place_in_dms():
    channel = turn_from_event({"channel": "C1", "ts": "1.1", "user": "U1", "text": "x"})
    assert (channel.thread_ts, channel.assistant) == ("1.1", False)
    reply = turn_from_event({"channel": "C1", "ts": "1.2", "thread_ts": "1.1", "text": "x"})
    assert (reply.thread_ts, reply.context_key) == ("1.1", "1.1")
    dm = turn_from_event({"channel": "D1", "channel_type": "im", "ts": "2.1", "text": "x"})
    assert (dm.thread_ts, dm.context_key, dm.assistant) == (None, "-", False)
    panel = turn_from_event({"channel": "D1", "channel_type": "im", "ts": "2.2", "thread_ts": "2.0", "text": "x"})
    assert (panel.thread_ts, panel.assistant) == ("2.0", True)
    assert dm.key == "msg:D1:2.1"


def test_customer_markup_is_plain_text_in_blocks_and_in_the_fallback():
    """Finding: the `text` fallback carried raw <!channel>, <@U…>, links and **Markdown** from comments."""
    from bot.slack.blocks import notice

    comment = "Tell <!channel> and <@U0BOSS>: <https://evil.test|claim your refund> & [free](https://x.test)!"
    answer = Answer("q", f"**Checkout** annoys people [1]. One said: “{comment}”\n\n- `code`\n## Next", False,
                    sources=[Source(1, "comment", "comment:1", "<!here> Checkout", comment, "2026-11-01")])
    message = answer_message(answer, "a1")
    markdown = [b["text"] for b in message["blocks"] if b["type"] == "markdown"]
    assert markdown and "claim your refund (https://evil.test)" not in markdown[0]  # not a disguised link either
    for text in markdown + [message["text"]] + [b["text"]["text"] for b in message["blocks"]
                                                 if b["type"] == "section"] + [
            e["text"] for b in message["blocks"] if b["type"] == "context" for e in b["elements"]]:
        assert "<!" not in text and "<@" not in text and "<http" not in text, text
    fallback = message["text"]
    assert "&lt;!channel&gt;" in fallback and "&lt;@U0BOSS&gt;" in fallback and "&amp;" in fallback
    assert "**" not in fallback and "`" not in fallback and "##" not in fallback
    assert fallback.startswith("Checkout annoys people [1].") and "free (https://x.test)" in fallback
    assert notice("No stage matches “<!here>”.")["text"] == "No stage matches “&lt;!here&gt;”."
