using System.Collections.Immutable;
using System.Globalization;
using AntqDomain.Administration;
using AntqDomain.Calendar;
using AntqDomain.Documents;
using AntqDomain.Plans;
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
public sealed class PlanTextReader
{
    private readonly ReaderLimits limits;

    /// <summary>A reader with the given limits (the defaults when null).</summary>
    public PlanTextReader(ReaderLimits? limits = null) => this.limits = limits ?? ReaderLimits.Default;

    /// <summary>A shared reader with the default limits.</summary>
    public static PlanTextReader Default { get; } = new();

    /// <summary>Reads a plan from <paramref name="text"/>.</summary>
    public PlanReadResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = ImmutableArray.CreateBuilder<ReadDiagnostic>();
        if (text.Length > limits.MaxChars)
        {
            diagnostics.Add(new ReadDiagnostic(
                "ANTQ002",
                Severity.Error,
                string.Create(CultureInfo.InvariantCulture, $"Văn bản dài {text.Length:N0} ký tự, vượt giới hạn {limits.MaxChars:N0} ký tự."),
                string.Create(CultureInfo.InvariantCulture, $"The input has {text.Length:N0} characters, over the limit of {limits.MaxChars:N0} characters (ReaderLimits.MaxChars).")));
            return new PlanReadResult(null, diagnostics.ToImmutable());
        }

        if (LooksBinary(text))
        {
            diagnostics.Add(new ReadDiagnostic("ANTQ001", Severity.Error, "Tệp không phải văn bản (có ký tự điều khiển hoặc dữ liệu nhị phân).", "The input is not text (it holds control characters or binary data)."));
            return new PlanReadResult(null, diagnostics.ToImmutable());
        }

        string normalized = VietnameseText.Normalize(text);
        if (!ReferenceEquals(normalized, text))
        {
            diagnostics.Add(new ReadDiagnostic("ANTQ005", Severity.Info, "Văn bản đã được chuẩn hóa Unicode NFC (tệp gốc dùng dạng tổ hợp NFD).", "The text was normalised to Unicode NFC (the input used decomposed NFD characters)."));
        }

        if (normalized.Contains('\uFFFD', StringComparison.Ordinal))
        {
            diagnostics.Add(new ReadDiagnostic("ANTQ006", Severity.Warning, "Văn bản có ký tự hỏng (U+FFFD): có thể sai bảng mã hoặc mất dấu tiếng Việt.", "The text holds replacement characters (U+FFFD): a wrong encoding or lost Vietnamese diacritics."));
        }

        var overflow = new List<PlanText>();
        var lines = SplitLines(normalized, overflow, out var rest);
        if (lines.All(l => l.Count == 0))
        {
            diagnostics.Add(new ReadDiagnostic("ANTQ001", Severity.Error, "Văn bản trống.", "The input is empty."));
            return new PlanReadResult(null, diagnostics.ToImmutable());
        }

