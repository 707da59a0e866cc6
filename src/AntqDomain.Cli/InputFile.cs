using System.Text;
using AntqDomain.Serialization;
using AntqDomain.Text;

namespace AntqDomain.Cli;

/// <summary>One input of the command: its name, its decoded text (strict UTF-8) or why it could not be loaded.</summary>
internal sealed record InputFile(string Name, string? Content, bool IsJson, ReadDiagnostic? Error)
{
    public static InputFile Load(string path, TextReader stdin)
    {
        try
        {
            if (path == "-")
            {
                string text = stdin.ReadToEnd();
                return new InputFile("-", text, text.TrimStart().StartsWith('{'), null);
            }

            bool json = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Failed(path, json, "Không tìm thấy tệp.", "File not found.");
            }

            if (info.Length > ReaderLimits.Default.MaxChars * 4L)
            {
                return Failed(path, json, $"Tệp quá lớn ({info.Length:N0} byte).", $"File too large ({info.Length:N0} bytes; limit {ReaderLimits.Default.MaxChars * 4L:N0}).");
            }

            byte[] bytes = File.ReadAllBytes(path);
            try
            {
                var strict = new UTF8Encoding(false, true);
                int skip = bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
                return new InputFile(path, strict.GetString(bytes, skip, bytes.Length - skip), json, null);
            }
            catch (DecoderFallbackException)
            {
                return Failed(path, json, "Tệp không phải UTF-8 (có thể là TCVN3/VNI hoặc Windows-1258): hãy lưu lại dưới dạng UTF-8.", "The file is not UTF-8 (perhaps TCVN3/VNI or Windows-1258): save it as UTF-8.");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Failed(path, path.EndsWith(".json", StringComparison.OrdinalIgnoreCase), $"Không đọc được tệp: {ex.Message}", $"Cannot read the file: {ex.Message}");
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
