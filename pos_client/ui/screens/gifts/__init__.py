"""Gifts for points: the store manager's screens, opened from the customer card.

`open_redemption` (choose a gift, a manager approves, head office is asked,
or the offline caps decide), `open_cancellation` (give the points back) and
`open_stock` (gifts received, counted, damaged or sent back). Each builds
its dialog; the caller shows it (`.open()`). The dialogs are imported when
first opened, as the counter's other dialogs are.

`GiftTexts` holds the sentences of the gift service's errors, the offline
refusals and caps, and the states of a redemption; `slip` and `show_slip`
make and preview the voucher of a redemption or a cancellation.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from loyalty_core.errors import UserFacingError
from loyalty_core.offline_caps import Cap, Identified, OfflineCaps, Refusal
from pos_client.context import AppContext
from pos_client.ui.errors import message_for
from pos_client.ui.plurals import signed

if TYPE_CHECKING:
    # Not at start-up: reportlab (the voucher) and requests (the gift service) load at first use.
    from pos_client.documents.gift_voucher_pdf import GiftVoucher
    from pos_client.services.gifts import Done
    from pos_client.services.staff import StaffMember
    from pos_client.ui.gift_ops import Holder
    from pos_client.ui.screens.enrolment.documents import DocumentDialog
    from pos_client.ui.screens.gifts.cancel_dialog import CancelDialog
    from pos_client.ui.screens.gifts.redeem_dialog import RedeemDialog
    from pos_client.ui.screens.gifts.stock_dialog import StockDialog

SLIP_DPI = 200
"""The slip is 80 mm wide: printed at its real size, on a receipt printer or on A4."""
REASON_MIN = 5
"""Characters of a manager's reason (over an offline cap, or cancelling), as the service asks."""


def open_redemption(
    ctx: AppContext, *, customer_id: uuid.UUID, identified: Identified, parent: QWidget | None
) -> RedeemDialog:
    """Build the gift redemption dialog for a customer; the caller shows it."""
    from pos_client.ui.screens.gifts.redeem_dialog import RedeemDialog

    return RedeemDialog(ctx, customer_id=customer_id, identified=identified, parent=parent)


def open_cancellation(
    ctx: AppContext, *, customer_id: uuid.UUID, parent: QWidget | None
) -> CancelDialog:
    """Build the dialog that cancels one of a customer's redemptions; the caller shows it."""
    from pos_client.ui.screens.gifts.cancel_dialog import CancelDialog

    return CancelDialog(ctx, customer_id=customer_id, parent=parent)


def open_stock(ctx: AppContext, *, parent: QWidget | None) -> StockDialog:
    """Build the store's gift stock dialog (managers only); the caller shows it."""
    from pos_client.ui.screens.gifts.stock_dialog import StockDialog

    return StockDialog(ctx, parent=parent)


