using BriefBot.Core.State.Replays;
using BriefBot.Core.Transports;
using BriefBot.Slack.Interactivity;
using BriefBot.Slack.Rendering;
using BriefBot.Slack.SlashCommands;
using BriefBot.Slack.SocketMode;
using BriefBot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefBot.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>The settings whose presence turns Slack on; <c>ApiBaseUrl</c>, command names and tuning alone do not.</summary>
    private static readonly string[] Credentials = [nameof(SlackOptions.SigningSecret), nameof(SlackOptions.BotToken), nameof(SlackOptions.AppToken)];

    /// <summary>
    /// Slack slash commands, interactivity and the Web API, over HTTP or, with an app-level token, over Socket Mode
    /// (both when both are configured). With no Slack credentials at all, Slack is off (the host
    /// runs and says so once); with some, every setting is validated at start and a bad one stops the host, named.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SlackOptions.SectionName);
        if (!IsConfigured(section))
        {
            services.AddHostedService<SlackOffNotice>();
            return services;
        }

        services.AddOptions<SlackOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient<SlackWebApiClient>(http =>
            {
                http.DefaultRequestHeaders.UserAgent.ParseAdd(SlackWebApiClient.UserAgent);
                http.Timeout = TimeSpan.FromSeconds(30);
            })
            // The default handler logs request URLs, and response_url is a credential.
            .RemoveAllLoggers();
        if (!string.IsNullOrWhiteSpace(section[nameof(SlackOptions.BotToken)]) && !string.Equals(section[nameof(SlackOptions.CheckTokenOnStart)], "false", StringComparison.OrdinalIgnoreCase))
        {
            services.AddHostedService<SlackTokenCheck>();
        }

        services.AddSingleton(provider => new SlackSignatureVerifier(
            provider.GetRequiredService<IOptions<SlackOptions>>().Value.SigningSecret ?? "",
            provider.GetRequiredService<TimeProvider>()));
        // One process remembers in memory; AddBotState replaces this with the shared claims for replicas.
        services.TryAddSingleton<IReplayClaims>(provider => new InMemoryReplayClaims(provider.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton<ReplayGuard>();
        services.AddSingleton<SlackReplyRenderer>();

        // Posting digests into channels needs the bot token; without it Slack only answers commands.
        if (!string.IsNullOrWhiteSpace(section[nameof(SlackOptions.BotToken)]))
        {
            services.AddTransient<BriefBot.Core.Replies.IChannelPublisher, WebApi.SlackChannelPublisher>();
            services.AddSingleton(new BriefBot.Core.Replies.PostingPlatform("slack"));
        }
        services.AddSingleton<ResponseUrlDeliveries>();
        services.AddSingleton<BriefBot.Core.Replies.IDeferredAnswerPlatform>(provider => provider.GetRequiredService<ResponseUrlDeliveries>());
        services.AddSingleton<Acknowledgement>();
        services.AddSingleton<AttachmentUploads>();
        services.TryAddSingleton<RejectedRequests>();
        services.AddSingleton<SlashCommandHandler>();
        services.AddSingleton<InteractivityHandler>();

        // Socket Mode: commands and clicks over an outbound WebSocket, so no public URL is needed.
        services.TryAddSingleton<TransportHealth>();
        if (!string.IsNullOrWhiteSpace(section[nameof(SlackOptions.AppToken)]))
        {
            services.AddSingleton<EnvelopeHandler>();
            services.AddSingleton<SocketModeConnector>();
            services.AddSingleton<SocketModeClient>();
            services.AddHostedService<SocketModeHostedService>();
        }

        return services;
    }

    /// <summary>
    /// Whether Slack requests may arrive over HTTP: only with a signing secret, since the signature is all that
    /// tells Slack's requests from anyone else's. With an app-level token alone there is nothing to check them with.
    /// </summary>
    public static bool ServesHttp(IConfiguration section) =>
        !string.IsNullOrWhiteSpace(section?[nameof(SlackOptions.SigningSecret)]);

    /// <summary>Whether any Slack credential is set, for callers that map routes only when Slack is on.</summary>
    public static bool IsConfigured(IConfiguration section) =>
        Credentials.Any(key => !string.IsNullOrWhiteSpace(section?[key]));
}
