using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace AntqDomain.Language;

/// <summary>
/// The search of a <see cref="PhraseSet"/> (<em>tìm cụm từ</em>) 64 characters at a time on processors with AVX-512
/// VBMI: the phrases' first six characters are a fingerprint looked up for every position at once, and only the
/// positions that pass it are compared with the phrases.
/// </summary>
/// <remarks>
/// <para>
/// The phrases are put in eight buckets by their first <see cref="Width"/> characters (phrases that begin alike share
/// one), a bit each. For each of the six offsets, a 64-entry byte table tells which buckets have a given character
/// there (a phrase shorter than six characters accepts any character past its end); one byte permutation reads it for
/// 64 positions. A position where the six answers share a bucket is a candidate, compared with that bucket's phrases
/// (four characters first, then the whole phrase).
/// </para>
/// <para>
/// Characters are looked up by their low six bits, so several share an entry ("t" and "4", a space and "`"): that only
/// lets through a candidate the comparison then refuses, never hides an occurrence. In folded Vietnamese text the
/// six-character fingerprint lets through little more than the phrases' real beginnings (82 candidates in the 9,300
/// characters of the seed plan, for 25 occurrences).
/// </para>
/// </remarks>
internal sealed class WidePhraseSearch
{
    /// <summary>How many leading characters of each phrase make its fingerprint.</summary>
    public const int Width = 6;

    private const int Block = 64;

    private readonly string[] phrases;

    /// <summary>For each offset, its 64-entry table.</summary>
    private readonly Vector512<byte>[] tables = new Vector512<byte>[Width];

    /// <summary>For each bucket, the indexes of its phrases.</summary>
    private readonly int[][] buckets;

    /// <summary>
    /// For each phrase, four of its characters as one number: the four after its fingerprint (the last four of a
    /// shorter phrase), compared before the whole phrase, so that phrases beginning alike are told apart at once.
    /// </summary>
    private readonly ulong[] probes;

    private WidePhraseSearch(string[] phrases)
    {
        this.phrases = phrases;
        var starts = phrases.Select(p => p[..Math.Min(Width, p.Length)]).Distinct(StringComparer.Ordinal).ToArray();
        var members = new List<int>[8];
        for (int b = 0; b < members.Length; b++)
        {
            members[b] = [];
        }

        Span<byte> entries = stackalloc byte[Width * 64];
        entries.Clear();
        for (int s = 0; s < starts.Length; s++)
        {
            int bucket = s % 8;
            string start = starts[s];
            for (int i = 0; i < phrases.Length; i++)
            {
                if (phrases[i].StartsWith(start, StringComparison.Ordinal) && Math.Min(Width, phrases[i].Length) == start.Length)
                {
                    members[bucket].Add(i);
                }
            }

            for (int k = 0; k < Width; k++)
            {
                var table = entries.Slice(k * 64, 64);
                if (k < start.Length)
                {
                    table[start[k] & 0x3F] |= (byte)(1 << bucket);
                }
                else
                {
                    for (int c = 0; c < 64; c++)
                    {
                        table[c] |= (byte)(1 << bucket);
                    }
                }
            }
        }

        for (int k = 0; k < tables.Length; k++)
        {
            tables[k] = Vector512.Create((ReadOnlySpan<byte>)entries.Slice(k * 64, 64));
        }

        buckets = [.. members.Select(m => m.ToArray())];
        probes = [.. phrases.Select(p => p.Length >= 4 ? Probe(p, ProbeAt(p)) : 0UL)];
    }

    /// <summary>Where the four characters compared first stand in <paramref name="phrase"/> (of four characters or more).</summary>
    private static int ProbeAt(string phrase) => Math.Min(Width, phrase.Length - 4);

