"""The plugin's features, in ccgov's own step language."""

from pytest_bdd import scenarios

scenarios(".")
