using System.Collections.Immutable;
using System.Globalization;
using AntqDomain.Documents;
using AntqDomain.Internal;
using AntqDomain.Plans;
using NodaTime;
using AntqDomain.Language;
using AntqDomain.Rules;

namespace AntqDomain.Reading;

// The reader, part: Reading the layout: header, title, basis, Roman parts and items, recipients and signature.
/// <content>The reader, continued: the page layout (the header and closing tables as copied into text, page furniture).</content>
public sealed partial class PlanTextReader
{
    private sealed partial class Builder(CellLines lines) : IDisposable
    {
        private readonly List<Cell> issuerCells = [];
        // The closing and introductory lines are gathered in borrowed storage too, and copied once into the plan.
        private readonly PooledList<PlanText> basis = new();
        private readonly PooledList<PlanText> unplaced = new();
        /// <summary>The parts read; their paragraphs are gathered in borrowed storage, given back when the plan is built.</summary>
        private readonly List<(SectionKind Kind, PlanText Heading, PooledList<PlanText> Paragraphs)> sections = [];

        /// <summary>The folded form of every paragraph of <see cref="sections"/>, part after part (views over the read's buffer).</summary>
        private readonly PooledList<FoldedParagraph> paragraphsFolded = new(256);
        private readonly PooledList<PlanText> recipients = new();
        private readonly PooledList<PlanText> signatureLines = new();
        private Location? recipientsAt;
        private PlanText? signer;
        private string? numberText;
        private PlanText? numberLabel;
        private Location? numberAt;
        private PlaceAndDate? dated;
        private Location? datedAt;
        private PlanText? title;
        private string?[]? maskedBasis;

        public FestivalPlan Build()
        {
            int i = ReadHeader();
            i = ReadTitle(i);
            i = ReadBasis(i);
            i = ReadBody(i);
            ReadClosing(i);
            return Assemble();
        }

        /// <summary>Gives back the storage borrowed for the lines gathered, the paragraphs and their folded views.</summary>
        public void Dispose()
        {
            paragraphsFolded.Dispose();
            basis.Dispose();
            unplaced.Dispose();
            recipients.Dispose();
            signatureLines.Dispose();
            foreach (var s in sections)
            {
                s.Paragraphs.Dispose();
            }
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

                if (lines[i].Length == 1 && IsPlainTitle(lines[i][0]))
                {
                    if (!CapitalTitleFollows(i))
                    {
                        return i;
                    }

                    unplaced.Add(lines[i][0].ToPlanText());
                    continue;
                }

                if (lines[i].Length > 0 && (IsBasisStart(lines[i][0]) || TextPatterns.IsRomanHeading(lines[i][0].Folded)))
                {
                    return i;
                }

                if (lines[i].Length > 0 && PageFurniture.IsFurnitureLine(lines[i][0].Folded))
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
            // A cell is copied, to read the groups of the header's patterns, only when it holds the number or the date.
            var folded = cell.Folded;
            bool inWords = TextPatterns.PlaceDate().IsMatch(folded);

            // A date in figures ("Tuyên Quang, ngày 05/6/2026") is looked for only while the header has no date, in a cell
            // saying "ngày"; its match is kept for its groups.
            var inFigures = inWords || dated is not null || !folded.Contains("ngay", StringComparison.Ordinal)
                ? System.Text.RegularExpressions.Match.Empty
                : FiguresMatch(cell.FoldedString());
            bool numberCell = TextPatterns.NumberCell().IsMatch(folded);
            if (inWords || inFigures.Success || numberCell)
            {
                ReadNumberAndDate(cell, inWords ? TextPatterns.PlaceDate().Match(cell.FoldedString()) : inFigures, numberCell);
                return;
            }

            if (IsMotto(folded))
            {
                return;
            }

            // The issuer and the national name on one line without a separator: "UBND TỈNH X CỘNG HÒA XÃ HỘI …".
            int national = NationalNameStart(folded);
            if (national > 0)
            {
                var left = cell.Take(national);
                if (left.Length > 0)
                {
                    AddIssuerCandidate(left);
                }

                return;
            }

            AddIssuerCandidate(cell);
        }

