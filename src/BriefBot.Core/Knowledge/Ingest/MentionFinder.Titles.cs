using BriefBot.Core.Knowledge.Ingest.Names;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest;

public sealed partial class MentionFinder
{
    private const int MaxTitleWords = 7;

    /// <summary>A title found at a token: where the name starts, the title words and the time qualifier.</summary>
    private readonly record struct TitleMatch(int TitleStart, int NameStart, string Title, string? Qualifier);

    /// <summary>
    /// Reads a title before a name: "then President", "Secretary of State", "Minister of Foreign Affairs",
    /// "Deputy Prime Minister", "Rear Admiral", "Hojatoleslam", "Dr." — and only when a person's name follows.
    /// </summary>
    private TitleMatch? ReadTitle(Reading r, int start)
    {
        var tokens = r.Tokens;
        var i = start;
        var qualifierStart = -1;
        while (i < tokens.Count && tokens[i].IsWord && NameLexicon.TitleQualifiers.Contains(tokens[i].Folded) && i - start < 3)
        {
            qualifierStart = qualifierStart < 0 ? i : qualifierStart;
            i++;
        }

        var titleStart = i;
        var titleEnd = -1;
        var hasHead = false;
        for (var k = i; k < tokens.Count && k - titleStart < MaxTitleWords; k++)
        {
            var t = tokens[k];
            if (t.IsWord && t.IsCapitalised && TitleWords.IsTitleWord(t.Folded) && !TitleWords.Connectors.Contains(t.Folded) && (k > titleStart || !InOtherName(r, k) || TitleWords.Honorifics.Contains(t.Folded)))
            {
                hasHead |= TitleWords.Heads.Contains(t.Folded) || NameLexicon.TitleHeads.Contains(t.Folded);
                titleEnd = k + 1;
                continue;
            }

            var joins = t.IsWord && !t.IsCapitalised && TitleWords.Connectors.Contains(t.Folded) && titleEnd == k
                && k + 1 < tokens.Count && tokens[k + 1].IsCapitalised && TitleWords.IsTitleWord(tokens[k + 1].Folded);
            if (!joins && !(t.Text == "." && titleEnd == k && t.Start == tokens[k - 1].End))
            {
                break;
            }
        }

        if (!hasHead || titleEnd < 0)
        {
            return null;
        }

        var nameStart = titleEnd;
        if (nameStart < tokens.Count && tokens[nameStart].Text == "." && tokens[nameStart].Start == tokens[nameStart - 1].End)
        {
            nameStart++;
        }

        if (nameStart >= tokens.Count || !tokens[nameStart].IsCapitalised || NameLexicon.Stopwords.Contains(tokens[nameStart].Folded) || !IsPersonAt(r, nameStart))
        {
            return null;
        }

        var title = r.Sentence[tokens[titleStart].Start..tokens[titleEnd - 1].End];
        var qualifier = qualifierStart < 0 ? null : r.Sentence[tokens[qualifierStart].Start..tokens[titleStart - 1].End].ToLowerInvariant();
        return new TitleMatch(titleStart, nameStart, title, qualifier);
    }

    private int ReadTitled(Reading r, int start, TitleMatch title, string? ofActorId)
    {
        var tokens = r.Tokens;
        var (aliasEnd, aliasId) = LongestAlias(tokens, title.NameStart);
        RawMention mention;
        int end;
        if (aliasId is not null && _gazetteer.ById[aliasId].Kind == ActorKind.Person)
        {
            end = aliasEnd;
            mention = Gazetteer(r, title.NameStart, aliasEnd, aliasId);
        }
        else
        {
            end = r.Names.At(title.NameStart) is { } name && (name.Type == NameType.Person || name.First < title.NameStart) ? name.End : UntaggedNameEnd(r, title.NameStart);
            mention = Discovered(r, title.NameStart, end, ActorKind.Person);
        }

        mention = mention with { Title = title.Title, Qualifier = title.Qualifier, OfActorId = ofActorId };
        r.Mentions.Add(WithRoles(mention, r, title.NameStart, end));
        return Math.Max(end, start + 1);
    }

    /// <summary>Whether a person's name starts at the token: the tagger says so, or actors.yaml lists one there.</summary>
    private bool IsPersonAt(Reading r, int i)
    {
        if (r.Names.At(i) is { } name)
        {
            return name.Type == NameType.Person || (name.First < i && TitleWords.Honorifics.Contains(r.Tokens[name.First].Folded));
        }

        return LongestAlias(r.Tokens, i) is { Id: { } id } && _gazetteer.ById[id].Kind == ActorKind.Person;
    }

    /// <summary>Whether the token lies in a name the tagger found that is not a person's ("General" in "General Motors").</summary>
    private static bool InOtherName(Reading r, int k) => r.Names.At(k) is { } n && n.Type != NameType.Person;

    /// <summary>The state named just before a title: "U.S. Secretary of State", "Soviet Foreign Minister".</summary>
    private string? StateBefore(Reading r, int titleStart) =>
        r.Mentions.Count > 0 && r.Mentions[^1] is { GazetteerId: { } id } last && last.End == r.Tokens[Math.Max(titleStart - 1, 0)].End
            && titleStart > 0 && _gazetteer.ById[id].Kind == ActorKind.State ? id : null;

    private static int UntaggedNameEnd(Reading r, int start)
    {
        var end = start;
        while (end < r.Tokens.Count && end - start < MaxUntaggedNameWords && r.Tokens[end].IsCapitalised && !NameLexicon.Stopwords.Contains(r.Tokens[end].Folded))
        {
            end++;
            if (r.Tokens[end - 1].IsPossessive)
            {
                break;
            }
        }

        return Math.Max(end, start + 1);
    }
}
