using BriefBot.Core.State;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Digests;

/// <summary>
/// Turns <c>Digests:Subscriptions</c> from configuration into stored subscriptions. A configured channel takes
/// its schedule and actors from configuration when they are new or changed since the last start; a change made
/// in chat (<c>/digest subscribe</c>) stands across restarts until the configuration itself changes.
/// </summary>
public static class ConfiguredSubscriptions
{
    public static void Apply(IBotState state, DigestOptions options, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var settings in options.Subscriptions)
        {
            if (!DigestScheduleParser.TryParse(settings.Schedule, out _, out var error))
            {
                throw new OptionsValidationException(DigestOptions.SectionName, typeof(DigestOptions), [$"Digests:Subscriptions '{settings.Name}': {error}"]);
            }

            var id = Subscription.IdFor(settings.Platform, settings.Channel);
            // Not whitespace-separated: LiteDB trims string values, so a trailing separator would never compare equal.
            var configuredAs = settings.Schedule.Trim() + "|" + string.Join(",", settings.Actors);
            var stored = state.GetSubscription(id);
            if (stored is { FromConfiguration: true } && stored.ConfiguredAs == configuredAs)
            {
                continue;
            }

            var subscription = stored ?? new Subscription
            {
                Id = id,
                Platform = settings.Platform.ToLowerInvariant(),
                Channel = settings.Channel,
                CreatedUtc = nowUtc,
            };
            subscription.Schedule = settings.Schedule;
            subscription.ActorIds = [.. settings.Actors];
            subscription.FromConfiguration = true;
            subscription.ConfiguredAs = configuredAs;
            state.SaveSubscription(subscription);
        }
    }
}
