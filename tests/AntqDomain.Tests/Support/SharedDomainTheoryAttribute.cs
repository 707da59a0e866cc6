namespace AntqDomain.Tests.Support;

/// <summary>A theory that is skipped, with a clear reason, when ../shared/domain is absent.</summary>
public sealed class SharedDomainTheoryAttribute : TheoryAttribute
{
    public SharedDomainTheoryAttribute()
    {
        if (SharedDomain.Directory is null)
        {
            Skip = SharedDomain.MissingReason;
        }
    }
}
