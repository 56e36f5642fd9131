"""Moved into the bench package: `python -m bench extraction` (this script forwards its flags there).

Run: .venv/bin/python bench/extraction_speed.py [--repeat N] [--pipe-batch B] [--without NAME]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.__main__ import main

if __name__ == "__main__":
    main(["extraction", *sys.argv[1:]])
