using AntqDomain.Serialization;
using AntqDomain.Text;

namespace AntqDomain.Cli;

/// <summary>One input of the command: its name, its decoded text (strict UTF-8) or why it could not be loaded.</summary>
internal sealed record InputFile(string Name, string? Content, bool IsJson, ReadDiagnostic? Error)
{
    /// <summary>
    /// Loads a path, or standard input for "-". Both go through the library's one bounded, strict reader, so "-"
    /// is judged exactly like a file: the same size limit, the same UTF-8 check, a byte-order mark allowed. A JSON
    /// document is told by its ".json" extension, or on standard input by its content.
    /// </summary>
    public static InputFile Load(string path, Stream stdin)
    {
        bool byName = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        try
        {
            DocumentBytes bytes;
            if (path == "-")
            {
                bytes = DocumentInput.ReadBounded(stdin, DocumentInput.MaxBytes());
            }
            else if (Directory.Exists(path))
            {
                return Failed(path, byName, "Đây là một thư mục, không phải tệp.", "This is a directory, not a file.");
            }
            else if (!File.Exists(path))
            {
                return Failed(path, byName, "Không tìm thấy tệp.", "File not found.");
            }
            else
            {
                // The length a file system reports is not trusted (devices, pipes and /proc report 0): the read is bounded.
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                bytes = DocumentInput.ReadBounded(stream, DocumentInput.MaxBytes());
            }

            if (bytes.Error is { } tooLarge)
            {
                return new InputFile(path, null, byName, tooLarge);
            }

            var text = DocumentInput.DecodeUtf8(bytes.Bytes!);
            if (text.Error is { } notUtf8)
            {
                return new InputFile(path, null, byName, notUtf8);
            }

            return new InputFile(path, text.Text, path == "-" ? DocumentInput.LooksLikeJson(text.Text!) : byName, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Failed(path, byName, $"Không đọc được tệp: {ex.Message}", $"Cannot read the file: {ex.Message}");
        }
    }

    private static InputFile Failed(string path, bool json, string vi, string en)
        => new(path, null, json, new ReadDiagnostic("ANTQ001", Severity.Error, vi, en));

    public PlanReadResult Read() => IsJson ? PlanJson.Read(Content!) : PlanTextReader.Default.Read(Content!);

    /// <summary>Reads the file as any kind of document: JSON by its "kind", text as a plan.</summary>
    public SubjectReadResult ReadSubject()
    {
        if (IsJson)
        {
            return SubjectJson.Read(Content!);
        }

        var plan = PlanTextReader.Default.Read(Content!);
        return new SubjectReadResult(plan.Success ? SubjectKinds.Plan : null, plan.Plan, null, null, null, plan.Diagnostics);
    }
}
