"""Equality: features/equality/*.feature."""

from pytest_bdd import scenarios

scenarios("equality")
