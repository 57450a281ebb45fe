"""Every table of the server, imported once so Alembic and tests see the whole schema."""

from __future__ import annotations

from sync_server.advice.models import Diagnostic, Habit, HabitChange, Pairing
from sync_server.campaigns.models import Campaign, CampaignResponse, CampaignTarget
from sync_server.catalogue.models import Product
from sync_server.consents.models import Attachment, AttachmentPart, Consent
from sync_server.customers.models import Balance, Customer, CustomerStore, ProfileLoss
from sync_server.db import Base
from sync_server.devices.models import Device, RegistrationCode
from sync_server.gifts.models import Gift, GiftStock, GiftStockMove, Redemption, RedemptionVoid
from sync_server.incidents.models import Incident, IncidentEvent
from sync_server.ledger.models import LedgerEntry
from sync_server.mail.models import MailRequest
from sync_server.review.models import ReviewCase
from sync_server.sales.models import Sale
from sync_server.staff.models import Staff
from sync_server.stores.models import ChainSetting, Store
from sync_server.sync.models import FeedHorizon, FeedRow, Inbox

__all__ = [
    "Attachment",
    "AttachmentPart",
    "Balance",
    "Base",
    "Campaign",
    "CampaignResponse",
    "CampaignTarget",
    "ChainSetting",
    "Consent",
    "Customer",
    "CustomerStore",
    "Device",
    "Diagnostic",
    "FeedHorizon",
    "FeedRow",
    "Gift",
    "GiftStock",
    "GiftStockMove",
    "Habit",
    "HabitChange",
    "Inbox",
    "Incident",
    "IncidentEvent",
    "LedgerEntry",
    "MailRequest",
    "Pairing",
    "Product",
    "ProfileLoss",
    "Redemption",
    "RedemptionVoid",
    "RegistrationCode",
    "ReviewCase",
    "Sale",
    "Staff",
    "Store",
]
