"""`python -m tui` is `marsad`."""

import sys

from tui.cli import main

sys.exit(main())
