using System.Text.Json.Serialization;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using AntqDomain.Rules;

namespace AntqDomain.Cli;

/// <summary>The JSON report of <c>antq validate --format json</c> (<em>báo cáo kiểm tra</em>).</summary>
/// <param name="Files">One entry per input file.</param>
/// <param name="Parent">The parent plan given with <c>--parent</c>, when it could not be read (with its diagnostics); else null.</param>
internal sealed record ReportDocument(ImmutableArray<FileReport> Files, FileReport? Parent = null)
{
    /// <summary>The report as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, CliJsonContext.Relaxed.ReportDocument);
}
