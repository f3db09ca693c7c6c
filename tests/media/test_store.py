"""The media store against a real S3 API on 127.0.0.1 (moto's server mode): names that
are content hashes, URLs that serve the exact bytes, no public listing, the sweep of
old objects, the [media] table's errors, and `publisher media sweep`."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from publisher.config import load_settings
from publisher.errors import ConfigError
from publisher.media.store import MediaError, MediaSettings, MediaStore, object_name
from tests.conftest import run
from tests.support.s3 import (
    ACCESS_KEY,
    MEDIA_ENV,
    SECRET_KEY,
    S3Server,
    media_table,
    s3_bucket,
    s3_server,
)

__all__ = ["s3_bucket", "s3_server"]

JPEG = b"\xff\xd8\xff\xe0" + b"pixels of a drawn radiograph" * 40 + b"\xff\xd9"


def _store(server: S3Server, bucket: str, **options: Any) -> MediaStore:
    settings = MediaSettings(
        bucket=bucket,
        endpoint_url=server.endpoint,
        addressing_style="path",
        access_key_id="${MEDIA_ACCESS_KEY}",
        secret_access_key="${MEDIA_SECRET_KEY}",
        **options,
    )
    return MediaStore(settings, MEDIA_ENV)


def _keys(server: S3Server, bucket: str) -> list[str]:
    listing = server.client().list_objects_v2(Bucket=bucket)  # type: ignore[attr-defined]
    return sorted(item["Key"] for item in listing.get("Contents", []))


def test_an_image_is_stored_under_its_hash_and_its_url_serves_the_exact_bytes(
    s3_server: S3Server, s3_bucket: str
) -> None:
    store = _store(s3_server, s3_bucket, prefix="ig/")
    url = store.publish(JPEG, "image/jpeg")
    digest = hashlib.sha256(JPEG).hexdigest()
    assert _keys(s3_server, s3_bucket) == [f"ig/{digest}.jpg"]
    assert url.startswith(f"{s3_server.endpoint}/{s3_bucket}/ig/{digest}.jpg?")
    assert "X-Amz-Signature=" in url and "X-Amz-Expires=3600" in url
    assert ACCESS_KEY in url  # a pre-signed URL names the key id, never the secret
    assert SECRET_KEY not in url
    fetched = requests.get(url, timeout=10)
    assert fetched.status_code == 200
    assert fetched.content == JPEG
    assert fetched.headers["Content-Type"] == "image/jpeg"


def test_the_object_name_tells_nothing_but_the_content() -> None:
    name = object_name(JPEG, "image/jpeg", "p/")
    assert name == f"p/{hashlib.sha256(JPEG).hexdigest()}.jpg"
    assert object_name(b"other", "image/png") != name
    assert object_name(b"other", "image/png").endswith(".png")


def test_public_urls_point_at_the_public_base(s3_server: S3Server, s3_bucket: str) -> None:
    store = _store(s3_server, s3_bucket, urls="public", public_base_url="https://cdn.example/m/")
    url = store.publish(JPEG, "image/jpeg")
    assert url == f"https://cdn.example/m/{hashlib.sha256(JPEG).hexdigest()}.jpg"
    acl = s3_server.client().get_object_acl(  # type: ignore[attr-defined]
        Bucket=s3_bucket, Key=url.rsplit("/", 1)[1]
    )
    assert any(
        g["Permission"] == "READ" and "AllUsers" in g["Grantee"].get("URI", "")
        for g in acl["Grants"]
    )


def test_public_urls_default_to_the_bucket_address(s3_server: S3Server, s3_bucket: str) -> None:
    url = _store(s3_server, s3_bucket, urls="public").publish(JPEG, "image/jpeg")
    assert requests.get(url, timeout=10).content == JPEG


def test_the_sweep_removes_only_objects_older_than_keep(
    s3_server: S3Server, s3_bucket: str
) -> None:
    store = _store(s3_server, s3_bucket, prefix="ig/", keep="2d")
    store.publish(JPEG, "image/jpeg")
    store.publish(b"second image", "image/png")
    client = s3_server.client()
    client.put_object(Bucket=s3_bucket, Key="other/not-ours.txt", Body=b"x")  # type: ignore[attr-defined]
    now = datetime.now(UTC)
    assert store.sweep(now + timedelta(days=1)).removed == 0
    report = store.sweep(now + timedelta(days=2, minutes=1))
    assert (report.removed, report.kept) == (2, 0)
    assert _keys(s3_server, s3_bucket) == ["other/not-ours.txt"]


def test_storing_an_image_again_renews_its_time(s3_server: S3Server, s3_bucket: str) -> None:
    store = _store(s3_server, s3_bucket, keep="1h")
    store.publish(JPEG, "image/jpeg")
    first = s3_server.client().list_objects_v2(Bucket=s3_bucket)["Contents"][0]["LastModified"]  # type: ignore[attr-defined]
    store.publish(JPEG, "image/jpeg")
    again = s3_server.client().list_objects_v2(Bucket=s3_bucket)["Contents"][0]["LastModified"]  # type: ignore[attr-defined]
    assert again >= first
    assert len(_keys(s3_server, s3_bucket)) == 1


def test_check_refuses_a_bucket_the_public_can_list(s3_server: S3Server, s3_bucket: str) -> None:
    store = _store(s3_server, s3_bucket)
    assert store.check().startswith(f"bucket {s3_bucket}, pre-signed URLs")
    s3_server.client().put_bucket_acl(Bucket=s3_bucket, ACL="public-read")  # type: ignore[attr-defined]
    with pytest.raises(MediaError, match="anyone can list the bucket"):
        store.check()


def test_a_missing_bucket_is_a_clear_error_without_secrets(s3_server: S3Server) -> None:
    store = _store(s3_server, "no-such-bucket-here")
    with pytest.raises(MediaError) as caught:
        store.publish(JPEG, "image/jpeg")
    assert "no-such-bucket-here" in str(caught.value)
    assert SECRET_KEY not in f"{caught.value} {caught.value.hint}"


def test_an_unreachable_store_is_transient() -> None:
    from publisher.adapters.base import TransientError

    settings = MediaSettings(bucket="b", endpoint_url="http://127.0.0.1:9", addressing_style="path")
    with pytest.raises(TransientError, match="media store"):
        MediaStore(settings, {}).publish(JPEG, "image/jpeg")


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('[media]\nbucket = "b"\nsecret_access_key = "literal"\n', "media.secret_access_key: secrets must be written as an environment reference"),
        ('[media]\nbucket = "b"\nurls = "listed"\n', "media.urls: "),
        ('[media]\nbucket = "b"\nurl_expires = "8d"\n', "media.url_expires: a pre-signed URL lives at most 7 days"),
        ('[media]\nbucket = "b"\nkeep = "soon"\n', "media.keep: 'soon' is not a duration"),
        ('[media]\nendpoint_url = "http://127.0.0.1:1"\n', "media.bucket: required field is missing"),
        ('[media]\nbucket = "b"\ncolour = "red"\n', "media.colour: unknown field"),
    ],
)  # fmt: skip
def test_bad_media_tables_name_the_file_and_key(tmp_path: Path, table: str, message: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(table)
    with pytest.raises(ConfigError) as caught:
        load_settings(path, {})
    assert str(caught.value).startswith(f"{path}: {message}")
    assert "literal" not in str(caught.value)


def test_an_unset_secret_is_named(s3_server: S3Server, s3_bucket: str) -> None:
    settings = MediaSettings(bucket=s3_bucket, secret_access_key="${NOT_SET_ANYWHERE}")
    with pytest.raises(
        ConfigError,
        match=r"media\.secret_access_key: environment variable NOT_SET_ANYWHERE is not set",
    ):
        MediaStore(settings, {})


def test_media_sweep_command(
    s3_server: S3Server, s3_bucket: str, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    store = _store(s3_server, s3_bucket, keep="1d")
    store.publish(JPEG, "image/jpeg")
    config = tmp_path / "config.toml"
    config.write_text(media_table(s3_server.endpoint, s3_bucket, keep="1d"))
    later = (datetime.now(UTC) + timedelta(days=2)).isoformat()
    env = {**cli_env, **MEDIA_ENV, "PUBLISHER_NOW": later}
    result = run(["--config", str(config), "media", "sweep"], env=env)
    assert result.exit_code == 0, result.output
    assert result.stdout == f"removed 1 image(s) stored before {store_cutoff(later)}; 0 kept\n"
    assert _keys(s3_server, s3_bucket) == []


def store_cutoff(now: str) -> str:
    return (datetime.fromisoformat(now) - timedelta(days=1)).strftime("%Y-%m-%d %H:%M UTC")


def test_media_sweep_without_a_media_table_says_so(tmp_path: Path, cli_env: dict[str, str]) -> None:
    result = run(["media", "sweep"], env=cli_env)
    assert result.exit_code == 1
    assert "no [media] table" in result.output


def test_config_check_shows_the_media_table_with_secrets_masked(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(media_table("http://127.0.0.1:9", "dept-media"))
    ok = run(["--config", str(config), "config", "check"], env={**cli_env, **MEDIA_ENV})
    assert ok.exit_code == 0, ok.output
    assert "media: bucket dept-media at http://127.0.0.1:9, presigned URLs, kept 2d" in ok.stdout
    assert SECRET_KEY not in ok.output
    missing = run(["--config", str(config), "config", "check"], env=cli_env)
    assert missing.exit_code == 1
    assert (
        "media.secret_access_key: environment variable MEDIA_SECRET_KEY is not set"
        in missing.output
    )
