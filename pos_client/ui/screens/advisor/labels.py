# mypy: disable-error-code="dict-item"
# (QT_TRANSLATE_NOOP is typed as returning object; it returns its text.)
"""Names the advisor's screens show for the skin and habit codes, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from loyalty_core.habits import Frequency, Preference, Step
from loyalty_core.skin import Concern, FaceArea, Sensitivity, SkinType

_CONTEXT = "AdvisorLabels"
SKIN_TYPES: dict[str, str] = {
    SkinType.NORMAL: QT_TRANSLATE_NOOP("AdvisorLabels", "Normal"),
    SkinType.DRY: QT_TRANSLATE_NOOP("AdvisorLabels", "Seca"),
    SkinType.OILY: QT_TRANSLATE_NOOP("AdvisorLabels", "Grasa"),
    SkinType.COMBINATION: QT_TRANSLATE_NOOP("AdvisorLabels", "Mixta"),
}
SENSITIVITIES: dict[str, str] = {
    Sensitivity.LOW: QT_TRANSLATE_NOOP("AdvisorLabels", "Baja"),
    Sensitivity.MEDIUM: QT_TRANSLATE_NOOP("AdvisorLabels", "Media"),
    Sensitivity.HIGH: QT_TRANSLATE_NOOP("AdvisorLabels", "Alta"),
}
CONCERNS: dict[str, str] = {
    Concern.FINE_LINES: QT_TRANSLATE_NOOP("AdvisorLabels", "Líneas finas"),
    Concern.WRINKLES: QT_TRANSLATE_NOOP("AdvisorLabels", "Arrugas"),
    Concern.SPOTS: QT_TRANSLATE_NOOP("AdvisorLabels", "Manchas"),
    Concern.ACNE: QT_TRANSLATE_NOOP("AdvisorLabels", "Acné"),
    Concern.REDNESS: QT_TRANSLATE_NOOP("AdvisorLabels", "Rojeces"),
    Concern.DARK_CIRCLES: QT_TRANSLATE_NOOP("AdvisorLabels", "Ojeras"),
    Concern.PORES: QT_TRANSLATE_NOOP("AdvisorLabels", "Poros dilatados"),
    Concern.DULLNESS: QT_TRANSLATE_NOOP("AdvisorLabels", "Tono apagado"),
    Concern.DEHYDRATION: QT_TRANSLATE_NOOP("AdvisorLabels", "Deshidratación"),
}
AREAS: dict[str, str] = {
    FaceArea.FOREHEAD: QT_TRANSLATE_NOOP("AdvisorLabels", "Frente"),
    FaceArea.EYES: QT_TRANSLATE_NOOP("AdvisorLabels", "Ojos"),
    FaceArea.NOSE: QT_TRANSLATE_NOOP("AdvisorLabels", "Nariz"),
    FaceArea.CHEEKS: QT_TRANSLATE_NOOP("AdvisorLabels", "Mejillas"),
    FaceArea.MOUTH: QT_TRANSLATE_NOOP("AdvisorLabels", "Boca"),
    FaceArea.CHIN: QT_TRANSLATE_NOOP("AdvisorLabels", "Mentón"),
    FaceArea.NECK: QT_TRANSLATE_NOOP("AdvisorLabels", "Cuello"),
}
PHOTOTYPE_HINTS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("AdvisorLabels", "Siempre se quema, nunca se broncea"),
    2: QT_TRANSLATE_NOOP("AdvisorLabels", "Se quema con facilidad, se broncea poco"),
    3: QT_TRANSLATE_NOOP("AdvisorLabels", "A veces se quema, se broncea poco a poco"),
    4: QT_TRANSLATE_NOOP("AdvisorLabels", "Rara vez se quema, se broncea con facilidad"),
    5: QT_TRANSLATE_NOOP("AdvisorLabels", "Casi nunca se quema, piel morena"),
    6: QT_TRANSLATE_NOOP("AdvisorLabels", "Nunca se quema, piel muy oscura"),
}
"""Fitzpatrick's scale as an advisor asks about it."""
STEPS: dict[str, str] = {
    Step.CLEANSING: QT_TRANSLATE_NOOP("AdvisorLabels", "Limpieza"),
    Step.TONER: QT_TRANSLATE_NOOP("AdvisorLabels", "Tónico"),
    Step.SERUM: QT_TRANSLATE_NOOP("AdvisorLabels", "Sérum"),
    Step.MOISTURISER: QT_TRANSLATE_NOOP("AdvisorLabels", "Hidratante"),
    Step.EYE_CARE: QT_TRANSLATE_NOOP("AdvisorLabels", "Contorno de ojos"),
    Step.SUN_PROTECTION: QT_TRANSLATE_NOOP("AdvisorLabels", "Protección solar"),
    Step.MAKE_UP: QT_TRANSLATE_NOOP("AdvisorLabels", "Maquillaje"),
    Step.MAKE_UP_REMOVAL: QT_TRANSLATE_NOOP("AdvisorLabels", "Desmaquillante"),
    Step.BODY: QT_TRANSLATE_NOOP("AdvisorLabels", "Cuerpo"),
    Step.HAIR: QT_TRANSLATE_NOOP("AdvisorLabels", "Cabello"),
}
FREQUENCIES: dict[str, str] = {
    Frequency.TWICE_DAILY: QT_TRANSLATE_NOOP("AdvisorLabels", "Mañana y noche"),
    Frequency.DAILY: QT_TRANSLATE_NOOP("AdvisorLabels", "Una vez al día"),
    Frequency.SEVERAL_WEEKLY: QT_TRANSLATE_NOOP("AdvisorLabels", "Varias veces por semana"),
    Frequency.WEEKLY: QT_TRANSLATE_NOOP("AdvisorLabels", "Una vez por semana"),
    Frequency.OCCASIONALLY: QT_TRANSLATE_NOOP("AdvisorLabels", "De vez en cuando"),
}
PREFERENCES: dict[str, str] = {
    Preference.FRAGRANCE_FREE: QT_TRANSLATE_NOOP("AdvisorLabels", "Sin perfume"),
    Preference.VEGAN: QT_TRANSLATE_NOOP("AdvisorLabels", "Vegano"),
    Preference.SENSITIVE_SKIN: QT_TRANSLATE_NOOP("AdvisorLabels", "Para piel sensible"),
}
PRICE_RANGES: dict[str, str] = {
    "low": QT_TRANSLATE_NOOP("AdvisorLabels", "Hasta 20 €"),
    "mid": QT_TRANSLATE_NOOP("AdvisorLabels", "20–50 €"),
    "high": QT_TRANSLATE_NOOP("AdvisorLabels", "Más de 50 €"),
}
"""loyalty_core.habits.PRICE_RANGES, as the care guide sets their limits today."""


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def name_of(names: dict[str, str], code: str | None) -> str:
    """The translated name of a code from one of the tables above; '—' for none."""
    if code is None:
        return "—"
    return tr(names[code]) if code in names else code
