"""Turning errors into calm sentences in the user's language.

`UserFacingError`s are shown with their translated sentence near the
action; `Cancelled` is never shown; anything else is logged with its
traceback and shown as a generic message.
"""

from __future__ import annotations

import logging
import re
from pathlib import PurePath

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

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
        "Errors",
        "«{text}» no es un DNI ni un NIE: un DNI son 8 cifras y una letra; "
        "un NIE, X, Y o Z, 7 cifras y una letra.",
    ),
    "invalid_national_id:letter": QT_TRANSLATE_NOOP(
        "Errors", "La letra de «{text}» no corresponde a sus cifras: debería ser {expected}."
    ),
    "invalid_phone": QT_TRANSLATE_NOOP(
        "Errors",
        "«{text}» no es un teléfono válido: 9 cifras, o + y el prefijo del país si es extranjero.",
    ),
    "invalid_email": QT_TRANSLATE_NOOP("Errors", "«{text}» no es un e-mail válido."),
    "invalid_email:at_sign": QT_TRANSLATE_NOOP(
        "Errors", "Un e-mail lleva una arroba (@), y solo una: nombre@dominio.es."
    ),
    "invalid_email:spaces": QT_TRANSLATE_NOOP("Errors", "Un e-mail no puede llevar espacios."),
    "invalid_email:no_local_part": QT_TRANSLATE_NOOP(
        "Errors", "Falta el nombre antes de la arroba: nombre@dominio.es."
    ),
    "invalid_email:domain": QT_TRANSLATE_NOOP(
        "Errors", "Después de la arroba falta el dominio con su punto, como en @gmail.com."
    ),
    "invalid_email:double_dot": QT_TRANSLATE_NOOP(
        "Errors", "Un e-mail no puede llevar dos puntos seguidos (..)."
    ),
    "missing_field": QT_TRANSLATE_NOOP("Errors", "Este dato es obligatorio."),
    "too_long": QT_TRANSLATE_NOOP(
        "Errors", "Demasiado largo: tiene {length} caracteres y caben {limit}."
    ),
    "invalid_name": QT_TRANSLATE_NOOP(
        "Errors",
        "«{char}» no puede ir en un nombre: solo letras, espacios, guiones, apóstrofos y puntos.",
    ),
    "invalid_name:no_letters": QT_TRANSLATE_NOOP("Errors", "Un nombre tiene que llevar letras."),
    "invalid_postal_code": QT_TRANSLATE_NOOP(
        "Errors", "«{text}» no es un código postal español: son 5 cifras, de 01000 a 52999."
    ),
    "invalid_birth_date": QT_TRANSLATE_NOOP(
        "Errors", "Escriba la fecha como día/mes/año, por ejemplo 14/03/1991."
    ),
    "invalid_birth_date:no_such_day": QT_TRANSLATE_NOOP(
        "Errors", "La fecha {text} no existe: revise el día y el mes."
    ),
    "birth_date_in_future": QT_TRANSLATE_NOOP(
        "Errors", "La fecha de nacimiento no puede ser posterior a hoy."
    ),
    "birth_date_too_old": QT_TRANSLATE_NOOP(
        "Errors", "Son más de {years} años: revise el año de nacimiento."
    ),
    "too_young_to_consent": QT_TRANSLATE_NOOP(
        "Errors",
        "Menor de {age} años: el alta necesita el consentimiento de su madre, padre o tutor.",
    ),
    "contact_required": QT_TRANSLATE_NOOP(
        "Errors", "Indique un teléfono o un e-mail: al menos uno de los dos."
    ),
    "invalid_choice": QT_TRANSLATE_NOOP("Errors", "Elija una de las opciones de la lista."),
    "consent_required": QT_TRANSLATE_NOOP(
        "Errors", "Para ser socio/a del club hay que aceptar sus condiciones."
    ),
    "signature_too_short": QT_TRANSLATE_NOOP(
        "Errors",
        "La firma es demasiado corta o pequeña. Borre y pida al cliente que firme de nuevo, "
        "a lo ancho del recuadro.",
    ),
    "nothing_to_change": QT_TRANSLATE_NOOP("Errors", "No ha cambiado ninguna elección."),
    "card_issuer_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "Esta tableta aún no puede emitir tarjetas de socio: debe sincronizar una vez con la "
        "central. Sincronice, o descarte el alta para cobrar la venta sin ella.",
    ),
    "cards_exhausted": QT_TRANSLATE_NOOP(
        "Errors",
        "Esta tableta ha emitido todas sus tarjetas de socio: avise a la central. "
        "Descarte el alta para cobrar la venta sin ella.",
    ),
    "already_member": QT_TRANSLATE_NOOP("Errors", "Este cliente ya es socio/a del club."),
    "no_email": QT_TRANSLATE_NOOP(
        "Errors",
        "Este cliente no tiene e-mail. Añada su e-mail en sus datos de cliente y vuelva a "
        "enviarlo, o imprima el documento.",
    ),
    # The skin diagnostic (loyalty_core.skin), said under the field it is about.
    "skin_consent_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "Este cliente no ha dado su consentimiento para guardar datos de piel y hábitos, "
        "o lo ha retirado. Sin él no se guarda el diagnóstico.",
    ),
    "level_out_of_range": QT_TRANSLATE_NOOP("Errors", "«{value}» no vale: el nivel va de 0 a 100."),
    "level_not_a_number": QT_TRANSLATE_NOOP(
        "Errors", "Escriba un número de 0 a 100, o déjelo en blanco si no se ha medido."
    ),
    "notes_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Las notas tienen {length} caracteres y caben {limit}: acórtelas."
    ),
    "appointment_in_past": QT_TRANSLATE_NOOP(
        "Errors", "La próxima cita ya ha pasado: elija una fecha y hora posteriores a ahora."
    ),
    "appointment_too_far": QT_TRANSLATE_NOOP(
        "Errors", "La próxima cita es a más de un año vista: elija una fecha más cercana."
    ),
    "skin_type_required": QT_TRANSLATE_NOOP(
        "Errors", "Elija el tipo de piel: es lo mínimo que recoge un diagnóstico."
    ),
    "too_many_products": QT_TRANSLATE_NOOP(
        "Errors", "Se pueden recomendar {limit} productos como mucho: quite alguno antes."
    ),
    # At start-up, in a dialog before the app closes: what happened, then what to do.
    "store_key_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "Los datos de esta tienda no se pueden leer con la clave de esta instalación: se "
        "crearon en otra instalación, o la clave se ha perdido.\n\n"
        "Llame a soporte. No borre la carpeta de datos ({folder}): las ventas que aún no "
        "se han sincronizado solo están ahí.",
    ),
    "store_key_unavailable": QT_TRANSLATE_NOOP(
        "Errors",
        "No se puede leer la clave que protege los datos de la tienda.\n\n"
        "Desbloquee el llavero del sistema (cierre la sesión del equipo y vuelva a entrar) o "
        "compruebe que la carpeta de la clave está en su sitio y se puede leer; después, "
        "vuelva a abrir la aplicación. Si sigue igual, llame a soporte. No borre la carpeta "
        "de datos.",
    ),
    "store_in_use": QT_TRANSLATE_NOOP(
        "Errors",
        "Los datos de la tienda están abiertos en otro programa, seguramente otra copia de "
        "esta aplicación.\n\nCierre la otra copia y vuelva a abrir la aplicación.",
    ),
}
_GENERIC = QT_TRANSLATE_NOOP(
    "Errors", "Algo ha fallado. No se ha guardado nada a medias; vuelva a intentarlo."
)


