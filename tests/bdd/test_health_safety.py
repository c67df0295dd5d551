"""Health and safety with working time: features/health_safety/*.feature."""

from pytest_bdd import scenarios

scenarios("health_safety")
