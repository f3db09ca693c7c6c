"""The local web view: the term's calendar, each post as each platform will show it, and
case review with findings drawn on the images; and the calendar's static export.

Flask and Jinja2 come with the ``web`` extra (``pip install 'publisher[web]'``); the
modules here import them, so import this package only where the view is wanted.
"""

from __future__ import annotations
