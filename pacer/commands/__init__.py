"""What each command does, without click: the CLI parses, calls one of these, renders."""
