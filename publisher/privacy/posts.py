"""What leaves is what is checked: every text field of a case, found from the case schema
itself, and every post exactly as each platform will receive it.

The fields come from walking the case's data, not from a list, so a field added to the case
format is scanned without anyone remembering to add it here. The posts come from the same
formatter the planner uses, once per platform: credit lines, hashtags, poll options, spoiler
texts and alt texts included.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from publisher.adapters.base import Capabilities
    from publisher.cases.files import CaseSpec
    from publisher.config import Settings
    from publisher.render.posts import Rendered

# Fields whose values the case format validates to a closed shape, so they cannot carry an
# identifier (a section name, a modality code, a quiz letter, a YYYY-MM month that is never
# published). Everything else that is text is scanned.
CLOSED_FIELDS = frozenset({"section", "modality", "study_month", "quiz.correct"})
# Fields that are names of things rather than prose: read with their separators as spaces.
_NAME_LIKE = re.compile(r"^(?:slug|images\[\d+\]\.file)$")
_THEME_HASHTAG = "#Case"


def is_name_like(field: str) -> bool:
    """A field that names a thing (the slug, an image file): only identifiers count there."""
    return bool(_NAME_LIKE.match(field))


@dataclass(frozen=True)
class Outlet:
    """One destination to render for: its platform (adapter) name and its limits."""

    name: str
    platform: str
    capabilities: Capabilities


def _walk(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _walk(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value, start=1):
            yield from _walk(item, f"{path}[{index}]")


def _schema_path(path: str) -> str:
    """'quiz.options[2]' -> 'quiz.options'; 'overrides.x.title' -> 'overrides.x.title'."""
    return re.sub(r"\[\d+\]", "", path)


def published_fields(spec: CaseSpec) -> dict[str, str]:
    """Every text field of the case that is not of a closed shape, named by its path."""
    fields: dict[str, str] = {}
    for path, value in _walk(spec.model_dump(mode="json"), ""):
        if _schema_path(path) in CLOSED_FIELDS or not value.strip():
            continue
        fields[path] = re.sub(r"[-_.]+", " ", value) if _NAME_LIKE.match(path) else value
    return fields


@cache
def installed_outlets() -> tuple[Outlet, ...]:
    """Every installed adapter with its platform's default limits."""
    from publisher.adapters import adapter_class, available
    from publisher.errors import PublisherError

    outlets = []
    for name in sorted(available()):
        try:
            cls = adapter_class(name)
        except PublisherError:
            continue  # an adapter that cannot load cannot post either
        outlets.append(Outlet(name, name, cls.capabilities))
    return tuple(outlets)


def configured_outlets(settings: Settings) -> tuple[Outlet, ...] | None:
    """The accounts of a configuration file, with their limits; None without one."""
    from publisher.adapters import check_account

    if settings.source == "(defaults)" or not settings.accounts:
        return None
    outlets = []
    for name, account in settings.accounts.items():
        cls = check_account(account, settings.source)
        outlets.append(Outlet(name, account.adapter, cls.capabilities_for(account.options, {})))
    return tuple(outlets)


def _render(spec: CaseSpec, outlet: Outlet, quiz: bool) -> Rendered | None:
    from publisher.render.posts import CaseText, FormattingError, ImageRef, render_case

    case = CaseText(
        slug=spec.slug,
        title=spec.title,
        history=spec.history,
        question=spec.question,
        answer=spec.answer,
        explanation=spec.explanation,
        teaching_points=spec.teaching_points,
        references=spec.references,
        hashtags=spec.hashtags,
        credit=spec.credit,
        quiz_options=spec.quiz.options if spec.quiz else (),
        quiz_correct=spec.quiz.correct_index if spec.quiz else None,
        images=tuple(ImageRef(sha256="", alt=image.alt) for image in spec.images),
        overrides=spec.overrides,
    )
    try:
        return render_case(
            case,
            hashtag=_THEME_HASHTAG,
            quiz=quiz,
            capabilities=outlet.capabilities,
            platform=outlet.platform,
        )
    except FormattingError:
        return None  # the planner reports it; the fields are scanned all the same


def post_texts(spec: CaseSpec, outlets: Sequence[Outlet]) -> dict[str, str]:
    """Every text of every post, for every outlet, as and without a quiz theme."""
    texts: dict[str, str] = {}
    for outlet in outlets:
        for quiz in (False, True) if spec.quiz else (False,):
            rendered = _render(spec, outlet, quiz)
            if rendered is None:
                continue
            for kind, parts in (("prompt", rendered.prompt), ("answer", rendered.answer)):
                for n, part in enumerate(parts, start=1):
                    where = f"posts.{outlet.name}{'.quiz' * quiz}.{kind}[{n}]"
                    texts[where] = part.text
                    if part.spoiler:
                        texts[f"{where}.spoiler"] = part.spoiler
                    for m, image in enumerate(part.images, start=1):
                        texts[f"{where}.images[{m}].alt"] = image.alt
                    for m, option in enumerate(part.poll.options if part.poll else (), 1):
                        texts[f"{where}.poll[{m}]"] = option
    return texts
