"""dateline's user-facing side: the command line and (soon) the Textual reader."""
