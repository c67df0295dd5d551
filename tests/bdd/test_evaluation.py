"""Evaluation: features/evaluation/*.feature."""

from pytest_bdd import scenarios

scenarios("evaluation")
