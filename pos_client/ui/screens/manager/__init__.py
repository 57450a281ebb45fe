"""The store manager's screens: the review list, figures, staff and PINs, the till's import.

`ManagerMenu(ctx, parent, on_gift_stock=...)` is the way in; `open_review(ctx, parent)`
opens the review list directly (the sync status' "needs attention" button).
"""

from pos_client.ui.screens.manager.manager_menu import ManagerMenu, open_review

__all__ = ["ManagerMenu", "open_review"]
