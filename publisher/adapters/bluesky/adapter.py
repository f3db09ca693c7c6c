"""Bluesky through the atproto SDK: each post is a record in the account's own repository.

Only ``com.atproto.*`` methods are called, and all of them are served by the
account's PDS, so the adapter works against a self-hosted PDS that serves no
``app.bsky.*`` (AppView) methods. The record key is chosen before the first
try, which makes a retried create safe: a key already taken is read back. The
``createdAt`` stamp, which orders the feed, is taken at each try instead, and never
runs backwards for an account: a retried post does not sink below posts sent after
its first try, and a reply never predates what it replies to.

Counts are read from the public AppView (``appview``, public.api.bsky.app), which
needs no login: ``app.bsky.feed.getPosts``, 25 post URIs a call, gives likes,
reposts, replies and quotes. Bluesky has no polls.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from publisher.adapters.base import (
    ASK_LATER,
    COUNT_GRAPHEMES,
    AccountInfo,
    Adapter,
    AdapterError,
    AuthError,
    Capabilities,
    Counts,
    OutgoingImage,
    OutgoingPost,
    PublishResult,
    RejectedError,
    RemoteRef,
    Setting,
    UnknownOutcomeError,
    is_safe_base_url,
)
from publisher.adapters.bluesky.errors import error_name, is_token_error, may_be_taken, translate
from publisher.adapters.bluesky.facets import TidClock, detect_facets, iso_datetime
from publisher.adapters.bluesky.session import CachedSession, SessionFile
from publisher.adapters.network import host_of
from publisher.errors import ConfigError, MissingExtraError

log = logging.getLogger(__name__)

DEFAULT_SERVICE = "https://bsky.social"
DEFAULT_APPVIEW = "https://public.api.bsky.app"  # Bluesky's AppView, open to anyone
METRICS_BATCH = 25  # the most URIs app.bsky.feed.getPosts takes
POST_COLLECTION = "app.bsky.feed.post"
WEB_APP = "https://bsky.app"
LANGS = ("en",)
TIMEOUT_SECONDS = 30.0  # an image upload of ~1 MB on a slow link outlasts httpx's 5 s default

_NOT_FOUND_ERRORS = frozenset({"RecordNotFound"})

# One clock per process, so every adapter instance hands out increasing keys.
_TIDS = TidClock()
# The last createdAt (microseconds) each account used in this process: the next is later.
_LAST_STAMP: dict[str, int] = {}
_STAMP_LOCK = threading.Lock()

T = TypeVar("T")


class BlueskyAdapter(Adapter):
    """Posts to one Bluesky account through its PDS with an app password."""

    name = "bluesky"
    title = "Bluesky"
    extra = "bluesky"
    client_module = "atproto"
    capabilities = Capabilities(
        text_limit=300,
        counting=COUNT_GRAPHEMES,
        text_limit_bytes=3000,
        images_per_post=4,
        image_max_bytes=1_000_000,
        image_max_side=2000,  # the Bluesky app and CDN scale images to 2000 px anyway
        image_formats=("PNG", "JPEG"),
        alt_limit=2000,  # the Bluesky app's MAX_ALT_TEXT; the lexicon itself sets none
        replies=True,
        spoiler=False,
        polls=False,
        idempotency=True,
    )
    settings = (
        Setting("service", required=False, default=DEFAULT_SERVICE, help="the PDS or entryway URL"),
        Setting("handle", help="the account's handle, e.g. dept.example.org"),
        Setting("app_password", secret=True, help="an app password, not the account password"),
        Setting(
            "appview",
            required=False,
            default=DEFAULT_APPVIEW,
            help="where the posts' counts are read (no login needed)",
        ),
    )
    metrics_batch = METRICS_BATCH

    def __init__(
        self,
        account: str,
        options: Mapping[str, Any],
        *,
        state_dir: Path,
        capabilities: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(account, options, state_dir=state_dir, capabilities=capabilities)
        self.service = str(self.options.get("service") or DEFAULT_SERVICE).rstrip("/")
        if not is_safe_base_url(self.service):
            raise ConfigError(
                f"accounts.{account}.service must be an https:// URL "
                f"(plain http:// only on loopback), not {self.service!r}"
            )
        self.appview = str(self.options.get("appview") or DEFAULT_APPVIEW).rstrip("/")
        if not is_safe_base_url(self.appview):
            raise ConfigError(
                f"accounts.{account}.appview must be an https:// URL "
                f"(plain http:// only on loopback), not {self.appview!r}"
            )
        self.identifier = str(self.options.get("handle") or "").strip().lstrip("@")
        path = state_dir / "bluesky" / f"{re.sub(r'[^A-Za-z0-9._-]', '_', account)}.json"
        self._sessions = SessionFile(path)
        self._session: CachedSession | None = None
        self._client: Any = None
        self._public: Any = None  # the AppView's client: no session, no password

    # -- the Adapter interface -------------------------------------------------------------

    def prepare(self, post: OutgoingPost) -> dict[str, str]:
        """Choose the record key (a TID): it stays the same across retries."""
        rkey, _ = _TIDS.next()
        return {"rkey": rkey}

    def send(self, post: OutgoingPost) -> PublishResult:
        """Upload the images and create the post record under its prepared key, stamped
        with this try's time."""
        prepared = {**(dict(post.prepared) or self.prepare(post)), "created_at": self._stamp(post)}
        return self._run("publish the post", lambda s: self._publish(s, post, prepared))

    def _stamp(self, post: OutgoingPost) -> str:
        """createdAt for this try: the engine's time, later than the account's last stamp
        and than the post it replies to."""
        now = self.clock()
        micros = int(now.timestamp()) * 1_000_000 + now.microsecond
        parent = post.reply_to.meta.get("created_at") if post.reply_to else None
        with _STAMP_LOCK:
            floor = max(_LAST_STAMP.get(self.account, 0), _micros(parent))
            micros = max(micros, floor + 1)
            _LAST_STAMP[self.account] = micros
        return iso_datetime(micros)

    def find_sent(self, post: OutgoingPost) -> PublishResult | None:
        """Read the record at the prepared key: the post if it exists, None if surely not."""
        rkey = post.prepared.get("rkey")
        if not rkey:
            raise UnknownOutcomeError("Bluesky: the post has no record key to look for")
        try:
            return self._run("look for the post", lambda s: self._get_post(s, rkey))
        except ASK_LATER:
            raise
        except AdapterError as exc:
            raise UnknownOutcomeError(
                f"Bluesky: could not tell whether the post was sent: {exc}"
            ) from exc

    def read_metrics(self, refs: Sequence[RemoteRef]) -> dict[str, Counts]:
        """Likes, reposts, replies and quotes of up to 25 posts from the public AppView."""
        atproto = _atproto()
        if self._public is None:
            request = atproto.Request(timeout=TIMEOUT_SECONDS)
            self._public = atproto.Client(base_url=self.appview, request=request)
        params = {"uris": [ref.remote_id for ref in refs]}
        try:
            answer = self._public.app.bsky.feed.get_posts(params)
        except _atproto_errors().AtProtocolError as exc:
            raise translate(exc, "read the posts' counts", self.clock()) from exc
        wanted = {ref.remote_id for ref in refs}
        return {post.uri: _counts(post) for post in answer.posts if post.uri in wanted}

    def check(self) -> AccountInfo:
        """Log in (or reuse the cached session) and ask the PDS who we are."""
        session = self._run("check the account", self._whoami)
        return AccountInfo(
            posting_as=f"@{session.handle}",
            capabilities=self.capabilities,
            detail=f"{session.did} on {session.pds}",
        )

    def close(self) -> None:
        """Close the HTTP connection pools."""
        if self._client is not None:
            self._client.request.close()
            self._client = None
        if self._public is not None:
            self._public.request.close()
            self._public = None

    # -- sessions ----------------------------------------------------------------------------

    def _run(self, action: str, op: Callable[[CachedSession], T]) -> T:
        """Run ``op`` with a live session and turn the SDK's errors into ours."""
        atproto_errors = _atproto_errors()
        try:
            return self._with_session(op)
        except atproto_errors.AtProtocolError as exc:
            error = translate(exc, action, self.clock(), host_of(self.service))
            error.message = self._mask(error.message)
            error.args = (error.message,)
            raise error from exc

    def _mask(self, text: str) -> str:
        """A server may quote what it was sent; no password or token leaves in a message."""
        secrets = [self._password()]
        if self._session is not None:
            secrets += [self._session.access_jwt, self._session.refresh_jwt]
        for secret in secrets:
            if secret and len(secret) >= 6:
                text = text.replace(secret, "[secret]")
        return text

    def _with_session(self, op: Callable[[CachedSession], T]) -> T:
        session, is_new = self._current_session()
        try:
            return op(session)
        except _atproto_errors().RequestErrorBase as exc:
            if is_new or not is_token_error(exc):
                raise
        # The cached token was refused (expired, revoked): renew once and try again. Safe for
        # a create too, since the record key makes a repeat harmless.
        return op(self._renew(session))

    def _current_session(self) -> tuple[CachedSession, bool]:
        """The session in memory, else the cached one, else a new login (flagged new)."""
        if self._session is None:
            self._session = self._sessions.load(self.service, self.identifier)
        if self._session is not None:
            return self._session, False
        return self._login(), True

    def _renew(self, stale: CachedSession) -> CachedSession:
        try:
            return self._refresh(stale)
        except _atproto_errors().RequestErrorBase as exc:
            if not is_token_error(exc):
                raise
        log.info(
            "Bluesky: the session of %s could not be refreshed; logging in again", self.account
        )
        return self._login()

    def _login(self) -> CachedSession:
        # Logins are rate limited (about 30 per 5 minutes), hence the cached session.
        password = self._password()
        if not self.identifier or not password:
            raise AuthError(f"Bluesky account '{self.account}' needs both handle and app_password")
        atproto = _atproto()
        client = self._xrpc(self.service)
        log.info("Bluesky: logging in to %s as %s", self.service, self.identifier)
        data = atproto.models.ComAtprotoServerCreateSession.Data(
            identifier=self.identifier, password=password
        )
        answer = client.com.atproto.server.create_session(data)
        return self._keep(answer, _pds_endpoint(answer.did_doc) or self.service)

    def _refresh(self, stale: CachedSession) -> CachedSession:
        client = self._xrpc(stale.pds)
        answer = client.com.atproto.server.refresh_session(headers=_bearer(stale.refresh_jwt))
        log.info("Bluesky: refreshed the session of %s", self.account)
        return self._keep(answer, _pds_endpoint(answer.did_doc) or stale.pds)

    def _keep(self, answer: Any, pds: str) -> CachedSession:
        session = CachedSession(
            service=self.service,
            identifier=self.identifier,
            did=answer.did,
            handle=answer.handle,
            pds=pds.rstrip("/"),
            access_jwt=answer.access_jwt,
            refresh_jwt=answer.refresh_jwt,
        )
        return self._remember(session)

    def _remember(self, session: CachedSession) -> CachedSession:
        self._sessions.save(session)
        self._session = session
        return session

    def _password(self) -> str:
        value = self.options.get("app_password") or ""
        # A config layer may hand secrets over wrapped (e.g. pydantic's SecretStr).
        reveal = getattr(value, "get_secret_value", None)
        return str(reveal() if callable(reveal) else value)

    def _xrpc(self, base_url: str) -> Any:
        """The SDK client, pointed at ``base_url``; created once per adapter."""
        atproto = _atproto()
        if self._client is None:
            request = atproto.Request(timeout=TIMEOUT_SECONDS)
            self._client = atproto.Client(base_url=base_url, request=request)
        else:
            self._client.update_base_url(base_url)
        return self._client

    def _whoami(self, session: CachedSession) -> CachedSession:
        answer = self._xrpc(session.pds).com.atproto.server.get_session(
            headers=_bearer(session.access_jwt)
        )
        if answer.handle != session.handle:  # the account changed its handle since the login
            session = self._remember(replace(session, handle=answer.handle))
        return session

    # -- posting -----------------------------------------------------------------------------

    def _publish(
        self, session: CachedSession, post: OutgoingPost, prepared: Mapping[str, str]
    ) -> PublishResult:
        models, errors = _atproto().models, _atproto_errors()
        record = self._record(session, post, prepared)
        data = models.ComAtprotoRepoCreateRecord.Data(
            repo=session.did, collection=POST_COLLECTION, rkey=prepared["rkey"], record=record
        )
        client = self._xrpc(session.pds)
        try:
            created = client.com.atproto.repo.create_record(
                data, headers=_bearer(session.access_jwt)
            )
        except errors.ModelError as exc:
            raise RejectedError("Bluesky accepted the post but named no record uri") from exc
        except errors.RequestErrorBase as exc:
            found = self._read_back(session, post, prepared["rkey"]) if may_be_taken(exc) else None
            if found is None:
                raise
            return found
        if not getattr(created, "uri", None):
            raise RejectedError("Bluesky accepted the post but named no record uri")
        return self._result(session, created.uri, created.cid, prepared["created_at"])

    def _record(
        self, session: CachedSession, post: OutgoingPost, prepared: Mapping[str, str]
    ) -> Any:
        models = _atproto().models
        embed = self._embed(session, post.images) if post.images else None
        reply = self._reply_ref(session, post)
        try:
            return models.AppBskyFeedPost.Record(
                text=post.text,
                created_at=prepared["created_at"],
                facets=detect_facets(post.text) or None,
                embed=embed,
                reply=reply,
                langs=list(LANGS),
            )
        except ValueError as exc:  # pydantic's ValidationError: the text does not fit the lexicon
            raise RejectedError(f"The post does not fit a Bluesky post record: {exc}") from exc

    def _embed(self, session: CachedSession, images: tuple[OutgoingImage, ...]) -> Any:
        models = _atproto().models
        return models.AppBskyEmbedImages.Main(images=[self._upload(session, i) for i in images])

    def _upload(self, session: CachedSession, image: OutgoingImage) -> Any:
        models = _atproto().models
        headers = {**_bearer(session.access_jwt), "Content-Type": image.mime}
        answer = self._xrpc(session.pds).com.atproto.repo.upload_blob(image.data, headers=headers)
        ratio = models.AppBskyEmbedDefs.AspectRatio(width=image.width, height=image.height)
        return models.AppBskyEmbedImages.Image(alt=image.alt, image=answer.blob, aspect_ratio=ratio)

    def _reply_ref(self, session: CachedSession, post: OutgoingPost) -> Any:
        if post.reply_to is None:
            return None
        parent = self._strong_ref(session, post.reply_to)
        # The engine names the root for deeper replies; a reply to a thread's first post has
        # that post as both root and parent.
        root = self._strong_ref(session, post.thread_root) if post.thread_root else parent
        return _atproto().models.AppBskyFeedPost.ReplyRef(root=root, parent=parent)

    def _strong_ref(self, session: CachedSession, ref: RemoteRef) -> Any:
        atproto = _atproto()
        cid = ref.meta.get("cid")
        if not cid:  # a post stored without its cid: ask its repository
            uri = atproto.AtUri.from_str(ref.remote_id)
            params = {"repo": uri.hostname, "collection": uri.collection, "rkey": uri.rkey}
            cid = self._xrpc(session.pds).com.atproto.repo.get_record(params).cid
        return atproto.models.ComAtprotoRepoStrongRef.Main(uri=ref.remote_id, cid=cid)

    def _read_back(
        self, session: CachedSession, post: OutgoingPost, rkey: str
    ) -> PublishResult | None:
        """After a failed create: the record already at ``rkey`` (an earlier try), if any."""
        try:
            value, found = self._get_record(session, rkey)
        except _atproto_errors().AtProtocolError:
            return None  # cannot tell; the create's own error stands
        if found is None:
            return None
        if getattr(value, "text", post.text) != post.text:
            raise RejectedError(f"Bluesky record key {rkey} already holds a different post")
        log.info("Bluesky: %s already exists, from an earlier try; not posting again", found.url)
        return found

    def _get_post(self, session: CachedSession, rkey: str) -> PublishResult | None:
        return self._get_record(session, rkey)[1]

    def _get_record(self, session: CachedSession, rkey: str) -> tuple[Any, PublishResult | None]:
        params = {"repo": session.did, "collection": POST_COLLECTION, "rkey": rkey}
        try:
            answer = self._xrpc(session.pds).com.atproto.repo.get_record(params)
        except _atproto_errors().RequestErrorBase as exc:
            if error_name(exc) in _NOT_FOUND_ERRORS:
                return None, None
            raise
        stamp = str(getattr(answer.value, "created_at", "") or "")
        return answer.value, self._result(session, answer.uri, answer.cid, stamp)

    def _result(
        self, session: CachedSession, uri: str, cid: str | None, created_at: str
    ) -> PublishResult:
        rkey = uri.rsplit("/", 1)[-1]
        # bsky.app links by handle; an account whose handle no longer verifies shows this one.
        who = session.did if session.handle == "handle.invalid" else session.handle
        url = f"{WEB_APP}/profile/{who}/post/{rkey}"
        # createdAt is kept so that a reply, even from another process, is stamped later.
        return PublishResult(
            remote_id=uri, url=url, meta={"cid": cid or "", "created_at": created_at}
        )


