"""A real S3 API on 127.0.0.1: moto's server mode, one per test session, a fresh bucket
per test. The media store talks to it through boto3 exactly as it would to AWS."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

HOST = "127.0.0.1"
ACCESS_KEY = "AKIATESTMEDIASTORE01"
SECRET_KEY = "media-store-secret-key-3f9a1c7e5b"  # distinctive, so a leak is easy to spot
_buckets = itertools.count(1)


@dataclass(frozen=True)
class S3Server:
    endpoint: str

    def client(self) -> object:
        """A plain boto3 client on the server, for tests to look behind the store."""
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name="us-east-1",
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
        )


@pytest.fixture(scope="session")
def s3_server() -> Iterator[S3Server]:
    """moto's ThreadedMotoServer on a free port of 127.0.0.1."""
    server_module = pytest.importorskip("moto.server", reason="moto[server] is not installed")
    server = server_module.ThreadedMotoServer(ip_address=HOST, port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield S3Server(f"http://{host}:{port}")
    server.stop()


@pytest.fixture
def s3_bucket(s3_server: S3Server) -> str:
    """A new, private bucket on the session's server."""
    name = f"publisher-media-{next(_buckets)}"
    s3_server.client().create_bucket(Bucket=name)  # type: ignore[attr-defined]
    return name


def media_table(endpoint: str, bucket: str, **extra: str) -> str:
    """A [media] table for the config file, secrets as ${ENV} references."""
    lines = [
        "[media]",
        f'bucket = "{bucket}"',
        f'endpoint_url = "{endpoint}"',
        'addressing_style = "path"',
        'access_key_id = "${MEDIA_ACCESS_KEY}"',
        'secret_access_key = "${MEDIA_SECRET_KEY}"',
        *(f'{key} = "{value}"' for key, value in extra.items()),
    ]
    return "\n".join(lines) + "\n"


MEDIA_ENV = {"MEDIA_ACCESS_KEY": ACCESS_KEY, "MEDIA_SECRET_KEY": SECRET_KEY}
