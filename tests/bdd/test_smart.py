"""SMART objectives: features/smart/*.feature."""

from pytest_bdd import scenarios

scenarios("smart")
