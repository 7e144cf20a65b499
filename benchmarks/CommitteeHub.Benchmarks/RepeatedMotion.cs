namespace CommitteeHub.Benchmarks;

/// <summary>
/// Long and repetitive texts, as budget resolutions, reports' recommendations and constitutions are: the same
/// sentence pattern repeated down the page. The base case is seed 000's motion (7 June 2019, item 8(a)) and Mr
/// Simmons's amendment of it, fifteen edits to 256 words, repeated until the text reaches the length asked for: no
/// paragraph occurs once, so nothing anchors the alignment but order. The adversarial cases stress the other ways
/// cost could grow: one huge paragraph of the repeated motion, and a text of one word repeated.
/// </summary>
public static class RepeatedMotion
{
    public const string Original = """
In light of the recent Ofsted inspection of Children's Social Care Services which rated all elements of the service inadequate and the acknowledgement of the Executive that it has failed to provide adequate funding to prevent substantial service decline, this Council:

- (a) Calls on the Leader and Cabinet Member for Children and Young People to arrange a Member Day at the earliest opportunity so all members can understand how the political and corporate leadership enabled services to decline so severely since the last inspection, and, given that all members have corporate parenting responsibilities, to provide an update on the improvement programme and receive assurances that all the children and young people the County Council is responsible for are receiving adequate support;
- (b) Pledges to do everything necessary to improve services for those children and families who need support as directed by the Commissioner (soon to be appointed) and the Independent Improvement Board;
- (c) Calls on the Leader to ensure that improving these services is the County Council's top priority and that any funding deemed necessary to turn around these services is made available, and that no savings targets are allocated to Children's Social Care; and
- (d) Calls for oversight, scrutiny and challenge to be more robust and independent minded, by enabling all of the Select Committees to nominate their own Chairman and Vice-Chairman, one of which should be drawn from the minority groups. Such nominations to be conducted by secret ballot, in line with recent national scrutiny guidance, and to be implemented as soon as possible.
""";

    public const string Amended = """
In light of the recent Ofsted inspection of Children's Social Care Services which rated the overall effectiveness of the service inadequate and the acknowledgement of the Executive that the Council needs to address substantial service decline, this Council:

- (a) Calls on the Leader and Cabinet Member for Children and Young People and the Chairman of the Corporate Parenting Panel to arrange a member event at the earliest opportunity so all members can understand how services were able to decline so severely since the last inspection, how they can support, enable and ensure the changes required and, given that all members have corporate parenting responsibilities, to provide an update on the improvement programme and receive assurances that all the children and young people all members are responsible for are receiving adequate support;
- (b) Pledges to do everything necessary to improve services for those children and families who need support as directed by the Commissioner (soon to be appointed) and the Independent Improvement Board;
- (c) Calls on the Leader to ensure that improving these services is the County Council's top priority and, recognising the swift action already taken, that any funding deemed necessary to support these services and the valued staff who provide them is made available, and that no proposals divert this ambition for Children's Social Care; and
- (d) Calls for members who carry out oversight, scrutiny and challenge to ensure they are more robust and independent minded, and invites the Governance Committee to consider whether any changes should be made to the Council's scrutiny arrangements.
""";

    /// <summary>The motion and its amendment repeated until the original has at least <paramref name="words"/> words.</summary>
    public static (string Original, string Amended) Pair(int words)
    {
        var times = Math.Max(1, (words + WordsIn(Original) - 1) / WordsIn(Original));
        return (Repeat(Original, times, "\n\n"), Repeat(Amended, times, "\n\n"));
    }

    /// <summary>The same, run together into one paragraph (list markers dropped): the word comparison's worst case.</summary>
    public static (string Original, string Amended) OneParagraph(int words)
    {
        var (o, a) = Pair(words);
        return (Flatten(o), Flatten(a));
    }

    /// <summary>"the the the ...", with every tenth word changed in the amendment: Myers' worst case without anchors.</summary>
    public static (string Original, string Amended) SameWord(int words) =>
        (string.Join(' ', Enumerable.Repeat("the", words)),
         string.Join(' ', Enumerable.Range(0, words).Select(i => i % 10 == 5 ? "Council" : "the")));

    private static string Repeat(string text, int times, string separator) => string.Join(separator, Enumerable.Repeat(text, times));

    private static string Flatten(string text) =>
        string.Join(' ', text.Split("\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.StartsWith("- ", StringComparison.Ordinal) ? l[2..] : l));

    private static int WordsIn(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
}
