using AntqDomain.Language;

namespace AntqDomain.Tests.Support;

/// <summary>A fact about the 64-character fold, skipped with its reason on a processor without AVX-512 VBMI.</summary>
public sealed class WideFoldFactAttribute : FactAttribute
{
    public WideFoldFactAttribute()
    {
        if (!WideFold.IsSupported)
        {
            Skip = "This processor has no AVX-512 VBMI, so the 64-character fold never runs here (texts fold one character at a time).";
        }
    }
}
