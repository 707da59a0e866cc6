using System.Collections.Immutable;
using AntqDomain.Rules;

namespace AntqDomain.Reading;

/// <summary>Input that cannot be read as a plan at all (<em>văn bản không đọc được</em>).</summary>
public sealed class PlanFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, worded for a person.</param>
    public PlanFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public PlanFormatException()
        : this("The input is not a readable plan.")
    {
    }

    /// <summary>Creates the exception wrapping <paramref name="innerException"/>.</summary>
    /// <param name="message">What went wrong, worded for a person.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public PlanFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
