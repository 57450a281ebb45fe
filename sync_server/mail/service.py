"""Queueing a counter's e-mail request, and sending the queue through SMTP.

Tablets never hold a mail account: a counter asks (an outbox change, so it
works offline too), head office keeps the request and sends it with the
chain's own mail server (`LOYALTY_SMTP_URL`). Sending is retried at each
round up to `MAX_ATTEMPTS`; what failed stays visible with its reason.
A document e-mailed on request is a service the customer asked for, not
marketing: it needs no marketing consent, only the address they gave.
"""

from __future__ import annotations

import smtplib
import ssl
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import make_msgid
from urllib.parse import unquote, urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.contact import normalise_email
from loyalty_core.wire import MailPayload
from sync_server.config import ServerSettings
from sync_server.consents.attachments import have
from sync_server.consents.models import Attachment
from sync_server.db import Database
from sync_server.mail.models import MailRequest

MAX_ATTEMPTS = 5

_LINES: dict[str, dict[str, tuple[str, str]]] = {
    "es": {
        "consent": (
            "Tu consentimiento firmado",
            "Te enviamos el documento que firmaste en la tienda.",
        ),
        "member_card": ("Tu tarjeta del club", "Te enviamos tu tarjeta de miembro del club."),
        "receipt": ("Tu ticket de compra", "Te enviamos el ticket de tu compra."),
        "skin_report": (
            "Tu informe de cuidado de la piel",
            "Te enviamos el informe de tu visita con tu asesora de belleza.",
        ),
        "": ("Hola:", "Gracias por tu visita."),
    },
    "ca": {
        "consent": (
            "El teu consentiment signat",
            "T'enviem el document que vas signar a la botiga.",
        ),
        "member_card": ("La teva targeta del club", "T'enviem la teva targeta de membre del club."),
        "receipt": ("El teu tiquet de compra", "T'enviem el tiquet de la teva compra."),
        "skin_report": (
            "El teu informe de cura de la pell",
            "T'enviem l'informe de la teva visita amb la teva assessora de bellesa.",
        ),
        "": ("Hola,", "Gràcies per la teva visita."),
    },
    "en": {
        "consent": ("Your signed consent", "Here is the document you signed in our store."),
        "member_card": ("Your club card", "Here is your club membership card."),
        "receipt": ("Your receipt", "Here is the receipt of your purchase."),
        "skin_report": (
            "Your skin care report",
            "Here is the report of your visit with your beauty advisor.",
        ),
        "": ("Hello,", "Thank you for your visit."),
    },
}
"""Per language: each document's (subject, line), and under "" the (greeting, farewell)."""


class AttachmentMissing(Exception):
    """The document has not been uploaded yet: the request waits."""


def queue(session: Session, payload: MailPayload, *, store_code: str, now: datetime) -> MailRequest:
    """Keep a counter's request to e-mail a document (ValueError for an address that is not one)."""
    to = normalise_email(payload.to)
    if not have(session, {payload.attachment_sha256}):
        raise AttachmentMissing(payload.attachment_sha256)
    request = MailRequest(
        id=payload.mail_id,
        customer_id=payload.customer_id,
        to=to,
        document=payload.document,
        attachment_sha256=payload.attachment_sha256,
        language=payload.language if payload.language in _LINES else "es",
        store_code=store_code,
        requested_at=payload.requested_at,
        status="queued",
        attempts=0,
        last_error="",
    )
    session.add(request)
    session.flush()
    return request


@dataclass(frozen=True)
class SmtpServer:
    host: str
    port: int
    security: str  # "plain", "starttls" or "ssl"
    user: str | None
    password: str | None

    @classmethod
    def from_url(cls, url: str) -> SmtpServer:
        """`smtp://host:25`, `smtp+starttls://user:pass@host:587`, `smtps://user:pass@host:465`."""
        parts = urlsplit(url)
        security = {"smtp": "plain", "smtp+starttls": "starttls", "smtps": "ssl"}.get(parts.scheme)
        if security is None or not parts.hostname:
            raise ValueError(f"not an SMTP address: {url!r}")
        default_port = {"plain": 25, "starttls": 587, "ssl": 465}[security]
        return cls(
            host=parts.hostname,
            port=parts.port or default_port,
            security=security,
            user=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
        )


@dataclass(frozen=True)
class Sent:
    sent: int
    failed: int
    waiting: int


@dataclass(frozen=True)
class _Outgoing:
    id: uuid.UUID
    message: EmailMessage | None


