"""Steer the name tagger on chosen words, so a test shows what the rules make of a reading
whatever the shipped model says there (a retrained model may read them otherwise)."""

from __future__ import annotations

from collections.abc import Mapping

from tui.article.models import tagger


def steer(monkeypatch, words: tuple[str, ...], label: str, probs: Mapping[str, float]) -> None:
    """On tokens written as one of ``words``: the best path says ``label``; ``marginal`` gives
    ``probs[L]`` for each label L listed there, 0.01 for any other label but O."""
    tag, marginal = tagger.tag, tagger.Tagging.marginal

    def steered_tag(doc):
        t = tag(doc)
        t.labels = [label if tok.raw in words else lab for tok, lab in zip(doc.tokens, t.labels, strict=True)]
        return t

    def steered_marginal(self, i, lab):
        if self.doc.tokens[i].raw in words and lab != "O":
            return probs.get(lab, 0.01)
        return marginal(self, i, lab)

    monkeypatch.setattr(tagger, "tag", steered_tag)
    monkeypatch.setattr(tagger.Tagging, "marginal", steered_marginal)
