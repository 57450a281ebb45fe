"""Errors a person can act on, with stable codes the UI translates."""

from __future__ import annotations

from typing import Any


class UserFacingError(Exception):
    """A problem caused by input a person can correct.

    `code` is stable (the UI maps it to a translated sentence and the server
    to its JSON answer); `params` fill the sentence; `message` is an English
    fallback for logs and the API.
    """

    code = "user_error"

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params


class Cancelled(Exception):
    """The person cancelled; never shown."""


class InvalidCheckDigit(UserFacingError):
    code = "invalid_check_digit"


class InvalidNationalId(UserFacingError):
    code = "invalid_national_id"


class InvalidPhone(UserFacingError):
    code = "invalid_phone"


class InvalidEmail(UserFacingError):
    code = "invalid_email"


class UnknownProduct(UserFacingError):
    code = "unknown_product"


class InactiveProduct(UserFacingError):
    code = "inactive_product"


class InvalidQuantity(UserFacingError):
    code = "invalid_quantity"


class InvalidAmount(UserFacingError):
    code = "invalid_amount"


class DiscountNotAllowed(UserFacingError):
    code = "discount_not_allowed"


class EmptyCart(UserFacingError):
    code = "empty_cart"


class PaymentShort(UserFacingError):
    code = "payment_short"


class WrongPin(UserFacingError):
    code = "wrong_pin"


class StaffLocked(UserFacingError):
    code = "staff_locked"


class OfflineTooLong(UserFacingError):
    """Staff PINs on a tablet that has not reached head office for too long stop working."""

    code = "offline_too_long"


class NotAllowed(UserFacingError):
    code = "not_allowed"


class UnknownReceipt(UserFacingError):
    code = "unknown_receipt"


class ReturnExceedsSale(UserFacingError):
    code = "return_exceeds_sale"


class UnknownCustomer(UserFacingError):
    code = "unknown_customer"