CLAIM_TIMEOUT = timedelta(minutes=10)
"""A request claimed by a round that never reported back (a crash) is tried again after this."""
ROUND_SIZE = 100


def send_round(
    database: Database, settings: ServerSettings, *, now: datetime | None = None
) -> Sent:
    """Send what is queued: claim, send outside any transaction, record what happened.

    A round claims its requests first (on PostgreSQL skipping rows another
    worker's round holds), so two workers never send the same request, and
    no database transaction waits on the mail server. A round that dies
    after sending and before recording sends those again later: an e-mail
    may arrive twice, never not at all.
    """
    now = now or datetime.now(UTC)
    server = SmtpServer.from_url(settings.smtp_url)
    with database.session() as session, session.begin():
        outgoing = _claim(session, settings.mail_from, now)
    if not outgoing:
        return Sent(0, 0, 0)
    errors: dict[uuid.UUID, str] = {}
    try:
        with _connect(server) as connection:
            for item in outgoing:
                if item.message is None:
                    errors[item.id] = "the document is gone"
                    continue
                try:
                    connection.send_message(item.message)
                except smtplib.SMTPException as exc:
                    errors[item.id] = str(exc)
    except (OSError, smtplib.SMTPException) as exc:
        for item in outgoing:
            errors.setdefault(item.id, f"cannot reach the mail server: {exc}")
    with database.session() as session, session.begin():
        return _record(session, outgoing, errors, datetime.now(UTC))


def _claim(session: Session, sender: str, now: datetime) -> list[_Outgoing]:
    query = (
        select(MailRequest)
        .where(
            (MailRequest.status == "queued")
            | ((MailRequest.status == "sending") & (MailRequest.claimed_at < now - CLAIM_TIMEOUT))
        )
        .order_by(MailRequest.requested_at)
        .limit(ROUND_SIZE)
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    requests = list(session.scalars(query))
    from sync_server.stores.models import Store

    names = {code: name for code, name in session.execute(select(Store.code, Store.name))}
    outgoing = []
    for request in requests:
        request.status, request.claimed_at = "sending", now
        data = session.scalar(
            select(Attachment.data).where(Attachment.sha256 == request.attachment_sha256)
        )
        message = None
        if data is not None and request.to:
            message = _message(request, data, sender, names.get(request.store_code, ""))
        outgoing.append(_Outgoing(request.id, message))
    session.flush()
    return outgoing


def _record(
    session: Session, outgoing: list[_Outgoing], errors: dict[uuid.UUID, str], now: datetime
) -> Sent:
    sent = failed = waiting = 0
    for item in outgoing:
        request = session.get(MailRequest, item.id)
        if request is None or request.status != "sending":
            continue  # erased meanwhile
        request.attempts += 1
        if item.id not in errors:
            request.status, request.sent_at, request.last_error = "sent", now, ""
            sent += 1
            continue
        request.last_error = errors[item.id][:500]
        if request.attempts >= MAX_ATTEMPTS or item.message is None:
            request.status = "failed"
            failed += 1
        else:
            request.status = "queued"
            waiting += 1
    session.flush()
    return Sent(sent, failed, waiting)


def _connect(server: SmtpServer) -> smtplib.SMTP:
    context = ssl.create_default_context()
    if server.security == "ssl":
        connection: smtplib.SMTP = smtplib.SMTP_SSL(
            server.host, server.port, timeout=30, context=context
        )
    else:
        connection = smtplib.SMTP(server.host, server.port, timeout=30)
        if server.security == "starttls":
            connection.starttls(context=context)
    if server.user:
        connection.login(server.user, server.password or "")
    return connection


def _message(request: MailRequest, data: bytes, sender: str, store_name: str) -> EmailMessage:
    lines = _LINES[request.language]
    subject, line = lines[request.document]
    hello, bye = lines[""]
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = request.to
    message["Message-ID"] = make_msgid(idstring=str(request.id))
    signature = f"\n{store_name}" if store_name else ""
    message.set_content(f"{hello}\n\n{line}\n\n{bye}{signature}\n")
    names = {
        "consent": "consentimiento",
        "member_card": "tarjeta",
        "receipt": "ticket",
        "skin_report": "informe-piel",
    }
    message.add_attachment(
        data,
        maintype="application",
        subtype="pdf",
        filename=f"{names[request.document]}-{request.id.hex[:8]}.pdf",
    )
    return message
