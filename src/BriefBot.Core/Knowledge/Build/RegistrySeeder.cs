using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>
/// The first pass of a build: every multi-word name and every author becomes an actor, variants are merged,
/// and the surnames lone words may link to across articles are chosen.
/// </summary>
internal static class RegistrySeeder
{
    public static (ActorRegistry Registry, Dictionary<string, List<string>> Surnames, Dictionary<string, List<string>> AllSurnames) Seed(IReadOnlyList<ArticleExtraction> ordered, Gazetteer gazetteer)
    {
        var registry = new ActorRegistry(gazetteer);
        var loneArticles = new Dictionary<string, int>(StringComparer.Ordinal);
        var fullNamesByArticle = new List<HashSet<string>>();
        foreach (var extraction in ordered)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var lone = new HashSet<string>(StringComparer.Ordinal);
            var drafts = new Dictionary<ActorDraft, string>();
            foreach (var sentence in extraction.Sentences)
            {
                var mentions = sentence.Mentions.SelectMany(m => MentionSplitter.Split(sentence.Text, m)).Where(m => !MentionResolver.IsDateline(sentence, m)).ToList();
                var listedFirms = FirmCues.ListedWithFirms(sentence.Text, mentions).ToHashSet();
                foreach (var mention in mentions)
                {
                    var key = NameForms.Key(mention.Surface);
                    keys.Add(key);
                    if (mention.GazetteerId is not null || GenericHeads.IsGeneric(mention))
                    {
                        continue;
                    }

                    if (mention.IsSingleWord)
                    {
                        lone.Add(key);
                        continue;
                    }

                    var draft = registry.GetOrAdd(mention.Surface, mention.Kind, mention.Title is null ? 1 : 3, NameForms.IsTitled(sentence.Text, mention));
                    if (listedFirms.Contains(mention) || FirmCues.IsWrittenAsFirm(sentence.Text, mention))
                    {
                        draft.Vote(ActorKind.Organisation, FirmCues.Vote);
                    }

                    drafts[draft] = key;
                    if (mention.Title is not null)
                    {
                        draft.Context.Add(ActorDraft.TitleContext + MentionFinder.Key(mention.Title));
                    }
                }
            }

            foreach (var (draft, key) in drafts)
            {
                draft.Context.UnionWith(keys.Where(k => k != key));
            }

            foreach (var word in lone)
            {
                loneArticles[word] = loneArticles.GetValueOrDefault(word) + 1;
            }

            fullNamesByArticle.Add([.. drafts.Values]);
            foreach (var author in extraction.Article.Authors)
            {
                registry.GetOrAdd(author, ActorKind.Person, 3).AuthoredArticleIds.Add(extraction.Article.Id);
            }
        }

        registry.MergeVariants();
        return (registry, Surnames(registry, loneArticles, fullNamesByArticle), registry.SurnameIndex());
    }

    /// <summary>
    /// A word that stands alone in many more stories than the people it would be the surname of is a common
    /// word or a place ("Tokyo", "Brazil"), not their surname: it links to nobody across articles.
    /// </summary>
    private static Dictionary<string, List<string>> Surnames(ActorRegistry registry, Dictionary<string, int> loneArticles, List<HashSet<string>> fullNamesByArticle)
    {
        var articlesById = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var names in fullNamesByArticle)
        {
            foreach (var id in names.Select(registry.FindByKey).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                articlesById[id] = articlesById.GetValueOrDefault(id) + 1;
            }
        }

        var index = registry.SurnameIndex();
        foreach (var (surname, ids) in index.ToList())
        {
            var full = ids.Sum(id => articlesById.GetValueOrDefault(id));
            if (loneArticles.GetValueOrDefault(surname) > (3 * full) + 5)
            {
                index.Remove(surname);
            }
        }

        return index;
    }
}
