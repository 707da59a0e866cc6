namespace AntqDomain.Rules;

/// <summary>The legal sources the rules cite (<em>văn bản căn cứ</em>).</summary>
public static class Citations
{
    /// <summary>Decision 521/QĐ-TTg of 2005-06-13 (the festival day).</summary>
    public static Citation Decision521 { get; } = new("QĐ521", "Quyết định 521/QĐ-TTg ngày 13/6/2005 của Thủ tướng Chính phủ");

    /// <summary>Decree 30/2020/NĐ-CP on administrative documents.</summary>
    public static Citation Decree30(string? provision = null) => new("NĐ30", "Nghị định 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư", provision);

    /// <summary>Decree 111/2018/NĐ-CP on founding and tradition days.</summary>
    public static Citation Decree111(string? provision = null) => new("NĐ111", "Nghị định 111/2018/NĐ-CP ngày 31/8/2018 của Chính phủ", provision);

    /// <summary>Decree 145/2013/NĐ-CP on anniversaries.</summary>
    public static Citation Decree145(string? provision = null) => new("NĐ145", "Nghị định 145/2013/NĐ-CP ngày 29/10/2013 của Chính phủ", provision);

    /// <summary>The guidance plan of the level above.</summary>
    public static Citation Guide(string? provision = null) => new("GUIDE", "Kế hoạch hướng dẫn của cấp trên (Trung ương, tỉnh) năm tổ chức", provision);

    /// <summary>The 2025 two-tier local-government reform.</summary>
    public static Citation LocalGovernment2025 { get; } = new("CQĐP25", "Luật Tổ chức chính quyền địa phương 2025 và các nghị quyết sắp xếp đơn vị hành chính (hiệu lực 01/7/2025)");

    /// <summary>Resolution 12-NQ/TW of 2022-03-16 on building the People's Police.</summary>
    public static Citation Resolution12 { get; } = new("NQ12", "Nghị quyết 12-NQ/TW ngày 16/3/2022 của Bộ Chính trị");

    /// <summary>Circular 124/2021/TT-BCA (the safety standard; replaced Circular 23/2012).</summary>
    public static Citation Circular124 { get; } = new("TT124", "Thông tư 124/2021/TT-BCA ngày 28/12/2021 của Bộ Công an");
}
