using System.Globalization;
using System.Text;
using AntqDomain.Documents;
using AntqDomain.Plans;
using AntqDomain.Reading;

namespace AntqDomain.Writing;

/// <summary>
/// Writes a festival plan as plain text in the layout of Decree 30/2020/NĐ-CP, Phụ lục I (<em>thể thức văn bản hành
/// chính</em>): the header as two tab-separated columns (issuing body left; national name, motto, number and
/// place-and-date right), the title, the basis, the Roman-numbered parts with their list markers, "Nơi nhận:" and the
/// signature block. What it writes reads back with <see cref="Reading.PlanTextReader"/> to the same parts.
/// </summary>
public static class PlanTextWriter
{
    /// <summary>The national name (<em>Quốc hiệu</em>).</summary>
    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /// <summary>The motto (<em>Tiêu ngữ</em>).</summary>
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>Writes <paramref name="plan"/> with line feeds; parts the plan lacks are left out.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The text, ending with a line feed.</returns>
    public static string Write(FestivalPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var sb = new StringBuilder(8 * 1024);
        var issuerLines = IssuerLines(plan.Issuer.Name);
        string left1 = issuerLines.Count > 0 ? issuerLines[0] : string.Empty;
        string left2 = issuerLines.Count > 1 ? issuerLines[1] : string.Empty;
        Line(sb, left1 + "\t" + NationalName);
        Line(sb, left2 + "\t" + Motto);
        for (int i = 2; i < issuerLines.Count; i++)
        {
            Line(sb, issuerLines[i]);
        }

        sb.Append('\n');
        string number = plan.NumberText is { } n ? "Số: " + n : string.Empty;
        string dated = plan.Dated is { } d ? d.ToString() : string.Empty;
        if (number.Length > 0 || dated.Length > 0)
        {
            Line(sb, number + "\t" + dated);
            sb.Append('\n');
        }

        if (plan.Title is { } title)
        {
            const string Head = "KẾ HOẠCH ";
            if (title.Text.StartsWith(Head, StringComparison.Ordinal))
            {
                Line(sb, Head.TrimEnd());
                Line(sb, title.Text[Head.Length..]);
            }
            else
            {
                Line(sb, title.Text);
            }

            sb.Append('\n');
        }

        foreach (var b in plan.Basis)
        {
            Paragraph(sb, b);
        }

        if (!plan.Basis.IsDefaultOrEmpty)
        {
            sb.Append('\n');
        }

        foreach (var section in plan.Sections)
        {
            Paragraph(sb, section.Heading);
            foreach (var p in section.Paragraphs)
            {
                Paragraph(sb, p);
            }

            sb.Append('\n');
        }

        if (plan.Recipients is { } recipients)
        {
            Line(sb, "Nơi nhận:");
            foreach (var r in recipients.Lines)
            {
                Paragraph(sb, r);
            }

            sb.Append('\n');
        }

        if (plan.Signature is { } signature)
        {
            foreach (var l in signature.Lines)
            {
                Paragraph(sb, l);
            }

            if (signature.Signer is { } signer)
            {
                Paragraph(sb, signer);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The header lines of an issuing body's name: a steering committee under its People's Committee on two lines
    /// ("UBND TỈNH TUYÊN QUANG" over "BAN CHỈ ĐẠO 138"), any other name on one.
    /// </summary>
    /// <param name="name">The issuer's name as the model holds it (<see cref="PlanIssuer.Name"/>), or null.</param>
    /// <returns>The lines, top to bottom; empty when there is no name.</returns>
    public static IReadOnlyList<string> IssuerLines(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        const string Committee = " BAN CHỈ ĐẠO";
        int at = name.IndexOf(Committee, StringComparison.Ordinal);
        return at > 0 ? [name[..at].Trim(), name[(at + 1)..].Trim()] : [name.Trim()];
    }

    private static void Paragraph(StringBuilder sb, PlanText text)
    {
        if (text.Marker is { Length: > 0 } marker && !text.Text.StartsWith(marker, StringComparison.Ordinal))
        {
            sb.Append(marker).Append(' ');
        }

        Line(sb, text.Text);
    }

    private static void Line(StringBuilder sb, string text) => sb.Append(text.TrimEnd()).Append('\n');

    /// <summary>A date inside body text, the way plans write it ("01/7/2026").</summary>
    internal static string ShortDate(NodaTime.LocalDate date)
        => string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}/{date.Month}/{date.Year}");
}
