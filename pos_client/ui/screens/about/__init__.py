"""About and diagnostics: versions, device, store, server, sync, and the support archive.

`open_about(ctx, parent)` is the way in (the status bar's button and F1, on
every screen of the main window, the log-in screen too).
"""

from pos_client.ui.screens.about.about_dialog import AboutDialog, open_about

__all__ = ["AboutDialog", "open_about"]
