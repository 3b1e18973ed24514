using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>
/// The shelf-wide step of a build: resolves names across articles into actors, collects roles and facts,
/// and merges dated sentences into events. Pure: the same extractions always give the same knowledge base.
/// </summary>
public static class KnowledgeBuilder
{
    private const int FactsPerActor = 12;
    private const int RelatedPerActor = 10;

    public static KnowledgeBase Build(IReadOnlyList<ArticleExtraction> extractions, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(extractions);
        var ordered = extractions.OrderBy(e => e.Article.Id, StringComparer.Ordinal).ToList();
        var (registry, surnames, allSurnames) = RegistrySeeder.Seed(ordered, gazetteer);

        // Pass 2: resolve every mention in article order.
        var ambiguous = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var resolver = new MentionResolver(registry, surnames, allSurnames, new UntaggedSurnames(ordered), new AcronymLinks(ordered, registry));
        var sentences = ordered.SelectMany(e => resolver.Resolve(e, ambiguous)).ToList();

        var candidates = new List<EventCandidate>();
        var cooccurrence = new Dictionary<(string, string), int>();
        foreach (var sentence in sentences)
        {
            Collect(sentence, registry);
            candidates.AddRange(EventExtractor.Extract(sentence, registry));
            foreach (var a in sentence.DistinctActorIds)
            {
                foreach (var b in sentence.DistinctActorIds.Where(b => !string.Equals(a, b, StringComparison.Ordinal)))
                {
                    cooccurrence[(a, b)] = cooccurrence.GetValueOrDefault((a, b)) + 1;
                }
            }
        }

        var events = EventClusterer.Cluster(candidates);
        var articles = ordered.Select(e => e.Article).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var actors = Finish(registry, events, cooccurrence, articles);
        return new KnowledgeBase
        {
            Articles = [.. ordered.Select(e => e.Article)],
            Actors = actors,
            Events = events,
            AmbiguousNames = [.. AmbiguousNames(registry, surnames, ambiguous)],
            UnresolvedMentions = resolver.Unresolved,
        };
    }

    private static void Collect(ResolvedSentence sentence, ActorRegistry registry)
    {
        var date = RoleDate(sentence);
        foreach (var (mention, actorId) in sentence.Actors)
        {
            var draft = registry[actorId];
            draft.MentionCount++;
            draft.ArticleIds.Add(sentence.Article.Id);
            if (draft.Kind != ActorKind.Person)
            {
                AddWrittenAcronym(draft, mention.Surface);
                continue;
            }

            if (mention.Title is not null && !NameForms.Honorifics.Contains(MentionFinder.Key(mention.Title)))
            {
                draft.Roles.Add(new Role { Title = RoleTitle(mention.Title), OfActorId = mention.OfActorId, Qualifier = mention.Qualifier, AsOf = date, Citation = sentence.Citation });
            }

            draft.Roles.AddRange(mention.RolePhrases.Select(phrase => new Role { Title = phrase, AsOf = date, Citation = sentence.Citation }));
        }

        foreach (var actorId in sentence.DistinctActorIds)
        {
            registry[actorId].Facts.Add(new Fact(sentence.Citation, FactScorer.Score(sentence, actorId), sentence.Sentence.Dates.Select(d => d.Date).FirstOrDefault(d => d is not null)));
        }
    }

    /// <summary>
    /// When a role stated in the sentence held: the sentence's date, unless it lies after the article's (a plan or a
    /// target, "tax cuts promised for 1990"), which is no time the person held the post; then the article's date.
    /// </summary>
    private static PartialDate? RoleDate(ResolvedSentence sentence)
    {
        var stated = sentence.Sentence.Dates.Select(d => d.Date).FirstOrDefault(d => d is not null);
        PartialDate? published = sentence.Article.Published is { } day ? new PartialDate(day, DatePrecision.Day) : null;
        return stated is { } s && (published is not { } p || s.Start <= p.Start) ? s : published ?? stated;
    }

    /// <summary>An acronym a body's mentions are written as ("the LDP") is one of its names, so /who finds it by it.</summary>
    private static void AddWrittenAcronym(ActorDraft draft, string surface)
    {
        if (draft.Kind != ActorKind.Organisation || !AcronymLinks.IsAcronym(surface))
        {
            return;
        }

        var acronym = surface.Replace(".", "", StringComparison.Ordinal);
        if (!draft.Acronyms.Contains(acronym, StringComparer.Ordinal) && MentionFinder.Key(acronym) != MentionFinder.Key(draft.Name))
        {
            draft.Acronyms.Add(acronym);
        }
    }

