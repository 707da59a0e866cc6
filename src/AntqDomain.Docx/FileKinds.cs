using System.IO.Compression;
using AntqDomain.Reading;
using AntqDomain.Rules;

namespace AntqDomain.Docx;

/// <summary>Tells a .docx from the files people send instead (PDF, legacy .doc, RTF, OpenDocument, other archives) by their first bytes.</summary>
internal static class FileKinds
{
    /// <summary>Why <paramref name="bytes"/> are not a .docx, or null when they may be one.</summary>
    public static ReadDiagnostic? NotDocx(byte[] bytes)
    {
        ReadOnlySpan<byte> head = bytes.AsSpan(0, Math.Min(bytes.Length, 8));
        if (head.StartsWith("%PDF"u8))
        {
            return Refuse("Đây là tệp PDF, không phải .docx: hãy dùng bản Word (.docx) của văn bản, hoặc chuyển PDF sang .docx.", "This is a PDF, not a .docx: use the Word (.docx) version of the document, or convert the PDF to .docx.");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return Refuse("Đây là tệp Word cũ (.doc): hãy mở bằng Word hoặc LibreOffice và lưu lại dưới dạng .docx.", "This is a legacy Word file (.doc): open it in Word or LibreOffice and save it as .docx.");
        }

        if (head.StartsWith("{\\rtf"u8))
        {
            return Refuse("Đây là tệp RTF: hãy lưu lại dưới dạng .docx.", "This is an RTF file: save it as .docx.");
        }

        if (!head.StartsWith("PK"u8))
        {
            return Refuse("Tệp không phải .docx (không phải định dạng Office Open XML).", "The file is not a .docx (not an Office Open XML package).");
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("mimetype") is { } mime && mime.Length < 200)
            {
                using var reader = new StreamReader(mime.Open());
                if (reader.ReadToEnd().Contains("opendocument", StringComparison.Ordinal))
                {
                    return Refuse("Đây là tệp OpenDocument (.odt): hãy lưu lại dưới dạng .docx.", "This is an OpenDocument file (.odt): save it as .docx.");
                }
            }

            if (zip.GetEntry("word/document.xml") is null && zip.GetEntry("[Content_Types].xml") is null)
            {
                return Refuse("Tệp nén này không phải văn bản Word (.docx).", "This archive is not a Word document (.docx).");
            }
        }
        catch (InvalidDataException)
        {
            return Refuse("Tệp .docx bị hỏng (không giải nén được).", "The .docx file is damaged (the archive cannot be opened).");
        }

        return null;
    }

    public static ReadDiagnostic Refuse(string vi, string en) => new("ANTQ011", FindingSeverity.Error, vi, en);
}
