"""The database: cases and their images, theme slots, accounts, posts.

All times are timezone-aware UTC. A naive datetime is refused on the way in,
so a local wall-clock time can never be stored by mistake.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BindParameter,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    bindparam,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from publisher.cases.status import CaseStatus
from publisher.dispatch.states import PostState

# The Alembic revision the models describe; commands compare it with the
# database's without loading Alembic. tests/test_migrations.py keeps it honest.
SCHEMA_REVISION = "0007"


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r} must not reach the database")
        value = value.astimezone(UTC)
        # SQLite stores text; keep one canonical form so ordering and equality hold.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utc_param(name: str) -> BindParameter[datetime]:
    """A named statement parameter that holds an instant: it goes through UTCDateTime
    like a column value does. An untyped parameter in an expression the column type
    cannot reach (a CASE, a function) would reach SQLite as local wall-clock text."""
    return bindparam(name, type_=UTCDateTime())


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime,
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


class Blob(Base):
    """Processed image bytes, content-addressed; originals are never stored."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    format: Mapped[str] = mapped_column(String(8))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    title: Mapped[str] = mapped_column(Text)
    section: Mapped[str] = mapped_column(String(40), index=True)
    modality: Mapped[str] = mapped_column(String(20))
    history: Mapped[str] = mapped_column(Text)
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    explanation: Mapped[str] = mapped_column(Text, default="")
    teaching_points: Mapped[list[Any]] = mapped_column(default=list)
    references: Mapped[list[Any]] = mapped_column(default=list)
    hashtags: Mapped[list[Any]] = mapped_column(default=list)
    credit: Mapped[str | None] = mapped_column(Text)
    study_month: Mapped[str | None] = mapped_column(String(7))  # privacy embargo; never published
    publish_on: Mapped[date | None] = mapped_column(Date)  # pinned to that date's slot
    spoiler_images: Mapped[bool] = mapped_column(Boolean, default=False)  # blur until tapped
    quiz: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    overrides: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # The privacy scan's findings for this version of the case (text and images).
    findings: Mapped[list[Any]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(16), default=CaseStatus.DRAFT, index=True)
    source: Mapped[str] = mapped_column(Text)  # the file it was imported from
    content_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    images: Mapped[list[CaseImage]] = relationship(
        order_by="CaseImage.position", cascade="all, delete-orphan", back_populates="case"
    )
    reviews: Mapped[list[Review]] = relationship(
        order_by="Review.id", cascade="all, delete-orphan", back_populates="case"
    )


class CaseImage(Base):
    __tablename__ = "case_images"
    __table_args__ = (UniqueConstraint("case_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    alt: Mapped[str] = mapped_column(Text)
    source_name: Mapped[str] = mapped_column(Text)  # the file name in the case folder
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))

    case: Mapped[Case] = relationship(back_populates="images")
    blob: Mapped[Blob] = relationship()


class Review(Base):
    """The audit trail: who approved a case (or waived a finding), when, and why."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(16))  # approve, waive, unapprove
    by: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(Text, default="")
    finding: Mapped[str | None] = mapped_column(Text)  # the waived finding's key
    content_hash: Mapped[str] = mapped_column(String(64))  # what exactly was reviewed

    case: Mapped[Case] = relationship(back_populates="reviews")


class Account(Base):
    """A destination named in the config. Its secrets stay in the environment."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    adapter: Mapped[str] = mapped_column(String(40))
    capabilities: Mapped[dict[str, Any]] = mapped_column(default=dict)  # read at `accounts check`
    paused_reason: Mapped[str | None] = mapped_column(Text)
    paused_at: Mapped[datetime | None]
    paused_until: Mapped[datetime | None]  # the engine tries the account again then
    # Reading its posts' counts waits until then (a rate limit, refused credentials).
    metrics_after: Mapped[datetime | None]
    metrics_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]


class Slot(Base):
    """One theme on one local date, holding the case planned for it."""

    __tablename__ = "slots"
    __table_args__ = (UniqueConstraint("theme", "local_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    theme: Mapped[str] = mapped_column(String(80))  # Theme.key: weekday and hashtag
    hashtag: Mapped[str] = mapped_column(String(80))
    local_date: Mapped[date] = mapped_column(Date)
    timezone: Mapped[str] = mapped_column(String(64))
    scheduled_at: Mapped[datetime] = mapped_column(index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    created_at: Mapped[datetime]

    case: Mapped[Case | None] = relationship()
    posts: Mapped[list[Post]] = relationship(back_populates="slot", order_by="Post.id")


class Post(Base):
    """One message to one account: a part of a prompt thread, or of its answer."""

    __tablename__ = "posts"
    __table_args__ = (
        UniqueConstraint("case_id", "account_id", "kind", "part"),
        Index("ix_posts_state_due", "state", "scheduled_at"),
        Index("ix_posts_state_sent", "state", "sent_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slot_id: Mapped[int] = mapped_column(ForeignKey("slots.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    part: Mapped[int] = mapped_column(Integer)
    parts: Mapped[int] = mapped_column(Integer)
    reply_to_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    spoiler: Mapped[str | None] = mapped_column(Text)
    media: Mapped[list[Any]] = mapped_column(default=list)  # [{"sha256", "alt"}] as uploaded
    poll: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # A quiz answer that gains the poll's tally as it goes out: the placeholder line in
    # ``text``, the template and the quiz (see publisher.metrics.tally).
    tally: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    scheduled_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(16), default=PostState.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    prepared: Mapped[dict[str, Any]] = mapped_column(default=dict)  # adapter's pre-send choices
    remote_id: Mapped[str | None] = mapped_column(Text)
    remote_url: Mapped[str | None] = mapped_column(Text)
    remote_meta: Mapped[dict[str, Any]] = mapped_column(default=dict)
    next_attempt_at: Mapped[datetime | None]
    lease_until: Mapped[datetime | None]
    claimed_by: Mapped[str | None] = mapped_column(String(120))
    sent_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    slot: Mapped[Slot] = relationship(back_populates="posts")
    case: Mapped[Case] = relationship()
    account: Mapped[Account] = relationship()
    reply_to: Mapped[Post | None] = relationship(remote_side=[id])


class MetricSnapshot(Base):
    """A sent post's public counts at one moment: a time series, one row per label
    ("1h", "1d", "7d" after sending, or "tally" read just before a quiz's answer)."""

    __tablename__ = "metric_snapshots"
    __table_args__ = (UniqueConstraint("post_id", "label"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(16))
    taken_at: Mapped[datetime] = mapped_column(index=True)
    found: Mapped[bool] = mapped_column(Boolean, default=True)  # False: the post is gone
    likes: Mapped[int | None] = mapped_column(Integer)
    reposts: Mapped[int | None] = mapped_column(Integer)
    replies: Mapped[int | None] = mapped_column(Integer)
    quotes: Mapped[int | None] = mapped_column(Integer)
    views: Mapped[int | None] = mapped_column(Integer)
    poll: Mapped[list[Any] | None] = mapped_column(JSON)  # votes per option
    voters: Mapped[int | None] = mapped_column(Integer)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Worker(Base):
    """A dispatching process (`run` or `dispatch`), for `status`: when it last ticked."""

    __tablename__ = "workers"

    id: Mapped[str] = mapped_column(String(120), primary_key=True)  # host:pid:start
    hostname: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    mode: Mapped[str] = mapped_column(String(16))  # run or dispatch
    started_at: Mapped[datetime]
    last_tick_at: Mapped[datetime] = mapped_column(index=True)
    stopped_at: Mapped[datetime | None]
