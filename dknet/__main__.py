"""``python -m dknet`` runs the command line."""

from dknet.cli import main

main()
