"""The Redis transport that reuses its client object (shared/redis_transport.py), on real Redis."""

from shared import pipeline
from shared.broker_state import queue_messages
from shared.celery_app import app, send
from shared.config import Settings
from shared.redis_transport import Channel


def test_one_client_object_serves_every_command_of_a_channel(clean_db: Settings) -> None:
    with app.connection_for_write() as connection:
        channel = connection.default_channel
        assert isinstance(channel, Channel)
        first = channel._create_client()
        assert channel._create_client() is first
        assert channel._create_client(asynchronous=True) is not first  # kombu's own, for BRPOP
        # What kombu does when it drops its pool: then a new client, on the new pool.
        channel._pool = None  # type: ignore[attr-defined]
        assert channel._create_client() is not first


def test_messages_sent_through_it_are_queued_under_the_key_prefix(clean_db: Settings) -> None:
    for document_id in (1, 2, 3):
        send(pipeline.EXTRACT_TASK, document_id)
    assert queue_messages(app, (pipeline.EXTRACT,)) == {pipeline.EXTRACT: 3}
