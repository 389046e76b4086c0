"""The task queue's tasks (procrastinate, PostgreSQL only: its app imports this module)."""

from django.db import close_old_connections
from procrastinate import RetryStrategy
from procrastinate.contrib.django import app

from sources import jobs


# A database hiccup is retried (after 2, 4 and 8 s); a bad document fails its job at once.
@app.task(queue=jobs.QUEUE, retry=RetryStrategy(max_attempts=3, exponential_wait=2))
def ingest(job_id: int) -> None:
    """Ingest the document of IngestJob `job_id`: extraction and linking included."""
    close_old_connections()  # a worker thread may hold a connection the server has dropped
    try:
        jobs.run(job_id)
    finally:
        close_old_connections()
