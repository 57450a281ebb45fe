"""Redeeming a gift for points: the customer's balance, today's gifts, approval, the voucher.

The gifts are big tiles a finger or a pen taps; one the customer cannot
take (too few points, none left in the store) is greyed with the reason.
A manager approves (themselves, or with their code and PIN when someone
else is logged in); head office is then asked on the I/O pool. Posted, the
voucher opens to print; refused, the reason is said and nothing happens;
with no answer, the offline screen says what the store's caps allow.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.offline_caps import Identified
from pos_client.context import AppContext
from pos_client.services import gifts
from pos_client.services.gifts import GiftOffer
from pos_client.services.staff import StaffMember
from pos_client.ui import gift_ops
from pos_client.ui.gift_ops import GiftShelf
from pos_client.ui.screens.advisor.parts import PenButton
from pos_client.ui.screens.enrolment.documents import DocumentDialog
from pos_client.ui.screens.gifts import GiftTexts, show_slip, slip
from pos_client.ui.screens.gifts.approval import ApprovalDialog, with_approval
from pos_client.ui.screens.gifts.offline_dialog import OfflineDialog
from pos_client.ui.widgets.note import NoteLabel

COLUMNS = 4
PICTURE = (168, 112)
TILE_WIDTH = 200
BRAND = QColor("#8c3b5e")


def placeholder_picture(width: int, height: int) -> QPixmap:
    """A wrapped present in the brand's colour, for a gift without a picture."""
    pixmap = QPixmap(width, height)
    pixmap.fill(QColor("#f6f0ec"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(width, height) * 0.56
    box = QRectF((width - side) / 2, (height - side) / 2 + side * 0.12, side, side * 0.78)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#d9b8c7"))
    painter.drawRoundedRect(box, 6, 6)
    lid = QRectF(box.left() - 6, box.top() - side * 0.16, box.width() + 12, side * 0.2)
    painter.setBrush(QColor("#c797ad"))
    painter.drawRoundedRect(lid, 5, 5)
    painter.setBrush(BRAND)
    ribbon = side * 0.14
    painter.drawRect(
        QRectF(box.center().x() - ribbon / 2, lid.top(), ribbon, box.bottom() - lid.top())
    )
    painter.setPen(QPen(BRAND, ribbon * 0.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    top = lid.top()
    centre = box.center().x()
    painter.drawEllipse(QRectF(centre - side * 0.3, top - side * 0.2, side * 0.3, side * 0.2))
    painter.drawEllipse(QRectF(centre, top - side * 0.2, side * 0.3, side * 0.2))
    painter.end()
    return pixmap


class GiftTile(PenButton):
    """One gift: its picture, name, points and how many are left, or why it cannot be taken."""

    def __init__(
        self, offer: GiftOffer, picture: bytes | None, texts: GiftTexts, *, balance: int
    ) -> None:
        super().__init__(object_name="giftTile", checkable=True)
        self.offer = offer
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(offer.name)
        self.picture = QLabel(objectName="giftPicture")
        self.picture.setFixedSize(*PICTURE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setPixmap(_picture(picture))
        self.name = QLabel(offer.name, objectName="giftName")
        self.name.setWordWrap(True)
        self.points = QLabel(texts.points(offer.points), objectName="giftPoints")
        sold_out = offer.stock <= 0
        self.stock = QLabel(
            texts.sold_out() if sold_out else texts.left(offer.stock),
            objectName="giftProblem" if sold_out else "giftLeft",
        )
        self.shortfall = QLabel(objectName="giftProblem")
        self.shortfall.setWordWrap(True)
        if not offer.affordable:
            self.shortfall.setText(texts.missing(offer.points - balance))
        self.shortfall.setVisible(not offer.affordable)
        if offer.description:
            self.setToolTip(offer.description)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(4)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        labels = (self.name, self.points, self.stock, self.shortfall)
        for label in labels:
            layout.addWidget(label)
        layout.addStretch(1)
        for label in (self.picture, *labels):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setEnabled(self.available)

    def sizeHint(self) -> QSize:
        # A push button sizes itself by its text; a tile by what its layout holds.
        inner = self.layout().sizeHint() if self.layout() is not None else QSize(0, 0)
        return QSize(max(TILE_WIDTH, inner.width()), inner.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    @property
    def available(self) -> bool:
        """In stock, and the customer has the points."""
        return self.offer.stock > 0 and self.offer.affordable


def _picture(data: bytes | None) -> QPixmap:
    pixmap = QPixmap()
    if data is None or not pixmap.loadFromData(data):
        return placeholder_picture(*PICTURE)
    return pixmap.scaled(
        *PICTURE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class RedeemDialog(QDialog):
    """Choose a gift for a customer and redeem it; the card refreshes through `Changes`."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        customer_id: uuid.UUID,
        identified: Identified,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.customer_id = customer_id
        self.identified = identified
        self.texts = GiftTexts(self)
        self.shelf: GiftShelf | None = None
        self.tiles: list[GiftTile] = []
        self.approval: ApprovalDialog | None = None
        self.offline_dialog: OfflineDialog | None = None
        self.slip_dialog: DocumentDialog | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Regalos por puntos"))

        title = QLabel(self.tr("Regalos por puntos"), objectName="dialogTitle")
        self.name = QLabel(objectName="customerName")
        self.name.setWordWrap(True)
        self.details = QLabel(objectName="customerDetails")
        self.balance = QLabel(objectName="pointsBalance")
        self.balance.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        who = QVBoxLayout()
        who.addWidget(self.name)
        who.addWidget(self.details)
        header = QFrame(objectName="customerCard")
        header_row = QHBoxLayout(header)
        header_row.addLayout(who, 1)
        balance_box = QVBoxLayout()
        balance_box.addWidget(QLabel(self.tr("Saldo"), objectName="sectionTitle"), 0,
                              Qt.AlignmentFlag.AlignRight)  # fmt: skip
        balance_box.addWidget(self.balance)
        header_row.addLayout(balance_box)

        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        holder = QWidget(objectName="giftHolder")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("Hoy no hay regalos para canjear en esta tienda."),
                            objectName="hintLabel")  # fmt: skip
        self.empty.hide()
        column.addWidget(self.empty)
        column.addLayout(self.grid)
        column.addStretch(1)
        scroll = QScrollArea(objectName="giftScroll")
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)

        self.summary = QLabel(self.tr("Elija un regalo."), objectName="hintLabel")
        self.summary.setWordWrap(True)
        self.note = NoteLabel()
        self.close_button = PenButton(self.tr("Cerrar"), object_name="actionButton")
        self.close_button.clicked.connect(self.accept)
        self.redeem_button = PenButton(self.tr("Canjear"), object_name="primaryButton")
        self.redeem_button.setEnabled(False)
        self.redeem_button.setMinimumWidth(260)
        self.redeem_button.clicked.connect(self.redeem)
        bottom = QHBoxLayout()
        bottom.addWidget(self.close_button)
        text = QVBoxLayout()
        text.addWidget(self.summary)
        text.addWidget(self.note)
        bottom.addLayout(text, 1)
        bottom.addWidget(self.redeem_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(header)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.resize(1100, 740)
        self.reload()

    # -- the shelf ---------------------------------------------------------------------
    def reload(self) -> None:
        gift_ops.load_shelf(
            self._ctx, customer_id=self.customer_id, success=self._show, failure=self._fail
        )

    def _show(self, shelf: GiftShelf) -> None:
        chosen = self.chosen()
        self.shelf = shelf
        holder = shelf.holder
        self.name.setText(holder.name)
        self.details.setText(
            self.tr("Tarjeta {n}").format(n=holder.card_number) if holder.card_number else ""
        )
        self.balance.setText(self.texts.points(holder.balance))
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = []
        for index, offer in enumerate(shelf.offers):
            data = shelf.pictures.get(offer.picture_sha256) if offer.picture_sha256 else None
            tile = GiftTile(offer, data, self.texts, balance=holder.balance)
            tile.clicked.connect(lambda _c=False, t=tile: self._on_tile_clicked(t))
            if chosen is not None and offer.id == chosen.id and tile.available:
                tile.setChecked(True)
            self.tiles.append(tile)
            self.grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
        for col in range(COLUMNS):
            self.grid.setColumnStretch(col, 1)
        self.empty.setVisible(not shelf.offers)
        if holder.balance < 0:  # every tile is greyed: say why once, not "Faltan" on each
            self.note.say_problem(
                self.texts.error(gifts.BlockedByOverdraft("negative", balance=holder.balance))
            )
        self._update_choice()

    def tile(self, name: str) -> GiftTile:
        """The tile of the gift called `name` (tests, screenshots)."""
        return next(t for t in self.tiles if t.offer.name == name)

    def chosen(self) -> GiftOffer | None:
        return next((t.offer for t in self.tiles if t.isChecked()), None)

    def _on_tile_clicked(self, tile: GiftTile) -> None:
        for other in self.tiles:
            if other is not tile:
                other.setChecked(False)
        tile.setChecked(True)  # tapping the chosen gift again keeps it chosen
        self.note.clear()
        self._update_choice()

    def _update_choice(self) -> None:
        offer = self.chosen()
        self.redeem_button.setEnabled(offer is not None and not self.busy)
        if offer is None or self.shelf is None:
            self.summary.setText(self.tr("Elija un regalo."))
            return
        self.summary.setText(
            self.tr("«{gift}» por {points}: le quedarán {left}.").format(
                gift=offer.name,
                points=self.texts.points(offer.points),
                left=self.texts.points(self.shelf.holder.balance - offer.points),
            )
        )

    # -- redeeming ---------------------------------------------------------------------
    def redeem(self) -> None:
        """A manager approves the chosen gift; then head office is asked."""
        offer = self.chosen()
        if offer is None or self.shelf is None or self.busy:
            return
        what = self.tr("«{gift}» ({points}) para {name}").format(
            gift=offer.name, points=self.texts.points(offer.points), name=self.shelf.holder.name
        )
        self.approval = with_approval(
            self._ctx, what=what, parent=self, then=lambda m: self._redeem_approved(offer, m)
        )

    def _redeem_approved(self, offer: GiftOffer, approver: StaffMember) -> None:
        self.approval = None
        self._set_busy(True)
        self.note.say(self.tr("Consultando con la central…"))
        gift_ops.redeem_gift(
            self._ctx,
            customer_id=self.customer_id,
            gift_id=offer.id,
            approver=approver,
            identified=self.identified,
            success=lambda result: self._on_answered(result, approver),
            failure=self._on_refused,
        )

    def _on_answered(self, result: gifts.Done | gifts.NoAnswer, approver: StaffMember) -> None:
        self._set_busy(False)
        if isinstance(result, gifts.Done):
            self._handed_over(result, approver, None)
            return
        self.note.say_problem(self.tr("Sin conexión con la central."))
        dialog = self.offline_dialog = OfflineDialog(
            self._ctx, pending=result, approver=approver, parent=self
        )
        dialog.delivered.connect(lambda done, reason: self._handed_over(done, approver, reason))
        dialog.gave_up.connect(self._on_gave_up)
        dialog.open()

    def _handed_over(self, done: gifts.Done, approver: StaffMember, reason: str | None) -> None:
        assert self.shelf is not None
        text = (
            self.tr("Entregado sin conexión: «{gift}». Saldo: {balance}.")
            if done.offline
            else self.tr("Canjeado: «{gift}». Saldo: {balance}.")
        )
        self.note.say(
            text.format(gift=done.gift_name, balance=self.texts.points(done.balance_after))
        )
        voucher = slip(self._ctx, self.shelf.holder, done, approver=approver, reason=reason)
        self.slip_dialog = show_slip(self._ctx, voucher, self)
        self.reload()

    def _on_gave_up(self) -> None:
        self.note.say(
            self.tr(
                "No se ha entregado el regalo. La aplicación lo consultará con la central y, "
                "si llegó a descontar los puntos, los devolverá."
            )
        )
        self.reload()

    def _on_refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._fail(exc)
        self.reload()  # the balance or the stock may have been behind

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_choice()

    def _fail(self, exc: BaseException) -> None:
        self.note.say_problem(self.texts.error(exc))
        self._ctx.cues.error()
