"""Benchmarks: ``python -m tests.bench [NAME ...]``. Not part of the test run."""