        var plan = new Builder(lines).Build();
        if (rest is not null)
        {
            // Lines past ReaderLimits.MaxLines are not analysed, but never dropped.
            plan = plan with { Unplaced = plan.Unplaced.Add(rest) };
            diagnostics.Add(new ReadDiagnostic(
                "ANTQ010",
                Severity.Warning,
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
                    Severity.Warning,
                    string.Create(CultureInfo.InvariantCulture, $"Dòng dài hơn {limits.MaxLineChars:N0} ký tự: phần sau được giữ nguyên nhưng không được phân tích."),
                    string.Create(CultureInfo.InvariantCulture, $"A line is longer than {limits.MaxLineChars:N0} characters (ReaderLimits.MaxLineChars): the rest is kept verbatim but not analysed."),
                    tail.At));
            }
        }

        if (plan.Title is null && plan.NumberText is null && plan.Sections.IsEmpty)
        {
            diagnostics.Add(LooksLikeNews(normalized)
                ? new ReadDiagnostic("ANTQ003", Severity.Error, "Đây có vẻ là một bài báo hoặc tin tức, không phải văn bản kế hoạch: không có số, tên loại \"KẾ HOẠCH\" hay phần đánh số La Mã.", "This looks like a news article, not a plan document: it has no number, no \"KẾ HOẠCH\" title and no Roman-numbered part.")
                : new ReadDiagnostic("ANTQ003", Severity.Error, "Không nhận ra kế hoạch: không có số, tên loại \"KẾ HOẠCH\" hay phần đánh số La Mã.", "No plan found: the text has no number, no \"KẾ HOẠCH\" title and no Roman-numbered part."));
            return new PlanReadResult(null, diagnostics.ToImmutable());
        }

        if (plan.Title is null)
        {
            diagnostics.Add(new ReadDiagnostic("ANTQ004", Severity.Warning, "Không tìm thấy tên loại và trích yếu \"KẾ HOẠCH …\".", "No \"KẾ HOẠCH …\" title was found."));
        }

        foreach (var u in plan.Unplaced)
        {
            diagnostics.Add(new ReadDiagnostic("ANTQ007", Severity.Info, "Đoạn văn không thuộc phần nào của kế hoạch; được giữ nguyên.", "Text that belongs to no part of the plan; kept verbatim.", u.At));
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

    private static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create(
        new string([.. Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(char.IsControl)]));

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        int control = 0;

        // Control characters are C0 (U+0000–U+001F) and C1 (U+007F–U+009F); a vectorised search jumps to each.
        for (int i = 0; i < sample.Length;)
        {
            int at = sample[i..].IndexOfAny(Controls);
            if (at < 0)
            {
                break;
            }

            char c = sample[i + at];
            if (c == '\0')
            {
                return true;
            }

            if (c is not ('\r' or '\n' or '\t' or '\f' or '\v'))
            {
                control++;
            }

            i += at + 1;
        }

        return sample.Length > 0 && control * 20 > sample.Length;
    }

    /// <summary>
    /// What ends a line: CR, LF (CRLF counts once), and the Unicode line breaks that text copied from web pages and
    /// PDFs carries (LINE SEPARATOR U+2028, PARAGRAPH SEPARATOR U+2029). NEL (U+0085) stays a control character: in
    /// UTF-8 text it is almost always a sign of mis-decoded bytes.
    /// </summary>
    internal static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\r\n\u2028\u2029");

    private List<List<Cell>> SplitLines(string text, List<PlanText> overflow, out PlanText? rest)
    {
        var result = new List<List<Cell>>();
        rest = null;
        int lineNo = 0;
        int start = 0;
        while (start <= text.Length)
        {
            if (lineNo == limits.MaxLines)
            {
                string tail = text[start..];
                int firstBreak = tail.AsSpan().IndexOfAny(LineBreaks);
                rest = new PlanText(tail, Location.At(lineNo + 1, 1, firstBreak < 0 ? tail.Length : firstBreak));
                break;
            }

            int nl = text.AsSpan(start).IndexOfAny(LineBreaks);
            int end = nl < 0 ? text.Length : start + nl;
            lineNo++;
            result.Add(Cell.Split(text, start, end - start, lineNo, limits.MaxLineChars));
            if (end - start > limits.MaxLineChars)
            {
                string tail = text[(start + limits.MaxLineChars)..end];
                overflow.Add(new PlanText(tail, Location.At(lineNo, limits.MaxLineChars + 1, tail.Length)));
            }

            if (nl < 0)
            {
                break;
            }

            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            if (start == text.Length)
            {
                break;
            }
        }

        return result;
    }

    private sealed class Builder(List<List<Cell>> lines)
    {
        private readonly List<Cell> issuerCells = [];
        private readonly List<PlanText> basis = [];
        private readonly List<PlanText> unplaced = [];
        private readonly List<(SectionKind Kind, PlanText Heading, List<PlanText> Paragraphs)> sections = [];
        private readonly List<PlanText> recipients = [];
        private readonly List<PlanText> signatureLines = [];
        private Location? recipientsAt;
        private PlanText? signer;
        private string? numberText;
        private PlanText? numberLabel;
        private Location? numberAt;
        private PlaceAndDate? dated;
        private Location? datedAt;
        private PlanText? title;

        public FestivalPlan Build()
        {
            int i = ReadHeader();
            i = ReadTitle(i);
            i = ReadBasis(i);
            i = ReadBody(i);
            ReadClosing(i);
            return Assemble();
        }

        private int ReadHeader()
        {
            for (int i = 0; i < lines.Count; i++)
            {
                foreach (var cell in lines[i])
                {
                    if (IsTitleStart(cell))
                    {
                        return i;
                    }
                }

                if (lines[i].Count == 1 && IsPlainTitle(lines[i][0]))
                {
                    if (!CapitalTitleFollows(i))
                    {
                        return i;
                    }

                    unplaced.Add(lines[i][0].ToPlanText());
                    continue;
                }

                if (lines[i].Count > 0 && (IsBasisStart(lines[i][0]) || TextPatterns.MatchRomanHeading(lines[i][0].Folded).Success))
                {
                    return i;
                }

                if (lines[i].Count > 0 && PageFurniture.IsFurnitureLine(lines[i][0].Folded))
                {
                    // A breadcrumb, a toolbar or a row of a legal database's metadata table: kept, never read as the header.
                    foreach (var cell in lines[i])
                    {
                        unplaced.Add(cell.ToPlanText());
                    }

                    continue;
                }

                foreach (var cell in lines[i])
                {
                    ReadHeaderCell(cell);
                }
            }

            return lines.Count;
        }

        private void ReadHeaderCell(Cell cell)
        {
            string f = cell.Folded;
            var pd = TextPatterns.PlaceDate().Match(f);
            var num = TextPatterns.NumberCell().Match(f);
            if (num.Success)
            {
                int end = pd.Success ? pd.Index : f.Length;
                string raw = cell.Text[..end].Trim();
                int colon = raw.IndexOfAny([':', '.']);
                string after = colon >= 0 ? raw[(colon + 1)..] : raw[2..];
                numberText = after.Trim();
                int offset = cell.Text.IndexOf(numberText, StringComparison.Ordinal);
                numberAt = Location.At(cell.Line, cell.Column + Math.Max(0, offset), numberText.Length);
                int start = cell.Text.Length - cell.Text.TrimStart().Length;
                string label = cell.Text[start..(numberText.Length == 0 ? start + (colon >= 0 ? colon + 1 : 2) : Math.Max(start, offset))].TrimEnd();
                numberLabel = label.Length == 0 ? null : new PlanText(label, Location.At(cell.Line, cell.Column + start, label.Length));
            }

            if (pd.Success)
            {
                ReadPlaceDate(cell, pd);
                return;
            }

            if (num.Success || IsMotto(f))
            {
                return;
            }

            // The issuer and the national name on one line without a separator: "UBND TỈNH X CỘNG HÒA XÃ HỘI …".
            int national = NationalNameStart(f);
            if (national > 0)
            {
                var left = cell with { Text = cell.Text[..national].TrimEnd(), Folded = f[..national].TrimEnd() };
                if (left.Text.Length > 0)
                {
                    AddIssuerCandidate(left);
                }

                return;
            }

            AddIssuerCandidate(cell);
        }

        /// <summary>Where the national name or the motto starts inside a header cell, or -1.</summary>
        private static int NationalNameStart(string folded)
        {
            int a = folded.IndexOf("cong hoa xa hoi", StringComparison.Ordinal);
            int b = folded.IndexOf("doc lap", StringComparison.Ordinal);
            return a > 0 ? a : b > 0 && folded.Contains("tu do", StringComparison.Ordinal) ? b : -1;
        }

        /// <summary>
        /// A header cell names the issuer when it is written in capitals, as Decree 30 sets the issuer, or starts with
        /// the name of a body; anything else above the title (a page title, a date stamp, a view count) is kept as
        /// unplaced text.
        /// </summary>
        private void AddIssuerCandidate(Cell cell)
        {
            if (VietnameseText.IsCapitals(cell.Text) || PageFurniture.StartsWithBody(cell.Folded))
            {
                issuerCells.Add(cell);
            }
            else
            {
                unplaced.Add(cell.ToPlanText());
            }
        }

        private void ReadPlaceDate(Cell cell, System.Text.RegularExpressions.Match pd)
        {
            string place = cell.Text.Substring(pd.Groups["place"].Index, pd.Groups["place"].Length).Trim();
            dated = new PlaceAndDate(
                place,
                TextPatterns.Number(pd.Groups["d"]),
                TextPatterns.Number(pd.Groups["m"]),
                TextPatterns.Number(pd.Groups["y"]),
                pd.Groups["d"].Length == 0 ? null : pd.Groups["d"].Value,
                pd.Groups["m"].Length == 0 ? null : pd.Groups["m"].Value);
            int start = pd.Groups["place"].Index + (pd.Groups["place"].Length - pd.Groups["place"].Value.TrimStart().Length);
            datedAt = Location.At(cell.Line, cell.Column + start, pd.Index + pd.Length - start);
        }

        private static bool IsMotto(string folded)
            => folded.StartsWith("cong hoa xa hoi", StringComparison.Ordinal) || folded.StartsWith("chu nghia viet nam", StringComparison.Ordinal)
               || (folded.StartsWith("doc lap", StringComparison.Ordinal) && folded.Contains("tu do", StringComparison.Ordinal));

        private static bool IsTitleStart(Cell cell)
            => StartsWithWord(cell.Text, "KẾ HOẠCH") || StartsWithWord(cell.Text, "BÁO CÁO");

        private static bool StartsWithWord(string text, string word)
            => text.StartsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || !char.IsLetter(text[word.Length]));

        /// <summary>
        /// A title in normal case, as web posts of a plan's body write it: "Kế hoạch tổ chức Ngày hội … năm 2023"
        /// (not "Kế hoạch số …", which cites another plan).
        /// </summary>
        private static bool IsPlainTitle(Cell cell)
            => cell.Folded.StartsWith("ke hoach ", StringComparison.Ordinal) && !cell.Folded.StartsWith("ke hoach so", StringComparison.Ordinal)
               && cell.Text.Length < 300;

        /// <summary>Whether a title in capitals follows within the header zone (so a plain-case line above it is page furniture, such as a repeated page title).</summary>
        private bool CapitalTitleFollows(int from)
        {
            for (int j = from + 1; j < lines.Count && j < from + 60; j++)
            {
                if (lines[j].Count > 0 && (IsTitleStart(lines[j][0]) || TextPatterns.MatchRomanHeading(lines[j][0].Folded).Success))
                {
                    return IsTitleStart(lines[j][0]);
                }
            }

            return false;
        }

        private static bool IsBasisStart(Cell cell)
            => cell.Folded.StartsWith("thuc hien", StringComparison.Ordinal) || cell.Folded.StartsWith("can cu", StringComparison.Ordinal);

        private int ReadTitle(int i)
        {
            if (i >= lines.Count || lines[i].Count == 0 || !(IsTitleStart(lines[i][0]) || IsPlainTitle(lines[i][0])))
            {
                return i;
            }

            if (IsPlainTitle(lines[i][0]))
            {
                // A plain-case title is one line: the text that follows is the body.
                var only = lines[i][0];
                title = new PlanText(only.Text, Location.At(only.Line, only.Column, only.Text.Length));
                return i + 1;
            }

            var first = lines[i][0];
            var parts = new List<string> { first.Text };
            foreach (var extra in lines[i].Skip(1))
            {
                unplaced.Add(extra.ToPlanText());
            }

            int j = i + 1;
            int taken = 0;
            while (j < lines.Count && taken < 3)
            {
                if (lines[j].Count == 0)
                {
                    if (taken > 0 || parts[0].Length > 8)
                    {
                        break;
                    }

                    j++;
                    continue;
                }

                var c = lines[j][0];
                if (IsBasisStart(c) || TextPatterns.MatchRomanHeading(c.Folded).Success || lines[j].Count > 1)
                {
                    break;
                }

                parts.Add(c.Text);
                taken++;
                j++;
            }

            string text = string.Join(' ', parts);
            title = new PlanText(text, Location.At(first.Line, first.Column, first.Text.Length));
            return j;
        }

        private int ReadBasis(int i)
        {
            for (; i < lines.Count; i++)
            {
                if (lines[i].Count == 0)
                {
                    continue;
                }

                if (TextPatterns.MatchRomanHeading(lines[i][0].Folded).Success || IsRecipientsStart(lines[i][0]))
                {
                    return i;
                }

                foreach (var cell in lines[i])
                {
                    basis.Add(cell.ToPlanText());
                }
            }

            return i;
        }

        private static bool IsRecipientsStart(Cell cell) => cell.Folded.StartsWith("noi nhan", StringComparison.Ordinal);

        private int ReadBody(int i)
        {
            for (; i < lines.Count; i++)
            {
                var cells = lines[i];
                if (cells.Count == 0)
                {
                    continue;
                }

                var first = cells[0];
                var heading = TextPatterns.MatchRomanHeading(first.Folded);
                if (heading.Success && IsRoman(heading.Groups["r"].Value))
                {
                    sections.Add((KindOf(heading.Groups["h"].Value), new PlanText(first.Text, first.Location, first.Text[..heading.Groups["h"].Index].Trim()), []));
                    continue;
                }

                if (IsRecipientsStart(first) || (sections.Count > 0 && IsSignatureStart(cells, i)))
                {
                    return i;
                }

                foreach (var cell in cells)
                {
                    var m = TextPatterns.MatchMarker(cell.Folded);
                    var text = m.Success ? cell.ToPlanText(m.Marker, m.Length) : cell.ToPlanText();
                    if (sections.Count == 0)
                    {
                        basis.Add(text);
                    }
                    else
                    {
                        sections[^1].Paragraphs.Add(text);
                    }
                }
            }

            return i;
        }

        private static bool IsRoman(string r) => r is "i" or "ii" or "iii" or "iv" or "v" or "vi" or "vii" or "viii" or "ix" or "x" or "xi" or "xii";

        private static SectionKind KindOf(string folded)
            => folded.Contains("muc dich", StringComparison.Ordinal) || folded.Contains("yeu cau", StringComparison.Ordinal) ? SectionKind.Purposes
                : folded.Contains("to chuc thuc hien", StringComparison.Ordinal) || folded.Contains("phan cong", StringComparison.Ordinal) || folded.Contains("trach nhiem", StringComparison.Ordinal) ? SectionKind.Implementation
                : folded.Contains("khen thuong", StringComparison.Ordinal) || folded.Contains("thi dua", StringComparison.Ordinal) ? SectionKind.Commendation
                : folded.Contains("kinh phi", StringComparison.Ordinal) ? SectionKind.Funding
                : folded.Contains("noi dung", StringComparison.Ordinal) || folded.Contains("hoat dong", StringComparison.Ordinal) || folded.Contains("hinh thuc", StringComparison.Ordinal) ? SectionKind.Content
                : SectionKind.Other;

        /// <summary>A signature block without a recipients block: a short capitals line with a signing title, near the end.</summary>
        private bool IsSignatureStart(List<Cell> cells, int i)
        {
            var c = cells[0];
            if (lines.Count - i > 12 || c.Text.Length > 60 || !VietnameseText.IsCapitals(c.Text))
            {
                return false;
            }

            string f = c.Folded;
            return SignatureBlock.PrefixOf(c.Text) is not null
                   || f.StartsWith("truong ban", StringComparison.Ordinal) || f.StartsWith("chu tich", StringComparison.Ordinal)
                   || f.StartsWith("pho chu tich", StringComparison.Ordinal) || f.StartsWith("giam doc", StringComparison.Ordinal)
                   || f.StartsWith("pho truong ban", StringComparison.Ordinal);
        }

        private static bool IsSignedMarker(string folded)
            => folded.StartsWith("(da ky", StringComparison.Ordinal) || folded.StartsWith("(ky", StringComparison.Ordinal)
               || folded.StartsWith("da ky", StringComparison.Ordinal) || folded == "/." || folded == "./." || folded.StartsWith("(dau", StringComparison.Ordinal);

        private void ReadClosing(int i)
        {
            bool inRecipients = false;
            for (; i < lines.Count; i++)
            {
                foreach (var cell in lines[i])
                {
                    string f = cell.Folded;
                    if (IsRecipientsStart(cell))
                    {
                        inRecipients = true;
                        recipientsAt = cell.Location;
                        int colon = cell.Text.IndexOf(':', StringComparison.Ordinal);
                        if (colon >= 0 && colon + 1 < cell.Text.Length && cell.Text[(colon + 1)..].Trim().Length > 0)
                        {
                            recipients.Add(cell.ToPlanText(null, colon + 1));
                        }

                        continue;
                    }

                    if (IsSignedMarker(f))
                    {
                        continue;
                    }

                    bool bullet = f.StartsWith('-') || f.StartsWith('+') || f.StartsWith('•') || f.StartsWith('–');
                    if (inRecipients && (bullet || Recipients.IsArchive(cell.Text) || (!VietnameseText.IsCapitals(cell.Text) && signatureLines.Count == 0 && !LooksLikeName(cell.Text))))
                    {
                        var m = TextPatterns.MatchMarker(f);
                        recipients.Add(m.Success ? cell.ToPlanText(m.Marker, m.Length) : cell.ToPlanText());
                        if (Recipients.IsArchive(cell.Text))
                        {
                            inRecipients = false;
                        }

                        continue;
                    }

                    if (VietnameseText.IsCapitals(cell.Text))
                    {
                        signatureLines.Add(cell.ToPlanText());
                        inRecipients = false;
                        continue;
                    }

                    if (signer is null && LooksLikeName(cell.Text))
                    {
                        signer = cell.ToPlanText();
                        continue;
                    }

                    unplaced.Add(cell.ToPlanText());
                }
            }
        }

        private static bool LooksLikeName(string text)
        {
            if (Placeholder.IsPlaceholder(text.Trim()))
            {
                return true;
            }

            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < 2 or > 6)
            {
                return false;
            }

            foreach (var w in words)
            {
                if (!char.IsUpper(w[0]) || !w.All(char.IsLetter))
                {
                    return false;
                }
            }

            return true;
        }

        private FestivalPlan Assemble()
        {
            var builtSections = sections.Select(s => new PlanSection(s.Kind, s.Heading, [.. s.Paragraphs])).ToImmutableArray();
            int? year = null;
            if (title is not null)
            {
                var years = TextPatterns.YearAfterNam().Matches(VietnameseText.Fold(title.Text));
                if (years.Count > 0)
                {
                    year = TextPatterns.Number(years[^1].Groups["y"]);
                }
            }

            var kind = DocumentKinds.Classify(title?.Text, builtSections, basis);
            int? planYear = kind == DocumentKind.FestivalPlan ? year ?? dated?.Year : year;
            var content = new ContentExtractor(builtSections, planYear);
            content.Run();

            return new FestivalPlan
            {
                NumberText = numberText,
                NumberAt = numberAt,
                NumberLabel = numberLabel,
                Issuer = BuildIssuer(),
                Dated = dated,
                DatedAt = datedAt,
                Title = title,
                Year = year,
                DocumentKind = kind,
                Parent = BuildParent(),
                Basis = [.. basis],
                Sections = builtSections,
                LeadUpActivities = content.LeadUp,
                Ceremony = content.Ceremony,
                FestivalActivities = content.Activities,
                HasFestivalPart = content.HasFestivalPart,
                BackdropTitle = content.Backdrop,
                Window = content.Window,
                FlagsFrom = content.FlagsFrom,
                ScopeText = content.ScopeText,
                Scope = content.Scope,
                ShowcaseSites = content.Showcase,
                Participants = content.Participants,
                Funding = content.Funding,
                FundingSources = content.FundingSources,
                Tasks = content.Tasks,
                Recipients = recipientsAt is null && recipients.Count == 0 ? null : new Recipients([.. recipients], recipientsAt),
                Signature = signatureLines.Count == 0 && signer is null ? null : new SignatureBlock([.. signatureLines], signer),
                Unplaced = [.. unplaced],
            };
        }

        private PlanIssuer BuildIssuer()
        {
            // The issuing body is the last capitals line of the header; the lines above it name its parent body.
            string? name = issuerCells.Count == 0 ? null : string.Join(" ", issuerCells.Select(c => c.Text));
            Location? at = issuerCells.Count == 0 ? null : issuerCells[^1].Location;
            string? own = issuerCells.Count == 0 ? null : issuerCells[^1].Text;
            if (name is null)
            {
                foreach (var b in basis)
                {
                    var m = TextPatterns.SelfIssuer().Match(MaskNameCommas(b.Text, VietnameseText.Fold(b.Text)).Folded);
                    if (m.Success)
                    {
                        var g = m.Groups["self"];
                        name = own = b.Text.Substring(g.Index, g.Length).Trim();
                        at = b.At?.Shift(g.Index, g.Length);
                        break;
                    }
                }
            }

            var (level, unit) = UnitNameClassifier.Classify(own);
            if (level == AdministrativeLevel.Unknown)
            {
                (level, unit) = UnitNameClassifier.Classify(name);
            }

            if (level == AdministrativeLevel.Unknown)
            {
                (level, unit) = UnitNameClassifier.Classify(string.Join(' ', signatureLines.Select(s => s.Text)));
            }

            IssuerKind kind = KindOfIssuer(own) is var k && k != IssuerKind.Unknown ? k
                : KindOfIssuer(name) is var k2 && k2 != IssuerKind.Unknown ? k2
                : KindFromSignature();
            return new PlanIssuer(name, level, unit?.Code, kind, at);
        }

        private IssuerKind KindFromSignature()
        {
            string f = VietnameseText.Fold(string.Join(' ', signatureLines.Select(s => s.Text)));
            return f.Contains("truong ban", StringComparison.Ordinal) ? IssuerKind.SteeringCommittee
                : f.Contains("uy ban nhan dan", StringComparison.Ordinal) ? IssuerKind.PeoplesCommittee
                : IssuerKind.Unknown;
        }

        internal static IssuerKind KindOfIssuer(string? name)
        {
            if (name is null)
            {
                return IssuerKind.Unknown;
            }

            string f = VietnameseText.Fold(name);
            return f.Contains("ban chi dao", StringComparison.Ordinal) || f.Contains("bcd", StringComparison.Ordinal) ? IssuerKind.SteeringCommittee
                : f.Contains("uy ban nhan dan", StringComparison.Ordinal) || f.Contains("ubnd", StringComparison.Ordinal) ? IssuerKind.PeoplesCommittee
                : f.Contains("cong an", StringComparison.Ordinal) ? IssuerKind.Police
                : f.Trim().Length > 0 ? IssuerKind.Other : IssuerKind.Unknown;
        }

        /// <summary>
        /// The text and its folded form with the commas inside the committee's full name blanked ("phòng, chống tội
        /// phạm, tệ nạn xã hội"), so that a name is not cut at them; same length, so positions carry over.
        /// </summary>
        internal static (string Text, string Folded) MaskNameCommas(string text, string folded)
        {
            char[]? t = null;
            char[]? f = null;
            foreach (string phrase in (string[])["phong, chong", "toi pham, te nan"])
            {
                for (int at = folded.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(phrase, at + 1, StringComparison.Ordinal))
                {
                    int comma = at + phrase.IndexOf(',', StringComparison.Ordinal);
                    t ??= text.ToCharArray();
                    f ??= folded.ToCharArray();
                    t[comma] = ' ';
                    f[comma] = ' ';
                }
            }

            return t is null ? (text, folded) : (new string(t), new string(f!));
        }

        /// <summary>
        /// Where the issuer named after "của" ends: at " về " (folding cannot tell "về" from "vệ"), a comma, semicolon,
        /// bracket or quote of <paramref name="text"/> (whose name-internal commas are masked), at most 200 characters on.
        /// </summary>
        private static int IssuerEnd(string text, int start)
        {
            int end = text.Length;
            foreach (string stop in (string[])[" về ", " Về ", ",", ";", "(", "”", "\""])
            {
                int at = text.IndexOf(stop, start, StringComparison.Ordinal);
                if (at >= 0 && at < end)
                {
                    end = at;
                }
            }

            return Math.Min(end, start + 200);
        }

        private ParentPlanReference? BuildParent()
        {
            foreach (var b in basis)
            {
                var (text, f) = MaskNameCommas(b.Text, VietnameseText.Fold(b.Text));
                var m = TextPatterns.ParentPlan().Match(f);
                if (!m.Success)
                {
                    continue;
                }

                string number = b.Text.Substring(m.Groups["n"].Index, m.Groups["n"].Length).Trim();
                LocalDate? date = null;
                if (m.Groups["date"].Success)
                {
                    var r = VietnameseDates.Parse(b.Text.Substring(m.Groups["date"].Index, m.Groups["date"].Length));
                    date = r.Success ? r.Value : null;
                }

                string? issuer = m.Groups["iss"].Success ? b.Text[m.Groups["iss"].Index..IssuerEnd(text, m.Groups["iss"].Index)].Trim() : null;
                var level = UnitNameClassifier.Classify(issuer).Level;
                return new ParentPlanReference(number, date, issuer, level, b);
            }

            return null;
        }
    }
}
