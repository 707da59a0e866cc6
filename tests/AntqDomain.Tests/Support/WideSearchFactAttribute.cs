using AntqDomain.Language;

namespace AntqDomain.Tests.Support;

/// <summary>A fact about the 64-character fold and phrase search, skipped with its reason on a processor without AVX-512 VBMI.</summary>
public sealed class WideSearchFactAttribute : FactAttribute
{
    public WideSearchFactAttribute()
    {
        if (!WideFold.IsSupported)
        {
            Skip = "This processor has no AVX-512 VBMI, so the 64-character fold and phrase search never run here (texts are folded and searched the portable way).";
        }
    }
}
