"""The synthetic corpus: every noise kind in many surface variants, as text and dressed as HTML; each
case is scored like shared/tools/score.py (F1 ≥ 0.97, no boilerplate left, flags right)."""

from __future__ import annotations

import pytest

from cleaners import Page, extract_document

from .corpus import INJECTORS, TEMPLATES, build_cases, f1, norm, residue

CASES = build_cases()


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_case(case):
    doc = extract_document([Page(body=case.page_bytes, content_type=case.content_type)])
    problems = []
    score = f1(doc.text_original, case.expected)
    if score < 0.97:
        problems.append(f"F1 {score:.3f}")
    left = residue(doc.text_original, case.boilerplate + case.forbidden)
    if left:
        problems.append(f"left in: {left[:3]}")
    wrong = {k: (getattr(doc, k), v) for k, v in case.flags.items() if getattr(doc, k) != v}
    if f1(doc.title, case.title) < 0.9:  # score.py's test for a title
        wrong["title"] = (doc.title, case.title)
    if wrong:
        problems.append(f"flags (got, want): {wrong}")
    assert not problems, " | ".join(problems)


# --- the generator itself ---


def test_corpus_is_reproducible():
    again = build_cases()
    assert [(c.id, c.raw, c.page_bytes) for c in again] == [(c.id, c.raw, c.page_bytes) for c in CASES]
    assert [c.raw for c in build_cases(seed=7)] != [c.raw for c in CASES]


def test_corpus_covers_every_kind_script_width_and_template():
    ids = [c.id for c in CASES]
    for kind in INJECTORS:
        assert any(c.kind.split("-")[0] == kind for c in CASES), kind
    for part in ("|hans|", "|hant|", "|wide|", "|ascii|"):
        assert any(part in i for i in ids), part
    for template in TEMPLATES:
        assert any(i.endswith("|" + template) for i in ids), template


@pytest.mark.parametrize("case", [c for c in CASES if c.body is None], ids=lambda c: c.id)
def test_noise_is_in_the_page_and_not_in_the_expected_text(case):
    page, expected = norm(case.raw), norm(case.expected)
    assert case.boilerplate
    for snippet in case.boilerplate:
        assert norm(snippet) in page, snippet
        assert norm(snippet) not in expected, snippet
    assert f1(case.raw, case.expected) < 1.0 or case.kind.startswith("title")