class GiftTexts(QObject):
    """The sentences the gift screens show, in the user's language."""

    def points(self, n: int) -> str:
        return signed(self.tr("%Ln punto(s)", "", abs(n)), n)

    def left(self, stock: int) -> str:
        """How many of a gift the store has."""
        return self.tr("Queda(n) %Ln", "", stock)

    def sold_out(self) -> str:
        return self.tr("Agotado")

    def missing(self, points: int) -> str:
        """What the customer lacks for a gift."""
        return self.tr("Faltan {points}").format(points=self.points(points))

    def error(self, exc: BaseException, *, cancelling: bool = False) -> str:
        """The sentence for an error of the gift service (else the app's usual one)."""
        if not isinstance(exc, UserFacingError):
            return message_for(exc) or ""
        p = exc.params
        code = exc.code
        if code == "insufficient_points":
            return self.tr("Faltan {missing}: tiene {balance} y el regalo cuesta {asked}.").format(
                missing=self.points(int(p.get("asked", 0)) - int(p.get("balance", 0))),
                balance=self.points(int(p.get("balance", 0))),
                asked=self.points(int(p.get("asked", 0))),
            )
        if code == "blocked_by_overdraft":
            return self.tr(
                "Su saldo está en negativo ({balance}): no puede canjear regalos hasta que "
                "se regularice."
            ).format(balance=self.points(int(p.get("balance", 0))))
        if code == "out_of_stock":
            return self.tr("Este regalo está agotado en la tienda.")
        if code == "gift_not_offered":
            if cancelling:
                return self.tr("Este canje no se puede anular: no consta como entregado.")
            return self.tr("Este regalo ya no se ofrece.")
        if code == "manager_approval_needed":
            if "name" in p:
                return self.tr(
                    "{name} no es encargado/a: la aprobación necesita el código y el PIN de "
                    "un encargado."
                ).format(name=p["name"])
            return self.tr("Hace falta la aprobación de un encargado, con el motivo.")
        if code == "already_cancelled":
            return self.tr("Este canje ya estaba anulado.")
        if code == "redemption_refused":
            return self._refused(str(p.get("reason", "")), p)
        if code == "not_allowed" and "reasons" in p:
            return self.tr("No se puede entregar sin conexión.")
        return message_for(exc) or ""

    def _refused(self, reason: str, p: dict[str, object]) -> str:
        """Head office would not post it: why, and that nothing was recorded."""
        balance = p.get("balance")
        if reason == "not_enough_points":
            why = self.tr("No tiene puntos suficientes. Saldo en la central: {balance}.").format(
                balance=self.points(int(str(balance))) if balance is not None else "?"
            )
        elif reason == "out_of_stock":
            why = self.tr("A esta tienda no le queda ninguno de este regalo.")
        elif reason in ("gift_not_offered", "unknown_gift"):
            why = self.tr("Este regalo ya no se ofrece.")
        elif reason == "blocked_by_overdraft":
            why = self.tr("Su saldo en la central está en negativo ({balance}).").format(
                balance=self.points(int(str(balance))) if balance is not None else "?"
            )
        elif reason == "gift_price_changed":
            why = self.tr(
                "El regalo ha cambiado de precio: vuelva a intentarlo después de sincronizar."
            )
        else:
            why = self.tr("Motivo: {reason}.").format(reason=reason or "?")
        return self.tr("La central no acepta el canje. {why} No se ha canjeado nada.").format(
            why=why
        )

    def refusal(self, refusal: Refusal) -> str:
        if refusal == Refusal.NOT_ENOUGH_POINTS:
            return self.tr("No tiene puntos suficientes según el saldo que conoce esta tableta.")
        if refusal == Refusal.IDENTIFIED_BY_NAME:
            return self.tr(
                "Se ha buscado al cliente por su nombre: sin conexión, identifíquelo con la "
                "tarjeta o el documento (DNI/NIE) para gastar el saldo correcto."
            )
        return self.tr(
            "Tiene un descubierto de puntos pendiente de revisar: no puede canjear sin conexión."
        )

    def cap(self, cap: Cap, caps: OfflineCaps | None) -> str:
        if cap == Cap.PER_REDEMPTION:
            if caps is None:
                return self.tr("Supera el máximo por canje sin conexión.")
            return self.tr("Supera el máximo por canje sin conexión: {cap}.").format(
                cap=self.points(caps.per_redemption)
            )
        if cap == Cap.PER_CUSTOMER:
            if caps is None:
                return self.tr("Supera lo que un cliente puede canjear sin conexión.")
            return self.tr(
                "Supera lo que un cliente puede canjear sin conexión: {cap} en total."
            ).format(cap=self.points(caps.per_customer))
        if cap == Cap.DEVICE_BUDGET:
            if caps is None:
                return self.tr("Supera lo que esta tableta puede entregar sin conexión.")
            return self.tr(
                "Supera lo que esta tableta puede entregar sin conexión: {cap} en total."
            ).format(cap=self.points(caps.device_budget))
        if caps is None:
            return self.tr("La central no ha confirmado el saldo hace poco.")
        return self.tr("La central no ha confirmado el saldo en {age}.").format(
            age=self.age(caps.balance_max_age)
        )

    def age(self, age: timedelta) -> str:
        hours = int(age.total_seconds() // 3600)
        if hours % 24 == 0:
            return self.tr("los últimos %n día(s)", "", hours // 24)
        return self.tr("las últimas %n hora(s)", "", hours)

    def slip_title(self, voucher: GiftVoucher) -> str:
        if voucher.cancelled:
            return self.tr("Anulación de canje {ref}").format(ref=voucher.reference)
        return self.tr("Canje {ref}").format(ref=voucher.reference)

    def state(self, state: str, *, cancelled: bool) -> str:
        if cancelled:
            return self.tr("Anulado")
        return {
            "posted": self.tr("Confirmado"),
            "waiting": self.tr("Sin conexión: por confirmar"),
            "unanswered": self.tr("No entregado: se consulta a la central"),
            "asking": self.tr("Consultando a la central"),
        }.get(state, state)


def slip(
    ctx: AppContext,
    holder: Holder,
    done: Done,
    *,
    approver: StaffMember,
    reason: str | None,
    cancelled: bool = False,
) -> GiftVoucher:
    """The voucher of a redemption handed over (or the slip of its cancellation)."""
    from pos_client.documents.gift_voucher_pdf import GiftVoucher

    assert ctx.staff is not None
    offline = done.offline or (cancelled and not _online(ctx))
    return GiftVoucher(
        redemption_id=done.redemption_id,
        reference=done.reference,
        store_name=ctx.device.store_name,
        store_code=ctx.device.store_code,
        device_code=ctx.device.device_code,
        customer_name=holder.name,
        card_number=holder.card_number,
        gift_name=done.gift_name,
        gift_code=done.gift_code,
        points=done.points,
        balance_before=done.balance_before,
        balance_after=done.balance_after,
        redeemed_at=done.redeemed_at,
        staff_name=ctx.staff.name,
        approved_by=approver.name,
        offline=offline,
        reason=reason or None,
        language=holder.language,
        cancelled=cancelled,
    )


def _online(ctx: AppContext) -> bool:
    """Whether what is queued now reaches head office in a moment (a cancellation)."""
    from pos_client.sync.scheduler import Phase

    return ctx.sync is not None and ctx.sync.state.phase in (Phase.IDLE, Phase.SYNCING)


def show_slip(ctx: AppContext, voucher: GiftVoucher, parent: QWidget) -> DocumentDialog:
    """Preview the slip (rendered on the I/O pool) with Print; the caller keeps the dialog."""
    from pos_client.documents.gift_voucher_pdf import render_gift_voucher_pdf
    from pos_client.ui.screens.enrolment.documents import DocumentDialog

    title = GiftTexts(parent).slip_title(voucher)
    kind = "anulacion" if voucher.cancelled else "canje"
    dialog = DocumentDialog(
        ctx,
        title=title,
        file_name=f"{kind}-{voucher.reference}.pdf",
        make_pdf=lambda: render_gift_voucher_pdf(voucher),
        dpi=SLIP_DPI,
        preview_width=420,
        print_at_size=True,
        parent=parent,
    )
    dialog.open()
    return dialog
