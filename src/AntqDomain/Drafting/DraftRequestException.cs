namespace AntqDomain.Drafting;

/// <summary>
/// A draft was asked for that cannot exist (<em>yêu cầu soạn thảo không hợp lệ</em>): a level or unit type that does
/// not exist on the issue date, a merged province, an issue date outside the festival year or before the parent plan.
/// The message says which and why.
/// </summary>
public sealed class DraftRequestException : ArgumentException
{
    /// <summary>Creates the exception with its reason.</summary>
    /// <param name="message">The reason.</param>
    public DraftRequestException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its reason and the parameter at fault.</summary>
    /// <param name="message">The reason.</param>
    /// <param name="paramName">The request property at fault.</param>
    public DraftRequestException(string message, string? paramName)
        : base(message, paramName)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DraftRequestException()
    {
    }

    /// <summary>Creates the exception with its reason and cause.</summary>
    /// <param name="message">The reason.</param>
    /// <param name="innerException">The cause.</param>
    public DraftRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
