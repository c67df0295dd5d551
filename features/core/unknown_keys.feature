Feature: CCG001 – unknown keys are reported, not silently ignored
  A key the plan format does not define is usually a typo of a real field, which
  then looks missing to the rules that read it. Keys starting with "x-" are the
  author's own extensions and are never reported.

  Scenario: The example plan has no unknown keys
    Given the compliant plan
    When the plan is audited
    Then CCG001 reports nothing

  Scenario: A misspelt key gets a "did you mean"
    Given the compliant plan
    And the plan sets "kpis[0].unti" to seconds
    When the plan is audited
    Then CCG001 reports warning "Unknown key 'unti' is ignored; did you mean 'unit'?" at "kpis[0].unti"
    And CCG001 reports nothing else

  Scenario: An unknown key in a separate change log is located in that file
    Given the compliant plan
    And "changes.yaml" sets "changes[1].rolback" to Revert the rota
    When the plan is audited
    Then CCG001 reports "did you mean 'rollback'?" at "changes[1].rolback"

  Scenario: Extension keys are free
    Given the compliant plan
    And the plan sets "kpis[0].x-dashboard" to wfm-7
    And the plan sets "x-owner-notes" to Reviewed by finance
    When the plan is audited
    Then CCG001 reports nothing