        /// <summary>
        /// Reads the number and symbol, or the place-and-date line (<paramref name="pd"/>, the caller's match, in words or
        /// in figures; unsuccessful when the cell has none), or both, from a header cell holding them.
        /// </summary>
        private void ReadNumberAndDate(Cell cell, System.Text.RegularExpressions.Match pd, bool numberCell)
        {
            // The place-and-date pattern is read for its groups; the number cell only told apart (the caller matched it).
            string text = cell.TextString();
            if (numberCell)
            {
                int end = pd.Success ? pd.Index : text.Length;
                string raw = text[..end].Trim();
                int colon = raw.IndexOfAny([':', '.']);
                string after = colon >= 0 ? raw[(colon + 1)..] : raw[2..];
                numberText = after.Trim();
                int offset = text.IndexOf(numberText, StringComparison.Ordinal);
                numberAt = Location.At(cell.Line, cell.Column + Math.Max(0, offset), numberText.Length);
                int start = text.Length - text.TrimStart().Length;
                string label = text[start..(numberText.Length == 0 ? start + (colon >= 0 ? colon + 1 : 2) : Math.Max(start, offset))].TrimEnd();
                numberLabel = label.Length == 0 ? null : new PlanText(label, Location.At(cell.Line, cell.Column + start, label.Length));
            }

            if (pd.Success)
            {
                ReadPlaceDate(cell, text, pd);
            }
        }

