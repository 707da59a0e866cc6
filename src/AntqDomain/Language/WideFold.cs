using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace AntqDomain.Language;

/// <summary>
/// Folding (<em>bỏ dấu</em>) 64 characters at a time on processors with AVX-512 VBMI, for the long texts every
/// validation and every reading fold: the same answer as <see cref="VietnameseText.FoldChar"/> for each character, about
/// twice as fast as one table read per character.
/// </summary>
/// <remarks>
/// <para>
/// Vietnamese text is made of three ranges of UTF-16: ASCII, the Latin blocks from the no-break space to Latin
/// Extended-B's ơ and ư (U+00A0–U+01BF), and the Vietnamese letters of Latin Extended Additional (U+1EA0–U+1EFF). Laid
/// end to end they are 512 characters; the fold of each, when it is ASCII, is one byte of a 512-byte table, which a
/// processor with VBMI reads for 64 characters in four two-register byte permutations, each over 128 entries.
/// </para>
/// <para>
/// A character outside the three ranges (the typographic quotes and dashes, other scripts), or one whose fold is not
/// ASCII, is marked and folded one by one afterwards from the table of <see cref="VietnameseText"/>, so the answer never
/// depends on which path ran; a test compares the two over every character in every lane.
/// </para>
/// </remarks>
internal static class WideFold
{
    /// <summary>The shortest text folded here: a shorter one is folded faster one character at a time.</summary>
    public const int MinLength = 64;

    /// <summary>A table entry that sends the character to the one-by-one fold.</summary>
    private const byte Elsewhere = 0xFF;

    /// <summary>Whether the processor can fold this way (AVX-512 with VBMI, used by the JIT).</summary>
    public static bool IsSupported => Avx512Vbmi.IsSupported && Avx512BW.IsSupported;

    /// <summary>The folds of the 512 characters of the three ranges, as eight 64-byte registers (two per permutation).</summary>
    private static readonly Vector512<byte>[] Table = BuildTable();

    private static Vector512<byte>[] BuildTable()
    {
        Span<byte> folds = stackalloc byte[512];
        for (int index = 0; index < folds.Length; index++)
        {
            char folded = VietnameseText.FoldChar(CharacterAt(index));
            folds[index] = folded < 0x80 ? (byte)folded : Elsewhere;
        }

        var table = new Vector512<byte>[8];
        for (int k = 0; k < table.Length; k++)
        {
            table[k] = Vector512.Create((ReadOnlySpan<byte>)folds.Slice(k * 64, 64));
        }

        return table;
    }

    /// <summary>The character that table index <paramref name="index"/> stands for (0–511: the three ranges end to end).</summary>
    internal static char CharacterAt(int index)
        => (char)(index < 0x80 ? index : index < 0x1A0 ? index + 0x20 : index + 0x1D00);

