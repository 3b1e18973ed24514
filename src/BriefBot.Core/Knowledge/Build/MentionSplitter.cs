using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Text;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>
/// "Chairman Otis Driftwood of Marl Shipping Co": a titled run the finder read as one person is a person and
/// the body he belongs to. Only where two or more words stand before "of", so "Fahd of Saudi Arabia" stays whole.
/// </summary>
internal static class MentionSplitter
{
    private const string Of = " of ";

    public static IEnumerable<RawMention> Split(string sentence, RawMention mention)
    {
        var at = mention.Surface.IndexOf(Of, StringComparison.Ordinal);
        if (mention.Kind is not (ActorKind.Person or ActorKind.Other) || mention.GazetteerId is not null || at < 0
            || !mention.Surface[..at].Contains(' ', StringComparison.Ordinal)
            || at + Of.Length >= mention.Surface.Length || !char.IsUpper(mention.Surface[at + Of.Length]))
        {
            yield return mention;
            yield break;
        }

        var person = mention.Surface[..at];
        // The finder stops a titled name at four words; the body runs on to the end of its capitalised words.
        var end = mention.End;
        foreach (var token in Tokenizer.Tokenize(sentence[mention.End..]))
        {
            if (!token.IsCapitalised || mention.End + token.Start > end + 1)
            {
                break;
            }

            end = mention.End + token.End;
        }

        var body = sentence[(mention.Start + at + Of.Length)..end];
        body = body.EndsWith("'s", StringComparison.Ordinal) || body.EndsWith("’s", StringComparison.Ordinal) ? body[..^2] : body;
        yield return mention with { End = mention.Start + at, Surface = person, Folded = MentionFinder.Key(person), Kind = ActorKind.Person };
        yield return new RawMention
        {
            Start = mention.Start + at + Of.Length,
            End = end,
            Surface = body,
            Folded = MentionFinder.Key(body),
            Kind = NameForms.KindOf(body, ActorKind.Person) == ActorKind.Organisation ? ActorKind.Organisation : ActorKind.Other,
            Source = MentionSource.Discovered,
            IsSingleWord = !body.Contains(' ', StringComparison.Ordinal),
        };
    }
}
