using BriefBot.Core.Knowledge.Model;
using BriefBot.TestKit.Knowledge;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Build;

public sealed class KnowledgeBuilderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_same_event_told_by_two_articles_is_one_event_with_two_sources()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var events = shelf.Store.Read(r => r.EventsOverlapping(new DateOnly(2031, 6, 2), new DateOnly(2031, 6, 2)));

        var attack = Assert.Single(events, e => e.Date == PartialDate.Day(2031, 6, 2));
        Assert.Equal(2, attack.ArticleCount);
        Assert.Equal(["harbour-one", "harbour-two"], attack.Mentions.Select(m => m.Citation.ArticleId).Distinct().Order());
        Assert.Contains("sylvania", attack.ActorIds);
        Assert.Contains("port-marl", attack.PlaceIds);
        Assert.All(attack.Mentions, m => Assert.Contains("Port Marl", m.Citation.Quote, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_surname_shared_by_two_people_stays_ambiguous()
    {
        using var shelf = new TestShelf().WithGazetteer(Shelves.Gazetteer).WithArticle("a", "A", "2031-01-01", "Firefly spoke about the harbour at length today.");
        var report = await shelf.BuildAsync(Ct);

        var ambiguous = Assert.Single(report.AmbiguousNames);
        Assert.Equal(["rufus-firefly", "teasdale-firefly"], ambiguous.ActorIds);
        Assert.Equal(0, shelf.Store.Read(r => r.GetActor("rufus-firefly")?.MentionCount ?? 0));
    }

    [Fact]
    public async Task A_surname_goes_to_the_full_name_used_earlier_in_the_same_article()
    {
        using var shelf = Shelves.Harbour().WithArticle("visit", "A visit", "2031-07-01", "Teasdale Firefly toured the docks of Port Marl with sailors. Afterwards Firefly spoke to reporters about the fleet.");
        await shelf.BuildAsync(Ct);

        var teasdale = shelf.Store.Read(r => r.GetActor("teasdale-firefly"))!;
        var rufus = shelf.Store.Read(r => r.GetActor("rufus-firefly"))!;

        Assert.Contains(teasdale.Facts, f => f.Citation.Quote.StartsWith("Afterwards Firefly spoke", StringComparison.Ordinal));
        Assert.DoesNotContain(rufus.Facts, f => f.Citation.Quote.StartsWith("Afterwards Firefly spoke", StringComparison.Ordinal));
        Assert.DoesNotContain(rufus.Facts, f => f.Citation.Quote.StartsWith("Firefly said the harbour", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_role_in_a_sentence_about_a_later_year_holds_as_of_the_article_not_that_year()
    {
        using var shelf = new TestShelf().WithGazetteer(Shelves.Gazetteer)
            .WithArticle("a", "Budget gap", "2031-06-18", "Finance minister Jonas Whitcombe has problems finding cash for the tax cuts promised for 2034.");
        await shelf.BuildAsync(Ct);

        var role = Assert.Single(shelf.Store.Read(r => r.GetActor("jonas-whitcombe"))!.Roles);

        Assert.Equal("Finance minister", role.Title);
        Assert.Equal(PartialDate.Day(2031, 6, 18), role.AsOf);
    }

    [Fact]
    public async Task Roles_come_from_the_text_with_their_time()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var teasdale = shelf.Store.Read(r => r.GetActor("teasdale-firefly"))!;
        var ravelli = shelf.Store.Read(r => r.Index.ByKey("chicolini ravelli").Single());
        var ravelliActor = shelf.Store.Read(r => r.GetActor(ravelli.Id))!;

        var former = Assert.Single(teasdale.Roles);
        Assert.Equal(("President", "former"), (former.Title, former.Qualifier));
        Assert.Equal(PartialDate.Decade(1990), former.AsOf);
        var minister = Assert.Single(ravelliActor.Roles);
        Assert.Equal(("Foreign Minister", "sylvania"), (minister.Title, minister.OfActorId));
        Assert.True(ravelliActor.IsDiscovered);
    }

    [Fact]
    public async Task Authors_are_actors_too()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var author = shelf.Store.Read(r => r.Index.ByKey("margaret dumont").Single());

        Assert.Equal(ActorKind.Person, author.Kind);
        Assert.Equal(["harbour-one"], shelf.Store.Read(r => r.GetActor(author.Id)!.AuthoredArticleIds));
    }

    [Fact]
    public async Task Event_ids_stay_the_same_when_the_base_is_rebuilt_from_scratch()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);
        var before = shelf.Store.Read(r => r.EventsOverlapping(DateOnly.MinValue, DateOnly.MaxValue).Select(e => e.Id).Order().ToList());
        shelf.Store.Dispose();

        using var again = new TestShelf().WithGazetteer(Shelves.Gazetteer);
        foreach (var file in Directory.GetFiles(Path.Combine(shelf.KnowledgeDirectory, "articles")))
        {
            again.WithRawArticle(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
        }

        await again.BuildAsync(Ct);
        var after = again.Store.Read(r => r.EventsOverlapping(DateOnly.MinValue, DateOnly.MaxValue).Select(e => e.Id).Order().ToList());

        Assert.NotEmpty(before);
        Assert.Equal(before, after);
    }
}
