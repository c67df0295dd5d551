"""Performance management: features/performance/*.feature."""

from pytest_bdd import scenarios

scenarios("performance")
