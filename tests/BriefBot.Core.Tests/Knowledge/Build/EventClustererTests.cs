using BriefBot.Core.Knowledge.Build;
using BriefBot.Core.Knowledge.Ingest.Dates;
using BriefBot.Core.Knowledge.Model;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Build;

public sealed class EventClustererTests
{
    private static readonly PartialDate May4 = PartialDate.Day(2031, 5, 4);

    [Fact]
    public void A_telling_with_a_shared_participant_and_words_joins_the_event_and_one_without_stays_apart()
    {
        var events = EventClusterer.Cluster(
        [
            Candidate("a", 0, May4, ["hale"], ["talks", "resum"]),
            Candidate("b", 0, May4, ["hale"], ["talks", "resum", "port"]),
            Candidate("c", 0, May4, ["berg"], ["talks", "resum"]),
        ]);

        Assert.Equal(2, events.Count);
        Assert.Equal(["a", "b"], events[0].Mentions.Select(m => m.Citation.ArticleId));
        Assert.Equal(["c"], events[1].Mentions.Select(m => m.Citation.ArticleId));
    }

    [Fact]
    public void A_telling_close_to_two_events_joins_the_closer_and_on_a_tie_the_one_told_first()
    {
        var events = EventClusterer.Cluster(
        [
            Candidate("a", 0, May4, ["hale"], ["talks", "resum"]),
            Candidate("b", 0, May4, ["berg"], ["strik", "drone"]),
            Candidate("c", 0, May4, ["hale", "berg"], ["strik", "drone", "port"]),
            Candidate("d", 0, May4, ["ivo"], ["flood", "river"]),
            Candidate("e", 0, May4, ["kai"], ["flood", "river"]),
            Candidate("f", 0, May4, ["ivo", "kai"], ["flood", "river"]),
        ]);

        Assert.Equal(["a"], Articles(events, "a"));
        Assert.Equal(["b", "c"], Articles(events, "b"));
        Assert.Equal(["d", "f"], Articles(events, "d"));
        Assert.Equal(["e"], Articles(events, "e"));
    }

    [Fact]
    public void Dates_that_do_not_nest_keep_tellings_apart_and_the_same_sentence_stays_one_event()
    {
        var events = EventClusterer.Cluster(
        [
            Candidate("a", 0, May4, ["hale"], ["talks", "resum"]),
            Candidate("b", 0, PartialDate.Day(2031, 5, 9), ["hale"], ["talks", "resum"]),
            Candidate("b", 0, PartialDate.Month(2031, 5), ["ivo"], ["flood"]),
            Candidate("c", 0, PartialDate.Month(2031, 5), ["hale"], ["talks", "resum"]),
        ]);

        Assert.Equal(["a", "c"], Articles(events, "a"));
        Assert.Equal(2, events.Single(e => e.Mentions[0].Citation.ArticleId == "b").ActorIds.Count);
    }

    private static List<string> Articles(List<KnowledgeEvent> events, string firstArticle) =>
        [.. events.Single(e => e.Mentions[0].Citation.ArticleId == firstArticle).Mentions.Select(m => m.Citation.ArticleId)];

    private static EventCandidate Candidate(string article, int sentence, PartialDate date, string[] actors, string[] keywords) => new()
    {
        Date = date,
        DateExpression = new TemporalExpression { Start = 0, End = 5, Text = "May 4", Value = date.ToTimex(), Date = date },
        Summary = article + " said something.",
        ActorIds = actors.ToHashSet(StringComparer.Ordinal),
        PlaceIds = new HashSet<string>(StringComparer.Ordinal),
        Keywords = keywords.ToHashSet(StringComparer.Ordinal),
        Citation = new Citation(article, 1, article + " said something."),
        SentenceIndex = sentence,
    };
}
