using System.Text.Json.Serialization;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using AntqDomain.Rules;

namespace AntqDomain.Cli;

/// <summary>A suggested fix in the JSON report: what it does and its edits.</summary>
/// <param name="Description">What the fix does, in the report's language.</param>
/// <param name="Edits">The edits.</param>
internal sealed record FixDocument(string Description, ImmutableArray<EditDocument> Edits);
