"""``python -m newsread`` runs the command line."""

from newsread.cli import main

raise SystemExit(main())
