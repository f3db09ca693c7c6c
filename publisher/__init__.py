"""Scheduled hashtag-day publisher for de-identified radiology teaching cases."""

__version__ = "0.1.0"
