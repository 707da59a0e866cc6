global using PlanRule = AntqDomain.Rules.Rule<AntqDomain.Rules.PlanRuleContext>;
