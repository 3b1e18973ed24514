using BriefBot.Core.Knowledge.Model;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Build;

public sealed class NameMergingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_honorific_and_a_shortened_form_in_other_stories_are_the_same_person()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-02-26", "Hojatoleslam Ali Akbar Hashemi Rafsanjani said the offensive would continue.")
            .WithArticle("b", "B", "1987-03-02", "Akbar Hashemi Rafsanjani told the assembly the ports were safe.")
            .WithArticle("c", "C", "1987-03-09", "Ali Akbar Hashemi Rafsanjani visited the front.");
        await shelf.BuildAsync(Ct);

        var speaker = ActorShelf.Single(shelf, "Ali Akbar Hashemi Rafsanjani");

        Assert.Equal(["a", "b", "c"], speaker.ArticleIds);
        Assert.Single(ActorShelf.All(shelf), a => a.Name.EndsWith("Rafsanjani", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Heydar Aliyev", "Heydar Aliev")]
    [InlineData("Turgut Özal", "Turgut Ozal")]
    public async Task Transliterated_and_accented_spellings_are_one_person(string one, string other)
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-02-26", $"{one} said the pipeline talks went well.")
            .WithArticle("b", "B", "1987-03-02", $"{other} flew to Sylvan City for the summit.");
        await shelf.BuildAsync(Ct);

        var person = Assert.Single(ActorShelf.All(shelf), a => a.Kind == ActorKind.Person);

        Assert.Equal(["a", "b"], person.ArticleIds);
    }

    [Fact]
    public async Task A_misspelt_name_with_the_same_title_joins_the_right_spelling()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-02-26", "Foreign Minister Vahit Halefoglu met envoys of Sylvania in Fredville.")
            .WithArticle("b", "B", "1987-03-02", "Foreign Minister Vahit Halefoglu said the talks had gone well.")
            .WithArticle("c", "C", "1987-03-09", "Foreign Minister Vahit Halefolu said the border would stay open.");
        await shelf.BuildAsync(Ct);

        var minister = ActorShelf.Single(shelf, "Vahit Halefoglu");

        Assert.Equal(["a", "b", "c"], minister.ArticleIds);
    }

    [Fact]
    public async Task Near_identical_names_without_shared_context_stay_two_people()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-02-26", "Anton Kessling opened the new bakery in Fredville.")
            .WithArticle("b", "B", "1987-03-02", "Anton Kesling won the chess tournament in Sylvan City.");
        await shelf.BuildAsync(Ct);

        Assert.Equal(2, ActorShelf.All(shelf).Count(a => a.Kind == ActorKind.Person));
    }

    [Fact]
    public async Task A_firm_is_an_organisation_never_a_person()
    {
        using var shelf = ActorShelf.New().WithArticle("a", "A", "1987-02-26", "Harlan Electric Co said its first quarter profit rose sharply.");
        await shelf.BuildAsync(Ct);

        Assert.Equal(ActorKind.Organisation, ActorShelf.Single(shelf, "Harlan Electric Co").Kind);
    }

    [Fact]
    public async Task An_honorific_is_no_role()
    {
        using var shelf = ActorShelf.New().WithArticle("a", "A", "1987-02-26", "Mr Groucho Marxley said the bank would lend more.");
        await shelf.BuildAsync(Ct);

        var marxley = ActorShelf.Single(shelf, "Groucho Marxley");

        Assert.DoesNotContain(marxley.Roles, r => r.Title.StartsWith("Mr", StringComparison.Ordinal));
    }
}
