"""The review list's words: each kind of entry, each decision, the server's codes.

The list, the detail panel and the dialog word an entry the same way, so the
words live here once; `ReviewEntry` keeps codes (a kind, a flag, a rejection
reason) and this says them in the counter's language.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from PySide6.QtCore import QObject

from loyalty_core.duplicates import MatchReason
from loyalty_core.wire import Entity, SettleAction
from pos_client.services import review
from pos_client.services.review import ReviewEntry
from pos_client.ui.plurals import signed
from pos_client.ui.screens.enrolment import labels as enrolment_labels

FLAGGED_SALE = "flagged_sale"
"""The kind of a sale head office flagged (`review` has no constant for it)."""


def local_time(entry: ReviewEntry) -> str:
    """When the entry happened, on the tablet's clock."""
    return entry.when.astimezone().strftime("%d/%m/%Y %H:%M")


class ReviewTexts(QObject):
    """The words for a review entry's kind, subject, reason and detail, and for decisions."""

    def kind_name(self, kind: str, *, short: bool = False) -> str:
        """The entry's kind: short for the list's column, whole for the detail's title."""
        if short:
            brief = {
                review.OVERDRAFT: self.tr("Saldo negativo"),
                review.REJECTED: self.tr("Cambio rechazado"),
                review.DUPLICATE: self.tr("Posible duplicado"),
                FLAGGED_SALE: self.tr("Venta a revisar"),
                review.INCIDENT: self.tr("Incidencia"),
            }
            return brief.get(kind, kind)
        names = {
            review.OVERDRAFT: self.tr("Saldo de puntos en negativo"),
            review.REJECTED: self.tr("Cambio rechazado"),
            review.DUPLICATE: self.tr("Posible cliente duplicado"),
            FLAGGED_SALE: self.tr("Venta a revisar"),
            review.INCIDENT: self.tr("Incidencia: la central espera respuesta"),
        }
        return names.get(kind, kind)

    def action_name(self, action: SettleAction) -> str:
        """A decision's name, as its button and the question before it say it."""
        names = {
            SettleAction.RECOVER: self.tr("Recuperar con compras futuras"),
            SettleAction.WRITE_OFF: self.tr("Asumir el descubierto"),
            SettleAction.VOID: self.tr("Anular"),
            SettleAction.RESENT: self.tr("Corregir y reenviar"),
            SettleAction.MERGE: self.tr("Fusionar"),
            SettleAction.NOT_DUPLICATE: self.tr("Son personas distintas"),
            SettleAction.CHECKED: self.tr("Revisado"),
        }
        return names[action]

    def action_hint(self, action: SettleAction) -> str:
        """What a decision does, beside its button."""
        hints = {
            SettleAction.RECOVER: self.tr(
                "Los puntos de sus próximas compras cubren el saldo; hasta entonces no canjea."
            ),
            SettleAction.WRITE_OFF: self.tr("La cadena asume lo que falta: el saldo vuelve a 0."),
            SettleAction.VOID: self.tr("El cambio no se aplicará nunca."),
            SettleAction.RESENT: self.tr("Corrija los datos y se envían de nuevo."),
            SettleAction.MERGE: self.tr("Son la misma persona: sus fichas se unen en una."),
            SettleAction.NOT_DUPLICATE: self.tr("Se parecen, pero son dos clientes."),
            SettleAction.CHECKED: self.tr("Visto y resuelto en la tienda."),
        }
        return hints[action]

    def entity_name(self, entity: str) -> str:
        """What a rejected change was (the wire's entity names)."""
        names: dict[str, str] = {
            Entity.SALE: self.tr("Venta"),
            Entity.LEDGER_ENTRY: self.tr("Movimiento de puntos"),
            Entity.CUSTOMER: self.tr("Datos de cliente"),
            Entity.CONSENT: self.tr("Consentimiento"),
            Entity.MAIL: self.tr("Envío por e-mail"),
            Entity.MEMBER_CARD: self.tr("Tarjeta de socio"),
            Entity.DIAGNOSTIC: self.tr("Diagnóstico de piel"),
            Entity.HABITS: self.tr("Hábitos"),
            Entity.REDEMPTION: self.tr("Canje de regalo"),
            Entity.REDEMPTION_CANCEL: self.tr("Anulación de canje"),
            Entity.GIFT_STOCK: self.tr("Stock de regalos"),
            Entity.SETTLEMENT: self.tr("Decisión de revisión"),
            Entity.INCIDENT: self.tr("Incidencia"),
            Entity.INCIDENT_NOTE: self.tr("Nota de incidencia"),
            Entity.CAMPAIGN_RESPONSE: self.tr("Respuesta a campaña"),
            Entity.STAFF_PIN: self.tr("PIN de personal"),
            Entity.TILL_SALE: self.tr("Venta del TPV"),
        }
        return names.get(entity, entity)

    def rejection_reason(self, code: str) -> str:
        """Why the server refused a change, in words (the server's own codes)."""
        reasons = {
            "bad_value": self.tr("Un dato no es válido"),
            "malformed": self.tr("El cambio llegó incompleto o mal formado"),
            "wrong_store": self.tr("Es de otra tienda"),
            "wrong_device": self.tr("Es de otra tableta"),
            "not_allowed": self.tr("El perfil de quien lo hizo no lo permite"),
            "dependency_rejected": self.tr("Dependía de otro cambio que se rechazó"),
            "hash_mismatch": self.tr("El cambio llegó dañado"),
            "entity_mismatch": self.tr("El cambio llegó dañado"),
            "bad_clock": self.tr("La hora de la tableta no era válida"),
            "unsupported_version": self.tr(
                "La central ya no admite esta versión de la aplicación: actualícela"
            ),
            "unknown_gift": self.tr("El regalo ya no existe en el catálogo"),
            "unknown_campaign": self.tr("La campaña ya no existe"),
            "unknown_staff": self.tr("La central no conoce a esa persona del personal"),
            "bad_pin_hash": self.tr("El PIN no se guardó de forma segura"),
            "key_reuse": self.tr("El cambio reutilizaba un identificador ya usado"),
        }
        return reasons.get(code, code or self.tr("Sin motivo indicado"))

    def flag_name(self, flag: str) -> str:
        """What head office found wrong with a sale, to follow "Venta a revisar"."""
        names = {
            "totals_mismatch": self.tr("los totales no cuadran"),
            "payments_mismatch": self.tr("los pagos no suman el total"),
            "unknown_product": self.tr("un producto que la central no conoce"),
            "price_differs": self.tr("un precio distinto del catálogo"),
            "discount_over_limit": self.tr("un descuento mayor del permitido"),
            "points_mismatch": self.tr("puntos distintos de los que da la regla"),
            "staff_unknown": self.tr("hecha con un código de personal desconocido"),
            "staff_disabled": self.tr("hecha con un código de personal dado de baja"),
        }
        return names.get(flag, flag)

    def subject_text(self, entry: ReviewEntry, names: Mapping[uuid.UUID, str]) -> str:
        """What the entry is about: names, a ticket, a reference, a customer (`names`)."""
        if entry.kind == review.DUPLICATE:
            listed = entry.detail.get("names")
            if isinstance(listed, list) and listed:
                return " / ".join(str(n) for n in listed)
        if entry.kind == FLAGGED_SALE and entry.subject:
            return self.tr("Ticket {number}").format(number=entry.subject)
        if entry.kind == review.INCIDENT:
            return entry.subject  # its reference: the kind already says it is an incident
        if entry.subject in {str(e) for e in Entity}:
            return self.entity_name(entry.subject)
        name = names.get(entry.customer_id) if entry.customer_id is not None else None
        if not entry.subject and name:
            return name  # an overdraft is about its customer
        return entry.subject or "—"

    def reason_text(self, entry: ReviewEntry) -> str:
        """The entry's reason in words: a balance, the flags, the matches, the server's code."""
        if entry.kind == review.OVERDRAFT:
            try:
                balance = int(entry.reason)
            except ValueError:
                return entry.reason
            return signed(self.tr("Saldo de %Ln punto(s)", "", abs(balance)), balance)
        if entry.kind == FLAGGED_SALE:
            flags = entry.detail.get("flags")
            words = [self.flag_name(str(f)) for f in flags] if isinstance(flags, list) else []
            text = ", ".join(words) or entry.reason
            return text[:1].upper() + text[1:]
        if entry.kind == review.DUPLICATE:
            reasons = entry.detail.get("reasons")
            known = {str(r) for r in MatchReason}
            words = [
                enrolment_labels.reason_name(MatchReason(r)) if r in known else str(r)
                for r in (reasons if isinstance(reasons, list) else [])
            ]
            return self.tr("Coinciden: {reasons}").format(reasons=", ".join(words) or "—")
        if entry.kind == review.REJECTED:
            return self.rejection_reason(entry.reason)
        return entry.reason

    def long_reason(self, entry: ReviewEntry) -> str:
        """The reason as the detail shows it: an incident's is head office's question."""
        if entry.kind == review.INCIDENT:
            return self.tr("La central pregunta: «{question}»").format(question=entry.reason or "—")
        return self.reason_text(entry)

    def detail_text(self, entry: ReviewEntry) -> str:
        """What more the entry tells: the redemption's points, the server's message."""
        if entry.kind == review.OVERDRAFT:
            points = entry.detail.get("points")
            if isinstance(points, int):
                return self.tr(
                    "Un canje de {points} puntos, hecho sin conexión, lo dejó en negativo."
                ).format(points=abs(points))
        if entry.kind == review.REJECTED:
            message = str(entry.detail.get("message") or "")
            if message:
                return self.tr("Mensaje de la central: {message}").format(message=message)
        return ""
