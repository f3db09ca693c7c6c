"""Reading when a platform lets us try again: every header form, and nonsense."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from publisher.adapters import waits

NOW = datetime(2026, 12, 4, 14, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", NOW + timedelta(seconds=120)),
        (" 0 ", NOW),
        ("1.5", NOW + timedelta(seconds=1.5)),
        ("Fri, 04 Dec 2026 14:10:00 GMT", NOW + timedelta(minutes=10)),
        ("Friday, 04-Dec-26 14:10:00 GMT", NOW + timedelta(minutes=10)),  # RFC 850, obsolete
        ("Fri Dec  4 14:10:00 2026", NOW + timedelta(minutes=10)),  # asctime, obsolete
        ("Thu, 03 Dec 2026 14:10:00 GMT", NOW),  # already past: now
        ("-5", NOW),
        ("99999999999999", NOW + waits.LONGEST_WAIT),  # no OverflowError
        ("1e400", NOW + waits.LONGEST_WAIT),
        ("Fri, 04 Dec 9999 14:10:00 GMT", NOW + waits.LONGEST_WAIT),
        ("nan", None),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_in_both_http_forms(value: str | None, expected: datetime | None) -> None:
    assert waits.retry_after(value, NOW) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (str(int((NOW + timedelta(minutes=15)).timestamp())), NOW + timedelta(minutes=15)),
        ("2026-12-04T14:05:00.000Z", NOW + timedelta(minutes=5)),
        ("2026-12-04T09:05:00-05:00", NOW + timedelta(minutes=5)),
        ("99999999999999", NOW + waits.LONGEST_WAIT),
        ("-1", None),
        ("later", None),
        (None, None),
    ],
)
def test_reset_headers_in_unix_time_or_iso(value: str | None, expected: datetime | None) -> None:
    assert waits.reset_at(value, NOW) == expected
