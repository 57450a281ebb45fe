"""The bundle's entry point: the `pos-client` command, as the pip-installed script runs it.

PyInstaller freezes a script, not a console-script entry point, so this file
stands in for `pos-client = "pos_client.cli:main"` of pyproject.toml.
"""

import sys

from pos_client.cli import main

if __name__ == "__main__":
    sys.exit(main())
