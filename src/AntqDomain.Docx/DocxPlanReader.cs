using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using AntqDomain.Reading;
using AntqDomain.Rules;

namespace AntqDomain.Docx;

/// <summary>
/// Reads a festival plan from a Word file (<em>đọc Kế hoạch từ tệp Word .docx</em>) into the same model and
/// diagnostics as <see cref="PlanTextReader"/>: the header table (issuer and "Số:" on the left, national name, motto
/// and place-and-date on the right), paragraphs, automatic list numbering as Word shows it, body tables, and the
/// closing table (recipients on the left, signature on the right). Every location can be turned into the paragraph
/// (and table cell) it came from with <see cref="DocxReadResult.PositionOf"/>.
/// </summary>
/// <remarks>
/// Never throws on a file's content. Tracked changes are read as if accepted; comments, text boxes and images are
/// skipped and said so (ANTQ012, ANTQ013). A file that is not a .docx — a PDF, a legacy .doc, RTF, OpenDocument, a
/// damaged archive — is refused with ANTQ011 saying what it looks like and to save it as .docx. Input over
/// <see cref="DocumentInput.MaxBytes"/>, or a document part that unpacks past the reader's character limit, gives
/// ANTQ002. Thread-safe.
/// </remarks>
public sealed class DocxPlanReader
{
    private readonly ReaderLimits limits;
    private readonly PlanTextReader text;

    /// <summary>A reader with the given limits (the defaults when null).</summary>
    /// <param name="limits">The limits; <see cref="ReaderLimits.Default"/> when null.</param>
    public DocxPlanReader(ReaderLimits? limits = null)
    {
        this.limits = limits ?? ReaderLimits.Default;
        text = new PlanTextReader(this.limits);
    }

    /// <summary>A shared reader with the default limits.</summary>
    public static DocxPlanReader Default { get; } = new();

    /// <summary>Reads the Word file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The plan, the text as read, the paragraph of every line, and the diagnostics.</returns>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <example>
    /// <code>
    /// var read = DocxPlanReader.Default.Read("ke-hoach.docx");
    /// var report = new PlanValidator().Check(read.Result.GetPlanOrThrow());
    /// foreach (var f in report.Findings)
    ///     Console.WriteLine($"{read.PositionOf(f.Location)?.Describe()} {f.Code} {f.MessageVi}");
    /// </code>
    /// </example>
    public DocxReadResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return Read(stream);
    }

    /// <summary>Reads a Word file from <paramref name="stream"/> (read to its end, at most <see cref="DocumentInput.MaxBytes"/> bytes).</summary>
    /// <param name="stream">The file's bytes; read from the current position and left open.</param>
    /// <returns>The plan, the text as read, the paragraph of every line, and the diagnostics.</returns>
    /// <exception cref="IOException">The stream failed while being read.</exception>
    public DocxReadResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = DocumentInput.ReadBounded(stream, DocumentInput.MaxBytes(limits));
        return bytes.Error is { } tooLarge ? Failed(tooLarge) : Read(bytes.Bytes!);
    }

    /// <summary>Reads a Word file from its bytes.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <returns>The plan, the text as read, the paragraph of every line, and the diagnostics.</returns>
    public DocxReadResult Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (FileKinds.NotDocx(bytes) is { } refusal)
        {
            return Failed(refusal);
        }

        try
        {
            using var memory = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(memory, false, new OpenSettings
            {
                MaxCharactersInPart = limits.MaxChars * 8L,
                AutoSave = false,
            });
            if (document.MainDocumentPart?.Document?.Body is not { } body)
            {
                return Failed(FileKinds.Refuse("Tệp .docx không có phần nội dung văn bản (word/document.xml).", "The .docx file has no document body (word/document.xml)."));
            }

            var builder = new DocxTextBuilder(document.MainDocumentPart);
            builder.AddBody(body);
            string content = builder.Text;
            var read = text.Read(content);
            var extra = Notes(builder, document.MainDocumentPart);
            var result = extra.IsEmpty ? read : new PlanReadResult(read.Plan, read.Diagnostics.AddRange(extra));
            return new DocxReadResult(result, content, builder.Lines) { Segments = builder.Segments.ToImmutableDictionary() };
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException or FormatException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            if (ex is OpenXmlPackageException && ex.Message.Contains("MaxCharactersInPart", StringComparison.Ordinal))
            {
                return Failed(new ReadDiagnostic(
                    "ANTQ002",
                    FindingSeverity.Error,
                    "Nội dung tệp Word khi giải nén vượt giới hạn kích thước.",
                    "The Word document's content unpacks past the size limit (ReaderLimits.MaxChars)."));
            }

            return Failed(FileKinds.Refuse(
                $"Tệp .docx bị hỏng hoặc không đọc được ({ex.GetType().Name}). Hãy mở bằng Word hoặc LibreOffice và lưu lại dưới dạng .docx.",
                $"The .docx file is damaged or unreadable ({ex.GetType().Name}). Open it in Word or LibreOffice and save it again as .docx."));
        }
    }

    private static ImmutableArray<ReadDiagnostic> Notes(DocxTextBuilder b, MainDocumentPart main)
    {
        var notes = ImmutableArray.CreateBuilder<ReadDiagnostic>();
        if (b.TrackedInsertions + b.TrackedDeletions > 0)
        {
            notes.Add(new ReadDiagnostic(
                "ANTQ012",
                FindingSeverity.Info,
                string.Create(CultureInfo.InvariantCulture, $"Tệp có theo dõi thay đổi ({b.TrackedInsertions} chỗ thêm, {b.TrackedDeletions} chỗ xóa): đã đọc như khi chấp nhận mọi thay đổi."),
                string.Create(CultureInfo.InvariantCulture, $"The file has tracked changes ({b.TrackedInsertions} insertions, {b.TrackedDeletions} deletions): read as if all were accepted.")));
        }

        int comments = main.WordprocessingCommentsPart?.Comments?.ChildElements.Count ?? 0;
        var skipped = new List<(string Vi, string En)>();
        if (comments > 0)
        {
            skipped.Add(($"{comments} nhận xét (comment)", $"{comments} comment(s)"));
        }

        if (b.TextBoxes > 0)
        {
            skipped.Add(($"{b.TextBoxes} hộp văn bản (text box)", $"{b.TextBoxes} text box(es)"));
        }

        if (b.Images > 0)
        {
            skipped.Add(($"{b.Images} hình ảnh", $"{b.Images} image(s)"));
        }

        if (skipped.Count > 0)
        {
            notes.Add(new ReadDiagnostic(
                "ANTQ013",
                FindingSeverity.Info,
                "Không đọc: " + string.Join(", ", skipped.Select(s => s.Vi)) + ".",
                "Not read: " + string.Join(", ", skipped.Select(s => s.En)) + "."));
        }

        return notes.ToImmutable();
    }

    private static DocxReadResult Failed(ReadDiagnostic why) => new(new PlanReadResult(null, [why]), string.Empty, []);
}
