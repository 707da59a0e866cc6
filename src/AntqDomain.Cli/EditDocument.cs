using System.Text.Json.Serialization;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using AntqDomain.Rules;

namespace AntqDomain.Cli;

/// <summary>One edit of a fix: replace <paramref name="Length"/> characters at line and column (1-based) with the replacement.</summary>
/// <param name="Line">The line.</param>
/// <param name="Column">The column.</param>
/// <param name="Length">How many characters are replaced (0 inserts).</param>
/// <param name="Replacement">The new text.</param>
internal sealed record EditDocument(int Line, int Column, int Length, string Replacement);
