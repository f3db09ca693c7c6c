"""Engagement: snapshots of sent posts' counts, the quiz's tally in its answer, and the
teaching portfolio (`publisher report`). The aggregation here is pure; the queries
live in ``publisher.metrics.storage``."""
