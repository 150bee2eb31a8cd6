"""The Textual dashboard.  Imported only by the command that opens it (see tui/cli.py)."""
