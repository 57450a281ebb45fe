"""The Qt user interface: screens, widgets, and the ops that reach the store."""
