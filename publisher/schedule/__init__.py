"""The schedule: themes, the pure planner, writing and reconciling the plan, and the
preview of what will be sent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from publisher import lazy_exports

if TYPE_CHECKING:
    from publisher.schedule.planner import SlotTime, assign, slot_times
    from publisher.schedule.preview import Preview, PreviewPost, days, preview_days
    from publisher.schedule.rendering import rerender_off_day
    from publisher.schedule.themes import Theme, load_themes
    from publisher.schedule.writing import PlanReport, held_back, plan

EXPORTS = {
    "PlanReport": "writing",
    "Preview": "preview",
    "PreviewPost": "preview",
    "SlotTime": "planner",
    "Theme": "themes",
    "assign": "planner",
    "days": "preview",
    "held_back": "writing",
    "load_themes": "themes",
    "plan": "writing",
    "preview_days": "preview",
    "rerender_off_day": "rendering",
    "slot_times": "planner",
}
__getattr__ = lazy_exports(__name__, EXPORTS)
__all__ = [
    "PlanReport",
    "Preview",
    "PreviewPost",
    "SlotTime",
    "Theme",
    "assign",
    "days",
    "held_back",
    "load_themes",
    "plan",
    "preview_days",
    "rerender_off_day",
    "slot_times",
]
