"""Stakeholders: features/stakeholders/*.feature."""

from pytest_bdd import scenarios

scenarios("stakeholders")
