using System.Globalization;
using NodaTime;

namespace AntqDomain.Rules;

/// <summary>What a rule checks (<em>đối tượng kiểm tra</em>).</summary>
public enum RuleSubject
{
    /// <summary>A festival plan (<em>Kế hoạch</em>), rules 1xx–5xx.</summary>
    Plan,

    /// <summary>A commendation proposal (<em>đề nghị khen thưởng</em>), rules 6xx.</summary>
    AwardProposal,

    /// <summary>A movement model (<em>mô hình</em>), rules 7xx.</summary>
    MovementModel,

    /// <summary>A safety-standard assessment (<em>đánh giá tiêu chuẩn "An toàn về an ninh, trật tự"</em>), rules 8xx.</summary>
    SafetyAssessment,

    /// <summary>A results report (<em>báo cáo kết quả</em>), rules 900–949.</summary>
    ResultsReport,

    /// <summary>A steering committee (<em>Ban Chỉ đạo</em>), rules 950–999.</summary>
    SteeringCommittee,
}
