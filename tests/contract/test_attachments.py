"""Files by hash over HTTP: resumable, verified on arrival, only for the stores concerned."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable

import pytest
import requests
from chain import ServerProcess, Tablet
from members import enrol_with_sale
from sqlalchemy import select

from loyalty_core.wire import MAX_ATTACHMENT_BYTES
from pos_client.store.models import Attachment, OutboxEntry
from pos_client.sync.api import ATTACHMENT_CHUNK, Refused
from pos_client.sync.engine import SyncReport
from sync_server.consents.models import Attachment as ServerAttachment
from sync_server.consents.models import AttachmentPart


def put(tablet: Tablet, sha: str, body: bytes, content_range: str) -> requests.Response:
    return requests.put(
        f"{tablet.server_url}/v1/attachments/{sha}",
        data=body,
        headers={
            "Authorization": f"Bearer {tablet.engine.api.token}",
            "Content-Type": "application/octet-stream",
            "Content-Range": content_range,
        },
        timeout=10,
    )


def head(tablet: Tablet, sha: str) -> requests.Response:
    return requests.head(
        f"{tablet.server_url}/v1/attachments/{sha}",
        headers={"Authorization": f"Bearer {tablet.engine.api.token}"},
        timeout=10,
    )


@pytest.mark.sqlite_only
def test_an_upload_cut_half_way_goes_on_from_where_the_server_got_to(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    tablet = new_tablet("S001")
    data = os.urandom(2 * ATTACHMENT_CHUNK + 1000)
    sha = hashlib.sha256(data).hexdigest()
    first = put(tablet, sha, data[:ATTACHMENT_CHUNK], f"bytes 0-{ATTACHMENT_CHUNK - 1}/{len(data)}")
    assert first.status_code == 200  # then the line dropped

    progress = head(tablet, sha)
    assert progress.status_code == 404
    assert progress.headers["Upload-Offset"] == str(ATTACHMENT_CHUNK)
    wrong_place = put(tablet, sha, data[:10], f"bytes 0-9/{len(data)}")
    assert wrong_place.status_code == 409
    assert wrong_place.json()["detail"]["offset"] == ATTACHMENT_CHUNK

    tablet.engine.api.upload(sha, data, "application/pdf")
    tablet.engine.api.upload(sha, data, "application/pdf")  # again: one HEAD, nothing sent

    assert head(tablet, sha).status_code == 200
    with server.admin() as s:
        kept = s.get(ServerAttachment, sha)
        assert kept is not None and kept.data == data and kept.content_type == "application/pdf"
        assert s.scalars(select(AttachmentPart)).all() == []


@pytest.mark.sqlite_only
def test_a_file_that_is_not_what_its_name_says_is_refused_and_thrown_away(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    tablet = new_tablet("S001")
    data = b"%PDF-1.4 not the real one"
    claimed = hashlib.sha256(b"the real one").hexdigest()
    with pytest.raises(Refused) as refused:
        tablet.engine.api.upload(claimed, data, "application/pdf")
    assert refused.value.code == "attachment_hash_mismatch"
    assert head(tablet, claimed).headers["Upload-Offset"] == "0"
    with server.admin() as s:
        assert s.get(ServerAttachment, claimed) is None


@pytest.mark.sqlite_only
def test_bad_ranges_names_and_sizes_get_clear_refusals(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    tablet = new_tablet("S001")
    sha = hashlib.sha256(b"x").hexdigest()
    assert put(tablet, sha, b"x", "").json()["code"] == "bad_content_range"
    assert put(tablet, sha, b"xy", "bytes 0-0/2").json()["code"] == "bad_content_range"
    too_big = put(tablet, sha, b"x", f"bytes 0-0/{MAX_ATTACHMENT_BYTES + 1}")
    assert too_big.status_code == 413 and too_big.json()["code"] == "attachment_too_large"
    assert put(tablet, "not-a-hash", b"x", "bytes 0-0/1").json()["code"] == "invalid_request"
    anonymous = requests.put(f"{tablet.server_url}/v1/attachments/{sha}", data=b"x", timeout=10)
    assert anonymous.status_code == 401


@pytest.mark.sqlite_only
def test_a_consent_waits_for_its_signed_document_then_applies(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    tablet = new_tablet("S001")
    tablet.sync()
    enrol_with_sale(tablet, {"cream": 1})
    report = SyncReport()
    tablet.engine._take_lease()
    try:
        tablet.engine.push(report, lambda: False)  # the files were not sent first
    finally:
        tablet.engine._release_lease()
    assert report.deferred == 1
    with tablet.sessions.begin() as s:
        deferred = s.scalars(select(OutboxEntry).where(OutboxEntry.state == "deferred")).one()
        assert deferred.entity == "consent"
        assert '"code":"attachment_missing"' in (deferred.server_answer or "")
    tablet.sync()
    with tablet.sessions.begin() as s:
        assert set(s.scalars(select(OutboxEntry.state))) == {"acknowledged"}
        assert set(s.scalars(select(Attachment.uploaded))) == {True}


def test_a_signed_document_is_served_to_the_stores_that_serve_the_customer_only(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    counter, colleague, elsewhere = new_tablet("S001"), new_tablet("S001"), new_tablet("S002")
    for tablet in (counter, colleague, elsewhere):
        tablet.sync()
    enrol_with_sale(counter, {"cream": 1})
    counter.sync()
    with counter.sessions.begin() as s:
        pdf_sha, pdf = s.execute(
            select(Attachment.sha256, Attachment.data).where(
                Attachment.content_type == "application/pdf"
            )
        ).one()
    assert colleague.engine.api.download(pdf_sha) == pdf  # a reprint on another tablet
    with pytest.raises(Refused) as refused:
        elsewhere.engine.api.download(pdf_sha)
    assert refused.value.code == "unknown_attachment"
