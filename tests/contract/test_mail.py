"""A document e-mailed on the customer's request: queued at the counter (offline too),
sent by head office through a real SMTP server, the PDF attached; failures retried."""

from __future__ import annotations

import email
import email.policy
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from chain import ServerProcess, Tablet, free_port, running_chain
from members import enrol_with_sale
from server_cli import run_sync_server
from sqlalchemy import select

from pos_client.services.consents import document
from pos_client.services.mail import NoEmail, email_document
from pos_client.store.models import Consent, OutboxEntry
from sync_server.mail.models import MailRequest


class Inbox:
    """An SMTP server on 127.0.0.1 that keeps what it receives."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        raw = envelope.content  # type: ignore[attr-defined]
        self.messages.append(email.message_from_bytes(raw, policy=email.policy.default))  # type: ignore[arg-type]
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def send_mail(server: ServerProcess, port: int) -> str:
    done = run_sync_server(
        server.data_dir,
        "send-mail",
        database_url=server.database_url,
        smtp_url=f"smtp://127.0.0.1:{port}",
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.sqlite_only
def test_the_signed_consent_reaches_the_customers_inbox_as_a_pdf(
    server: ServerProcess, new_tablet: Callable[..., Tablet], smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    tablet = new_tablet("S001")
    tablet.sync()
    customer_id, _ = enrol_with_sale(tablet, {"cream": 1})
    clerk = tablet.staff("1001")
    with tablet.sessions.begin() as s:  # asked at the counter, before any sync
        consent_id = s.scalars(select(Consent.id)).one()
        _sha, pdf = document(s, consent_id)
        assert pdf is not None
        to = email_document(
            s,
            customer_id=customer_id,
            document="consent",
            pdf=pdf,
            staff=clerk,
            now=datetime.now(UTC),
        )
    assert to == "lucia.fernandez@example.es"
    tablet.sync()
    assert "1 sent" in send_mail(server, port)

    assert len(inbox.messages) == 1
    message = inbox.messages[0]
    assert message["To"] == "lucia.fernandez@example.es"
    assert message["Subject"] == "Tu consentimiento firmado"
    attachments = list(message.iter_attachments())
    assert len(attachments) == 1 and attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_content() == pdf
    assert "Bellesa" in message.get_body(preferencelist=("plain",)).get_content()  # the store
    assert "0 sent" in send_mail(server, port)  # sent once, not again
    with server.admin() as s:
        request = s.scalars(select(MailRequest)).one()
        assert (request.status, request.attempts) == ("sent", 1)


@pytest.mark.sqlite_only
def test_a_mail_server_that_is_down_is_tried_again_later(
    server: ServerProcess, new_tablet: Callable[..., Tablet], smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    tablet = new_tablet("S001")
    tablet.sync()
    customer_id, _ = enrol_with_sale(tablet, {"cream": 1})
    clerk = tablet.staff("1001")
    with tablet.sessions.begin() as s:
        email_document(
            s,
            customer_id=customer_id,
            document="member_card",
            pdf=b"%PDF-1.4 a card",
            staff=clerk,
            now=datetime.now(UTC),
        )
    tablet.sync()
    assert "1 to try again" in send_mail(server, free_port())  # nothing listens there
    with server.admin() as s:
        request = s.scalars(select(MailRequest)).one()
        assert request.status == "queued" and "cannot reach" in request.last_error
    assert "1 sent" in send_mail(server, port)
    assert inbox.messages[0]["Subject"] == "Tu tarjeta del club"


@pytest.mark.sqlite_only
def test_a_customer_without_an_e_mail_address_is_told_at_the_counter(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    from members import a_registration

    tablet = new_tablet("S001")
    tablet.sync()
    customer_id, _ = enrol_with_sale(tablet, {"cream": 1}, a_registration(email=""))
    clerk = tablet.staff("1001")
    with tablet.sessions.begin() as s, pytest.raises(NoEmail):
        email_document(
            s,
            customer_id=customer_id,
            document="consent",
            pdf=b"%PDF",
            staff=clerk,
            now=datetime.now(UTC),
        )
    with tablet.sessions.begin() as s:
        assert s.scalars(select(OutboxEntry.entity).where(OutboxEntry.entity == "mail")).all() == []


def test_a_running_server_sends_the_queue_by_itself(
    tmp_path: Path, smtp: tuple[Inbox, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, port = smtp
    monkeypatch.setenv("LOYALTY_SMTP_URL", f"smtp://127.0.0.1:{port}")
    monkeypatch.setenv("LOYALTY_MAIL_MINUTES", "0.02")  # every 1.2 s
    with running_chain(tmp_path / "server") as server:
        tablet = Tablet.register(server, tmp_path / "tablet", "S001")
        try:
            tablet.sync()
            customer_id, _ = enrol_with_sale(tablet, {"cream": 1})
            clerk = tablet.staff("1001")
            with tablet.sessions.begin() as s:
                email_document(
                    s,
                    customer_id=customer_id,
                    document="receipt",
                    pdf=b"%PDF-1.4 a receipt",
                    staff=clerk,
                    now=datetime.now(UTC),
                )
            tablet.sync()
            deadline = time.monotonic() + 15
            while not inbox.messages and time.monotonic() < deadline:
                time.sleep(0.2)
        finally:
            tablet.close()
    assert [m["Subject"] for m in inbox.messages] == ["Tu ticket de compra"]
