using BriefBot.Core.Replies;
using BriefBot.Core.State.Postgres;
using BriefBot.Core.State.Replays;
using BriefBot.Core.State.Shards;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.State;

public static class StateServiceCollectionExtensions
{
    /// <summary>Bot state from the State settings: the LiteDB file by default, PostgreSQL when asked for.</summary>
    public static IServiceCollection AddBotState(this IServiceCollection services)
    {
        services.AddOptions<StateOptions>().BindConfiguration(StateOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StateOptions>, StateOptionsValidator>());
        services.TryAddSingleton<IBotState>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StateOptions>>().Value;
            return options.IsPostgres
                ? PostgresBotState.Open(options.ConnectionString!)
                : ActivatorUtilities.CreateInstance<LiteDbBotState>(provider);
        });

        // Added, not tried: the platforms register the in-memory claims for themselves, and this must win over them.
        services.AddSingleton<IReplayClaims>(provider =>
        {
            var time = provider.GetService<TimeProvider>() ?? TimeProvider.System;
            return provider.GetRequiredService<IOptions<StateOptions>>().Value.IsPostgres && provider.GetRequiredService<IBotState>() is PostgresBotState shared
                ? shared.ReplayClaims(time)
                : new InMemoryReplayClaims(time);
        });

        // The same choice for session-start turns: shared when replicas share the shards, else this process's.
        services.AddSingleton<IStartSlots>(provider =>
        {
            var time = provider.GetService<TimeProvider>() ?? TimeProvider.System;
            return provider.GetRequiredService<IOptions<StateOptions>>().Value.IsPostgres && provider.GetRequiredService<IBotState>() is PostgresBotState shared
                ? shared.StartSlots(time)
                : new InMemoryStartSlots(time);
        });

        // Deferred answers in the state, so any replica finishes one its owner could not.
        services.TryAddSingleton<ReplicaIdentity>();
        services.AddOptions<DeferredAnswerOptions>().BindConfiguration(DeferredAnswerOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DeferredAnswerOptions>, DeferredAnswerOptionsValidator>());
        services.TryAddSingleton<DeferredAnswerLeases>();
        services.TryAddSingleton<DeferredAnswerSweeper>();
        return services;
    }
}
