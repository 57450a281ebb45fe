"""First run: register this tablet with the server and make it that store's device."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from loyalty_core.sync_protocol import RegisterRequest
from pos_client.services.setup import DeviceInfo, device_info, ensure_device, is_set_up
from pos_client.sync import credentials
from pos_client.sync.api import SyncApi, UpdateRequired


class AlreadyRegistered(Exception):
    """This store file already belongs to a device; its outbox must not be mixed."""


def register_device(
    sessions: sessionmaker[Session],
    data_dir: Path,
    *,
    server_url: str,
    store_code: str,
    registration_code: str,
    device_name: str = "",
    api: SyncApi | None = None,
) -> DeviceInfo:
    """Spend a registration code, keep the token, and set this store file up as the device."""
    with sessions.begin() as s:
        if is_set_up(s):
            raise AlreadyRegistered("this tablet is already set up")
    api = api or SyncApi(server_url)
    info = api.info()
    if not info.protocol_min <= 1 <= info.protocol_max:
        raise UpdateRequired("the server needs a newer app")
    answer = api.register(
        RegisterRequest(
            store_code=store_code.strip().upper(),
            registration_code=registration_code.strip(),
            device_name=device_name,
        )
    )
    credentials.save(data_dir, credentials.Credentials(server_url=server_url, token=answer.token))
    with sessions.begin() as s:
        ensure_device(
            s,
            store_code=answer.store.code,
            device_code=answer.device_code,
            store_name=answer.store.name,
            store_address=answer.store.address,
            store_tax_id=answer.store.tax_id,
            device_id=answer.device_id,
            card_issuer=answer.card_issuer,
        )
        return device_info(s)
