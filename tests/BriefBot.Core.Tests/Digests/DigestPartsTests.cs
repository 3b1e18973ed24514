using BriefBot.Core.Digests;
using BriefBot.Core.Replies;
using Xunit;

namespace BriefBot.Core.Tests.Digests;

public sealed class DigestPartsTests
{
    private static Reply Digest(int sections, int linesEach, int lineLength)
    {
        var number = 0;
        return new Reply
        {
            Kind = ReplyKind.Answer,
            Title = "Digest: 1 – 8 Jun 2031",
            Summary = "Busy week.",
            Sections = [.. Enumerable.Range(1, sections).Select(s => new ReplySection
            {
                Heading = $"Section {s}",
                Lines = [.. Enumerable.Range(1, linesEach).Select(l => new ReplyLine(new TextSpan($"S{s}L{l} " + new string('x', lineLength)), new CitationSpan(++number)))],
            })],
            Sources = [.. Enumerable.Range(1, sections * linesEach).Select(n => new ReplySource { Number = n, ArticleTitle = $"Article {n}" })],
        };
    }

    [Fact]
    public void A_short_digest_stays_one_message()
    {
        var digest = Digest(2, 3, 50);

        Assert.Same(digest, Assert.Single(DigestParts.Split(digest)));
    }

    [Fact]
    public void A_long_digest_becomes_several_messages_in_order_each_within_the_budget()
    {
        var digest = Digest(4, 10, 300);

        var parts = DigestParts.Split(digest);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.InRange(p.Title.Length + (p.Summary?.Length ?? 0) + p.Sections.Sum(s => s.Heading.Length + s.Lines.Sum(l => l.PlainText.Length + 4)), 1, DigestParts.MaxCharacters + 400));
        var lines = parts.SelectMany(p => p.Sections).SelectMany(s => s.Lines).Select(l => l.PlainText[..l.PlainText.IndexOf(' ', StringComparison.Ordinal)]).ToList();
        Assert.Equal(digest.Sections.SelectMany(s => s.Lines).Select(l => l.PlainText[..l.PlainText.IndexOf(' ', StringComparison.Ordinal)]), lines);
        Assert.Equal($"Digest: 1 – 8 Jun 2031 (2/{parts.Count})", parts[1].Title);
        Assert.Contains(parts.SelectMany(p => p.Sections), s => s.Heading.EndsWith("(continued)", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_part_keeps_only_the_sources_it_cites()
    {
        var parts = DigestParts.Split(Digest(4, 10, 300));

        foreach (var part in parts)
        {
            var cited = part.Sections.SelectMany(s => s.Lines).SelectMany(l => l.Spans).OfType<CitationSpan>().Select(c => c.Number).Order();
            Assert.Equal(cited, part.Sources.Select(s => s.Number).Order());
        }
    }
}
