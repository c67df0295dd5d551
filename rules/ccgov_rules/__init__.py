"""ccgov's built-in rule sets, each a plugin registered under the ``ccgov`` entry-point group."""
