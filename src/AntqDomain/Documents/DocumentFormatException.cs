namespace AntqDomain.Documents;

/// <summary>
/// A document element (<em>thành phần thể thức văn bản</em>) that does not follow Decree 30/2020/NĐ-CP, e.g. a
/// malformed number and symbol. Thrown only by <c>GetValueOrThrow()</c> on a failed parse result.
/// </summary>
public sealed class DocumentFormatException : FormatException
{
    /// <summary>Creates the exception for <paramref name="text"/>.</summary>
    /// <param name="message">What went wrong, worded for a person.</param>
    /// <param name="text">The text that could not be read.</param>
    public DocumentFormatException(string message, string text)
        : base(message) => Text = text;

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">What went wrong, worded for a person.</param>
    public DocumentFormatException(string message)
        : this(message, string.Empty)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public DocumentFormatException()
        : this("The document element is malformed.")
    {
    }

    /// <summary>Creates the exception wrapping <paramref name="innerException"/>.</summary>
    /// <param name="message">What went wrong, worded for a person.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public DocumentFormatException(string message, Exception innerException)
        : base(message, innerException) => Text = string.Empty;

    /// <summary>The text that failed to parse.</summary>
    public string Text { get; }
}
