"""ccgov's own checks: features/core/*.feature."""

from pytest_bdd import scenarios

scenarios("core")
