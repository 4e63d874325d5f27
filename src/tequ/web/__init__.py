"""The server-rendered web UI: Jinja2 templates (autoescape on), a message catalogue (中文/English),
highlight markup built from escaped slices, and vendored static assets (uPlot, cytoscape; see
web-build/). Pages are registered on the app by ``tequ.api.app.create_app``.
"""
