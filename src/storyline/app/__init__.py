"""`storyline serve`: a local, read-only web app over a store, and its JSON API.

Every request opens the store read-only and closes it before answering, so the app never holds the
file: a `storyline run` can start while the app is up, and while that run writes, pages say so
(HTTP 503 with a plain explanation) instead of failing. Pages are rendered on the server from the
same views and building blocks as the report file; there is no script at all, and the
Content-Security-Policy forbids scripts, inline event handlers and any remote load.
"""

from __future__ import annotations

from .server import create_app

__all__ = ["create_app"]
