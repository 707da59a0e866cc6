namespace AntqDomain.Reading;

/// <summary>
/// What web portals and legal databases put around a document when it is copied from them: breadcrumbs, toolbars,
/// view counters and the metadata table of a legal database. The reader keeps it as unplaced text and never takes it
/// for the document's header.
/// </summary>
internal static class PageFurniture
{
    private static readonly string[] MetadataLabels =
    [
        "so hieu", "so ky hieu", "loai van ban", "noi ban hanh", "co quan ban hanh", "nguoi ky", "ngay ban hanh",
        "ngay hieu luc", "ngay cong bao", "so cong bao", "tinh trang", "tinh trang hieu luc", "linh vuc", "trich yeu",
        "ngay dang", "nguon", "luot xem", "cap nhat", "thuoc tinh", "van ban lien quan", "tai ve", "tai van ban",
        "in trang", "chia se", "gop y", "tin lien quan", "trang chu", "ban in", "quay lai", "danh muc",
    ];

    private static readonly string[] BodyStarts =
    [
        "uy ban nhan dan", "ubnd", "ban chi dao", "bcd", "cong an", "so ", "truong ", "bo ", "cuc ", "phong ",
        "dang uy", "huyen uy", "tinh uy", "thanh uy", "doan ", "hoi ", "mat tran", "ban ",
    ];

    /// <summary>Whether a line that starts with this (folded) cell is page furniture.</summary>
    public static bool IsFurnitureLine(ReadOnlySpan<char> folded)
    {
        var t = folded.TrimStart();
        if (t.IndexOf(" > ", StringComparison.Ordinal) >= 0 || t.IndexOfAny('»', '›') >= 0 || t.StartsWith("a- a", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (string label in MetadataLabels)
        {
            if (t.StartsWith(label, StringComparison.Ordinal) && (t.Length == label.Length || !char.IsLetter(t[label.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether folded text starts with the name of a body ("ủy ban nhân dân …", "sở …", "ban chỉ đạo …").</summary>
    public static bool StartsWithBody(ReadOnlySpan<char> folded)
    {
        foreach (string start in BodyStarts)
        {
            if (folded.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