        /// <summary>Where the national name or the motto starts inside a header cell, or -1.</summary>
        private static int NationalNameStart(ReadOnlySpan<char> folded)
        {
            int a = folded.IndexOf("cong hoa xa hoi", StringComparison.Ordinal);
            int b = folded.IndexOf("doc lap", StringComparison.Ordinal);
            return a > 0 ? a : b > 0 && SpacedWords.Contains(folded, "tu do") ? b : -1;
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

        private void ReadPlaceDate(Cell cell, string text, System.Text.RegularExpressions.Match pd)
        {
            string place = text.Substring(pd.Groups["place"].Index, pd.Groups["place"].Length).Trim();
            dated = new PlaceAndDate(
                place,
                TextPatterns.Number(pd.Groups["d"]),
                TextPatterns.Number(pd.Groups["m"]),
                TextPatterns.Number(pd.Groups["y"]),
                pd.Groups["d"].Length == 0 ? null : pd.Groups["d"].Value,
                pd.Groups["m"].Length == 0 ? null : pd.Groups["m"].Value)
            {
                InFigures = pd.Groups["sep"].Success ? text[pd.Groups["d"].Index..(pd.Groups["y"].Index + pd.Groups["y"].Length)] : null,
            };
            int start = pd.Groups["place"].Index + (pd.Groups["place"].Length - pd.Groups["place"].ValueSpan.TrimStart().Length);
            datedAt = Location.At(cell.Line, cell.Column + start, pd.Index + pd.Length - start);
        }

        /// <summary>
        /// The place-and-date line in figures of a folded header cell ("tuyen quang, ngay 05/6/2026"), not a web page's
        /// stamp ("thu hai, ngay 15/7/2026", "cap nhat, ngay …"); an unsuccessful match when it has none.
        /// </summary>
        private static System.Text.RegularExpressions.Match FiguresMatch(string folded)
        {
            var m = TextPatterns.PlaceDateInFigures().Match(folded);
            var place = m.Groups["place"].ValueSpan.Trim();
            bool stamp = SpacedWords.StartsWith(place, "thu ") || SpacedWords.StartsWith(place, "chu nhat") || place.Contains("cap nhat", StringComparison.Ordinal)
                         || place.Contains("dang", StringComparison.Ordinal) || place.Contains("ban hanh", StringComparison.Ordinal);
            return m.Success && !stamp ? m : System.Text.RegularExpressions.Match.Empty;
        }

        private static bool IsMotto(ReadOnlySpan<char> folded)
            => SpacedWords.StartsWith(folded, "cong hoa xa hoi") || SpacedWords.StartsWith(folded, "chu nghia viet nam")
               || (SpacedWords.StartsWith(folded, "doc lap") && SpacedWords.Contains(folded, "tu do"));

        /// <summary>
        /// A title's first line: a document's type name in capitals (<see cref="DocumentKinds.TitleTypes"/>), or an
        /// official letter's subject under its number ("V/v tổ chức Ngày hội …"), which stands where a title does.
        /// </summary>
        private static bool IsTitleStart(Cell cell)
        {
            if (DocumentKinds.IsLetterSubject(cell.Folded))
            {
                return true;
            }

            foreach (string type in DocumentKinds.TitleTypes)
            {
                if (StartsWithWord(cell.Text, type))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool StartsWithWord(ReadOnlySpan<char> text, string word)
            => SpacedWords.PrefixLength(text, word) is var n && n >= 0 && (text.Length == n || !char.IsLetter(text[n]));

        /// <summary>
        /// A title in normal case, as web posts of a plan's body write it: "Kế hoạch tổ chức Ngày hội … năm 2023"
        /// (not "Kế hoạch số …", which cites another plan).
        /// </summary>
        private static bool IsPlainTitle(Cell cell)
            => SpacedWords.StartsWith(cell.Folded, "ke hoach ") && !SpacedWords.StartsWith(cell.Folded, "ke hoach so")
               && cell.Text.Length < 300;

        /// <summary>Whether a title in capitals follows within the header zone (so a plain-case line above it is page furniture, such as a repeated page title).</summary>
        private bool CapitalTitleFollows(int from)
        {
            for (int j = from + 1; j < lines.Count && j < from + 60; j++)
            {
                if (lines[j].Length > 0 && (IsTitleStart(lines[j][0]) || TextPatterns.IsRomanHeading(lines[j][0].Folded)))
                {
                    return IsTitleStart(lines[j][0]);
                }
            }

            return false;
        }

        private static bool IsBasisStart(Cell cell)
            => SpacedWords.StartsWith(cell.Folded, "thuc hien") || SpacedWords.StartsWith(cell.Folded, "can cu");

        private int ReadTitle(int i)
        {
            if (i >= lines.Count || lines[i].Length == 0 || !(IsTitleStart(lines[i][0]) || IsPlainTitle(lines[i][0])))
            {
                return i;
            }

            if (IsPlainTitle(lines[i][0]))
            {
                // A plain-case title is one line: the text that follows is the body.
                var only = lines[i][0];
                title = new PlanText(only.TextString(), only.Location);
                return i + 1;
            }

            var first = lines[i][0];
            var parts = new List<string> { first.TextString() };
            foreach (var extra in lines[i][1..])
            {
                unplaced.Add(extra.ToPlanText());
            }

            int j = i + 1;
            int taken = 0;
            while (j < lines.Count && taken < 3)
            {
                if (lines[j].Length == 0)
                {
                    if (taken > 0 || parts[0].Length > 8)
                    {
                        break;
                    }

                    j++;
                    continue;
                }

                var c = lines[j][0];
                if (IsBasisStart(c) || TextPatterns.IsRomanHeading(c.Folded) || lines[j].Length > 1 || SpacedWords.StartsWith(c.Folded, "kinh gui"))
                {
                    break;
                }

                parts.Add(c.TextString());
                taken++;
                j++;
            }

            string text = string.Join(' ', parts);
            title = new PlanText(text, first.Location);
            return j;
        }

        private int ReadBasis(int i)
        {
            for (; i < lines.Count; i++)
            {
                if (lines[i].Length == 0)
                {
                    continue;
                }

                if (TextPatterns.IsRomanHeading(lines[i][0].Folded) || IsRecipientsStart(lines[i][0]))
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

        private static bool IsRecipientsStart(Cell cell) => SpacedWords.StartsWith(cell.Folded, "noi nhan");

        private int ReadBody(int i)
        {
            for (; i < lines.Count; i++)
            {
                var cells = lines[i];
                if (cells.Length == 0)
                {
                    continue;
                }

                var first = cells[0];
                // A part of the plan ("II. NỘI DUNG", "PHẦN II. NỘI DUNG"); a part of the programme numbered so ("Phần I:
                // Phần lễ") is an item of the content, its number the marker.
                bool heading = TextPatterns.TryRomanHeading(first.Folded, out var numeral, out int words) && IsRoman(first.Folded[numeral]);
                bool programmePart = heading && numeral.Start.Value > 0
                    && (SpacedWords.StartsWith(first.Folded[words..], "phan le") || SpacedWords.StartsWith(first.Folded[words..], "phan hoi"));
                if (heading && !programmePart)
                {
                    string headingText = first.TextString();
                    sections.Add((KindOf(first.Folded[words..]), new PlanText(headingText, first.Location, headingText[..words].Trim()), new PooledList<PlanText>()));
                    continue;
                }

                if (IsRecipientsStart(first) || (sections.Count > 0 && IsSignatureStart(cells, i)))
                {
                    return i;
                }

                foreach (var cell in cells)
                {
                    var m = programmePart && cell.Column == first.Column ? new ListMarker(cell.Text[..words].Trim().ToString(), words) : TextPatterns.MatchMarker(cell.Folded);
                    var text = m.Success ? cell.ToPlanText(cell.MarkerAsWritten(m), m.Length, out var folded) : cell.ToPlanText(null, 0, out folded);
                    if (sections.Count == 0)
                    {
                        basis.Add(text);
                    }
                    else
                    {
                        sections[^1].Paragraphs.Add(text);
                        paragraphsFolded.Add(folded);
                    }
                }
            }

            return i;
        }

        private static bool IsRoman(ReadOnlySpan<char> r) => r is "i" or "ii" or "iii" or "iv" or "v" or "vi" or "vii" or "viii" or "ix" or "x" or "xi" or "xii";

        private static SectionKind KindOf(ReadOnlySpan<char> folded)
            => SpacedWords.Contains(folded, "muc dich") || SpacedWords.Contains(folded, "yeu cau") ? SectionKind.Purposes
                : SpacedWords.Contains(folded, "to chuc thuc hien") || SpacedWords.Contains(folded, "phan cong") || SpacedWords.Contains(folded, "trach nhiem") ? SectionKind.Implementation
                : SpacedWords.Contains(folded, "khen thuong") || SpacedWords.Contains(folded, "thi dua") ? SectionKind.Commendation
                : SpacedWords.Contains(folded, "kinh phi") ? SectionKind.Funding
                : SpacedWords.Contains(folded, "noi dung") || SpacedWords.Contains(folded, "hoat dong") || SpacedWords.Contains(folded, "hinh thuc") ? SectionKind.Content
                : SectionKind.Other;

        /// <summary>A signature block without a recipients block: a short capitals line with a signing title, near the end.</summary>
        private bool IsSignatureStart(ReadOnlySpan<Cell> cells, int i)
        {
            var c = cells[0];
            if (lines.Count - i > 12 || c.Text.Length > 60 || !VietnameseText.IsCapitals(c.Text))
            {
                return false;
            }

            return SignatureBlock.PrefixOf(c.TextString()) is not null || NamesPost(c.Folded);
        }

        /// <summary>The posts a signature names, folded: the committee's head and deputies, the heads of bodies.</summary>
        private static readonly string[] Posts =
            ["truong ban", "pho truong ban", "chu tich", "pho chu tich", "giam doc", "pho giam doc", "truong cong an", "pho truong cong an", "hieu truong", "bi thu"];

        /// <summary>Whether a folded line starts with a post a signature names ("GIÁM ĐỐC …", "Chủ tịch UBND xã").</summary>
        private static bool NamesPost(ReadOnlySpan<char> folded)
        {
            foreach (string post in Posts)
            {
                if (SpacedWords.StartsWith(folded, post))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsSignedMarker(ReadOnlySpan<char> folded)
            => SpacedWords.StartsWith(folded, "(da ky") || folded.StartsWith("(ky", StringComparison.Ordinal)
               || SpacedWords.StartsWith(folded, "[da ky") || folded.StartsWith("[daky", StringComparison.Ordinal)
               || SpacedWords.StartsWith(folded, "da ky") || folded.SequenceEqual("/.") || folded.SequenceEqual("./.") || folded.StartsWith("(dau", StringComparison.Ordinal);

        private void ReadClosing(int i)
        {
            bool inRecipients = false;
            for (; i < lines.Count; i++)
            {
                // The recipients and the signature side by side: each line's columns, apart by tabs or by a wide run of
                // spaces (a web copy of the footer's table).
                int column = 0;
                foreach (var cell in lines[i])
                {
                    var rest = cell;
                    int gap;
                    while ((gap = ColumnGapIn(rest)) >= 0)
                    {
                        ReadClosingCell(rest.Take(gap), column++, ref inRecipients);
                        rest = rest.Skip(gap);
                    }

                    ReadClosingCell(rest, column++, ref inRecipients);
                }
            }
        }

        /// <summary>
        /// Reads one column of a line of the closing: the recipients' start or one of them, the signed marker, a signature
        /// line or the signer. A signature line beside a recipient (<paramref name="column"/> past the first) leaves the
        /// recipients going on; one on a line of its own ends them.
        /// </summary>
        private void ReadClosingCell(Cell cell, int column, ref bool inRecipients)
        {
            var f = cell.Folded;
            var text = cell.Text;
            if (IsRecipientsStart(cell))
            {
                inRecipients = true;
                recipientsAt = cell.Location;
                int colon = text.IndexOf(':');
                if (colon >= 0 && colon + 1 < text.Length && !text[(colon + 1)..].IsWhiteSpace())
                {
                    recipients.Add(cell.ToPlanText(null, colon + 1));
                }

                return;
            }

            if (IsSignedMarker(f))
            {
                return;
            }

            bool bullet = f.Length > 0 && f[0] is '-' or '+' or '•' or '–';
            if (inRecipients && (bullet || Recipients.IsArchive(text) || (!VietnameseText.IsCapitals(text) && signatureLines.Count == 0 && !LooksLikeName(text))))
            {
                var m = TextPatterns.MatchMarker(f);
                recipients.Add(m.Success ? cell.ToPlanText(cell.MarkerAsWritten(m), m.Length) : cell.ToPlanText());
                inRecipients = !Recipients.IsArchive(text);
                return;
            }

            if (VietnameseText.IsCapitals(text))
            {
                signatureLines.Add(cell.ToPlanText());
                inRecipients &= column > 0;
                return;
            }

            if (signer is null && LooksLikeName(text))
            {
                signer = cell.ToPlanText();
                return;
            }

            // A post written in normal case, as web copies and some offices write it, below the titles or below the name
            // ("Giám đốc Công an tỉnh"): a line of the signature.
            if (signatureLines.Count > 0 && !inRecipients && NamesPost(f))
            {
                signatureLines.Add(cell.ToPlanText());
                return;
            }

            unplaced.Add(cell.ToPlanText());
        }

        /// <summary>The run of spaces that parts two columns of the footer copied as text.</summary>
        private const int ColumnGap = 4;

        /// <summary>Where the first run of <see cref="ColumnGap"/> spaces in the cell starts, or -1 (at once when its fold saw no two spaces).</summary>
        private static int ColumnGapIn(Cell cell) => cell.MayHoldSpaceRun ? SpacedWords.IndexOfSpaceRun(cell.Text, ColumnGap) : -1;

        /// <summary>
        /// A person's name: two to six words between spaces, each a capital and letters only, perhaps after a police or
        /// military rank ("Đại tá Trần Quốc Hưng"); or a placeholder for one.
        /// </summary>
        private static bool LooksLikeName(ReadOnlySpan<char> text)
        {
            text = text.Trim();
            if (Placeholder.IsPlaceholder(text))
            {
                return true;
            }

            text = text[RankLength(text)..];

            int words = 0;
            for (int i = 0; i < text.Length;)
            {
                if (text[i] == ' ')
                {
                    i++;
                    continue;
                }

                int end = text[i..].IndexOf(' ');
                var word = end < 0 ? text[i..] : text.Slice(i, end);
                if (++words > 6 || !char.IsUpper(word[0]) || !AllLetters(word))
                {
                    return false;
                }

                i += word.Length;
            }

            return words >= 2;
        }

        /// <summary>The ranks written before a signer's name in police documents, folded: a grade and a tier ("Đại tá").</summary>
        private static readonly string[] RankGrades = ["dai", "thuong", "trung", "thieu"];

        private static readonly string[] RankTiers = ["tuong", "ta", "uy"];

        /// <summary>The length of a rank and the spaces after it at the start of <paramref name="text"/>, or 0 when it starts with none.</summary>
        private static int RankLength(ReadOnlySpan<char> text)
        {
            int first = text.IndexOf(' ');
            if (first <= 0 || first > 6)
            {
                return 0;
            }

            int second = SpacedWords.SkipSpaces(text, first);
            int end = text[second..].IndexOf(' ');
            if (end <= 0 || end > 5)
            {
                return 0;
            }

            Span<char> folded = stackalloc char[12];
            VietnameseText.FoldInto(text[..first], folded);
            if (!IsOneOf(folded[..first], RankGrades))
            {
                return 0;
            }

            VietnameseText.FoldInto(text.Slice(second, end), folded);
            return IsOneOf(folded[..end], RankTiers) ? SpacedWords.SkipSpaces(text, second + end) : 0;

            static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
            {
                foreach (string w in words)
                {
                    if (word.SequenceEqual(w))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        private static bool AllLetters(ReadOnlySpan<char> word)
        {
            foreach (char c in word)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }

            return true;
        }

    }
}
