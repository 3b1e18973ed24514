using Microsoft.Extensions.Options;

namespace BriefBot.Core.Digests;

/// <summary>Turns <c>Digests:Subscriptions</c> from configuration into stored subscriptions (kept once created).</summary>
public static class ConfiguredSubscriptions
{
    public static void Apply(BotStateStore state, DigestOptions options, DateTime nowUtc)
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
            var subscription = state.GetSubscription(id) ?? new Subscription
            {
                Id = id,
                Platform = settings.Platform.ToLowerInvariant(),
                Channel = settings.Channel,
                CreatedUtc = nowUtc,
            };
            subscription.Schedule = settings.Schedule;
            subscription.ActorIds = [.. settings.Actors];
            subscription.FromConfiguration = true;
            state.SaveSubscription(subscription);
        }
    }
}
