using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Store;
using BriefBot.TestKit.Knowledge;

namespace BriefBot.Core.Tests.Knowledge.Build;

/// <summary>Small helpers for the actor tests: a shelf with the test gazetteer, and the actors a name finds.</summary>
internal static class ActorShelf
{
    public static TestShelf New() => new TestShelf().WithGazetteer(Shelves.Gazetteer);

    public static IReadOnlyList<Actor> Named(TestShelf shelf, string name) =>
        shelf.Store.Read(r => r.Index.ByKey(BriefBot.Core.Knowledge.Ingest.MentionFinder.Key(name)).Select(e => r.GetActor(e.Id)!).ToList());

    public static IReadOnlyList<Actor> All(TestShelf shelf) =>
        shelf.Store.Read(r => r.Index.Entries.Select(e => r.GetActor(e.Id)!).ToList());

    public static Actor Single(TestShelf shelf, string name) => Xunit.Assert.Single(Named(shelf, name));

    public static IReadOnlyList<KnowledgeEvent> EventsOn(TestShelf shelf, DateOnly day) =>
        shelf.Store.Read((KnowledgeReader r) => r.EventsOverlapping(day, day));
}
