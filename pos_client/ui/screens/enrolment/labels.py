"""Names the enrolment screens show for the domain's codes, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from loyalty_core.consent import Purpose
from loyalty_core.duplicates import MatchReason

_CONTEXT = "EnrolmentLabels"
_PURPOSES = {
    Purpose.CLUB: QT_TRANSLATE_NOOP("EnrolmentLabels", "Condiciones del club"),
    Purpose.EMAIL: QT_TRANSLATE_NOOP("EnrolmentLabels", "Ofertas por e-mail"),
    Purpose.SMS: QT_TRANSLATE_NOOP("EnrolmentLabels", "Ofertas por SMS"),
    Purpose.PROFILING: QT_TRANSLATE_NOOP("EnrolmentLabels", "Ofertas personalizadas (perfil)"),
    Purpose.SKIN_DATA: QT_TRANSLATE_NOOP("EnrolmentLabels", "Datos de piel y hábitos"),
}
_PURPOSES_SHORT = {
    Purpose.CLUB: QT_TRANSLATE_NOOP("EnrolmentLabels", "Club"),
    Purpose.EMAIL: QT_TRANSLATE_NOOP("EnrolmentLabels", "E-mail"),
    Purpose.SMS: QT_TRANSLATE_NOOP("EnrolmentLabels", "SMS"),
    Purpose.PROFILING: QT_TRANSLATE_NOOP("EnrolmentLabels", "Perfil"),
    Purpose.SKIN_DATA: QT_TRANSLATE_NOOP("EnrolmentLabels", "Piel"),
}
_REASONS = {
    MatchReason.NATIONAL_ID: QT_TRANSLATE_NOOP("EnrolmentLabels", "mismo DNI/NIE"),
    MatchReason.PHONE: QT_TRANSLATE_NOOP("EnrolmentLabels", "mismo teléfono"),
    MatchReason.EMAIL: QT_TRANSLATE_NOOP("EnrolmentLabels", "mismo e-mail"),
    MatchReason.NAME_AND_BIRTH_DATE: QT_TRANSLATE_NOOP(
        "EnrolmentLabels", "nombre parecido y misma fecha de nacimiento"
    ),
}
GENDERS = (
    ("female", QT_TRANSLATE_NOOP("EnrolmentLabels", "Mujer")),
    ("male", QT_TRANSLATE_NOOP("EnrolmentLabels", "Hombre")),
    ("non_binary", QT_TRANSLATE_NOOP("EnrolmentLabels", "No binario")),
)
"""loyalty_core.profile.GENDERS, in the order the form offers them."""
LANGUAGES = (("es", "Español"), ("ca", "Català"), ("en", "English"))
"""Each language by its own name, as customers look for it."""
_KINDS = {
    "enrolment": QT_TRANSLATE_NOOP("EnrolmentLabels", "Alta"),
    "change": QT_TRANSLATE_NOOP("EnrolmentLabels", "Cambio"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def purpose_name(purpose: Purpose, *, short: bool = False) -> str:
    return tr((_PURPOSES_SHORT if short else _PURPOSES)[purpose])


def reason_name(reason: MatchReason) -> str:
    return tr(_REASONS[reason])


def record_kind(kind: str) -> str:
    return tr(_KINDS[kind]) if kind in _KINDS else kind


def language_name(code: str) -> str:
    return dict(LANGUAGES).get(code, code)
