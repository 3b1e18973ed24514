using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Commands.Ask;

/// <summary>
/// <c>/ask QUESTION</c>: the sentences of the shelf that answer a free-text question, quoted verbatim, best first,
/// each with its article, paragraph, date, actors and events. Nothing is paraphrased; when nothing scores well
/// enough the answer says so.
/// </summary>
public sealed class AskCommand(KnowledgeStore store, TimeProvider time) : ICommandHandler
{
    public const string QuestionOption = "question";

    /// <summary>Quotes in one answer: enough to compare sources, few enough to read in chat.</summary>
    public const int MaxQuotes = 5;

    public string Name => "ask";

    public IReadOnlyList<string> Examples =>
        ShelfExamples.TopActorNames(store, 2) is { Count: > 0 } names
            ? [.. names.Select(n => $"/ask what did {n} say?"), "/ask what happened last month?"]
            : ["/ask what happened last month?"];

    public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var question = (request.Options.GetValueOrDefault(QuestionOption) ?? request.Text).Trim();
        if (question.Trim('?', '.', '!', ' ', '"').Length == 0)
        {
            return Task.FromResult(Reply.Invalid("What would you like to know?", "Ask a question in your own words; I answer with the sentences of the articles that answer it.", [.. Examples]));
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return Task.FromResult(store.Read(reader =>
        {
            var read = QuestionReader.Read(question, reader.Index, today);
            var hits = reader.Sentences.Search(read.Query, MaxQuotes);
            return hits.Count == 0 ? NothingFound(question) : AskReplyBuilder.Answer(reader, question, read, hits);
        }));
    }

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(string option, string typed, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Suggestion>>([]);

    private static Reply NothingFound(string question) => new()
    {
        Kind = ReplyKind.NotFound,
        Title = "Nothing on the shelf",
        Summary = $"I found nothing on the shelf about that: “{ChoiceText.Shorten(question, 120)}”. Try other words, a name, or a wider period.",
        IsEphemeral = true,
    };
}
