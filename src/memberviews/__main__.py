"""``python -m memberviews`` runs the command line."""

from memberviews.cli import main

main()
