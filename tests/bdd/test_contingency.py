"""Contingency: features/contingency/*.feature."""

from pytest_bdd import scenarios

scenarios("contingency")
