namespace AntqDomain.Documents;

/// <summary>What a draft's placeholder stands for (<em>loại nội dung cần điền</em>).</summary>
public enum PlaceholderKind
{
    /// <summary>Something else a person must write.</summary>
    Other = 0,

    /// <summary>The document number (<em>số văn bản</em>), given when the plan is registered.</summary>
    Number = 1,

    /// <summary>The signer's full name (<em>họ và tên người ký</em>).</summary>
    SignerName = 2,

    /// <summary>The showcase site (<em>địa điểm tổ chức điểm</em>).</summary>
    ShowcaseSite = 3,

    /// <summary>The day in August of the ceremony (<em>ngày tổ chức</em>).</summary>
    CeremonyDay = 4,

    /// <summary>The number of the plan of the level above.</summary>
    ParentNumber = 5,

    /// <summary>The date of the plan of the level above.</summary>
    ParentDate = 6,

    /// <summary>The name of the unit above (<em>tên đơn vị cấp trên</em>).</summary>
    ParentUnit = 7,

    /// <summary>The signer's post in the host body, under the committee title ("[CHỨC VỤ CỦA NGƯỜI KÝ TẠI CƠ QUAN]").</summary>
    SignerPost = 8,
}
