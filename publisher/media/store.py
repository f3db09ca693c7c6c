"""The media store: fitted images put at a URL for platforms that fetch them (Instagram).

An S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, ...) through boto3. Each
image is stored under the hash of its bytes, so an object's name says nothing
about the case; the bucket is never listable by the public; the platform gets a
pre-signed URL (the default) or a public-read one. Objects older than ``keep``
are removed by ``sweep``: the Instagram adapter sweeps after each post it makes,
and ``publisher media sweep`` does it from cron for an account that posts no more.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, field_validator

from publisher.errors import ConfigError, MissingExtraError, PublisherError
from publisher.schedule.themes import parse_duration

log = logging.getLogger(__name__)

MAX_PRESIGNED = timedelta(days=7)  # the longest a SigV4 signature may live
_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png"}
_DENIED = frozenset(
    {
        "AccessDenied",
        "InvalidAccessKeyId",
        "SignatureDoesNotMatch",
        "NoSuchBucket",
        "AllAccessDisabled",
    }
)
_EVERYONE = ("http://acs.amazonaws.com/groups/global/AllUsers",
             "http://acs.amazonaws.com/groups/global/AuthenticatedUsers")  # fmt: skip


class MediaError(PublisherError):
    """The media store cannot be used as configured (credentials, bucket, exposure)."""


class MediaSettings(BaseModel):
    """The ``[media]`` table of the config file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    bucket: str
    endpoint_url: str = ""  # empty: AWS S3 in ``region``
    region: str = "us-east-1"
    addressing_style: Literal["auto", "path", "virtual"] = "auto"
    access_key_id: str = ""  # ${ENV}; empty: boto3's own chain (AWS_* variables, a role)
    secret_access_key: str = ""  # ${ENV}
    prefix: str = ""
    urls: Literal["presigned", "public"] = "presigned"
    public_base_url: str = ""  # with urls = "public": where objects are served (a CDN)
    url_expires: str = "1h"
    keep: str = "2d"

    @field_validator("bucket")
    @classmethod
    def _bucket(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value.strip()

    @field_validator("access_key_id", "secret_access_key")
    @classmethod
    def _secret(cls, value: str) -> str:
        if value and not _ENV_REF.fullmatch(value.strip()):
            raise ValueError('secrets must be written as an environment reference: "${NAME}"')
        return value.strip()

    @field_validator("url_expires", "keep")
    @classmethod
    def _duration(cls, value: str) -> str:
        if parse_duration(value) <= timedelta(0):
            raise ValueError("must be longer than zero")
        return value

    @field_validator("url_expires")
    @classmethod
    def _signable(cls, value: str) -> str:
        if parse_duration(value) > MAX_PRESIGNED:
            raise ValueError("a pre-signed URL lives at most 7 days ('7d')")
        return value

    @property
    def keep_for(self) -> timedelta:
        return parse_duration(self.keep)

    @property
    def expires_in(self) -> timedelta:
        return parse_duration(self.url_expires)


@dataclass(frozen=True)
class SweepReport:
    removed: int
    kept: int


def object_name(data: bytes, mime: str, prefix: str = "") -> str:
    """The object's name: the SHA-256 of its bytes, so that it tells nothing of the case."""
    return f"{prefix}{hashlib.sha256(data).hexdigest()}{_EXTENSIONS.get(mime, '')}"


class MediaStore:
    """Puts images in the bucket, hands out their URLs, and sweeps out old ones."""

    def __init__(self, settings: MediaSettings, env: Mapping[str, str]) -> None:
        self.settings = settings
        self._access_key = _resolve(settings.access_key_id, "access_key_id", env)
        self._secret_key = _resolve(settings.secret_access_key, "secret_access_key", env)
        self._client: Any = None

    def publish(self, data: bytes, mime: str) -> str:
        """Store the image (again: a repeat refreshes its age) and return its URL."""
        key = object_name(data, mime, self.settings.prefix)
        extra = {"ACL": "public-read"} if self.settings.urls == "public" else {}
        with self._translated("store an image"):
            self._s3().put_object(
                Bucket=self.settings.bucket, Key=key, Body=data, ContentType=mime, **extra
            )
        return self.url(key)

    def url(self, key: str) -> str:
        """Where a platform fetches the object: pre-signed, or the public address."""
        if self.settings.urls == "public":
            base = self.settings.public_base_url.rstrip("/") or self._bucket_url()
            return f"{base}/{key}"
        with self._translated("sign a URL"):
            return str(
                self._s3().generate_presigned_url(
                    "get_object",
                    Params={"Bucket": self.settings.bucket, "Key": key},
                    ExpiresIn=int(self.settings.expires_in.total_seconds()),
                )
            )

    def sweep(self, now: datetime) -> SweepReport:
        """Remove the objects under our prefix stored longer ago than ``keep``."""
        cutoff = now - self.settings.keep_for
        old: list[str] = []
        kept = 0
        with self._translated("list the stored images"):
            for item in self._objects():
                if item["LastModified"] < cutoff:
                    old.append(item["Key"])
                else:
                    kept += 1
            for start in range(0, len(old), 1000):  # the most one DeleteObjects takes
                batch = [{"Key": key} for key in old[start : start + 1000]]
                self._s3().delete_objects(
                    Bucket=self.settings.bucket, Delete={"Objects": batch, "Quiet": True}
                )
        if old:
            log.info("media store: removed %d image(s) older than %s", len(old), self.settings.keep)
        return SweepReport(removed=len(old), kept=kept)

    def check(self) -> str:
        """Reach the bucket and make sure the public cannot list it; a one-line summary."""
        bucket = self.settings.bucket
        with self._translated("reach the bucket"):
            self._s3().head_bucket(Bucket=bucket)
            grants = self._s3().get_bucket_acl(Bucket=bucket).get("Grants", [])
        public = [g for g in grants if g.get("Grantee", {}).get("URI") in _EVERYONE]
        if any(g.get("Permission") in ("READ", "FULL_CONTROL") for g in public):
            raise MediaError(
                f"media store: anyone can list the bucket {bucket!r}",
                hint="remove the public READ grant from the bucket's ACL; objects need no listing",
            )
        how = "pre-signed URLs" if self.settings.urls == "presigned" else "public-read objects"
        return f"bucket {bucket}, {how}, images kept {self.settings.keep}"

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _objects(self) -> Iterator[dict[str, Any]]:
        pages = (
            self._s3()
            .get_paginator("list_objects_v2")
            .paginate(Bucket=self.settings.bucket, Prefix=self.settings.prefix)
        )
        for page in pages:
            yield from page.get("Contents", [])

    def _bucket_url(self) -> str:
        endpoint = self.settings.endpoint_url.rstrip("/")
        if endpoint:
            return f"{endpoint}/{self.settings.bucket}"
        return f"https://{self.settings.bucket}.s3.{self.settings.region}.amazonaws.com"

    def _s3(self) -> Any:
        if self._client is None:
            boto3, config = _boto()
            self._client = boto3.session.Session().client(
                "s3",
                endpoint_url=self.settings.endpoint_url or None,
                region_name=self.settings.region,
                aws_access_key_id=self._access_key,
                aws_secret_access_key=self._secret_key,
                config=config(
                    signature_version="s3v4",
                    s3={"addressing_style": self.settings.addressing_style},
                    retries={"max_attempts": 1},  # the engine owns the retry policy
                    connect_timeout=10,
                    read_timeout=60,
                ),
            )
        return self._client

    @contextmanager
    def _translated(self, doing: str) -> Iterator[None]:
        """botocore's failures as ours, with no credential in the message."""
        from botocore.exceptions import BotoCoreError, ClientError

        from publisher.adapters.base import TransientError

        try:
            yield
        except ClientError as exc:
            error = exc.response.get("Error", {})
            code = str(error.get("Code") or "")
            said = self._scrub(f"{code}: {error.get('Message') or 'no details'}")
            status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0)
            if code in _DENIED or status in (401, 403, 404):
                raise MediaError(
                    f"media store: cannot {doing} in bucket {self.settings.bucket!r} ({said})",
                    hint="check [media] bucket, endpoint_url and the access keys' permissions",
                ) from exc
            raise TransientError(f"media store: cannot {doing} now ({said})") from exc
        except BotoCoreError as exc:
            raise TransientError(f"media store: cannot {doing}: {self._scrub(str(exc))}") from exc

    def _scrub(self, text: str) -> str:
        for secret in (self._secret_key, self._access_key):
            if secret and len(secret) >= 8:
                text = text.replace(secret, "***")
        return text


def open_media_store(
    settings: MediaSettings | None, env: Mapping[str, str], *, needed_by: str
) -> MediaStore:
    """The store for an account whose platform fetches images from a URL."""
    if settings is None:
        raise ConfigError(
            f"{needed_by} needs a [media] table: the platform fetches each image from a URL",
            hint="add [media] with a bucket (see config.example.toml)",
        )
    return MediaStore(settings, env)


def _resolve(value: str, key: str, env: Mapping[str, str]) -> str | None:
    match = _ENV_REF.fullmatch(value)
    if match is None:
        return None
    resolved = env.get(match[1])
    if not resolved:
        raise ConfigError(f"media.{key}: environment variable {match[1]} is not set")
    return resolved


def _boto() -> tuple[Any, Any]:
    try:
        import boto3
        from botocore.config import Config
    except ImportError as exc:
        raise MissingExtraError("The media store", "media") from exc
    return boto3, Config
