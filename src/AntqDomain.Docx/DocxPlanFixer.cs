using System.Collections.Immutable;
using AntqDomain.Documents;
using AntqDomain.Fixing;
using AntqDomain.Plans;
using AntqDomain.Rules;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NodaTime;
using AntqDomain.Language;
using AntqDomain.Reading;

namespace AntqDomain.Docx;

/// <summary>
/// Repairs the mechanical defects of a plan in a Word file (<em>sửa lỗi kỹ thuật trong tệp Word</em>), editing the
/// runs in place so that formatting is kept: each <see cref="SuggestedFix"/> of the plan read from the file is
/// written into the paragraph it came from (the first run of the span takes the replacement, the rest of the span is
/// removed); a fix that adds a line (the archive line) adds a paragraph formatted like the one before it. Round by
/// round, like <see cref="PlanFixer"/>, until nothing fixable is left. An edit whose text cannot be found in its
/// paragraph (text split by tabs or fields) is left for a person, never guessed. Thread-safe.
/// </summary>
public static class DocxPlanFixer
{
    private const int MaxRounds = 5;

    /// <summary>Fixes the Word file <paramref name="docx"/>.</summary>
    /// <param name="docx">The .docx file's bytes.</param>
    /// <param name="validator">The validator whose findings are fixed; a default one when null.</param>
    /// <param name="parent">The plan of the level above, when known.</param>
    /// <param name="on">The date whose requirements apply; the plan's own when null.</param>
    /// <param name="year">Re-target the plan to this festival year first, as <see cref="PlanFixer.Fix"/> does.</param>
    /// <returns>The fixed file, the text before and after, the fixes applied and what is left.</returns>
    /// <exception cref="PlanFormatException">The file cannot be read as a plan, or its package is too damaged to be rewritten.</exception>
    public static DocxFixResult Fix(byte[] docx, PlanValidator? validator = null, FestivalPlan? parent = null, LocalDate? on = null, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(docx);
        validator ??= new PlanValidator();
        var read = DocxPlanReader.Default.Read(docx);
        if (!read.Success)
        {
            throw new PlanFormatException(string.Join("; ", read.Result.Diagnostics.Where(d => d.Severity == FindingSeverity.Error).Select(d => d.MessageEn)));
        }

        byte[] current = docx;
        string before = read.Text;
        string text = before;
        var applied = ImmutableArray.CreateBuilder<SuggestedFix>();
        bool retarget = year is not null;
        ValidationReport report;
        for (int round = 0; ; round++)
        {
            var plan = PlanTextReader.Default.Read(text).GetPlanOrThrow();
            report = validator.Check(plan, parent, on);
            IReadOnlyList<SuggestedFix> fixes = retarget && PlanFixer.Retarget(text, year!.Value) is { } move ? [move] : [.. report.Findings.Select(f => f.Fix).OfType<SuggestedFix>()];
            retarget = false;
            if (fixes.Count == 0 || round == MaxRounds)
            {
                break;
            }

            var (bytes, newText, taken) = Rewrite(current, fixes);
            if (taken.IsEmpty || string.Equals(newText, text, StringComparison.Ordinal))
            {
                break;
            }

            (current, text) = (bytes, newText);
            applied.AddRange(taken);
        }

        return new DocxFixResult(current, before, text, applied.ToImmutable(), report);
    }

    /// <summary>
    /// <see cref="Apply"/>, with a package too damaged to be rewritten (one that reads, but whose archive entries cannot
    /// be opened for update) refused as <see cref="PlanFormatException"/> rather than escaping as the archive's error.
    /// </summary>
    private static (byte[] Bytes, string Text, ImmutableArray<SuggestedFix> Taken) Rewrite(byte[] file, IReadOnlyList<SuggestedFix> fixes)
    {
        try
        {
            return Apply(file, fixes);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            throw new PlanFormatException($"The .docx file is damaged and cannot be rewritten ({ex.GetType().Name}). Open it in Word or LibreOffice and save it again as .docx.", ex);
        }
    }