    /// <summary>
    /// Folds <paramref name="text"/> into <paramref name="destination"/> (as long, not overlapping it) in whole blocks of
    /// 64, then the last 64 characters again, when the processor can and the text has at least <see cref="MinLength"/>
    /// characters; false, with nothing written, otherwise (the caller folds one character at a time).
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> text, Span<char> destination) => TryFold(text, destination, out _);

    /// <summary>
    /// Folds as <see cref="TryFold(ReadOnlySpan{char}, Span{char})"/> does, and tells whether the folded text holds two
    /// spaces in a row (<paramref name="spaceRun"/>: a run of white space to squeeze), seen in the same pass.
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> text, Span<char> destination, out bool spaceRun)
    {
        spaceRun = false;
        if (!IsSupported || text.Length < MinLength || destination.Length < text.Length || text.Overlaps(destination))
        {
            return false;
        }

        int last = text.Length - MinLength;
        ulong pairs = 0;
        for (int at = 0; at < last; at += MinLength)
        {
            pairs |= Pairs(FoldBlock(text, destination, at), destination, at);
        }

        pairs |= Pairs(FoldBlock(text, destination, last), destination, last);
        spaceRun = pairs != 0;
        return true;
    }

    /// <summary>
    /// The spaces of a block (bits of <paramref name="spaces"/>, from position <paramref name="at"/>) that follow a space:
    /// the one before the block is read from <paramref name="destination"/>, folded already.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Pairs(ulong spaces, Span<char> destination, int at)
        => spaces & ((spaces << 1) | (at > 0 && destination[at - 1] == ' ' ? 1UL : 0UL));

    /// <summary>Folds the 64 characters from <paramref name="at"/>; returns which of them are spaces once folded (bit k for position at + k).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong FoldBlock(ReadOnlySpan<char> text, Span<char> destination, int at)
    {
        ref ushort source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        ref ushort target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
        var (first, firstInRange) = TableIndex(Vector512.LoadUnsafe(ref source, (nuint)at));
        var (second, secondInRange) = TableIndex(Vector512.LoadUnsafe(ref source, (nuint)(at + 32)));

        // The low seven bits pick one of 128 entries in each permutation; the next two bits pick the permutation.
        var low = Vector512.Narrow(first & Vector512.Create((ushort)0x7F), second & Vector512.Create((ushort)0x7F));
        var high = Vector512.Narrow(Vector512.ShiftRightLogical(first, 7), Vector512.ShiftRightLogical(second, 7));
        var table = Table;
        var ascii = Avx512Vbmi.PermuteVar64x8x2(table[0], low, table[1]);
        var latin1 = Avx512Vbmi.PermuteVar64x8x2(table[2], low, table[3]);
        var latinExtended = Avx512Vbmi.PermuteVar64x8x2(table[4], low, table[5]);
        var vietnamese = Avx512Vbmi.PermuteVar64x8x2(table[6], low, table[7]);
        var even = Vector512.Equals(high & Vector512<byte>.One, Vector512<byte>.Zero);
        var lowerHalf = Vector512.Equals(high & Vector512.Create((byte)2), Vector512<byte>.Zero);
        var folded = Vector512.ConditionalSelect(
            lowerHalf,
            Vector512.ConditionalSelect(even, ascii, latin1),
            Vector512.ConditionalSelect(even, latinExtended, vietnamese));

        var (lowerChars, upperChars) = Vector512.Widen(folded);
        lowerChars.StoreUnsafe(ref target, (nuint)at);
        upperChars.StoreUnsafe(ref target, (nuint)(at + 32));

        // A character outside the ranges read some entry: only those inside count as spaces here; the ones folded one
        // by one below count when their fold is a space (U+2000–U+200A, U+3000, …).
        ulong inRange = firstInRange.ExtractMostSignificantBits() | ((ulong)secondInRange.ExtractMostSignificantBits() << 32);
        ulong spaces = Vector512.Equals(folded, Vector512.Create((byte)' ')).ExtractMostSignificantBits() & inRange;
        for (ulong rest = folded.ExtractMostSignificantBits() | ~inRange; rest != 0; rest &= rest - 1)
        {
            int offset = BitOperations.TrailingZeroCount(rest);
            char c = VietnameseText.FoldChar(text[at + offset]);
            destination[at + offset] = c;
            spaces |= c == ' ' ? 1UL << offset : 0;
        }

        return spaces;
    }

    /// <summary>Each character's index in the table (0–511), and which characters lie in the three ranges at all.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector512<ushort> Index, Vector512<ushort> InRange) TableIndex(Vector512<ushort> chars)
    {
        var ascii = Vector512.LessThan(chars, Vector512.Create((ushort)0x80));
        var latin = Vector512.LessThan(chars - Vector512.Create((ushort)0xA0), Vector512.Create((ushort)0x120));
        var vietnamese = Vector512.LessThan(chars - Vector512.Create((ushort)0x1EA0), Vector512.Create((ushort)0x60));
        var index = chars - (latin & Vector512.Create((ushort)0x20)) - (vietnamese & Vector512.Create((ushort)0x1D00));
        return (index, ascii | latin | vietnamese);
    }
}
