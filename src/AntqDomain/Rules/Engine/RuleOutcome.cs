namespace AntqDomain.Rules;

/// <summary>
/// One way a rule can be broken, with its own wording (<em>trường hợp vi phạm</em>): a rule such as ANTQ105 (recipients
/// or archive line) reports a missing block, a misplaced line or a missing full stop, each with its message templates.
/// </summary>
/// <param name="Key">The outcome's key within its rule ("missingBlock", "notLast").</param>
/// <param name="MessageVi">The Vietnamese message template, with named placeholders such as <c>{found}</c>.</param>
/// <param name="MessageEn">The English message template.</param>
public sealed record RuleOutcome(string Key, string MessageVi, string MessageEn);
