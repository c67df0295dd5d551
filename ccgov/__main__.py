"""``python -m ccgov``: the same as the ``ccgov`` command."""

from ccgov.cli import main

if __name__ == "__main__":
    main()
