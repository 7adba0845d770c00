"""How `journey eval` finds a labelled figure in an answer (docs/evaluation.md, "Figures")."""

from __future__ import annotations

import pytest

from journeys.evaluation import figure_found


@pytest.mark.parametrize(("figure", "text", "found"), [
    ("-37", "NPS from the comments is −36.5 (n=52)", True),  # half away from zero, as people round
    ("37", "it moved 36.5 points", True),
    ("-36", "NPS from the comments is −36.5 (n=52)", False),
    ("8.3", "failure rate 8.27%", True),
    ("8.3", "failure rate 8.24%", False),
    ("-27", "NPS 27", False),  # a signed figure needs its sign
    ("27", "NPS −27", True),  # an unsigned one matches either
    ("1,200", "1200 comments", True),
    ("94.0", "94%", True),
    ("courtesy car", "the Courtesy car was late", True),
    ("missed_bin_reports", "1. **Missed bin reports at Missed bin report**: 395", True),  # a slug, as displayed
    ("missed_bin_reports", "missed bins reported", False),
])
def test_figures_match_by_value_and_round_half_away_from_zero(figure, text, found):
    assert figure_found(figure, text) is found
