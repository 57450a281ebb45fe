"""Watching the server in production: request ids, JSON logs, Prometheus metrics, readiness.

- `context`: the request being handled (its id, the device), for every log line.
- `logs`: JSON lines to stderr (the systemd journal) when `LOYALTY_LOG_FORMAT=json`.
- `middleware`: one ASGI layer that gives each request its id, times it, writes its
  access line and counts it.
- `metrics`: the counters and histograms, summed across uvicorn's worker processes
  (prometheus_client's multiprocess mode, `PROMETHEUS_MULTIPROC_DIR`).
- `devices`: how many tablets were seen lately, per store, computed at scrape time.
- `readiness` and `routes`: `/ready` (the database answers, its schema is at head) and
  `/metrics`.
"""
