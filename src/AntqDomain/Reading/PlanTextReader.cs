using System.Collections.Immutable;
using System.Globalization;
using AntqDomain.Documents;
using NodaTime;
using AntqDomain.Language;
using AntqDomain.Rules;

namespace AntqDomain.Reading;

/// <summary>
/// Reads a festival plan from plain text as copied out of a .docx plan (<em>đọc Kế hoạch từ văn bản thuần</em>):
/// header (issuer, "Số:", place-and-date, alone or tab-separated), title, basis ("Thực hiện/Căn cứ Kế hoạch số …"),
/// Roman parts, numbered items, points and bullets, the ceremony programme (inline "(1) … (2) …", one step per line,
/// or unnumbered separated by ";"), the festival part, the backdrop title, recipients and signature. Tolerates
/// markdown remnants, tabs, NFD text and CRLF. Never throws on text; thread-safe.
/// </summary>
public sealed partial class PlanTextReader
{
    private readonly ReaderLimits limits;

    /// <summary>A reader with the given limits (the defaults when null).</summary>
    /// <param name="limits">The size limits; the defaults when null.</param>
    public PlanTextReader(ReaderLimits? limits = null) => this.limits = limits ?? ReaderLimits.Default;

    /// <summary>A shared reader with the default limits.</summary>
    public static PlanTextReader Default { get; } = new();

    /// <summary>Reads a plan from <paramref name="text"/>.</summary>
    /// <param name="text">The plan's text, as copied from Word, a portal or a legal database.</param>
    /// <returns>The plan (when one could be read) and what the reader noticed.</returns>
    /// <example>
    /// <code>
    /// var read = PlanTextReader.Default.Read(File.ReadAllText("ke-hoach.txt"));
    /// foreach (var d in read.Diagnostics)
    ///     Console.WriteLine($"{d.At} {d.Code} {d.Message()}");   // what the reader noticed (unplaced text, …)
    /// if (read.Plan is { } plan)
    ///     Console.WriteLine($"{plan.NumberText}, {plan.FestivalYear}");   // 214/KH-BCĐ, 2026
    /// </code>
    /// </example>
    public PlanReadResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = ImmutableArray.CreateBuilder<ReadDiagnostic>();
        if (text.Length > limits.MaxChars)
        {
            diagnostics.Add(new ReadDiagnostic(
                "ANTQ002",
                FindingSeverity.Error,
                string.Create(CultureInfo.InvariantCulture, $"Văn bản dài {text.Length:N0} ký tự, vượt giới hạn {limits.MaxChars:N0} ký tự."),
                string.Create(CultureInfo.InvariantCulture, $"The input has {text.Length:N0} characters, over the limit of {limits.MaxChars:N0} characters (ReaderLimits.MaxChars).")));
            return new PlanReadResult(null, diagnostics.ToImmutable());
        }

        if (LooksBinary(text))
        {
            diagnostics.Add(new ReadDiagnostic("ANTQ001", FindingSeverity.Error, "Tệp không phải văn bản (có ký tự điều khiển hoặc dữ liệu nhị phân).", "The input is not text (it holds control characters or binary data)."));
            return new PlanReadResult(null, diagnostics.ToImmutable());
        }

        string normalized = VietnameseText.Normalize(text, out bool pastPunctuation);
        if (!ReferenceEquals(normalized, text))
        {
            diagnostics.Add(new ReadDiagnostic("ANTQ005", FindingSeverity.Info, "Văn bản đã được chuẩn hóa Unicode NFC (tệp gốc dùng dạng tổ hợp NFD).", "The text was normalised to Unicode NFC (the input used decomposed NFD characters)."));
        }

        if (pastPunctuation && normalized.Contains('\uFFFD', StringComparison.Ordinal))
        {
            diagnostics.Add(new ReadDiagnostic("ANTQ006", FindingSeverity.Warning, "Văn bản có ký tự hỏng (U+FFFD): có thể sai bảng mã hoặc mất dấu tiếng Việt.", "The text holds replacement characters (U+FFFD): a wrong encoding or lost Vietnamese diacritics."));
        }

        var overflow = new List<PlanText>();
        using var lines = CellLines.Split(normalized, limits, overflow, out var rest);
        if (lines.IsBlank)
        {
            diagnostics.Add(new ReadDiagnostic("ANTQ001", FindingSeverity.Error, "Văn bản trống.", "The input is empty."));
            return new PlanReadResult(null, diagnostics.ToImmutable());
        }

