namespace BriefBot.Core.Knowledge.Ingest.Names;

/// <summary>
/// The tag set: O, and Begin/Inside/Last/Unit for each of the four types (BILOU beats BIO for CoNLL; see
/// explosion/spaCy <c>spacy/training/iob_utils.py</c> for the scheme). Tag = 1 + 4·type + position.
/// </summary>
internal static class BilouTags
{
    public const int Outside = 0;
    public const int Count = 17;

    private const int Begin = 0;
    private const int Inside = 1;
    private const int Last = 2;
    private const int Unit = 3;

    /// <summary>Whether tag <paramref name="next"/> may follow <paramref name="previous"/> (-1: the line start).</summary>
    public static bool CanFollow(int previous, int next)
    {
        var open = previous > 0 && Position(previous) is Begin or Inside;
        if (open)
        {
            return next > 0 && Position(next) is Inside or Last && TypeOf(next) == TypeOf(previous);
        }

        return next == Outside || Position(next) is Begin or Unit;
    }

    /// <summary>Whether a line may end after <paramref name="tag"/>.</summary>
    public static bool CanEnd(int tag) => tag == Outside || Position(tag) is Last or Unit;

    public static int[] FromSpans(int tokenCount, IEnumerable<(int First, int Last, NameType Type)> spans)
    {
        var tags = new int[tokenCount];
        foreach (var (first, last, type) in spans)
        {
            if (first == last)
            {
                tags[first] = Tag(type, Unit);
                continue;
            }

            tags[first] = Tag(type, Begin);
            for (var k = first + 1; k < last; k++)
            {
                tags[k] = Tag(type, Inside);
            }

            tags[last] = Tag(type, Last);
        }

        return tags;
    }

    /// <summary>Token spans (first and last token, inclusive) of a valid tag sequence.</summary>
    public static IEnumerable<(int First, int Last, NameType Type)> ToSpans(IReadOnlyList<int> tags)
    {
        var start = -1;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag == Outside)
            {
                start = -1;
                continue;
            }

            switch (Position(tag))
            {
                case Unit:
                    start = -1;
                    yield return (i, i, TypeOf(tag));
                    break;
                case Begin:
                    start = i;
                    break;
                case Last when start >= 0:
                    yield return (start, i, TypeOf(tag));
                    start = -1;
                    break;
            }
        }
    }

    public static NameType TypeOf(int tag) => (NameType)((tag - 1) / 4);

    private static int Position(int tag) => (tag - 1) % 4;

    private static int Tag(NameType type, int position) => 1 + (4 * (int)type) + position;
}