    /// <summary>"But British Foreign Secretary" at a sentence's start is the role "British Foreign Secretary".</summary>
    private static string RoleTitle(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && NameLexiconAccess.IsStopword(MentionFinder.Key(words[0])))
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }

    private static List<Actor> Finish(ActorRegistry registry, List<KnowledgeEvent> events, Dictionary<(string, string), int> cooccurrence, Dictionary<string, Article> articles)
    {
        var eventsByActor = events
            .SelectMany(e => e.ActorIds.Concat(e.PlaceIds).Select(a => (Actor: a, Event: e)))
            .GroupBy(x => x.Actor, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Event).ToList(), StringComparer.Ordinal);
        var sentencesShared = cooccurrence
            .GroupBy(kv => kv.Key.Item1, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(kv => new RelatedActor(kv.Key.Item2, 0, kv.Value)).ToList(), StringComparer.Ordinal);

        var actors = new List<Actor>();
        foreach (var draft in registry.All.Where(d => d.MentionCount > 0 || d.AuthoredArticleIds.Count > 0).OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var own = eventsByActor.GetValueOrDefault(draft.Id) ?? [];
            var related = own
                .SelectMany(e => e.ActorIds.Concat(e.PlaceIds))
                .Where(id => id != draft.Id)
                .GroupBy(id => id, StringComparer.Ordinal)
                .Select(g => new RelatedActor(g.Key, g.Count(), cooccurrence.GetValueOrDefault((draft.Id, g.Key))))
                .Concat(sentencesShared.GetValueOrDefault(draft.Id) ?? [])
                .GroupBy(r => r.ActorId, StringComparer.Ordinal)
                .Select(g => g.OrderByDescending(r => r.SharedEvents).First())
                .OrderByDescending(r => r.SharedEvents).ThenByDescending(r => r.SharedSentences).ThenBy(r => r.ActorId, StringComparer.Ordinal)
                .Take(RelatedPerActor)
                .ToList();

            actors.Add(new Actor
            {
                Id = draft.Id,
                Name = draft.Name,
                Kind = draft.Kind,
                Aliases = [.. draft.Aliases.Order(StringComparer.Ordinal)],
                Acronyms = draft.Acronyms,
                Roles = DistinctRoles(draft.Roles),
                RoleDisagreements = RoleDisagreements.Find(draft.Roles, articles),
                Facts = [.. draft.Facts
                    .GroupBy(f => (f.Citation.ArticleId, f.Citation.Quote))
                    .Select(g => g.First())
                    .OrderByDescending(f => f.Score).ThenBy(f => f.Citation.ArticleId, StringComparer.Ordinal).ThenBy(f => f.Citation.Paragraph)
                    .Take(FactsPerActor)],
                AuthoredArticleIds = draft.AuthoredArticleIds,
                EventIds = [.. own.OrderBy(e => e.Date).Select(e => e.Id)],
                Related = related,
                MentionCount = draft.MentionCount,
                ArticleIds = [.. draft.ArticleIds.Order(StringComparer.Ordinal)],
                IsDiscovered = draft.IsDiscovered,
            });
        }

        return actors;
    }

    /// <summary>
    /// One role per title, qualifier and state; "President" said without the state is the same role as
    /// "Iranian President" said elsewhere, so the more specific one is kept.
    /// </summary>
    private static List<Role> DistinctRoles(List<Role> roles)
    {
        var distinct = roles
            .GroupBy(r => (Ingest.MentionFinder.Key(r.Title), r.OfActorId, r.Qualifier))
            .Select(g => g.OrderByDescending(r => r.AsOf).First())
            .ToList();
        return [.. distinct.Where(r => r.OfActorId is not null || !distinct.Any(o => o.OfActorId is not null
            && Ingest.MentionFinder.Key(o.Title) == Ingest.MentionFinder.Key(r.Title) && o.Qualifier == r.Qualifier))];
    }

    private static IEnumerable<AmbiguousName> AmbiguousNames(ActorRegistry registry, Dictionary<string, List<string>> surnames, Dictionary<string, HashSet<string>> seen)
    {
        // Names seen alone in the text, plus every surname two known people share.
        var all = new Dictionary<string, HashSet<string>>(seen, StringComparer.Ordinal);

        // The keys of the names listed so far, kept as names are added: not every name's key again for each surname.
        var listed = all.Keys.Select(Ingest.MentionFinder.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (surname, ids) in surnames.Where(kv => kv.Value.Count > 1))
        {
            var name = registry[ids[0]].Name.Split(' ')[^1];
            if (!listed.Contains(surname))
            {
                all[name] = [.. ids];
                listed.Add(Ingest.MentionFinder.Key(name));
            }
        }

        return all.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new AmbiguousName(kv.Key, [.. kv.Value.Order(StringComparer.Ordinal)]));
    }
}
