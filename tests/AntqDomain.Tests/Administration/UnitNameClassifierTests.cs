using AntqDomain.Administration;

namespace AntqDomain.Tests.Administration;

/// <summary>The level of a body comes from the unit word of its name, never from a word that merely starts like one.</summary>
public class UnitNameClassifierTests
{
    [Theory]
    [InlineData("UBND TỈNH TUYÊN QUANG", AdministrativeLevel.Province)]
    [InlineData("Ban Chỉ đạo 138 tỉnh Tuyên Quang", AdministrativeLevel.Province)]
    [InlineData("UBND TỈNH THANH HÓA", AdministrativeLevel.Province)]
    [InlineData("BAN CHỈ ĐẠO 138 HUYỆN BẮC SƠN", AdministrativeLevel.District)]
    [InlineData("BAN  CHỈ  ĐẠO  138  HUYỆN  BẮC  SƠN", AdministrativeLevel.District)]
    [InlineData("UBND\u00A0thị  trấn Hữu Lũng", AdministrativeLevel.Commune)]
    [InlineData("UBND QUẬN TÂN BÌNH", AdministrativeLevel.District)]
    [InlineData("UBND XÃ PHƯƠNG ĐỘ", AdministrativeLevel.Commune)]
    [InlineData("UBND THỊ TRẤN VIỆT LÂM", AdministrativeLevel.Commune)]
    [InlineData("Ban Chỉ đạo thực hiện phong trào toàn dân bảo vệ ANTQ Trung ương", AdministrativeLevel.Central)]
    public void The_level_comes_from_the_unit_word(string name, AdministrativeLevel level)
        => Assert.Equal(level, UnitNameClassifier.Classify(name).Level);

    [Theory]
    [InlineData("Tăng cường tính tự giác của quần chúng")]
    [InlineData("Phát huy tinh thần tự quản")]
    public void Phrases_that_only_start_like_a_unit_word_give_no_level(string text)
        => Assert.Equal(AdministrativeLevel.Unknown, UnitNameClassifier.Classify(text).Level);

    [Theory]
    [InlineData("UBND THÀNH PHỐ HÀ NỘI", AdministrativeLevel.Province, "thanh-pho-truc-thuoc-trung-uong")]
    [InlineData("Ban Chỉ đạo 138 Thành phố Hồ Chí Minh", AdministrativeLevel.Province, "thanh-pho-truc-thuoc-trung-uong")]
    [InlineData("UBND TP. Đà Nẵng", AdministrativeLevel.Province, "thanh-pho-truc-thuoc-trung-uong")]
    [InlineData("UBND THÀNH PHỐ HUẾ", AdministrativeLevel.Province, "thanh-pho-truc-thuoc-trung-uong")]
    [InlineData("UBND THÀNH PHỐ TUYÊN QUANG", AdministrativeLevel.District, "thanh-pho-thuoc-tinh")]
    [InlineData("Ban Chỉ đạo 138 thành phố Thủ Đức", AdministrativeLevel.District, "thanh-pho-thuoc-tinh")]
    [InlineData("BAN CHỈ ĐẠO 138 THÀNH PHỐ THANH HÓA", AdministrativeLevel.District, "thanh-pho-thuoc-tinh")]
    public void A_city_under_a_province_is_district_level_and_only_the_centrally_run_cities_are_province_level(string name, AdministrativeLevel level, string type)
    {
        var (l, t) = UnitNameClassifier.Classify(name);
        Assert.Equal(level, l);
        Assert.Equal(type, t?.Code);
    }

    [Theory]
    [InlineData("Cục Hải quan tỉnh Lạng Sơn", AdministrativeLevel.Sector)]
    [InlineData("Chi cục Hải quan cửa khẩu Hữu Nghị", AdministrativeLevel.Sector)]
    [InlineData("Bộ Tư lệnh Quân khu 2", AdministrativeLevel.Unknown)]
    [InlineData("TÒA ÁN QUÂN SỰ QUÂN KHU 7", AdministrativeLevel.Unknown)]
    [InlineData("Phối hợp quân dân giữ gìn an ninh", AdministrativeLevel.Unknown)]
    [InlineData("Đội Hải quan Bến Nghé", AdministrativeLevel.Unknown)]
    [InlineData("Tỉnh đoàn và Hội Liên hiệp Phụ nữ", AdministrativeLevel.Province)]
    public void A_word_that_folds_like_a_unit_word_but_is_spelled_otherwise_gives_no_level(string name, AdministrativeLevel level)
        => Assert.Equal(level, UnitNameClassifier.Classify(name).Level);

    [Theory]
    [InlineData("Cong an quan Ba Dinh", AdministrativeLevel.District)]
    [InlineData("UBND XA DONG TAM", AdministrativeLevel.Commune)]
    [InlineData("Ban Chi dao 138 tinh Tuyen Quang", AdministrativeLevel.Province)]
    [InlineData("Hai quan quận 1", AdministrativeLevel.District)]
    public void A_name_written_without_tone_marks_is_still_read_by_its_unit_word(string name, AdministrativeLevel level)
        => Assert.Equal(level, UnitNameClassifier.Classify(name).Level);
}
