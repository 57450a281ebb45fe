# mypy: disable-error-code="dict-item"
# (QT_TRANSLATE_NOOP is typed as returning object; it returns its text.)
"""Incidents at the counter; the names their screens show for the domain's codes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from loyalty_core.incidents import Category, Priority, Status

_CONTEXT = "IncidentLabels"
CATEGORIES: dict[str, str] = {
    Category.PRODUCT_DEFECT: QT_TRANSLATE_NOOP("IncidentLabels", "Defecto de producto"),
    Category.ALLERGIC_REACTION: QT_TRANSLATE_NOOP("IncidentLabels", "Reacción alérgica"),
    Category.SERVICE_COMPLAINT: QT_TRANSLATE_NOOP("IncidentLabels", "Queja de atención"),
    Category.REQUEST: QT_TRANSLATE_NOOP("IncidentLabels", "Solicitud"),
    Category.OTHER: QT_TRANSLATE_NOOP("IncidentLabels", "Otra"),
}
PRIORITIES: dict[str, str] = {
    Priority.LOW: QT_TRANSLATE_NOOP("IncidentLabels", "Baja"),
    Priority.NORMAL: QT_TRANSLATE_NOOP("IncidentLabels", "Normal"),
    Priority.HIGH: QT_TRANSLATE_NOOP("IncidentLabels", "Alta"),
    Priority.URGENT: QT_TRANSLATE_NOOP("IncidentLabels", "Urgente"),
}
STATUSES: dict[str, str] = {
    Status.OPEN: QT_TRANSLATE_NOOP("IncidentLabels", "Abierta, sin asignar"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("IncidentLabels", "En curso"),
    Status.WAITING_STORE: QT_TRANSLATE_NOOP("IncidentLabels", "Espera respuesta de la tienda"),
    Status.WAITING_CUSTOMER: QT_TRANSLATE_NOOP("IncidentLabels", "Espera respuesta del cliente"),
    Status.RESOLVED: QT_TRANSLATE_NOOP("IncidentLabels", "Resuelta"),
    Status.CLOSED: QT_TRANSLATE_NOOP("IncidentLabels", "Cerrada"),
    Status.REJECTED: QT_TRANSLATE_NOOP("IncidentLabels", "Rechazada"),
}


def _name(table: dict[str, str], code: str) -> str:
    text = table.get(code)
    return QCoreApplication.translate(_CONTEXT, text) if text else code


def category_name(code: str) -> str:
    return _name(CATEGORIES, code)


def priority_name(code: str) -> str:
    return _name(PRIORITIES, code)


def status_name(code: str) -> str:
    return _name(STATUSES, code)
