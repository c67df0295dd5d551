Feature: HS008 – acoustic shock controls
  A centre that takes voice calls uses headsets with acoustic limiters and records
  acoustic-shock incidents.

  Scenario: The example plan has limiters and incident reporting
    Given the compliant plan
    When the plan is audited
    Then HS008 reports nothing

  Scenario: Headsets have no acoustic limiters
    Given the compliant plan
    And the plan sets "compliance.health_safety.acoustic_shock.headset_limiters" to false
    When the plan is audited
    Then HS008 reports warning "The centre takes voice calls but does not confirm headsets with acoustic limiters." at "compliance.health_safety.acoustic_shock.headset_limiters"
    And HS008 reports nothing else

  Scenario: Acoustic incidents are not recorded
    Given the compliant plan
    And the plan has no "compliance.health_safety.acoustic_shock.incident_reporting"
    When the plan is audited
    Then HS008 reports "does not confirm that acoustic-shock incidents are reported and recorded" at "compliance.health_safety.acoustic_shock.incident_reporting"
    And HS008 reports nothing else

  Scenario: A centre without voice calls needs no limiters
    Given the compliant plan
    And the plan has no "compliance.health_safety.acoustic_shock"
    And the plan sets "plan.channels" to [webchat, email]
    And the plan sets "resource_plan.queues[0].channel" to webchat
    When the plan is audited
    Then HS008 reports nothing

  Scenario: A voice queue counts even when the channel list leaves voice out
    Given the compliant plan
    And the plan has no "compliance.health_safety.acoustic_shock"
    And the plan sets "plan.channels" to [webchat, email]
    When the plan is audited
    Then HS008 reports "does not confirm headsets with acoustic limiters" at "compliance.health_safety.acoustic_shock.headset_limiters"
    And HS008 reports "does not confirm that acoustic-shock incidents" at "compliance.health_safety.acoustic_shock.incident_reporting"
    And HS008 reports nothing else
