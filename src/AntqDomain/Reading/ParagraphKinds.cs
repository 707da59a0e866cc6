using System.Collections.Immutable;
using AntqDomain.Language;
using AntqDomain.Plans;

namespace AntqDomain.Reading;

/// <summary>
/// The kinds the reader gives a step of the ceremony programme (<em>Phần lễ</em>) and an activity of the festival part
/// (<em>Phần hội</em>), from the words of their folded text (runs of spaces squeezed). Each kind is told by wordings, a
/// wording being one phrase or several that must all occur ("phat bieu + tang qua"); all the phrases of a table are
/// looked for in one search of the text.
/// </summary>
internal static class ParagraphKinds
{
    /// <summary>The steps' kinds in their order of precedence: a step naming two kinds takes the earlier one.</summary>
    private static readonly KindTable<CeremonyStepKind> Steps = new(
    [
        (CeremonyStepKind.WelcomePerformance, ["van nghe"]),
        (CeremonyStepKind.FlagSalute, ["chao co", "quoc ca"]),
        // Before the host's reply, which often closes the ceremony ("phát biểu tiếp thu ý kiến chỉ đạo và bế mạc"), and
        // before the programme: the closing is often worded "kết thúc chương trình" (ending the programme).
        (CeremonyStepKind.Closing, ["ket thuc", "be mac"]),
        (CeremonyStepKind.HostReply, ["dap tu", "tiep thu y kien", "phat bieu tiep thu"]),
        (CeremonyStepKind.SuperiorSpeech, ["cap tren", "phat bieu + tang qua", "phat bieu chi dao", "y kien chi dao"]),
        (CeremonyStepKind.OpeningSpeech, ["khai mac", "dien van", "bao cao danh gia", "bao cao ket qua", "bao cao tong ket", "bao cao so ket"]),
        (CeremonyStepKind.Introduction, ["ly do", "gioi thieu dai bieu", "gioi thieu thanh phan"]),
        (CeremonyStepKind.Programme, ["chuong trinh"]),
        (CeremonyStepKind.Discussion, ["toa dam", "thao luan", "trao doi kinh nghiem", "tham luan"]),
        (CeremonyStepKind.PledgeSigning, ["giao uoc", "ky ket", "ky cam ket"]),
        (CeremonyStepKind.ModelLaunch, ["ra mat"]),
        (CeremonyStepKind.Awards, ["trao thuong", "quyet dinh", "khen thuong", "trao tang", "trao bang khen", "trao giay khen", "tuyen duong", "bieu duong"]),
    ]);

    /// <summary>The activities' kinds, in the order an activity lists those it has.</summary>
    private static readonly KindTable<FestivalActivityKind> Activities = new(
    [
        (FestivalActivityKind.CultureAndSports, ["van hoa", "van nghe", "the thao"]),
        (FestivalActivityKind.MassMobilisation, ["dan van kheo"]),
        (FestivalActivityKind.PoliceListenForum, ["lang nghe"]),
        (FestivalActivityKind.WeaponsHandIn, ["vu khi", "vat lieu no"]),
        (FestivalActivityKind.IdentityCards, ["can cuoc", "dinh danh"]),
        (FestivalActivityKind.MedicalCheck, ["kham + benh", "kham + tu van", "kham + y te"]),
        (FestivalActivityKind.RoadRepair, ["tu sua duong", "sua chua duong", "lam duong"]),
        (FestivalActivityKind.Gifts, ["tang qua"]),
        (FestivalActivityKind.LawQuiz, ["tim hieu phap luat", "hoi thi", "cuoc thi"]),
        (FestivalActivityKind.FolkGames, ["tro choi dan gian"]),
    ]);

    /// <summary>The kind of the step whose folded text is <paramref name="folded"/>: the first whose wording it holds, else <see cref="CeremonyStepKind.Other"/>.</summary>
    public static CeremonyStepKind Step(ReadOnlySpan<char> folded)
    {
        ulong present = Steps.Phrases.Present(folded);
        foreach (var (kind, wordings) in Steps.Rows)
        {
            if (Holds(present, wordings))
            {
                return kind;
            }
        }

        return CeremonyStepKind.Other;
    }

    /// <summary>The kinds of the activity whose folded text is <paramref name="folded"/>: every one whose wording it holds, else <see cref="FestivalActivityKind.Other"/>.</summary>
    public static ImmutableArray<FestivalActivityKind> Activity(ReadOnlySpan<char> folded)
    {
        ulong present = Activities.Phrases.Present(folded);
        Span<FestivalActivityKind> kinds = stackalloc FestivalActivityKind[Activities.Rows.Length];
        int count = 0;
        foreach (var (kind, wordings) in Activities.Rows)
        {
            if (Holds(present, wordings))
            {
                kinds[count++] = kind;
            }
        }

        return count == 0 ? [FestivalActivityKind.Other] : ImmutableArray.Create<FestivalActivityKind>(kinds[..count]);
    }

    /// <summary>Whether the phrases <paramref name="present"/> make one of <paramref name="wordings"/> (each the bits of all its phrases).</summary>
    private static bool Holds(ulong present, ulong[] wordings)
    {
        foreach (ulong wording in wordings)
        {
            if ((present & wording) == wording)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A table of kinds and their wordings, with the set of all their phrases and each wording as its phrases' bits.</summary>
    private sealed class KindTable<TKind>
    {
        public KindTable((TKind Kind, string[] Wordings)[] rows)
        {
            static string[] PhrasesOf(string wording) => wording.Split(" + ", StringSplitOptions.TrimEntries);
            Phrases = new PhraseSet(rows.SelectMany(r => r.Wordings).SelectMany(PhrasesOf));
            Rows = [.. rows.Select(r => (r.Kind, r.Wordings.Select(w => Phrases.Bits(PhrasesOf(w))).ToArray()))];
        }

        public PhraseSet Phrases { get; }

        public ImmutableArray<(TKind Kind, ulong[] Wordings)> Rows { get; }
    }
}
