"""Migration scripts, one revision per file; ``KNOWN_REVISIONS`` in ``engine.py`` lists them."""