def _micros(stamp: str | None) -> int:
    """An atproto datetime as microseconds since the epoch; 0 when there is none."""
    if not stamp:
        return 0
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return 0
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return int(moment.timestamp()) * 1_000_000 + moment.microsecond


def _atproto() -> Any:
    try:
        import atproto
    except ImportError as exc:
        raise MissingExtraError("The Bluesky adapter", "bluesky") from exc
    return atproto


def _atproto_errors() -> Any:
    _atproto()
    import atproto.exceptions

    return atproto.exceptions


def _counts(post: Any) -> Counts:
    """A post view's counts (app.bsky.feed.defs#postView)."""
    return Counts(
        likes=post.like_count,
        reposts=post.repost_count,
        replies=post.reply_count,
        quotes=post.quote_count,
    )


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _pds_endpoint(did_doc: Any) -> str | None:
    """The PDS the DID document names: logging in at an entryway hands us our PDS here."""
    if not did_doc:
        return None
    try:
        endpoint = _atproto().DidDocument.from_dict(did_doc).get_pds_endpoint()
    except ValueError:  # pydantic's ValidationError: not a DID document we can read
        return None
    # The tokens go wherever this points, so only where the password could go too.
    return str(endpoint) if endpoint and is_safe_base_url(str(endpoint)) else None
