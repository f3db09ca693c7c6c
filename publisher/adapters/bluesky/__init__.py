"""Bluesky through the atproto SDK: the adapter, its session cache, its reading of the
SDK's errors and the facets that make hashtags real."""

from publisher.adapters.bluesky.adapter import BlueskyAdapter

__all__ = ["BlueskyAdapter"]
