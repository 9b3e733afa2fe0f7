"""Editor roles need no tables of their own; this module lets Django send post_migrate here."""
