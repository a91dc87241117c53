"""A letter to the customer on one A4 page: the shop's name and address, a title, the facts in a small table,
then the paragraphs (a complaint's acknowledgement; the decision letters follow the same form)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from .styles import BODY, NAME, SMALL, TITLE, build_a4, key_value_table, paragraph


def render_letter(
    *, shop_name: str, shop_address: str, title: str, facts: list[tuple[str, str]], paragraphs: list[str]
) -> bytes:
    """The letter's PDF (the caller signs it)."""
    story: list[Flowable] = [paragraph(shop_name, NAME)]
    if shop_address:
        story.append(paragraph(shop_address.replace("\n", ", "), SMALL))
    story += [Spacer(1, 14), paragraph(title, TITLE), Spacer(1, 4), key_value_table(facts, paragraph), Spacer(1, 10)]
    for text in paragraphs:
        story += [paragraph(text, BODY), Spacer(1, 6)]
    return build_a4(story, title, shop_name)
