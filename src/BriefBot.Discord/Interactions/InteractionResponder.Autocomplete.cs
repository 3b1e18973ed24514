using BriefBot.Core.Commands;
using BriefBot.Discord.Rendering;

namespace BriefBot.Discord.Interactions;

internal sealed partial class InteractionResponder
{
    /// <summary>
    /// Suggestions for the focused option. Autocomplete has no deferral (§1.11), so a slow or failing source
    /// yields an empty list in time rather than nothing at all.
    /// </summary>
    private async Task<InteractionResult> AutocompleteAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        var command = payload.Data?.Name;
        var focused = CommandRequestReader.Focused(payload.Data?.Options);
        IReadOnlyList<Suggestion> suggestions = [];
        if (command is { Length: > 0 } && focused is not null)
        {
            using var deadlineSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var deadline = Task.Delay(_acknowledgeWithin, _time, deadlineSource.Token);
            var work = _dispatcher.SuggestAsync(command.ToLowerInvariant(), focused.Name, focused.ValueText, deadlineSource.Token);
            if (await Task.WhenAny(work, deadline) == work && work.IsCompletedSuccessfully)
            {
                suggestions = work.Result;
            }
            else
            {
                Log.SuggestionsLate(_logger, command, focused.Name);
            }

            await deadlineSource.CancelAsync();
            _ = work.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }

        var choices = suggestions
            .Where(s => s.Value is { Length: > 0 and <= DiscordLimits.AutocompleteText })
            .Select(s => new AutocompleteChoice(Name(s), s.Value))
            .DistinctBy(c => c.Value, StringComparer.Ordinal)
            .Take(DiscordLimits.AutocompleteChoices)
            .ToList();
        return InteractionResult.Respond(InteractionResponse.Of(InteractionCallbackType.ApplicationCommandAutocompleteResult, new AutocompleteResult(choices)));
    }

    private static string Name(Suggestion suggestion)
    {
        var name = DiscordText.Plain(suggestion.Label, DiscordLimits.AutocompleteText);
        return name.Length > 0 ? name : suggestion.Value;
    }
}
