"""The HTTP API and web UI behind ``tequ serve`` (``create_app(settings)`` in ``app.py``).

JSON API (spec at ``/openapi.json``; every list is ``{"data": [...], "count": n}``, paginated by
``limit`` 1..200 and ``offset`` 0..100000; errors are ``{"ok": false, "error", "status"}``):

    GET  /api/health                  liveness (never needs a token)
    GET  /api/stats                   row counts, schema and pipeline versions
    GET  /api/search?q=&date_from=&date_to=&source=&tag=&category=&entity=&place=
    GET  /api/documents/{doc_id}      original text, clean text, every annotation with spans
    GET  /api/facts?subject=&place=&kind=&period=&doc_id=
    GET  /api/series?subject=&unit=&place=      indicator values over time, each point cited
    GET  /api/entities?q=&type=       merged entities;  GET /api/entities/{name}
    GET  /api/tracks?q=&status=&place=          measures tracker with status history
    GET  /api/checks?status=          consistency report
    GET  /api/graph?center=&depth=&limit=       entity co-occurrence graph
    GET  /api/ask?q=                  a question answered by one cited fact
    POST /api/ingest                  multipart ``files`` or JSON ``{"articles": [{"name", "text"}]}``

Web pages (server-rendered, Chinese by default, ``?lang=en``): ``/``, ``/search``,
``/doc/{id}`` (``?view=original``), ``/indicator?subject=&unit=&place=``, ``/entity/{name}``,
``/tracker``, ``/checks``, ``/graph``, ``/ask``.

Offsets (``start``, ``end``) are code-point indices into a document's original text, end
exclusive. Writes need ``TEQU_TOKEN`` (unset: 403); ``TEQU_READ_TOKEN`` protects reads.
"""
