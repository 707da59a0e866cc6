namespace AntqDomain.Documents;

/// <summary>
/// What is wrong with the archive line that ends the recipients block (<em>dòng "Lưu:"</em>), Decree 30/2020,
/// Phụ lục I, Phần I, mục II, item 9: the last line is "Lưu: VT, &lt;drafting unit&gt;…" and ends with a full stop.
/// </summary>
public enum ArchiveLineDefect
{
    /// <summary>The line is right.</summary>
    None,

    /// <summary>There is no archive line.</summary>
    Missing,

    /// <summary>The archive line is not the last recipient line.</summary>
    NotLast,

    /// <summary>The records office (<em>VT, văn thư</em>) is not named first ("Lưu: HSCV").</summary>
    NoRecordsOffice,

    /// <summary>The drafting unit is not named after "VT" ("Lưu: VT.").</summary>
    NoDraftingUnit,

    /// <summary>The line does not end with a full stop.</summary>
    NoFinalFullStop,
}
