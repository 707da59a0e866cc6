using System.Collections.Immutable;
using System.Text.Json.Serialization;
using AntqDomain.Rules;
using NodaTime;
using AntqDomain.Legal;

namespace AntqDomain.SafetyStandard;

/// <summary>The standard's thresholds in a period (<em>ngưỡng tiêu chuẩn</em>).</summary>
/// <param name="RegisteredShare">Share of units that must register (1 = all).</param>
/// <param name="RecognisedShare">Share of units that must be recognised.</param>
/// <param name="MinimumEffectiveModels">Movement models operating effectively a commune needs.</param>
/// <param name="Period">When the thresholds apply (by proposal date).</param>
/// <param name="Citation">Where they are written.</param>
public sealed record SafetyThreshold(decimal RegisteredShare, decimal RecognisedShare, int MinimumEffectiveModels, EffectivePeriod Period, Citation Citation);
