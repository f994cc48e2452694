"""`python -m govspec` runs the command line."""

import sys

from govspec.cli import main

sys.exit(main())