    /// <summary>Writes <paramref name="fixes"/> into the file; gives the new bytes, its text and the fixes taken.</summary>
    private static (byte[] Bytes, string Text, ImmutableArray<SuggestedFix> Taken) Apply(byte[] file, IReadOnlyList<SuggestedFix> fixes)
    {
        using var memory = new MemoryStream();
        memory.Write(file);
        memory.Position = 0;
        var taken = ImmutableArray.CreateBuilder<SuggestedFix>();
        using (var doc = WordprocessingDocument.Open(memory, true))
        {
            var main = doc.MainDocumentPart!;
            var builder = new DocxTextBuilder(main);
            builder.AddBody(main.Document.Body!);
            string[] lines = VietnameseText.Normalize(builder.Text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

            // Edits from the end of the document backwards, so earlier offsets stay true; a fix is taken whole or not at all.
            var edits = fixes
                .SelectMany(f => f.Edits.Select(e => (Fix: f, Edit: e)))
                .Where(x => x.Edit.Span is { Line: not null, Column: not null, Length: not null })
                .OrderByDescending(x => x.Edit.Span.Line).ThenByDescending(x => x.Edit.Span.Column)
                .ToList();
            var planned = new List<(SuggestedFix Fix, Action Write)>();
            var refused = new HashSet<SuggestedFix>(ReferenceEqualityComparer.Instance);
            foreach (var (fix, edit) in edits)
            {
                if (Locate(builder, lines, edit) is { } write)
                {
                    planned.Add((fix, write));
                }
                else
                {
                    refused.Add(fix);
                }
            }

            foreach (var (fix, write) in planned)
            {
                if (!refused.Contains(fix))
                {
                    write();
                }
            }

            // Reported in document order, as the fixes came.
            taken.AddRange(fixes.Where(f => !refused.Contains(f) && planned.Any(p => ReferenceEquals(p.Fix, f))));

            main.Document.Save();
        }

        byte[] bytes = memory.ToArray();
        return (bytes, DocxPlanReader.Default.Read(bytes).Text, taken.ToImmutable());
    }

    /// <summary>The write that carries out <paramref name="edit"/> in its paragraph, or null when its text is not found there.</summary>
    private static Action? Locate(DocxTextBuilder builder, string[] lines, TextEdit edit)
    {
        int line = edit.Span.Line!.Value, column = edit.Span.Column!.Value, length = edit.Span.Length!.Value;
        if (line < 1 || line > lines.Length || line > builder.Lines.Length || column < 1 || column - 1 + length > lines[line - 1].Length)
        {
            return null;
        }

        string lineText = lines[line - 1];
        int ordinal = builder.Lines[line - 1].Paragraph;
        if (builder.Segments.TryGetValue(line - 1, out var row))
        {
            // A table row read as one line: the edit is in the paragraph of a cell, whose text is its part of the line.
            var part = DocxTextBuilder.SegmentAt(row, column - 1);
            if (column - 1 < part.Start || column - 1 + length > part.End)
            {
                return null;
            }

            ordinal = part.At.Paragraph;
            lineText = lineText[part.Start..part.End];
            column -= part.Start;
        }

        if (ordinal < 1 || ordinal > builder.ParagraphElements.Count)
        {
            return null;
        }

        var paragraph = builder.ParagraphElements[ordinal - 1];
        var texts = paragraph.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Where(t => !t.Ancestors<DeletedRun>().Any()).ToList();
        string own = VietnameseText.Normalize(string.Concat(texts.Select(t => t.Text)));
        string old = lineText.Substring(column - 1, length);
        string before = lineText[..(column - 1)];
        string after = lineText[(column - 1 + length)..];

        // The span is found by its own text and the text around it on the line (a list number or a tab may precede it).
        int at = -1;
        for (int keep = Math.Min(before.Length, 24); keep >= 0 && at < 0; keep -= keep > 8 ? 8 : 1)
        {
            string tail = before[^keep..];
            for (int i = own.IndexOf(tail + old, StringComparison.Ordinal); i >= 0; i = own.IndexOf(tail + old, i + 1, StringComparison.Ordinal))
            {
                int start = i + tail.Length;
                string rest = own[(start + length)..];
                if (rest.StartsWith(after.Length > 12 ? after[..12] : after, StringComparison.Ordinal) || after.Length == 0)
                {
                    at = start;
                    break;
                }
            }

            if (keep == 0)
            {
                break;
            }
        }

        if (at < 0)
        {
            return null;
        }

        string[] parts = edit.Replacement.Split('\n');
        return () =>
        {
            Replace(texts, at, length, parts[0]);
            var anchor = paragraph;
            foreach (string added in parts.Skip(1))
            {
                anchor = AddParagraphAfter(anchor, added);
            }
        };
    }

    /// <summary>Replaces <paramref name="length"/> characters at <paramref name="at"/> of the paragraph's text with <paramref name="replacement"/>, in the runs.</summary>
    private static void Replace(List<DocumentFormat.OpenXml.Wordprocessing.Text> texts, int at, int length, string replacement)
    {
        int offset = 0;
        bool written = false;
        foreach (var t in texts)
        {
            string s = t.Text;
            int start = offset, end = offset + s.Length;
            offset = end;
            if (!written && at >= start && at <= end && (at < end || length == 0 || t == texts[^1]))
            {
                int local = at - start;
                int cut = Math.Min(length, s.Length - local);
                t.Text = s[..local] + replacement + s[(local + cut)..];
                t.Space = SpaceProcessingModeValues.Preserve;
                written = true;
                length -= cut;
                at += replacement.Length + cut;
                continue;
            }

            if (written && length > 0)
            {
                int cut = Math.Min(length, s.Length);
                t.Text = s[cut..];
                t.Space = SpaceProcessingModeValues.Preserve;
                length -= cut;
            }
        }
    }

    /// <summary>A new paragraph after <paramref name="paragraph"/>, formatted like it, holding <paramref name="text"/>.</summary>
    private static Paragraph AddParagraphAfter(Paragraph paragraph, string text)
    {
        var copy = (Paragraph)paragraph.CloneNode(true);
        var runs = copy.Elements<DocumentFormat.OpenXml.Wordprocessing.Run>().ToList();
        foreach (var extra in copy.ChildElements.Where(c => c is not ParagraphProperties && c != runs.FirstOrDefault()).ToList())
        {
            extra.Remove();
        }

        var run = runs.FirstOrDefault() ?? copy.AppendChild(new DocumentFormat.OpenXml.Wordprocessing.Run());
        foreach (var child in run.ChildElements.Where(c => c is not RunProperties).ToList())
        {
            child.Remove();
        }

        run.AppendChild(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        paragraph.InsertAfterSelf(copy);
        return copy;
    }
}
