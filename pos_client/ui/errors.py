"""Turning errors into calm sentences in the user's language.

`UserFacingError`s are shown with their translated sentence near the
action; `Cancelled` is never shown; anything else is logged with its
traceback and shown as a generic message.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from loyalty_core.errors import Cancelled, UserFacingError
from loyalty_core.money import format_euros

log = logging.getLogger(__name__)

_CONTEXT = "Errors"
_MESSAGES: dict[str, str] = {
    "invalid_check_digit": QT_TRANSLATE_NOOP(
        "Errors",
        "El código {code} no es válido (dígito de control incorrecto). Vuelva a escanearlo.",
    ),
    "unknown_product": QT_TRANSLATE_NOOP("Errors", "No hay ningún producto con el código {code}."),
    "inactive_product": QT_TRANSLATE_NOOP(
        "Errors", "«{name}» ({code}) está dado de baja y no se puede vender."
    ),
    "invalid_quantity": QT_TRANSLATE_NOOP(
        "Errors", "La cantidad debe ser un número entero entre 1 y 999."
    ),
    "invalid_amount": QT_TRANSLATE_NOOP("Errors", "«{text}» no es un importe válido."),
    "discount_not_allowed": QT_TRANSLATE_NOOP(
        "Errors", "Su perfil permite descuentos de hasta el {limit} %. Pida a un encargado."
    ),
    "empty_cart": QT_TRANSLATE_NOOP("Errors", "No hay ningún producto en el ticket."),
    "payment_short": QT_TRANSLATE_NOOP("Errors", "Faltan {missing} por cobrar."),
    "wrong_pin": QT_TRANSLATE_NOOP("Errors", "Código o PIN incorrecto."),
    "staff_locked": QT_TRANSLATE_NOOP(
        "Errors", "Demasiados intentos. Código bloqueado {minutes} min."
    ),
    "offline_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "Esta tableta lleva más de {days} días sin conectar con la central: "
        "conéctela a la red y sincronice para iniciar sesión.",
    ),
    "not_allowed": QT_TRANSLATE_NOOP("Errors", "Su perfil no permite esta operación."),
    "unknown_receipt": QT_TRANSLATE_NOOP("Errors", "No se encuentra el ticket {number}."),
    "return_exceeds_sale": QT_TRANSLATE_NOOP(
        "Errors", "Solo quedan {left} unidades de «{name}» por devolver."
    ),
    "unknown_customer": QT_TRANSLATE_NOOP("Errors", "Cliente no encontrado en esta tienda."),
    "invalid_national_id": QT_TRANSLATE_NOOP(
        "Errors", "El DNI/NIE «{text}» no es válido: revise la letra."
    ),
    "invalid_phone": QT_TRANSLATE_NOOP("Errors", "«{text}» no es un teléfono válido."),
    "invalid_email": QT_TRANSLATE_NOOP("Errors", "«{text}» no es un e-mail válido."),
}
_GENERIC = QT_TRANSLATE_NOOP(
    "Errors", "Algo ha fallado. No se ha guardado nada a medias; vuelva a intentarlo."
)


def message_for(exc: BaseException) -> str | None:
    """Return the sentence to show for an error, or None when nothing is shown."""
    if isinstance(exc, Cancelled):
        return None
    if isinstance(exc, UserFacingError):
        template = _MESSAGES.get(exc.code)
        if template is None:
            return exc.message
        params = dict(exc.params)
        if exc.code == "payment_short" and "missing" in params:
            params["missing"] = format_euros(int(params["missing"]))
        text = QCoreApplication.translate(_CONTEXT, template)
        try:
            return text.format(**params)
        except (KeyError, IndexError):
            return text
    log.error("unexpected error", exc_info=exc)
    return QCoreApplication.translate(_CONTEXT, _GENERIC)
