namespace AntqDomain.Reading;

/// <summary>
/// The folded form of one paragraph as the reader made it (a view of its folded buffer, valid while one text is read),
/// with what the fold saw of its spacing: when <see cref="MayHoldSpaceRun"/> is false the folded text holds no two
/// spaces in a row, and needs no squeezing nor a search for them.
/// </summary>
/// <param name="Folded">The paragraph's folded text, one character for each of its own.</param>
/// <param name="MayHoldSpaceRun">False when the folded text surely holds no two spaces in a row; true when it may.</param>
internal readonly record struct FoldedParagraph(ReadOnlyMemory<char> Folded, bool MayHoldSpaceRun);
