"""Resource planning: features/resource_planning/*.feature."""

from pytest_bdd import scenarios

scenarios("resource_planning")
