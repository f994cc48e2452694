"""`python -m govspec` and the `govspec` command: the command line, run as a process of its own."""

import gc
import sys


def run() -> None:
    """Run the command line and exit with its code."""
    # Importing the command line makes some hundred thousand objects that live as long as the process: collecting
    # cycles among them while they are made, and again at every later collection, took a tenth of a whole check of
    # the flagship spec. They are made with the collector paused, then set aside for good (reading, checking and
    # reporting pause it again for what they make; see govspec.pipeline).
    gc.disable()
    from govspec.cli import main

    gc.freeze()
    gc.enable()
    sys.exit(main())


if __name__ == "__main__":
    run()
