"""What a subreddit allows, as `accounts check` reports it: each rule the API exposes
that stops a case from going there becomes a one-line reason.

Read from ``/r/NAME/about`` (post types, galleries, spoiler tags, a ban) and
``/api/v1/NAME/post_requirements`` (flair, body and title rules); the moderators'
free-text rules (``/r/NAME/about/rules``) are counted, as no program can read them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class SubredditRules:
    problems: list[str] = field(default_factory=list)  # each stops every case from posting
    notes: list[str] = field(default_factory=list)  # worth knowing, not blocking
    capabilities: dict[str, Any] = field(default_factory=dict)  # capabilities read from the rules

    @property
    def detail(self) -> str:
        return "; ".join(self.notes)


def read_rules(subreddit: Any, config: Mapping[str, Any], *, spoiler: bool) -> SubredditRules:
    """The rules of ``subreddit`` (a praw Subreddit) that matter to a case post."""
    about = _about(subreddit)
    requirements = dict(subreddit.post_requirements() or {})
    written = list(subreddit.rules)
    return judge(about, requirements, len(written), config, spoiler=spoiler)


def judge(
    about: Mapping[str, Any],
    requirements: Mapping[str, Any],
    written_rules: int,
    config: Mapping[str, Any],
    *,
    spoiler: bool,
) -> SubredditRules:
    """The reasons and notes for one subreddit's settings (pure: tested on its own)."""
    rules = SubredditRules()
    if about.get("user_is_banned"):
        rules.problems.append("the account is banned here")
    if about.get("submission_type") == "self" or about.get("allow_images") is False:
        rules.problems.append("image posts are not allowed")
    if about.get("allow_galleries") is False:
        rules.notes.append("no galleries: a case with several images is refused")
    if requirements.get("body_restriction_policy") == "notAllowed":
        rules.problems.append("posts may have no body text, and the case is in the body")
    if requirements.get("is_flair_required") and not config.get("flair_id"):
        rules.problems.append("a post flair is required: set flair_id (and flair_text if editable)")
    if spoiler and not about.get("spoilers_enabled"):
        rules.notes.append("spoiler tags are off: case posts will not be blurred")
    elif about.get("spoilers_enabled"):
        rules.notes.append("spoiler tags allowed")
    title_max = requirements.get("title_text_max_length")
    if isinstance(title_max, int) and 0 < title_max < 300:
        rules.capabilities["title_limit"] = title_max
        rules.notes.append(f"titles at most {title_max} characters")
    title_min = requirements.get("title_text_min_length")
    if isinstance(title_min, int) and title_min > 0:
        rules.notes.append(f"titles at least {title_min} characters")
    if requirements.get("title_regexes") or requirements.get("body_required_strings"):
        rules.notes.append("titles or bodies must match the moderators' patterns")
    if written_rules:
        rules.notes.append(f"{written_rules} written rules to read on the subreddit")
    return rules


def _about(subreddit: Any) -> dict[str, Any]:
    """The subreddit's about data, fetched once by praw."""
    subreddit._fetch()  # praw loads lazily; one request for every attribute below
    names = (
        "submission_type", "allow_images", "allow_galleries", "spoilers_enabled",
        "user_is_banned", "display_name",
    )  # fmt: skip
    return {name: vars(subreddit).get(name) for name in names}
