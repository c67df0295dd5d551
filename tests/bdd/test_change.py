"""Change management: features/change/*.feature."""

from pytest_bdd import scenarios

scenarios("change")
