import sys

try:
    from seamap.cli import main
except KeyboardInterrupt:  # Ctrl-C while Python is still loading seamap: nothing was written
    print("seamap: interrupted while starting; nothing was written", file=sys.stderr)
    sys.exit(130)

raise SystemExit(main())
