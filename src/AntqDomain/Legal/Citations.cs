namespace AntqDomain.Legal;

/// <summary>The legal sources the rules cite (<em>văn bản căn cứ</em>).</summary>
public static class Citations
{
    /// <summary>Decision 521/QĐ-TTg of 2005-06-13 (the festival day).</summary>
    public static Citation Decision521 { get; } = new("QĐ521", "Quyết định 521/QĐ-TTg ngày 13/6/2005 của Thủ tướng Chính phủ");

    /// <summary>Decree 30/2020/NĐ-CP on administrative documents.</summary>
    /// <param name="provision">The article, clause or point cited (e.g. "Điều 8, khoản 2"), or null for the document as a whole.</param>
    /// <returns>The citation.</returns>
    public static Citation Decree30(string? provision = null) => new("NĐ30", "Nghị định 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư", provision);

    /// <summary>Decree 111/2018/NĐ-CP on founding and tradition days.</summary>
    /// <param name="provision">The article, clause or point cited (e.g. "Điều 8, khoản 2"), or null for the document as a whole.</param>
    /// <returns>The citation.</returns>
    public static Citation Decree111(string? provision = null) => new("NĐ111", "Nghị định 111/2018/NĐ-CP ngày 31/8/2018 của Chính phủ", provision);

    /// <summary>Decree 145/2013/NĐ-CP on anniversaries.</summary>
    /// <param name="provision">The article, clause or point cited (e.g. "Điều 8, khoản 2"), or null for the document as a whole.</param>
    /// <returns>The citation.</returns>
    public static Citation Decree145(string? provision = null) => new("NĐ145", "Nghị định 145/2013/NĐ-CP ngày 29/10/2013 của Chính phủ", provision);

    /// <summary>The guidance plan of the level above.</summary>
    /// <param name="provision">The article, clause or point cited (e.g. "Điều 8, khoản 2"), or null for the document as a whole.</param>
    /// <returns>The citation.</returns>
    public static Citation Guide(string? provision = null) => new("GUIDE", "Kế hoạch hướng dẫn của cấp trên (Trung ương, tỉnh) năm tổ chức", provision);

    /// <summary>The National Assembly's 2025 resolution reorganising the provinces (63 → 34).</summary>
    public static Citation ProvinceReorganisation2025 { get; } = new("NQ202", "Nghị quyết 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh (các tỉnh mới hoạt động từ 01/7/2025)");

    /// <summary>The Law on Forces Participating in Protecting Security and Order at the Grassroots (2023, in force 2024-07-01) and the 2025 two-tier reform.</summary>
    public static Citation GrassrootsForcesLaw { get; } = new("LLLCS", "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở năm 2023 (hiệu lực 01/7/2024); Luật Tổ chức chính quyền địa phương 2025 (hiệu lực 01/7/2025)");

    /// <summary>The 2025 local-government law and reorganisation resolutions.</summary>
    public static Citation LocalGovernment2025 { get; } = new("CQĐP25", "Luật Tổ chức chính quyền địa phương 2025 và các nghị quyết sắp xếp đơn vị hành chính (hiệu lực 01/7/2025)");

    /// <summary>Resolution 12-NQ/TW of 2022-03-16 on building the People's Police.</summary>
    public static Citation Resolution12 { get; } = new("NQ12", "Nghị quyết 12-NQ/TW ngày 16/3/2022 của Bộ Chính trị");

    /// <summary>Circular 124/2021/TT-BCA (the safety standard; replaced Circular 23/2012).</summary>
    public static Citation Circular124 { get; } = new("TT124", "Thông tư 124/2021/TT-BCA ngày 28/12/2021 của Bộ Công an");

    /// <summary>The Law on Emulation and Commendation 06/2022/QH15 with Decree 98/2023/NĐ-CP (in force 2024-01-01).</summary>
    /// <param name="provision">The article, clause or point cited (e.g. "Điều 8, khoản 2"), or null for the document as a whole.</param>
    /// <returns>The citation.</returns>
    public static Citation EmulationLaw(string? provision = null) => new("TĐKT", "Luật Thi đua, khen thưởng số 06/2022/QH15 (hiệu lực 01/01/2024) và Nghị định 98/2023/NĐ-CP", provision);

