from crmdesk.cli.commands import main

raise SystemExit(main())