def message_for(exc: BaseException) -> str | None:
    """Return the sentence to show for an error, or None when nothing is shown."""
    if isinstance(exc, Cancelled):
        return None
    if isinstance(exc, UserFacingError):
        template = _MESSAGES.get(f"{exc.code}:{_variant(exc)}") or _MESSAGES.get(exc.code)
        if template is None:
            return exc.message
        params = dict(exc.params)
        if exc.code == "payment_short" and "missing" in params:
            params["missing"] = format_euros(int(params["missing"]))
        if isinstance(params.get("path"), str):  # the store's file: name its folder
            params["folder"] = str(PurePath(params["path"]).parent)
        for count in ("length", "limit"):
            if isinstance(params.get(count), int):
                params[count] = QLocale().toString(params[count])
        text = QCoreApplication.translate(_CONTEXT, template)
        try:
            return text.format(**params)
        except (KeyError, IndexError):
            return text
    log.error("unexpected error", exc_info=exc)
    return QCoreApplication.translate(_CONTEXT, _GENERIC)


_NAME_PUNCTUATION = frozenset(" -'’.·")  # as loyalty_core.registration
# The two ways loyalty_core.registration reads a date: one that has a date's
# shape and is still refused is a day that does not exist (31/02).
_DATE_SHAPE = re.compile(r"^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}$|^\d{4}-\d{1,2}-\d{1,2}$")


def _variant(exc: UserFacingError) -> str:
    """Which of a code's sentences fits: the e-mail's reason, a wrong DNI letter..."""
    params = exc.params
    if exc.code == "invalid_email":
        return str(params.get("reason", ""))
    if exc.code == "invalid_national_id" and params.get("expected"):
        return "letter"
    if exc.code == "invalid_name" and params.get("char") in _NAME_PUNCTUATION:
        return "no_letters"
    if exc.code == "invalid_birth_date" and _DATE_SHAPE.match(str(params.get("text", ""))):
        return "no_such_day"
    return ""
