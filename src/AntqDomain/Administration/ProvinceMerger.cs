namespace AntqDomain.Administration;

/// <summary>
/// A province that ceased to exist in the 2025 reorganisation (<em>tỉnh đã sắp xếp, sáp nhập</em>): its name and the
/// province it became part of from <see cref="ProvinceMergers.EffectiveOn"/>.
/// </summary>
/// <param name="Former">The former province's name ("Hà Giang").</param>
/// <param name="Successor">The province (or centrally-governed city) it became part of ("Tuyên Quang").</param>
public sealed record ProvinceMerger(string Former, string Successor);
