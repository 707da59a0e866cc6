namespace AntqDomain.Language;

/// <summary>
/// A Vietnamese date text (<em>ngày tháng</em>) that does not have a known form or names a date that does not exist.
/// Thrown only by <c>GetValueOrThrow()</c> on a failed parse result; parsing itself never throws.
/// </summary>
public sealed class DateTextException : FormatException
{
    /// <summary>Creates the exception for <paramref name="text"/>.</summary>
    /// <param name="message">What went wrong, worded for a person.</param>
    /// <param name="text">The date text that could not be read.</param>
    public DateTextException(string message, string text)
        : base(message)
    {
        Text = text;
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">What went wrong, worded for a person.</param>
    public DateTextException(string message)
        : this(message, string.Empty)
    {
    }

    /// <summary>Creates the exception (serialisation-friendly constructor).</summary>
    public DateTextException()
        : this("The text is not a valid date.")
    {
    }

    /// <summary>Creates the exception wrapping <paramref name="innerException"/>.</summary>
    /// <param name="message">What went wrong, worded for a person.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public DateTextException(string message, Exception innerException)
        : base(message, innerException)
    {
        Text = string.Empty;
    }

    /// <summary>The text that failed to parse.</summary>
    public string Text { get; }
}
