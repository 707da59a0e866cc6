using System.Globalization;
using NodaTime;

namespace AntqDomain.Legal;

/// <summary>The legal source of a rule (<em>căn cứ pháp lý</em>).</summary>
/// <param name="Abbreviation">Short name used in the catalogue ("NĐ30").</param>
/// <param name="Document">The document ("Nghị định 30/2020/NĐ-CP").</param>
/// <param name="Provision">Article, clause or annex where known ("Điều 8, Phụ lục I"), or null.</param>
public sealed record Citation(string Abbreviation, string Document, string? Provision = null)
{
    /// <summary>"Nghị định 30/2020/NĐ-CP, Điều 8".</summary>
    /// <returns>The document, then the provision when there is one.</returns>
    public override string ToString() => Provision is null ? Document : Document + ", " + Provision;
}