    /// <summary>The Law on Emulation and Commendation of 2003, amended in 2005 and 2013 (until 2023-12-31).</summary>
    /// <param name="provision">The article, clause or point cited (e.g. "Điều 8, khoản 2"), or null for the document as a whole.</param>
    /// <returns>The citation.</returns>
    public static Citation EmulationLaw2003(string? provision = null) => new("TĐKT2003", "Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005, 2013)", provision);

    /// <summary>The two emulation laws together, for rules that span both (each finding cites the one in force on its date).</summary>
    public static Citation EmulationLaws { get; } = new("TĐKT2003/TĐKT", "Luật Thi đua, khen thưởng năm 2003 (đến 31/12/2023); Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định 98/2023/NĐ-CP (từ 01/01/2024)");

    /// <summary>Circular 11/2021/TT-BCA on the commemorative medal "Bảo vệ an ninh Tổ quốc" (until 2025-04-27).</summary>
    /// <param name="provision">The article, clause or point cited (e.g. "Điều 8, khoản 2"), or null for the document as a whole.</param>
    /// <returns>The citation.</returns>
    public static Citation Circular11(string? provision = null) => new("TT11", "Thông tư 11/2021/TT-BCA của Bộ Công an về Kỷ niệm chương \"Bảo vệ an ninh Tổ quốc\"", provision);

    /// <summary>Circular 20/2025/TT-BCA on the commemorative medal (in force 2025-04-28, replacing Circular 11/2021).</summary>
    /// <param name="provision">The article, clause or point cited (e.g. "Điều 8, khoản 2"), or null for the document as a whole.</param>
    /// <returns>The citation.</returns>
    public static Citation Circular20(string? provision = null) => new("TT20", "Thông tư 20/2025/TT-BCA ngày 14/3/2025 của Bộ Công an về Kỷ niệm chương \"Bảo vệ an ninh Tổ quốc\"", provision);

    /// <summary>The medal circulars together, for rules that span both (each finding cites the one in force on its date).</summary>
    public static Citation MedalCirculars { get; } = new("TT11/TT20", "Thông tư 11/2021/TT-BCA (đến 27/4/2025); Thông tư 20/2025/TT-BCA (từ 28/4/2025) của Bộ Công an về Kỷ niệm chương \"Bảo vệ an ninh Tổ quốc\"");

    /// <summary>Decree 152/2025/NĐ-CP amending the commendation rules (in force 2025-06-14).</summary>
    public static Citation Decree152 { get; } = new("NĐ152", "Nghị định 152/2025/NĐ-CP sửa đổi Nghị định 98/2023/NĐ-CP");

    /// <summary>Circular 124/2021/TT-BCA on the safety standard, as amended by Circular 48/2025/TT-BCA.</summary>
    /// <param name="provision">The article, clause or point cited (e.g. "Điều 8, khoản 2"), or null for the document as a whole.</param>
    /// <returns>The citation.</returns>
    public static Citation SafetyStandard(string? provision = null) => new("TT124", "Thông tư 124/2021/TT-BCA (sửa đổi bởi Thông tư 48/2025/TT-BCA) về tiêu chuẩn \"An toàn về an ninh, trật tự\"", provision);

    /// <summary>A steering committee's working practice for models (review cycle, usual order), which no legal text fixes.</summary>
    public static Citation ModelPractice { get; } = new("HD22/NN", "Nề nếp công tác của Ban Chỉ đạo (cấu hình được; không văn bản nào ấn định); tham khảo Hướng dẫn 22/HD-BCA-V05 ngày 18/11/2022 của Bộ Công an");

    /// <summary>
    /// Guidance 22/HD-BCA-V05 of 2022-11-18 of the Ministry of Public Security on building and replicating movement
    /// models (<em>mô hình</em>); it sets what a model needs, not a review cycle (see <c>ModelPractice</c>).
    /// </summary>
    /// <param name="provision">The article, clause or point cited (e.g. "Điều 8, khoản 2"), or null for the document as a whole.</param>
    /// <returns>The citation.</returns>
    public static Citation ModelGuide(string? provision = null) => new("HD22", "Hướng dẫn 22/HD-BCA-V05 ngày 18/11/2022 của Bộ Công an về xây dựng, nhân rộng mô hình trong phong trào toàn dân bảo vệ an ninh Tổ quốc", provision);
}
