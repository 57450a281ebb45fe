"""The product's version: one number for the tablet app, the server and the package.

The tablet sends it to head office (`X-Loyalty-Client`), which refuses feeds
to apps older than it serves; the About screen and the bundle show it.
pyproject.toml reads it from here, so a release changes this line only.
"""

VERSION = "0.7.0"
