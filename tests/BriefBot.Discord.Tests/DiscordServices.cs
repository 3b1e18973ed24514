using BriefBot.Core.Commands;
using BriefBot.Discord.Interactions;
using BriefBot.Discord.Rest;
using BriefBot.TestKit.Discord;
using BriefBot.TestKit.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace BriefBot.Discord.Tests;

/// <summary>
/// The Discord adapter as the host composes it (<c>AddDiscord</c>), with scripted commands, a fake clock, a test
/// signing key and a fake Discord on 127.0.0.1. One per test.
/// </summary>
internal sealed class DiscordServices : IAsyncDisposable
{
    private DiscordServices(FakeDiscordServer discord, InteractionSigner signer, ObservableTimeProvider time, ServiceProvider provider)
    {
        Discord = discord;
        Signer = signer;
        Time = time;
        Provider = provider;
    }

    public FakeDiscordServer Discord { get; }

    public InteractionSigner Signer { get; }

    public ObservableTimeProvider Time { get; }

    public ServiceProvider Provider { get; }

    public InteractionHandler Handler => Provider.GetRequiredService<InteractionHandler>();

    public DiscordRestClient Rest => Provider.GetRequiredService<DiscordRestClient>();

    public CommandRegistrar Registrar => Provider.GetRequiredService<CommandRegistrar>();

    public static async Task<DiscordServices> StartAsync(IEnumerable<ICommandHandler> handlers, IReadOnlyDictionary<string, string?>? settings = null, ILoggerProvider? logs = null, BriefBot.Core.State.Replays.IReplayClaims? claims = null)
    {
        var discord = await FakeDiscordServer.StartAsync(TestContext.Current.CancellationToken);
        var signer = new InteractionSigner();
        var time = new ObservableTimeProvider();
        var values = new Dictionary<string, string?>
        {
            ["Discord:PublicKey"] = signer.PublicKeyHex,
            ["Discord:ApplicationId"] = InteractionPayloads.ApplicationId,
            ["Discord:BotToken"] = "test-bot-token",
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl.AbsoluteUri,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddLogging(logging =>
            {
                logging.SetMinimumLevel(LogLevel.Debug);
                if (logs is not null)
                {
                    logging.AddProvider(logs);
                }
            })
            .AddSingleton<TimeProvider>(time)
            .AddCommandDispatcher();

        // Replicas under test share one set of claims, as AddBotState gives them.
        if (claims is not null)
        {
            services.AddSingleton(claims);
        }

        services.AddDiscord(configuration);
        foreach (var handler in handlers)
        {
            services.AddSingleton(handler);
        }

        return new DiscordServices(discord, signer, time, services.BuildServiceProvider(validateScopes: true));
    }

    /// <summary>Signs <paramref name="json"/> with the test key at the fake clock's time and hands it to the handler.</summary>
    public Task<InteractionResult> SendAsync(string json)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(json);
        var timestamp = InteractionSigner.Timestamp(Time.GetUtcNow());
        return Handler.HandleAsync(body, Signer.Sign(timestamp, body), timestamp, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await Discord.DisposeAsync();
        Signer.Dispose();
    }
}
