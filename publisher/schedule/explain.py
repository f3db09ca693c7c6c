"""Why a theme day has no case, in words: one wording for the command line and the web
view, made from the planner's reason (data)."""

from __future__ import annotations

from collections.abc import Sequence

from publisher.schedule.planner import Assignment


def empty_day(choice: Assignment) -> str:
    """Why a theme day has no case, as a sentence."""
    theme, why = choice.slot.theme, choice.empty
    if why is None:
        return empty_reason(theme.sections, theme.quiz, "no_case")
    return empty_reason(theme.sections, theme.quiz, why.reason, why.cases, why.until)


def empty_reason(
    sections: Sequence[str], quiz: bool, reason: str, cases: int = 0, until: object = None
) -> str:
    """Why a day of a theme drawing from ``sections`` (none: any) has no case."""
    named = f"{' or '.join(sections)} " if sections else ""
    if reason == "no_case":
        return f"no approved {named}{'quiz case' if quiz else 'case'}"
    counted = f"{cases} approved {named}case{'s' * (cases != 1)}"
    if reason == "no_quiz":
        have = "has" if cases == 1 else "have"
        return f"a quiz day needs cases with a [quiz] table, and the {counted} {have} none"
    named += "quiz " if quiz else ""
    counted = f"{cases} approved {named}case{'s' * (cases != 1)}"
    if reason == "kept_for_quiz":
        if cases == 1:
            return f"the {counted} has a [quiz] table and is kept for the quiz day"
        return f"the {counted} all have a [quiz] table and are kept for the quiz day"
    if reason == "embargo":
        return f"the approved {named}cases left are held by the privacy embargo until {until}"
    if reason == "pinned":
        return f"the approved {named}cases left are pinned to other dates (publish_on)"
    if cases == 1:
        return f"the {counted} is planned on an earlier day or already went to these accounts"
    return f"all {counted} are planned on earlier days or already went to these accounts"