        using var builder = new Builder(lines);
        var plan = builder.Build();
        if (rest is not null)
        {
            // Lines past ReaderLimits.MaxLines are not analysed, but never dropped.
            plan = plan with { Unplaced = plan.Unplaced.Add(rest) };
            diagnostics.Add(new ReadDiagnostic(
                "ANTQ010",
                FindingSeverity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"Văn bản có hơn {limits.MaxLines:N0} dòng: phần từ dòng {rest.At!.Line:N0} được giữ nguyên nhưng không được phân tích."),
                string.Create(CultureInfo.InvariantCulture, $"The text has more than {limits.MaxLines:N0} lines (ReaderLimits.MaxLines): from line {rest.At!.Line:N0} on it is kept verbatim but not analysed."),
                rest.At));
        }

        if (overflow.Count > 0)
        {
            // The part of a line past ReaderLimits.MaxLineChars is not analysed, but it is never dropped.
            plan = plan with { Unplaced = plan.Unplaced.AddRange(overflow) };
            foreach (var tail in overflow)
            {
                diagnostics.Add(new ReadDiagnostic(
                    "ANTQ009",
                    FindingSeverity.Warning,
                    string.Create(CultureInfo.InvariantCulture, $"Dòng dài hơn {limits.MaxLineChars:N0} ký tự: phần sau được giữ nguyên nhưng không được phân tích."),
                    string.Create(CultureInfo.InvariantCulture, $"A line is longer than {limits.MaxLineChars:N0} characters (ReaderLimits.MaxLineChars): the rest is kept verbatim but not analysed."),
                    tail.At));
            }
        }

        if (plan.Title is null && plan.NumberText is null && plan.Sections.IsEmpty)
        {
            diagnostics.Add(LooksLikeNews(normalized)
                ? new ReadDiagnostic("ANTQ003", FindingSeverity.Error, "Đây có vẻ là một bài báo hoặc tin tức, không phải văn bản kế hoạch: không có số, tên loại \"KẾ HOẠCH\" hay phần đánh số La Mã.", "This looks like a news article, not a plan document: it has no number, no \"KẾ HOẠCH\" title and no Roman-numbered part.")
                : new ReadDiagnostic("ANTQ003", FindingSeverity.Error, "Không nhận ra kế hoạch: không có số, tên loại \"KẾ HOẠCH\" hay phần đánh số La Mã.", "No plan found: the text has no number, no \"KẾ HOẠCH\" title and no Roman-numbered part."));
            return new PlanReadResult(null, diagnostics.ToImmutable());
        }

        if (plan.Title is null)
        {
            diagnostics.Add(new ReadDiagnostic("ANTQ004", FindingSeverity.Warning, "Không tìm thấy tên loại và trích yếu \"KẾ HOẠCH …\".", "No \"KẾ HOẠCH …\" title was found."));
        }

        foreach (var u in plan.Unplaced)
        {
            diagnostics.Add(new ReadDiagnostic("ANTQ007", FindingSeverity.Info, "Đoạn văn không thuộc phần nào của kế hoạch; được giữ nguyên.", "Text that belongs to no part of the plan; kept verbatim.", u.At));
        }

        return new PlanReadResult(plan, diagnostics.ToImmutable());
    }

    /// <summary>
    /// Reads a plan from a UTF-8 stream (a byte-order mark is allowed). Bytes that are not UTF-8 (TCVN3, VNI,
    /// Windows-1258) are refused with ANTQ001, and at most <see cref="DocumentInput.MaxBytes"/> plus one byte is read
    /// (ANTQ002 past it), exactly as the <c>antq</c> command does.
    /// </summary>
    /// <param name="utf8">The source, read from its current position and left open.</param>
    /// <returns>The plan and the diagnostics, or the diagnostics alone when no plan could be read.</returns>
    public PlanReadResult Read(Stream utf8)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        var bytes = DocumentInput.ReadBounded(utf8, DocumentInput.MaxBytes(limits));
        if (bytes.Error is { } tooLarge)
        {
            return new PlanReadResult(null, [tooLarge]);
        }

        var text = DocumentInput.DecodeUtf8(bytes.Bytes!);
        return text.Error is { } notUtf8 ? new PlanReadResult(null, [notUtf8]) : Read(text.Text!);
    }

    /// <summary>Phrases of news reports: newsroom datelines, reporting phrases, bylines, photo captions, page toolbars.</summary>
    private static readonly string[] NewsCues =
    [
        "(antv)", "(cand)", "(tttxvn)", "(vtv", "(vov)", "(baochinhphu", "(dan tri)", "(vnexpress", "phong vien", "theo do,", "sang nay", "chieu nay", "sang ngay", "chieu ngay", "toi ngay", "da dien ra", "da to chuc", "phat bieu tai", "phat bieu chi dao", "doc them", "tin lien quan", "binh luan", "chia se bai viet",
        "vua ban hanh", "anh minh hoa", "anh:", "a- a a+", "tin, anh", "bai, anh", "nguon:", "dang luc", "cap nhat luc", "ket qua noi bat", "hieu qua thiet thuc", "trong nhung nam qua",
    ];

    /// <summary>Signs of a news report: a newsroom dateline ("(ANTV) -", "ANTĐ –"), reporting phrases, a byline.</summary>
    private static bool LooksLikeNews(string text)
    {
        string f = VietnameseText.Fold(text.Length > 20_000 ? text[..20_000] : text);
        int signs = 0;
        foreach (string cue in NewsCues)
        {
            if (f.Contains(cue, StringComparison.Ordinal))
            {
                signs++;
            }
        }

        return signs >= 2;
    }

    /// <summary>
    /// The control characters of C0 (U+0000–U+001F) and DEL but the white space of text (tab, line breaks, form feed,
    /// vertical tab): ASCII only, so one vectorised search passes over every line of a text without stopping.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> AsciiControls = System.Buffers.SearchValues.Create(
        new string([.. Enumerable.Range(0, 0x80).Select(i => (char)i).Where(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t' or '\f' or '\v'))]));

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));

        // A NUL makes binary at once; else more than one character in twenty a control character (the white space of
        // text aside), counted in C0 with DEL and in C1 (U+0080–U+009F).
        if (sample.Contains('\0'))
        {
            return true;
        }

        int control = 0;
        for (var rest = sample; rest.IndexOfAny(AsciiControls) is var at and >= 0; rest = rest[(at + 1)..])
        {
            control++;
        }

        for (var rest = sample; rest.IndexOfAnyInRange('\u0080', '\u009F') is var at and >= 0; rest = rest[(at + 1)..])
        {
            control++;
        }

        return sample.Length > 0 && control * 20 > sample.Length;
    }
}