    /// <summary>The four characters of <paramref name="text"/> from <paramref name="at"/> as one number.</summary>
    private static ulong Probe(ReadOnlySpan<char> text, int at) => MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(text.Slice(at, 4)));

    /// <summary>Whether the processor can search this way: the same processors as <see cref="WideFold"/>.</summary>
    public static bool IsSupported => WideFold.IsSupported;

    /// <summary>The search of <paramref name="phrases"/> (distinct, none empty), or null where the processor cannot run it.</summary>
    public static WidePhraseSearch? TryCreate(string[] phrases) => IsSupported ? new WidePhraseSearch(phrases) : null;

    /// <summary>
    /// As <see cref="PhraseSet.PresentIn"/>, its arguments already checked: the bits of the phrases in each text laid
    /// end to end in <paramref name="texts"/> between consecutive <paramref name="starts"/>, added to <paramref name="found"/>.
    /// </summary>
    public void PresentIn(ReadOnlySpan<char> texts, ReadOnlySpan<int> starts, Span<ulong> found)
    {
        if (found.Length == 0)
        {
            return;
        }

        int from = starts[0];
        int length = starts[^1] - from;
        if (length <= 0)
        {
            return;
        }

        // The characters as bytes (their low eight bits), padded with zeros for the last block's offsets.
        int padded = ((length + Block - 1) / Block * Block) + Block;
        byte[] bytes = ArrayPool<byte>.Shared.Rent(padded);
        try
        {
            Narrow(texts.Slice(from, length), bytes.AsSpan(0, padded));
            Search(texts, starts, found, bytes, from, length);
        }
        finally
        {
            // Given back emptied, as the folded text is: nothing of a plan is left in the shared pool.
            bytes.AsSpan(0, padded).Clear();
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private void Search(ReadOnlySpan<char> texts, ReadOnlySpan<int> starts, Span<ulong> found, byte[] bytes, int from, int length)
    {
        ref byte start = ref MemoryMarshal.GetArrayDataReference(bytes);
        Span<byte> lanes = stackalloc byte[Block];
        int item = 0;
        for (int block = 0; block < length; block += Block)
        {
            var passed = Fingerprint(ref start, block);
            ulong candidates = ~Vector512.Equals(passed, Vector512<byte>.Zero).ExtractMostSignificantBits();
            if (length - block < Block)
            {
                candidates &= (1UL << (length - block)) - 1;
            }

            if (candidates == 0)
            {
                continue;
            }

            passed.CopyTo(lanes);
            for (; candidates != 0; candidates &= candidates - 1)
            {
                int lane = BitOperations.TrailingZeroCount(candidates);
                int at = from + block + lane;
                while (starts[item + 1] <= at)
                {
                    item++;
                }

                for (uint b = lanes[lane]; b != 0; b &= b - 1)
                {
                    found[item] |= Compare(texts[at..starts[item + 1]], buckets[BitOperations.TrailingZeroCount(b)]);
                }
            }
        }
    }

    /// <summary>For the 64 positions from <paramref name="block"/>, the buckets whose fingerprint each position passes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector512<byte> Fingerprint(ref byte start, int block)
    {
        var t = tables;
        var passed = Avx512Vbmi.PermuteVar64x8(t[0], Vector512.LoadUnsafe(ref start, (nuint)block));
        for (int k = 1; k < Width; k++)
        {
            passed &= Avx512Vbmi.PermuteVar64x8(t[k], Vector512.LoadUnsafe(ref start, (nuint)(block + k)));
        }

        return passed;
    }

    /// <summary>The bits of the phrases of a bucket (<paramref name="members"/>) that <paramref name="rest"/> begins with.</summary>
    private ulong Compare(ReadOnlySpan<char> rest, int[] members)
    {
        ulong bits = 0;
        foreach (int i in members)
        {
            string phrase = phrases[i];
            if (phrase.Length <= rest.Length
                && (phrase.Length < 4 || Probe(rest, ProbeAt(phrase)) == probes[i])
                && rest.StartsWith(phrase, StringComparison.Ordinal))
            {
                bits |= 1UL << i;
            }
        }

        return bits;
    }

    /// <summary>Each character's low eight bits into <paramref name="bytes"/>, the rest of which is cleared.</summary>
    private static void Narrow(ReadOnlySpan<char> text, Span<byte> bytes)
    {
        ref ushort source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        ref byte target = ref MemoryMarshal.GetReference(bytes);
        int i = 0;
        for (; i + Block <= text.Length; i += Block)
        {
            var low = Vector512.LoadUnsafe(ref source, (nuint)i) & Vector512.Create((ushort)0xFF);
            var high = Vector512.LoadUnsafe(ref source, (nuint)(i + 32)) & Vector512.Create((ushort)0xFF);
            Vector512.Narrow(low, high).StoreUnsafe(ref target, (nuint)i);
        }

        for (; i < text.Length; i++)
        {
            bytes[i] = (byte)text[i];
        }

        bytes[text.Length..].Clear();
    }
}
