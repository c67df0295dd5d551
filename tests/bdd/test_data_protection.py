"""Data protection: features/data_protection/*.feature."""

from pytest_bdd import scenarios

scenarios("data_protection")
