using BriefBot.Core.Replies;
using BriefBot.Core.State.Replays;
using BriefBot.Core.State.Shards;
using BriefBot.Core.Transports;
using BriefBot.Discord.Gateway;
using BriefBot.Discord.Interactions;
using BriefBot.Discord.Rendering;
using BriefBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>The settings whose presence turns Discord on; <c>ApiBaseUrl</c> and tuning alone do not.</summary>
    private static readonly string[] Credentials = [nameof(DiscordOptions.PublicKey), nameof(DiscordOptions.ApplicationId), nameof(DiscordOptions.BotToken), nameof(DiscordOptions.GuildId)];

    /// <summary>
    /// Discord over HTTP interactions or the Gateway, and REST. With no Discord credentials at all, Discord is off (the host runs
    /// and says so once); with some, every setting is validated at start and a bad one stops the host, named.
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DiscordOptions.SectionName);
        if (!IsConfigured(section))
        {
            services.AddHostedService<DiscordOffNotice>();
            return services;
        }

        services.AddOptions<DiscordOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<RateLimitBuckets>();
        services.AddHttpClient<DiscordRestClient>((provider, http) =>
            {
                var baseUrl = provider.GetRequiredService<IOptions<DiscordOptions>>().Value.ApiBaseUrl.AbsoluteUri;
                http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
                http.DefaultRequestHeaders.UserAgent.ParseAdd(DiscordRestClient.UserAgent);
                http.Timeout = TimeSpan.FromSeconds(30);
            })
            // The default handler logs request URLs, and webhook URLs carry interaction tokens.
            .RemoveAllLoggers();
        services.AddTransient<CommandRegistrar>();
        services.AddHostedService<CommandRegistrationService>();

        services.AddSingleton<DiscordReplyRenderer>();
        // One process remembers in memory; AddBotState replaces this with the shared claims for replicas.
        services.TryAddSingleton<IReplayClaims>(provider => new InMemoryReplayClaims(provider.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton<FollowUps>();
        services.AddSingleton<IDeferredAnswerPlatform>(provider => provider.GetRequiredService<FollowUps>());
        services.AddSingleton<InteractionResponder>();

        // One transport carries interactions. An unknown Transport value is left to the validator, which stops the host.
        var transport = DiscordOptions.ResolveTransport(section[nameof(DiscordOptions.Transport)], section[nameof(DiscordOptions.BotToken)], section[nameof(DiscordOptions.PublicKey)]);
        if (transport == DiscordTransport.Gateway)
        {
            // Core registers it too; Discord alone (its tests) still needs somewhere to report shards.
            services.TryAddSingleton<TransportHealth>();
            services.TryAddSingleton(GatewayJitter.Random);
            services.TryAddSingleton<RecentInteractionIds>();
            // This process's turns; AddBotState replaces them with PostgreSQL's when replicas share the shards.
            services.TryAddSingleton<IStartSlots>(provider => new InMemoryStartSlots(provider.GetService<TimeProvider>() ?? TimeProvider.System));
            services.AddSingleton<GatewayInteractions>();
            services.AddHostedService<GatewayHostedService>();
        }
        else
        {
            // The HTTP endpoint is mapped only when this handler exists: without a public key it could verify nothing.
            services.AddSingleton(provider => new Ed25519SignatureVerifier(
                provider.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey ?? "",
                provider.GetRequiredService<TimeProvider>()));
            services.TryAddSingleton<RecentInteractionIds>();
            services.TryAddSingleton<RejectedRequests>();
            services.AddSingleton<InteractionHandler>();
        }

        // Posting digests into channels needs the bot token; without it Discord only answers commands.
        if (!string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.BotToken)]))
        {
            services.AddTransient<IChannelPublisher, DiscordChannelPublisher>();
            services.AddSingleton(new PostingPlatform("discord"));
        }

        return services;
    }

    /// <summary>Whether any Discord credential is set, for callers that map routes only when Discord is on.</summary>
    public static bool IsConfigured(IConfiguration section) =>
        Credentials.Any(key => !string.IsNullOrWhiteSpace(section?[key]));
}
