using BriefBot.Core.Knowledge.Ingest.Names;
using BriefBot.Core.Knowledge.Text;

namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>The tagger's names laid over the sentence's tokens (the tagger splits "Germany's"; the tokenizer does not).</summary>
internal sealed class TaggedNames
{
    private readonly int[] _nameAt;
    private readonly List<(int First, int End, NameType Type)> _names = [];

    private TaggedNames(int count)
    {
        _nameAt = new int[count];
        Array.Fill(_nameAt, -1);
    }

    public static TaggedNames Align(IReadOnlyList<Token> tokens, IReadOnlyList<NameSpan> spans)
    {
        var names = new TaggedNames(tokens.Count);
        var k = 0;
        foreach (var span in spans)
        {
            while (k < tokens.Count && tokens[k].End <= span.Start)
            {
                k++;
            }

            var first = k;
            while (k < tokens.Count && tokens[k].Start < span.End)
            {
                k++;
            }

            if (k > first)
            {
                for (var t = first; t < k; t++)
                {
                    names._nameAt[t] = names._names.Count;
                }

                names._names.Add((first, k, span.Type));
            }
        }

        return names;
    }

    /// <summary>The tagged name covering token <paramref name="i"/>: its first token, end token (exclusive) and type.</summary>
    public (int First, int End, NameType Type)? At(int i) => i >= 0 && i < _nameAt.Length && _nameAt[i] >= 0 ? _names[_nameAt[i]] : null;

    /// <summary>Whether tokens <paramref name="start"/>..<paramref name="end"/> lie inside one tagged name of an allowed type.</summary>
    public bool Covers(int start, int end, Func<NameType, bool> allowed) =>
        At(start) is { } n && n.End >= end && allowed(n.Type) && (end - 1 < start || _nameAt[end - 1] == _nameAt[start]);
}
