"""`python -m tui` is `marsad`."""

from tui.cli import run

run()
