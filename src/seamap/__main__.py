import sys

try:
    from seamap.cli import main
except KeyboardInterrupt:  # Ctrl-C while Python is still loading seamap: nothing was written
    sys.exit(130)

raise SystemExit(main())
