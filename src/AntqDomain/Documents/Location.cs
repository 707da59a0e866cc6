using System.Globalization;

namespace AntqDomain.Documents;

/// <summary>
/// Where a piece of evidence is (<em>vị trí</em>): 1-based line and column (and length) in text input, and/or a JSON
/// path such as <c>$.ceremony.steps[3]</c> for JSON input or for a plan built in code.
/// </summary>
/// <param name="Line">1-based line in the input text, or null.</param>
/// <param name="Column">1-based column (UTF-16 units of the NFC text) in the input text, or null.</param>
/// <param name="Length">Length of the evidence in characters, or null.</param>
/// <param name="Path">JSON path of the evidence in the plan document, or null.</param>
public sealed record Location(int? Line, int? Column, int? Length, string? Path = null)
{
    /// <summary>A location known only by its JSON path.</summary>
    /// <param name="path">The JSON path, e.g. "$.ceremony.steps[2]".</param>
    /// <returns>The location.</returns>
    public static Location AtPath(string path) => new(null, null, null, path);

    /// <summary>A location in text.</summary>
    /// <param name="line">The line, from 1.</param>
    /// <param name="column">The column, from 1.</param>
    /// <param name="length">The number of characters.</param>
    /// <returns>The location.</returns>
    public static Location At(int line, int column, int length) => new(line, column, length);

    /// <summary>The location moved <paramref name="offset"/> characters to the right, with a new length.</summary>
    /// <param name="offset">How many characters to move right.</param>
    /// <param name="length">The new length.</param>
    /// <returns>The moved location.</returns>
    public Location Shift(int offset, int length)
        => Column is { } c ? this with { Column = c + offset, Length = length } : this with { Length = length };

    /// <summary>"line 14, column 37" or the path.</summary>
    /// <returns>The location in words, or its JSON path.</returns>
    public override string ToString()
        => Line is { } l
            ? string.Create(CultureInfo.InvariantCulture, $"{l}:{Column ?? 1}")
            : Path ?? "?";
}
