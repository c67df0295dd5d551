"""Quality assurance: features/quality/*.feature."""

from pytest_bdd import scenarios

scenarios("quality")
