namespace AntqDomain.Tests.PublicApi;

/// <summary>
/// A user imports the library's namespaces beside FluentValidation's and NodaTime's: no public type of the library
/// may share a simple name with one of theirs (<c>Severity</c> once did, so <c>using FluentValidation;</c> and
/// <c>using AntqDomain.Rules;</c> together made every mention of it ambiguous).
/// </summary>
public class TypeNameClashTests
{
    [Fact]
    public void No_public_type_shares_its_name_with_a_FluentValidation_or_NodaTime_type()
    {
        var theirs = typeof(FluentValidation.AbstractValidator<>).Assembly.GetExportedTypes()
            .Concat(typeof(NodaTime.LocalDate).Assembly.GetExportedTypes())
            .Where(t => t.Namespace is "FluentValidation" or "FluentValidation.Results" or "NodaTime" or "NodaTime.Text")
            .Select(t => t.Name)
            .ToHashSet(StringComparer.Ordinal);
        var clashes = typeof(AntqDomain.Rules.PlanValidator).Assembly.GetExportedTypes()
            .Concat(typeof(AntqDomain.Docx.DocxPlanReader).Assembly.GetExportedTypes())
            .Where(t => theirs.Contains(t.Name))
            .Select(t => t.FullName)
            .ToArray();
        Assert.Empty(clashes);
    }
}
