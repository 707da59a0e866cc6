namespace AntqDomain.Tests.Support;

/// <summary>A fact that is skipped, with a clear reason, when ../shared/domain is absent.</summary>
public sealed class SharedDomainFactAttribute : FactAttribute
{
    public SharedDomainFactAttribute()
    {
        if (SharedDomain.Directory is null)
        {
            Skip = SharedDomain.MissingReason;
        }
    }
}
