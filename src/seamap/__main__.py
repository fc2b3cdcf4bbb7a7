from seamap.cli import main

raise SystemExit(main())
